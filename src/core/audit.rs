//! [`AuditEntry`]: one decision in the audit log, as stored and exported.

use serde::{Deserialize, Serialize};

/// One decision in the audit log: who did what to whom, when, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub v: u8,
    pub at_ms: u64,
    pub district: String,
    /// The user who decided (the requester, for automatic refusals).
    pub actor: String,
    /// e.g. `approve`, `deny`, `block`, `unblock`, `refuse_blocked`.
    pub action: String,
    pub target: String,
    pub detail: String,
    /// The event that caused it.
    pub event_id: String,
}

impl AuditEntry {
    /// An entry for timed work (no sender, no event: `id` is the timer's ledger id).
    pub fn timer(at_ms: u64, district: &str, action: &str, target: &str, id: &str) -> AuditEntry {
        AuditEntry {
            v: 1,
            at_ms,
            district: district.to_string(),
            actor: "timer".into(),
            action: action.to_string(),
            target: target.to_string(),
            detail: String::new(),
            event_id: id.to_string(),
        }
    }
}
