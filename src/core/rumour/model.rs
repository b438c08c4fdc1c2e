//! Rumour items (fingerprinted posts, sightings, verdicts) and the rules for them, as stored.

use crate::core::event::BotEvent;
use crate::core::fingerprint::Fingerprint;
use serde::{Deserialize, Serialize};

/// `[rumours]` in the config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RumourRules {
    pub enabled: bool,
    /// Copies within this time count towards spread.
    pub window_ms: u64,
    /// Copies are remembered this long for verdicts.
    pub retention_ms: u64,
    /// Spread: this many station rooms…
    pub min_rooms: usize,
    /// …or this many different senders.
    pub min_senders: usize,
    /// Remove later copies of an item found false (the sender is told why).
    pub redact_known_false: bool,
    /// At most this many fingerprints in the near-duplicate index (about 450 bytes each);
    /// the oldest leave first.
    pub max_fingerprints: usize,
}

impl Default for RumourRules {
    fn default() -> Self {
        RumourRules {
            enabled: true,
            window_ms: 6 * 3_600_000,
            retention_ms: 30 * 86_400_000,
            min_rooms: 3,
            min_senders: 5,
            redact_known_false: false,
            max_fingerprints: 250_000,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    False,
    True,
    Misleading,
}

impl VerdictKind {
    pub fn parse(s: &str) -> Option<VerdictKind> {
        Some(match s.to_lowercase().as_str() {
            "false" | "fake" | "झूठ" | "गलत" | "ग़लत" => VerdictKind::False,
            "true" | "सच" | "सही" => VerdictKind::True,
            "misleading" | "भ्रामक" => VerdictKind::Misleading,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub kind: VerdictKind,
    pub clarification: String,
    pub by: String,
    pub at_ms: u64,
}

/// One copy of an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sighting {
    pub room_id: String,
    pub event_id: String,
    pub sender: String,
    pub at_ms: u64,
    /// It got its one label (spread warning or clarification).
    pub labelled: bool,
}

/// Copies remembered per item: enough to answer each; a flood beyond it is counted only.
pub const MAX_SIGHTINGS: usize = 500;

/// A piece of content going round the district.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RumourItem {
    pub v: u8,
    pub district: String,
    /// The exact key of its first copy, in hex.
    pub id: String,
    /// What it says (the first copy's text, shortened), or what the file is.
    pub excerpt: String,
    pub media: bool,
    pub first_at_ms: u64,
    pub first_sender: String,
    pub first_room: String,
    pub sightings: Vec<Sighting>,
    /// Copies beyond [`MAX_SIGHTINGS`].
    pub more: u64,
    /// When the spread alert was raised.
    pub flagged_at_ms: Option<u64>,
    pub verdict: Option<Verdict>,
    /// Earlier verdicts (changed or withdrawn).
    pub history: Vec<Verdict>,
    /// Who asked the tipline about it.
    pub askers: Vec<String>,
    /// The control room's alert and tipline request (kept by the executor beside the item).
    #[serde(default, skip_serializing)]
    pub alert_event: Option<String>,
    #[serde(default, skip_serializing)]
    pub request_event: Option<String>,
}

impl RumourItem {
    /// A new item first seen in `ev` (its sender, room and time).
    pub(crate) fn new(
        ev: &BotEvent,
        district: &str,
        fp: &Fingerprint,
        excerpt: String,
        media: bool,
    ) -> Self {
        RumourItem {
            v: 1,
            district: district.to_string(),
            id: format!("{:016x}", fp.exact),
            excerpt,
            media,
            first_at_ms: ev.origin_ts_ms,
            first_sender: ev.sender.clone(),
            first_room: ev.room_id.clone(),
            sightings: vec![],
            more: 0,
            flagged_at_ms: None,
            verdict: None,
            history: vec![],
            askers: vec![],
            alert_event: None,
            request_event: None,
        }
    }

    /// Station rooms and senders with copies since `since_ms`.
    pub fn spread(&self, since_ms: u64) -> (usize, usize) {
        let recent = || self.sightings.iter().filter(|s| s.at_ms >= since_ms);
        let mut rooms: Vec<&str> = recent().map(|s| s.room_id.as_str()).collect();
        rooms.sort_unstable();
        rooms.dedup();
        let mut senders: Vec<&str> = recent().map(|s| s.sender.as_str()).collect();
        senders.sort_unstable();
        senders.dedup();
        (rooms.len(), senders.len())
    }

    pub fn copies(&self) -> u64 {
        self.sightings.len() as u64 + self.more
    }
}
