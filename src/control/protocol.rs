//! The protocol: one JSON line each way, a [`Request`] then a [`Reply`].

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::evidence::FileHash;
use crate::export::{Filter, Format, What};

pub fn socket_path(data_dir: &Path) -> PathBuf {
    data_dir.join("control.sock")
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Request {
    Status,
    Export {
        what: What,
        format: Format,
        #[serde(default)]
        filter: Filter,
    },
    VerifyEvidence {
        file: FileHash,
        task: String,
        district: Option<String>,
    },
    /// `dir` is absolute (the shell resolves it: the bot's working directory is not the shell's).
    Backup {
        dir: PathBuf,
    },
}

impl Request {
    /// The name of the command, for messages.
    pub fn tool(&self) -> &'static str {
        match self {
            Request::Status => "status",
            Request::Export { .. } => "export",
            Request::VerifyEvidence { .. } => "verify-evidence",
            Request::Backup { .. } => "backup",
        }
    }
}

/// What the shell prints, and its exit code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub exit: u8,
    pub stdout: String,
    pub stderr: String,
}

impl Reply {
    pub(super) fn ok(stdout: String, stderr: String) -> Reply {
        Reply {
            exit: 0,
            stdout,
            stderr,
        }
    }

    pub(super) fn failed(exit: u8, tool: &str, why: impl std::fmt::Display) -> Reply {
        Reply {
            exit,
            stdout: String::new(),
            stderr: format!("saathi {tool}: {why}\n"),
        }
    }
}
