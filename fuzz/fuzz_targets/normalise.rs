//! The normaliser and everything that reads its output: the greeting lexicon, emergency words,
//! link detection and rumour fingerprints, on any text.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use saathi::core::emergency::{DEFAULT_WORDS, EmergencyWords};
use saathi::core::moderation::links;
use saathi::core::rules::greeting::{Lexicon, LexiconLists};
use saathi::core::fingerprint;
use saathi::core::text::normalise;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let lists: LexiconLists =
        toml::from_str(include_str!("../../assets/greetings.toml")).expect("lexicon");
    Lexicon::new(&lists)
});

static WORDS: LazyLock<EmergencyWords> = LazyLock::new(|| {
    let w: Vec<String> = DEFAULT_WORDS.iter().map(|s| s.to_string()).collect();
    EmergencyWords::new(&w, 0)
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let n = normalise(text);
    // Words separated by single spaces, nothing around them. (Normalising twice is not a
    // fixed point: letters spelt out with mixed separators, "x.)n/a", come out as "x n a", which
    // a second pass joins; the rules only ever normalise the original text once.)
    assert_eq!(n.text.trim(), n.text);
    assert!(!n.text.contains("  "));
    assert_eq!(n.text.is_empty(), n.words.is_empty());
    let _ = LEXICON.is_only_greeting(&n);
    let _ = WORDS.find(text);
    let _ = links::first_unallowed(text, &["gov.in".to_string()]);
    if let Some(fp) = fingerprint::of_text(text) {
        assert!(fingerprint::same(&fp, &fp));
    }
});
