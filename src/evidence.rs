//! `saathi verify-evidence <file> <task>`: is this downloaded file the evidence recorded for the
//! task? The file's SHA-256 is compared with the hashes in the task's evidence ledger (taken
//! from the decrypted bytes when the evidence arrived).

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::core::tasks::{Evidence, parse_id};
use crate::export::iso;
use crate::store::{Store, StoreError, records};

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("cannot read {0}: {1}")]
    File(String, std::io::Error),
    #[error("“{0}” is not a task id like T-12")]
    BadId(String),
    #[error("no task {0} in district {1}")]
    NoTask(String, String),
    #[error("task {0} exists in several districts ({1}); name one with --district")]
    Ambiguous(String, String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The outcome: the matching items (empty: no match) and a report to print.
pub struct Verdict {
    pub matches: Vec<Evidence>,
    pub report: String,
}

/// What the shell knows of the file: its name, size and SHA-256. The hash is taken where the
/// file is, so a running bot asked through its control socket never reads the operator's files.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileHash {
    pub name: String,
    pub size: u64,
    pub sha256: String,
}

impl FileHash {
    pub fn of(file: &Path) -> Result<FileHash, VerifyError> {
        let bytes =
            std::fs::read(file).map_err(|e| VerifyError::File(file.display().to_string(), e))?;
        Ok(FileHash {
            name: file.display().to_string(),
            size: bytes.len() as u64,
            sha256: format!("{:x}", Sha256::digest(&bytes)),
        })
    }
}

pub fn verify(
    store: &dyn Store,
    districts: &[String],
    district: Option<&str>,
    file: &FileHash,
    task: &str,
) -> Result<Verdict, VerifyError> {
    let hash = &file.sha256;
    let n = parse_id(task).ok_or_else(|| VerifyError::BadId(task.to_string()))?;
    let candidates: Vec<&String> = districts
        .iter()
        .filter(|d| district.is_none_or(|x| x == d.as_str()))
        .collect();
    let mut found = Vec::new();
    for d in candidates {
        if records::task(store, d, n)?.is_some() {
            found.push(d.clone());
        }
    }
    let d = match found.as_slice() {
        [] => {
            return Err(VerifyError::NoTask(
                format!("T-{n}"),
                district.unwrap_or("any").to_string(),
            ));
        }
        [one] => one.clone(),
        many => return Err(VerifyError::Ambiguous(format!("T-{n}"), many.join(", "))),
    };
    let ledger = records::task_evidence(store, &d, n)?;
    let matches: Vec<Evidence> = ledger
        .iter()
        .filter(|e| e.sha256.as_deref() == Some(hash.as_str()))
        .cloned()
        .collect();
    let mut report = String::new();
    let _ = writeln!(
        report,
        "file: {} ({} bytes, sha256 {hash})",
        file.name, file.size
    );
    if matches.is_empty() {
        let _ = writeln!(
            report,
            "NO MATCH: this file is not evidence recorded for T-{n} ({d})."
        );
        for e in &ledger {
            let _ = writeln!(
                report,
                "  recorded #{}: {} {} at {} sha256 {}",
                e.number,
                e.kind.name(),
                e.sender,
                iso(e.at_ms),
                e.sha256.as_deref().unwrap_or("—")
            );
        }
    } else {
        for e in &matches {
            let _ = writeln!(
                report,
                "MATCH: evidence #{} of T-{n} ({d}): {} sent by {} at {} (server time), event {}, {} bytes, {}",
                e.number,
                e.kind.name(),
                e.sender,
                iso(e.at_ms),
                e.event_id,
                e.size.map_or("?".into(), |s| s.to_string()),
                e.mimetype.as_deref().unwrap_or("?")
            );
        }
    }
    Ok(Verdict { matches, report })
}
