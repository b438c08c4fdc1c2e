//! [`Change`]: a change to the records, as the core decides it and the pipeline stores it
//! (in the same transaction as the event's ledger entry). [`Reminder`]: the once-a-day notices.

use crate::core::audit::AuditEntry;
use crate::core::moderation::model::{Mute, Sanction};
use crate::core::moderation::settings::RoomSettings;
use crate::core::vetting::model::{BlockEntry, JoinRequest, Volunteer};

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
    PutTicket(crate::core::tickets::Ticket),
    /// A copy of a rumour item was seen (or asked about): for the near-duplicate index.
    PutSighting {
        district: String,
        item: String,
        event_id: String,
        at_ms: u64,
        fp: crate::core::fingerprint::Fingerprint,
    },
    PutRumourItem(crate::core::rumour::RumourItem),
    /// A task, new or changed (its card's event id is kept apart, by the executor).
    PutTask(crate::core::tasks::Task),
    /// A new evidence item (never changed afterwards).
    PutEvidence(crate::core::tasks::Evidence),
    /// A daily count's new total (see `core::digest::tally`).
    PutTally {
        day: i64,
        district: String,
        station: String,
        metric: String,
        value: u64,
    },
    /// A relay rule, new or removed.
    PutRelayRule(crate::core::relay::RelayRule),
    /// A broadcast, as first queued (the executor records deliveries).
    PutBroadcast(crate::core::broadcast::Broadcast),
    /// A member's report of a message (the client's *Report*), new or changed.
    PutMemberReport(crate::core::member_reports::model::MemberReport),
    /// An anonymous tip, new or changed (its card's event id is kept apart, by the executor).
    PutTip(crate::core::tips::model::Tip),
    /// A member whose display name poses as the police: a new case, or its change.
    PutSuspect(crate::core::impersonation::model::Suspect),
    /// An official account's display name as last seen.
    PutOfficialName(crate::core::impersonation::model::OfficialName),
    /// `user` joined the station room at `at_ms` (for the new-member link rule).
    Joined {
        district: String,
        station: String,
        user: String,
        at_ms: u64,
    },
}
