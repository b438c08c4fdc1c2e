//! Blessing formulas matched as whole phrases, word by word ("aapka din mangalmay ho",
//! "god bless you", "jo bole so nihal"): the formulas that the blessing grammar in
//! `greeting_grammar.rs` does not cover, from the `blessings` table of the lexicon. A word of a
//! formula meets the message's word as written, by phonetic key, or within one edit of a long
//! word; fillers may stand between the formula's words.
//!
//! Depends on `core::text` and the index's kinds only.

use rustc_hash::FxHashMap as HashMap;

use super::index::{ALLOWED, CORE, Kinds, PHRASE};
use crate::core::text::{phonetic_key, phonetic_key_into, within_one_edit};

/// Shortest phonetic key matched by sound.
const SOUND_MIN: usize = 3;
/// Shortest phonetic key matched within one edit.
const FUZZY_MIN: usize = 5;
/// Most words of a message the matcher looks at (bits of a `u64`).
const MAX_WORDS: usize = 64;

/// One word of a blessing formula: its normalised key and phonetic key.
#[derive(Debug, Clone)]
pub struct PhraseWord {
    key: String,
    sound: String,
}

impl PhraseWord {
    /// Whether a message word (its key and phonetic key) is this word of a formula.
    fn meets(&self, key: &str, sound: &str) -> bool {
        key == self.key
            || (sound.len() >= SOUND_MIN && sound == self.sound)
            || (self.sound.len() >= FUZZY_MIN && within_one_edit(sound, &self.sound))
    }
}

/// Blessing formulas ("aapka din mangalmay ho", "god bless you"), word by word, indexed by
/// their first word so that a message word is tried only against the formulas it can begin.
#[derive(Debug, Clone, Default)]
pub struct Phrases {
    phrases: Vec<Vec<PhraseWord>>,
    /// First word's key → formulas.
    by_key: HashMap<String, Vec<u32>>,
    /// First word's phonetic key → formulas.
    by_sound: HashMap<String, Vec<u32>>,
    /// Formulas whose first word is long enough to meet a spelling one edit off: its phonetic
    /// key and the formula.
    fuzzy: Vec<(String, u32)>,
}

impl Phrases {
    /// `phrases` as (normalised key, written) words.
    pub fn new(phrases: Vec<Vec<(String, String)>>) -> Phrases {
        let phrases: Vec<Vec<PhraseWord>> = phrases
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(|p| {
                p.into_iter()
                    .map(|(key, written)| PhraseWord {
                        sound: phonetic_key(&written),
                        key,
                    })
                    .collect()
            })
            .collect();
        let mut out = Phrases::default();
        for (id, p) in phrases.iter().enumerate() {
            let (first, id) = (&p[0], id as u32);
            out.by_key.entry(first.key.clone()).or_default().push(id);
            if first.sound.len() >= SOUND_MIN {
                out.by_sound
                    .entry(first.sound.clone())
                    .or_default()
                    .push(id);
            }
            if first.sound.len() >= FUZZY_MIN {
                out.fuzzy.push((first.sound.clone(), id));
            }
        }
        out.phrases = phrases;
        out
    }

    /// The formulas that may begin with a word of this key and phonetic key.
    fn starting(&self, key: &str, sound: &str) -> impl Iterator<Item = &[PhraseWord]> {
        let listed = self.by_key.get(key).into_iter().flatten();
        let by_sound = (sound.len() >= SOUND_MIN)
            .then(|| self.by_sound.get(sound))
            .flatten()
            .into_iter()
            .flatten();
        let near = self
            .fuzzy
            .iter()
            .filter(move |(s, _)| s.len().abs_diff(sound.len()) <= 1 && within_one_edit(sound, s))
            .map(|(_, id)| id);
        listed
            .chain(by_sound)
            .chain(near)
            .map(|id| self.phrases[*id as usize].as_slice())
    }

    /// Marks as CORE every word inside a formula found in the message; words of formulas
    /// that were not found lose their PHRASE kind.
    pub fn mark(&self, keys: &[String], written: &[&str], kinds: &mut [Kinds]) {
        let n = keys.len().min(MAX_WORDS);
        // Sounds only of the words that can be in a formula (the others never match), in one
        // buffer.
        let (mut sounds, mut scratch) = (String::new(), String::new());
        let mut spans = [(0usize, 0usize); MAX_WORDS];
        for i in (0..n).filter(|i| kinds[*i] & PHRASE != 0) {
            phonetic_key_into(written[i], &mut scratch);
            spans[i] = (sounds.len(), sounds.len() + scratch.len());
            sounds.push_str(&scratch);
        }
        let sound = |i: usize| &sounds[spans[i].0..spans[i].1];
        let same = |i: usize, w: &PhraseWord| kinds[i] & PHRASE != 0 && w.meets(&keys[i], sound(i));
        let mut found = 0u64;
        for start in (0..n).filter(|i| kinds[*i] & PHRASE != 0) {
            for phrase in self.starting(&keys[start], sound(start)) {
                let (mut i, mut hit) = (start, 0u64);
                for w in phrase {
                    // Fillers may stand inside a formula ("aap sabhi ka din shubh ho").
                    while i < n && !same(i, w) && kinds[i] & ALLOWED != 0 && hit != 0 {
                        i += 1;
                    }
                    if i >= n || !same(i, w) {
                        hit = 0;
                        break;
                    }
                    hit |= 1 << i;
                    i += 1;
                }
                found |= hit;
            }
        }
        for (i, k) in kinds.iter_mut().enumerate() {
            if found & (1 << i) != 0 {
                *k |= CORE;
            }
            *k &= !PHRASE;
        }
    }
}
