//! Join requests, volunteers, the blocklist, reminders and join times.
//!
//! | tree                       | key                                 | value                     |
//! |----------------------------|-------------------------------------|---------------------------|
//! | `stationuser_request`      | district \0 station \0 user         | `JoinRequest` JSON        |
//! | `cardevent_requestkey`     | card event id                       | request key (as above)    |
//! | `stationuser_volunteer`    | district \0 station \0 user         | `Volunteer` JSON          |
//! | `code_volunteerkey`        | verification code                   | volunteer key (as above)  |
//! | `userstation_volunteerkey` | user \0 district \0 station         | volunteer key             |
//! | `districtuser_block`       | district \0 user                    | `BlockEntry` JSON         |
//! | `kinduser_reminderday`     | reminder kind \0 user              | day (u64 BE)              |
//! | `requestkey_cardevent`     | request key (as above)              | the card's event id (the executor's) |
//! | `stationuser_joinedms`     | district \0 station \0 user         | joined at, ms (u64 BE)    |

use super::codec::{json, key, parse, prefix, put};
use crate::core::change::Reminder;
use crate::core::vetting::model::{BlockEntry, JoinRequest, Volunteer};
use crate::store::{Result, Store, Tree, Write};

pub(super) fn put_request(r: &JoinRequest) -> Vec<Write> {
    let k = key(&[&r.district, &r.station, &r.user]);
    let mut w = vec![put(Tree::Requests, k.clone(), json(r))];
    if let Some(card) = &r.card_event {
        w.push(put(Tree::Cards, card.as_bytes().to_vec(), k));
    }
    w
}

pub(super) fn put_volunteer(v: &Volunteer) -> Vec<Write> {
    let k = key(&[&v.district, &v.station, &v.user]);
    vec![
        put(Tree::Volunteers, k.clone(), json(v)),
        put(Tree::Codes, v.code.as_bytes().to_vec(), k.clone()),
        put(
            Tree::UserStations,
            key(&[&v.user, &v.district, &v.station]),
            k,
        ),
    ]
}

pub(super) fn put_block(b: &BlockEntry) -> Vec<Write> {
    vec![put(Tree::Blocks, key(&[&b.district, &b.user]), json(b))]
}

pub(super) fn remove_block(district: &str, user: &str) -> Vec<Write> {
    vec![Write {
        tree: Tree::Blocks,
        key: key(&[district, user]),
        value: None,
    }]
}

pub(super) fn reminded(kind: Reminder, user: &str, day: u64) -> Vec<Write> {
    vec![put(
        Tree::Reminded,
        key(&[kind.name(), user]),
        day.to_be_bytes().to_vec(),
    )]
}

pub(super) fn joined(district: &str, station: &str, user: &str, at_ms: u64) -> Vec<Write> {
    vec![put(
        Tree::Joins,
        key(&[district, station, user]),
        at_ms.to_be_bytes().to_vec(),
    )]
}

pub fn joined_at(s: &dyn Store, district: &str, station: &str, user: &str) -> Result<Option<u64>> {
    Ok(s.get(Tree::Joins, &key(&[district, station, user]))?
        .and_then(|v| v.as_slice().try_into().ok())
        .map(u64::from_be_bytes))
}

/// A request with its desk card: the card id the executor recorded beside it wins over the
/// one in the record (which only a re-decided request carries).
fn request_at(s: &dyn Store, k: &[u8], v: &[u8]) -> Result<JoinRequest> {
    let mut r: JoinRequest = parse("join request", v)?;
    if let Some(card) = s.get(Tree::RequestCardOf, k)? {
        r.card_event = Some(String::from_utf8_lossy(&card).into_owned());
    }
    Ok(r)
}

pub fn request(
    s: &dyn Store,
    district: &str,
    station: &str,
    user: &str,
) -> Result<Option<JoinRequest>> {
    let k = key(&[district, station, user]);
    s.get(Tree::Requests, &k)?
        .map(|v| request_at(s, &k, &v))
        .transpose()
}

pub fn request_by_card(s: &dyn Store, card: &str) -> Result<Option<JoinRequest>> {
    let Some(k) = s.get(Tree::Cards, card.as_bytes())? else {
        return Ok(None);
    };
    s.get(Tree::Requests, &k)?
        .map(|v| request_at(s, &k, &v))
        .transpose()
}

pub fn requests(s: &dyn Store, district: &str, station: &str) -> Result<Vec<JoinRequest>> {
    s.scan(Tree::Requests, &prefix(&[district, station]))?
        .iter()
        .map(|(k, v)| request_at(s, k, v))
        .collect()
}

/// Remember the desk card posted for a request (after the executor sent it). Kept beside
/// the request, so the executor never rewrites a record the pipeline may be changing.
pub fn set_request_card(
    s: &dyn Store,
    district: &str,
    station: &str,
    user: &str,
    card_event: &str,
) -> Result<()> {
    let k = key(&[district, station, user]);
    s.put(&put(Tree::Cards, card_event.as_bytes().to_vec(), k.clone()))?;
    s.put(&put(Tree::RequestCardOf, k, card_event.as_bytes().to_vec()))
}

pub fn volunteer(
    s: &dyn Store,
    district: &str,
    station: &str,
    user: &str,
) -> Result<Option<Volunteer>> {
    s.get(Tree::Volunteers, &key(&[district, station, user]))?
        .map(|v| parse("volunteer", &v))
        .transpose()
}

pub fn volunteer_by_code(s: &dyn Store, code: &str) -> Result<Option<Volunteer>> {
    let Some(k) = s.get(Tree::Codes, code.as_bytes())? else {
        return Ok(None);
    };
    s.get(Tree::Volunteers, &k)?
        .map(|v| parse("volunteer", &v))
        .transpose()
}

pub fn volunteer_records(s: &dyn Store, user: &str) -> Result<Vec<Volunteer>> {
    let mut out = Vec::new();
    for (_, k) in s.scan(Tree::UserStations, &prefix(&[user]))? {
        if let Some(v) = s.get(Tree::Volunteers, &k)? {
            out.push(parse("volunteer", &v)?);
        }
    }
    Ok(out)
}

pub fn volunteers(s: &dyn Store, district: &str) -> Result<Vec<Volunteer>> {
    s.scan(Tree::Volunteers, &prefix(&[district]))?
        .iter()
        .map(|(_, v)| parse("volunteer", v))
        .collect()
}

/// Every volunteer record of every district, in key order.
pub fn all_volunteers(s: &dyn Store) -> Result<Vec<Volunteer>> {
    s.scan(Tree::Volunteers, b"")?
        .iter()
        .map(|(_, v)| parse("volunteer", v))
        .collect()
}

pub fn block(s: &dyn Store, district: &str, user: &str) -> Result<Option<BlockEntry>> {
    s.get(Tree::Blocks, &key(&[district, user]))?
        .map(|v| parse("block entry", &v))
        .transpose()
}

pub fn blocks(s: &dyn Store, district: &str) -> Result<Vec<BlockEntry>> {
    s.scan(Tree::Blocks, &prefix(&[district]))?
        .iter()
        .map(|(_, v)| parse("block entry", v))
        .collect()
}

pub fn reminded_on(s: &dyn Store, kind: Reminder, user: &str) -> Result<Option<u64>> {
    Ok(s.get(Tree::Reminded, &key(&[kind.name(), user]))?
        .and_then(|v| v.as_slice().try_into().ok())
        .map(u64::from_be_bytes))
}
