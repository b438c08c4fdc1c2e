//! Sanctions, mutes, room settings and the audit log.
//!
//! | tree                       | key                                 | value                     |
//! |----------------------------|-------------------------------------|---------------------------|
//! | `tsevent_audit`            | at_ms (u64 BE) \0 event id \0 action \0 target | `AuditEntry` JSON |
//! | `id_sanction`              | sanction id                         | `Sanction` JSON           |
//! | `districtuser_sanctionid`  | district \0 user \0 at_ms (u64 BE) sanction id | sanction id |
//! | `stationuser_mute`         | district \0 station \0 user         | `Mute` JSON               |
//! | `station_roomsettings`     | district \0 station                 | `RoomSettings` JSON       |

use super::codec::{json, key, parse, prefix, put};
use crate::core::audit::AuditEntry;
use crate::core::moderation::model::{Mute, Sanction};
use crate::core::moderation::settings::RoomSettings;
use crate::store::{Result, Store, Tree, Write};

pub(super) fn put_audit(a: &AuditEntry) -> Vec<Write> {
    let mut k = a.at_ms.to_be_bytes().to_vec();
    k.extend(key(&["", &a.event_id, &a.action, &a.target]));
    vec![put(Tree::Audit, k, json(a))]
}

pub(super) fn put_sanction(x: &Sanction) -> Vec<Write> {
    let mut k = prefix(&[&x.district, &x.target]);
    k.extend(x.at_ms.to_be_bytes());
    k.extend(x.id.as_bytes());
    vec![
        put(Tree::Sanctions, x.id.as_bytes().to_vec(), json(x)),
        put(Tree::UserSanctions, k, x.id.as_bytes().to_vec()),
    ]
}

pub(super) fn put_mute(m: &Mute) -> Vec<Write> {
    vec![put(
        Tree::Mutes,
        key(&[&m.district, &m.station, &m.user]),
        json(m),
    )]
}

pub(super) fn remove_mute(district: &str, station: &str, user: &str) -> Vec<Write> {
    vec![Write {
        tree: Tree::Mutes,
        key: key(&[district, station, user]),
        value: None,
    }]
}

pub(super) fn put_room_settings(
    district: &str,
    station: &str,
    settings: &RoomSettings,
) -> Vec<Write> {
    vec![put(
        Tree::RoomSettings,
        key(&[district, station]),
        json(settings),
    )]
}

pub fn sanction(s: &dyn Store, id: &str) -> Result<Option<Sanction>> {
    s.get(Tree::Sanctions, id.as_bytes())?
        .map(|v| parse("sanction", &v))
        .transpose()
}

pub fn sanctions_of(s: &dyn Store, district: &str, user: &str) -> Result<Vec<Sanction>> {
    let mut out = Vec::new();
    for (_, id) in s.scan(Tree::UserSanctions, &prefix(&[district, user]))? {
        if let Some(v) = s.get(Tree::Sanctions, &id)? {
            out.push(parse("sanction", &v)?);
        }
    }
    Ok(out)
}

/// Every moderation action, in id order (for `saathi export audit`).
pub fn all_sanctions(s: &dyn Store) -> Result<Vec<Sanction>> {
    s.scan(Tree::Sanctions, b"")?
        .iter()
        .map(|(_, v)| parse("sanction", v))
        .collect()
}

pub fn mute(s: &dyn Store, district: &str, station: &str, user: &str) -> Result<Option<Mute>> {
    s.get(Tree::Mutes, &key(&[district, station, user]))?
        .map(|v| parse("mute", &v))
        .transpose()
}

pub fn mutes(s: &dyn Store) -> Result<Vec<Mute>> {
    s.scan(Tree::Mutes, b"")?
        .iter()
        .map(|(_, v)| parse("mute", v))
        .collect()
}

pub fn room_settings(s: &dyn Store, district: &str, station: &str) -> Result<RoomSettings> {
    Ok(s.get(Tree::RoomSettings, &key(&[district, station]))?
        .map(|v| parse("room settings", &v))
        .transpose()?
        .unwrap_or_default())
}

/// The whole audit log, oldest first.
pub fn audit(s: &dyn Store) -> Result<Vec<AuditEntry>> {
    s.scan(Tree::Audit, b"")?
        .iter()
        .map(|(_, v)| parse("audit entry", v))
        .collect()
}
