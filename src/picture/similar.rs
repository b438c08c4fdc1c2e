//! `saathi similar --config C --pairs FILE`: would rumour control take two items for the same
//! content? Input: JSON lines `{"a": {"text": "…"} | {"file": "path"}, "b": {…}}`; output: one
//! JSON line per pair, `{"similarity": <0..1>, "same": true|false}`.
//!
//! - Two texts: the rumour fingerprints of live messages (`core::fingerprint`), so what is
//!   `same` here is counted as one rumour in the rooms; `similarity` is their estimated
//!   Jaccard similarity (texts too short to be tracked are never the same).
//! - Two pictures: PDQ (as sent and border-trimmed) and the text read in them. The same when
//!   the hashes are within 20 bits; or within 23 bits unless both carry text that disagrees
//!   (trigram similarity < 0.2: the same card template with another claim); or when both
//!   carry at least 20 characters of text that agree (≥ 0.6: the text survives a crop or a
//!   screenshot that the hash does not) and is not only greetings (two "Good morning" cards
//!   are no one rumour). Thresholds chosen on the drawn corpus's tune split (BENCHMARKS.md,
//!   "Pictures"; the first measurement is `scripts/image-corpus/HASHES.md`).
//! - A text and a picture: the picture's text against the text, as both fingerprints and
//!   trigrams — a screenshot of a rumour and the typed rumour meet.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::ocr::Ocr;
use super::{Reading, text_similarity};
use crate::core::fingerprint;
use crate::core::rules::greeting::Lexicon;

/// PDQ distances (bits) of the rule above.
const NEAR: u32 = 20;
const CLOSE: u32 = 23;
/// Text similarities of the rule above, and the least text that counts as "carries text".
const TEXT_AGREES: f64 = 0.6;
const TEXT_DISAGREES: f64 = 0.2;
const MIN_TEXT_CHARS: usize = 20;

/// A side of a pair: a picture (its file), else a text. A side with both is the picture.
#[derive(Deserialize)]
#[serde(untagged)]
enum Side {
    File { file: PathBuf },
    Text { text: String },
}

#[derive(Deserialize)]
struct Pair {
    a: Side,
    b: Side,
}

/// One side as compared: a text, or a picture and its text.
enum Item {
    Text(String),
    Picture(Reading),
}

/// The verdict on one pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    pub similarity: f64,
    pub same: bool,
    /// The signals it came from (printed with `SAATHI_SIMILAR_SIGNALS=1`, for tuning).
    pub distance: Option<u32>,
    pub text_similarity: Option<f64>,
}

pub fn texts(a: &str, b: &str) -> Verdict {
    match (fingerprint::of_text(a), fingerprint::of_text(b)) {
        (Some(x), Some(y)) => Verdict {
            similarity: match (&x.sig, &y.sig) {
                (Some(p), Some(q)) if x.exact != y.exact => fingerprint::similarity(p, q),
                _ => 1.0,
            },
            same: fingerprint::same(&x, &y),
            distance: None,
            text_similarity: None,
        },
        _ => Verdict {
            similarity: text_similarity(a, b),
            same: false,
            distance: None,
            text_similarity: None,
        },
    }
}

fn carries_text(t: &str) -> bool {
    t.chars().filter(|c| !c.is_whitespace()).count() >= MIN_TEXT_CHARS
}

/// Whether the text of a picture says something beyond greetings (a claim to compare).
fn says_something(t: &str, greetings: Option<&Lexicon>) -> bool {
    carries_text(t) && !greetings.is_some_and(|l| l.text_is_only_greeting(t))
}

pub fn pictures(a: &Reading, b: &Reading, greetings: Option<&Lexicon>) -> Verdict {
    let (ta, tb) = (a.text(), b.text());
    let both_text = says_something(&ta, greetings) && says_something(&tb, greetings);
    let text_sim = if both_text {
        Some(text_similarity(&ta, &tb))
    } else {
        None
    };
    let distance = match (&a.pdq, &b.pdq) {
        (Some(x), Some(y)) if x.comparable(y) => Some(x.distance(y)),
        _ => None,
    };
    let by_hash = distance
        .is_some_and(|d| d <= NEAR || (d <= CLOSE && text_sim.is_none_or(|s| s >= TEXT_DISAGREES)));
    let by_text = text_sim.is_some_and(|s| s >= TEXT_AGREES);
    let hash_sim = distance.map_or(0.0, |d| (1.0 - f64::from(d) / 128.0).max(0.0));
    Verdict {
        similarity: hash_sim.max(text_sim.unwrap_or(0.0)),
        same: by_hash || by_text,
        distance,
        text_similarity: text_sim,
    }
}

pub fn text_and_picture(text: &str, p: &Reading) -> Verdict {
    let read = p.text();
    let by_fp = texts(text, &read);
    let sim = text_similarity(text, &read);
    let agree = carries_text(text) && carries_text(&read) && sim >= TEXT_AGREES;
    Verdict {
        similarity: by_fp.similarity.max(sim),
        same: by_fp.same || agree,
        distance: None,
        text_similarity: Some(sim),
    }
}

fn item(side: Side, base: &Path, ocr: &mut Option<Ocr>) -> Result<Item, String> {
    match side {
        Side::Text { text } => Ok(Item::Text(text)),
        Side::File { file } => {
            let path = if file.is_absolute() {
                file
            } else {
                base.join(file)
            };
            let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            super::read(&data, ocr.as_mut()).map(Item::Picture)
        }
    }
}

/// Judge each pair of `input` onto `out` (relative file paths are read from `base`, the
/// pairs file's folder); returns how many pairs were judged.
pub fn run(
    greetings: Option<&Lexicon>,
    input: &mut dyn BufRead,
    base: &Path,
    out: &mut dyn Write,
) -> std::io::Result<usize> {
    let mut ocr = match Ocr::open("hin+eng") {
        Ok(o) => Some(o),
        Err(e) => {
            eprintln!("saathi similar: {e}; pictures are compared by their hashes only");
            None
        }
    };
    let signals = std::env::var_os("SAATHI_SIMILAR_SIGNALS").is_some();
    let mut n = 0;
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let judged = serde_json::from_str::<Pair>(&line)
            .map_err(|e| format!("line {}: {e}", i + 1))
            .and_then(|p| Ok((item(p.a, base, &mut ocr)?, item(p.b, base, &mut ocr)?)))
            .map(|pair| match pair {
                (Item::Text(a), Item::Text(b)) => texts(&a, &b),
                (Item::Picture(a), Item::Picture(b)) => pictures(&a, &b, greetings),
                (Item::Text(t), Item::Picture(p)) | (Item::Picture(p), Item::Text(t)) => {
                    text_and_picture(&t, &p)
                }
            });
        let json = match judged {
            Ok(v) => {
                n += 1;
                let mut j = serde_json::json!({ "similarity": (v.similarity * 1000.0).round() / 1000.0, "same": v.same });
                if signals {
                    j["distance"] = serde_json::json!(v.distance);
                    j["text_similarity"] = serde_json::json!(v.text_similarity);
                }
                j
            }
            Err(e) => serde_json::json!({ "similarity": 0.0, "same": false, "error": e }),
        };
        writeln!(out, "{json}")?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_as_rumour_control_takes_them() {
        let rumour =
            "Child kidnappers gang seen near the Hazratganj market, keep children inside today";
        let cases = [
            (
                rumour,
                "FORWARDED: child kidnappers gang seen near Hazratganj market!! keep children inside today 🙏",
                true,
            ),
            (
                rumour,
                "The Hazratganj market will stay closed on Sunday for the annual cleaning drive",
                false,
            ),
            ("hello", "hello", false),
        ];
        for (a, b, want) in cases {
            let v = texts(a, b);
            assert_eq!(v.same, want, "{a} / {b}: {v:?}");
            assert!((0.0..=1.0).contains(&v.similarity));
        }
    }
}
