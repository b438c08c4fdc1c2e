//! The greeting filter's small grammars, over the kinds of a message's words (from
//! `greeting_index.rs`). Each grammar's words are a table in `assets/greetings.toml`:
//! - blessings: a boon and a wish verb ("aapka jeevan sukhmay ho", "ishwar aapko khush rakhe",
//!   "stay blessed always", "eid mubarak ho"), with the words only a blessing allows ("par",
//!   "jeevan"); fixed formulas are phrases (`greeting_phrases.rs`);
//! - invocations: "jai" or "har" + a name, name + name, "bol … ki jai";
//! - festival and day wishes: "<festival> ki hardik shubhkamnayein", "<day> mubarak", "happy
//!   <festival>", a festival of two unknown words before a day word ("world environment day");
//! - a name before an honorific ("ramesh ji") or after a title ("shri ramesh");
//! - emoji-only messages.
//!
//! The promise these keep: an unknown word only in a slot a grammar gives it, never a content
//! word of the lexicon's `content_words` ("noted", "accident"), at most one outside a frame.
//! Depends on the index and the phrase matcher only.

use super::index::{
    ALLOWED, BLESS_VERB, BLESS_WORD, BOON, CONTENT, CORE, DAY, DECOR, HONORIFIC, INVOKER, Kinds,
    LINKER, NAME, NOT_NAME, PHRASE, TITLE, WISH,
};
use super::phrases::Phrases;

/// Longest word (in letters) that a slot takes as a name.
const MAX_NAME_CHARS: usize = 15;
/// Most unknown words any grammar takes (the name in "bol sanche darbar ki jai").
pub const MAX_UNKNOWN: usize = 3;
/// Longest invocation frame, "bol" to "jai", in words.
const MAX_FRAME: usize = 7;
/// Shortest words (romanised letters, Devanagari characters) read as boons by their suffix
/// ("sukhmay", "आनंदमय"; not "samay", "समय": time).
const SUFFIX_MIN: (usize, usize) = (6, 5);

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

/// Whether a word is outside the lexicon as far as the grammars go. The blessing's own words
/// count only inside a blessing.
fn is_unknown(k: Kinds, blessing: bool) -> bool {
    let mut known = k & !(PHRASE | CONTENT | NOT_NAME);
    if !blessing {
        known &= !(BOON | BLESS_VERB | BLESS_WORD);
    }
    known == 0 || (k & CONTENT != 0 && k & DECOR == 0)
}

/// An unknown word with the suffix of a blessing's adjective ("sukhmay", "anandmayi",
/// "सुखमय") is a boon.
fn mark_suffix_boons(written: &[&str], kinds: &mut [Kinds]) {
    for (w, k) in written.iter().zip(kinds.iter_mut()) {
        if *k != 0 {
            continue;
        }
        let roman = ["may", "mai", "maya", "mayi"]
            .iter()
            .any(|s| w.ends_with(s));
        let deva = w.ends_with("मय") || w.ends_with("मयी");
        let n = w.chars().count();
        if (roman && n >= SUFFIX_MIN.0) || (deva && n >= SUFFIX_MIN.1) {
            *k = BOON;
        }
    }
}

/// The grammars on words whose formulas are marked.
fn decide(written: &[&str], kinds: &mut [Kinds]) -> bool {
    mark_suffix_boons(written, kinds);
    let has = |kinds: &[Kinds], bit: Kinds| kinds.iter().any(|k| *k & bit != 0);
    // "khush raho", "aapka din mangalmay ho", "mubarak ho": a boon (or a wish) and its verb.
    let blessing = has(kinds, BOON | WISH) && has(kinds, BLESS_VERB);
    let mut unknown = [0usize; MAX_UNKNOWN];
    let mut n = 0;
    for (i, k) in kinds.iter().enumerate() {
        if is_unknown(*k, blessing) {
            if n == MAX_UNKNOWN {
                return false;
            }
            unknown[n] = i;
            n += 1;
        }
    }
    let unknown = &unknown[..n];
    let slot_worthy = |u: &usize| {
        kinds[*u] & (CONTENT | NOT_NAME) == 0 && written[*u].chars().count() <= MAX_NAME_CHARS
    };
    if !unknown.iter().all(slot_worthy) {
        return false;
    }
    let filled = match unknown {
        [] => true,
        [u] => match slot(kinds, *u) {
            Some(k) => {
                kinds[*u] |= k;
                true
            }
            None => frame(kinds, unknown),
        },
        [a, b] if *b == a + 1 && compound(kinds, *a) => true,
        _ => frame(kinds, unknown),
    };
    if !filled {
        return false;
    }
    let names = kinds.iter().filter(|k| **k & NAME != 0).count();
    let decor_only = kinds.iter().all(|k| *k & DECOR != 0);
    has(kinds, CORE)
        || has(kinds, WISH)
        || blessing
        || (has(kinds, INVOKER) && (names > 0 || has(kinds, DAY)))
        || names >= 2
        || decor_only
}

/// What the grammars make of the one unknown word at `u`, if they give it a slot: a name after
/// an invoker ("jai jhulelal") or beside a name in an invocation, a name before an honorific
/// ("राम राम रमेश जी") or after a title, a festival before its wish ("lohri ki badhai",
/// "jumma mubarak").
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
    // "ramesh ji", "sharma sir", "shri ramesh": not "sir accident".
    if after & HONORIFIC != 0 || before & TITLE != 0 {
        return Some(ALLOWED);
    }
    festival(kinds, u + 1).then_some(CORE)
}

/// Whether the words from `j` on wish a festival that stands just before `j`: its other words
/// ("nag panchami", "gandhi jayanti"), a linker, modifiers ("hardik", "dher saari"), the wish.
fn festival(kinds: &[Kinds], mut j: usize) -> bool {
    let at = |i: usize| kinds.get(i).copied().unwrap_or(0);
    while at(j) & (CORE | NAME | ALLOWED | DAY) != 0 && at(j) & (LINKER | WISH) == 0 {
        j += 1;
    }
    if at(j) & LINKER != 0 {
        j += 1;
        // "hardik", "dher saari", "saalgirah": words between the linker and the wish.
        while at(j) & (ALLOWED | CORE | DAY) != 0 && at(j) & WISH == 0 {
            j += 1;
        }
    }
    at(j) & WISH != 0
}

/// Two unknown words at `u`, `u + 1` as one festival's name, when a day word follows them and
/// the day is wished ("world environment day ki shubhkamnayein", "happy uttar pradesh diwas").
fn compound(kinds: &mut [Kinds], u: usize) -> bool {
    let at = |i: usize| kinds.get(i).copied().unwrap_or(0);
    let before = u.checked_sub(1).map_or(0, at);
    let ok = at(u + 2) & DAY != 0 && (before & INVOKER != 0 || festival(kinds, u + 2));
    if ok {
        kinds[u] |= NAME;
        kinds[u + 1] |= NAME;
    }
    ok
}

/// Up to three unknown words as the name in an invocation frame: an invoker first, a linker
/// and an invoker last ("bol sanche darbar ki jai", "jai ho baba barfani ki jai").
fn frame(kinds: &mut [Kinds], unknown: &[usize]) -> bool {
    let word = |k: &Kinds| *k & DECOR == 0;
    let (Some(first), Some(last)) = (kinds.iter().position(word), kinds.iter().rposition(word))
    else {
        return false;
    };
    let ok = last >= first + 3
        && last - first < MAX_FRAME
        && kinds[first] & INVOKER != 0
        && kinds[last] & INVOKER != 0
        && kinds[last - 1] & LINKER != 0
        && unknown.iter().all(|u| *u > first && *u < last - 1);
    if ok {
        for u in unknown {
            kinds[*u] |= NAME;
        }
    }
    ok
}
