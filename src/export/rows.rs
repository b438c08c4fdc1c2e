//! What every export shares: the formats, the record kinds, the filter and the writer.

use std::io::Write;

use serde::Serialize;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Csv,
    Json,
}

/// What to export.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum What {
    Volunteers,
    Audit,
    Tickets,
    Tasks,
    /// Anonymous tips, without the tipsters' identities.
    Tips,
}

impl What {
    pub const ALL: [What; 5] = [
        What::Tickets,
        What::Volunteers,
        What::Audit,
        What::Tasks,
        What::Tips,
    ];

    pub fn name(self) -> &'static str {
        match self {
            What::Volunteers => "volunteers",
            What::Audit => "audit",
            What::Tickets => "tickets",
            What::Tasks => "tasks",
            What::Tips => "tips",
        }
    }

    pub fn parse(s: &str) -> Option<What> {
        What::ALL.into_iter().find(|w| w.name() == s)
    }
}

/// Which records: one district, one station, from a day on (each `None`: all).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Filter {
    pub district: Option<String>,
    pub station: Option<String>,
    /// Records from this moment on (ms since the epoch).
    pub since_ms: Option<u64>,
}

impl Filter {
    /// Whether a record of `district`/`station` made at `at_ms` is asked for. A record of no
    /// station (a district-wide task) is left out of a station's export.
    pub(super) fn keeps(&self, district: &str, station: Option<&str>, at_ms: u64) -> bool {
        self.district.as_deref().is_none_or(|d| d == district)
            && self.station.as_deref().is_none_or(|s| station == Some(s))
            && self.since_ms.is_none_or(|t| at_ms >= t)
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
pub(super) fn write_rows<T: Serialize>(
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

/// An RFC 3339 time of `ms` (UTC).
pub fn iso(ms: u64) -> String {
    time::OffsetDateTime::from_unix_timestamp((ms / 1000) as i64)
        .map(|t| t.to_string())
        .unwrap_or_default()
}
