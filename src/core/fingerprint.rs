//! Fingerprints of messages for rumour control: an exact key of the normalised text, and a
//! MinHash signature of its character shingles, so that a copy with a few words changed, a
//! typo, added emoji or a "Forwarded" prefix still matches while a different message on the
//! same topic does not.
//!
//! Normalisation is the moderation rules' (NFKC, look-alike letters, case, invisible
//! characters, repeated letters, Devanagari variants), plus: forwarding prefixes dropped, and
//! links reduced to their host and path (tracking parameters such as `utm_*` and `fbclid` say
//! nothing about the content).
//!
//! The signature is b-bit MinHash: [`K`] minimums over character 5-grams of the normalised
//! words, 16 bits kept of each. The share of equal positions estimates the Jaccard similarity
//! of the two shingle sets; [`SIMILAR`] is the threshold, chosen on the corpus in
//! `assets/rumour-corpus.toml` (see the tests for the measured error rates).

use xxhash_rust::xxh3::xxh3_64;

use crate::core::text::normalise;

/// Signature length (minimums).
pub const K: usize = 32;
/// Locality-sensitive hashing: [`BANDS`] bands of [`ROWS`] minimums; two messages are compared
/// when at least one band is equal.
pub const BANDS: usize = 16;
pub const ROWS: usize = K / BANDS;
/// Estimated Jaccard similarity from which two messages are the same item.
pub const SIMILAR: f64 = 0.3;
/// Shorter texts are not tracked: "ok sir", "jai hind" from five people are not a rumour.
pub const MIN_WORDS: usize = 6;
const SHINGLE: usize = 5;

/// Words that only say a message was passed on; dropped from the start of a message.
const FORWARD_WORDS: &[&str] = &[
    "forwarded",
    "forward",
    "fwd",
    "fw",
    "fwded",
    "as",
    "received",
    "many",
    "times",
    "फॉरवर्ड",
    "फारवर्ड",
    "फॉरवर्डेड",
    "फॉरवर्डड",
    "आगे",
    "भेजें",
    "भेजा",
    "गया",
];

/// [`FORWARD_WORDS`] as the normaliser writes them.
fn forward_words() -> &'static rustc_hash::FxHashSet<String> {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<String>> =
        std::sync::LazyLock::new(|| {
            FORWARD_WORDS
                .iter()
                .flat_map(|w| normalise(w).words)
                .collect()
        });
    &SET
}

/// Query parameters that track the sharer, not the content.
fn is_tracking(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("utm_")
        || matches!(
            n.as_str(),
            "fbclid"
                | "gclid"
                | "igshid"
                | "igsh"
                | "si"
                | "ref"
                | "ref_src"
                | "s"
                | "t"
                | "feature"
                | "mibextid"
                | "share_id"
        )
}

/// `text` with every link reduced to host, path and the parameters that name content.
fn canonical_links(text: &str) -> String {
    let mut finder = linkify::LinkFinder::new();
    finder.kinds(&[linkify::LinkKind::Url]);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for link in finder.links(text) {
        out.push_str(&text[last..link.start()]);
        last = link.end();
        let raw = link.as_str();
        let parsed = url::Url::parse(raw).or_else(|_| url::Url::parse(&format!("https://{raw}")));
        match parsed {
            Ok(u) => {
                let host = u.host_str().unwrap_or_default().trim_start_matches("www.");
                out.push(' ');
                out.push_str(host);
                out.push_str(u.path().trim_end_matches('/'));
                for (k, v) in u.query_pairs() {
                    if !is_tracking(&k) {
                        out.push_str(&format!(" {k} {v}"));
                    }
                }
                out.push(' ');
            }
            Err(_) => out.push_str(raw),
        }
    }
    out.push_str(&text[last..]);
    out
}

/// The words a fingerprint is made of (forwarding prefixes and link tracking gone).
pub fn words(text: &str) -> Vec<String> {
    let text = if text.contains("://") || text.contains("www.") {
        canonical_links(text)
    } else {
        text.to_string()
    };
    let mut words = normalise(&text).words;
    // Emoji and other decoration say nothing about the content.
    words.retain(|w| w.chars().any(char::is_alphanumeric));
    let skip = words
        .iter()
        .take(6)
        .take_while(|w| forward_words().contains(w.as_str()))
        .count();
    words.drain(..skip);
    words
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    /// The same normalised words (or, for media, the same bytes).
    pub exact: u64,
    /// `None` for media: only exact copies of a file match.
    pub sig: Option<[u16; K]>,
}

/// splitmix64's finaliser: `K` independent-looking hashes from one.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

const SEEDS: [u64; K] = {
    let mut s = [0u64; K];
    let mut i = 0;
    while i < K {
        s[i] = 0x9e37_79b9_7f4a_7c15u64.wrapping_mul(i as u64 + 1);
        i += 1;
    }
    s
};

/// The fingerprint of a text message; `None` when it is too short to be tracked.
pub fn of_text(text: &str) -> Option<Fingerprint> {
    let words = words(text);
    if words.len() < MIN_WORDS {
        return None;
    }
    let joined = words.join(" ");
    let exact = xxh3_64(joined.as_bytes());
    let chars: Vec<char> = joined.chars().collect();
    let mut mins = [u64::MAX; K];
    let mut buf = String::new();
    for w in chars.windows(SHINGLE.min(chars.len())) {
        buf.clear();
        buf.extend(w);
        let h = xxh3_64(buf.as_bytes());
        for (m, seed) in mins.iter_mut().zip(SEEDS) {
            let v = mix(h ^ seed);
            if v < *m {
                *m = v;
            }
        }
    }
    let mut sig = [0u16; K];
    for (s, m) in sig.iter_mut().zip(mins) {
        *s = m as u16;
    }
    Some(Fingerprint {
        exact,
        sig: Some(sig),
    })
}

/// The fingerprint of a file from its content hash (hex, as the adapter computed it).
pub fn of_media(digest: &str) -> Fingerprint {
    Fingerprint {
        exact: xxh3_64(digest.as_bytes()),
        sig: None,
    }
}

/// Estimated Jaccard similarity of two signatures.
pub fn similarity(a: &[u16; K], b: &[u16; K]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / K as f64
}

/// Whether two fingerprints are the same item.
pub fn same(a: &Fingerprint, b: &Fingerprint) -> bool {
    a.exact == b.exact
        || matches!((&a.sig, &b.sig), (Some(x), Some(y)) if similarity(x, y) >= SIMILAR)
}

/// The LSH band keys of a signature (band number mixed in).
pub fn bands(sig: &[u16; K]) -> [u64; BANDS] {
    let mut out = [0u64; BANDS];
    for (b, key) in out.iter_mut().enumerate() {
        let mut v = b as u64;
        for r in 0..ROWS {
            v = (v << 16) | u64::from(sig[b * ROWS + r]);
        }
        *key = mix(v);
    }
    out
}

#[cfg(test)]
#[path = "fingerprint_tests.rs"]
mod tests;
