//! The records of impersonation: members whose display names pose as the police (suspects),
//! and the display names of the district's official accounts as the bot last saw them.

use serde::{Deserialize, Serialize};

/// How a suspect's case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    /// The member changed the name to one that poses as no one.
    Renamed { at_ms: u64 },
    /// Removed from the district's rooms after the grace period.
    Removed { at_ms: u64 },
    /// Left every room the bot saw them in before the grace period ended.
    Left { at_ms: u64 },
}

/// A member of a district room whose display name resembles an official account or a police
/// title. One record per (district, member); a later flag after an outcome starts a new case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suspect {
    pub v: u8,
    pub district: String,
    pub user: String,
    /// The display name as last seen.
    pub name: String,
    /// What it resembles, for the desk ("SHO + Hazratganj", "@sho:server “SHO Hazratganj”").
    pub resembles: String,
    /// The station whose desk is told (`None`: the control room).
    pub station: Option<String>,
    /// The district rooms the member was seen in under that name.
    pub rooms: Vec<String>,
    pub flagged_ms: u64,
    /// When the member is removed unless renamed (`None`: flag only).
    pub remove_at_ms: Option<u64>,
    pub outcome: Option<Outcome>,
}

impl Suspect {
    pub fn is_open(&self) -> bool {
        self.outcome.is_none()
    }
}

/// The display name of an official account (staff, officer), from its last membership event
/// in a district room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficialName {
    pub v: u8,
    pub user: String,
    pub name: String,
}
