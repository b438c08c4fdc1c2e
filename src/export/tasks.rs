//! The task export: one row per assignee and evidence item.

use std::io::Write;

use serde::Serialize;

use super::rows::{ExportError, Filter, Format, iso, write_rows};
use crate::store::{Store, records};

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
pub fn tasks(
    store: &dyn Store,
    format: Format,
    filter: &Filter,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    let all = records::all_tasks(store)?;
    let mut rows = Vec::new();
    for t in all
        .iter()
        .filter(|t| filter.keeps(&t.district, t.station.as_deref(), t.at_ms))
    {
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
