//! Staff answer a request: `!approve`/`!deny`, ✅/❌ on its card, and `!pending`.

use super::card_text;
use crate::core::action::Action;
use crate::core::ctx::{Ctx, user_arg};
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::vetting::texts as t;
use crate::core::{
    change::Change,
    vetting::model::{JoinRequest, RequestStatus, Via, Volunteer, VolunteerStatus},
};

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
