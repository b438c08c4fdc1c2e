//! Broadcasts and their delivery progress.
//!
//! | tree                       | key                                 | value                     |
//! |----------------------------|-------------------------------------|---------------------------|
//! | `eventid_broadcast`        | the command's event id              | `Broadcast` JSON          |

use super::codec::{json, parse, put};
use crate::core::broadcast::Broadcast;
use crate::store::{Result, Store, Tree, Write};

pub(super) fn put_broadcast(b: &Broadcast) -> Vec<Write> {
    vec![put(Tree::Broadcasts, b.id.as_bytes().to_vec(), json(b))]
}

pub fn broadcast(s: &dyn Store, id: &str) -> Result<Option<Broadcast>> {
    s.get(Tree::Broadcasts, id.as_bytes())?
        .map(|v| parse("broadcast", &v))
        .transpose()
}

/// Record what happened to a broadcast (a delivery, a failure, its progress reply) and return
/// the record as it now is. Idempotent: a delivery recorded twice (a resend after a crash)
/// counts once.
pub fn update_broadcast(
    s: &dyn Store,
    id: &str,
    f: impl FnOnce(&mut Broadcast),
) -> Result<Option<Broadcast>> {
    let Some(mut b) = broadcast(s, id)? else {
        return Ok(None);
    };
    f(&mut b);
    s.put(&put(Tree::Broadcasts, id.as_bytes().to_vec(), json(&b)))?;
    Ok(Some(b))
}
