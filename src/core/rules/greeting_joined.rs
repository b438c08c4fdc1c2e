//! Greetings spelt out in pieces that the normaliser cannot join: letters with mixed
//! separators ("g. o. o. d n. i. g. h. t"), Devanagari split into syllables ("शु.भ दी पा व ली",
//! "अ.स्स.ला मु अ लै.कु.म"). A run of such pieces is joined and split again into lexicon words
//! ("goodnight" → "good night"), so the filter can judge the words that were meant.
//!
//! Only a second look: the greeting predicate runs on the result as on any message, so a
//! run that does not split into lexicon words changes nothing. Depends on `core::text` only.

use crate::core::text::{Normalised, key};

/// Shortest run of pieces worth joining.
const MIN_RUN: usize = 3;
/// Longest joined run (in characters) to split; longer runs are left as they are.
const MAX_JOINED: usize = 48;

/// A piece of a spelt-out word: one Latin letter, or a Devanagari syllable (a few characters).
fn is_piece(w: &str) -> bool {
    let n = w.chars().count();
    match w.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => n == 1,
        Some(c) if ('\u{0900}'..='\u{097F}').contains(&c) => n <= 4,
        _ => false,
    }
}

/// `n` with each run of pieces replaced by the lexicon words it splits into (`known` says
/// whether a key is a lexicon word); `None` when there is no run or no run splits.
pub fn respelt(n: &Normalised, known: impl Fn(&str) -> bool) -> Option<Normalised> {
    // A key is never longer than its word: counting pieces among the keys first is a cheap
    // test that most messages fail.
    let pieces = |ws: &mut dyn Iterator<Item = &str>| ws.filter(|w| is_piece(w)).count();
    if n.words.len() < MIN_RUN
        || pieces(&mut n.words.iter().map(String::as_str)) < MIN_RUN
        || pieces(&mut n.text.split(' ')) < MIN_RUN
    {
        return None;
    }
    let written: Vec<&str> = n.text.split(' ').collect();
    let mut out: Vec<String> = Vec::new();
    let mut changed = false;
    let mut i = 0;
    while i < written.len() {
        let end = (i..written.len())
            .find(|&j| !is_piece(written[j]))
            .unwrap_or(written.len());
        if end - i >= MIN_RUN
            && let Some(words) = split(&written[i..end].concat(), &known)
        {
            out.extend(words);
            changed = true;
            i = end;
        } else {
            out.push(written[i].to_string());
            i += 1;
        }
    }
    changed.then(|| Normalised {
        words: out.iter().map(|w| key(w)).collect(),
        text: out.join(" "),
    })
}

/// `joined` as the fewest lexicon words, if it splits into lexicon words at all.
fn split(joined: &str, known: &impl Fn(&str) -> bool) -> Option<Vec<String>> {
    let cuts: Vec<usize> = joined
        .char_indices()
        .map(|(i, _)| i)
        .chain([joined.len()])
        .collect();
    if cuts.len() > MAX_JOINED + 1 {
        return None;
    }
    // best[j]: fewest words for joined[..cuts[j]], and where the last word starts.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; cuts.len()];
    best[0] = Some((0, 0));
    for j in 1..cuts.len() {
        for i in 0..j {
            let Some((count, _)) = best[i] else { continue };
            let better = best[j].is_none_or(|(c, _)| count + 1 < c);
            if better && known(&key(&joined[cuts[i]..cuts[j]])) {
                best[j] = Some((count + 1, i));
            }
        }
    }
    let mut words = Vec::new();
    let mut j = cuts.len() - 1;
    while j > 0 {
        let (_, i) = best[j]?;
        words.push(joined[cuts[i]..cuts[j]].to_string());
        j = i;
    }
    words.reverse();
    Some(words)
}
