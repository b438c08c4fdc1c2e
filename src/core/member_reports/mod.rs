//! Members' reports (SPEC §6 "Reports, tips and impersonation"): the client's own *Report*
//! button on a message goes to the homeserver's admins, and room moderators never see it.
//! With `reports.homeserver_reports`, the Matrix adapter reads the homeserver's event reports
//! (`matrix::inbound::event_reports`) and hands each to the pipeline as an event, so the
//! ledger makes each count exactly once. A report on a message in a district room becomes a
//! card `R-<n>` in that station's desk (other rooms: the control room) with who reported
//! (`reports.show_reporter`), why, and the message's first words; more reports of the same
//! message join its card. `reports.hide_after` different members remove the message at once,
//! pending review. Staff decide with `!remove`, `!warn`, `!dismiss`, `!restore` (in
//! [`commands`]) or 🗑️ ⚠️ 👌 on the card; the reporters hear of it by DM.

pub mod commands;
pub mod model;
mod texts;

use crate::core::action::{Action, Tracked};
use crate::core::change::Change;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::{District, RoomKind, RoomPlace};
use model::{MemberReport, MemberReportRef, Reporter};

/// What a report says, as the adapter read it.
pub struct Report<'a> {
    pub report_id: u64,
    pub target: &'a str,
    pub target_sender: &'a str,
    pub reason: &'a str,
    pub excerpt: &'a str,
}

/// A member's report of a message in district room `p` (the event's sender reported it).
pub fn on_reported(c: &Ctx<'_>, p: &RoomPlace, rep: &Report<'_>) -> Decision {
    let Some(d) = c.district(&p.district) else {
        return Decision::default();
    };
    let reporter = Reporter {
        user: c.ev.sender.clone(),
        reason: rep.reason.chars().take(500).collect(),
        at_ms: c.ev.origin_ts_ms,
        report_id: rep.report_id,
    };
    let mut d_out = Decision::default();
    let mut r = match c.view.member_report_by_event(rep.target) {
        Some(r) if r.reporters.iter().any(|x| x.report_id == rep.report_id) => return d_out,
        Some(mut r) => {
            let again = r.reporters.iter().any(|x| x.user == reporter.user);
            r.reporters.push(reporter);
            if !again {
                d_out.actions.push(received_dm(c, d, &r));
            }
            r
        }
        None => {
            let r = MemberReport {
                v: 1,
                district: d.slug.clone(),
                number: c.view.last_member_report_number(&d.slug) + 1,
                station: p
                    .kind
                    .station_slug()
                    .filter(|_| is_station_room(&p.kind))
                    .map(str::to_string),
                room_id: c.ev.room_id.clone(),
                event_id: rep.target.to_string(),
                sender: rep.target_sender.to_string(),
                text: rep.excerpt.chars().take(2000).collect(),
                sent_ms: None,
                reporters: vec![reporter],
                hidden_ms: None,
                decided: None,
                card_event: None,
            };
            d_out.actions.push(received_dm(c, d, &r));
            r
        }
    };
    let rules = &c.dir.reports;
    let enough = rules.hide_after > 0 && r.distinct_reporters() >= rules.hide_after as usize;
    let hideable = !r.is_about_user() && !c.is_privileged(d, &r.sender);
    if enough && hideable && r.hidden_ms.is_none() && r.decided.is_none() {
        r.hidden_ms = Some(c.now_ms);
        d_out.actions.push(Action::Redact {
            room_id: r.room_id.clone(),
            event_id: r.event_id.clone(),
        });
        d_out.actions.push(Action::Dm {
            user: r.sender.clone(),
            body: texts::sender_told_hidden(c.lang, &room_name(c, d, &r)),
        });
        d_out
            .changes
            .push(c.audit(&d.slug, "report hide", &r.id(), &r.sender));
    }
    d_out.actions.extend(show_card(c, d, &r));
    if r.reporters.len() == 1 {
        d_out
            .changes
            .push(c.audit(&d.slug, "member report", &r.id(), &r.sender));
    }
    d_out.changes.push(Change::PutMemberReport(r));
    d_out
}

/// Only a station room's reports go to its desk; a desk's own go to the control room too.
fn is_station_room(kind: &RoomKind) -> bool {
    matches!(kind, RoomKind::Station(_))
}

fn received_dm(c: &Ctx<'_>, d: &District, r: &MemberReport) -> Action {
    Action::Dm {
        user: c.ev.sender.clone(),
        body: texts::received(c.lang, &room_name(c, d, r)),
    }
}

/// The room the reported message is in, as people call it.
fn room_name(c: &Ctx<'_>, d: &District, r: &MemberReport) -> String {
    match &r.station {
        Some(s) => c.station_name(&d.slug, s),
        None => d.names.get(c.lang).to_string(),
    }
}

/// Where the card is: the station's desk, else the control room.
fn desk(c: &Ctx<'_>, r: &MemberReport) -> Option<String> {
    match &r.station {
        Some(s) => c.room(&r.district, RoomKind::Desk(s.clone())),
        None => c.room(&r.district, RoomKind::Control),
    }
}

/// The card as it now reads: posted once, edited after.
fn show_card(c: &Ctx<'_>, d: &District, r: &MemberReport) -> Option<Action> {
    let room_id = desk(c, r)?;
    let status = match (&r.decided, r.hidden_ms) {
        (Some(x), _) => Some(texts::status_decided(
            c.lang,
            x.verdict,
            &x.by,
            &c.when(x.at_ms),
        )),
        (None, Some(_)) => Some(texts::status_hidden(
            c.lang,
            &c.dir.prefix,
            &r.id(),
            r.distinct_reporters(),
        )),
        (None, None) => None,
    };
    let facts = texts::CardFacts {
        prefix: &c.dir.prefix,
        room: &room_name(c, d, r),
        link: &c.dir.link(&r.room_id, &r.event_id),
        show_reporter: c.dir.reports.show_reporter,
        status,
    };
    let body = texts::card(c.lang, r, &facts);
    Some(match &r.card_event {
        Some(card) => Action::Edit {
            room_id,
            event_id: card.clone(),
            body,
        },
        // More reports before the card's id came back (reports read in one batch): a line
        // of its own, so there is never a second card.
        None if r.reporters.len() > 1 || r.decided.is_some() => Action::Notice {
            room_id,
            body: texts::update_line(
                c.lang,
                &r.id(),
                r.distinct_reporters(),
                facts.status.as_deref(),
            ),
            card: None,
        },
        None => Action::Card {
            room_id,
            body,
            of: Tracked::MemberReport(MemberReportRef::from(r)),
        },
    })
}

#[cfg(test)]
mod tests;
