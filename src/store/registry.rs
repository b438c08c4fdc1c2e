//! Key layouts of the record trees and typed access to them. Every key part is separated by
//! a NUL byte (Matrix ids and slugs never contain one).
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
//! | `tsevent_audit`            | at_ms (u64 BE) \0 event id \0 action \0 target | `AuditEntry` JSON |
//! | `id_sanction`              | sanction id                         | `Sanction` JSON           |
//! | `districtuser_sanctionid`  | district \0 user \0 at_ms (u64 BE) sanction id | sanction id |
//! | `stationuser_mute`         | district \0 station \0 user         | `Mute` JSON               |
//! | `station_roomsettings`     | district \0 station                 | `RoomSettings` JSON       |
//! | `stationuser_joinedms`     | district \0 station \0 user         | joined at, ms (u64 BE)    |
//! | `eventid_broadcast`        | the command's event id              | `Broadcast` JSON          |
//! | `stationnumber_ticket`     | district \0 station \0 number (u32 BE) | `Ticket` JSON          |
//! | `stationnumber_open`       | ticket key (as above), open ones     | empty                    |
//! | `reporterts_ticketkey`     | reporter \0 at_ms (u64 BE) ticket key | ticket key             |
//! | `cardevent_ticketkey`      | the card's event id                 | ticket key                |
//! | `ticketkey_cardevent`      | ticket key                          | the card's event id       |
//! | `originroom_copy`          | original event \0 target room       | `CopyRecord` JSON         |
//! | `districtnumber_relayrule` | district \0 number (u32 BE)         | `RelayRule` JSON          |
//! | `districtitem_rumour`      | district \0 item id                 | `RumourItem` JSON         |
//! | `tsdistrictevent_sighting` | at_ms (u64 BE) district \0 event    | `SightingRecord` JSON (window only) |
//! | `event_districtitem`       | copy / alert / request event id     | district \0 item id      |
//! | `districtnumber_task`      | district \0 number (u32 BE)         | `Task` JSON               |
//! | `districtnumber_opentask`  | task key, open ones                 | empty                     |
//! | `cardevent_taskkey` / `taskkey_cardevent` | card ↔ task key      |                           |
//! | `districttasknumber_evidence` | district \0 task (u32 BE) item (u32 BE) | `Evidence` JSON (append only) |
//! | `daydistrictstationmetric_count` | day (i64 BE) district \0 station \0 metric | count (u64 BE) |
//! | `districtitemkind_cardevent` | district \0 item \0 alert\|request | the card's event id     |

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Result, Store, StoreError, Tree, Write};
use crate::core::broadcast::Broadcast;
use crate::core::fingerprint::{self, Fingerprint};
use crate::core::relay::{CopyRecord, RelayRule};
use crate::core::rumour::RumourItem;
use crate::core::tasks::{Evidence as TaskEvidence, Task, TaskRef};
use crate::core::tickets::{Ticket, TicketRef};
use crate::core::{
    audit::AuditEntry,
    change::{Change, Reminder},
    moderation::model::{Mute, Sanction},
    moderation::settings::RoomSettings,
    vetting::model::{BlockEntry, JoinRequest, Volunteer},
};

pub fn key(parts: &[&str]) -> Vec<u8> {
    parts.join("\0").into_bytes()
}

fn prefix(parts: &[&str]) -> Vec<u8> {
    let mut k = key(parts);
    k.push(0);
    k
}

fn json<T: Serialize>(v: &T) -> Vec<u8> {
    // Plain structs with string keys always serialise.
    serde_json::to_vec(v).unwrap_or_default()
}

fn parse<T: DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|source| StoreError::Codec { what, source })
}

fn put(tree: Tree, key: Vec<u8>, value: Vec<u8>) -> Write {
    Write {
        tree,
        key,
        value: Some(value),
    }
}

/// The writes that carry out `change`.
pub fn writes(change: &Change) -> Vec<Write> {
    match change {
        Change::PutRequest(r) => {
            let k = key(&[&r.district, &r.station, &r.user]);
            let mut w = vec![put(Tree::Requests, k.clone(), json(r))];
            if let Some(card) = &r.card_event {
                w.push(put(Tree::Cards, card.as_bytes().to_vec(), k));
            }
            w
        }
        Change::PutVolunteer(v) => {
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
        Change::PutBlock(b) => vec![put(Tree::Blocks, key(&[&b.district, &b.user]), json(b))],
        Change::RemoveBlock { district, user } => vec![Write {
            tree: Tree::Blocks,
            key: key(&[district, user]),
            value: None,
        }],
        Change::Reminded { kind, user, day } => vec![put(
            Tree::Reminded,
            key(&[kind.name(), user]),
            day.to_be_bytes().to_vec(),
        )],
        Change::Audit(a) => {
            let mut k = a.at_ms.to_be_bytes().to_vec();
            k.extend(key(&["", &a.event_id, &a.action, &a.target]));
            vec![put(Tree::Audit, k, json(a))]
        }
        Change::PutSanction(x) => {
            let mut k = prefix(&[&x.district, &x.target]);
            k.extend(x.at_ms.to_be_bytes());
            k.extend(x.id.as_bytes());
            vec![
                put(Tree::Sanctions, x.id.as_bytes().to_vec(), json(x)),
                put(Tree::UserSanctions, k, x.id.as_bytes().to_vec()),
            ]
        }
        Change::PutMute(m) => vec![put(
            Tree::Mutes,
            key(&[&m.district, &m.station, &m.user]),
            json(m),
        )],
        Change::RemoveMute {
            district,
            station,
            user,
        } => vec![Write {
            tree: Tree::Mutes,
            key: key(&[district, station, user]),
            value: None,
        }],
        Change::PutRoomSettings {
            district,
            station,
            settings,
        } => vec![put(
            Tree::RoomSettings,
            key(&[district, station]),
            json(settings),
        )],
        Change::PutTicket(tk) => {
            let k = ticket_key(&tk.district, &tk.station, tk.number);
            let mut by_reporter = prefix(&[&tk.reporter]);
            by_reporter.extend(tk.at_ms.to_be_bytes());
            by_reporter.extend(&k);
            vec![
                put(Tree::Tickets, k.clone(), json(tk)),
                Write {
                    tree: Tree::OpenTickets,
                    key: k.clone(),
                    value: tk.is_open().then(Vec::new),
                },
                put(Tree::ReporterTickets, by_reporter, k),
            ]
        }
        Change::PutSighting {
            district,
            item,
            event_id,
            at_ms,
            fp,
        } => {
            let mut k = at_ms.to_be_bytes().to_vec();
            k.extend(key(&[district, event_id]));
            let rec = SightingRecord {
                district: district.clone(),
                item: item.clone(),
                at_ms: *at_ms,
                exact: fp.exact,
                sig: fp.sig.map(|s| s.to_vec()),
            };
            vec![
                put(Tree::RumourSightings, k, json(&rec)),
                put(
                    Tree::RumourEvents,
                    event_id.as_bytes().to_vec(),
                    key(&[district, item]),
                ),
            ]
        }
        Change::PutRumourItem(it) => vec![put(
            Tree::RumourItems,
            key(&[&it.district, &it.id]),
            json(it),
        )],
        Change::PutTask(t) => {
            let k = task_key(&t.district, t.number);
            vec![
                put(Tree::Tasks, k.clone(), json(t)),
                Write {
                    tree: Tree::OpenTasks,
                    key: k,
                    value: t.is_open().then(Vec::new),
                },
            ]
        }
        Change::PutEvidence(e) => {
            let mut k = task_key(&e.district, e.task);
            k.extend(e.number.to_be_bytes());
            vec![put(Tree::TaskEvidence, k, json(e))]
        }
        Change::PutTally {
            day,
            district,
            station,
            metric,
            value,
        } => vec![put(
            Tree::Tallies,
            tally_key(*day, &[district, station, metric]),
            value.to_be_bytes().to_vec(),
        )],
        Change::PutRelayRule(r) => {
            let mut k = prefix(&[&r.district]);
            k.extend(r.number.to_be_bytes());
            vec![put(Tree::RelayRules, k, json(r))]
        }
        Change::PutBroadcast(b) => vec![put(Tree::Broadcasts, b.id.as_bytes().to_vec(), json(b))],
        Change::Joined {
            district,
            station,
            user,
            at_ms,
        } => vec![put(
            Tree::Joins,
            key(&[district, station, user]),
            at_ms.to_be_bytes().to_vec(),
        )],
    }
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

pub fn joined_at(s: &dyn Store, district: &str, station: &str, user: &str) -> Result<Option<u64>> {
    Ok(s.get(Tree::Joins, &key(&[district, station, user]))?
        .and_then(|v| v.as_slice().try_into().ok())
        .map(u64::from_be_bytes))
}

pub fn request(
    s: &dyn Store,
    district: &str,
    station: &str,
    user: &str,
) -> Result<Option<JoinRequest>> {
    s.get(Tree::Requests, &key(&[district, station, user]))?
        .map(|v| parse("join request", &v))
        .transpose()
}

pub fn request_by_card(s: &dyn Store, card: &str) -> Result<Option<JoinRequest>> {
    let Some(k) = s.get(Tree::Cards, card.as_bytes())? else {
        return Ok(None);
    };
    s.get(Tree::Requests, &k)?
        .map(|v| parse("join request", &v))
        .transpose()
}

pub fn requests(s: &dyn Store, district: &str, station: &str) -> Result<Vec<JoinRequest>> {
    s.scan(Tree::Requests, &prefix(&[district, station]))?
        .iter()
        .map(|(_, v)| parse("join request", v))
        .collect()
}

/// Remember the desk card posted for a request (after the executor sent it).
pub fn set_card(s: &dyn Store, r: &JoinRequest, card_event: &str) -> Result<()> {
    let k = key(&[&r.district, &r.station, &r.user]);
    let mut updated = r.clone();
    updated.card_event = Some(card_event.to_string());
    s.put(&put(Tree::Requests, k.clone(), json(&updated)))?;
    s.put(&put(Tree::Cards, card_event.as_bytes().to_vec(), k))
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

/// The whole audit log, oldest first.
pub fn audit(s: &dyn Store) -> Result<Vec<AuditEntry>> {
    s.scan(Tree::Audit, b"")?
        .iter()
        .map(|(_, v)| parse("audit entry", v))
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

pub fn ticket_key(district: &str, station: &str, number: u32) -> Vec<u8> {
    let mut k = prefix(&[district, station]);
    k.extend(number.to_be_bytes());
    k
}

fn ticket_at(s: &dyn Store, k: &[u8]) -> Result<Option<Ticket>> {
    let Some(v) = s.get(Tree::Tickets, k)? else {
        return Ok(None);
    };
    let mut tk: Ticket = parse("ticket", &v)?;
    tk.card_event = s
        .get(Tree::TicketCardOf, k)?
        .map(|c| String::from_utf8_lossy(&c).into_owned());
    Ok(Some(tk))
}

pub fn ticket(s: &dyn Store, district: &str, station: &str, number: u32) -> Result<Option<Ticket>> {
    ticket_at(s, &ticket_key(district, station, number))
}

pub fn ticket_by_card(s: &dyn Store, card: &str) -> Result<Option<Ticket>> {
    match s.get(Tree::TicketCards, card.as_bytes())? {
        Some(k) => ticket_at(s, &k),
        None => Ok(None),
    }
}

/// The highest ticket number of a station (0 before its first).
pub fn last_ticket_number(s: &dyn Store, district: &str, station: &str) -> Result<u32> {
    Ok(s.last(Tree::Tickets, &prefix(&[district, station]))?
        .and_then(|(k, _)| k.get(k.len().saturating_sub(4)..)?.try_into().ok())
        .map_or(0, u32::from_be_bytes))
}

/// The newest ticket `reporter` opened.
pub fn latest_ticket_of(s: &dyn Store, reporter: &str) -> Result<Option<Ticket>> {
    match s.last(Tree::ReporterTickets, &prefix(&[reporter]))? {
        Some((_, k)) => ticket_at(s, &k),
        None => Ok(None),
    }
}

/// Every open ticket of a district (`""`: of every district), in key order.
pub fn open_tickets(s: &dyn Store, district: &str) -> Result<Vec<Ticket>> {
    let p = if district.is_empty() {
        Vec::new()
    } else {
        prefix(&[district])
    };
    let mut out = Vec::new();
    for (k, _) in s.scan(Tree::OpenTickets, &p)? {
        out.extend(ticket_at(s, &k)?);
    }
    Ok(out)
}

/// Every ticket, in key order (for `saathi export tickets`).
pub fn all_tickets(s: &dyn Store) -> Result<Vec<Ticket>> {
    let mut out = Vec::new();
    for (k, _) in s.scan(Tree::Tickets, b"")? {
        out.extend(ticket_at(s, &k)?);
    }
    Ok(out)
}

/// Remember a ticket's desk card (after the executor posted it). Kept beside the ticket, so
/// the executor never rewrites a record the pipeline may be changing.
pub fn set_ticket_card(s: &dyn Store, t: &TicketRef, card_event: &str) -> Result<()> {
    let k = ticket_key(&t.district, &t.station, t.number);
    s.put(&put(
        Tree::TicketCards,
        card_event.as_bytes().to_vec(),
        k.clone(),
    ))?;
    s.put(&put(Tree::TicketCardOf, k, card_event.as_bytes().to_vec()))
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

/// A copy's fingerprint as stored for the near-duplicate index (kept for the window).
#[derive(serde::Serialize, serde::Deserialize)]
pub struct SightingRecord {
    pub district: String,
    pub item: String,
    pub at_ms: u64,
    pub exact: u64,
    pub sig: Option<Vec<u16>>,
}

impl SightingRecord {
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint {
            exact: self.exact,
            sig: self
                .sig
                .as_deref()
                .and_then(|s| <[u16; fingerprint::K]>::try_from(s).ok()),
        }
    }
}

pub fn rumour_item(s: &dyn Store, district: &str, id: &str) -> Result<Option<RumourItem>> {
    let Some(v) = s.get(Tree::RumourItems, &key(&[district, id]))? else {
        return Ok(None);
    };
    let mut it: RumourItem = parse("rumour item", &v)?;
    let card = |kind: &str| -> Result<Option<String>> {
        Ok(s.get(Tree::RumourCards, &key(&[district, id, kind]))?
            .map(|e| String::from_utf8_lossy(&e).into_owned()))
    };
    it.alert_event = card("alert")?;
    it.request_event = card("request")?;
    Ok(Some(it))
}

/// The (district, item) an event belongs to: a copy, an alert or a tipline request.
pub fn rumour_by_event(s: &dyn Store, event_id: &str) -> Result<Option<(String, String)>> {
    Ok(s.get(Tree::RumourEvents, event_id.as_bytes())?
        .and_then(|v| {
            let v = String::from_utf8_lossy(&v).into_owned();
            v.split_once('\0')
                .map(|(d, i)| (d.to_string(), i.to_string()))
        }))
}

/// The district's items with a verdict.
pub fn rumour_verdicts(s: &dyn Store, district: &str) -> Result<Vec<RumourItem>> {
    let mut out = Vec::new();
    for (_, v) in s.scan(Tree::RumourItems, &prefix(&[district]))? {
        let it: RumourItem = parse("rumour item", &v)?;
        if it.verdict.is_some() {
            out.push(it);
        }
    }
    Ok(out)
}

/// Remember a rumour alert or tipline request card (after the executor posted it).
pub fn set_rumour_card(
    s: &dyn Store,
    district: &str,
    item: &str,
    kind: &str,
    event_id: &str,
) -> Result<()> {
    s.put(&put(
        Tree::RumourCards,
        key(&[district, item, kind]),
        event_id.as_bytes().to_vec(),
    ))?;
    s.put(&put(
        Tree::RumourEvents,
        event_id.as_bytes().to_vec(),
        key(&[district, item]),
    ))
}

/// Every stored sighting, oldest first (for rebuilding the index).
pub fn sightings(s: &dyn Store) -> Result<Vec<SightingRecord>> {
    s.scan(Tree::RumourSightings, b"")?
        .iter()
        .map(|(_, v)| parse("sighting", v))
        .collect()
}

/// Drop sightings older than `before_ms` (they left the window); returns how many.
pub fn prune_sightings(s: &dyn Store, before_ms: u64) -> Result<usize> {
    let mut n = 0;
    loop {
        let batch = s.first_n(Tree::RumourSightings, 1000)?;
        let full = batch.len() == 1000;
        for (k, _) in batch {
            let at = k
                .get(..8)
                .and_then(|b| b.try_into().ok())
                .map_or(0, u64::from_be_bytes);
            if at >= before_ms {
                return Ok(n);
            }
            s.put(&Write {
                tree: Tree::RumourSightings,
                key: k,
                value: None,
            })?;
            n += 1;
        }
        if !full {
            return Ok(n);
        }
    }
}

pub fn task_key(district: &str, number: u32) -> Vec<u8> {
    let mut k = prefix(&[district]);
    k.extend(number.to_be_bytes());
    k
}

fn task_at(s: &dyn Store, k: &[u8]) -> Result<Option<Task>> {
    let Some(v) = s.get(Tree::Tasks, k)? else {
        return Ok(None);
    };
    let mut t: Task = parse("task", &v)?;
    t.card_event = s
        .get(Tree::TaskCardOf, k)?
        .map(|c| String::from_utf8_lossy(&c).into_owned());
    Ok(Some(t))
}

pub fn task(s: &dyn Store, district: &str, number: u32) -> Result<Option<Task>> {
    task_at(s, &task_key(district, number))
}

pub fn task_by_card(s: &dyn Store, card: &str) -> Result<Option<Task>> {
    match s.get(Tree::TaskCards, card.as_bytes())? {
        Some(k) => task_at(s, &k),
        None => Ok(None),
    }
}

pub fn last_task_number(s: &dyn Store, district: &str) -> Result<u32> {
    Ok(s.last(Tree::Tasks, &prefix(&[district]))?
        .and_then(|(k, _)| k.get(k.len().saturating_sub(4)..)?.try_into().ok())
        .map_or(0, u32::from_be_bytes))
}

pub fn open_tasks(s: &dyn Store, district: &str) -> Result<Vec<Task>> {
    let p = if district.is_empty() {
        Vec::new()
    } else {
        prefix(&[district])
    };
    let mut out = Vec::new();
    for (k, _) in s.scan(Tree::OpenTasks, &p)? {
        out.extend(task_at(s, &k)?);
    }
    Ok(out)
}

pub fn all_tasks(s: &dyn Store) -> Result<Vec<Task>> {
    let mut out = Vec::new();
    for (k, _) in s.scan(Tree::Tasks, b"")? {
        out.extend(task_at(s, &k)?);
    }
    Ok(out)
}

pub fn task_evidence(s: &dyn Store, district: &str, number: u32) -> Result<Vec<TaskEvidence>> {
    s.scan(Tree::TaskEvidence, &task_key(district, number))?
        .iter()
        .map(|(_, v)| parse("evidence", v))
        .collect()
}

/// Remember a task's card (after the executor posted it).
pub fn set_task_card(s: &dyn Store, t: &TaskRef, card_event: &str) -> Result<()> {
    let k = task_key(&t.district, t.number);
    s.put(&put(
        Tree::TaskCards,
        card_event.as_bytes().to_vec(),
        k.clone(),
    ))?;
    s.put(&put(Tree::TaskCardOf, k, card_event.as_bytes().to_vec()))
}

fn tally_key(day: i64, parts: &[&str]) -> Vec<u8> {
    let mut k = day.to_be_bytes().to_vec();
    k.extend(key(parts));
    k
}

pub fn tally(s: &dyn Store, day: i64, district: &str, station: &str, metric: &str) -> Result<u64> {
    Ok(
        s.get(Tree::Tallies, &tally_key(day, &[district, station, metric]))?
            .and_then(|v| v.as_slice().try_into().ok())
            .map_or(0, u64::from_be_bytes),
    )
}

/// Every count of a district's day: (station, metric, value).
pub fn tallies(s: &dyn Store, day: i64, district: &str) -> Result<Vec<(String, String, u64)>> {
    let mut p = tally_key(day, &[district]);
    p.push(0);
    Ok(s.scan(Tree::Tallies, &p)?
        .into_iter()
        .filter_map(|(k, v)| {
            let rest = String::from_utf8_lossy(&k[p.len()..]).into_owned();
            let (station, metric) = rest.split_once('\0')?;
            let n = u64::from_be_bytes(v.as_slice().try_into().ok()?);
            Some((station.to_string(), metric.to_string(), n))
        })
        .collect())
}
