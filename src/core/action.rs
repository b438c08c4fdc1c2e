//! Effects as data. The core decides; an executor (the Matrix adapter, or a dry-run logger)
//! carries out. Actions are persisted in the outbox, so they are serde types.

use serde::{Deserialize, Serialize};

/// Which join request a posted notice is the card of (so reactions on it can be read).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardOf {
    pub district: String,
    pub station: String,
    pub user: String,
}

/// What a posted card belongs to, so that its event id can be recorded beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Tracked {
    Ticket(crate::core::tickets::TicketRef),
    Task(crate::core::tasks::TaskRef),
    RumourAlert { district: String, item: String },
    RumourRequest { district: String, item: String },
    Tip(crate::core::tips::model::TipRef),
    MemberReport(crate::core::member_reports::model::MemberReportRef),
}

/// The message a relayed copy was made from, and the rule that made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyOrigin {
    pub room_id: String,
    pub event_id: String,
    pub rule: String,
    /// Relay hops the copy has made (the original's plus one).
    pub hops: u8,
    /// Who sent the original: the caption's `{sender}` becomes their display name.
    pub sender: String,
}

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
    /// An `m.notice` in a room; when `card` is set, the executor records the event id as that
    /// request's card.
    Notice {
        room_id: String,
        body: String,
        card: Option<CardOf>,
    },
    /// Replace the text of an earlier notice of the bot (the card's outcome).
    Edit {
        room_id: String,
        event_id: String,
        body: String,
    },
    /// A notice in the direct chat with `user` (created if there is none).
    Dm {
        user: String,
        body: String,
    },
    Invite {
        room_id: String,
        user: String,
    },
    /// Also denies a knock.
    Kick {
        room_id: String,
        user: String,
        reason: String,
    },
    Ban {
        room_id: String,
        user: String,
        reason: String,
    },
    Unban {
        room_id: String,
        user: String,
    },
    /// Remove a message (the room keeps a "message deleted" placeholder). Never with a reason:
    /// redaction reasons are not encrypted and every member sees them under the sender's name,
    /// so a reason would tell the room *why* (a private report, a tip's evidence). The sender
    /// learns why by DM, the desk by its log line; removals by the bot all look alike.
    Redact {
        room_id: String,
        event_id: String,
    },
    /// The progress reply of a broadcast; the executor records its event id in the record
    /// and edits it as deliveries come in.
    Progress {
        room_id: String,
        in_reply_to: String,
        body: String,
        broadcast: String,
    },
    /// One room's copy of a broadcast (`urgent`: with an `@room` mention; `pin`: pinned).
    Broadcast {
        room_id: String,
        body: String,
        urgent: bool,
        pin: bool,
        broadcast: String,
    },
    /// Take away `user`'s right to post in the room (a power level below `events_default`).
    Mute {
        room_id: String,
        user: String,
    },
    /// Give it back (the user's power level returns to the room's default).
    Unmute {
        room_id: String,
        user: String,
    },
    /// Announcement-only mode on or off: only staff may post while it is on.
    Quiet {
        room_id: String,
        on: bool,
    },
    /// A ticket's card in the desk; the executor records its event id beside the ticket
    /// (reactions on it work the ticket, later steps edit it).
    Card {
        room_id: String,
        body: String,
        of: Tracked,
    },
    /// A threaded reply (notice) under a member's message: a rumour label or clarification.
    Label {
        room_id: String,
        event_id: String,
        body: String,
    },
    /// A copy of a member's message (evidence for a desk, a relay): media are downloaded,
    /// decrypted and uploaded again, so the copy stands on its own; `caption` goes with it.
    Copy {
        room_id: String,
        content: serde_json::Value,
        caption: String,
        /// For relays: the original, so that the copy follows its edits and redaction.
        origin: Option<CopyOrigin>,
    },
    /// A photo passed on without anything of its sender (an anonymous tip's): downloaded,
    /// decoded and encoded again, so no EXIF (place, camera, time), file name or thumbnail goes
    /// along; `caption` is its body.
    AnonymousImage {
        room_id: String,
        content: serde_json::Value,
        caption: String,
    },
    /// The daily digest: `text`, a bar chart of `table` (PNG) and `csv` as a file.
    Digest {
        room_id: String,
        in_reply_to: Option<String>,
        text: String,
        csv: String,
        table: crate::core::digest::Table,
        district: String,
    },
    /// A state event (e.g. a policy rule); an empty content object withdraws it.
    SetState {
        room_id: String,
        event_type: String,
        state_key: String,
        content: serde_json::Value,
    },
}

impl Action {
    pub fn room_id(&self) -> &str {
        match self {
            Action::Reply { room_id, .. }
            | Action::Notice { room_id, .. }
            | Action::Edit { room_id, .. }
            | Action::Invite { room_id, .. }
            | Action::Kick { room_id, .. }
            | Action::Ban { room_id, .. }
            | Action::Unban { room_id, .. }
            | Action::SetState { room_id, .. }
            | Action::Redact { room_id, .. }
            | Action::Mute { room_id, .. }
            | Action::Unmute { room_id, .. }
            | Action::Quiet { room_id, .. }
            | Action::Progress { room_id, .. }
            | Action::Broadcast { room_id, .. }
            | Action::Card { room_id, .. }
            | Action::Label { room_id, .. }
            | Action::Digest { room_id, .. }
            | Action::Copy { room_id, .. }
            | Action::AnonymousImage { room_id, .. } => room_id,
            Action::Dm { .. } => "(dm)",
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Action::Reply { .. } => "reply",
            Action::Notice { .. } => "notice",
            Action::Edit { .. } => "edit",
            Action::Dm { .. } => "dm",
            Action::Invite { .. } => "invite",
            Action::Kick { .. } => "kick",
            Action::Ban { .. } => "ban",
            Action::Unban { .. } => "unban",
            Action::SetState { .. } => "set_state",
            Action::Redact { .. } => "redact",
            Action::Mute { .. } => "mute",
            Action::Unmute { .. } => "unmute",
            Action::Quiet { .. } => "quiet",
            Action::Progress { .. } => "progress",
            Action::Broadcast { .. } => "broadcast",
            Action::Card { .. } => "card",
            Action::Label { .. } => "label",
            Action::Digest { .. } => "digest",
            Action::Copy { .. } => "copy",
            Action::AnonymousImage { .. } => "anonymous_image",
        }
    }
}
