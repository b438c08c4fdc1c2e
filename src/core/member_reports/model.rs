//! The records of members' reports (the client's *Report* button, read from the homeserver):
//! one record per reported message, with everyone who reported it.

use serde::{Deserialize, Serialize};

/// One member's report of the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reporter {
    pub user: String,
    pub reason: String,
    pub at_ms: u64,
    /// The homeserver's report id.
    pub report_id: u64,
}

/// What staff decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Removed,
    Warned,
    Dismissed,
    /// Removed pending review, then re-posted by the bot quoting the original.
    Restored,
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Removed => "removed",
            Verdict::Warned => "warned",
            Verdict::Dismissed => "dismissed",
            Verdict::Restored => "restored",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decided {
    pub verdict: Verdict,
    pub by: String,
    pub at_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberReport {
    pub v: u8,
    pub district: String,
    /// Counts from 1 per district: `R-<n>`.
    pub number: u32,
    /// The station whose desk has the card (`None`: the control room).
    pub station: Option<String>,
    pub room_id: String,
    pub event_id: String,
    /// Who sent the reported message.
    pub sender: String,
    /// The message's text as the bot read it (for the card, and for `!restore`).
    pub text: String,
    /// When the message was sent (homeserver time), if known.
    pub sent_ms: Option<u64>,
    pub reporters: Vec<Reporter>,
    /// Removed at once because enough members reported it (pending review).
    pub hidden_ms: Option<u64>,
    pub decided: Option<Decided>,
    /// The card in the desk, once posted (kept by the executor beside the record).
    #[serde(default, skip_serializing)]
    pub card_event: Option<String>,
}

impl MemberReport {
    pub fn id(&self) -> String {
        report_id(self.number)
    }

    /// A report of the account itself (the client's *Report user*), not of a message.
    pub fn is_about_user(&self) -> bool {
        self.event_id.starts_with(USER_TARGET)
    }

    /// How many different members reported it.
    pub fn distinct_reporters(&self) -> usize {
        let mut users: Vec<&str> = self.reporters.iter().map(|r| r.user.as_str()).collect();
        users.sort_unstable();
        users.dedup();
        users.len()
    }
}

/// Which report a card belongs to (carried by actions, persisted in the outbox).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberReportRef {
    pub district: String,
    pub number: u32,
}

impl From<&MemberReport> for MemberReportRef {
    fn from(r: &MemberReport) -> Self {
        MemberReportRef {
            district: r.district.clone(),
            number: r.number,
        }
    }
}

/// What a report of a user is keyed by in place of a message's event id.
const USER_TARGET: &str = "user:";

pub fn user_target(user: &str) -> String {
    format!("{USER_TARGET}{user}")
}

pub fn report_id(number: u32) -> String {
    format!("R-{number}")
}

/// `R-3`, `r-3`, `#R-3` → 3. (A bare number is a ticket's, not a report's.)
pub fn parse_report_id(arg: &str) -> Option<u32> {
    let a = arg.trim().trim_start_matches('#');
    let n = a.strip_prefix("R-").or_else(|| a.strip_prefix("r-"))?;
    n.parse().ok().filter(|n| *n > 0)
}
