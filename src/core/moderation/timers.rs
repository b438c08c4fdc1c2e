//! Moderation's timed work, run by the ticker: mutes that lift when their time is up, and
//! night mode's announcement-only hours. Each item has a ledger id, so it happens once however
//! often the ticker runs, and a restart neither skips nor repeats it.

use crate::core::action::Action;
use crate::core::district::{District, RoomKind, RoomPlace};
use crate::core::due::Due;
use crate::core::moderation::texts as tm;
use crate::core::time::local;
use crate::core::{audit::AuditEntry, change::Change, view::StateView};
use crate::core::{decision::Decision, directory::Directory};

pub fn due(dir: &Directory, view: &dyn StateView, now_ms: u64) -> Vec<Due> {
    let mut out = lifted_mutes(dir, view, now_ms);
    for d in &dir.districts {
        for s in &d.stations {
            out.extend(night(dir, view, d, &s.slug, now_ms));
        }
    }
    out
}

fn room(view: &dyn StateView, district: &str, kind: RoomKind) -> Option<String> {
    view.room_id(&RoomPlace {
        district: district.to_string(),
        kind,
    })
}

fn lifted_mutes(dir: &Directory, view: &dyn StateView, now_ms: u64) -> Vec<Due> {
    let mut out = Vec::new();
    for m in view.mutes().into_iter().filter(|m| m.until_ms <= now_ms) {
        let lang = dir
            .districts
            .iter()
            .find(|d| d.slug == m.district)
            .map_or(dir.default_lang, |d| d.lang);
        let mut decision = Decision::default();
        decision.actions.push(Action::Unmute {
            room_id: m.room_id.clone(),
            user: m.user.clone(),
        });
        if let Some(desk) = room(view, &m.district, RoomKind::Desk(m.station.clone())) {
            decision.actions.push(Action::Notice {
                room_id: desk,
                body: tm::mute_lifted(lang, &m.user, &m.sanction),
                card: None,
            });
        }
        decision.changes.push(Change::Audit(AuditEntry {
            v: 1,
            at_ms: now_ms,
            district: m.district.clone(),
            actor: "timer".into(),
            action: "unmute".into(),
            target: m.user.clone(),
            detail: format!("[{}] {} mute over", m.sanction, m.station),
            event_id: String::new(),
        }));
        decision.changes.push(Change::RemoveMute {
            district: m.district.clone(),
            station: m.station.clone(),
            user: m.user.clone(),
        });
        out.push(Due {
            id: format!("unmute:{}:{}", m.sanction, m.until_ms),
            decision,
        });
    }
    out
}

fn night(
    dir: &Directory,
    view: &dyn StateView,
    d: &District,
    station: &str,
    now_ms: u64,
) -> Option<Due> {
    let settings = view.room_settings(&d.slug, station);
    let rules = settings.effective(&dir.rules_of(&d.slug));
    let (minute, day) = local(now_ms, dir.utc_offset_min);
    let inside = rules.night.is_some_and(|n| n.contains(minute));
    if inside == settings.night_active {
        return None;
    }
    let room_id = room(view, &d.slug, RoomKind::Station(station.to_string()))?;
    let until = rules.night.map_or_else(String::new, |n| {
        format!("{:02}:{:02}", n.end_min / 60, n.end_min % 60)
    });
    // A lock holds the room quiet past the night's end: then the night ends silently.
    let actions = if inside || settings.lock.is_none() {
        vec![
            Action::Quiet {
                room_id: room_id.clone(),
                on: inside,
            },
            Action::Notice {
                room_id,
                body: tm::night_notice(d.lang, inside, &until),
                card: None,
            },
        ]
    } else {
        vec![]
    };
    let decision = Decision {
        actions,
        changes: vec![
            Change::Audit(AuditEntry {
                v: 1,
                at_ms: now_ms,
                district: d.slug.clone(),
                actor: "timer".into(),
                action: if inside { "night_on" } else { "night_off" }.into(),
                target: station.to_string(),
                detail: String::new(),
                event_id: String::new(),
            }),
            Change::PutRoomSettings {
                district: d.slug.clone(),
                station: station.to_string(),
                settings: crate::core::moderation::settings::RoomSettings {
                    night_active: inside,
                    ..settings
                },
            },
        ],
    };
    Some(Due {
        id: format!("night:{}:{station}:{inside}:{day}:{minute}", d.slug),
        decision,
    })
}

#[cfg(test)]
mod tests {
    use super::local;

    #[test]
    fn local_time_of_day() {
        // 2026-11-29 18:30 UTC is midnight in India (+05:30).
        let ms = 1_795_977_000_000;
        let (min_utc, _) = local(ms, 0);
        assert_eq!(min_utc, 18 * 60 + 30);
        let (min_ist, day_ist) = local(ms, 330);
        let (_, day_utc) = local(ms, 0);
        assert_eq!(min_ist, 0);
        assert_eq!(day_ist, day_utc + 1);
        assert_eq!(local(0, -60).0, 23 * 60);
    }
}
