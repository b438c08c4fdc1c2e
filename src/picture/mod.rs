//! Pictures (SPEC §6 "Pictures"): what the bot reads in an image someone sent — its PDQ
//! fingerprints ([`pdq`]) and the text in it ([`ocr`], Tesseract) — after decoding it as the
//! hostile input it is ([`decode`]). The offline tools over them: `saathi explain --image`
//! ([`explain`]) and `saathi similar` ([`similar`]). Not in `core`: decoding and OCR are
//! effects on bytes and a C library; what is decided from their results is pure and lives
//! with the rules it feeds (the greeting lexicon, the rumour fingerprints).

pub mod decode;
pub mod explain;
pub mod ocr;
pub mod pdq;
pub mod similar;

use ocr::{Ocr, Word};
use pdq::Pdq;

/// Words Tesseract was less sure of than this (0–100) are not taken as read: decorative
/// script, flowers and textures come out as confident-looking junk at lower confidence.
pub const MIN_CONFIDENCE: f32 = 50.0;

/// What the bot reads in one picture.
#[derive(Debug, Clone)]
pub struct Reading {
    pub width: u32,
    pub height: u32,
    pub pdq: Option<Pdq>,
    /// Every word read, with its confidence (empty without Tesseract).
    pub words: Vec<Word>,
}

impl Reading {
    /// The text read with enough confidence, words in reading order. A "word" with fewer
    /// than two letters (a stray mark, a digit) is left out too.
    pub fn text(&self) -> String {
        let kept: Vec<&str> = self
            .words
            .iter()
            .filter(|w| w.confidence >= MIN_CONFIDENCE)
            .map(|w| w.text.as_str())
            .filter(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .collect();
        kept.join(" ")
    }
}

/// Decode `data`, fingerprint it, and read its text when `ocr` is given.
pub fn read(data: &[u8], ocr: Option<&mut Ocr>) -> Result<Reading, String> {
    let img = decode::decode(data)?;
    Ok(Reading {
        width: img.width(),
        height: img.height(),
        pdq: Pdq::of(&img),
        words: ocr.map(|o| o.read(&img)).unwrap_or_default(),
    })
}

/// Jaccard similarity of the character trigrams of two normalised texts (the OCR signal:
/// a few misread letters cost a few trigrams, not the whole word).
pub fn text_similarity(a: &str, b: &str) -> f64 {
    let grams = |s: &str| {
        let chars: Vec<char> = crate::core::text::normalise(s).text.chars().collect();
        let mut g: Vec<[char; 3]> = chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
        g.sort_unstable();
        g.dedup();
        g
    };
    let (x, y) = (grams(a), grams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let common = x.iter().filter(|g| y.binary_search(g).is_ok()).count();
    common as f64 / (x.len() + y.len() - common) as f64
}
