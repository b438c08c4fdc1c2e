//! Blessing formulas matched as whole phrases, word by word ("aapka din mangalmay ho",
//! "god bless you", "jo bole so nihal"): the formulas that the blessing grammar in
//! `greeting_grammar.rs` does not cover, from the `blessings` table of the lexicon. A word of a
//! formula meets the message's word as written, by phonetic key, or within one edit of a long
//! word; fillers may stand between the formula's words.
//!
//! Depends on `core::text` and the index's kinds only.

use super::index::{ALLOWED, CORE, Kinds, PHRASE};
use crate::core::text::{phonetic_key, within_one_edit};

/// One word of a blessing formula: its normalised key and phonetic key.
#[derive(Debug, Clone)]
pub struct PhraseWord {
    key: String,
    sound: String,
}

/// Blessing formulas ("aapka din mangalmay ho", "god bless you"), word by word.
#[derive(Debug, Clone, Default)]
pub struct Phrases(Vec<Vec<PhraseWord>>);

impl Phrases {
    /// `phrases` as (normalised key, written) words.
    pub fn new(phrases: Vec<Vec<(String, String)>>) -> Phrases {
        Phrases(
            phrases
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
                .collect(),
        )
    }

    /// Marks as CORE every word inside a formula found in the message; words of formulas
    /// that were not found lose their PHRASE kind.
    pub fn mark(&self, keys: &[String], written: &[&str], kinds: &mut [Kinds]) {
        // Sounds only of the words that can be in a formula (the others never match).
        let sounds: Vec<String> = (0..keys.len())
            .map(|i| {
                if kinds[i] & PHRASE != 0 {
                    phonetic_key(written[i])
                } else {
                    String::new()
                }
            })
            .collect();
        let same = |i: usize, w: &PhraseWord| {
            kinds[i] & PHRASE != 0
                && (keys[i] == w.key
                    || (sounds[i].len() >= 3 && sounds[i] == w.sound)
                    || (w.sound.len() >= 5 && within_one_edit(&sounds[i], &w.sound)))
        };
        let mut found = 0u64;
        for start in (0..keys.len()).filter(|i| kinds[*i] & PHRASE != 0) {
            for phrase in &self.0 {
                let (mut i, mut hit) = (start, 0u64);
                for w in phrase {
                    // Fillers may stand inside a formula ("aap sabhi ka din shubh ho").
                    while i < keys.len() && !same(i, w) && kinds[i] & ALLOWED != 0 && hit != 0 {
                        i += 1;
                    }
                    if i >= keys.len() || !same(i, w) {
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
