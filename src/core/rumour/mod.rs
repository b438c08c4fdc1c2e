//! Rumour control (SPEC §6): every message in a station room is fingerprinted
//! ([`fingerprint`]); when the same content turns up in several station rooms or from several
//! people within the window, each copy is labelled "forwarded many times — verify before you
//! share" and the control room gets one alert, updated as more copies arrive. Staff answer
//! with a verdict (`!fact false|true|misleading <clarification>`, as a reply to a copy or the
//! alert): the clarification goes under every copy, and every later copy anywhere in the
//! district is answered (and, if configured, a known-false one removed). People can ask the
//! bot directly in a DM (the tipline).
//!
//! The near-duplicate search is an index kept in memory by the pipeline (rebuilt from the
//! records at start); the core asks it through [`crate::core::view::StateView`].

pub mod commands;
pub use crate::core::fingerprint;
mod texts;

use crate::core::action::{Action, Tracked};
use crate::core::change::Change;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::Place;
use crate::core::text::excerpt;
use fingerprint::Fingerprint;

/// A station-room post by a volunteer: track it, label it, alert, or answer with a verdict.
/// `what` is the text, or a description of the file.
pub fn on_post(c: &Ctx<'_>, fp: Fingerprint, what: &str, media: bool) -> Option<Decision> {
    let rules = &c.dir.rumours;
    if !rules.enabled {
        return None;
    }
    let Place::District(p) = &c.ev.place else {
        return None;
    };
    let RoomKind::Station(_) = &p.kind else {
        return None;
    };
    let district = c.district(&p.district)?;
    if c.is_privileged(district, &c.ev.sender) {
        return None;
    }
    let id = c
        .view
        .rumour_match(&p.district, &fp)
        .unwrap_or_else(|| format!("{:016x}", fp.exact));
    let mut item = c
        .view
        .rumour_item(&p.district, &id)
        .unwrap_or_else(|| RumourItem::new(c.ev, &p.district, &fp, excerpt(what, 300), media));
    let lang = district.lang;
    let now = c.ev.origin_ts_ms;
    let mut d = Decision::default();
    let mut this = Sighting {
        room_id: c.ev.room_id.clone(),
        event_id: c.ev.event_id.clone(),
        sender: c.ev.sender.clone(),
        at_ms: now,
        labelled: false,
    };
    // Forget copies older than the retention (they get no more answers).
    let keep_from = now.saturating_sub(rules.retention_ms);
    item.sightings.retain(|s| s.at_ms >= keep_from);
    if let Some(v) = &item.verdict {
        d.actions.push(label(&this, texts::verdict(lang, v)));
        this.labelled = true;
        if v.kind == VerdictKind::False && rules.redact_known_false {
            d.actions.push(Action::Redact {
                room_id: this.room_id.clone(),
                event_id: this.event_id.clone(),
            });
            d.actions.push(Action::Dm {
                user: this.sender.clone(),
                body: texts::removed_false_dm(lang, v),
            });
        }
    }
    if item.sightings.len() < MAX_SIGHTINGS {
        item.sightings.push(this);
    } else {
        item.more += 1;
    }
    if item.verdict.is_none() {
        let (rooms, senders) = item.spread(now.saturating_sub(rules.window_ms));
        if rooms >= rules.min_rooms || senders >= rules.min_senders {
            let since = now.saturating_sub(rules.window_ms);
            for s in item
                .sightings
                .iter_mut()
                .filter(|s| !s.labelled && s.at_ms >= since)
            {
                d.actions
                    .push(label(s, texts::forwarded_many_times(lang).into()));
                s.labelled = true;
            }
            let body = texts::alert(c, &item, rooms, senders);
            match (item.flagged_at_ms, &item.alert_event) {
                (None, _) => {
                    item.flagged_at_ms = Some(now);
                    if let Some(control) = c.room(&p.district, RoomKind::Control) {
                        d.actions.push(Action::Card {
                            room_id: control,
                            body,
                            of: Tracked::RumourAlert {
                                district: p.district.clone(),
                                item: item.id.clone(),
                            },
                        });
                    }
                    d.changes
                        .push(c.audit(&p.district, "rumour_flagged", &item.id, &item.excerpt));
                }
                (Some(_), Some(alert)) => {
                    if let Some(control) = c.room(&p.district, RoomKind::Control) {
                        d.actions.push(Action::Edit {
                            room_id: control,
                            event_id: alert.clone(),
                            body,
                        });
                    }
                }
                (Some(_), None) => {}
            }
        }
    }
    d.changes.push(Change::PutSighting {
        district: p.district.clone(),
        item: item.id.clone(),
        event_id: c.ev.event_id.clone(),
        at_ms: now,
        fp,
    });
    d.changes.push(Change::PutRumourItem(item));
    Some(d)
}

/// A threaded reply under a copy.
fn label(s: &Sighting, body: String) -> Action {
    Action::Label {
        room_id: s.room_id.clone(),
        event_id: s.event_id.clone(),
        body,
    }
}

pub mod model;
#[cfg(test)]
mod tests;

pub use model::{MAX_SIGHTINGS, RumourItem, RumourRules, Sighting, Verdict, VerdictKind};
