//! The ticket commands and events: `!report`, evidence, `!ack`, `!assign`, `!resolve`, the
//! card's reactions and `!tickets`.

use super::texts as t;
use super::{Evidence, Step, Ticket, TicketRef, parse_id};
use crate::core::action::{Action, Tracked};
use crate::core::command::rest_after;
use crate::core::ctx::{Ctx, user_arg};
use crate::core::decision::Decision;
use crate::core::district::{District, RoomKind};
use crate::core::event::{MediaKind, Place};
use crate::core::i18n;
use crate::core::time::clock;
use crate::core::{change::Change, vetting::model::VolunteerStatus};

pub fn card_body(c: &Ctx<'_>, tk: &Ticket) -> String {
    t::card(
        c.lang,
        &c.dir.prefix,
        tk,
        &c.station_name(&tk.district, &tk.station),
        &clock(tk.at_ms, c.dir.utc_offset_min),
    )
}

/// The station a `!report` goes to: the station room it was typed in, or (in a DM) the
/// reporter's most recent active station.
fn report_station(c: &Ctx<'_>) -> Option<(String, String)> {
    match &c.ev.place {
        Place::District(p) => match &p.kind {
            RoomKind::Station(s) => Some((p.district.clone(), s.clone())),
            _ => None,
        },
        Place::Dm => c
            .view
            .volunteer_records(&c.ev.sender)
            .into_iter()
            .filter(|v| v.status == VolunteerStatus::Active)
            .max_by_key(|v| v.since_ms)
            .map(|v| (v.district, v.station)),
        Place::PolicyList(_) => None,
    }
}

/// `!report <text>`.
pub fn cmd_report(c: &Ctx<'_>, usage: &str) -> Decision {
    let text = rest_after(c.ev.body_text().unwrap_or_default(), 1).to_string();
    if text.is_empty() {
        return c.answer(i18n::bad_arguments(c.lang, usage));
    }
    let Some((district, station)) = report_station(c) else {
        return c.answer(t::no_station(c.lang, &c.dir.prefix));
    };
    let Some(desk) = c.room(&district, RoomKind::Desk(station.clone())) else {
        return c.answer(t::no_station(c.lang, &c.dir.prefix));
    };
    let rules = &c.dir.reports;
    let via_dm = matches!(c.ev.place, Place::Dm);
    let tk = Ticket {
        v: 1,
        number: c.view.last_ticket_number(&district, &station) + 1,
        district: district.clone(),
        station: station.clone(),
        reporter: c.ev.sender.clone(),
        text: text.chars().take(2000).collect(),
        at_ms: c.ev.origin_ts_ms,
        room_id: c.ev.room_id.clone(),
        event_id: c.ev.event_id.clone(),
        via_dm,
        evidence: vec![],
        acked: None,
        assignee: None,
        resolved: None,
        note: None,
        escalated_ack: false,
        escalated_resolve: false,
        card_event: None,
    };
    let id = tk.id();
    let private = rules.private && !via_dm;
    let station_name = c.station_name(&district, &station);
    let opened = t::opened(
        c.lang,
        &id,
        &station_name,
        rules.evidence_window_ms,
        private,
    );
    let mut d = Decision::default();
    d.actions.push(Action::Card {
        room_id: desk,
        body: card_body(c, &tk),
        of: Tracked::Ticket(TicketRef::from(&tk)),
    });
    if private {
        d.actions.push(Action::Redact {
            room_id: c.ev.room_id.clone(),
            event_id: c.ev.event_id.clone(),
        });
        d.actions.push(Action::Dm {
            user: c.ev.sender.clone(),
            body: opened,
        });
    } else {
        d.actions.push(c.reply(opened));
    }
    d.changes.push(c.audit(&district, "report", &id, &tk.text));
    d.changes.push(Change::PutTicket(tk));
    d
}

/// A photo, file, voice note or location: evidence, if its sender reported something here in
/// the last minutes. `None` when it is not evidence (moderation decides then).
pub fn on_media(c: &Ctx<'_>, kind: MediaKind, content: &serde_json::Value) -> Option<Decision> {
    let rules = &c.dir.reports;
    let mut tk = c.view.latest_ticket_of(&c.ev.sender).filter(|tk| {
        tk.room_id == c.ev.room_id
            && tk.is_open()
            && c.ev.origin_ts_ms >= tk.at_ms
            && c.ev.origin_ts_ms <= tk.at_ms.saturating_add(rules.evidence_window_ms)
    })?;
    let desk = c.room(&tk.district, RoomKind::Desk(tk.station.clone()))?;
    let lang = c
        .district(&tk.district)
        .map_or(c.dir.default_lang, |d| d.lang);
    tk.evidence.push(Evidence {
        event_id: c.ev.event_id.clone(),
        kind,
        at_ms: c.ev.origin_ts_ms,
    });
    let id = tk.id();
    let mut d = Decision::default();
    d.actions.push(Action::Copy {
        room_id: desk.clone(),
        content: content.clone(),
        caption: t::evidence_caption(lang, &id, kind, &tk.reporter),
        origin: None,
    });
    if let Some(card) = &tk.card_event {
        d.actions.push(Action::Edit {
            room_id: desk,
            event_id: card.clone(),
            body: card_body(c, &tk),
        });
    }
    let attached = t::evidence_attached(lang, &id, kind, tk.evidence.len());
    if rules.private && !tk.via_dm {
        d.actions.push(Action::Redact {
            room_id: c.ev.room_id.clone(),
            event_id: c.ev.event_id.clone(),
        });
        d.actions.push(Action::Dm {
            user: tk.reporter.clone(),
            body: attached,
        });
    } else {
        d.actions.push(c.reply(attached));
    }
    d.changes
        .push(c.audit(&tk.district, "evidence", &id, kind.name()));
    d.changes.push(Change::PutTicket(tk));
    Some(d)
}

/// Where a ticket command was typed: the district, and the station when it is a desk.
fn scope(c: &Ctx<'_>) -> Option<(String, Option<String>)> {
    match &c.ev.place {
        Place::District(p) => match &p.kind {
            RoomKind::Desk(s) => Some((p.district.clone(), Some(s.clone()))),
            RoomKind::Control => Some((p.district.clone(), None)),
            _ => None,
        },
        _ => None,
    }
}

/// The ticket an argument names, if this room may work it; else the answer why not.
fn find(c: &Ctx<'_>, arg: Option<&str>, usage: &str) -> Result<Ticket, Decision> {
    let Some(arg) = arg else {
        return Err(c.answer(i18n::bad_arguments(c.lang, usage)));
    };
    let Some((district, desk)) = scope(c) else {
        return Err(Decision::default());
    };
    let Some((station, number)) = parse_id(arg, desk.as_deref()) else {
        return Err(c.answer(i18n::bad_arguments(c.lang, usage)));
    };
    let Some(tk) = c.view.ticket(&district, &station, number) else {
        return Err(c.answer(t::not_found(c.lang, arg)));
    };
    if desk.is_some_and(|s| s != tk.station) {
        return Err(c.answer(t::other_station(c.lang, &tk.id())));
    }
    Ok(tk)
}

/// Store a step: the record, the card, the reporter's DM, an audit entry, a confirmation.
fn stepped(c: &Ctx<'_>, tk: Ticket, what: &str, detail: &str, d: &mut Decision) {
    let lang = c.lang;
    if let (Some(card), Some(desk)) = (
        &tk.card_event,
        c.room(&tk.district, RoomKind::Desk(tk.station.clone())),
    ) {
        d.actions.push(Action::Edit {
            room_id: desk,
            event_id: card.clone(),
            body: card_body(c, &tk),
        });
    }
    d.actions.push(Action::Dm {
        user: tk.reporter.clone(),
        body: t::step_dm(lang, &tk),
    });
    d.actions.push(c.reply(t::done(lang, &tk)));
    d.changes
        .push(c.audit(&tk.district, what, &tk.id(), detail));
    d.changes.push(Change::PutTicket(tk));
}

fn step(c: &Ctx<'_>) -> Step {
    Step {
        by: c.ev.sender.clone(),
        at_ms: c.ev.origin_ts_ms,
    }
}

/// `!ack <ticket>`.
pub fn cmd_ack(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    match find(c, args.first().map(String::as_str), usage) {
        Ok(tk) => ack(c, tk),
        Err(d) => d,
    }
}

fn ack(c: &Ctx<'_>, mut tk: Ticket) -> Decision {
    if tk.acked.is_some() || !tk.is_open() {
        return c.answer(t::already(c.lang, &tk));
    }
    tk.acked = Some(step(c));
    let mut d = Decision::default();
    stepped(c, tk, "ticket_ack", "", &mut d);
    d
}

/// Whether `user` may be given a ticket of `station`: its staff or an officer.
fn can_take(d: &District, station: &str, user: &str) -> bool {
    d.is_officer(user)
        || d.station(station)
            .is_some_and(|s| s.staff.iter().any(|u| u == user))
}

/// `!assign <ticket> @staff`.
pub fn cmd_assign(c: &Ctx<'_>, args: &[String], mentions: &[String], usage: &str) -> Decision {
    let mut tk = match find(c, args.first().map(String::as_str), usage) {
        Ok(tk) => tk,
        Err(d) => return d,
    };
    let Some(user) = user_arg(args.get(1).map(String::as_str), mentions) else {
        return c.answer(i18n::bad_arguments(c.lang, usage));
    };
    let Some(district) = c.district(&tk.district) else {
        return Decision::default();
    };
    if !can_take(district, &tk.station, &user) {
        return c.answer(t::not_staff(c.lang, &user, &tk.id()));
    }
    if !tk.is_open() || tk.assignee.as_deref() == Some(user.as_str()) {
        return c.answer(t::already(c.lang, &tk));
    }
    if tk.acked.is_none() {
        tk.acked = Some(step(c));
    }
    tk.assignee = Some(user.clone());
    let mut d = Decision::default();
    if user != c.ev.sender {
        d.actions.push(Action::Dm {
            user: user.clone(),
            body: t::assigned_to_you(
                c.lang,
                &tk.id(),
                &c.station_name(&tk.district, &tk.station),
                &tk.text,
            ),
        });
    }
    stepped(c, tk, "ticket_assign", &user, &mut d);
    d
}

/// `!resolve <ticket> [note]`.
pub fn cmd_resolve(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let tk = match find(c, args.first().map(String::as_str), usage) {
        Ok(tk) => tk,
        Err(d) => return d,
    };
    // The note keeps its spacing: everything after the ticket argument.
    let note = rest_after(c.ev.body_text().unwrap_or_default(), 2).to_string();
    resolve(c, tk, (!note.is_empty()).then_some(note))
}

fn resolve(c: &Ctx<'_>, mut tk: Ticket, note: Option<String>) -> Decision {
    if !tk.is_open() {
        return c.answer(t::already(c.lang, &tk));
    }
    if tk.acked.is_none() {
        tk.acked = Some(step(c));
    }
    tk.resolved = Some(step(c));
    tk.note = note.map(|n| n.chars().take(1000).collect());
    let detail = tk.note.clone().unwrap_or_default();
    let mut d = Decision::default();
    stepped(c, tk, "ticket_resolve", &detail, &mut d);
    d
}

/// 👍 (acknowledge) or ✅ (resolve) by staff on a ticket card; `None` if the reaction is not
/// on a card of this desk.
pub fn on_reaction(c: &Ctx<'_>, key: &str, target_event: &str) -> Option<Decision> {
    let (district, Some(station)) = scope(c)? else {
        return None;
    };
    let tk = c
        .view
        .ticket_by_card(target_event)
        .filter(|tk| tk.district == district && tk.station == station)?;
    Some(match key.trim_end_matches('\u{fe0f}') {
        "👍" | "👀" => ack(c, tk),
        "✅" | "✔" | "☑" => resolve(c, tk, None),
        _ => Decision::default(),
    })
}

/// `!tickets [open|mine|overdue]`: the desk's station, or the whole district in the control
/// room; oldest first.
pub fn cmd_tickets(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let Some((district, desk)) = scope(c) else {
        return Decision::default();
    };
    let which = args.first().map_or("open", |a| a.as_str()).to_lowercase();
    let rules = &c.dir.reports;
    let keep: Box<dyn Fn(&Ticket) -> bool> = match which.as_str() {
        "open" | "खुले" => Box::new(|_| true),
        "mine" | "मेरे" => {
            Box::new(|tk| tk.assignee.as_deref() == Some(c.ev.sender.as_str()))
        }
        "overdue" | "देर" => Box::new(|tk| tk.overdue(rules, c.now_ms)),
        _ => return c.answer(i18n::bad_arguments(c.lang, usage)),
    };
    let mut list: Vec<Ticket> = c
        .view
        .open_tickets(&district)
        .into_iter()
        .filter(|tk| desk.as_ref().is_none_or(|s| *s == tk.station) && keep(tk))
        .collect();
    list.sort_by_key(|tk| tk.at_ms);
    const SHOWN: usize = 25;
    let mut out = t::list_header(c.lang, &which, list.len());
    for tk in list.iter().take(SHOWN) {
        let age = c.now_ms.saturating_sub(tk.at_ms) / 60_000;
        out.push('\n');
        out.push_str(&t::list_line(c.lang, tk, age, tk.overdue(rules, c.now_ms)));
    }
    if list.len() > SHOWN {
        out.push('\n');
        out.push_str(&t::list_more(c.lang, list.len() - SHOWN));
    }
    c.answer(out)
}
