//! The inbound converter (`saathi::matrix::convert::from_raw`, typed reader then lenient
//! reader) on arbitrary event JSON: never a panic, and every `m.room.message` whose `body` is a
//! string reaches the pipeline as text (or a notice), whatever its other fields say.
//!
//! Input: the first byte picks the mode (even: the rest is a whole event; odd: the rest is the
//! content of an `m.room.message` from a volunteer), the rest is JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use saathi::core::district::{RoomKind, RoomPlace};
use saathi::core::event::{EventBody, Place};
use saathi::matrix::convert::from_raw;
use serde_json::{Value, json};

fuzz_target!(|data: &[u8]| {
    let Some((mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(parsed) = serde_json::from_slice::<Value>(rest) else {
        return;
    };
    let event = if mode % 2 == 0 {
        parsed
    } else {
        json!({"type": "m.room.message", "event_id": "$e", "sender": "@v:s",
               "origin_server_ts": 1, "content": parsed})
    };
    let Ok(raw) = serde_json::value::to_raw_value(&event) else {
        return;
    };
    let raw = matrix_sdk::ruma::serde::Raw::from_json(raw);
    let place = Place::District(RoomPlace {
        district: "d".into(),
        kind: RoomKind::Station("s".into()),
    });
    let got = from_raw(&raw, "!r", place);
    // The property: a plain message with a string body is never lost.
    let content = &event["content"];
    let plain_message = event["type"] == "m.room.message"
        && event["event_id"].is_string()
        && event["sender"].is_string()
        && event.get("state_key").is_none()
        && content["body"].is_string()
        && !content["msgtype"]
            .as_str()
            .is_some_and(|t| matches!(t, "m.image" | "m.video" | "m.audio" | "m.file" | "m.location"))
        && content["m.relates_to"]["rel_type"] != "m.replace";
    if plain_message {
        let (ev, _) = got.unwrap_or_else(|| panic!("dropped: {event}"));
        assert!(
            matches!(ev.body, EventBody::Text { .. } | EventBody::Notice { .. }),
            "{event} became {:?}",
            ev.body
        );
    }
});
