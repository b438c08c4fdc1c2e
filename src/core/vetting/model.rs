//! The records of vetting: join requests, volunteers and the blocklist, as stored.

use serde::{Deserialize, Serialize};

/// How someone asked to join.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// "Ask to join" on the station room.
    Knock,
    /// `!join <station>` in a DM with the bot.
    Dm,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum RequestStatus {
    Open,
    Approved {
        by: String,
        at_ms: u64,
    },
    Denied {
        by: String,
        at_ms: u64,
        reason: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequest {
    pub v: u8,
    pub district: String,
    pub station: String,
    pub user: String,
    pub display_name: Option<String>,
    pub reason: Option<String>,
    pub via: Via,
    pub at_ms: u64,
    pub status: RequestStatus,
    /// The request card in the desk, once it is posted.
    pub card_event: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VolunteerStatus {
    Active,
    Left,
    Removed,
    Blocked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Volunteer {
    pub v: u8,
    pub district: String,
    pub station: String,
    pub user: String,
    pub category: String,
    pub locality: Option<String>,
    pub approved_by: String,
    pub since_ms: u64,
    pub status: VolunteerStatus,
    pub status_at_ms: u64,
    /// The verification code of the credential (see `credential`).
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockEntry {
    pub v: u8,
    pub district: String,
    pub user: String,
    pub reason: String,
    pub by: String,
    pub at_ms: u64,
}
