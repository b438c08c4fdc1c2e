//! The greeting filter's small grammars, over the kinds of a message's words (from
//! `greeting_index.rs`): blessing formulas matched as whole phrases, invocations ("jai" or
//! "har" + a name, name + name), festival wishes ("<festival> ki hardik shubhkamnayein",
//! "<day> mubarak"), a name beside an honorific, and emoji-only messages. Each grammar's words
//! are a table in `assets/greetings.toml`.
//!
//! The promise these keep: at most one word outside the lexicon, and only in a slot a grammar
//! gives it (the name after "jai", the festival before "ki badhai", a name beside "ji").
//! Depends on `core::text` and the index only.

use super::index::{
    ALLOWED, CONTENT, CORE, DECOR, HONORIFIC, INVOKER, Kinds, LINKER, NAME, PHRASE, WISH,
};
use crate::core::text::{phonetic_key, within_one_edit};

/// Longest word (in letters) that a slot takes as a name.
const MAX_NAME_CHARS: usize = 15;

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
    fn mark(&self, keys: &[String], written: &[&str], kinds: &mut [Kinds]) {
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

/// Whether a message whose words have `kinds` is nothing but a greeting. `keys` and `written`
/// are its normalised keys and words as written; `phrases` the blessing formulas.
pub fn only_greeting(
    keys: &[String],
    written: &[&str],
    kinds: &mut [Kinds],
    phrases: &Phrases,
) -> bool {
    // Formulas only when the words alone do not make a greeting (marking only adds).
    if kinds.iter().any(|k| *k & PHRASE != 0) {
        let mut plain = [0 as Kinds; 64];
        let plain = &mut plain[..kinds.len()];
        for (p, k) in plain.iter_mut().zip(kinds.iter()) {
            *p = *k & !PHRASE;
        }
        if decide(written, plain) {
            return true;
        }
        phrases.mark(keys, written, kinds);
    }
    decide(written, kinds)
}

/// The grammars on words whose formulas are marked.
fn decide(written: &[&str], kinds: &mut [Kinds]) -> bool {
    let unknown = |k: Kinds| k & !(PHRASE | CONTENT) == 0 || (k & CONTENT != 0 && k & DECOR == 0);
    let mut unknowns = (0..kinds.len()).filter(|i| unknown(kinds[*i]));
    let first = unknowns.next();
    if unknowns.next().is_some() {
        return false;
    }
    if let Some(u) = first {
        let is_emoji = kinds[u] & CONTENT != 0;
        if is_emoji || written[u].chars().count() > MAX_NAME_CHARS {
            return false;
        }
        match slot(kinds, u) {
            Some(k) => kinds[u] = k,
            None => return false,
        }
    }
    let has = |bit: Kinds| kinds.iter().any(|k| *k & bit != 0);
    let names = kinds.iter().filter(|k| **k & NAME != 0).count();
    let decor_only = kinds.iter().all(|k| *k & DECOR != 0);
    has(CORE) || has(WISH) || (has(INVOKER) && names > 0) || names >= 2 || decor_only
}

/// What the grammars make of the one unknown word at `u`, if they give it a slot: a name after
/// an invoker ("jai jhulelal") or beside an honorific ("राम राम रमेश जी"), a festival before
/// its wish ("lohri ki badhai", "jumma mubarak").
fn slot(kinds: &[Kinds], u: usize) -> Option<Kinds> {
    let at = |i: usize| kinds.get(i).copied().unwrap_or(0);
    let before = u.checked_sub(1).map_or(0, at);
    let after = at(u + 1);
    let invoked = kinds.iter().any(|k| *k & INVOKER != 0);
    // "jai jhulelal", "sherawali mata ki jai", "salasar balaji" after "jai", "bol … ki jai".
    if before & INVOKER != 0
        || (invoked && (before | after) & NAME != 0)
        || (after & LINKER != 0 && at(u + 2) & INVOKER != 0)
    {
        return Some(NAME);
    }
    if (before | after) & HONORIFIC != 0 {
        return Some(ALLOWED);
    }
    // The festival's other words ("nag panchami", "gandhi jayanti") may follow it.
    let mut j = u + 1;
    while at(j) & (CORE | NAME | ALLOWED) != 0 && at(j) & (LINKER | WISH) == 0 {
        j += 1;
    }
    if at(j) & LINKER != 0 {
        j += 1;
        // "hardik", "dher saari": modifiers between the linker and the wish.
        while at(j) & ALLOWED != 0 && at(j) & WISH == 0 {
            j += 1;
        }
    }
    (at(j) & WISH != 0).then_some(CORE)
}
