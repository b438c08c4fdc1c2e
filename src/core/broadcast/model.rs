//! A broadcast: what was sent where, and its delivery count, as stored.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One broadcast and how far it got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Broadcast {
    pub v: u8,
    /// The command's event id.
    pub id: String,
    pub district: String,
    pub by: String,
    pub at_ms: u64,
    pub urgent: bool,
    pub pin: bool,
    /// Every target room: room id → its name for the report.
    pub rooms: BTreeMap<String, String>,
    /// Room id → event id of the delivered copy.
    pub delivered: BTreeMap<String, String>,
    /// Room id → why it could not be delivered.
    pub failed: BTreeMap<String, String>,
    /// The progress reply in the control room, once posted.
    pub progress_event: Option<String>,
    pub control_room: String,
    /// The final reply under the progress has been claimed (posted once, by one worker).
    #[serde(default)]
    pub final_posted: bool,
}

impl Broadcast {
    pub fn done(&self) -> bool {
        self.delivered.len() + self.failed.len() >= self.rooms.len()
    }
}
