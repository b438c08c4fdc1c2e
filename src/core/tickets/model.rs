//! The records of tickets (reports to a desk) and the rules they follow, as stored.

use crate::core::event::MediaKind;
use serde::{Deserialize, Serialize};

/// How a district handles reports (`[reports]` in the config).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRules {
    /// Remove the public copy of a report made in the station room; answer by DM.
    pub private: bool,
    /// Media the reporter sends within this time after `!report` attach to the ticket.
    pub evidence_window_ms: u64,
    /// Not acknowledged within this time → alert in the control room.
    pub ack_within_ms: u64,
    /// Not resolved within this time → escalated again.
    pub resolve_within_ms: u64,
    /// Read the homeserver's event reports (the client's *Report* button) into the desks.
    pub homeserver_reports: bool,
    /// Reports from this many different members remove a message at once, pending review
    /// (0: never).
    pub hide_after: u32,
    /// The desk card of a member's report names who reported (staff only see it).
    pub show_reporter: bool,
    /// How often the homeserver's reports are read.
    pub poll_interval_ms: u64,
}

impl Default for ReportRules {
    fn default() -> Self {
        ReportRules {
            private: true,
            evidence_window_ms: 2 * 60_000,
            ack_within_ms: 15 * 60_000,
            resolve_within_ms: 24 * 3_600_000,
            homeserver_reports: false,
            hide_after: 3,
            show_reporter: true,
            poll_interval_ms: 30_000,
        }
    }
}

/// One piece of evidence: the reporter's message, kept where it was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub event_id: String,
    pub kind: MediaKind,
    /// The homeserver's timestamp.
    pub at_ms: u64,
}

/// A step someone took on a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub by: String,
    pub at_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    pub v: u8,
    pub district: String,
    pub station: String,
    /// Counts from 1 per station.
    pub number: u32,
    pub reporter: String,
    pub text: String,
    /// When it was reported (the homeserver's timestamp of `!report`).
    pub at_ms: u64,
    /// Where `!report` was sent: the station room, or the DM with the bot.
    pub room_id: String,
    pub event_id: String,
    pub via_dm: bool,
    pub evidence: Vec<Evidence>,
    pub acked: Option<Step>,
    pub assignee: Option<String>,
    pub resolved: Option<Step>,
    pub note: Option<String>,
    /// Escalations already raised: not acknowledged, not resolved.
    pub escalated_ack: bool,
    pub escalated_resolve: bool,
    /// The card in the desk, once posted (kept by the executor beside the record).
    #[serde(default, skip_serializing)]
    pub card_event: Option<String>,
}

impl Ticket {
    /// `KOTWALI-12`.
    pub fn id(&self) -> String {
        ticket_id(&self.station, self.number)
    }

    pub fn is_open(&self) -> bool {
        self.resolved.is_none()
    }

    /// Late to be acknowledged or resolved at `now_ms`.
    pub fn overdue(&self, rules: &ReportRules, now_ms: u64) -> bool {
        self.is_open()
            && ((self.acked.is_none() && now_ms >= self.at_ms.saturating_add(rules.ack_within_ms))
                || now_ms >= self.at_ms.saturating_add(rules.resolve_within_ms))
    }
}

/// Which ticket a card or a copy belongs to (carried by actions, persisted in the outbox).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketRef {
    pub district: String,
    pub station: String,
    pub number: u32,
}

impl From<&Ticket> for TicketRef {
    fn from(t: &Ticket) -> Self {
        TicketRef {
            district: t.district.clone(),
            station: t.station.clone(),
            number: t.number,
        }
    }
}

pub fn ticket_id(station: &str, number: u32) -> String {
    format!("{}-{number}", station.to_uppercase())
}

/// `KOTWALI-12` (any case) → (`kotwali`, 12); a bare `12` → (`default_station`, 12).
pub fn parse_id(arg: &str, default_station: Option<&str>) -> Option<(String, u32)> {
    let arg = arg.trim().trim_start_matches('#');
    match arg.rsplit_once('-') {
        Some((station, n)) if !station.is_empty() => {
            Some((station.to_lowercase(), n.parse().ok().filter(|n| *n > 0)?))
        }
        Some(_) => None,
        None => Some((
            default_station?.to_string(),
            arg.parse().ok().filter(|n| *n > 0)?,
        )),
    }
}
