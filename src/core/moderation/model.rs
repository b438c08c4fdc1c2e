//! The records and rules of moderation: every action taken (a [`Sanction`], with a short id
//! for `!undo`), the mutes that must lift on time, the district's [`Rules`] and each room's
//! live [`RoomSettings`].

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// What was done to the member (besides removing the message, see [`Sanction::redacted`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Measure {
    /// Only the message was removed.
    None,
    Warn,
    Mute {
        until_ms: u64,
    },
    Kick,
    Ban,
    Unmute,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Undone {
    pub by: String,
    pub at_ms: u64,
}

/// One moderation action, automatic or manual.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sanction {
    pub v: u8,
    /// Short, for `!undo <id>`.
    pub id: String,
    pub district: String,
    pub station: String,
    pub room_id: String,
    /// `greeting`, `flood`, `links`, `atroom`, `mentions`, `strikes`, or `manual`.
    pub rule: String,
    pub measure: Measure,
    /// The evidence message was removed.
    pub redacted: bool,
    /// Counts towards the strike ladder.
    pub strike: bool,
    pub target: String,
    /// The message that caused it (the command, for manual actions).
    pub evidence: String,
    /// The rule (`rule:flood`) or the staff member.
    pub actor: String,
    pub reason: String,
    pub at_ms: u64,
    /// Decided in dry-run mode: posted to the desk, not carried out.
    pub dry_run: bool,
    pub undone: Option<Undone>,
}

/// A timed mute, lifted by the ticker when `until_ms` has passed (across restarts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mute {
    pub v: u8,
    pub district: String,
    pub station: String,
    pub room_id: String,
    pub user: String,
    pub until_ms: u64,
    pub sanction: String,
}

/// Letters that cannot be misread (no i/l/1, o/0).
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// The short id of the action `rule` took because of event `cause`: the same on every replay
/// of the event, six characters, `salt` > 0 only after a collision.
pub fn sanction_id(cause: &str, rule: &str, salt: u32) -> String {
    let mut h = Sha256::new();
    h.update(cause.as_bytes());
    h.update([0]);
    h.update(rule.as_bytes());
    h.update(salt.to_be_bytes());
    let digest = h.finalize();
    let mut n = u64::from_be_bytes(digest[..8].try_into().unwrap_or_default());
    (0..6)
        .map(|_| {
            let c = ALPHABET[(n % ALPHABET.len() as u64) as usize] as char;
            n /= ALPHABET.len() as u64;
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::sanction_id;

    #[test]
    fn ids_are_short_stable_and_distinct() {
        let a = sanction_id("$e1", "flood", 0);
        assert_eq!(a.len(), 6);
        assert_eq!(a, sanction_id("$e1", "flood", 0));
        assert_ne!(a, sanction_id("$e1", "greeting", 0));
        assert_ne!(a, sanction_id("$e2", "flood", 0));
        assert_ne!(a, sanction_id("$e1", "flood", 1));
        assert!(a.chars().all(|c| !"il1o0".contains(c)));
    }
}

/// `count` events within `window_ms`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub count: u32,
    pub window_ms: u64,
}

/// Quiet hours, in minutes after local midnight (`start > end` spans midnight).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Night {
    pub start_min: u32,
    pub end_min: u32,
}

impl Night {
    pub fn contains(&self, minute_of_day: u32) -> bool {
        if self.start_min <= self.end_min {
            (self.start_min..self.end_min).contains(&minute_of_day)
        } else {
            minute_of_day >= self.start_min || minute_of_day < self.end_min
        }
    }
}

/// The effective rules of one room. `None` turns a rule off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    pub greeting: bool,
    pub flood: Option<Rate>,
    pub flood_mute_ms: u64,
    /// Links from members who joined less than this long ago are removed.
    pub link_age_ms: Option<u64>,
    /// Domains (and their subdomains) whose links are always allowed.
    pub link_allow: Vec<String>,
    /// `@room` only from staff.
    pub atroom_staff_only: bool,
    /// Messages mentioning more users than this are removed.
    pub max_mentions: Option<u32>,
    /// Warnings within the window before a member is muted; one more and they are removed.
    pub strikes: Rate,
    pub strike_mute_ms: u64,
    /// Announcement-only hours (local time).
    pub night: Option<Night>,
    /// Decisions are posted to the desk, not carried out.
    pub dry_run: bool,
    /// Messages whose content cannot be read (a hostile client's malformed event) are removed.
    pub malformed_remove: bool,
    /// Members whose display names pose as the police: removed, flagged only, or let be.
    pub impersonation: Impersonation,
    /// How long a flagged member has to change the name before removal.
    pub impersonation_grace_ms: u64,
}

/// What happens to a member whose display name poses as the police (`moderation.impersonation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Impersonation {
    /// Flagged in the desk, asked by DM, removed after the grace period.
    Remove,
    /// Flagged in the desk and asked by DM; staff decide.
    Flag,
    Off,
}

impl Impersonation {
    pub fn parse(v: &str) -> Option<Impersonation> {
        Some(match v.to_lowercase().as_str() {
            "remove" | "on" => Impersonation::Remove,
            "flag" => Impersonation::Flag,
            "off" => Impersonation::Off,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Impersonation::Remove => "remove",
            Impersonation::Flag => "flag",
            Impersonation::Off => "off",
        }
    }
}

pub(crate) const MIN: u64 = 60_000;
pub(crate) const HOUR: u64 = 60 * MIN;
pub(crate) const DAY: u64 = 24 * HOUR;

impl Default for Rules {
    /// SPEC §6 defaults.
    fn default() -> Rules {
        Rules {
            greeting: true,
            flood: Some(Rate {
                count: 5,
                window_ms: MIN,
            }),
            flood_mute_ms: 10 * MIN,
            link_age_ms: Some(DAY),
            link_allow: Vec::new(),
            atroom_staff_only: true,
            max_mentions: Some(5),
            strikes: Rate {
                count: 3,
                window_ms: 30 * DAY,
            },
            strike_mute_ms: DAY,
            night: None,
            dry_run: false,
            malformed_remove: true,
            impersonation: Impersonation::Remove,
            impersonation_grace_ms: HOUR,
        }
    }
}

/// The per-room overrides staff made with `!set` and `!lexicon`, kept in sled.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomSettings {
    pub v: u8,
    /// `"<rule> <setting>"` → value, applied over the district's defaults.
    pub values: BTreeMap<String, String>,
    /// Phrases this station adds to / removes from the greeting list.
    pub lexicon_add: Vec<String>,
    pub lexicon_remove: Vec<String>,
    /// Night mode is in force now (the room was made announcement-only by the timer).
    #[serde(default)]
    pub night_active: bool,
    /// `!lock`: announcement-only until `!unlock` or its time.
    #[serde(default)]
    pub lock: Option<crate::core::lock::Lock>,
    /// When the room last raised an emergency alert (alerts are rate-limited per room).
    #[serde(default)]
    pub last_alert_ms: Option<u64>,
}

/// The station's own greeting words, from its live settings.
pub fn extra_words(s: &RoomSettings) -> crate::core::rules::greeting::Extra {
    crate::core::rules::greeting::Extra::new(&s.lexicon_add, &s.lexicon_remove)
}
