//! Impersonation's timed work, run by the ticker: a flagged member who did not change the name
//! within the grace period is removed from every district room they were seen in. The ledger
//! id names the case, so it happens once however often the ticker runs, across restarts.

use super::model::{Outcome, Suspect};
use super::texts;
use crate::core::action::Action;
use crate::core::district::{RoomKind, RoomPlace};
use crate::core::due::Due;
use crate::core::moderation::model::Impersonation;
use crate::core::{audit::AuditEntry, change::Change, view::StateView};
use crate::core::{decision::Decision, directory::Directory};

pub fn due(dir: &Directory, view: &dyn StateView, now_ms: u64) -> Vec<Due> {
    view.open_suspects()
        .into_iter()
        .filter(|s| s.remove_at_ms.is_some_and(|at| at <= now_ms))
        .filter(|s| still_removes(dir, view, s))
        .map(|s| removal(dir, view, s, now_ms))
        .collect()
}

/// Whether the rule (as it is now, where the member was flagged) still removes: staff who
/// turned it to `flag` or `off` in the meantime decide themselves.
fn still_removes(dir: &Directory, view: &dyn StateView, s: &Suspect) -> bool {
    let defaults = dir.rules_of(&s.district);
    let rules = match &s.station {
        Some(st) => view.room_settings(&s.district, st).effective(&defaults),
        None => defaults,
    };
    rules.impersonation == Impersonation::Remove
}

fn removal(dir: &Directory, view: &dyn StateView, mut s: Suspect, now_ms: u64) -> Due {
    let lang = dir
        .districts
        .iter()
        .find(|d| d.slug == s.district)
        .map_or(dir.default_lang, |d| d.lang);
    let mut actions: Vec<Action> = s
        .rooms
        .iter()
        .map(|room_id| Action::Kick {
            room_id: room_id.clone(),
            user: s.user.clone(),
            reason: texts::removal_reason(lang),
        })
        .collect();
    let kind = match &s.station {
        Some(st) => RoomKind::Desk(st.clone()),
        None => RoomKind::Control,
    };
    if let Some(desk) = view.room_id(&RoomPlace {
        district: s.district.clone(),
        kind,
    }) {
        actions.push(Action::Notice {
            room_id: desk,
            body: texts::desk_removed(lang, &s.user, &s.name, s.rooms.len()),
            card: None,
        });
    }
    actions.push(Action::Dm {
        user: s.user.clone(),
        body: texts::dm_removed(lang, &s.name),
    });
    let id = format!("impersonation:{}:{}:{}", s.district, s.user, s.flagged_ms);
    let audit = Change::Audit(AuditEntry {
        v: 1,
        at_ms: now_ms,
        district: s.district.clone(),
        actor: "timer".into(),
        action: "impersonation removed".into(),
        target: s.user.clone(),
        detail: format!("{} ({})", s.name, s.resembles),
        event_id: String::new(),
    });
    s.outcome = Some(Outcome::Removed { at_ms: now_ms });
    Due {
        id,
        decision: Decision {
            actions,
            changes: vec![audit, Change::PutSuspect(s)],
        },
    }
}
