//! The tip export, without who sent them.

use std::io::Write;

use serde::Serialize;

use super::rows::{ExportError, Filter, Format, iso, write_rows};
use crate::store::{Store, records};

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
pub fn tips(
    store: &dyn Store,
    format: Format,
    filter: &Filter,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    use crate::core::tips::model::Said;
    let all = records::all_tips(store)?;
    let rows: Vec<TipRow<'_>> = all
        .iter()
        .filter(|t| filter.keeps(&t.district, Some(&t.station), t.at_ms))
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
