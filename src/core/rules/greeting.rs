//! The greeting filter's predicate (SPEC §6): is a message *nothing but* greetings,
//! salutations, day or festival wishes, blessings, addressing formulas and decoration emoji?
//! One word of real content and it is kept ("good morning sir, market mein jhagda ho raha hai").
//!
//! The words come from a lexicon (`assets/greetings.toml`, extendable per district): core
//! greeting words (at least one, or a grammar below, must be there), modifiers and fillers
//! (allowed, never enough alone), honorifics, and the tables of the small grammars in
//! `greeting_grammar.rs` (names after "jai", festival wishes, blessing formulas). Words are
//! found as written, by sound (`core::text::phonetic`) or within one edit of a long word
//! (`greeting_index.rs`). Any pictograph decorates, except the content emoji (🚨, 👍, ❓).

use rustc_hash::FxHashSet as HashSet;

use serde::Deserialize;

use crate::core::text::{Normalised, is_pictograph, key, normalise};

#[path = "greeting_grammar.rs"]
mod grammar;
#[path = "greeting_index.rs"]
mod index;
#[path = "greeting_joined.rs"]
mod joined;
#[path = "greeting_phrases.rs"]
mod phrases;

use index::{Buffers, Kinds, WordIndex};

/// Shortest phonetic key whose boon or wish kind is found by sound (not only as listed).
const BOON_BY_SOUND: usize = 5;

/// Messages longer than this (in words) are never only a greeting.
const MAX_WORDS: usize = 40;

/// The lexicon as written in its data file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LexiconLists {
    pub core: Vec<String>,
    pub modifiers: Vec<String>,
    pub fillers: Vec<String>,
    pub honorifics: Vec<String>,
    pub emoji: Vec<String>,
    /// Deities, saints, gurus, holy places: a greeting after an invoker or with another name.
    pub names: Vec<String>,
    /// "jai", "जय", "har", "bol": an invocation before a name (listed or not).
    pub invokers: Vec<String>,
    /// "shubhkamnayein", "badhai", "mubarak": a wish, after a festival or day (listed or not).
    pub wishes: Vec<String>,
    /// "ki", "की": between a festival and its wish.
    pub linkers: Vec<String>,
    /// Blessing formulas, matched as whole phrases ("aapka din mangalmay ho").
    pub blessings: Vec<String>,
    /// Emoji that carry content and never make a message a greeting (🚨, 👍, ❓).
    pub content_emoji: Vec<String>,
    /// What a blessing wishes: "khush", "mangalmay", "blessed" (a blessing with a verb).
    pub boons: Vec<String>,
    /// The verbs of a wish: "ho", "rahe", "rakhe", "kare", "stay", "bless".
    pub bless_verbs: Vec<String>,
    /// Words allowed only inside a blessing: "jeevan", "par", "bhara".
    pub bless_words: Vec<String>,
    /// Day and festival words that are not greetings alone: "diwas", "tritiya", "august".
    pub days: Vec<String>,
    /// Titles before a name: "shri", "shrimati", "dr".
    pub titles: Vec<String>,
    /// Content words that never fill a grammar's slot: "noted", "accident", "promotion".
    pub content_words: Vec<String>,
}

impl LexiconLists {
    /// Adds another file's words (a deployment's or a district's) to these.
    pub fn extend(&mut self, x: LexiconLists) {
        self.core.extend(x.core);
        self.modifiers.extend(x.modifiers);
        self.fillers.extend(x.fillers);
        self.honorifics.extend(x.honorifics);
        self.emoji.extend(x.emoji);
        self.names.extend(x.names);
        self.invokers.extend(x.invokers);
        self.wishes.extend(x.wishes);
        self.linkers.extend(x.linkers);
        self.blessings.extend(x.blessings);
        self.content_emoji.extend(x.content_emoji);
        self.boons.extend(x.boons);
        self.bless_verbs.extend(x.bless_verbs);
        self.bless_words.extend(x.bless_words);
        self.days.extend(x.days);
        self.titles.extend(x.titles);
        self.content_words.extend(x.content_words);
    }
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

/// The lexicon, compiled to an index of its words and the grammars' phrases.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    words: WordIndex,
    phrases: phrases::Phrases,
}

fn keys(words: &[String]) -> HashSet<String> {
    words.iter().flat_map(|w| normalise(w).words).collect()
}

/// Each word of `list` (normalised) into `index` with `kinds`.
fn add_words(index: &mut WordIndex, list: &[String], kinds: Kinds) {
    for entry in list {
        let n = normalise(entry);
        for (k, w) in n.words.iter().zip(n.text.split(' ')) {
            index.add(k, w, kinds);
        }
    }
}

/// A year beside a wish ("happy new year 2027").
fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// Each pictograph of `list` into `index` with `kinds`.
fn add_emoji(index: &mut WordIndex, list: &[String], kinds: Kinds) {
    for c in list
        .iter()
        .flat_map(|e| e.chars())
        .filter(|c| is_pictograph(*c))
    {
        let s = c.to_string();
        index.add(&s, &s, kinds);
    }
}

impl Lexicon {
    pub fn new(l: &LexiconLists) -> Lexicon {
        use index::*;
        let mut words = WordIndex::default();
        add_words(&mut words, &l.core, CORE);
        add_words(&mut words, &l.modifiers, ALLOWED);
        add_words(&mut words, &l.fillers, ALLOWED);
        add_words(&mut words, &l.honorifics, ALLOWED | HONORIFIC);
        add_words(&mut words, &l.names, NAME);
        add_words(&mut words, &l.invokers, ALLOWED | INVOKER);
        add_words(&mut words, &l.wishes, WISH);
        add_words(&mut words, &l.linkers, ALLOWED | LINKER);
        add_words(&mut words, &l.blessings, PHRASE);
        add_words(&mut words, &l.boons, BOON);
        add_words(&mut words, &l.bless_verbs, BLESS_VERB);
        add_words(&mut words, &l.bless_words, BLESS_WORD);
        add_words(&mut words, &l.days, ALLOWED | DAY);
        add_words(&mut words, &l.titles, ALLOWED | TITLE);
        add_words(&mut words, &l.content_words, NOT_NAME);
        add_emoji(&mut words, &l.emoji, DECOR);
        add_emoji(&mut words, &l.content_emoji, CONTENT);
        let phrases = l
            .blessings
            .iter()
            .map(|b| {
                let n = normalise(b);
                let written: Vec<String> = n.text.split(' ').map(String::from).collect();
                n.words.into_iter().zip(written).collect()
            })
            .collect();
        Lexicon {
            words,
            phrases: phrases::Phrases::new(phrases),
        }
    }

    pub fn is_only_greeting(&self, n: &Normalised) -> bool {
        self.is_only_greeting_with(n, &Extra::default())
    }

    /// As [`Lexicon::is_only_greeting`], with a station's added words counted as greetings
    /// and its removed words as content.
    pub fn is_only_greeting_with(&self, n: &Normalised, extra: &Extra) -> bool {
        self.words_only_greeting(n, extra)
            || joined::respelt(n, |k| self.words.exact(k) != 0)
                .is_some_and(|j| self.words_only_greeting(&j, extra))
    }

    /// The predicate on the message's words as the normaliser split them.
    fn words_only_greeting(&self, n: &Normalised, extra: &Extra) -> bool {
        let keys = &n.words;
        if keys.is_empty() || keys.len() > MAX_WORDS {
            return false;
        }
        let mut written = [""; MAX_WORDS];
        for (slot, w) in written.iter_mut().zip(n.text.split(' ')) {
            *slot = w;
        }
        let written = &written[..keys.len()];
        let mut kinds = [0 as Kinds; MAX_WORDS];
        let mut buf = Buffers::default();
        let mut unknown = 0;
        for (i, key) in keys.iter().enumerate() {
            let k = self.kinds_of(key, written[i], extra, &mut buf);
            // More words of content than any grammar takes (the common case for reports).
            if k & !index::NOT_NAME == 0 || k & (index::CONTENT | index::DECOR) == index::CONTENT {
                unknown += 1;
                if unknown > grammar::MAX_UNKNOWN {
                    return false;
                }
            }
            kinds[i] = k;
        }
        grammar::only_greeting(keys, written, &mut kinds[..keys.len()], &self.phrases)
    }

    /// What one word is to the filter, with the station's changes.
    fn kinds_of(&self, key: &str, written: &str, extra: &Extra, buf: &mut Buffers) -> Kinds {
        if !extra.is_empty() {
            if extra.remove.contains(key) {
                return 0;
            }
            if extra.add.contains(key) {
                return index::CORE;
            }
        }
        let k = self.words.exact(key);
        if k != 0 {
            return k;
        }
        if key.chars().next().is_some_and(is_pictograph) {
            return index::DECOR;
        }
        if is_year(written) {
            return index::ALLOWED;
        }
        // Grammar roles (the slot after "jai", beside "ji", before "ki badhai") only for the
        // listed spellings.
        let k = self.words.sounds_like(written, buf) & !index::LISTED_ONLY;
        // A short word's boon or wish only as listed: "paise" (money) is not "peace", "saaf"
        // (clean) not "safe", "baad" (after) not "badhai".
        if buf.key.len() < BOON_BY_SOUND {
            k & !(index::BOON | index::WISH)
        } else {
            k
        }
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
