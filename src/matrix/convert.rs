//! ruma events → [`BotEvent`]. The same conversion serves live sync and catch-up, so both
//! paths feed the pipeline identical events.

use matrix_sdk::deserialized_responses::TimelineEvent;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent};
use matrix_sdk::ruma::events::{
    AnySyncMessageLikeEvent, AnySyncTimelineEvent, SyncMessageLikeEvent,
};

use crate::core::event::{BotEvent, EventBody, Place};

/// Longest text the bot looks at; the rest of a huge message cannot change a command.
const MAX_TEXT_BYTES: usize = 16 * 1024;

fn truncate(s: &str) -> String {
    if s.len() <= MAX_TEXT_BYTES {
        return s.to_string();
    }
    let mut end = MAX_TEXT_BYTES;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

pub fn message(ev: &OriginalSyncRoomMessageEvent, room_id: &str, place: Place) -> BotEvent {
    let body = match &ev.content.msgtype {
        MessageType::Text(t) => EventBody::Text(truncate(&t.body)),
        MessageType::Emote(t) => EventBody::Text(truncate(&t.body)),
        MessageType::Notice(_) => EventBody::Notice,
        _ => EventBody::Other,
    };
    BotEvent {
        event_id: ev.event_id.to_string(),
        room_id: room_id.to_string(),
        sender: ev.sender.to_string(),
        origin_ts_ms: ev.origin_server_ts.0.into(),
        place,
        body,
    }
}

/// What a paginated timeline event is to the bot.
pub enum Paged {
    Message(Box<OriginalSyncRoomMessageEvent>),
    /// Could not be decrypted (the room key has not arrived).
    Undecryptable {
        event_id: String,
        origin_ts_ms: u64,
    },
    /// Any other event (state, reactions…): only its timestamp matters to catch-up.
    Other {
        origin_ts_ms: u64,
    },
}

pub fn paged(ev: &TimelineEvent) -> Option<Paged> {
    let any = ev.raw().deserialize().ok()?;
    let ts: u64 = any.origin_server_ts().0.into();
    Some(match any {
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomMessage(
            SyncMessageLikeEvent::Original(m),
        )) => Paged::Message(Box::new(m)),
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomEncrypted(e)) => {
            Paged::Undecryptable {
                event_id: e.event_id().to_string(),
                origin_ts_ms: ts,
            }
        }
        _ => Paged::Other { origin_ts_ms: ts },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_on_a_char_boundary() {
        let s = "आ".repeat(10_000); // 3 bytes each
        let t = truncate(&s);
        assert!(t.len() <= MAX_TEXT_BYTES && t.len() > MAX_TEXT_BYTES - 3);
        assert_eq!(truncate("short"), "short");
    }
}
