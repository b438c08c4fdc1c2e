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
pub mod fingerprint;
mod texts;

use serde::{Deserialize, Serialize};

use super::action::{Action, Tracked};
use super::change::Change;
use super::ctx::Ctx;
use super::decision::Decision;
use super::district::RoomKind;
use super::event::Place;
use super::text::excerpt;
use fingerprint::Fingerprint;

/// `[rumours]` in the config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RumourRules {
    pub enabled: bool,
    /// Copies within this time count towards spread.
    pub window_ms: u64,
    /// Copies are remembered this long for verdicts.
    pub retention_ms: u64,
    /// Spread: this many station rooms…
    pub min_rooms: usize,
    /// …or this many different senders.
    pub min_senders: usize,
    /// Remove later copies of an item found false (the sender is told why).
    pub redact_known_false: bool,
    /// At most this many fingerprints in the near-duplicate index (about 450 bytes each);
    /// the oldest leave first.
    pub max_fingerprints: usize,
}

impl Default for RumourRules {
    fn default() -> Self {
        RumourRules {
            enabled: true,
            window_ms: 6 * 3_600_000,
            retention_ms: 30 * 86_400_000,
            min_rooms: 3,
            min_senders: 5,
            redact_known_false: false,
            max_fingerprints: 250_000,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    False,
    True,
    Misleading,
}

impl VerdictKind {
    pub fn parse(s: &str) -> Option<VerdictKind> {
        Some(match s.to_lowercase().as_str() {
            "false" | "fake" | "झूठ" | "गलत" | "ग़लत" => VerdictKind::False,
            "true" | "सच" | "सही" => VerdictKind::True,
            "misleading" | "भ्रामक" => VerdictKind::Misleading,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub kind: VerdictKind,
    pub clarification: String,
    pub by: String,
    pub at_ms: u64,
}

/// One copy of an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sighting {
    pub room_id: String,
    pub event_id: String,
    pub sender: String,
    pub at_ms: u64,
    /// It got its one label (spread warning or clarification).
    pub labelled: bool,
}

/// Copies remembered per item: enough to answer each; a flood beyond it is counted only.
pub const MAX_SIGHTINGS: usize = 500;

/// A piece of content going round the district.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RumourItem {
    pub v: u8,
    pub district: String,
    /// The exact key of its first copy, in hex.
    pub id: String,
    /// What it says (the first copy's text, shortened), or what the file is.
    pub excerpt: String,
    pub media: bool,
    pub first_at_ms: u64,
    pub first_sender: String,
    pub first_room: String,
    pub sightings: Vec<Sighting>,
    /// Copies beyond [`MAX_SIGHTINGS`].
    pub more: u64,
    /// When the spread alert was raised.
    pub flagged_at_ms: Option<u64>,
    pub verdict: Option<Verdict>,
    /// Earlier verdicts (changed or withdrawn).
    pub history: Vec<Verdict>,
    /// Who asked the tipline about it.
    pub askers: Vec<String>,
    /// The control room's alert and tipline request (kept by the executor beside the item).
    #[serde(default, skip_serializing)]
    pub alert_event: Option<String>,
    #[serde(default, skip_serializing)]
    pub request_event: Option<String>,
}

impl RumourItem {
    pub(crate) fn new(
        c: &Ctx<'_>,
        district: &str,
        fp: &Fingerprint,
        excerpt: String,
        media: bool,
    ) -> Self {
        RumourItem {
            v: 1,
            district: district.to_string(),
            id: format!("{:016x}", fp.exact),
            excerpt,
            media,
            first_at_ms: c.ev.origin_ts_ms,
            first_sender: c.ev.sender.clone(),
            first_room: c.ev.room_id.clone(),
            sightings: vec![],
            more: 0,
            flagged_at_ms: None,
            verdict: None,
            history: vec![],
            askers: vec![],
            alert_event: None,
            request_event: None,
        }
    }

    /// Station rooms and senders with copies since `since_ms`.
    pub fn spread(&self, since_ms: u64) -> (usize, usize) {
        let recent = || self.sightings.iter().filter(|s| s.at_ms >= since_ms);
        let mut rooms: Vec<&str> = recent().map(|s| s.room_id.as_str()).collect();
        rooms.sort_unstable();
        rooms.dedup();
        let mut senders: Vec<&str> = recent().map(|s| s.sender.as_str()).collect();
        senders.sort_unstable();
        senders.dedup();
        (rooms.len(), senders.len())
    }

    pub fn copies(&self) -> u64 {
        self.sightings.len() as u64 + self.more
    }
}

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
        .unwrap_or_else(|| RumourItem::new(c, &p.district, &fp, excerpt(what, 300), media));
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

#[cfg(test)]
mod tests;
