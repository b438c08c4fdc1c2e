#![recursion_limit = "256"]
//! Relay rules against a real Synapse, encrypted rooms: an officer relays station a's messages
//! to the control room; a volunteer's text arrives with attribution, follows its edit and its
//! removal; a photo arrives uploaded anew and byte-identical; a rule closing a loop is refused.

mod common;

use std::time::Duration;

use common::scene::station_scene;
use common::{Seen, User, wait_until};
use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::ruma::OwnedEventId;
use matrix_sdk::ruma::events::room::message::{ReplacementMetadata, RoomMessageEventContent};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_relay_rule_copies_text_and_photos_and_follows_edits_and_removal() {
    let s = station_scene("").await;
    let sp = User::login(&s.hs, "sp").await;
    let control_id = sp.room_by_alias("#testpur-control:localhost").await;
    let control = sp.join(&control_id).await;
    let in_control = |m: &Seen| m.room_id == control_id.as_str();

    let add = sp.send(&control, "!relay add a control").await;
    let added = sp.reply_to(&add).await;
    assert!(added.body.contains("R1: a → control"), "{}", added.body);
    let cyclic = sp.send(&control, "!relay add control a").await;
    let refused = sp.reply_to(&cyclic).await;
    assert!(
        refused.body.contains("control → a → control"),
        "{}",
        refused.body
    );

    // Text, with who sent it, from where, and a link to the original.
    let original = s
        .vol
        .send(&s.vol_room, "Truck overturned on the bypass, road blocked")
        .await;
    let copy = sp
        .wait_for("the relayed text", |m| {
            in_control(m) && m.body.contains("Truck overturned")
        })
        .await;
    assert!(copy.notice, "a copy is the bot's notice");
    assert!(
        copy.body.contains("vol (@vol:localhost)") && copy.body.contains(&original),
        "{}",
        copy.body
    );
    assert_eq!(copy.content["org.saathi.relay"]["hops"], 1);
    assert_eq!(copy.content["org.saathi.relay"]["rule"], "R1");

    // The volunteer corrects it: the copy follows.
    let orig_id = OwnedEventId::try_from(original.as_str()).unwrap();
    s.vol_room
        .send(
            RoomMessageEventContent::text_plain("Truck overturned on the bypass, one lane open")
                .make_replacement(ReplacementMetadata::new(orig_id.clone(), None)),
        )
        .await
        .unwrap();
    sp.wait_for("the copy edited", |m| {
        in_control(m)
            && m.content["m.relates_to"]["event_id"] == copy.event_id.as_str()
            && m.content["m.new_content"]["body"]
                .as_str()
                .is_some_and(|b| b.contains("one lane open") && b.contains("vol (@vol:localhost)"))
    })
    .await;

    // And removes it: so does the copy.
    s.vol_room.redact(&orig_id, None, None).await.unwrap();
    wait_until(
        Duration::from_secs(30),
        || sp.redacted.lock().unwrap().contains(&copy.event_id),
        || {
            format!(
                "copy not removed; redacted: {:?}",
                sp.redacted.lock().unwrap()
            )
        },
    )
    .await;

    // A photo: uploaded anew for the control room, same bytes.
    let photo: Vec<u8> = (0..30_000u32).map(|i| (i * 13 % 253) as u8).collect();
    s.vol_room
        .send_attachment(
            "road.jpg",
            &mime::IMAGE_JPEG,
            photo.clone(),
            AttachmentConfig::new(),
        )
        .await
        .unwrap();
    let pic = sp
        .wait_for("the relayed photo", |m| {
            in_control(m) && m.msgtype == "m.image"
        })
        .await;
    assert!(
        pic.body.contains("vol (@vol:localhost)"),
        "caption: {}",
        pic.body
    );
    let got = sp.download(&pic.content).await;
    assert_eq!(got, photo);

    // Removing the rule stops it.
    let rm = sp.send(&control, "!relay remove R1").await;
    assert!(sp.reply_to(&rm).await.body.contains("removed"));
    s.vol.send(&s.vol_room, "after the rule is gone").await;
    let sentinel = s.vol.send(&s.vol_room, "!help").await;
    s.vol.reply_to(&sentinel).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(
        !sp.seen
            .lock()
            .unwrap()
            .iter()
            .any(|m| in_control(m) && m.body.contains("after the rule")),
        "a removed rule relays nothing"
    );
    let mut bot = s.bot;
    bot.stop().await;
}
