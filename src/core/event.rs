//! [`BotEvent`]: what the rules need of a Matrix event, nothing more. Built by the Matrix
//! adapter from live sync and from catch-up pagination alike.

use super::district::RoomPlace;

/// Where an event happened, as far as the bot is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A room of a district (SPEC §3).
    District(RoomPlace),
    /// A direct chat between one user and the bot.
    Dm,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventBody {
    /// `m.text` (and `m.emote`): what users type, commands included.
    Text(String),
    /// `m.notice`: other bots; never treated as a command (prevents bot loops).
    Notice,
    /// Images, files, locations…: the later issues give them meaning.
    Other,
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
}
