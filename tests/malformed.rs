#![recursion_limit = "256"]
//! What a hostile client can send, against a real Synapse: messages whose `body` is an ordinary
//! string but whose optional fields have the wrong type (sent over plain HTTP with the
//! volunteer's token, and encrypted by a real E2EE client), and messages with no readable body.
//! The bot must still remove the greeting, raise the emergency alert, mute the flood, catch up
//! on such events after a restart, and remove unreadable ones. A private report's removal must
//! carry no reason (redaction reasons are public and unencrypted).

mod common;

use std::time::Duration;

use common::scene::station_scene;
use common::*;
use matrix_sdk::Room;
use matrix_sdk::ruma::OwnedRoomId;
use serde_json::{Value, json};

/// Send `content` as an `m.room.message` over plain HTTP, as a modified client would: the
/// event id, or the homeserver's refusal.
async fn try_send_raw_http(
    hs: &Synapse,
    user: &User,
    room: &OwnedRoomId,
    content: &Value,
) -> Result<String, Value> {
    let txn = format!("hostile-{}", rand_suffix());
    let url = format!(
        "{}/_matrix/client/v3/rooms/{room}/send/m.room.message/{txn}",
        hs.url()
    );
    let token = user.client.access_token().unwrap();
    let resp: Value = reqwest::Client::new()
        .put(url)
        .bearer_auth(token)
        .json(content)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    match resp["event_id"].as_str() {
        Some(id) => Ok(id.to_string()),
        None => Err(resp),
    }
}

async fn send_raw_http(hs: &Synapse, user: &User, room: &OwnedRoomId, content: Value) -> String {
    try_send_raw_http(hs, user, room, &content)
        .await
        .unwrap_or_else(|resp| panic!("Synapse refused the event: {resp}"))
}

/// The same through the E2EE client: encrypted as sent, malformed once decrypted.
async fn send_raw_encrypted(room: &Room, content: Value) -> String {
    room.send_raw("m.room.message", content)
        .await
        .unwrap()
        .response
        .event_id
        .to_string()
}

fn rand_suffix() -> u64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    t ^ N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

async fn wait_redacted(staff: &User, event: &str, what: &str, bot: &BotProcess) {
    wait_until(
        Duration::from_secs(60),
        || staff.redacted.lock().unwrap().iter().any(|e| e == event),
        || format!("{what} not redacted; bot log:\n{}", bot.log()),
    )
    .await;
}

/// The redaction event that removed `target`, read from the room's timeline as any member can.
async fn redaction_of(hs: &Synapse, user: &User, room: &OwnedRoomId, target: &str) -> Value {
    user.raw_messages(hs, room)
        .await
        .into_iter()
        .find(|e| {
            e["type"] == "m.room.redaction"
                && (e["redacts"] == target || e["content"]["redacts"] == target)
        })
        .unwrap_or_else(|| panic!("no redaction of {target}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn malformed_fields_do_not_hide_a_message_from_the_rules() {
    let s = station_scene("").await;
    let (hs, staff, vol, room) = (&s.hs, &s.staff, &s.vol, &s.station_id);
    let mut bot = s.bot;

    // A greeting with mentions of the wrong shape, plain over HTTP.
    let gm = send_raw_http(
        hs,
        vol,
        room,
        json!({"msgtype": "m.text", "body": "good morning 🙏", "m.mentions": {"user_ids": "x"}}),
    )
    .await;
    wait_redacted(staff, &gm, "plain malformed greeting", &bot).await;

    // The same family inside an encrypted event: a relation that is a string.
    let enc = send_raw_encrypted(
        &s.vol_room,
        json!({"msgtype": "m.text", "body": "शुभ रात्रि 🙏", "m.relates_to": "x"}),
    )
    .await;
    wait_redacted(staff, &enc, "encrypted malformed greeting", &bot).await;

    // An emergency word with a malformed formatted body: the desk is alerted.
    let fire = send_raw_http(
        hs,
        vol,
        room,
        json!({"msgtype": "m.text", "body": "bazaar mein aag lagi hai", "format": "org.matrix.custom.html", "formatted_body": 7}),
    )
    .await;
    staff
        .wait_for("the desk alert for a malformed emergency", |m| {
            m.room_id == s.desk_id.as_str() && m.body.contains(&fire)
        })
        .await;

    // No readable body at all: removed (moderation.malformed defaults to remove). Synapse
    // refuses a non-string body in the clear, but cannot look inside the ciphertext.
    let blank = send_raw_encrypted(&s.vol_room, json!({"msgtype": "m.text", "body": 5})).await;
    wait_redacted(staff, &blank, "unreadable message", &bot).await;

    // Missed while the bot was down: the catch-up reads it leniently too.
    bot.stop().await;
    let missed = send_raw_http(
        hs,
        vol,
        room,
        json!({"msgtype": "m.text", "body": "gm ji 🌹", "m.mentions": {"user_ids": "@vol:localhost"}}),
    )
    .await;
    bot.start().await;
    wait_redacted(staff, &missed, "greeting sent while the bot was down", &bot).await;

    // A flood of malformed messages mutes like any flood (5 in 60 s by default).
    // The mute may land while the burst is still going: the homeserver then refuses the rest.
    let mut sent = 0;
    for i in 0..9 {
        let content = json!({"msgtype": "m.text", "body": format!("message {i} about the market"), "m.relates_to": "x"});
        match try_send_raw_http(hs, vol, room, &content).await {
            Ok(_) => sent += 1,
            Err(refusal) => {
                assert_eq!(refusal["errcode"], "M_FORBIDDEN", "{refusal}");
                break;
            }
        }
    }
    assert!(sent > 5, "only {sent} messages went out before the refusal");
    let muted = wait_can_post(hs, &bot, room, VOL, false, 60).await;
    assert!(muted.is_some(), "no flood mute; bot log:\n{}", bot.log());
    bot.stop().await;
}

const VOL: &str = "@vol:localhost";

/// A private report is removed from the station room without a reason: every member can read
/// a redaction's reason, so it must not say that this was a report.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_private_reports_removal_says_nothing_to_the_room() {
    let s = station_scene("").await;
    let report = s
        .vol
        .send(&s.vol_room, "!report chain snatching near the school gate")
        .await;
    let mut bot = s.bot;
    wait_redacted(&s.staff, &report, "the private report", &bot).await;
    // Another member reads the room's timeline.
    let other = User::login(&s.hs, "sho-a").await;
    let redaction = redaction_of(&s.hs, &other, &s.station_id, &report).await;
    assert_eq!(redaction["sender"], BOT);
    assert!(
        redaction["content"].get("reason").is_none(),
        "a redaction reason is public: {redaction}"
    );
    bot.stop().await;
}
