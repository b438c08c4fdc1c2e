//! A station room's lock, as stored with its live settings.

use serde::{Deserialize, Serialize};

/// A station room's lock, kept with its live settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lock {
    pub by: String,
    pub reason: String,
    pub at_ms: u64,
    /// `None`: until `!unlock`.
    pub until_ms: Option<u64>,
}
