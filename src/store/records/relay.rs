//! Relay rules and the relayed copies of each original.
//!
//! | tree                       | key                                 | value                     |
//! |----------------------------|-------------------------------------|---------------------------|
//! | `originroom_copy`          | original event \0 target room       | `CopyRecord` JSON         |
//! | `districtnumber_relayrule` | district \0 number (u32 BE)         | `RelayRule` JSON          |

use super::codec::{json, key, parse, prefix, put};
use crate::core::relay::{CopyRecord, RelayRule};
use crate::store::{Result, Store, Tree, Write};

pub(super) fn put_relay_rule(r: &RelayRule) -> Vec<Write> {
    let mut k = prefix(&[&r.district]);
    k.extend(r.number.to_be_bytes());
    vec![put(Tree::RelayRules, k, json(r))]
}

/// Remember a relayed copy of `origin` (after the executor sent it).
pub fn put_copy(s: &dyn Store, origin: &str, copy: &CopyRecord) -> Result<()> {
    s.put(&put(
        Tree::Copies,
        key(&[origin, &copy.room_id]),
        json(copy),
    ))
}

/// Every relayed copy of `origin`.
pub fn copies_of(s: &dyn Store, origin: &str) -> Result<Vec<CopyRecord>> {
    s.scan(Tree::Copies, &prefix(&[origin]))?
        .iter()
        .map(|(_, v)| parse("relayed copy", v))
        .collect()
}

/// Every relay rule of a district, removed ones included, by number.
pub fn relay_rules(s: &dyn Store, district: &str) -> Result<Vec<RelayRule>> {
    s.scan(Tree::RelayRules, &prefix(&[district]))?
        .iter()
        .map(|(_, v)| parse("relay rule", v))
        .collect()
}
