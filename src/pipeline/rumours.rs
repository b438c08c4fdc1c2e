//! The near-duplicate index of rumour copies beside the records: filled as copies are
//! committed, rebuilt at start, and emptied of what left the window.

use std::sync::atomic::Ordering;

use super::Pipeline;
use crate::core::change::Change;
use crate::store::{self, records};

impl Pipeline {
    /// Put the committed copies into the near-duplicate index.
    pub(super) fn index_sightings(&self, changes: &[Change]) {
        for c in changes {
            if let Change::PutSighting {
                district,
                item,
                at_ms,
                fp,
                ..
            } = c
                && let Ok(item) = u64::from_str_radix(item, 16)
            {
                self.rumours.insert(district, fp, item, *at_ms);
            }
        }
    }

    /// Rebuild the near-duplicate index from the records (at start). Returns how many
    /// fingerprints it holds.
    pub fn load_rumours(&self, now_ms: u64) -> store::Result<usize> {
        let since = now_ms.saturating_sub(self.dir.rumours.window_ms);
        for s in records::sightings(self.store.as_ref())? {
            if s.at_ms >= since
                && let Ok(item) = u64::from_str_radix(&s.item, 16)
            {
                self.rumours
                    .insert(&s.district, &s.fingerprint(), item, s.at_ms);
            }
        }
        Ok(self.rumours.len())
    }

    /// Forget copies that left the window: from the index at once, from the records once a
    /// minute.
    pub(super) fn expire_rumours(&self, now_ms: u64) -> store::Result<()> {
        let before = now_ms.saturating_sub(self.dir.rumours.window_ms);
        self.rumours.expire(before);
        if now_ms.saturating_sub(self.pruned_at_ms.load(Ordering::Relaxed)) >= 60_000 {
            self.pruned_at_ms.store(now_ms, Ordering::Relaxed);
            records::prune_sightings(self.store.as_ref(), before)?;
        }
        Ok(())
    }
}
