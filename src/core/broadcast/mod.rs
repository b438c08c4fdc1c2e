//! `!broadcast [--urgent] [--pin] [--stations a,b] <text>` (SPEC §6 "Broadcast and lock"): an
//! officer in the control room posts to the announcements room and every (or each named)
//! station room. Each delivery is one outbox entry with a transaction id derived from the
//! command and the room, so a crash mid-way resumes without duplicates or gaps, paced by the
//! homeserver's rate limit like every effect. The executor records each room's outcome in the
//! [`Broadcast`] record and edits the progress reply: delivered n/N, and each failure.

pub mod announce;
pub mod model;
pub mod texts;

pub use model::Broadcast;

use std::collections::BTreeMap;

use self::texts as t;
use crate::core::action::Action;
use crate::core::change::Change;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::Place;
use crate::core::i18n;

/// What `!broadcast` was asked: flags, stations and the text.
struct Request {
    urgent: bool,
    pin: bool,
    stations: Option<Vec<String>>,
    text: String,
}

fn parse(body: &str) -> Option<Request> {
    // Everything after the command word, flags first; the text keeps its line breaks.
    let mut rest = body
        .trim_start()
        .split_once(char::is_whitespace)?
        .1
        .trim_start();
    let mut r = Request {
        urgent: false,
        pin: false,
        stations: None,
        text: String::new(),
    };
    loop {
        let (word, after) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        match word {
            "--urgent" => r.urgent = true,
            "--pin" => r.pin = true,
            "--stations" => {
                let (list, after) = after
                    .trim_start()
                    .split_once(char::is_whitespace)
                    .unwrap_or((after.trim_start(), ""));
                r.stations = Some(
                    list.split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_lowercase)
                        .collect(),
                );
                rest = after.trim_start();
                continue;
            }
            _ => break,
        }
        rest = after.trim_start();
    }
    r.text = rest.trim().to_string();
    (!r.text.is_empty() && r.text.chars().count() <= 4000).then_some(r)
}

pub fn cmd_broadcast(c: &Ctx<'_>, usage: &str) -> Decision {
    let Place::District(p) = &c.ev.place else {
        return c.answer(i18n::NOT_HERE.get(c.lang));
    };
    let Some(d) = c.district(&p.district) else {
        return c.answer(i18n::NOT_HERE.get(c.lang));
    };
    let Some(req) = c.ev.body_text().and_then(parse) else {
        return c.answer(i18n::bad_arguments(c.lang, usage));
    };
    let stations: Vec<&str> = match &req.stations {
        None => d.stations.iter().map(|s| s.slug.as_str()).collect(),
        Some(list) => {
            let unknown: Vec<&str> = list
                .iter()
                .filter(|s| d.station(s).is_none())
                .map(String::as_str)
                .collect();
            if !unknown.is_empty() {
                let known: Vec<&str> = d.stations.iter().map(|s| s.slug.as_str()).collect();
                return c.answer(t::unknown_stations(c.lang, &unknown, &known));
            }
            list.iter().map(String::as_str).collect()
        }
    };
    let mut rooms = BTreeMap::new();
    if req.stations.is_none()
        && let Some(id) = c.room(&d.slug, RoomKind::Announcements)
    {
        rooms.insert(id, d.names.get(c.lang).to_string());
    }
    for s in stations {
        if let Some(id) = c.room(&d.slug, RoomKind::Station(s.to_string())) {
            rooms.insert(id, c.station_name(&d.slug, s));
        }
    }
    let b = Broadcast {
        v: 1,
        id: c.ev.event_id.clone(),
        district: d.slug.clone(),
        by: c.ev.sender.clone(),
        at_ms: c.now_ms,
        urgent: req.urgent,
        pin: req.pin,
        rooms,
        delivered: BTreeMap::new(),
        failed: BTreeMap::new(),
        progress_event: None,
        final_posted: false,
        control_room: c.ev.room_id.clone(),
    };
    let body = t::broadcast_text(c.lang, d.office.get(c.lang), &req.text);
    let mut decision = Decision::default();
    decision.actions.push(Action::Progress {
        room_id: c.ev.room_id.clone(),
        in_reply_to: c.ev.event_id.clone(),
        body: t::broadcast_progress(c.lang, &b),
        broadcast: b.id.clone(),
    });
    for room_id in b.rooms.keys() {
        decision.actions.push(Action::Broadcast {
            room_id: room_id.clone(),
            body: body.clone(),
            urgent: b.urgent,
            pin: b.pin,
            broadcast: b.id.clone(),
        });
    }
    decision.changes.push(c.audit(
        &d.slug,
        "broadcast",
        &format!("{} rooms", b.rooms.len()),
        &req.text,
    ));
    decision.changes.push(Change::PutBroadcast(b));
    decision
}

#[cfg(test)]
mod tests;
