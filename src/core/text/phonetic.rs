//! Phonetic keys: one spelling-blind key per word, so that a word written in Devanagari,
//! Gurmukhi or in any romanised (Hindi, Urdu, Punjabi or English) spelling meets its other
//! spellings: "गुड नाइट", "gud nyt" and "good night" all key to `gud nat`.
//!
//! The key is ASCII over a small alphabet: consonants `b c d f g h j k l m n p r s t v y` and
//! three vowels `a i u`. How a word gets there:
//! - Arabic script (Urdu) is read letter by letter (`phonetic_arabic.rs`); its short vowels
//!   are mostly unwritten, so its words meet the others by skeleton.
//! - Devanagari is transliterated letter by letter, with the inherent vowel (schwa) of each
//!   consonant deleted where Hindi does not say it (word-final, and between a vowel and a
//!   consonant that carries a vowel: "मंगलमय" → `mangalmay`); Gurmukhi is read through the
//!   Devanagari letter at the same place of its block (both follow the ISCII layout).
//! - Romanised spellings fold their digraphs and letter equivalences: aspiration dropped
//!   (`bh`→`b`, `sh`→`s`, `kh`→`k`), `ph`/`f`, `w`/`v`, `z`/`j` (nukta), `q`/`k`, `x`→`ks`,
//!   `igh` and a `y` between consonants → `ai` ("night", "nyt"), `8` → `ait` ("n8").
//! - Both then share one folding: vowel length and quality (`aa`/`a`/`e` → `a`, `ee`/`i` → `i`,
//!   `oo`/`o`/`u` → `u`, `ai` → `a`, `au` → `u`), repeats squeezed, a final `h` after a vowel
//!   and a final `a` dropped ("krishna" = "कृष्ण", "subah" = "subha").
//!
//! [`skeleton`] drops the vowels as well, for SMS spellings that leave them out ("nmste",
//! "aftrnun"); [`within_one_edit`] compares keys for near spellings.
//!
//! Pure and allocation-free apart from the caller's output buffer; no dependency on the rest
//! of the crate (the rumour fingerprints are meant to use it too).

#[path = "phonetic_arabic.rs"]
mod arabic;

/// The longest word that gets a key (in phonemes); longer words get none.
const MAX: usize = 64;

/// The phonetic key of `word` (a normalised, lower-case word), or an empty string when the
/// word has none (digits only, other scripts, too long).
pub fn phonetic_key(word: &str) -> String {
    let mut out = String::new();
    phonetic_key_into(word, &mut out);
    out
}

/// As [`phonetic_key`], written into `out` (cleared first); returns whether there is a key.
pub fn phonetic_key_into(word: &str, out: &mut String) -> bool {
    out.clear();
    let mut buf = Phonemes::default();
    let ok = if word.is_ascii() {
        romanised(word.as_bytes(), &mut buf)
    } else if word.chars().next().is_some_and(arabic::is_arabic_letter) {
        arabic::arabic(word, &mut buf)
    } else {
        indic(word, &mut buf)
    };
    if ok && buf.len > 0 {
        fold(&buf.bytes[..buf.len], out);
    }
    !out.is_empty()
}

/// The consonants of a key, repeats squeezed: `namast` → `nmst`.
pub fn skeleton(key: &str) -> String {
    let mut out = String::new();
    skeleton_into(key, &mut out);
    out
}

/// As [`skeleton`], written into `out` (cleared first).
pub fn skeleton_into(key: &str, out: &mut String) {
    out.clear();
    let mut prev = 0u8;
    for &b in key.as_bytes() {
        if !is_vowel(b) && b != prev {
            out.push(b as char);
            prev = b;
        }
    }
}

/// How many vowels a key has (an SMS spelling has fewer than the word it drops them from).
pub fn vowel_count(key: &str) -> usize {
    key.bytes().filter(|b| is_vowel(*b)).count()
}

/// Whether two keys are at most one edit apart (insert, delete, substitute one letter, or
/// swap two neighbours).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if prefix == short.len() {
        return true;
    }
    if short.len() == long.len() {
        let rest = prefix + 1;
        let swapped = rest < short.len()
            && short[prefix] == long[rest]
            && short[rest] == long[prefix]
            && short[rest + 1..] == long[rest + 1..];
        swapped || short[rest..] == long[rest..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Phonemes before folding, on the stack.
struct Phonemes {
    bytes: [u8; MAX],
    len: usize,
}

impl Default for Phonemes {
    fn default() -> Self {
        Phonemes {
            bytes: [0; MAX],
            len: 0,
        }
    }
}

impl Phonemes {
    /// Appends `s`; false when the word is too long.
    fn push(&mut self, s: &[u8]) -> bool {
        if self.len + s.len() > MAX {
            return false;
        }
        self.bytes[self.len..self.len + s.len()].copy_from_slice(s);
        self.len += s.len();
        true
    }

    fn last(&self) -> Option<u8> {
        self.len.checked_sub(1).map(|i| self.bytes[i])
    }
}

/// A romanised word → phonemes.
fn romanised(w: &[u8], out: &mut Phonemes) -> bool {
    let at = |i: usize| w.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < w.len() {
        let (c, next) = (w[i], at(i + 1));
        let (s, used): (&[u8], usize) = match c {
            b'i' if next == b'g' && at(i + 2) == b'h' => (b"ai", 3),
            b'e' if next == b'e' => (b"i", 2),
            b'p' if next == b'h' => (b"f", 2),
            b'c' if next == b'h' => (b"c", 2),
            b'c' if next == b'k' => (b"k", 2),
            b'c' if matches!(next, b'e' | b'i' | b'y') => (b"s", 1),
            b'c' | b'q' => (b"k", 1),
            b'x' => (b"ks", 1),
            b'z' => (b"j", 1),
            b'w' => (b"v", 1),
            b'8' => (b"ait", 1),
            // Aspiration: an h after a consonant is not a sound of its own.
            b'h' if out.last().is_some_and(|p| !is_vowel(p)) => (b"", 1),
            b'y' if i == 0 || is_vowel(next) => (b"y", 1),
            b'y' if out.last().is_some_and(is_vowel) || next == 0 => (b"i", 1),
            b'y' => (b"ai", 1),
            b'a'..=b'z' => (std::slice::from_ref(&w[i]), 1),
            _ => (b"", 1),
        };
        if !out.push(s) {
            return false;
        }
        i += used;
    }
    true
}

/// What one Indic letter is to the transliteration.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Consonant(&'static [u8]),
    Vowel(&'static [u8]),
    Sign(&'static [u8]),
    Virama,
    Nasal,
    Skip,
}

/// A Devanagari (or, through its ISCII twin, Gurmukhi) letter.
fn unit(c: char) -> Option<Unit> {
    let c = match c as u32 {
        0x0A70 => '\u{0902}',
        0x0A71 => return Some(Unit::Skip),
        0x0A01..=0x0A6F => char::from_u32(c as u32 - 0x100)?,
        _ => c,
    };
    use Unit::*;
    Some(match c {
        'क' | 'ख' | '\u{0958}' | '\u{0959}' => Consonant(b"k"),
        'ग' | 'घ' | '\u{095A}' => Consonant(b"g"),
        'च' | 'छ' => Consonant(b"c"),
        'ज' | 'झ' | '\u{095B}' => Consonant(b"j"),
        'ट' | 'ठ' | 'त' | 'थ' => Consonant(b"t"),
        'ड' | 'ढ' | 'द' | 'ध' | '\u{095C}' | '\u{095D}' => Consonant(b"d"),
        'ङ' | 'ञ' | 'ण' | 'न' | 'ऩ' => Consonant(b"n"),
        'प' => Consonant(b"p"),
        'फ' | '\u{095E}' => Consonant(b"f"),
        'ब' | 'भ' => Consonant(b"b"),
        'म' => Consonant(b"m"),
        'य' | '\u{095F}' => Consonant(b"y"),
        'र' | 'ऱ' => Consonant(b"r"),
        'ल' | 'ळ' => Consonant(b"l"),
        'व' => Consonant(b"v"),
        'श' | 'ष' | 'स' => Consonant(b"s"),
        'ह' => Consonant(b"h"),
        'अ' | 'आ' => Vowel(b"a"),
        'इ' | 'ई' => Vowel(b"i"),
        'उ' | 'ऊ' => Vowel(b"u"),
        'ऋ' => Vowel(b"ri"),
        'ए' | 'ऍ' | 'ऎ' => Vowel(b"e"),
        'ऐ' => Vowel(b"ai"),
        'ओ' | 'ऑ' | 'ऒ' => Vowel(b"o"),
        'औ' => Vowel(b"au"),
        'ॐ' => Vowel(b"om"),
        'ा' => Sign(b"a"),
        'ि' | 'ी' => Sign(b"i"),
        'ु' | 'ू' => Sign(b"u"),
        'ृ' | 'ॄ' => Sign(b"ri"),
        'े' | 'ॅ' | 'ॆ' => Sign(b"e"),
        'ै' => Sign(b"ai"),
        'ो' | 'ॉ' | 'ॊ' => Sign(b"o"),
        'ौ' => Sign(b"au"),
        '्' => Virama,
        'ं' | 'ँ' => Nasal,
        '़' | 'ः' | '\u{200C}' | '\u{200D}' => Skip,
        _ => return None,
    })
}

/// A Devanagari or Gurmukhi word → phonemes, with schwa deletion.
fn indic(word: &str, out: &mut Phonemes) -> bool {
    let mut units = [Unit::Skip; MAX];
    let mut n = 0;
    for c in word.chars() {
        match unit(c) {
            None => return false,
            Some(Unit::Skip) => {}
            Some(u) if n < MAX => {
                units[n] = u;
                n += 1;
            }
            Some(_) => return false,
        }
    }
    let units = &units[..n];
    // Which consonants keep their inherent vowel, decided right to left (a deletion depends
    // on whether the next consonant still carries a vowel).
    let mut schwa = [false; MAX];
    for i in (0..n).rev() {
        let Unit::Consonant(_) = units[i] else {
            continue;
        };
        schwa[i] = match units.get(i + 1) {
            Some(Unit::Sign(_) | Unit::Virama) => false,
            None => false,
            Some(Unit::Vowel(_) | Unit::Nasal) => true,
            Some(Unit::Consonant(_)) => {
                let next_voiced = match units.get(i + 2) {
                    Some(Unit::Sign(_)) => true,
                    Some(Unit::Virama) => false,
                    _ => schwa[i + 1],
                };
                // A consonant before this one is followed by it, so it keeps its own vowel
                // unless deleted in turn: counted as voiced.
                let prev_vowel = i > 0 && !matches!(units[i - 1], Unit::Virama);
                !(prev_vowel && next_voiced)
            }
            Some(Unit::Skip) => true,
        };
    }
    for (i, u) in units.iter().enumerate() {
        let ok = match u {
            Unit::Consonant(s) => out.push(s) && (!schwa[i] || out.push(b"a")),
            Unit::Vowel(s) | Unit::Sign(s) => out.push(s),
            Unit::Nasal => out.push(b"n"),
            Unit::Virama | Unit::Skip => true,
        };
        if !ok {
            return false;
        }
    }
    true
}

/// The folding shared by both scripts: vowel classes, diphthongs, repeats, final h and a.
fn fold(p: &[u8], out: &mut String) {
    let mut prev = 0u8;
    for &b in p {
        let b = match b {
            b'e' => b'a',
            b'o' => b'u',
            _ => b,
        };
        // "ai" → "a", "au" → "u".
        if prev == b'a' && b == b'i' {
            continue;
        }
        if prev == b'a' && b == b'u' {
            out.pop();
            prev = out.as_bytes().last().copied().unwrap_or(0);
        }
        if b != prev {
            out.push(b as char);
            prev = b;
        }
    }
    let bytes = out.as_bytes();
    let n = bytes.len();
    if n >= 3 && bytes[n - 1] == b'h' && is_vowel(bytes[n - 2]) {
        out.pop();
    }
    let bytes = out.as_bytes();
    let n = bytes.len();
    if n >= 3 && bytes[n - 1] == b'a' && !is_vowel(bytes[n - 2]) {
        out.pop();
    }
    // A final consonant y after a (Devanagari "-मय") is the romanised final "ai"/"aya".
    if out.ends_with("ay") && out.len() >= 4 {
        out.pop();
        let n = out.len();
        if !is_vowel(out.as_bytes()[n - 2]) {
            out.pop();
        }
    }
}

#[cfg(test)]
#[path = "phonetic_tests.rs"]
mod tests;
