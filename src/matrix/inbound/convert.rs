//! Timeline events → [`BotEvent`]. One conversion ([`from_raw`]) serves live sync and catch-up,
//! so both paths feed the pipeline identical events. The typed (ruma) form is read first; an
//! event it refuses (a malformed optional field) goes to the [`super::lenient`] reader, so no
//! timeline event is dropped silently.

use matrix_sdk::deserialized_responses::TimelineEvent;
use matrix_sdk::ruma::events::room::member::{MembershipChange, OriginalSyncRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation,
};
use matrix_sdk::ruma::events::room::redaction::SyncRoomRedactionEvent;
use matrix_sdk::ruma::events::{
    AnySyncMessageLikeEvent, AnySyncStateEvent, AnySyncTimelineEvent, SyncMessageLikeEvent,
    SyncStateEvent,
};

use matrix_sdk::ruma::serde::Raw;

use super::lenient::{self, Lenient};
use crate::core::event::{BotEvent, EventBody, MediaKind, MemberChange, Place};
use crate::matrix::body::{mentions_room, truncate, unquote_reply};

/// The hop count of a relayed copy's mark in the raw event (0 for an original).
pub fn hops_of(raw: &str) -> u8 {
    #[derive(serde::Deserialize, Default)]
    struct Mark {
        #[serde(default)]
        hops: u8,
    }
    #[derive(serde::Deserialize, Default)]
    struct Content {
        #[serde(default, rename = "org.saathi.relay")]
        mark: Option<Mark>,
    }
    #[derive(serde::Deserialize)]
    struct Probe {
        #[serde(default)]
        content: Content,
    }
    serde_json::from_str::<Probe>(raw)
        .ok()
        .and_then(|p| p.content.mark)
        .map_or(0, |m| m.hops.max(1))
}

fn message_body(ev: &OriginalSyncRoomMessageEvent) -> EventBody {
    if let Some(Relation::Replacement(r)) = &ev.content.relates_to {
        return EventBody::Edit {
            target: r.event_id.to_string(),
            body: truncate(r.new_content.msgtype.body()),
        };
    }
    let mentions = || {
        ev.content
            .mentions
            .as_ref()
            .map(|m| m.user_ids.iter().map(|u| u.to_string()).collect())
            .unwrap_or_default()
    };
    let room_mention =
        |body: &str| ev.content.mentions.as_ref().is_some_and(|m| m.room) || mentions_room(body);
    let is_reply = matches!(ev.content.relates_to, Some(Relation::Reply(_)));
    match &ev.content.msgtype {
        MessageType::Text(t) => EventBody::Text {
            body: unquote_reply(&t.body, is_reply),
            mentions: mentions(),
            room_mention: room_mention(&t.body),
        },
        MessageType::Emote(t) => EventBody::Text {
            body: truncate(&t.body),
            mentions: mentions(),
            room_mention: room_mention(&t.body),
        },
        MessageType::Notice(t) => EventBody::Notice {
            body: truncate(&t.body),
            mentions: mentions(),
            room_mention: room_mention(&t.body),
        },
        MessageType::Image(_) => media(ev, MediaKind::Image),
        MessageType::Video(_) => media(ev, MediaKind::Video),
        MessageType::Audio(_) => media(ev, MediaKind::Audio),
        MessageType::File(_) => media(ev, MediaKind::File),
        MessageType::Location(_) => media(ev, MediaKind::Location),
        // A msgtype a client invented: clients show its `body`, so the rules read it.
        other => EventBody::Text {
            body: unquote_reply(other.body(), is_reply),
            mentions: mentions(),
            room_mention: room_mention(other.body()),
        },
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
    EventBody::Media {
        kind,
        content,
        digest: None,
    }
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

/// The event a message replies to, or the root of the thread it is in.
fn reply_to(ev: &AnySyncTimelineEvent) -> Option<String> {
    let AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomMessage(
        SyncMessageLikeEvent::Original(m),
    )) = ev
    else {
        return None;
    };
    match &m.content.relates_to {
        Some(Relation::Reply(r)) => Some(r.in_reply_to.event_id.to_string()),
        Some(Relation::Thread(t)) => Some(t.event_id.to_string()),
        _ => None,
    }
}

/// The bot's view of a typed timeline event; `None` for kinds it has no use for.
fn timeline(ev: &AnySyncTimelineEvent, hops: u8, room_id: &str, place: Place) -> Option<BotEvent> {
    let reply_to = reply_to(ev);
    let body = match ev {
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomMessage(
            SyncMessageLikeEvent::Original(m),
        )) => message_body(m),
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomRedaction(
            SyncRoomRedactionEvent::Original(r),
        )) => EventBody::Redaction {
            target: r
                .content
                .redacts
                .as_ref()
                .or(r.redacts.as_ref())?
                .to_string(),
        },
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
        hops,
        reply_to,
    })
}

/// What a paginated timeline event is to catch-up.
pub enum Paged {
    /// An event to read with [`from_raw`].
    Event(Raw<AnySyncTimelineEvent>),
    /// Could not be decrypted (the room key has not arrived). Redacted events are neither.
    Undecryptable { event_id: String },
}

impl Paged {
    pub fn origin_ts_ms(ev: &TimelineEvent) -> Option<u64> {
        ev.raw().get_field::<u64>("origin_server_ts").ok().flatten()
    }
}

/// How an event was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// ruma's typed form.
    Typed,
    /// The typed form refused it; the lenient reader took what the rules need.
    Lenient,
}

/// A timeline event (live or paged, plain or decrypted) → the bot's view of it; `None` for
/// kinds the bot has no use for. Never drops an event only because one field is malformed.
pub fn from_raw(
    raw: &Raw<AnySyncTimelineEvent>,
    room_id: &str,
    place: Place,
) -> Option<(BotEvent, Reading)> {
    let hops = hops_of(raw.json().get());
    match raw.deserialize() {
        Ok(any) => timeline(&any, hops, room_id, place).map(|e| (e, Reading::Typed)),
        Err(_) => {
            let json: serde_json::Value = serde_json::from_str(raw.json().get()).ok()?;
            match lenient::timeline(&json, hops, room_id, place) {
                Lenient::Event(e) => Some((e, Reading::Lenient)),
                Lenient::Ignored => None,
            }
        }
    }
}

pub fn paged(ev: &TimelineEvent) -> Option<Paged> {
    let Ok(any) = ev.raw().deserialize() else {
        // Refused by the typed form: the lenient reader gets it (through `from_raw`).
        return Some(Paged::Event(ev.raw().clone()));
    };
    Some(match any {
        // Redacted (a report kept private, a removed flood): nothing left to read or handle.
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomEncrypted(e))
            if e.as_original().is_none() =>
        {
            return None;
        }
        AnySyncTimelineEvent::MessageLike(AnySyncMessageLikeEvent::RoomEncrypted(e)) => {
            Paged::Undecryptable {
                event_id: e.event_id().to_string(),
            }
        }
        _ => Paged::Event(ev.raw().clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catch_up_skips_redacted_encrypted_events_and_counts_the_rest() {
        let event = |extra: &str| {
            let json = format!(
                r#"{{"type":"m.room.encrypted","event_id":"$e","sender":"@v:x","origin_server_ts":1,{extra}}}"#
            );
            let raw = matrix_sdk::ruma::serde::Raw::from_json(
                serde_json::value::RawValue::from_string(json).unwrap(),
            );
            paged(&TimelineEvent::from_plaintext(raw))
        };
        let sealed = r#""content":{"algorithm":"m.megolm.v1.aes-sha2","ciphertext":"AAA","sender_key":"k","device_id":"D","session_id":"s"}"#;
        assert!(matches!(event(sealed), Some(Paged::Undecryptable { .. })));
        let redacted = r#""content":{},"unsigned":{"redacted_because":{"type":"m.room.redaction","event_id":"$r","sender":"@bot:x","origin_server_ts":2,"redacts":"$e","content":{}}}"#;
        assert!(
            event(redacted).is_none(),
            "a redacted event is not undecryptable"
        );
    }

    #[test]
    fn hops_are_read_from_the_relay_mark() {
        let cases = [
            (r#"{"content":{"body":"x"}}"#, 0),
            (
                r#"{"content":{"org.saathi.relay":{"hops":2,"rule":"R1"}}}"#,
                2,
            ),
            (r#"{"content":{"org.saathi.relay":{}}}"#, 1),
            (r#"{"content":{"org.saathi.relay":{"hops":"many"}}}"#, 0),
            ("not json", 0),
        ];
        for (raw, want) in cases {
            assert_eq!(hops_of(raw), want, "{raw}");
        }
    }

    #[test]
    fn truncates_on_a_char_boundary() {
        let s = "आ".repeat(10_000); // 3 bytes each
        let t = truncate(&s);
        assert!(
            t.len() <= crate::matrix::body::MAX_TEXT_BYTES
                && t.len() > crate::matrix::body::MAX_TEXT_BYTES - 3
        );
        assert_eq!(truncate("short"), "short");
    }
}
