//! `!lock` / `!unlock` (SPEC §6 "Broadcast and lock"): announcement-only mode for station
//! rooms — staff for their own station, officers for any or all. A notice in each room says
//! why and until when; a timed lock lifts itself on time, across restarts (the ticker). Night
//! mode and a lock share the same power level: whichever ends first leaves the room quiet while
//! the other still holds.

use crate::core::time::clock;

use crate::core::action::Action;
use crate::core::ctx::Ctx;
use crate::core::district::{District, RoomKind, RoomPlace};
use crate::core::due::Due;
use crate::core::event::Place;
use crate::core::i18n;
use crate::core::roles::Role;
use crate::core::{
    audit::AuditEntry, change::Change, moderation::settings::RoomSettings, view::StateView,
};
use crate::core::{decision::Decision, directory::Directory};

/// The stations a `!lock`/`!unlock` names: its first argument if that is a station slug or
/// `all`, else the desk's own station. `Err` carries the refusal.
fn targets<'a>(
    c: &Ctx<'_>,
    d: &'a District,
    args: &[String],
) -> Result<(Vec<&'a str>, usize), String> {
    let own = match &c.ev.place {
        Place::District(p) => p.kind.station_slug().map(str::to_string),
        _ => None,
    };
    let first = args.first().map(|a| a.to_lowercase());
    let (named, used): (Option<Vec<&str>>, usize) = match first.as_deref() {
        Some("all") => (
            Some(d.stations.iter().map(|s| s.slug.as_str()).collect()),
            1,
        ),
        Some(a) => match d.station(a) {
            Some(s) => (Some(vec![s.slug.as_str()]), 1),
            None => (None, 0),
        },
        None => (None, 0),
    };
    let stations = match (named, own) {
        (Some(list), _) => list,
        (None, Some(own)) => match d.station(&own) {
            Some(s) => vec![s.slug.as_str()],
            None => return Err(i18n::NOT_HERE.get(c.lang).into()),
        },
        (None, None) => return Err(texts::lock_which(c.lang, &c.dir.prefix)),
    };
    // Staff only for their own station; officers anywhere in the district.
    let allowed = c.role >= Role::Officer
        || stations.iter().all(|s| {
            d.station(s)
                .is_some_and(|st| st.staff.contains(&c.ev.sender))
        });
    if !allowed {
        return Err(i18n::NOT_HERE.get(c.lang).into());
    }
    Ok((stations, used))
}

fn station_room(view: &dyn StateView, district: &str, station: &str) -> Option<String> {
    view.room_id(&RoomPlace {
        district: district.to_string(),
        kind: RoomKind::Station(station.to_string()),
    })
}

pub fn cmd_lock(c: &Ctx<'_>, args: &[String], lock: bool) -> Decision {
    let Place::District(p) = &c.ev.place else {
        return c.answer(i18n::NOT_HERE.get(c.lang));
    };
    let Some(d) = c.district(&p.district) else {
        return c.answer(i18n::NOT_HERE.get(c.lang));
    };
    let (stations, used) = match targets(c, d, args) {
        Ok(t) => t,
        Err(why) => return c.answer(why),
    };
    let mut rest = &args[used..];
    let mut until_ms = None;
    if lock
        && let Some(ms) = rest
            .first()
            .and_then(|a| crate::core::time::parse_duration(a).ok())
    {
        until_ms = Some(c.now_ms + ms);
        rest = &rest[1..];
    }
    let reason = rest.join(" ");
    let mut out = Decision::default();
    let mut done = 0;
    for s in &stations {
        let Some(room_id) = station_room(c.view, &d.slug, s) else {
            continue;
        };
        let current = c.view.room_settings(&d.slug, s);
        let next = if lock {
            Some(Lock {
                by: c.ev.sender.clone(),
                reason: reason.clone(),
                at_ms: c.now_ms,
                until_ms,
            })
        } else if current.lock.is_none() {
            continue;
        } else {
            None
        };
        let quiet = lock || !current.night_active;
        let until = until_ms.map(|u| clock(u, c.dir.utc_offset_min));
        let body = texts::lock_notice(c.lang, lock, &reason, until.as_deref());
        change(
            &mut out,
            &d.slug,
            s,
            room_id,
            current,
            next,
            quiet.then_some(lock),
            body,
        );
        done += 1;
    }
    let action = if lock { "lock" } else { "unlock" };
    out.changes
        .push(c.audit(&d.slug, action, &stations.join(","), &reason));
    out.actions
        .insert(0, c.reply(texts::lock_done(c.lang, lock, done)));
    out
}

/// The effects and records of one room's lock changing.
#[allow(clippy::too_many_arguments)]
fn change(
    out: &mut Decision,
    district: &str,
    station: &str,
    room_id: String,
    current: RoomSettings,
    next: Option<Lock>,
    quiet: Option<bool>,
    body: String,
) {
    if let Some(on) = quiet {
        out.actions.push(Action::Quiet {
            room_id: room_id.clone(),
            on,
        });
    }
    out.actions.push(Action::Notice {
        room_id,
        body,
        card: None,
    });
    out.changes.push(Change::PutRoomSettings {
        district: district.to_string(),
        station: station.to_string(),
        settings: RoomSettings {
            lock: next,
            ..current
        },
    });
}

/// Timed locks whose time is up.
pub fn due(dir: &Directory, view: &dyn StateView, now_ms: u64) -> Vec<Due> {
    let mut out = Vec::new();
    for d in &dir.districts {
        for s in &d.stations {
            let settings = view.room_settings(&d.slug, &s.slug);
            let Some(until) = settings.lock.as_ref().and_then(|l| l.until_ms) else {
                continue;
            };
            if until > now_ms {
                continue;
            }
            let Some(room_id) = station_room(view, &d.slug, &s.slug) else {
                continue;
            };
            let mut decision = Decision::default();
            let quiet = (!settings.night_active).then_some(false);
            let body = texts::lock_notice(d.lang, false, "", None);
            change(
                &mut decision,
                &d.slug,
                &s.slug,
                room_id,
                settings,
                None,
                quiet,
                body,
            );
            decision.changes.push(Change::Audit(AuditEntry {
                v: 1,
                at_ms: now_ms,
                district: d.slug.clone(),
                actor: "timer".into(),
                action: "unlock".into(),
                target: s.slug.clone(),
                detail: "lock time over".into(),
                event_id: String::new(),
            }));
            out.push(Due {
                id: format!("unlock:{}:{}:{until}", d.slug, s.slug),
                decision,
            });
        }
    }
    out
}

pub mod model;
#[cfg(test)]
mod tests;
pub mod texts;

pub use model::Lock;
