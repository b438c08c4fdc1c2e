//! Rumour fingerprints: fingerprint + window lookup per message, and the memory of 1,000,000
//! fingerprints in the window, side by side in one run with an exact-hash-only baseline (the
//! same normalisation, one 64-bit key per message in a hash map: it finds exact copies only).
//!
//! Run: `cargo bench --bench rumour`.

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group};
use rustc_hash::FxHashMap;
use saathi::core::fingerprint::{self, of_text};
use saathi::rumour_index::RumourIndex;
use xxhash_rust::xxh3::xxh3_64;

#[derive(serde::Deserialize)]
struct Corpus {
    item: Vec<Item>,
}

#[derive(serde::Deserialize)]
struct Item {
    text: String,
    copies: Vec<String>,
}

/// The corpus's messages and copies, varied into `n` distinct messages (a number and a
/// place name changed), as a district's day of traffic.
fn messages(n: usize) -> Vec<String> {
    let c: Corpus = toml::from_str(include_str!("../assets/rumour-corpus.toml")).unwrap();
    let base: Vec<String> = c
        .item
        .into_iter()
        .flat_map(|i| std::iter::once(i.text).chain(i.copies))
        .collect();
    let places = [
        "Rampur",
        "Sitapur",
        "Hardoi",
        "Unnao",
        "Barabanki",
        "Gonda",
        "Bahraich",
    ];
    (0..n)
        .map(|i| {
            let b = &base[i % base.len()];
            format!(
                "{b} ({} {} ward {})",
                places[i % places.len()],
                i / base.len(),
                i % 97
            )
        })
        .collect()
}

/// The baseline's key: the same words, hashed.
fn exact_key(text: &str) -> u64 {
    xxh3_64(fingerprint::words(text).join(" ").as_bytes())
}

fn rss_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

fn per_second(msgs: &[String], mut f: impl FnMut(&str) -> bool) -> f64 {
    let start = Instant::now();
    let mut hits = 0usize;
    for m in msgs {
        hits += usize::from(f(black_box(m)));
    }
    black_box(hits);
    msgs.len() as f64 / start.elapsed().as_secs_f64()
}

fn bench(c: &mut Criterion) {
    const FILL: usize = 200_000;
    let window = messages(FILL);
    let probes = messages(FILL + 20_000).split_off(FILL);

    let index = RumourIndex::new(2_000_000);
    let mut exact: FxHashMap<u64, u64> = FxHashMap::default();
    for (i, m) in window.iter().enumerate() {
        if let Some(fp) = of_text(m) {
            index.insert("lko", &fp, i as u64, 0);
            exact.insert(fp.exact, i as u64);
        }
    }
    let mut g = c.benchmark_group("rumour fingerprint + lookup (window of 200k)");
    g.bench_function("saathi: MinHash fingerprint + near-duplicate lookup", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % probes.len();
            of_text(&probes[i]).and_then(|fp| index.find("lko", &fp))
        })
    });
    g.bench_function("baseline: exact hash + lookup", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % probes.len();
            exact.get(&exact_key(&probes[i])).copied()
        })
    });
    g.finish();

    let ours = per_second(&probes, |m| {
        of_text(m).and_then(|fp| index.find("lko", &fp)).is_some()
    });
    let theirs = per_second(&probes, |m| exact.contains_key(&exact_key(m)));
    println!("\nper message, same run, one core, window of {FILL} fingerprints:");
    println!("  saathi (fingerprint + near-duplicate lookup): {ours:>10.0} messages/s");
    println!("  baseline (exact hash + lookup):               {theirs:>10.0} messages/s");
    println!("  ratio: {:.2}x of the baseline's speed", ours / theirs);
    drop(index);
    drop(exact);

    // Memory of 1,000,000 fingerprints in the window (synthetic signatures: the cost does not
    // depend on the text).
    const MILLION: u64 = 1_000_000;
    let fp = |i: u64| {
        let mut sig = [0u16; fingerprint::K];
        for (k, s) in sig.iter_mut().enumerate() {
            *s = xxh3_64(&(i * 64 + k as u64).to_le_bytes()) as u16;
        }
        fingerprint::Fingerprint {
            exact: xxh3_64(&i.to_le_bytes()),
            sig: Some(sig),
        }
    };
    let before = rss_bytes();
    let index = RumourIndex::new(MILLION as usize);
    for i in 0..MILLION {
        index.insert("lko", &fp(i), i, i);
    }
    let ours_mem = rss_bytes().saturating_sub(before);
    black_box(index.len());
    drop(index);
    let before = rss_bytes();
    let mut exact: FxHashMap<u64, u64> = FxHashMap::default();
    for i in 0..MILLION {
        exact.insert(fp(i).exact, i);
    }
    let theirs_mem = rss_bytes().saturating_sub(before);
    black_box(exact.len());
    let mib = |b: usize| b as f64 / (1024.0 * 1024.0);
    println!("memory for {MILLION} fingerprints in the window (RSS growth):");
    println!(
        "  saathi index (exact + 16 LSH bands + signature): {:>7.1} MiB ({:.0} bytes each)",
        mib(ours_mem),
        ours_mem as f64 / MILLION as f64
    );
    println!(
        "  baseline (exact key map):                        {:>7.1} MiB ({:.0} bytes each)",
        mib(theirs_mem),
        theirs_mem as f64 / MILLION as f64
    );
    println!(
        "  ratio: {:.1}x the baseline's memory",
        ours_mem as f64 / theirs_mem.max(1) as f64
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
