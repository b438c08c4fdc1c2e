//! The in-memory adapter of [`Store`], for pipeline tests. Same contract as sled (see
//! `contract_tests.rs`), no durability.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};

use super::{Handled, Meta, OutboxItem, Result, Store, Tree, Write, outbox_items};
use crate::core::action::Action;

#[derive(Default)]
struct Inner {
    meta: BTreeMap<&'static str, u64>,
    handled: BTreeMap<String, Handled>,
    outbox: BTreeMap<u64, OutboxItem>,
    failed: BTreeMap<u64, (OutboxItem, String)>,
    next_seq: u64,
    records: BTreeMap<(Tree, Vec<u8>), Vec<u8>>,
}

impl Inner {
    fn write(&mut self, w: &Write) {
        match &w.value {
            Some(v) => self.records.insert((w.tree, w.key.clone()), v.clone()),
            None => self.records.remove(&(w.tree, w.key.clone())),
        };
    }
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

    fn commit_handled(&self, h: &Handled, actions: &[Action], writes: &[Write]) -> Result<bool> {
        let mut g = self.lock();
        if g.handled.contains_key(&h.event_id) {
            return Ok(false);
        }
        for w in writes {
            g.write(w);
        }
        let first = g.next_seq;
        g.next_seq += actions.len() as u64;
        for item in outbox_items(&h.event_id, actions, first..) {
            g.outbox.insert(item.seq, item);
        }
        g.handled.insert(h.event_id.clone(), h.clone());
        Ok(true)
    }

    fn get(&self, tree: Tree, key: &[u8]) -> Result<Option<Vec<u8>>> {
        Ok(self.lock().records.get(&(tree, key.to_vec())).cloned())
    }

    fn scan(&self, tree: Tree, prefix: &[u8]) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
        let g = self.lock();
        Ok(g.records
            .range((tree, prefix.to_vec())..)
            .take_while(|((t, k), _)| *t == tree && k.starts_with(prefix))
            .map(|((_, k), v)| (k.clone(), v.clone()))
            .collect())
    }

    fn first_n(&self, tree: Tree, n: usize) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
        let mut all = self.scan(tree, b"")?;
        all.truncate(n);
        Ok(all)
    }

    fn last(&self, tree: Tree, prefix: &[u8]) -> Result<Option<(Vec<u8>, Vec<u8>)>> {
        Ok(self.scan(tree, prefix)?.pop())
    }

    fn put(&self, w: &Write) -> Result<()> {
        self.lock().write(w);
        Ok(())
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

    fn outbox_failed_len(&self) -> Result<usize> {
        Ok(self.lock().failed.len())
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
