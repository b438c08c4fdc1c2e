//! [`BotEvent`]: what the rules need of a Matrix event, nothing more. Built by the Matrix
//! adapter from live sync and from catch-up pagination alike.

use crate::core::district::RoomPlace;

/// Where an event happened, as far as the bot is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A room of a district (SPEC §3).
    District(RoomPlace),
    /// A direct chat between one user and the bot.
    Dm,
    /// A policy list room the config subscribes to (its alias or id).
    PolicyList(String),
}

/// A membership change, as the bot needs to tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberChange {
    /// Asked to join ("ask to join" in Element).
    Knock,
    Join,
    /// Left, retracted a knock or rejected an invite.
    Leave,
    /// Removed by someone else (or knock denied, invite revoked).
    Kicked,
    Banned,
    Invited,
    /// Profile changes and the like.
    Other,
}

/// What kind of media a message carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    Image,
    Video,
    Audio,
    File,
    Location,
}

impl MediaKind {
    pub fn name(self) -> &'static str {
        match self {
            MediaKind::Image => "image",
            MediaKind::Video => "video",
            MediaKind::Audio => "audio",
            MediaKind::File => "file",
            MediaKind::Location => "location",
        }
    }

    /// What people call it, in `lang` ("photo", "फ़ोटो").
    pub fn word(self, lang: crate::core::district::Lang) -> &'static str {
        use crate::core::district::Lang::{En, Hi};
        match (lang, self) {
            (Hi, MediaKind::Image) => "फ़ोटो",
            (Hi, MediaKind::Video) => "वीडियो",
            (Hi, MediaKind::Audio) => "ऑडियो",
            (Hi, MediaKind::File) => "फ़ाइल",
            (Hi, MediaKind::Location) => "लोकेशन",
            (En, MediaKind::Image) => "photo",
            (En, MediaKind::Video) => "video",
            (En, MediaKind::Audio) => "audio",
            (En, MediaKind::File) => "file",
            (En, MediaKind::Location) => "location",
        }
    }

    pub fn parse(s: &str) -> Option<MediaKind> {
        Some(match s {
            "image" | "photo" => MediaKind::Image,
            "video" => MediaKind::Video,
            "audio" | "voice" => MediaKind::Audio,
            "file" => MediaKind::File,
            "location" => MediaKind::Location,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventBody {
    /// `m.text` (and `m.emote`): what users type, commands included. `mentions` are the user
    /// ids the message mentions (pills), so `!approve <pill>` works like `!approve @u:server`.
    /// `room_mention`: the message notifies the whole room (`@room`).
    Text {
        body: String,
        mentions: Vec<String>,
        room_mention: bool,
    },
    /// `m.notice`: what bots send. Never a command (prevents bot loops); a member's notice in a
    /// station room is still moderated like text, so the msgtype is no way around the rules.
    Notice {
        body: String,
        mentions: Vec<String>,
        room_mention: bool,
    },
    /// A message whose content cannot be interpreted at all (e.g. an `m.room.message` whose
    /// `body` is missing or not a string, sent by a hostile client): never read, and in a
    /// station room handled by the `malformed` rule.
    Unreadable,
    /// A photo, video, voice note, file or location; `content` is the event's content as
    /// sent (without relations), for the executor to copy (evidence, relays).
    Media {
        kind: MediaKind,
        content: serde_json::Value,
        /// SHA-256 (hex) of the decrypted file, when the adapter fetched it (station rooms).
        digest: Option<String>,
    },
    /// Anything else a member posts (stickers, polls…): counted, never read.
    Other,
    /// The sender changed their message `target`; `body` is the new text.
    Edit { target: String, body: String },
    /// Message `target` was removed.
    Redaction { target: String },
    /// `target`'s membership changed (the event's sender made the change).
    Member {
        target: String,
        change: MemberChange,
        reason: Option<String>,
        display_name: Option<String>,
    },
    /// A reaction `key` (e.g. ✅) on `target_event`.
    Reaction { key: String, target_event: String },
    /// A member reported message `target` (by `target_sender`) to the homeserver with their
    /// client's *Report* button; read from the homeserver's admin API. `excerpt` is the
    /// message's text as the bot reads it (empty when it cannot).
    Reported {
        report_id: u64,
        target: String,
        target_sender: String,
        reason: String,
        excerpt: String,
    },
    /// A user rule in a policy list (MSC2313): `entity` may hold `*` and `?` globs.
    PolicyRule {
        entity: String,
        recommendation: String,
        reason: String,
    },
}

impl BotEvent {
    /// The text of a text message, as typed.
    pub fn body_text(&self) -> Option<&str> {
        match &self.body {
            EventBody::Text { body, .. } => Some(body),
            _ => None,
        }
    }
}

impl EventBody {
    pub fn text(body: impl Into<String>) -> EventBody {
        EventBody::Text {
            body: body.into(),
            mentions: Vec::new(),
            room_mention: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BotEvent {
    pub event_id: String,
    pub room_id: String,
    pub sender: String,
    /// The homeserver's timestamp, in ms since the Unix epoch.
    pub origin_ts_ms: u64,
    pub place: Place,
    pub body: EventBody,
    /// Relay hops behind this message: 0 for an original, n for a copy another Saathi made
    /// (read from its relay mark), so relays can never go round in circles.
    pub hops: u8,
    /// The message this one replies to (or the root of its thread).
    pub reply_to: Option<String>,
}
