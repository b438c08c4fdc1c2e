//! Join requests: a knock or `!join` opens one, with its card in the station desk.

use crate::core::action::{Action, CardOf};
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::vetting::texts as t;
use crate::core::{
    change::Change,
    vetting::model::{BlockEntry, JoinRequest, RequestStatus, Via, VolunteerStatus},
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

pub(super) fn place_district(c: &Ctx<'_>) -> String {
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
