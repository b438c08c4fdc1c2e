//! Schema versions of the bot's store, one migration function per version step.
//!
//! - v1: ledger, outbox, meta (this version).
//!
//! A store written by a newer saathi is refused with a clear error rather than misread.

use super::{Meta, Result, Store, StoreError};

pub const SCHEMA_VERSION: u64 = 1;

/// Bring `store` up to [`SCHEMA_VERSION`].
pub fn run(store: &dyn Store) -> Result<()> {
    let found = store.meta_get(Meta::SchemaVersion)?;
    match found {
        Some(v) if v > SCHEMA_VERSION => Err(StoreError::TooNew {
            found: v,
            supported: SCHEMA_VERSION,
        }),
        Some(v) if v == SCHEMA_VERSION => Ok(()),
        // A fresh store, or one from before versioning: nothing to convert yet. Later
        // versions add `Some(1) => v1_to_v2(store)?` steps here, in order.
        _ => store.meta_set(Meta::SchemaVersion, SCHEMA_VERSION),
    }
}
