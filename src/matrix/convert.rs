//! ruma events → [`BotEvent`]. One conversion serves live sync and catch-up, so both paths
//! feed the pipeline identical events.

use matrix_sdk::deserialized_responses::TimelineEvent;
use matrix_sdk::ruma::events::room::member::{MembershipChange, OriginalSyncRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent};
use matrix_sdk::ruma::events::{
    AnySyncMessageLikeEvent, AnySyncStateEvent, AnySyncTimelineEvent, SyncMessageLikeEvent,
    SyncStateEvent,
};

use crate::core::event::{BotEvent, EventBody, MediaKind, MemberChange, Place};

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

fn message_body(ev: &OriginalSyncRoomMessageEvent) -> EventBody {
    let mentions = || {
        ev.content
            .mentions
            .as_ref()
            .map(|m| m.user_ids.iter().map(|u| u.to_string()).collect())
            .unwrap_or_default()
    };
    // `@room` in the text notifies everyone too (Synapse's legacy push rule).
    let room_mention =
        |body: &str| ev.content.mentions.as_ref().is_some_and(|m| m.room) || body.contains("@room");
    match &ev.content.msgtype {
        MessageType::Text(t) => EventBody::Text {
            body: truncate(&t.body),
            mentions: mentions(),
            room_mention: room_mention(&t.body),
        },
        MessageType::Emote(t) => EventBody::Text {
            body: truncate(&t.body),
            mentions: mentions(),
            room_mention: room_mention(&t.body),
        },
        MessageType::Notice(_) => EventBody::Notice,
        MessageType::Image(_) => media(ev, MediaKind::Image),
        MessageType::Video(_) => media(ev, MediaKind::Video),
        MessageType::Audio(_) => media(ev, MediaKind::Audio),
        MessageType::File(_) => media(ev, MediaKind::File),
        MessageType::Location(_) => media(ev, MediaKind::Location),
        _ => EventBody::Other,
    }
}

/// A media message: its content without relations or mentions (a copy is a new message).
fn media(ev: &OriginalSyncRoomMessageEvent, kind: MediaKind) -> EventBody {
    let mut content = serde_json::to_value(&ev.content).unwrap_or_default();
    if let Some(map) = content.as_object_mut() {
        map.remove("m.relates_to");
        map.remove("m.mentions");
        map.remove("m.new_content");
    }
    EventBody::Media { kind, content }
}

fn member_body(ev: &OriginalSyncRoomMemberEvent) -> EventBody {
    let change = match ev.membership_change() {
        MembershipChange::Knocked => MemberChange::Knock,
        MembershipChange::Joined
        | MembershipChange::InvitationAccepted
        | MembershipChange::KnockAccepted => MemberChange::Join,
        MembershipChange::Left
        | MembershipChange::KnockRetracted
        | MembershipChange::InvitationRejected => MemberChange::Leave,
        MembershipChange::Kicked
        | MembershipChange::KnockDenied
        | MembershipChange::InvitationRevoked => MemberChange::Kicked,
        MembershipChange::Banned | MembershipChange::KickedAndBanned => MemberChange::Banned,
        MembershipChange::Invited => MemberChange::Invited,
        _ => MemberChange::Other,
    };
    EventBody::Member {
        target: ev.state_key.to_string(),
        change,
        reason: ev.content.reason.as_deref().map(truncate),
        display_name: ev.content.displayname.as_deref().map(truncate),
    }
}

/// The bot's view of a timeline event; `None` for kinds it has no use for.
pub fn timeline(ev: &AnySyncTimelineEvent, room_id: &str, place: Place) -> Option<BotEvent> {
    let body = match ev {
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomMessage(
            SyncMessageLikeEvent::Original(m),
        )) => message_body(m),
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::Reaction(
            SyncMessageLikeEvent::Original(r),
        )) => EventBody::Reaction {
            key: truncate(&r.content.relates_to.key),
            target_event: r.content.relates_to.event_id.to_string(),
        },
        AnySyncTimelineEvent::State(AnySyncStateEvent::RoomMember(SyncStateEvent::Original(m))) => {
            member_body(m)
        }
        AnySyncTimelineEvent::State(AnySyncStateEvent::PolicyRuleUser(
            SyncStateEvent::Original(r),
        )) => EventBody::PolicyRule {
            entity: truncate(&r.content.0.entity),
            recommendation: r.content.0.recommendation.as_str().to_string(),
            reason: truncate(&r.content.0.reason),
        },
        _ => return None,
    };
    Some(BotEvent {
        event_id: ev.event_id().to_string(),
        room_id: room_id.to_string(),
        sender: ev.sender().to_string(),
        origin_ts_ms: ev.origin_server_ts().0.into(),
        place,
        body,
    })
}

/// What a paginated timeline event is to catch-up.
pub enum Paged {
    Event(Box<AnySyncTimelineEvent>),
    /// Could not be decrypted (the room key has not arrived).
    Undecryptable {
        event_id: String,
    },
}

impl Paged {
    pub fn origin_ts_ms(ev: &TimelineEvent) -> Option<u64> {
        ev.raw().get_field::<u64>("origin_server_ts").ok().flatten()
    }
}

pub fn paged(ev: &TimelineEvent) -> Option<Paged> {
    let any = ev.raw().deserialize().ok()?;
    Some(match any {
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomEncrypted(e)) => {
            Paged::Undecryptable {
                event_id: e.event_id().to_string(),
            }
        }
        other => Paged::Event(Box::new(other)),
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
