//! Text normalisation for matching (moderation, ID-card requests, rumour fingerprints).
//!
//! [`normalise`] turns what people type into a canonical form so that spacing, case, fancy
//! letters and tricks do not change what a rule sees:
//! Unicode NFKC (fullwidth and 𝐁𝐨𝐥𝐝 letters become plain), invisible characters removed
//! (zero-width joiners, soft hyphens, bidi controls, variation selectors), lower case,
//! look-alike letters of other scripts folded to Latin with the UTS #39 confusables table
//! (Cyrillic "о" → "o"), digits inside words read as letters ("g00d" → "good"), letters
//! spelt out with dots or spaces joined ("G.o.o.d" → "good"), and long repeats shortened.
//! Devanagari is kept, with its spelling variants folded for the matching key (nukta,
//! chandrabindu).
//!
//! Pure: no allocation beyond the output strings, no state.

pub mod html;
mod letters;

use std::borrow::Cow;
use std::ops::Range;

use letters::{fold_confusable, is_arabic, is_devanagari, is_script_mark};
use unicode_normalization::UnicodeNormalization;

pub mod phonetic;
pub use phonetic::{phonetic_key, phonetic_key_into, skeleton, within_one_edit};

/// The normalised forms of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalised {
    /// Readable normalised text: words separated by single spaces.
    pub text: String,
    /// Words for matching: repeats squeezed to one letter, Devanagari variants folded.
    pub words: Vec<String>,
}

fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Emoji and pictographs: each is a word of its own (🙏, 🌹, 🌞 …). The Unicode `Emoji`
/// property (from `unicode-properties`, kept with each Unicode release) beyond ASCII and
/// letters (⏰, ‼, ▶), and the pictograph blocks as a whole (symbols not yet emoji).
pub fn is_pictograph(c: char) -> bool {
    use unicode_properties::UnicodeEmoji;
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x3030 | 0x303D | 0x3297 | 0x3299)
        || (!c.is_ascii() && !c.is_alphanumeric() && c.is_emoji_char())
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '@' || c == '$';
    }
    // The Indic and Arabic blocks first: a range check, not a Unicode table lookup.
    is_script_mark(c) || c.is_alphanumeric()
}

/// Digits and symbols that stand for letters inside a word ("g00d", "m0rn1ng", "@ll").
/// "1" is "i" here; [`leet_at`] reads it as "l" where an "l" is meant.
fn leet(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        _ => return None,
    })
}

/// Whether a letter or leet digit reads as a vowel.
fn vowel_like(c: Option<char>) -> bool {
    c.is_some_and(|c| matches!(leet(c).unwrap_or(c), 'a' | 'e' | 'i' | 'o' | 'u'))
}

/// The letter of the leet character at `i` of `w`: "1" is "l" between vowels, beside another
/// "1", before an "l", or first (or after an "l") before a vowel ("d1wa1i" → "diwali",
/// "h3110" → "hello", "a1aikum" → "alaikum"), and "i" elsewhere ("m0rn1ng", "h1nd").
fn leet_at(w: &[char], i: usize) -> Option<char> {
    let c = w[i];
    if c != '1' {
        return leet(c);
    }
    let prev = i.checked_sub(1).map(|j| w[j]);
    let next = w.get(i + 1).copied();
    let l = (vowel_like(prev) && vowel_like(next))
        || prev == Some('1')
        || matches!(next, Some('1' | 'l'))
        || ((prev.is_none() || prev == Some('l')) && vowel_like(next));
    Some(if l { 'l' } else { 'i' })
}

/// One word: leetspeak read as letters when the word has letters too; repeats of three or
/// more shortened to two ("gooood" → "good"). Most words need nothing: they are returned as
/// they came, without a new allocation.
fn clean_word(w: Cow<'_, str>) -> Cow<'_, str> {
    let has_letters = w.chars().any(|c| {
        c.is_ascii_alphabetic() || is_devanagari(c) || (!c.is_ascii() && c.is_alphabetic())
    });
    let mut run = 0;
    let mut prev = None;
    let untouched = w.chars().all(|c| {
        run = if Some(c) == prev { run + 1 } else { 1 };
        prev = Some(c);
        run <= 2 && c != '@' && c != '$' && !(has_letters && leet(c).is_some())
    });
    if untouched {
        return w;
    }
    let mut out = String::with_capacity(w.len());
    let (mut run, mut prev) = (0, None);
    let chars: Vec<char> = w.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let c = if has_letters {
            leet_at(&chars, i).unwrap_or(c)
        } else {
            c
        };
        if c == '@' || c == '$' {
            continue;
        }
        run = if Some(c) == prev { run + 1 } else { 1 };
        prev = Some(c);
        if run <= 2 {
            out.push(c);
        }
    }
    out.into()
}

/// The matching key of a word: every repeat squeezed to one, Devanagari nukta dropped and
/// chandrabindu read as anusvara (common spelling variants).
pub fn key(word: &str) -> String {
    // Most words are their own key; ASCII ones are checked byte by byte.
    let untouched = if word.is_ascii() {
        !word.as_bytes().windows(2).any(|p| p[0] == p[1])
    } else {
        let mut prev = None;
        word.chars().all(|c| {
            let ok = Some(c) != prev && c != '\u{093C}' && c != '\u{0901}';
            prev = Some(c);
            ok
        })
    };
    if untouched {
        return word.to_string();
    }
    let mut out = String::with_capacity(word.len());
    let mut prev = None;
    for c in word.chars() {
        let c = match c {
            '\u{093C}' => continue,
            '\u{0901}' => '\u{0902}',
            _ => c,
        };
        if Some(c) != prev {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// A raw token: a word (or one pictograph) as a range of the text, or a separator between
/// words.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(Range<usize>),
    /// A dot-like mark ("g.o.o.d").
    Dot,
    /// One space.
    Space,
    /// Anything else: more spaces, other punctuation.
    Break,
}

/// Split into raw tokens: words, each pictograph alone, and separators.
fn tokens(s: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(s.len() / 3 + 1);
    let mut start = None;
    for (i, c) in s.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(st) = start.take() {
            out.push(Tok::Word(st..i));
        }
        let sep = if is_pictograph(c) {
            out.push(Tok::Word(i..i + c.len_utf8()));
            continue;
        } else if matches!(c, '.' | '-' | '_' | '*' | '\'' | '’') {
            Tok::Dot
        } else if c == ' ' {
            Tok::Space
        } else {
            Tok::Break
        };
        match out.last_mut() {
            // Two separators in a row (e.g. two spaces) are a hard break.
            Some(last) if !matches!(last, Tok::Word(_)) => *last = Tok::Break,
            _ => out.push(sep),
        }
    }
    if let Some(st) = start {
        out.push(Tok::Word(st..s.len()));
    }
    out
}

/// Join letters spelt out one at a time ("g.o.o.d", "g.m", "g o o d") into words. A run
/// keeps one kind of separator; a dotted word ends at a space ("g.o.o.d m.o.r.n").
/// Dotted runs of two letters count ("g.m"); spaced runs need three ("a i" stays two words).
/// Words not joined are borrowed from `s`.
fn join_spelt(s: &str, tokens: Vec<Tok>) -> Vec<Cow<'_, str>> {
    let single = |t: &str| {
        let mut cs = t.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic())
    };
    let mut out: Vec<Cow<str>> = Vec::with_capacity(tokens.len());
    let mut run: Vec<&str> = Vec::new();
    let mut run_sep: Option<Tok> = None;
    let mut pending_sep: Option<Tok> = None;
    fn flush<'a>(out: &mut Vec<Cow<'a, str>>, run: &mut Vec<&'a str>, sep: &Option<Tok>) {
        let min = if *sep == Some(Tok::Dot) { 2 } else { 3 };
        if run.len() >= min {
            out.push(run.concat().into());
        } else {
            out.extend(run.iter().map(|w| Cow::Borrowed(*w)));
        }
        run.clear();
    }
    for tok in tokens {
        let t = match tok {
            Tok::Word(r) => &s[r],
            sep => {
                pending_sep = Some(sep);
                continue;
            }
        };
        let sep = pending_sep.take();
        if !single(t) {
            flush(&mut out, &mut run, &run_sep);
            run_sep = None;
            out.push(t.into());
            continue;
        }
        let joinable = !run.is_empty() && matches!(sep, Some(Tok::Dot | Tok::Space));
        if joinable && (run.len() == 1 || run_sep == sep) {
            run_sep = sep;
            run.push(t);
        } else if joinable && run_sep == Some(Tok::Space) {
            // Spaced letters, then dots: the last spaced letter begins the dotted word
            // ("a n.i.c.e").
            let last = run.pop();
            flush(&mut out, &mut run, &run_sep);
            run.extend(last);
            run.push(t);
            run_sep = sep;
        } else {
            flush(&mut out, &mut run, &run_sep);
            run_sep = None;
            run.push(t);
        }
    }
    flush(&mut out, &mut run, &run_sep);
    out
}

/// `text` cut to `max` characters, with "…" when something was cut (for alerts and lists).
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

pub fn normalise(input: &str) -> Normalised {
    // ASCII is already NFKC and has no invisible or look-alike letters: only lower-case it.
    let folded: String = if input.is_ascii() {
        input.to_ascii_lowercase()
    } else {
        // Most Hindi text is NFKC already (a quick check says so without rebuilding it).
        let nfkc: std::borrow::Cow<str> = match unicode_normalization::is_nfkc_quick(input.chars())
        {
            unicode_normalization::IsNormalized::Yes => input.into(),
            _ => input.nfkc().collect::<String>().into(),
        };
        let mut out = String::with_capacity(nfkc.len());
        for c in nfkc.chars().filter(|c| !is_invisible(*c)) {
            // The Indic and Arabic blocks have no case and no Latin look-alikes: a range
            // check, not two Unicode table lookups.
            if is_script_mark(c) || is_arabic(c) {
                out.push(c);
            } else {
                // Capitals first: Cyrillic "Н" looks like "H", its small "н" like nothing Latin.
                let f = fold_confusable(c);
                if f.is_ascii() {
                    out.push(f.to_ascii_lowercase());
                } else {
                    out.extend(c.to_lowercase().map(fold_confusable));
                }
            }
        }
        out
    };
    let parts = join_spelt(&folded, tokens(&folded));
    let mut text = String::with_capacity(folded.len());
    let mut words = Vec::with_capacity(parts.len());
    for w in parts.into_iter().map(clean_word).filter(|w| !w.is_empty()) {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&w);
        words.push(key(&w));
    }
    Normalised { text, words }
}

#[cfg(test)]
mod tests;
