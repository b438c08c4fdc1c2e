//! Relay rules and the copies they made, as stored.

use crate::core::district::{District, RoomKind};
use crate::core::emergency::EmergencyWords;
use crate::core::event::MediaKind;
use crate::core::roles::Role;
use serde::{Deserialize, Serialize};

/// Copies of copies stop here (the bot never relays its own copies; this bounds chains
/// between several Saathi instances in the same rooms).
pub const MAX_HOPS: u8 = 3;

/// A room as a rule names it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "station", rename_all = "snake_case")]
pub enum Spot {
    Announcements,
    Control,
    Station(String),
    Desk(String),
    /// Every station room.
    AllStations,
    /// The desk of the station room the message came from (a target only).
    OwnDesk,
}

impl Spot {
    pub fn parse(s: &str, d: &District) -> Option<Spot> {
        let s = s.trim().to_lowercase();
        let station = |slug: &str| d.station(slug).map(|st| st.slug.clone());
        Some(match s.as_str() {
            "announcements" | "ann" => Spot::Announcements,
            "control" => Spot::Control,
            "all-stations" | "stations" => Spot::AllStations,
            "desk" => Spot::OwnDesk,
            _ => match s.strip_prefix("desk:") {
                Some(slug) => Spot::Desk(station(slug)?),
                None => Spot::Station(station(s.strip_prefix("station:").unwrap_or(&s))?),
            },
        })
    }

    pub fn show(&self) -> String {
        match self {
            Spot::Announcements => "announcements".into(),
            Spot::Control => "control".into(),
            Spot::Station(s) => s.clone(),
            Spot::Desk(s) => format!("desk:{s}"),
            Spot::AllStations => "all-stations".into(),
            Spot::OwnDesk => "desk".into(),
        }
    }

    /// The rooms this spot is as a source.
    pub(super) fn sources(&self, d: &District) -> Vec<RoomKind> {
        match self {
            Spot::AllStations => d
                .stations
                .iter()
                .map(|s| RoomKind::Station(s.slug.clone()))
                .collect(),
            Spot::OwnDesk => vec![],
            other => other.targets(d, None),
        }
    }

    /// The rooms this spot is as a target of a message from `from`.
    pub(super) fn targets(&self, d: &District, from: Option<&RoomKind>) -> Vec<RoomKind> {
        match self {
            Spot::Announcements => vec![RoomKind::Announcements],
            Spot::Control => vec![RoomKind::Control],
            Spot::Station(s) => vec![RoomKind::Station(s.clone())],
            Spot::Desk(s) => vec![RoomKind::Desk(s.clone())],
            Spot::AllStations => d
                .stations
                .iter()
                .map(|s| RoomKind::Station(s.slug.clone()))
                .collect(),
            Spot::OwnDesk => match from {
                Some(RoomKind::Station(s)) => vec![RoomKind::Desk(s.clone())],
                _ => vec![],
            },
        }
    }
}

/// Whose messages a rule relays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Senders {
    Staff,
    Volunteers,
    Anyone,
}

impl Senders {
    pub fn parse(s: &str) -> Option<Senders> {
        Some(match s.to_lowercase().as_str() {
            "staff" => Senders::Staff,
            "volunteers" | "volunteer" => Senders::Volunteers,
            "anyone" | "all" => Senders::Anyone,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Senders::Staff => "staff",
            Senders::Volunteers => "volunteers",
            Senders::Anyone => "anyone",
        }
    }

    pub(super) fn admits(self, role: Role) -> bool {
        match self {
            Senders::Staff => role >= Role::Staff,
            Senders::Volunteers => role == Role::Volunteer,
            Senders::Anyone => true,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelayRule {
    pub v: u8,
    pub district: String,
    /// Counts from 1 per district; shown as `R<n>`.
    pub number: u32,
    pub from: Spot,
    pub to: Spot,
    pub senders: Senders,
    /// Only messages naming one of these (normalised like the moderation rules); empty: all.
    pub words: Vec<String>,
    /// `text` and media kinds (`image`, `video`, `audio`, `file`, `location`); empty: all.
    pub kinds: Vec<String>,
    pub by: String,
    pub at_ms: u64,
    /// Who removed it and when; a removed rule stays on record and relays nothing.
    pub removed: Option<crate::core::tickets::Step>,
}

/// The district's rules in force.
impl RelayRule {
    pub fn id(&self) -> String {
        format!("R{}", self.number)
    }

    pub(super) fn admits_kind(&self, kind: Option<MediaKind>) -> bool {
        let name = kind.map_or("text", MediaKind::name);
        self.kinds.is_empty() || self.kinds.iter().any(|k| k == name)
    }

    pub(super) fn admits_text(&self, text: &str) -> bool {
        self.words.is_empty() || EmergencyWords::new(&self.words, 0).find(text).is_some()
    }
}

/// A relayed copy as the executor recorded it: where the original's edits and removal go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyRecord {
    pub room_id: String,
    pub event_id: String,
    /// The attribution line, as sent.
    pub caption: String,
    /// A text copy (edits follow it); media copies keep their caption.
    pub text: bool,
}
