//! Relay rules (SPEC §6 "Reports", "Broadcast and lock"): officers tell the bot to copy messages
//! from one district room to others — announcements to every station room, a station room's
//! messages naming a missing child to its desk and the control room. Rules live in the records
//! and are managed from the control room (`!relay add|list|remove`). A copy carries who sent
//! it, from where, and a link to the original; it follows the original's edits and removal;
//! media are uploaded anew. Loops are impossible: a rule that would close a cycle is refused,
//! and every copy carries a hop count that stops copies of copies (another Saathi instance).

pub mod commands;
mod graph;
mod texts;

use serde::{Deserialize, Serialize};

use super::action::{Action, CopyOrigin};
use super::ctx::Ctx;
use super::decision::Decision;
use super::district::{District, RoomKind};
use super::emergency::EmergencyWords;
use super::event::{MediaKind, Place};
use super::roles::Role;

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
    fn sources(&self, d: &District) -> Vec<RoomKind> {
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
    fn targets(&self, d: &District, from: Option<&RoomKind>) -> Vec<RoomKind> {
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

    fn admits(self, role: Role) -> bool {
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
    pub removed: Option<super::tickets::Step>,
}

/// The district's rules in force.
pub fn active(c: &Ctx<'_>, district: &str) -> Vec<RelayRule> {
    let mut rules = c.view.relay_rules(district);
    rules.retain(|r| r.removed.is_none());
    rules
}

impl RelayRule {
    pub fn id(&self) -> String {
        format!("R{}", self.number)
    }

    fn admits_kind(&self, kind: Option<MediaKind>) -> bool {
        let name = kind.map_or("text", MediaKind::name);
        self.kinds.is_empty() || self.kinds.iter().any(|k| k == name)
    }

    fn admits_text(&self, text: &str) -> bool {
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

/// Copies of a member's message by the district's rules. `kind` is `None` for text;
/// `content` is what to copy.
pub fn on_message(
    c: &Ctx<'_>,
    kind: Option<MediaKind>,
    text: &str,
    content: &serde_json::Value,
) -> Vec<Action> {
    let Place::District(p) = &c.ev.place else {
        return vec![];
    };
    if c.ev.hops >= MAX_HOPS {
        return vec![];
    }
    let Some(d) = c.district(&p.district) else {
        return vec![];
    };
    let rules = active(c, &p.district);
    let mut targets: Vec<(RoomKind, String)> = Vec::new();
    for r in &rules {
        if !r.from.sources(d).contains(&p.kind)
            || !r.senders.admits(c.role)
            || !r.admits_kind(kind)
            || !r.admits_text(text)
        {
            continue;
        }
        for t in r.to.targets(d, Some(&p.kind)) {
            if t != p.kind && !targets.iter().any(|(k, _)| *k == t) {
                targets.push((t, r.id()));
            }
        }
    }
    let from_name = texts::room_name(c, d, &p.kind);
    let link = c.dir.link(&c.ev.room_id, &c.ev.event_id);
    targets
        .into_iter()
        .filter_map(|(kind, rule)| {
            let room_id = c.room(&p.district, kind)?;
            Some(Action::Copy {
                room_id,
                content: content.clone(),
                caption: texts::attribution(d.lang, &from_name, &link),
                origin: Some(CopyOrigin {
                    room_id: c.ev.room_id.clone(),
                    event_id: c.ev.event_id.clone(),
                    rule,
                    hops: c.ev.hops.saturating_add(1),
                    sender: c.ev.sender.clone(),
                }),
            })
        })
        .collect()
}

/// The original was edited: its text copies follow.
pub fn on_edit(c: &Ctx<'_>, target: &str, body: &str) -> Vec<Action> {
    c.view
        .copies_of(target)
        .into_iter()
        .filter(|copy| copy.text)
        .map(|copy| Action::Edit {
            room_id: copy.room_id,
            event_id: copy.event_id,
            body: format!("{}\n{body}", copy.caption),
        })
        .collect()
}

/// The original was removed (by its sender, staff or the bot): so are its copies.
pub fn on_redaction(c: &Ctx<'_>, target: &str) -> Decision {
    Decision {
        actions: c
            .view
            .copies_of(target)
            .into_iter()
            .map(|copy| Action::Redact {
                room_id: copy.room_id,
                event_id: copy.event_id,
            })
            .collect(),
        changes: vec![],
    }
}

#[cfg(test)]
mod tests;
