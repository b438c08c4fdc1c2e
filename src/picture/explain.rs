//! `saathi explain --config C --image FILE [FILE…]`: what the greeting filter would do with
//! pictures, offline. One JSON line per file: `{"file", "ocr", "rules", "action", …}` —
//! `"greeting"` in `rules` when the picture would be removed as a greeting: the text read in
//! it (words Tesseract was sure of) is nothing but greetings by the district's lexicon, the
//! same predicate as for a typed message. Precision first: a picture with no legible text,
//! or with any word that is not a greeting, stays.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use super::ocr::Ocr;
use crate::core::directory::Directory;

#[derive(Serialize)]
struct Line<'a> {
    file: String,
    ocr: String,
    rules: Vec<&'a str>,
    action: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pdq: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pdq_quality: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Whether a picture whose legible text is `text` is a greeting picture for `district`.
pub fn is_greeting(dir: &Directory, district: &str, text: &str) -> bool {
    !text.trim().is_empty()
        && dir
            .lexicon_of(district)
            .is_some_and(|l| l.text_is_only_greeting(text))
}

/// Explain each file onto `out`; returns how many could be read.
pub fn run(
    dir: &Directory,
    district: &str,
    files: &[PathBuf],
    out: &mut dyn Write,
) -> std::io::Result<usize> {
    let mut ocr = match Ocr::open("hin+eng") {
        Ok(o) => Some(o),
        Err(e) => {
            eprintln!("saathi explain: {e}; pictures are judged without their text");
            None
        }
    };
    let mut read = 0;
    for f in files {
        let result = std::fs::read(f)
            .map_err(|e| e.to_string())
            .and_then(|data| super::read(&data, ocr.as_mut()));
        let line = match result {
            Ok(r) => {
                read += 1;
                let text = r.text();
                let greeting = is_greeting(dir, district, &text);
                Line {
                    file: f.display().to_string(),
                    ocr: text,
                    rules: if greeting { vec!["greeting"] } else { vec![] },
                    action: if greeting { "redact" } else { "none" },
                    pdq: r.pdq.map(|p| p.hex()),
                    pdq_quality: r.pdq.map(|p| p.quality),
                    error: None,
                }
            }
            Err(e) => Line {
                file: f.display().to_string(),
                ocr: String::new(),
                rules: vec![],
                action: "none",
                pdq: None,
                pdq_quality: None,
                error: Some(e),
            },
        };
        writeln!(out, "{}", serde_json::to_string(&line).unwrap_or_default())?;
    }
    Ok(read)
}
