//! Vetting (SPEC §6): knocks and `!join` become join requests with a card in the station
//! desk; staff approve or deny by command or ✅/❌ on the card; approval invites, registers
//! and gives a credential; the registry follows volunteers who leave or are removed.

pub mod blocklist;
pub mod model;
pub mod reminders;
pub mod texts;
pub mod volunteers;

use crate::core::action::{Action, CardOf};
use crate::core::ctx::{Ctx, user_arg};
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::vetting::texts as t;
use crate::core::{
    change::Change,
    vetting::model::{BlockEntry, JoinRequest, RequestStatus, Via, Volunteer, VolunteerStatus},
};

/// The card text of a request, as posted (`open`: with how to answer it) and as later edited
/// (the answer replaces the instructions).
pub fn card_text(c: &Ctx<'_>, r: &JoinRequest, open: bool) -> String {
    let others: Vec<String> = c
        .view
        .volunteer_records(&r.user)
        .into_iter()
        .filter(|v| {
            v.status == VolunteerStatus::Active
                && !(v.district == r.district && v.station == r.station)
        })
        .map(|v| c.station_name(&v.district, &v.station))
        .collect();
    let blocked = c.view.block(&r.district, &r.user).is_some();
    let card = t::Card {
        station_name: &c.station_name(&r.district, &r.station),
        when: &c.when(r.at_ms),
        other_stations: &others,
        blocked,
    };
    let mut text = t::card(c.lang, r, &card);
    if open {
        text.push('\n');
        text.push_str(&t::card_howto(
            c.lang,
            &c.dir.prefix,
            &r.user,
            &c.dir.categories,
        ));
    }
    text
}

/// A new request (or the reason an existing one stands): actions and changes.
fn open_request(
    c: &Ctx<'_>,
    district: &str,
    station: &str,
    user: &str,
    reason: Option<String>,
    display_name: Option<String>,
    via: Via,
) -> Decision {
    let mut d = Decision::default();
    let Some(desk) = c.room(district, RoomKind::Desk(station.to_string())) else {
        return d;
    };
    let external = c.view.external_ban(user).map(|(list, reason)| BlockEntry {
        v: 1,
        district: district.to_string(),
        user: user.to_string(),
        reason,
        by: format!("policy list {list}"),
        at_ms: 0,
    });
    if let Some(b) = c.view.block(district, user).or(external) {
        d.changes
            .push(c.audit(district, "refuse_blocked", user, &format!("{via:?}")));
        d.actions.push(Action::Notice {
            room_id: desk,
            body: t::blocked_log(c.lang, user, &b, via),
            card: None,
        });
        match via {
            Via::Knock => {
                if let Some(room) = c.room(district, RoomKind::Station(station.to_string())) {
                    d.actions.push(Action::Kick {
                        room_id: room,
                        user: user.to_string(),
                        reason: t::request_refused_politely(c.lang),
                    });
                }
            }
            Via::Dm => d.actions.push(c.reply(t::request_refused_politely(c.lang))),
        }
        return d;
    }
    let name = c.station_name(district, station);
    if c.view
        .volunteer(district, station, user)
        .is_some_and(|v| v.status == VolunteerStatus::Active)
        && via == Via::Dm
    {
        d.actions.push(c.reply(t::already_member(c.lang, &name)));
        return d;
    }
    if c.view
        .request(district, station, user)
        .is_some_and(|r| r.status == RequestStatus::Open)
    {
        if via == Via::Dm {
            d.actions.push(c.reply(t::already_pending(c.lang, &name)));
        }
        return d;
    }
    let r = JoinRequest {
        v: 1,
        district: district.into(),
        station: station.into(),
        user: user.into(),
        display_name,
        reason,
        via,
        at_ms: c.ev.origin_ts_ms,
        status: RequestStatus::Open,
        card_event: None,
    };
    let card = CardOf {
        district: district.into(),
        station: station.into(),
        user: user.into(),
    };
    d.actions.push(Action::Notice {
        room_id: desk,
        body: card_text(c, &r, true),
        card: Some(card),
    });
    if via == Via::Dm {
        d.actions.push(c.reply(t::request_sent(c.lang, &name)));
    }
    d.changes.push(Change::PutRequest(r));
    d
}

/// A knock on a station room.
pub fn on_knock(
    c: &Ctx<'_>,
    station: &str,
    reason: Option<String>,
    display_name: Option<String>,
) -> Decision {
    let district = place_district(c);
    open_request(
        c,
        &district,
        station,
        &c.ev.sender,
        reason,
        display_name,
        Via::Knock,
    )
}

fn place_district(c: &Ctx<'_>) -> String {
    match &c.ev.place {
        crate::core::event::Place::District(p) => p.district.clone(),
        crate::core::event::Place::Dm | crate::core::event::Place::PolicyList(_) => String::new(),
    }
}

/// `!join <station> [reason]` in a DM.
pub fn cmd_join(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let Some(slug) = args.first().map(|s| s.to_lowercase()) else {
        return c.answer(crate::core::i18n::bad_arguments(c.lang, usage));
    };
    let found = c
        .dir
        .districts
        .iter()
        .find_map(|d| d.station(&slug).map(|s| (d.slug.clone(), s.slug.clone())));
    let Some((district, station)) = found else {
        let known: Vec<String> = c
            .dir
            .districts
            .iter()
            .flat_map(|d| d.stations.iter().map(|s| s.slug.clone()))
            .take(40)
            .collect();
        return c.answer(t::unknown_station(c.lang, &slug, &known));
    };
    let reason = (args.len() > 1).then(|| args[1..].join(" "));
    open_request(c, &district, &station, &c.ev.sender, reason, None, Via::Dm)
}

/// The desk's station, for desk commands and reactions.
fn desk_station(c: &Ctx<'_>) -> Option<(String, String)> {
    match &c.ev.place {
        crate::core::event::Place::District(p) => match &p.kind {
            RoomKind::Desk(s) => Some((p.district.clone(), s.clone())),
            _ => None,
        },
        crate::core::event::Place::Dm | crate::core::event::Place::PolicyList(_) => None,
    }
}

fn categories_ok(c: &Ctx<'_>, cat: &str) -> Option<String> {
    let cat = cat.to_lowercase();
    c.dir.categories.iter().find(|k| **k == cat).cloned()
}

pub fn approve(c: &Ctx<'_>, r: JoinRequest, category: String) -> Decision {
    let mut d = Decision::default();
    let name = c.station_name(&r.district, &r.station);
    let station_room = c.room(&r.district, RoomKind::Station(r.station.clone()));
    if let Some(room) = &station_room {
        d.actions.push(Action::Invite {
            room_id: room.clone(),
            user: r.user.clone(),
        });
    }
    let room_link = station_room
        .map(|room| {
            crate::core::link::room_link(&room, crate::core::link::server_of(&c.dir.bot_user))
        })
        .unwrap_or_default();
    if let (Some(card), Some(desk)) = (
        &r.card_event,
        c.room(&r.district, RoomKind::Desk(r.station.clone())),
    ) {
        d.actions.push(Action::Edit {
            room_id: desk,
            event_id: card.clone(),
            body: t::card_outcome(
                c.lang,
                &card_text(c, &r, false),
                true,
                &c.ev.sender,
                &category,
            ),
        });
    }
    d.actions
        .push(c.reply(t::approved(c.lang, &r.user, &category)));
    let topic = crate::core::layout::station_rules(c.lang);
    d.actions.push(Action::Dm {
        user: r.user.clone(),
        body: t::welcome(c.lang, &name, &room_link, c.fresh_code, topic),
    });
    d.changes.push(Change::PutVolunteer(Volunteer {
        v: 1,
        district: r.district.clone(),
        station: r.station.clone(),
        user: r.user.clone(),
        category,
        locality: None,
        approved_by: c.ev.sender.clone(),
        since_ms: c.now_ms,
        status: VolunteerStatus::Active,
        status_at_ms: c.now_ms,
        code: c.fresh_code.to_string(),
    }));
    d.changes
        .push(c.audit(&r.district, "approve", &r.user, &r.station));
    d.changes.push(Change::PutRequest(JoinRequest {
        status: RequestStatus::Approved {
            by: c.ev.sender.clone(),
            at_ms: c.now_ms,
        },
        ..r
    }));
    d
}

pub fn deny(c: &Ctx<'_>, r: JoinRequest, reason: Option<String>) -> Decision {
    let mut d = Decision::default();
    let name = c.station_name(&r.district, &r.station);
    if r.via == Via::Knock
        && let Some(room) = c.room(&r.district, RoomKind::Station(r.station.clone()))
    {
        d.actions.push(Action::Kick {
            room_id: room,
            user: r.user.clone(),
            reason: t::request_refused_politely(c.lang),
        });
    }
    if let (Some(card), Some(desk)) = (
        &r.card_event,
        c.room(&r.district, RoomKind::Desk(r.station.clone())),
    ) {
        let detail = reason.clone().unwrap_or_default();
        d.actions.push(Action::Edit {
            room_id: desk,
            event_id: card.clone(),
            body: t::card_outcome(
                c.lang,
                &card_text(c, &r, false),
                false,
                &c.ev.sender,
                &detail,
            ),
        });
    }
    d.actions.push(c.reply(t::denied(c.lang, &r.user)));
    d.actions.push(Action::Dm {
        user: r.user.clone(),
        body: t::deny_dm(c.lang, &name),
    });
    d.changes.push(c.audit(
        &r.district,
        "deny",
        &r.user,
        &format!("{}: {}", r.station, reason.clone().unwrap_or_default()),
    ));
    d.changes.push(Change::PutRequest(JoinRequest {
        status: RequestStatus::Denied {
            by: c.ev.sender.clone(),
            at_ms: c.now_ms,
            reason,
        },
        ..r
    }));
    d
}

/// `!approve @u [category]` and `!deny @u [reason]` in a desk.
pub fn cmd_decide(
    c: &Ctx<'_>,
    args: &[String],
    mentions: &[String],
    approving: bool,
    usage: &str,
) -> Decision {
    let (Some((district, station)), Some(user)) = (
        desk_station(c),
        user_arg(args.first().map(String::as_str), mentions),
    ) else {
        return c.answer(crate::core::i18n::bad_arguments(c.lang, usage));
    };
    let Some(r) = c
        .view
        .request(&district, &station, &user)
        .filter(|r| r.status == RequestStatus::Open)
    else {
        return c.answer(t::no_request(c.lang, &user));
    };
    let rest = (args.len() > 1).then(|| args[1..].join(" "));
    if approving {
        let category = match rest {
            None => "other".to_string(),
            Some(cat) => match categories_ok(c, &cat) {
                Some(k) => k,
                None => return c.answer(t::bad_category(c.lang, &cat, &c.dir.categories)),
            },
        };
        approve(c, r, category)
    } else {
        deny(c, r, rest)
    }
}

/// ✅ or ❌ on a request card, by staff of that station.
pub fn on_reaction(c: &Ctx<'_>, key: &str, target_event: &str) -> Decision {
    let approving = match key.trim_end_matches('\u{fe0f}') {
        "✅" | "✔" | "👍" => true,
        "❌" | "✖" | "👎" => false,
        _ => return Decision::default(),
    };
    let Some((district, station)) = desk_station(c) else {
        return Decision::default();
    };
    let Some(r) = c.view.request_by_card(target_event).filter(|r| {
        r.district == district && r.station == station && r.status == RequestStatus::Open
    }) else {
        return Decision::default();
    };
    if approving {
        approve(c, r, "other".into())
    } else {
        deny(c, r, None)
    }
}

/// `!pending`: open requests of the desk's station, oldest first, with their age.
pub fn cmd_pending(c: &Ctx<'_>) -> Decision {
    let Some((district, station)) = desk_station(c) else {
        return Decision::default();
    };
    let mut open = c.view.open_requests(&district, &station);
    open.sort_by_key(|r| r.at_ms);
    let mut out = t::pending_header(c.lang, open.len());
    for r in &open {
        let age = c.now_ms.saturating_sub(r.at_ms);
        out.push_str(&format!(
            "\n• {} — {}",
            r.user,
            crate::core::time::ago(c.lang, age)
        ));
    }
    c.answer(out)
}

/// Someone left or was removed from a station room: the registry follows.
pub fn on_member_gone(c: &Ctx<'_>, station: &str, target: &str, removed: bool) -> Decision {
    let district = place_district(c);
    let Some(v) = c
        .view
        .volunteer(&district, station, target)
        .filter(|v| v.status == VolunteerStatus::Active)
    else {
        return Decision::default();
    };
    let status = if removed {
        VolunteerStatus::Removed
    } else {
        VolunteerStatus::Left
    };
    Decision {
        actions: vec![],
        changes: vec![Change::PutVolunteer(Volunteer {
            status,
            status_at_ms: c.now_ms,
            ..v
        })],
    }
}

/// The hello in a new direct chat with the bot: the districts it serves, their stations, and
/// what can be done there.
pub fn dm_hello(c: &Ctx<'_>) -> Decision {
    let names: Vec<&str> = c
        .dir
        .districts
        .iter()
        .map(|d| d.names.get(c.lang))
        .collect();
    let slugs: Vec<&str> = c
        .dir
        .districts
        .iter()
        .flat_map(|d| d.stations.iter().map(|s| s.slug.as_str()))
        .collect();
    let mut stations = slugs
        .iter()
        .take(12)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if slugs.len() > 12 {
        stations.push_str(", …");
    }
    Decision {
        actions: vec![Action::Dm {
            user: c.ev.sender.clone(),
            body: t::dm_hello(c.lang, &c.dir.prefix, &names.join(", "), &stations),
        }],
        changes: vec![],
    }
}

#[cfg(test)]
mod tests;
