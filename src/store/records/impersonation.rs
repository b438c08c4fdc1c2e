//! Impersonation cases and the official accounts' display names.
//!
//! | tree                       | key                                 | value                     |
//! |----------------------------|-------------------------------------|---------------------------|
//! | `districtuser_suspect`     | district \0 user                    | `Suspect` JSON            |
//! | `user_officialname`        | user                                | `OfficialName` JSON       |

use super::codec::{json, key, parse, put};
use crate::core::impersonation::model::{OfficialName, Suspect};
use crate::store::{Result, Store, Tree, Write};

pub(super) fn put_suspect(s: &Suspect) -> Vec<Write> {
    vec![put(Tree::Suspects, key(&[&s.district, &s.user]), json(s))]
}

pub(super) fn put_official_name(n: &OfficialName) -> Vec<Write> {
    vec![put(Tree::OfficialNames, key(&[&n.user]), json(n))]
}

pub fn suspect(s: &dyn Store, district: &str, user: &str) -> Result<Option<Suspect>> {
    s.get(Tree::Suspects, &key(&[district, user]))?
        .map(|v| parse("impersonation case", &v))
        .transpose()
}

/// Every case, open and ended, by district and user.
pub fn suspects(s: &dyn Store) -> Result<Vec<Suspect>> {
    s.scan(Tree::Suspects, b"")?
        .iter()
        .map(|(_, v)| parse("impersonation case", v))
        .collect()
}

pub fn official_name(s: &dyn Store, user: &str) -> Result<Option<OfficialName>> {
    s.get(Tree::OfficialNames, &key(&[user]))?
        .map(|v| parse("official name", &v))
        .transpose()
}
