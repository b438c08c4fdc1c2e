//! Daily counts per station for the digest, kept exactly once: derived from the changes an
//! event (or a timer) makes, and written in the same transaction as its ledger entry.

use rustc_hash::FxHashMap;

use crate::core::directory::Directory;
use crate::core::district::RoomKind;
use crate::core::event::{BotEvent, EventBody, Place};
use crate::core::time::local;
use crate::core::{change::Change, vetting::model::VolunteerStatus, view::StateView};

/// What is counted, in the digest's order.
pub const METRICS: [&str; 11] = [
    "new_volunteers",
    "messages",
    "greetings_removed",
    "moderation_actions",
    "reports_opened",
    "reports_resolved",
    "reports_overdue",
    "tasks_done",
    "tasks_overdue",
    "rumours_flagged",
    "verdicts",
];

/// The station slug of district-wide counts (control-room tasks, verdicts).
pub const DISTRICT: &str = "";

/// The local day (days since 1970-01-01 in the districts' time) of `ms`.
pub fn day_of(ms: u64, offset_min: i32) -> i64 {
    local(ms, offset_min).1
}

/// The tallies `changes` add, as new totals (`Change::PutTally`).
pub fn derive(
    dir: &Directory,
    view: &dyn StateView,
    ev: Option<&BotEvent>,
    changes: &[Change],
    now_ms: u64,
) -> Vec<Change> {
    let day = day_of(ev.map_or(now_ms, |e| e.origin_ts_ms), dir.utc_offset_min);
    let mut add: FxHashMap<(String, String, &'static str), u64> = FxHashMap::default();
    let mut count = |district: &str, station: &str, metric: &'static str| {
        *add.entry((district.to_string(), station.to_string(), metric))
            .or_default() += 1;
    };
    if let Some(e) = ev
        && e.sender != dir.bot_user
        && let Place::District(p) = &e.place
        && let RoomKind::Station(s) = &p.kind
        && matches!(
            e.body,
            EventBody::Text { .. }
                | EventBody::Notice { .. }
                | EventBody::Media { .. }
                | EventBody::Other
                | EventBody::Unreadable
        )
    {
        count(&p.district, s, "messages");
    }
    let station_of_event = || match ev.map(|e| &e.place) {
        Some(Place::District(p)) => match &p.kind {
            RoomKind::Station(s) | RoomKind::Desk(s) => s.clone(),
            _ => DISTRICT.to_string(),
        },
        _ => DISTRICT.to_string(),
    };
    for c in changes {
        match c {
            Change::PutVolunteer(v) if v.status == VolunteerStatus::Active => {
                let before = view.volunteer(&v.district, &v.station, &v.user);
                if before.is_none_or(|b| b.status != VolunteerStatus::Active) {
                    count(&v.district, &v.station, "new_volunteers");
                }
            }
            Change::PutSanction(s)
                if !s.dry_run && s.undone.is_none() && view.sanction(&s.id).is_none() =>
            {
                let m = if s.rule == "greeting" {
                    "greetings_removed"
                } else {
                    "moderation_actions"
                };
                count(&s.district, &s.station, m);
            }
            Change::PutTicket(t) => {
                let before = view.ticket(&t.district, &t.station, t.number);
                match before {
                    None => count(&t.district, &t.station, "reports_opened"),
                    Some(b) => {
                        if b.resolved.is_none() && t.resolved.is_some() {
                            count(&t.district, &t.station, "reports_resolved");
                        }
                        if !b.escalated_ack && t.escalated_ack {
                            count(&t.district, &t.station, "reports_overdue");
                        }
                    }
                }
            }
            Change::PutTask(t) => {
                if let Some(b) = view.task(&t.district, t.number) {
                    let station = t.station.as_deref().unwrap_or(DISTRICT);
                    if !b.is_done() && t.is_done() && t.cancelled.is_none() {
                        count(&t.district, station, "tasks_done");
                    }
                    if !b.overdue_alerted && t.overdue_alerted {
                        count(&t.district, station, "tasks_overdue");
                    }
                }
            }
            Change::PutRumourItem(it) => {
                let before = view.rumour_item(&it.district, &it.id);
                let flagged_before = before.as_ref().is_some_and(|b| b.flagged_at_ms.is_some());
                if !flagged_before && it.flagged_at_ms.is_some() {
                    count(&it.district, &station_of_event(), "rumours_flagged");
                }
                let verdict_before = before.and_then(|b| b.verdict);
                if it.verdict.is_some() && it.verdict != verdict_before {
                    count(&it.district, DISTRICT, "verdicts");
                }
            }
            _ => {}
        }
    }
    add.into_iter()
        .map(|((district, station, metric), n)| Change::PutTally {
            day,
            value: view.tally(day, &district, &station, metric) + n,
            district,
            station,
            metric: metric.to_string(),
        })
        .collect()
}
