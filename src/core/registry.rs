//! The records of vetting (SPEC §6): join requests, volunteers, blocklist entries. Persisted
//! (serde, versioned); the core decides how they change, the store keeps them.

use serde::{Deserialize, Serialize};

pub use super::moderation::records::{Measure, Mute, Sanction, Undone};
pub use super::moderation::settings::RoomSettings;
pub use super::tickets::Ticket;

/// How someone asked to join.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// "Ask to join" on the station room.
    Knock,
    /// `!join <station>` in a DM with the bot.
    Dm,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum RequestStatus {
    Open,
    Approved {
        by: String,
        at_ms: u64,
    },
    Denied {
        by: String,
        at_ms: u64,
        reason: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequest {
    pub v: u8,
    pub district: String,
    pub station: String,
    pub user: String,
    pub display_name: Option<String>,
    pub reason: Option<String>,
    pub via: Via,
    pub at_ms: u64,
    pub status: RequestStatus,
    /// The request card in the desk, once it is posted.
    pub card_event: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VolunteerStatus {
    Active,
    Left,
    Removed,
    Blocked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Volunteer {
    pub v: u8,
    pub district: String,
    pub station: String,
    pub user: String,
    pub category: String,
    pub locality: Option<String>,
    pub approved_by: String,
    pub since_ms: u64,
    pub status: VolunteerStatus,
    pub status_at_ms: u64,
    /// The verification code of the credential (see `credential`).
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockEntry {
    pub v: u8,
    pub district: String,
    pub user: String,
    pub reason: String,
    pub by: String,
    pub at_ms: u64,
}

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

/// Notices a user gets at most once a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// The ID-card policy reply.
    IdCard,
    /// "Please do not post greetings".
    Greeting,
}

impl Reminder {
    pub fn name(self) -> &'static str {
        match self {
            Reminder::IdCard => "idcard",
            Reminder::Greeting => "greeting",
        }
    }
}

/// A change to the records, applied in the same store transaction as the ledger entry of the
/// event that caused it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    PutRequest(JoinRequest),
    PutVolunteer(Volunteer),
    PutBlock(BlockEntry),
    RemoveBlock {
        district: String,
        user: String,
    },
    /// A once-a-day notice of `kind` went to `user` on `day` (days since the epoch).
    Reminded {
        kind: Reminder,
        user: String,
        day: u64,
    },
    Audit(AuditEntry),
    /// A moderation action (new, or marked undone).
    PutSanction(Sanction),
    PutMute(Mute),
    RemoveMute {
        district: String,
        station: String,
        user: String,
    },
    /// A station's live moderation settings (`!set`, `!lexicon`, `!dryrun`).
    PutRoomSettings {
        district: String,
        station: String,
        settings: RoomSettings,
    },
    /// A ticket, new or changed (the card's event id is kept apart, by the executor).
    PutTicket(super::tickets::Ticket),
    /// A copy of a rumour item was seen (or asked about): for the near-duplicate index.
    PutSighting {
        district: String,
        item: String,
        event_id: String,
        at_ms: u64,
        fp: super::rumour::fingerprint::Fingerprint,
    },
    PutRumourItem(super::rumour::RumourItem),
    /// A task, new or changed (its card's event id is kept apart, by the executor).
    PutTask(super::tasks::Task),
    /// A new evidence item (never changed afterwards).
    PutEvidence(super::tasks::Evidence),
    /// A daily count's new total (see `core::tally`).
    PutTally {
        day: i64,
        district: String,
        station: String,
        metric: String,
        value: u64,
    },
    /// A relay rule, new or removed.
    PutRelayRule(super::relay::RelayRule),
    /// A broadcast, as first queued (the executor records deliveries).
    PutBroadcast(super::broadcast::Broadcast),
    /// `user` joined the station room at `at_ms` (for the new-member link rule).
    Joined {
        district: String,
        station: String,
        user: String,
        at_ms: u64,
    },
}

/// What the core may read of the records and rooms while deciding.
pub trait StateView {
    fn request(&self, district: &str, station: &str, user: &str) -> Option<JoinRequest>;
    fn request_by_card(&self, card_event: &str) -> Option<JoinRequest>;
    fn open_requests(&self, district: &str, station: &str) -> Vec<JoinRequest>;
    fn volunteer(&self, district: &str, station: &str, user: &str) -> Option<Volunteer>;
    /// Every station record of `user`, in any district.
    fn volunteer_records(&self, user: &str) -> Vec<Volunteer>;
    fn volunteer_by_code(&self, code: &str) -> Option<Volunteer>;
    fn volunteers(&self, district: &str) -> Vec<Volunteer>;
    fn block(&self, district: &str, user: &str) -> Option<BlockEntry>;
    fn blocks(&self, district: &str) -> Vec<BlockEntry>;
    /// The day `user` last got the once-a-day notice `kind`.
    fn reminded_on(&self, kind: Reminder, user: &str) -> Option<u64>;
    /// An `m.ban` user rule of a subscribed policy list that matches `user`: (list, reason).
    fn external_ban(&self, user: &str) -> Option<(String, String)>;
    /// The Matrix room id of a district room, if the bot is in it.
    fn room_id(&self, place: &super::district::RoomPlace) -> Option<String>;
    fn sanction(&self, id: &str) -> Option<Sanction>;
    /// Every moderation action against `user` in the district, oldest first.
    fn sanctions_of(&self, district: &str, user: &str) -> Vec<Sanction>;
    fn mute(&self, district: &str, station: &str, user: &str) -> Option<Mute>;
    /// Every timed mute in force.
    fn mutes(&self) -> Vec<Mute>;
    /// The station's live settings (empty when staff changed nothing).
    fn room_settings(&self, district: &str, station: &str) -> RoomSettings;
    /// When `user` last joined the station room, if the bot saw it.
    fn joined_at(&self, district: &str, station: &str, user: &str) -> Option<u64>;
    /// How many messages `user` sent in `room_id` since `since_ms` (homeserver time), the
    /// event being decided included. Kept in memory: a restart forgets the last minute.
    fn messages_since(&self, room_id: &str, user: &str, since_ms: u64) -> u32;
    // Tickets; a view without them (`saathi explain`) has none.
    fn ticket(&self, _district: &str, _station: &str, _number: u32) -> Option<Ticket> {
        None
    }
    fn ticket_by_card(&self, _card_event: &str) -> Option<Ticket> {
        None
    }
    /// The highest ticket number of the station so far (0 before the first).
    fn last_ticket_number(&self, _district: &str, _station: &str) -> u32 {
        0
    }
    /// The newest ticket `reporter` opened (for attaching evidence).
    fn latest_ticket_of(&self, _reporter: &str) -> Option<Ticket> {
        None
    }
    /// The district's open tickets (`""`: every district's).
    fn open_tickets(&self, _district: &str) -> Vec<Ticket> {
        vec![]
    }
    /// Every relay rule of the district, removed ones included, by number.
    fn relay_rules(&self, _district: &str) -> Vec<super::relay::RelayRule> {
        vec![]
    }
    /// The rumour item whose fingerprint matches `fp` in the district's window.
    fn rumour_match(
        &self,
        _district: &str,
        _fp: &super::rumour::fingerprint::Fingerprint,
    ) -> Option<String> {
        None
    }
    fn rumour_item(&self, _district: &str, _id: &str) -> Option<super::rumour::RumourItem> {
        None
    }
    /// The item an event is a copy, alert or tipline request of: (district, item).
    fn rumour_by_event(&self, _event_id: &str) -> Option<(String, String)> {
        None
    }
    /// The district's items with a verdict.
    fn rumour_verdicts(&self, _district: &str) -> Vec<super::rumour::RumourItem> {
        vec![]
    }
    fn task(&self, _district: &str, _number: u32) -> Option<super::tasks::Task> {
        None
    }
    fn task_by_card(&self, _card_event: &str) -> Option<super::tasks::Task> {
        None
    }
    fn last_task_number(&self, _district: &str) -> u32 {
        0
    }
    /// Open tasks of the district (`""`: of every district).
    fn open_tasks(&self, _district: &str) -> Vec<super::tasks::Task> {
        vec![]
    }
    /// A task's evidence items, in order.
    fn task_evidence(&self, _district: &str, _number: u32) -> Vec<super::tasks::Evidence> {
        vec![]
    }
    /// A daily count (0 when nothing was counted).
    fn tally(&self, _day: i64, _district: &str, _station: &str, _metric: &str) -> u64 {
        0
    }
    /// Every count of a district's day: (station, metric, value).
    fn tallies(&self, _day: i64, _district: &str) -> Vec<(String, String, u64)> {
        vec![]
    }
    /// The relayed copies of a message.
    fn copies_of(&self, _event_id: &str) -> Vec<super::relay::CopyRecord> {
        vec![]
    }
}
