//! `saathi export`: the bot's records as CSV (opens in any spreadsheet) or JSON, on stdout.
//!
//! It opens the bot's store directly, so the bot must be stopped first (sled allows one
//! process at a time; the error says so).

use std::io::Write;

use serde::Serialize;

use crate::core::credential;
use crate::core::vetting::model::Volunteer;
use crate::store::{Store, records};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
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

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("cannot write the export: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write the export: {0}")]
    Json(#[from] serde_json::Error),
}

/// Write `rows` in `format`.
fn write_rows<T: Serialize>(
    rows: &[T],
    format: Format,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    match format {
        Format::Csv => {
            // A byte-order mark so that spreadsheet programs read Hindi names as UTF-8.
            out.write_all("\u{feff}".as_bytes())?;
            let mut w = csv::Writer::from_writer(out);
            for r in rows {
                w.serialize(r)?;
            }
            w.flush()?;
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, rows)?;
            writeln!(out)?;
        }
    }
    Ok(rows.len())
}

/// The volunteer registry, every district.
pub fn volunteers(
    store: &dyn Store,
    format: Format,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    let all = records::all_volunteers(store)?;
    let rows: Vec<VolunteerRow<'_>> = all.iter().map(row).collect();
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

/// The audit log: every decision, oldest first.
pub fn audit(store: &dyn Store, format: Format, out: &mut dyn Write) -> Result<usize, ExportError> {
    let all = records::audit(store)?;
    let rows: Vec<AuditRow<'_>> = all
        .iter()
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

/// An RFC 3339 time of `ms` (UTC).
pub(crate) fn iso(ms: u64) -> String {
    time::OffsetDateTime::from_unix_timestamp((ms / 1000) as i64)
        .map(|t| t.to_string())
        .unwrap_or_default()
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
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    let all = records::all_tickets(store)?;
    let rows: Vec<TicketRow<'_>> = all
        .iter()
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

#[derive(Serialize)]
struct TaskRow<'a> {
    task: String,
    district: &'a str,
    station: Option<&'a str>,
    given_by: &'a str,
    given_at: String,
    instruction: &'a str,
    due: Option<String>,
    evidence_needed: &'static str,
    status: &'static str,
    assignee: &'a str,
    done_at: Option<String>,
    note: Option<&'a str>,
    evidence_number: Option<u32>,
    evidence_kind: Option<&'static str>,
    evidence_sender: Option<String>,
    evidence_at: Option<String>,
    evidence_event: Option<String>,
    evidence_sha256: Option<String>,
    evidence_size: Option<u64>,
    evidence_mimetype: Option<String>,
    evidence_location: Option<String>,
}

/// Every task: one row per assignee and evidence item (an assignee without evidence: one row).
pub fn tasks(store: &dyn Store, format: Format, out: &mut dyn Write) -> Result<usize, ExportError> {
    let all = records::all_tasks(store)?;
    let mut rows = Vec::new();
    for t in &all {
        let ledger = records::task_evidence(store, &t.district, t.number)?;
        let status = match (t.cancelled.is_some(), t.is_done()) {
            (true, _) => "cancelled",
            (false, true) => "done",
            (false, false) => "open",
        };
        for a in &t.assignees {
            let items: Vec<_> = ledger.iter().filter(|e| e.sender == a.user).collect();
            let row = |e: Option<&crate::core::tasks::Evidence>| TaskRow {
                task: t.id(),
                district: &t.district,
                station: t.station.as_deref(),
                given_by: &t.by,
                given_at: iso(t.at_ms),
                instruction: &t.text,
                due: t.due_ms.map(iso),
                evidence_needed: t.need.name(),
                status,
                assignee: &a.user,
                done_at: a.done.as_ref().map(|s| iso(s.at_ms)),
                note: a.note.as_deref(),
                evidence_number: e.map(|e| e.number),
                evidence_kind: e.map(|e| e.kind.name()),
                evidence_sender: e.map(|e| e.sender.clone()),
                evidence_at: e.map(|e| iso(e.at_ms)),
                evidence_event: e.map(|e| e.event_id.clone()),
                evidence_sha256: e.and_then(|e| e.sha256.clone()),
                evidence_size: e.and_then(|e| e.size),
                evidence_mimetype: e.and_then(|e| e.mimetype.clone()),
                evidence_location: e.and_then(|e| e.geo_uri.clone()),
            };
            if items.is_empty() {
                rows.push(row(None));
            }
            for e in items {
                rows.push(row(Some(e)));
            }
        }
    }
    write_rows(&rows, format, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{change::Change, vetting::model::VolunteerStatus};
    use crate::store::Handled;
    use crate::store::memory::MemoryStore;

    #[test]
    fn csv_and_json_hold_every_volunteer() {
        let store = MemoryStore::new();
        let v = Volunteer {
            v: 1,
            district: "lko".into(),
            station: "hazratganj".into(),
            user: "@ravi:s".into(),
            category: "teacher".into(),
            locality: Some("नरही, \"पुराना\" बाज़ार".into()),
            approved_by: "@sho:s".into(),
            since_ms: 1_795_000_000_000,
            status: VolunteerStatus::Active,
            status_at_ms: 1_795_000_000_000,
            code: "ABCD-EFGH".into(),
        };
        let writes: Vec<_> = records::writes(&Change::PutVolunteer(v));
        let h = Handled {
            v: 1,
            event_id: "$e".into(),
            room_id: "!r".into(),
            origin_ts_ms: 1,
            handled_at_ms: 1,
            actions: 0,
        };
        store.commit_handled(&h, &[], &writes).unwrap();
        let mut csv_out = Vec::new();
        assert_eq!(volunteers(&store, Format::Csv, &mut csv_out).unwrap(), 1);
        let text = String::from_utf8(csv_out).unwrap();
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let rec = reader.records().next().unwrap().unwrap();
        assert_eq!(&rec[2], "@ravi:s");
        assert_eq!(&rec[4], "नरही, \"पुराना\" बाज़ार");
        assert_eq!(&rec[6], "2026-11-18");
        assert!(!text.contains("ABCD-EFGH"), "codes are not exported");
        let mut json_out = Vec::new();
        volunteers(&store, Format::Json, &mut json_out).unwrap();
        let parsed: serde_json::Value = serde_json::from_slice(&json_out).unwrap();
        assert_eq!(parsed[0]["status"], "active");
    }
}

/// One tip. The tipster is left out: their account is in the store for `!reveal` only.
#[derive(Serialize)]
struct TipRow<'a> {
    tip: String,
    district: &'a str,
    station: &'a str,
    received_at: String,
    text: &'a str,
    tipster_messages: usize,
    police_replies: usize,
    media_passed_on: usize,
    reveals: usize,
    last_revealed_by: Option<&'a str>,
    last_reveal_at: Option<String>,
    last_reveal_reason: Option<&'a str>,
    card_event: Option<&'a str>,
}

/// Every tip of every district, without who sent it.
pub fn tips(store: &dyn Store, format: Format, out: &mut dyn Write) -> Result<usize, ExportError> {
    use crate::core::tips::model::Said;
    let all = records::all_tips(store)?;
    let rows: Vec<TipRow<'_>> = all
        .iter()
        .map(|t| {
            let last = t.reveals.last();
            TipRow {
                tip: t.id(),
                district: &t.district,
                station: &t.station,
                received_at: iso(t.at_ms),
                text: &t.text,
                tipster_messages: t
                    .messages
                    .iter()
                    .filter(|m| m.said == Said::Tipster)
                    .count(),
                police_replies: t
                    .messages
                    .iter()
                    .filter(|m| m.said != Said::Tipster)
                    .count(),
                media_passed_on: t.messages.iter().filter(|m| m.media.is_some()).count(),
                reveals: t.reveals.len(),
                last_revealed_by: last.map(|r| r.by.as_str()),
                last_reveal_at: last.map(|r| iso(r.at_ms)),
                last_reveal_reason: last.map(|r| r.reason.as_str()),
                card_event: t.card_event.as_deref(),
            }
        })
        .collect();
    write_rows(&rows, format, out)
}
