//! Effects as data. The core decides; an executor (the Matrix adapter, or a dry-run logger)
//! carries out. Actions are persisted in the outbox, so they are serde types with a version.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Action {
    /// An `m.notice` in `room_id`, as a reply to `in_reply_to`, mentioning `mention`.
    Reply {
        room_id: String,
        in_reply_to: String,
        mention: String,
        body: String,
        html: Option<String>,
    },
}

impl Action {
    pub fn room_id(&self) -> &str {
        match self {
            Action::Reply { room_id, .. } => room_id,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Action::Reply { .. } => "reply",
        }
    }
}
