//! The in-memory adapter of [`Store`], for pipeline tests. Same contract as sled (see
//! `contract_tests.rs`), no durability.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};

use super::{Handled, Meta, OutboxItem, Result, Store, outbox_items};
use crate::core::action::Action;

#[derive(Default)]
struct Inner {
    meta: BTreeMap<&'static str, u64>,
    handled: BTreeMap<String, Handled>,
    outbox: BTreeMap<u64, OutboxItem>,
    failed: BTreeMap<u64, (OutboxItem, String)>,
    next_seq: u64,
}

#[derive(Default)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock only happens in a failing test; keep going.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Failed outbox entries with their reasons (for tests).
    pub fn failed(&self) -> Vec<(OutboxItem, String)> {
        self.lock().failed.values().cloned().collect()
    }
}

impl Store for MemoryStore {
    fn is_handled(&self, event_id: &str) -> Result<bool> {
        Ok(self.lock().handled.contains_key(event_id))
    }

    fn commit_handled(&self, h: &Handled, actions: &[Action]) -> Result<bool> {
        let mut g = self.lock();
        if g.handled.contains_key(&h.event_id) {
            return Ok(false);
        }
        let first = g.next_seq;
        g.next_seq += actions.len() as u64;
        for item in outbox_items(&h.event_id, actions, first..) {
            g.outbox.insert(item.seq, item);
        }
        g.handled.insert(h.event_id.clone(), h.clone());
        Ok(true)
    }

    fn handled_count(&self) -> Result<usize> {
        Ok(self.lock().handled.len())
    }

    fn prune_handled(&self, before_ms: u64) -> Result<usize> {
        let mut g = self.lock();
        let before = g.handled.len();
        g.handled.retain(|_, h| h.handled_at_ms >= before_ms);
        Ok(before - g.handled.len())
    }

    fn outbox_peek(&self, limit: usize) -> Result<Vec<OutboxItem>> {
        Ok(self.lock().outbox.values().take(limit).cloned().collect())
    }

    fn outbox_complete(&self, seq: u64) -> Result<()> {
        self.lock().outbox.remove(&seq);
        Ok(())
    }

    fn outbox_fail(&self, seq: u64, reason: &str) -> Result<()> {
        let mut g = self.lock();
        if let Some(item) = g.outbox.remove(&seq) {
            g.failed.insert(seq, (item, reason.to_string()));
        }
        Ok(())
    }

    fn outbox_len(&self) -> Result<usize> {
        Ok(self.lock().outbox.len())
    }

    fn meta_get(&self, key: Meta) -> Result<Option<u64>> {
        Ok(self.lock().meta.get(key.key()).copied())
    }

    fn meta_set(&self, key: Meta, value: u64) -> Result<()> {
        self.lock().meta.insert(key.key(), value);
        Ok(())
    }

    fn flush(&self) -> Result<()> {
        Ok(())
    }
}
