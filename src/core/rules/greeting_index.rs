//! The greeting lexicon's word index: what a message word is to the greeting filter (a greeting
//! word, a filler, a name of a deity, …), found by its normalised key, then by its phonetic key
//! (`core::text::phonetic`: Devanagari and romanised spellings meet), then by its consonant
//! skeleton (SMS spellings that drop vowels), then within one edit of a long lexicon word.
//!
//! Owns only lookups; the rules that combine word kinds live in `greeting.rs` and
//! `greeting_grammar.rs`. Depends on `core::text` alone.

use rustc_hash::FxHashMap as HashMap;

use crate::core::text::phonetic::{phonetic_key_into, skeleton_into, vowel_count, within_one_edit};

/// What a word can be, as bits (a word may be several: "ji" is a filler and an honorific).
pub type Kinds = u32;
/// Makes a message a greeting on its own ("morning", "namaste", "eid").
pub const CORE: Kinds = 1;
/// Allowed beside a greeting, never enough alone ("good", "ji", "sabhi").
pub const ALLOWED: Kinds = 1 << 1;
/// Next to one unknown word, that word is a name ("sir", "जी").
pub const HONORIFIC: Kinds = 1 << 2;
/// A deity, saint, guru or holy place: a greeting after an invoker or beside another name.
pub const NAME: Kinds = 1 << 3;
/// "jai", "जय", "har", "bol": before a name, an invocation.
pub const INVOKER: Kinds = 1 << 4;
/// "shubhkamnayein", "badhai", "mubarak": a wish (a greeting on its own).
pub const WISH: Kinds = 1 << 5;
/// "ki", "ke", "की": between a festival and its wish.
pub const LINKER: Kinds = 1 << 6;
/// Part of a blessing formula (only as the whole formula).
pub const PHRASE: Kinds = 1 << 7;
/// A pictograph that decorates ("🌹", "🪷", flags).
pub const DECOR: Kinds = 1 << 8;
/// A pictograph that carries content ("🚨", "👍", "❓").
pub const CONTENT: Kinds = 1 << 9;
/// What a blessing wishes ("khush", "mangalmay", "blessed"): with a wish verb, a blessing.
pub const BOON: Kinds = 1 << 10;
/// The verb of a wish ("ho", "rahe", "rakhe", "kare", "stay", "bless").
pub const BLESS_VERB: Kinds = 1 << 11;
/// Allowed only inside a blessing ("jeevan", "par", "bhara").
pub const BLESS_WORD: Kinds = 1 << 12;
/// A day or festival word ("diwas", "tritiya", "august"): before a wish, after "happy".
pub const DAY: Kinds = 1 << 13;
/// Before a name ("shri", "shrimati", "dr"): the unknown word after it is that name.
pub const TITLE: Kinds = 1 << 14;
/// Content that never fills a grammar's slot ("noted", "accident", "promotion").
pub const NOT_NAME: Kinds = 1 << 15;
/// Kinds that come only from a word's listed spellings, never by sound: "band" sounds like
/// "bande" but opens no slot, "kar" (do) is not the wish "kare", "var" is not "where".
pub const LISTED_ONLY: Kinds = INVOKER | HONORIFIC | LINKER | TITLE | BLESS_VERB | NOT_NAME;

/// Lexicon words shorter than this (in phonetic-key letters) are matched only as written or
/// by exact phonetic key, never by one edit: short words would swallow content.
const FUZZY_MIN: usize = 5;
/// Lexicon words this long (phonetic-key letters) also meet a one-consonant misspelling.
const LONG: usize = 7;
/// Skeletons shorter than this are too common to mean one word.
const SKELETON_MIN: usize = 3;
/// Phonetic keys shorter than this are matched only as written ("hi" must not meet "hai").
const PHONETIC_MIN: usize = 3;

#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    exact: HashMap<String, Kinds>,
    phonetic: HashMap<String, Kinds>,
    /// Consonant skeleton → indexes into `sounds` (the candidates for SMS spellings and
    /// vowel edits: both keep the consonants).
    skeleton: HashMap<String, Vec<u32>>,
    /// Each long phonetic key with one letter deleted → indexes into `sounds` (consonant
    /// misspellings of long words).
    deletions: HashMap<String, Vec<u32>>,
    /// Every lexicon word's phonetic key, its kinds and vowel count.
    sounds: Vec<(String, Kinds, usize)>,
}

impl WordIndex {
    /// Adds one word (a normalised key and the word as written, unsqueezed) with `kinds`.
    pub fn add(&mut self, key: &str, written: &str, kinds: Kinds) {
        *self.exact.entry(key.to_string()).or_default() |= kinds;
        if kinds & (DECOR | CONTENT) != 0 {
            return;
        }
        let mut p = String::new();
        if !phonetic_key_into(written, &mut p) || p.len() < PHONETIC_MIN {
            return;
        }
        *self.phonetic.entry(p.clone()).or_default() |= kinds;
        let at = self.sounds.len() as u32;
        let mut s = String::new();
        skeleton_into(&p, &mut s);
        self.skeleton.entry(s).or_default().push(at);
        if p.len() >= LONG {
            for d in deletions(&p) {
                self.deletions.entry(d).or_default().push(at);
            }
        }
        let vowels = vowel_count(&p);
        self.sounds.push((p, kinds, vowels));
    }

    /// The kinds of a word known as written (its normalised key); 0 when unknown.
    pub fn exact(&self, key: &str) -> Kinds {
        self.exact.get(key).copied().unwrap_or(0)
    }

    /// The kinds of a word not known as written: by phonetic key, by skeleton (vowels left
    /// out, or one vowel changed), or one consonant off a long word. `buf` is scratch space
    /// (reused across words to save allocations).
    pub fn sounds_like(&self, written: &str, buf: &mut Buffers) -> Kinds {
        let Buffers { key, other } = buf;
        // An SMS spelling with no vowel letter at all ("sbh", "sndy", "hppy"), or a word of
        // a script that does not write short vowels (Urdu): only consonants to go by.
        let bare = (written.is_ascii()
            && !written
                .bytes()
                .any(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')))
            || written.chars().next().is_some_and(is_arabic);
        if !phonetic_key_into(written, key) || (key.len() < PHONETIC_MIN && !bare) {
            return 0;
        }
        if let Some(k) = self.phonetic.get(key.as_str()) {
            return *k;
        }
        skeleton_into(key, other);
        let mut kinds = 0;
        if let Some(ids) = self.skeleton.get(other.as_str()) {
            // A bare spelling has dropped every vowel (its key may have gained an "i" from a
            // final "y"). Of two consonants, it is only a word never a greeting alone ("sbh"
            // = "subh", "hppy" = "happy").
            let vowels = if bare { 0 } else { vowel_count(key) };
            let long = other.len() >= SKELETON_MIN;
            for &i in ids {
                let (word, k, v) = &self.sounds[i as usize];
                // Dropping vowels keeps the others where they were: "nmste" is "namaste"
                // less letters; "maange" is not "मॉनिंग" (munig).
                let dropped = vowels < *v && (bare || is_subsequence(key, word));
                let edited = word.len() >= FUZZY_MIN && near(word, key);
                if (long && dropped) || edited {
                    kinds |= *k;
                } else if bare && dropped {
                    kinds |= *k & ALLOWED;
                }
            }
        }
        if kinds == 0 && key.len() + 1 >= LONG {
            kinds = self.one_edit(key, other);
        }
        kinds
    }

    /// Kinds of long lexicon words one consonant off `key` (symmetric deletions, verified).
    fn one_edit(&self, key: &str, scratch: &mut String) -> Kinds {
        let check = |ids: Option<&Vec<u32>>| {
            let mut kinds = 0;
            for &i in ids.into_iter().flatten() {
                let (word, k, _) = &self.sounds[i as usize];
                if near(word, key) {
                    kinds |= *k;
                }
            }
            kinds
        };
        // The key itself may be a lexicon word with one letter deleted…
        let mut kinds = check(self.deletions.get(key));
        // …or share a deletion with one (substitution, swap), or be one with a letter added.
        for i in 0..key.len() {
            scratch.clear();
            scratch.push_str(&key[..i]);
            scratch.push_str(&key[i + 1..]);
            kinds |= check(self.deletions.get(scratch.as_str()));
            if scratch.len() >= LONG
                && let Some(k) = self.phonetic.get(scratch.as_str())
                && near(scratch, key)
            {
                kinds |= *k;
            }
        }
        kinds
    }
}

/// One edit apart, and the edit is a spelling's, not another word's: a vowel (same consonants,
/// "dipavli" ~ "dipavali"), or a consonant of a long word past its first letter ("mahadav").
/// "kahan" (where) must not meet "mahan", nor "jawan" "pavan".
fn near(word: &str, key: &str) -> bool {
    if !within_one_edit(word, key) {
        return false;
    }
    let same_consonants = word
        .bytes()
        .filter(|b| !matches!(b, b'a' | b'i' | b'u'))
        .eq(key.bytes().filter(|b| !matches!(b, b'a' | b'i' | b'u')));
    same_consonants || (word.len() >= LONG && word.as_bytes().first() == key.as_bytes().first())
}

/// Whether `short` is `long` with some letters left out.
fn is_subsequence(short: &str, long: &str) -> bool {
    let mut rest = long.bytes();
    short.bytes().all(|b| rest.any(|c| c == b))
}

/// Arabic script (Urdu, Arabic).
fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF)
}

/// Scratch strings for [`WordIndex::sounds_like`].
#[derive(Default)]
pub struct Buffers {
    pub key: String,
    pub other: String,
}

/// `key` with each one letter deleted (keys are ASCII).
fn deletions(key: &str) -> impl Iterator<Item = String> + '_ {
    (0..key.len()).map(move |i| format!("{}{}", &key[..i], &key[i + 1..]))
}
