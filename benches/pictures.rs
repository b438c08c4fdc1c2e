//! Pictures at phone sizes, per image on one core, side by side in one run with today's
//! exact-hash baseline (SHA-256 of the file, what rumour control matched media by): decode +
//! PDQ (as sent and trimmed), OCR (Tesseract hin+eng), and the whole greeting decision
//! (decode, PDQ, OCR, the lexicon). p50 and p95, and each one's ratio to the baseline.
//!
//! Run: `OMP_THREAD_LIMIT=1 cargo bench --bench pictures` (drawn pictures: text cards and
//! photo-like ones, long side 720–1280). `PICTURES_DIR=/tmp/saathi-images/keep` measures
//! the files of a folder instead (e.g. the corpus of `scripts/image-corpus/generate.py`).

#[path = "../tests/common/drawn.rs"]
mod drawn;

use std::hint::black_box;
use std::time::{Duration, Instant};

use saathi::picture::{decode, ocr::Ocr, pdq::Pdq};
use sha2::{Digest, Sha256};

fn pictures() -> Vec<Vec<u8>> {
    if let Some(dir) = std::env::var_os("PICTURES_DIR") {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        return files
            .iter()
            .take(60)
            .map(|f| std::fs::read(f).unwrap())
            .collect();
    }
    let dir = tempfile::tempdir().unwrap();
    let mut out = Vec::new();
    let texts: [&[&str]; 4] = [
        &["Good Morning", "Have a nice day"],
        &["सुप्रभात", "Good morning ji"],
        &["Road near the school", "is broken, please help"],
        &["NOTICE", "Thana Hazratganj", "Camp on Sunday 10 am"],
    ];
    for i in 0..24u32 {
        let path = dir.path().join(format!("{i}.jpg"));
        if i % 2 == 0 {
            drawn::card(&path, texts[(i as usize / 2) % texts.len()]);
        } else {
            drawn::photo(&path, u64::from(i) * 7919, 80, 0.9 + f64::from(i % 4) * 0.2);
        }
        out.push(std::fs::read(&path).unwrap());
    }
    out
}

/// p50 and p95 of `f` over every picture, three rounds.
fn time(pics: &[Vec<u8>], mut f: impl FnMut(&[u8])) -> (Duration, Duration) {
    let mut t = Vec::new();
    for _ in 0..3 {
        for p in pics {
            let start = Instant::now();
            f(p);
            t.push(start.elapsed());
        }
    }
    t.sort();
    (t[t.len() / 2], t[t.len() * 95 / 100])
}

fn main() {
    let pics = pictures();
    let lexicon = {
        let lists: saathi::core::rules::greeting::LexiconLists =
            toml::from_str(include_str!("../assets/greetings.toml")).unwrap();
        saathi::core::rules::greeting::Lexicon::new(&lists)
    };
    let mut ocr = Ocr::open("hin+eng").ok();
    println!(
        "{} pictures; OCR: {}",
        pics.len(),
        if ocr.is_some() {
            "Tesseract hin+eng"
        } else {
            "not installed"
        }
    );
    let base = time(&pics, |p| {
        black_box(Sha256::digest(p));
    });
    let pdq = time(&pics, |p| {
        if let Ok(img) = decode::decode(p) {
            black_box(Pdq::of(&img));
        }
    });
    let mut rows = vec![
        ("exact hash (SHA-256, today)", base),
        ("decode + PDQ (full + trimmed)", pdq),
    ];
    if let Some(o) = ocr.as_mut() {
        let decoded: Vec<_> = pics.iter().filter_map(|p| decode::decode(p).ok()).collect();
        let mut i = 0;
        let read = time(&pics, |_| {
            black_box(o.read(&decoded[i % decoded.len()]));
            i += 1;
        });
        rows.push(("OCR (on a decoded picture)", read));
    }
    let whole = time(&pics, |p| {
        if let Ok(r) = saathi::picture::read(p, ocr.as_mut()) {
            black_box(lexicon.text_is_only_greeting(&r.text()));
        }
    });
    rows.push(("whole decision (decode, PDQ, OCR, lexicon)", whole));
    println!("| step | p50 ms | p95 ms | p50 vs exact hash |");
    println!("|---|---|---|---|");
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    for (name, (p50, p95)) in rows {
        println!(
            "| {name} | {:.2} | {:.2} | {:.0}× |",
            ms(p50),
            ms(p95),
            ms(p50) / ms(base.0).max(1e-6)
        );
    }
    let per_s = 1000.0 / ms(whole.0);
    println!("whole decision: {per_s:.1} pictures/s on one core at p50");
}
