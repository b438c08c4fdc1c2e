//! The sled adapter of [`Store`]. One tree per concern, each named `key_value`:
//!
//! | tree                | key                              | value                      |
//! |---------------------|----------------------------------|----------------------------|
//! | `meta_value`        | name (utf-8, see [`Meta::key`])  | u64, big-endian            |
//! | `eventid_handled`   | event id (utf-8)                 | [`Handled`] as JSON        |
//! | `handledts_eventid` | handled_at_ms (u64 BE) ++ event id | empty (for pruning by age) |
//! | `outboxseq_item`    | seq (u64 BE)                     | [`OutboxItem`] as JSON     |
//! | `outboxseq_failed`  | seq (u64 BE)                     | `{item, reason}` as JSON   |
//! | record trees        | see `store::records`             |                            |
//!
//! Big-endian integers keep keys in numeric order, so the outbox drains oldest first.

use std::path::Path;

use serde::{Serialize, de::DeserializeOwned};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::{
    Handled, Meta, OutboxItem, Result, Store, StoreError, Tree, Write, migrate, outbox_items,
};
use crate::core::action::Action;

pub struct SledStore {
    /// See [`SledStore::was_blank`].
    blank: bool,
    /// Whether a decision that queued effects was committed since the last flush. Set under
    /// the lock together with the commit, so a flush that finds it clear knows every effect
    /// the outbox shows is already on disk.
    unflushed: std::sync::Mutex<bool>,
    /// Writers share it; [`SledStore::copy_to`] holds it alone, so a copy sees every tree at
    /// one moment (between two decisions, never inside one).
    gate: std::sync::RwLock<()>,
    /// See [`Meta::OutboxSeqFloor`].
    seq_floor: u64,
    db: sled::Db,
    meta: sled::Tree,
    handled: sled::Tree,
    handled_by_time: sled::Tree,
    outbox: sled::Tree,
    outbox_failed: sled::Tree,
    /// Ledger, ledger-by-time, outbox, then the record trees in [`Tree::ALL`] order: the
    /// trees of the exactly-once transaction.
    tx_trees: Vec<sled::Tree>,
}

const TX_RECORDS: usize = 3;

fn enc<T: Serialize>(v: &T) -> Vec<u8> {
    // Serialising these plain structs to JSON cannot fail (no maps with non-string keys).
    serde_json::to_vec(v).unwrap_or_default()
}

fn dec<T: DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|source| StoreError::Codec { what, source })
}

fn time_key(ts: u64, event_id: &str) -> Vec<u8> {
    let mut k = ts.to_be_bytes().to_vec();
    k.extend_from_slice(event_id.as_bytes());
    k
}

/// Open the database, waiting up to two seconds for the file lock: sled's flusher thread
/// holds it for a moment after the previous handle is dropped (a quick restart, a reopen).
fn open_db(dir: &Path) -> std::result::Result<sled::Db, sled::Error> {
    let mut tries = 0;
    loop {
        match sled::Config::new()
            .path(dir)
            .mode(sled::Mode::HighThroughput)
            .open()
        {
            Err(sled::Error::Io(e))
                if e.to_string().contains("could not acquire lock") && tries < 20 =>
            {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            other => return other,
        }
    }
}

impl SledStore {
    /// Open (or create) the store in `dir` and bring its schema up to date.
    pub fn open(dir: &Path) -> Result<SledStore> {
        let db = open_db(dir)?;
        let handled = db.open_tree("eventid_handled")?;
        let handled_by_time = db.open_tree("handledts_eventid")?;
        let outbox = db.open_tree("outboxseq_item")?;
        let mut tx_trees = vec![handled.clone(), handled_by_time.clone(), outbox.clone()];
        for t in Tree::ALL {
            tx_trees.push(db.open_tree(t.name())?);
        }
        let meta = db.open_tree("meta_value")?;
        let blank = meta.get(Meta::SchemaVersion.key())?.is_none();
        let seq_floor = meta
            .get(Meta::OutboxSeqFloor.key())?
            .and_then(|v| v.as_ref().try_into().ok())
            .map_or(0, u64::from_be_bytes);
        let store = SledStore {
            blank,
            gate: std::sync::RwLock::new(()),
            seq_floor,
            unflushed: std::sync::Mutex::new(false),
            meta,
            outbox_failed: db.open_tree("outboxseq_failed")?,
            handled,
            handled_by_time,
            outbox,
            tx_trees,
            db,
        };
        migrate::run(&store)?;
        Ok(store)
    }

    /// Whether the store had no schema version when opened: newly created — or, where a store
    /// was expected, emptied or damaged.
    pub fn was_blank(&self) -> bool {
        self.blank
    }

    /// Whether the store holds any data yet (a fresh directory holds none).
    pub fn is_empty(&self) -> bool {
        self.handled.is_empty() && self.outbox.is_empty()
    }

    fn write_gate(&self) -> std::sync::RwLockReadGuard<'_, ()> {
        self.gate.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Copy every tree into a new store at `dest` (which must not exist), consistently: writers
    /// wait while the copy is made (a few hundred ms for a district's year of records), reads
    /// go on. Returns how many records were copied.
    pub fn copy_to(&self, dest: &Path) -> Result<u64> {
        if dest.exists() {
            return Err(StoreError::Tx(format!("{} exists already", dest.display())));
        }
        let copy = open_db(dest)?;
        let _alone = self.gate.write().unwrap_or_else(|e| e.into_inner());
        self.db.flush()?;
        let mut records = 0u64;
        for name in self.db.tree_names() {
            let from = self.db.open_tree(&name)?;
            let to = copy.open_tree(&name)?;
            let mut batch = sled::Batch::default();
            let mut in_batch = 0;
            for kv in from.iter() {
                let (k, v) = kv?;
                batch.insert(k, v);
                in_batch += 1;
                records += 1;
                if in_batch == 10_000 {
                    to.apply_batch(std::mem::take(&mut batch))?;
                    in_batch = 0;
                }
            }
            to.apply_batch(batch)?;
        }
        let next = self.db.generate_id()?.saturating_add(self.seq_floor + 1);
        copy.open_tree("meta_value")?
            .insert(Meta::OutboxSeqFloor.key(), &next.to_be_bytes())?;
        copy.flush()?;
        Ok(records)
    }
}

impl Store for SledStore {
    fn is_handled(&self, event_id: &str) -> Result<bool> {
        Ok(self.handled.contains_key(event_id.as_bytes())?)
    }

    fn commit_handled(&self, h: &Handled, actions: &[Action], writes: &[Write]) -> Result<bool> {
        // Ids are taken before the transaction: a retried or aborted transaction leaves a
        // gap in the sequence, never a duplicate.
        let seqs: Vec<u64> = actions
            .iter()
            .map(|_| self.db.generate_id().map(|id| id + self.seq_floor))
            .collect::<sled::Result<_>>()?;
        let items = outbox_items(&h.event_id, actions, seqs.into_iter());
        let _gate = self.write_gate();
        let mut unflushed = self.unflushed.lock().unwrap_or_else(|e| e.into_inner());
        let res = self.tx_trees.as_slice().transaction(|t| {
            let (handled, by_time, outbox) = (&t[0], &t[1], &t[2]);
            if handled.get(h.event_id.as_bytes())?.is_some() {
                return Ok(false);
            }
            handled.insert(h.event_id.as_bytes(), enc(h))?;
            by_time.insert(time_key(h.handled_at_ms, &h.event_id), &[][..])?;
            for item in &items {
                outbox.insert(&item.seq.to_be_bytes(), enc(item))?;
            }
            for w in writes {
                let tree = &t[TX_RECORDS + w.tree.index()];
                match &w.value {
                    Some(v) => tree.insert(w.key.as_slice(), v.as_slice())?,
                    None => tree.remove(w.key.as_slice())?,
                };
            }
            Ok::<_, ConflictableTransactionError<()>>(true)
        });
        let committed = res.map_err(|e: TransactionError<()>| StoreError::Tx(format!("{e:?}")))?;
        if committed && !items.is_empty() {
            *unflushed = true;
        }
        Ok(committed)
    }

    fn get(&self, tree: Tree, key: &[u8]) -> Result<Option<Vec<u8>>> {
        Ok(self.tx_trees[TX_RECORDS + tree.index()]
            .get(key)?
            .map(|v| v.to_vec()))
    }

    fn scan(&self, tree: Tree, prefix: &[u8]) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
        self.tx_trees[TX_RECORDS + tree.index()]
            .scan_prefix(prefix)
            .map(|kv| {
                kv.map(|(k, v)| (k.to_vec(), v.to_vec()))
                    .map_err(StoreError::from)
            })
            .collect()
    }

    fn first_n(&self, tree: Tree, n: usize) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
        self.tx_trees[TX_RECORDS + tree.index()]
            .iter()
            .take(n)
            .map(|kv| {
                kv.map(|(k, v)| (k.to_vec(), v.to_vec()))
                    .map_err(StoreError::from)
            })
            .collect()
    }

    fn last(&self, tree: Tree, prefix: &[u8]) -> Result<Option<(Vec<u8>, Vec<u8>)>> {
        Ok(self.tx_trees[TX_RECORDS + tree.index()]
            .scan_prefix(prefix)
            .next_back()
            .transpose()?
            .map(|(k, v)| (k.to_vec(), v.to_vec())))
    }

    fn put(&self, w: &Write) -> Result<()> {
        let _gate = self.write_gate();
        let tree = &self.tx_trees[TX_RECORDS + w.tree.index()];
        match &w.value {
            Some(v) => tree.insert(w.key.as_slice(), v.as_slice())?,
            None => tree.remove(w.key.as_slice())?,
        };
        Ok(())
    }

    fn handled_count(&self) -> Result<usize> {
        Ok(self.handled.len())
    }

    fn prune_handled(&self, before_ms: u64) -> Result<usize> {
        let _gate = self.write_gate();
        let mut n = 0;
        for kv in self
            .handled_by_time
            .range(..before_ms.to_be_bytes().to_vec())
        {
            let (k, _) = kv?;
            self.handled.remove(&k[8..])?;
            self.handled_by_time.remove(&k)?;
            n += 1;
        }
        Ok(n)
    }

    fn outbox_peek(&self, limit: usize) -> Result<Vec<OutboxItem>> {
        self.outbox
            .iter()
            .take(limit)
            .map(|kv| dec("outbox item", &kv?.1))
            .collect()
    }

    fn outbox_complete(&self, seq: u64) -> Result<()> {
        let _gate = self.write_gate();
        self.outbox.remove(seq.to_be_bytes())?;
        Ok(())
    }

    fn outbox_fail(&self, seq: u64, reason: &str) -> Result<()> {
        let _gate = self.write_gate();
        if let Some(item) = self.outbox.remove(seq.to_be_bytes())? {
            let item: OutboxItem = dec("outbox item", &item)?;
            self.outbox_failed.insert(
                seq.to_be_bytes(),
                enc(&serde_json::json!({ "item": item, "reason": reason })),
            )?;
        }
        Ok(())
    }

    fn outbox_len(&self) -> Result<usize> {
        Ok(self.outbox.len())
    }

    fn outbox_failed_len(&self) -> Result<usize> {
        Ok(self.outbox_failed.len())
    }

    fn meta_get(&self, key: Meta) -> Result<Option<u64>> {
        Ok(self
            .meta
            .get(key.key())?
            .and_then(|v| v.as_ref().try_into().ok())
            .map(u64::from_be_bytes))
    }

    fn meta_set(&self, key: Meta, value: u64) -> Result<()> {
        let _gate = self.write_gate();
        self.meta.insert(key.key(), &value.to_be_bytes())?;
        Ok(())
    }

    fn flush_decisions(&self) -> Result<()> {
        let mut unflushed = self.unflushed.lock().unwrap_or_else(|e| e.into_inner());
        if *unflushed {
            self.db.flush()?;
            *unflushed = false;
        }
        Ok(())
    }

    fn flush(&self) -> Result<()> {
        self.db.flush()?;
        Ok(())
    }
}
