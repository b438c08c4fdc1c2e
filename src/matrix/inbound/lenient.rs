//! The lenient reader: a timeline event as plain JSON → [`BotEvent`], for the events ruma's
//! typed form refuses. A client can send a message whose `body` is an ordinary string while an
//! optional field has the wrong type (`"m.mentions": {"user_ids": "x"}`, `"m.relates_to": "x"`);
//! the homeserver serves it and other clients show it, so the bot must see it too. This reader
//! takes what the rules need and ignores every field that has the wrong shape.
//!
//! Pure JSON in, core event out: no matrix-sdk types, so it is fuzzed on its own
//! (`fuzz/fuzz_targets/inbound.rs`).

use serde_json::{Map, Value};

use crate::core::event::{BotEvent, EventBody, MediaKind, MemberChange, Place};
use crate::matrix::body::{mentions_room, truncate, unquote_reply};

/// What the lenient reader made of an event.
// A value returned and matched at once, never stored in bulk: boxing would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lenient {
    /// An event the bot handles (its body may be [`EventBody::Unreadable`]).
    Event(BotEvent),
    /// A kind the bot has no use for (or one without an id or sender: nothing to act on).
    Ignored,
}

fn str_at<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// Read one timeline event. `hops` comes from the relay mark ([`super::convert::hops_of`]).
pub fn timeline(json: &Value, hops: u8, room_id: &str, place: Place) -> Lenient {
    let (Some(event_id), Some(sender)) = (str_at(json, "event_id"), str_at(json, "sender")) else {
        return Lenient::Ignored;
    };
    let empty = Value::Object(Map::new());
    let content = json.get("content").unwrap_or(&empty);
    let body = match str_at(json, "type").unwrap_or_default() {
        "m.room.message" => message(content),
        "m.reaction" => match reaction(content) {
            Some(b) => b,
            None => return Lenient::Ignored,
        },
        "m.room.redaction" => {
            let target = str_at(json, "redacts").or_else(|| str_at(content, "redacts"));
            match target {
                Some(t) => EventBody::Redaction {
                    target: t.to_string(),
                },
                None => return Lenient::Ignored,
            }
        }
        "m.room.member" => match member(json, content, sender) {
            Some(b) => b,
            None => return Lenient::Ignored,
        },
        "m.policy.rule.user" => match policy_rule(content) {
            Some(b) => b,
            None => return Lenient::Ignored,
        },
        _ => return Lenient::Ignored,
    };
    Lenient::Event(BotEvent {
        event_id: event_id.to_string(),
        room_id: room_id.to_string(),
        sender: sender.to_string(),
        origin_ts_ms: json
            .get("origin_server_ts")
            .and_then(Value::as_u64)
            .unwrap_or(0),
        place,
        reply_to: reply_to(content),
        body,
        hops,
    })
}

/// The event a message replies to, or the root of its thread, when the relation has its shape.
fn reply_to(content: &Value) -> Option<String> {
    let rel = content.get("m.relates_to")?;
    if str_at(rel, "rel_type") == Some("m.thread") {
        return str_at(rel, "event_id").map(String::from);
    }
    rel.get("m.in_reply_to")
        .and_then(|r| str_at(r, "event_id"))
        .map(String::from)
}

/// The user ids of `m.mentions`, keeping only well-formed entries.
fn mentions(content: &Value) -> (Vec<String>, bool) {
    let Some(m) = content.get("m.mentions") else {
        return (Vec::new(), false);
    };
    let users = m
        .get("user_ids")
        .and_then(Value::as_array)
        .map(|ids| {
            ids.iter()
                .filter_map(Value::as_str)
                .filter(|u| u.starts_with('@') && u.len() <= 255)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    (users, m.get("room").and_then(Value::as_bool) == Some(true))
}

fn message(content: &Value) -> EventBody {
    let rel = content.get("m.relates_to");
    if let Some(rel) = rel
        && str_at(rel, "rel_type") == Some("m.replace")
        && let Some(target) = str_at(rel, "event_id")
    {
        let new_body = content
            .get("m.new_content")
            .and_then(|n| str_at(n, "body"))
            .or_else(|| str_at(content, "body").map(|b| b.strip_prefix("* ").unwrap_or(b)));
        return match new_body {
            Some(b) => EventBody::Edit {
                target: target.to_string(),
                body: truncate(b),
            },
            None => EventBody::Unreadable,
        };
    }
    let body = str_at(content, "body");
    let msgtype = str_at(content, "msgtype").unwrap_or_default();
    if let Some(kind) = media_kind(msgtype) {
        return media(content, kind);
    }
    let Some(body) = body else {
        return EventBody::Unreadable;
    };
    let (mentions, room) = mentions(content);
    let room_mention = room || mentions_room(body);
    let is_reply = rel.is_some_and(|r| r.get("m.in_reply_to").is_some());
    match msgtype {
        "m.notice" => EventBody::Notice {
            body: truncate(body),
            mentions,
            room_mention,
        },
        // m.text, m.emote, and any msgtype a client invents: its `body` is what people see.
        _ => EventBody::Text {
            body: unquote_reply(body, is_reply),
            mentions,
            room_mention,
        },
    }
}

fn media_kind(msgtype: &str) -> Option<MediaKind> {
    Some(match msgtype {
        "m.image" => MediaKind::Image,
        "m.video" => MediaKind::Video,
        "m.audio" => MediaKind::Audio,
        "m.file" => MediaKind::File,
        "m.location" => MediaKind::Location,
        _ => return None,
    })
}

/// A media message, kept as sent but for relations and mentions (a copy is a new message).
/// Without a file to fetch (or a place, for a location) there is nothing the bot can use.
fn media(content: &Value, kind: MediaKind) -> EventBody {
    let has_file = str_at(content, "url").is_some()
        || content
            .get("file")
            .is_some_and(|f| str_at(f, "url").is_some());
    let usable = match kind {
        MediaKind::Location => str_at(content, "geo_uri").is_some(),
        _ => has_file,
    };
    if !usable {
        return EventBody::Unreadable;
    }
    let mut content = content.clone();
    if let Some(map) = content.as_object_mut() {
        map.remove("m.relates_to");
        map.remove("m.mentions");
        map.remove("m.new_content");
        // A body of the wrong type would break the copy's caption; a file name is optional.
        if map.get("body").is_some_and(|b| !b.is_string()) {
            map.remove("body");
        }
        if map.get("info").is_some_and(|i| !i.is_object()) {
            map.remove("info");
        }
    }
    EventBody::Media {
        kind,
        content,
        digest: None,
    }
}

fn reaction(content: &Value) -> Option<EventBody> {
    let rel = content.get("m.relates_to")?;
    Some(EventBody::Reaction {
        key: truncate(str_at(rel, "key")?),
        target_event: str_at(rel, "event_id")?.to_string(),
    })
}

/// A membership change from the new and the previous membership (`unsigned.prev_content`).
fn member(json: &Value, content: &Value, sender: &str) -> Option<EventBody> {
    let target = str_at(json, "state_key")?;
    let now = str_at(content, "membership")?;
    let before = json
        .get("unsigned")
        .and_then(|u| u.get("prev_content"))
        .and_then(|p| str_at(p, "membership"))
        .unwrap_or("leave");
    let by_self = sender == target;
    let change = match (before, now) {
        (b, n) if b == n && n != "join" => MemberChange::Other,
        ("join", "join") => MemberChange::Other,
        (_, "knock") => MemberChange::Knock,
        (_, "join") => MemberChange::Join,
        (_, "invite") => MemberChange::Invited,
        (_, "ban") => MemberChange::Banned,
        ("ban", "leave") => MemberChange::Other,
        (_, "leave") if by_self => MemberChange::Leave,
        (_, "leave") => MemberChange::Kicked,
        _ => MemberChange::Other,
    };
    Some(EventBody::Member {
        target: target.to_string(),
        change,
        reason: str_at(content, "reason").map(truncate),
        display_name: str_at(content, "displayname").map(truncate),
    })
}

fn policy_rule(content: &Value) -> Option<EventBody> {
    Some(EventBody::PolicyRule {
        entity: truncate(str_at(content, "entity")?),
        recommendation: str_at(content, "recommendation")?.to_string(),
        reason: str_at(content, "reason").map(truncate).unwrap_or_default(),
    })
}

#[cfg(test)]
#[path = "lenient_tests.rs"]
mod tests;
