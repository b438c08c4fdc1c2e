//! The near-duplicate index of rumour control: every tracked message's fingerprint in the
//! window, in memory, found by its exact key or by a locality-sensitive band of its MinHash
//! signature (see `core::fingerprint`). Bounded: entries leave when they are older
//! than the window, and the oldest go first when it is full. Rebuilt from the records at
//! start, so a restart forgets nothing.

use std::collections::VecDeque;
use std::sync::Mutex;

use rustc_hash::FxHashMap;
use xxhash_rust::xxh3::xxh3_64;

use crate::core::fingerprint::{BANDS, Fingerprint, K, SIMILAR, bands, similarity};

struct Entry {
    district: u64,
    exact: u64,
    sig: Option<[u16; K]>,
    item: u64,
    at_ms: u64,
}

#[derive(Default)]
struct Inner {
    entries: VecDeque<Entry>,
    /// Sequence number of `entries[0]`.
    first: u64,
    /// (district, exact key) → newest entry with it (sequence number, low 32 bits).
    by_exact: FxHashMap<u64, u32>,
    /// (district, band), 32 bits of it → newest entry with it. A clash of two bands only
    /// costs a similarity check that fails.
    by_band: FxHashMap<u32, u32>,
}

pub struct RumourIndex {
    inner: Mutex<Inner>,
    capacity: usize,
}

/// Approximate bytes per fingerprint (entry plus its map slots), for the benchmark's report.
pub const BYTES_PER_ENTRY: usize = std::mem::size_of::<Entry>() + 16 + BANDS * 9;

fn key(district: u64, k: u64) -> u64 {
    district.rotate_left(17) ^ k
}

impl RumourIndex {
    pub fn new(capacity: usize) -> RumourIndex {
        RumourIndex {
            inner: Mutex::new(Inner::default()),
            capacity: capacity.max(1),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item `fp` is a copy of, in `district`: an exact copy, else the most similar.
    pub fn find(&self, district: &str, fp: &Fingerprint) -> Option<u64> {
        let d = xxh3_64(district.as_bytes());
        let g = self.lock();
        // Sequence numbers are kept to 32 bits: the offset from the first live entry is
        // exact as long as fewer than 2^32 entries are live.
        let get = |seq: u32| {
            let offset = seq.wrapping_sub(g.first as u32) as usize;
            g.entries.get(offset).filter(|e| e.district == d)
        };
        if let Some(e) = g.by_exact.get(&key(d, fp.exact)).and_then(|s| get(*s))
            && e.exact == fp.exact
        {
            return Some(e.item);
        }
        let sig = fp.sig.as_ref()?;
        let mut best: Option<(f64, u64)> = None;
        for band in bands(sig) {
            let Some(e) = g.by_band.get(&(key(d, band) as u32)).and_then(|s| get(*s)) else {
                continue;
            };
            let Some(other) = &e.sig else { continue };
            let s = similarity(sig, other);
            if s >= SIMILAR && best.is_none_or(|(b, _)| s > b) {
                best = Some((s, e.item));
            }
        }
        best.map(|(_, item)| item)
    }

    pub fn insert(&self, district: &str, fp: &Fingerprint, item: u64, at_ms: u64) {
        let d = xxh3_64(district.as_bytes());
        let mut g = self.lock();
        while g.entries.len() >= self.capacity {
            g.entries.pop_front();
            g.first += 1;
        }
        let seq = (g.first + g.entries.len() as u64) as u32;
        g.by_exact.insert(key(d, fp.exact), seq);
        if let Some(sig) = &fp.sig {
            for band in bands(sig) {
                g.by_band.insert(key(d, band) as u32, seq);
            }
        }
        g.entries.push_back(Entry {
            district: d,
            exact: fp.exact,
            sig: fp.sig,
            item,
            at_ms,
        });
        compact(&mut g);
    }

    /// Forget entries older than `before_ms` (the window moved on).
    pub fn expire(&self, before_ms: u64) -> usize {
        let mut g = self.lock();
        let mut n = 0;
        while g.entries.front().is_some_and(|e| e.at_ms < before_ms) {
            g.entries.pop_front();
            g.first += 1;
            n += 1;
        }
        compact(&mut g);
        n
    }
}

/// Drop map slots of forgotten entries once they outnumber the live ones.
fn compact(g: &mut Inner) {
    let live = g.entries.len() * (1 + BANDS);
    if g.by_exact.len() + g.by_band.len() <= 2 * live + 1024 {
        return;
    }
    let (first, live) = (g.first as u32, g.entries.len() as u32);
    let alive = |s: &mut u32| s.wrapping_sub(first) < live;
    g.by_exact.retain(|_, s| alive(s));
    g.by_band.retain(|_, s| alive(s));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fingerprint::of_text;

    const A: &str = "Alert! A gang of child lifters dressed as sadhus has entered Rampur village, keep children inside";
    const A2: &str = "ALERT!! A gang of child lifters dressed as sadhus entered Rampur village 🙏 keep your children inside";
    const B: &str =
        "The old bridge over the Gomti near Daliganj will be closed for repairs from Monday";

    #[test]
    fn finds_copies_per_district_and_forgets_by_time_and_size() {
        let ix = RumourIndex::new(3);
        let (a, a2, b) = (
            of_text(A).unwrap(),
            of_text(A2).unwrap(),
            of_text(B).unwrap(),
        );
        assert_eq!(ix.find("lko", &a), None);
        ix.insert("lko", &a, 1, 100);
        assert_eq!(ix.find("lko", &a), Some(1));
        assert_eq!(ix.find("lko", &a2), Some(1), "a near-duplicate");
        assert_eq!(ix.find("knp", &a), None, "another district");
        assert_eq!(ix.find("lko", &b), None, "another message");
        ix.insert("lko", &b, 2, 200);
        assert_eq!(ix.expire(150), 1);
        assert_eq!(ix.find("lko", &a), None);
        assert_eq!(ix.find("lko", &b), Some(2));
        for i in 0..3 {
            ix.insert(
                "lko",
                &of_text(&format!("{B} and more words {i}")).unwrap(),
                2,
                300,
            );
        }
        assert_eq!(ix.len(), 3, "bounded");
        assert_eq!(
            ix.find("lko", &b),
            Some(2),
            "the oldest went; b's copies remain"
        );
    }
}
