//! The greeting filter's predicate (SPEC §6): is a message *nothing but* greetings,
//! salutations, day or festival wishes, fillers and greeting emoji? One word of real content
//! and it is kept ("good morning sir, market mein jhagda ho raha hai").
//!
//! The words come from a lexicon (`assets/greetings.toml`, extendable per district) in three
//! kinds: core greeting words (at least one must be there), modifiers and fillers (allowed,
//! never enough alone). One unknown word next to an honorific is a name ("राम राम रमेश जी").

use rustc_hash::FxHashSet as HashSet;

use serde::Deserialize;

use crate::core::text::{Normalised, is_pictograph, key, normalise};

/// The lexicon as written in its data file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LexiconLists {
    pub core: Vec<String>,
    pub modifiers: Vec<String>,
    pub fillers: Vec<String>,
    pub honorifics: Vec<String>,
    pub emoji: Vec<String>,
}

/// A station's own changes to the lexicon (`!lexicon add|remove`), as matching keys.
#[derive(Debug, Clone, Default)]
pub struct Extra {
    add: HashSet<String>,
    remove: HashSet<String>,
}

impl Extra {
    pub fn new(add: &[String], remove: &[String]) -> Extra {
        Extra {
            add: keys(add),
            remove: keys(remove),
        }
    }

    fn is_empty(&self) -> bool {
        self.add.is_empty() && self.remove.is_empty()
    }
}

/// The lexicon, compiled to matching keys.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    core: HashSet<String>,
    allowed: HashSet<String>,
    honorifics: HashSet<String>,
    emoji: HashSet<String>,
}

fn keys(words: &[String]) -> HashSet<String> {
    words.iter().flat_map(|w| normalise(w).words).collect()
}

impl Lexicon {
    pub fn new(l: &LexiconLists) -> Lexicon {
        let mut allowed = keys(&l.modifiers);
        allowed.extend(keys(&l.fillers));
        Lexicon {
            core: keys(&l.core),
            allowed,
            honorifics: keys(&l.honorifics),
            emoji: l
                .emoji
                .iter()
                .flat_map(|e| {
                    e.chars()
                        .filter(|c| is_pictograph(*c))
                        .map(|c| c.to_string())
                })
                .collect(),
        }
    }

    pub fn is_only_greeting(&self, n: &Normalised) -> bool {
        self.is_only_greeting_with(n, &Extra::default())
    }

    /// As [`Lexicon::is_only_greeting`], with a station's added words counted as greetings
    /// and its removed words as content.
    pub fn is_only_greeting_with(&self, n: &Normalised, extra: &Extra) -> bool {
        let words = &n.words;
        if words.is_empty() {
            return false;
        }
        let mut core = false;
        let mut emoji = false;
        let mut unknown: Vec<usize> = Vec::new();
        let has_extra = !extra.is_empty();
        for (i, w) in words.iter().enumerate() {
            if has_extra && extra.remove.contains(w) {
                unknown.push(i);
            } else if self.core.contains(w) || (has_extra && extra.add.contains(w)) {
                core = true;
            } else if self.emoji.contains(w) {
                emoji = true;
            } else if !self.allowed.contains(w) {
                unknown.push(i);
            }
        }
        let name_ok = |i: usize| {
            let near = |j: Option<usize>| {
                j.and_then(|j| words.get(j))
                    .is_some_and(|w| self.honorifics.contains(w))
            };
            words[i].chars().count() <= 15 && (near(i.checked_sub(1)) || near(Some(i + 1)))
        };
        let unknown_ok = unknown.is_empty() || (unknown.len() == 1 && name_ok(unknown[0]));
        (core || emoji) && unknown_ok
    }

    /// Convenience for tests and `saathi explain`.
    pub fn text_is_only_greeting(&self, text: &str) -> bool {
        self.is_only_greeting(&normalise(text))
    }
}

/// The matching key of one lexicon word (for `!lexicon` commands).
pub fn lexicon_key(word: &str) -> String {
    key(&normalise(word).text)
}

#[cfg(test)]
#[path = "greeting_tests.rs"]
mod tests;
