//! Impersonation (SPEC §6 "Reports, tips and impersonation"): "digital arrest" and fake-police
//! scams borrow the display names of police officers. In every district room, a member who is
//! not staff, an officer or a bot and whose display name resembles an official account or a
//! police title ([`likeness`]) is flagged in the desk with the evidence and asked by DM to
//! change it; after `impersonation grace` without a change they are removed from the rooms
//! they were seen in (`impersonation action = remove | flag | off`). Checked at join and at
//! every display-name change; the officials' own names are remembered from their membership
//! events. `!verify @user` (in `verify.rs`) tells anyone whether an account is the police.

pub mod likeness;
pub mod model;
mod texts;
pub mod timers;
pub mod verify;

use crate::core::action::Action;
use crate::core::change::Change;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::{District, RoomKind};
use crate::core::event::MemberChange;
use crate::core::moderation::model::{Impersonation, Rules};
use likeness::Likeness;
use model::{OfficialName, Outcome, Suspect};

/// A membership event of `target` in a district room.
pub fn on_member(
    c: &Ctx<'_>,
    district: &str,
    kind: &RoomKind,
    target: &str,
    change: MemberChange,
    display_name: Option<&str>,
) -> Option<Decision> {
    let d = c.district(district)?;
    match change {
        MemberChange::Join | MemberChange::Other if target == c.ev.sender => {}
        MemberChange::Leave | MemberChange::Kicked | MemberChange::Banned => {
            return on_gone(c, district, target);
        }
        _ => return None,
    }
    let name = display_name
        .map(str::to_string)
        .unwrap_or_else(|| localpart(target).to_string());
    if c.is_privileged(d, target) {
        return remember_official(c, target, &name);
    }
    let rules = rules_for(c, district, kind);
    if rules.impersonation == Impersonation::Off {
        return None;
    }
    let open = c.view.suspect(district, target).filter(Suspect::is_open);
    match (
        likeness::likeness(&name, &officials(c, d), &places(d)),
        open,
    ) {
        (Some(l), None) => Some(flag(c, d, kind, target, &name, &l, &rules)),
        (Some(_), Some(s)) => still_alike(c, s, &name),
        (None, Some(s)) => Some(renamed(c, d, s, &name)),
        (None, None) => None,
    }
}

/// What a display name looks like to the rule (for tests and `saathi explain`).
pub fn resembles(l: &Likeness) -> String {
    match l {
        Likeness::Official { user, name } => format!("{user} “{name}”"),
        Likeness::Title {
            title,
            place: Some(p),
        } => format!("{title} + {p}"),
        Likeness::Title { title, place: None } => title.clone(),
    }
}

fn localpart(user: &str) -> &str {
    let u = user.strip_prefix('@').unwrap_or(user);
    u.split(':').next().unwrap_or(u)
}

/// The effective rules where the member was seen: the station's live settings in its rooms,
/// the district's defaults elsewhere.
fn rules_for(c: &Ctx<'_>, district: &str, kind: &RoomKind) -> Rules {
    let defaults = c.dir.rules_of(district);
    match kind.station_slug() {
        Some(s) => c.view.room_settings(district, s).effective(&defaults),
        None => defaults,
    }
}

/// The district's official accounts with the display names the bot has seen, and the bot.
fn officials(c: &Ctx<'_>, d: &District) -> Vec<(String, String)> {
    let mut users: Vec<&String> = d.officers.iter().collect();
    for s in &d.stations {
        users.extend(s.staff.iter());
    }
    let mut out: Vec<(String, String)> = users
        .into_iter()
        .filter_map(|u| c.view.official_name(u).map(|n| (u.clone(), n.name)))
        .collect();
    out.push((c.dir.bot_user.clone(), c.dir.bot_name.clone()));
    out
}

/// The names of the district and its stations, in both languages.
fn places(d: &District) -> Vec<String> {
    let mut out = vec![d.names.en.clone(), d.names.hi.clone(), d.slug.clone()];
    for s in &d.stations {
        out.extend([s.names.en.clone(), s.names.hi.clone(), s.slug.clone()]);
    }
    // A slug of one or two letters is no place anyone writes in a name ("SP A. Sharma").
    out.retain(|p| p.trim().chars().count() >= 3);
    out
}

/// A staff member's or officer's name, remembered so that look-alikes of it are caught.
fn remember_official(c: &Ctx<'_>, user: &str, name: &str) -> Option<Decision> {
    let bot = user == c.dir.bot_user || c.dir.peer_bots.iter().any(|p| p == user);
    let known = c.view.official_name(user).map(|n| n.name);
    if bot || known.as_deref() == Some(name) {
        return None;
    }
    Some(Decision {
        actions: vec![],
        changes: vec![Change::PutOfficialName(OfficialName {
            v: 1,
            user: user.to_string(),
            name: name.to_string(),
        })],
    })
}

/// Where the desk-side notices of a case go: the station's desk, else the control room.
fn desk_of(c: &Ctx<'_>, district: &str, station: Option<&str>) -> Option<String> {
    match station {
        Some(s) => c.room(district, RoomKind::Desk(s.to_string())),
        None => c.room(district, RoomKind::Control),
    }
}

fn flag(
    c: &Ctx<'_>,
    d: &District,
    kind: &RoomKind,
    target: &str,
    name: &str,
    l: &Likeness,
    rules: &Rules,
) -> Decision {
    let remove_at_ms = (rules.impersonation == Impersonation::Remove)
        .then(|| c.now_ms + rules.impersonation_grace_ms);
    let suspect = Suspect {
        v: 1,
        district: d.slug.clone(),
        user: target.to_string(),
        name: name.to_string(),
        resembles: resembles(l),
        station: kind.station_slug().map(str::to_string),
        rooms: vec![c.ev.room_id.clone()],
        flagged_ms: c.now_ms,
        remove_at_ms,
        outcome: None,
    };
    let grace = crate::core::time::duration(c.lang, rules.impersonation_grace_ms);
    let mut actions = Vec::new();
    if let Some(desk) = desk_of(c, &d.slug, suspect.station.as_deref()) {
        let when = remove_at_ms.map(|ms| c.when(ms));
        actions.push(Action::Notice {
            room_id: desk,
            body: texts::desk_flagged(c.lang, &c.dir.prefix, &suspect, when.as_deref()),
            card: None,
        });
    }
    actions.push(Action::Dm {
        user: target.to_string(),
        body: texts::dm_flagged(
            c.lang,
            name,
            d.names.get(c.lang),
            remove_at_ms.map(|_| grace.as_str()),
        ),
    });
    Decision {
        actions,
        changes: vec![
            c.audit(&d.slug, "impersonation", target, &suspect.resembles),
            Change::PutSuspect(suspect),
        ],
    }
}

/// Still alike under another (or the same) name, perhaps in another room: the case goes on.
fn still_alike(c: &Ctx<'_>, mut s: Suspect, name: &str) -> Option<Decision> {
    let new_room = !s.rooms.contains(&c.ev.room_id);
    if !new_room && s.name == name {
        return None;
    }
    if new_room {
        s.rooms.push(c.ev.room_id.clone());
    }
    s.name = name.to_string();
    Some(Decision {
        actions: vec![],
        changes: vec![Change::PutSuspect(s)],
    })
}

fn renamed(c: &Ctx<'_>, d: &District, mut s: Suspect, name: &str) -> Decision {
    let old = std::mem::replace(&mut s.name, name.to_string());
    s.outcome = Some(Outcome::Renamed { at_ms: c.now_ms });
    let mut actions = Vec::new();
    if let Some(desk) = desk_of(c, &d.slug, s.station.as_deref()) {
        actions.push(Action::Notice {
            room_id: desk,
            body: texts::desk_renamed(c.lang, &s.user, &old, name),
            card: None,
        });
    }
    actions.push(Action::Dm {
        user: s.user.clone(),
        body: texts::dm_renamed(c.lang),
    });
    Decision {
        actions,
        changes: vec![
            c.audit(&d.slug, "impersonation renamed", &s.user, name),
            Change::PutSuspect(s),
        ],
    }
}

/// The member left (or was removed from) a room: it is no longer one to remove them from.
fn on_gone(c: &Ctx<'_>, district: &str, target: &str) -> Option<Decision> {
    let mut s = c.view.suspect(district, target).filter(Suspect::is_open)?;
    s.rooms.retain(|r| *r != c.ev.room_id);
    if s.rooms.is_empty() {
        s.outcome = Some(Outcome::Left { at_ms: c.now_ms });
    }
    Some(Decision {
        actions: vec![],
        changes: vec![Change::PutSuspect(s)],
    })
}

#[cfg(test)]
mod tests;
