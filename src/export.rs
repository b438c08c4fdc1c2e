//! `saathi export`: the bot's records as CSV (opens in any spreadsheet) or JSON, on stdout.
//!
//! The same rows come out wherever they are asked for: `saathi export` from the shell (through
//! the running bot's control socket, or the store itself when the bot is stopped) and `!export`
//! in Element (a CSV file in the room).

use std::io::Write;

use serde::Serialize;

use crate::core::credential;
use crate::core::vetting::model::Volunteer;
use crate::store::{Store, records};

mod rows;
mod tasks;
mod tips;
use rows::write_rows;
pub use rows::{ExportError, Filter, Format, What, iso};
pub use tasks::tasks;
pub use tips::tips;

/// Write the records `what` that `filter` keeps; returns how many.
pub fn export(
    store: &dyn Store,
    what: What,
    format: Format,
    filter: &Filter,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    match what {
        What::Volunteers => volunteers(store, format, filter, out),
        What::Audit => audit(store, format, filter, out),
        What::Tickets => tickets(store, format, filter, out),
        What::Tasks => tasks(store, format, filter, out),
        What::Tips => tips(store, format, filter, out),
    }
}

/// One row of the volunteer export. The verification code is left out: a list of codes
/// would let anyone claim someone else's credential.
#[derive(Serialize)]
struct VolunteerRow<'a> {
    district: &'a str,
    station: &'a str,
    user: &'a str,
    category: &'a str,
    locality: &'a str,
    approved_by: &'a str,
    since: String,
    status: String,
    status_since: String,
}

fn row(v: &Volunteer) -> VolunteerRow<'_> {
    VolunteerRow {
        district: &v.district,
        station: &v.station,
        user: &v.user,
        category: &v.category,
        locality: v.locality.as_deref().unwrap_or(""),
        approved_by: &v.approved_by,
        since: credential::date(v.since_ms),
        status: format!("{:?}", v.status).to_lowercase(),
        status_since: credential::date(v.status_at_ms),
    }
}

/// The volunteer registry, every district.
pub fn volunteers(
    store: &dyn Store,
    format: Format,
    filter: &Filter,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    let all = records::all_volunteers(store)?;
    let rows: Vec<VolunteerRow<'_>> = all
        .iter()
        .filter(|v| filter.keeps(&v.district, Some(&v.station), v.since_ms))
        .map(row)
        .collect();
    write_rows(&rows, format, out)
}

#[derive(Serialize)]
struct AuditRow<'a> {
    at: String,
    district: &'a str,
    actor: &'a str,
    action: &'a str,
    target: &'a str,
    detail: &'a str,
    event_id: &'a str,
}

/// The audit log: every decision, oldest first. It names no station: a station's export of it is refused before it gets here.
pub fn audit(
    store: &dyn Store,
    format: Format,
    filter: &Filter,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    let all = records::audit(store)?;
    let rows: Vec<AuditRow<'_>> = all
        .iter()
        .filter(|a| filter.keeps(&a.district, filter.station.as_deref(), a.at_ms))
        .map(|a| AuditRow {
            at: iso(a.at_ms),
            district: &a.district,
            actor: &a.actor,
            action: &a.action,
            target: &a.target,
            detail: &a.detail,
            event_id: &a.event_id,
        })
        .collect();
    write_rows(&rows, format, out)
}

#[derive(Serialize)]
struct TicketRow<'a> {
    id: String,
    district: &'a str,
    station: &'a str,
    reporter: &'a str,
    reported_at: String,
    via: &'static str,
    text: &'a str,
    evidence: String,
    acknowledged_by: Option<&'a str>,
    acknowledged_at: Option<String>,
    assignee: Option<&'a str>,
    resolved_by: Option<&'a str>,
    resolved_at: Option<String>,
    note: Option<&'a str>,
    escalated: &'static str,
    report_event: &'a str,
    card_event: Option<&'a str>,
}

/// Every ticket of every district, with its evidence (kind and event id) and steps.
pub fn tickets(
    store: &dyn Store,
    format: Format,
    filter: &Filter,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    let all = records::all_tickets(store)?;
    let rows: Vec<TicketRow<'_>> = all
        .iter()
        .filter(|t| filter.keeps(&t.district, Some(&t.station), t.at_ms))
        .map(|t| TicketRow {
            id: t.id(),
            district: &t.district,
            station: &t.station,
            reporter: &t.reporter,
            reported_at: iso(t.at_ms),
            via: if t.via_dm { "dm" } else { "station_room" },
            text: &t.text,
            evidence: t
                .evidence
                .iter()
                .map(|e| format!("{} {}", e.kind.name(), e.event_id))
                .collect::<Vec<_>>()
                .join("; "),
            acknowledged_by: t.acked.as_ref().map(|s| s.by.as_str()),
            acknowledged_at: t.acked.as_ref().map(|s| iso(s.at_ms)),
            assignee: t.assignee.as_deref(),
            resolved_by: t.resolved.as_ref().map(|s| s.by.as_str()),
            resolved_at: t.resolved.as_ref().map(|s| iso(s.at_ms)),
            note: t.note.as_deref(),
            escalated: match (t.escalated_ack, t.escalated_resolve) {
                (_, true) => "resolve",
                (true, false) => "ack",
                (false, false) => "",
            },
            report_event: &t.event_id,
            card_event: t.card_event.as_deref(),
        })
        .collect();
    write_rows(&rows, format, out)
}

#[cfg(test)]
mod tests;
