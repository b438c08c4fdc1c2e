//! One row per malformed-field family: what a hostile client can send that the homeserver
//! accepts, and what the bot must still read. Each goes through [`from_raw`], the door both
//! live sync and catch-up use, so the typed reader's refusal is part of the test.

use matrix_sdk::ruma::events::AnySyncTimelineEvent;
use matrix_sdk::ruma::serde::Raw;
use serde_json::json;

use super::*;
use crate::core::district::{RoomKind, RoomPlace};
use crate::matrix::inbound::convert::{Reading, from_raw};

fn place() -> Place {
    Place::District(RoomPlace {
        district: "d".into(),
        kind: RoomKind::Station("s".into()),
    })
}

fn raw(v: serde_json::Value) -> Raw<AnySyncTimelineEvent> {
    Raw::from_json(serde_json::value::to_raw_value(&v).unwrap())
}

fn message(content: serde_json::Value) -> serde_json::Value {
    json!({"type": "m.room.message", "event_id": "$e", "sender": "@v:s",
           "origin_server_ts": 7, "content": content})
}

fn read(v: serde_json::Value) -> Option<(BotEvent, Reading)> {
    from_raw(&raw(v), "!r", place())
}

fn text(body: &str) -> EventBody {
    EventBody::text(body)
}

#[test]
fn malformed_optional_fields_still_reach_the_rules() {
    let gm = "good morning 🙏";
    let cases: Vec<(&str, serde_json::Value, EventBody)> = vec![
        (
            "mentions.user_ids a string",
            json!({"msgtype": "m.text", "body": gm, "m.mentions": {"user_ids": "x"}}),
            text(gm),
        ),
        (
            "mentions a number",
            json!({"msgtype": "m.text", "body": gm, "m.mentions": 5}),
            text(gm),
        ),
        (
            "mentions with one bad entry",
            json!({"msgtype": "m.text", "body": "hi @a:s", "m.mentions": {"user_ids": ["@a:s", 3, "x"], "room": "yes"}}),
            EventBody::Text {
                body: "hi @a:s".into(),
                mentions: vec!["@a:s".into()],
                room_mention: false,
            },
        ),
        (
            "relates_to a string",
            json!({"msgtype": "m.text", "body": gm, "m.relates_to": "x"}),
            text(gm),
        ),
        (
            "relates_to in_reply_to a string",
            json!({"msgtype": "m.text", "body": gm, "m.relates_to": {"m.in_reply_to": "x"}}),
            text(gm),
        ),
        (
            "formatted_body a number",
            json!({"msgtype": "m.text", "body": gm, "format": "org.matrix.custom.html", "formatted_body": 7}),
            text(gm),
        ),
        (
            "msgtype a number",
            json!({"msgtype": 3, "body": gm}),
            text(gm),
        ),
        ("msgtype missing", json!({"body": gm}), text(gm)),
        (
            "notice with bad mentions",
            json!({"msgtype": "m.notice", "body": gm, "m.mentions": {"user_ids": {}}}),
            EventBody::Notice {
                body: gm.into(),
                mentions: vec![],
                room_mention: false,
            },
        ),
        (
            "edit whose new content has bad mentions",
            json!({"msgtype": "m.text", "body": "* aag lagi", "m.new_content": {"msgtype": "m.text", "body": "aag lagi", "m.mentions": "x"},
                   "m.relates_to": {"rel_type": "m.replace", "event_id": "$old"}}),
            EventBody::Edit {
                target: "$old".into(),
                body: "aag lagi".into(),
            },
        ),
    ];
    for (name, content, want) in cases {
        let (ev, _) = read(message(content)).unwrap_or_else(|| panic!("{name}: dropped"));
        assert_eq!(ev.body, want, "{name}");
        assert_eq!(
            (ev.event_id.as_str(), ev.sender.as_str()),
            ("$e", "@v:s"),
            "{name}"
        );
        assert_eq!(ev.origin_ts_ms, 7, "{name}");
    }
}

#[test]
fn malformed_media_fields_keep_the_file_and_drop_the_bad_part() {
    let mxc = "mxc://s/abc";
    let cases: Vec<(&str, serde_json::Value, Option<MediaKind>)> = vec![
        (
            "info a string",
            json!({"msgtype": "m.image", "body": "a.jpg", "url": mxc, "info": "big"}),
            Some(MediaKind::Image),
        ),
        (
            "body a number",
            json!({"msgtype": "m.image", "body": 5, "url": mxc}),
            Some(MediaKind::Image),
        ),
        (
            "mentions a string",
            json!({"msgtype": "m.file", "body": "f", "url": mxc, "m.mentions": "x"}),
            Some(MediaKind::File),
        ),
        (
            "encrypted file with bad info",
            json!({"msgtype": "m.video", "body": "v", "file": {"url": mxc, "v": "v2"}, "info": 3}),
            Some(MediaKind::Video),
        ),
        (
            "url a number: nothing to fetch",
            json!({"msgtype": "m.image", "body": "a.jpg", "url": 5}),
            None,
        ),
        (
            "file without url",
            json!({"msgtype": "m.image", "body": "a.jpg", "file": "x"}),
            None,
        ),
    ];
    for (name, content, want) in cases {
        let (ev, _) = read(message(content)).unwrap_or_else(|| panic!("{name}: dropped"));
        match (&ev.body, want) {
            (EventBody::Media { kind, content, .. }, Some(k)) => {
                assert_eq!(*kind, k, "{name}");
                assert!(content.get("m.mentions").is_none(), "{name}");
                assert!(content.get("info").is_none_or(|i| i.is_object()), "{name}");
                assert!(content.get("body").is_none_or(|b| b.is_string()), "{name}");
            }
            (EventBody::Unreadable, None) => {}
            (got, want) => panic!("{name}: {got:?}, wanted {want:?}"),
        }
    }
}

#[test]
fn content_that_cannot_be_read_is_unreadable_not_dropped() {
    let cases = [
        ("body missing", json!({"msgtype": "m.text"})),
        ("body a number", json!({"msgtype": "m.text", "body": 5})),
        (
            "body an object",
            json!({"msgtype": "m.text", "body": {"x": 1}}),
        ),
        ("content a string", json!("good morning")),
        (
            "edit without any text",
            json!({"m.relates_to": {"rel_type": "m.replace", "event_id": "$o"}, "m.new_content": {}}),
        ),
    ];
    for (name, content) in cases {
        let (ev, reading) = read(message(content)).unwrap_or_else(|| panic!("{name}: dropped"));
        assert_eq!(ev.body, EventBody::Unreadable, "{name}");
        assert_eq!(reading, Reading::Lenient, "{name}");
    }
}

#[test]
fn well_formed_events_take_the_typed_path() {
    let (ev, reading) = read(message(json!({"msgtype": "m.text", "body": "namaste"}))).unwrap();
    assert_eq!((ev.body, reading), (text("namaste"), Reading::Typed));
    let (ev, _) = read(message(json!({"msgtype": "m.notice", "body": "gm"}))).unwrap();
    assert!(matches!(ev.body, EventBody::Notice { .. }));
    // A msgtype a client invented: its body is what people see.
    let (ev, _) = read(message(json!({"msgtype": "com.x.fancy", "body": "gm"}))).unwrap();
    assert_eq!(ev.body, text("gm"));
}

#[test]
fn other_kinds_are_read_leniently_too() {
    let base = |ty: &str, extra: serde_json::Value| {
        let mut v = json!({"type": ty, "event_id": "$e", "sender": "@v:s", "origin_server_ts": 1});
        v.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        v
    };
    let knock = base(
        "m.room.member",
        json!({"state_key": "@v:s", "content": {"membership": "knock", "reason": "pls", "displayname": 5}}),
    );
    let (ev, _) = read(knock).unwrap();
    assert_eq!(
        ev.body,
        EventBody::Member {
            target: "@v:s".into(),
            change: MemberChange::Knock,
            reason: Some("pls".into()),
            display_name: None,
        }
    );
    let reaction = base(
        "m.reaction",
        json!({"content": {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$card", "key": "✅"}, "extra": {"bad": true}}}),
    );
    let (ev, _) = read(reaction).unwrap();
    assert_eq!(
        ev.body,
        EventBody::Reaction {
            key: "✅".into(),
            target_event: "$card".into(),
        }
    );
    // Nothing to act on: no id, no sender, an unknown type.
    for v in [
        json!({"type": "m.room.message", "sender": "@v:s", "content": {"body": 1}}),
        json!({"type": "m.room.message", "event_id": "$e", "content": {"body": 1}}),
        json!({"type": "m.custom", "event_id": "$e", "sender": "@v:s", "content": 1}),
    ] {
        assert!(read(v).is_none());
    }
}

/// Lenient membership: the change comes from the previous membership, as ruma computes it.
#[test]
fn membership_changes_from_raw_json() {
    use MemberChange::*;
    let cases = [
        ("leave", "join", "@v:s", Join),
        ("invite", "join", "@v:s", Join),
        ("join", "join", "@v:s", Other),
        ("leave", "knock", "@v:s", Knock),
        ("join", "leave", "@v:s", Leave),
        ("knock", "leave", "@v:s", Leave),
        ("join", "leave", "@staff:s", Kicked),
        ("knock", "leave", "@staff:s", Kicked),
        ("join", "ban", "@staff:s", Banned),
        ("ban", "leave", "@staff:s", Other),
        ("leave", "invite", "@staff:s", Invited),
    ];
    for (before, now, sender, want) in cases {
        let v = json!({"type": "m.room.member", "event_id": "$e", "sender": sender, "state_key": "@v:s",
                       "content": {"membership": now, "displayname": ["x"]},
                       "unsigned": {"prev_content": {"membership": before}}});
        let Lenient::Event(ev) = timeline(&v, 0, "!r", place()) else {
            panic!("{before}->{now}: ignored");
        };
        let EventBody::Member { change, .. } = ev.body else {
            panic!("{before}->{now}: {:?}", ev.body);
        };
        assert_eq!(change, want, "{before} -> {now} by {sender}");
    }
}
