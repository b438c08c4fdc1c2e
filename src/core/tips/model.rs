//! The records of anonymous tips, as stored. The tipster's account is kept here and nowhere
//! else: no card, reply, export or audit entry carries it.

use crate::core::event::MediaKind;
use serde::{Deserialize, Serialize};

/// Who wrote a message of a tip's conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum Said {
    /// The tipster (never named).
    Tipster,
    /// Station staff or an officer, by account.
    Police { by: String },
}

/// One message after the tip itself: a reply either way, or a photo or location sent on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TipMessage {
    pub said: Said,
    pub at_ms: u64,
    /// The text, or for media the kind's name.
    pub text: String,
    #[serde(default)]
    pub media: Option<MediaKind>,
}

/// An officer looked up who sent the tip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reveal {
    pub by: String,
    pub at_ms: u64,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tip {
    pub v: u8,
    pub district: String,
    pub station: String,
    /// Counts from 1 per district: `TIP-<n>`.
    pub number: u32,
    /// The tipster's account: shown to no one but an officer who `!reveal`s it.
    pub tipster: String,
    /// The direct chat the tip came from; the police's replies go there.
    pub dm_room: String,
    pub text: String,
    pub at_ms: u64,
    /// The tipster's last message (photos sent within the evidence window of it go on).
    pub last_from_tipster_ms: u64,
    pub messages: Vec<TipMessage>,
    pub reveals: Vec<Reveal>,
    /// The card in the desk, once posted (kept by the executor beside the record).
    #[serde(default, skip_serializing)]
    pub card_event: Option<String>,
}

impl Tip {
    pub fn id(&self) -> String {
        tip_id(self.number)
    }
}

/// Which tip a card belongs to (carried by actions, persisted in the outbox).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TipRef {
    pub district: String,
    pub number: u32,
}

impl From<&Tip> for TipRef {
    fn from(t: &Tip) -> Self {
        TipRef {
            district: t.district.clone(),
            number: t.number,
        }
    }
}

pub fn tip_id(number: u32) -> String {
    format!("TIP-{number}")
}

/// `TIP-3`, `tip-3`, `#TIP-3` or a bare `3` → 3.
pub fn parse_tip_id(arg: &str) -> Option<u32> {
    let a = arg.trim().trim_start_matches('#');
    let n = match a.get(..4) {
        Some(p) if p.eq_ignore_ascii_case("tip-") => &a[4..],
        _ => a,
    };
    n.parse().ok().filter(|n| *n > 0)
}
