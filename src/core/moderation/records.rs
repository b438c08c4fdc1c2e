//! The records of moderation: every action taken (a [`Sanction`], with a short id for
//! `!undo`), and the mutes that must lift on time.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

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
