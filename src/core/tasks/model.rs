//! The records of tasks (assignments to volunteers) and their evidence, as stored.

use crate::core::event::MediaKind;
use crate::core::tickets::Step;
use serde::{Deserialize, Serialize};

/// What evidence a task needs before `!done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Photo,
    Location,
    Any,
    None,
}

impl Need {
    pub fn parse(s: &str) -> Option<Need> {
        Some(match s.to_lowercase().as_str() {
            "photo" | "image" | "फ़ोटो" | "फोटो" => Need::Photo,
            "location" | "लोकेशन" => Need::Location,
            "any" => Need::Any,
            "none" | "no" => Need::None,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Need::Photo => "photo",
            Need::Location => "location",
            Need::Any => "any",
            Need::None => "none",
        }
    }

    /// Whether an item of `kind` satisfies the need.
    pub fn met_by(self, kind: MediaKind) -> bool {
        match self {
            Need::Photo => kind == MediaKind::Image,
            Need::Location => kind == MediaKind::Location,
            Need::Any | Need::None => true,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignee {
    pub user: String,
    pub done: Option<Step>,
    pub note: Option<String>,
    /// Evidence items this assignee sent (numbers in the task's ledger).
    pub evidence: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    pub v: u8,
    pub district: String,
    /// Counts from 1 per district: `T-<n>`.
    pub number: u32,
    /// The desk's station, or `None` for a task given in the control room or a DM.
    pub station: Option<String>,
    pub by: String,
    /// Where it was given (the card is posted there).
    pub room_id: String,
    pub event_id: String,
    pub text: String,
    pub at_ms: u64,
    pub due_ms: Option<u64>,
    pub need: Need,
    pub assignees: Vec<Assignee>,
    pub cancelled: Option<Step>,
    pub reminded: bool,
    pub overdue_alerted: bool,
    /// The card, once posted (kept by the executor beside the record).
    #[serde(default, skip_serializing)]
    pub card_event: Option<String>,
}

impl Task {
    pub fn id(&self) -> String {
        format!("T-{}", self.number)
    }

    pub fn is_done(&self) -> bool {
        self.assignees.iter().all(|a| a.done.is_some())
    }

    pub fn is_open(&self) -> bool {
        self.cancelled.is_none() && !self.is_done()
    }

    pub fn overdue(&self, now_ms: u64) -> bool {
        self.is_open() && self.due_ms.is_some_and(|d| now_ms >= d)
    }

    pub fn assignee(&self, user: &str) -> Option<&Assignee> {
        self.assignees.iter().find(|a| a.user == user)
    }
}

/// One evidence item: never changed once written; a correction is a new item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub v: u8,
    pub district: String,
    pub task: u32,
    /// Counts from 1 per task.
    pub number: u32,
    pub sender: String,
    /// The homeserver's timestamp of the message.
    pub at_ms: u64,
    pub room_id: String,
    pub event_id: String,
    pub kind: MediaKind,
    /// SHA-256 (hex) of the decrypted bytes; `None` for a location or a file too large to fetch.
    pub sha256: Option<String>,
    pub size: Option<u64>,
    pub mimetype: Option<String>,
    pub filename: Option<String>,
    /// `geo:` URI of a location.
    pub geo_uri: Option<String>,
}

/// Which task a card belongs to (persisted in the outbox).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskRef {
    pub district: String,
    pub number: u32,
}

/// `T-12`, `t12`, `12` → 12.
pub fn parse_id(arg: &str) -> Option<u32> {
    let a = arg.trim().trim_start_matches('#');
    let a = a
        .strip_prefix("T-")
        .or_else(|| a.strip_prefix("t-"))
        .or_else(|| a.strip_prefix('T'))
        .or_else(|| a.strip_prefix('t'))
        .unwrap_or(a);
    a.parse().ok().filter(|n| *n > 0)
}
