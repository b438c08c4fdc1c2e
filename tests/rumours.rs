#![recursion_limit = "256"]
//! Rumour control against a real Synapse, encrypted rooms and real clients: the same text in
//! three station rooms gets a "forwarded many times" label under each copy and one alert in
//! the control room; `!fact false` (a reply to a copy) puts the clarification under all three;
//! a fourth copy in another room is answered and, with `redact_known_false`, removed; the
//! tipline answers with the verdict, and queues an unknown message; the same picture posted
//! in three rooms is detected as one item.

mod common;

use std::time::Duration;

use common::*;
use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::ruma::OwnedEventId;
use matrix_sdk::ruma::events::relation::{InReplyTo, Reply};
use matrix_sdk::ruma::events::room::message::{Relation, RoomMessageEventContent};

const RUMOUR: &str = "Alert! A gang of child lifters dressed as sadhus has entered Rampur village, keep your children inside and share with everyone";
const COPY: &str = "ALERT!! Forwarded: A gang of child lifters dressed as sadhus has entered Rampur village 🙏 keep children inside and share with everyone";

/// A threaded notice of the bot under `event`.
fn label_under<'a>(event: &'a str, needle: &'a str) -> impl Fn(&Seen) -> bool + 'a {
    move |m: &Seen| {
        m.sender == BOT
            && m.content["m.relates_to"]["rel_type"] == "m.thread"
            && m.content["m.relates_to"]["event_id"] == event
            && m.body.contains(needle)
    }
}

fn count(u: &User, pred: impl Fn(&Seen) -> bool) -> usize {
    u.seen.lock().unwrap().iter().filter(|m| pred(m)).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn spread_verdicts_tipline_and_pictures() {
    let hs = Synapse::start();
    let stations = ["a", "b", "c", "d"];
    register_all(&hs, &stations, &["vol", "vol2"]).await;
    let mut config = config_toml(&hs, &stations);
    config.push_str("[rumours]\nredact_known_false = true\n");
    let mut bot = BotProcess::new(&config);
    bot.provision();
    bot.start().await;

    let vol = User::login(&hs, "vol").await;
    let mut rooms = Vec::new();
    for s in ["a", "b", "c"] {
        let id = vol.room_by_alias(&format!("#thana-{s}:localhost")).await;
        invite_as_bot(&hs, &bot, &id, "@vol:localhost").await;
        rooms.push(vol.join(&id).await);
    }
    let sho = User::login(&hs, "sho-a").await;
    let station_a = sho.join(&rooms[0].room_id().to_owned()).await;
    let control_id = sho.room_by_alias("#testpur-control:localhost").await;
    sho.join(&control_id).await;
    let in_control = |m: &Seen| m.room_id == control_id.as_str() && m.sender == BOT;

    // The same text (two wordings) in three station rooms.
    let mut copies = Vec::new();
    for (i, room) in rooms.iter().enumerate() {
        copies.push(vol.send(room, if i == 1 { COPY } else { RUMOUR }).await);
    }
    for c in &copies {
        vol.wait_for(
            "a label under each copy",
            label_under(c, "Forwarded many times"),
        )
        .await;
    }
    let alert = sho
        .wait_for("the control-room alert", |m| {
            in_control(m) && m.body.contains("child lifters")
        })
        .await;
    assert!(
        alert.body.contains("3 copies, 3 station rooms"),
        "{}",
        alert.body
    );

    // The SHO answers, replying to the copy in station a.
    let mut content = RoomMessageEventContent::text_plain(
        "!fact false No such gang has been seen anywhere in the district. SP Testpur",
    );
    content.relates_to = Some(Relation::Reply(Reply::new(InReplyTo::new(
        OwnedEventId::try_from(copies[0].as_str()).unwrap(),
    ))));
    station_a.send(content).await.unwrap();
    for c in &copies {
        vol.wait_for(
            "the clarification under each copy",
            label_under(c, "No such gang"),
        )
        .await;
    }
    for c in &copies {
        assert_eq!(
            count(&vol, label_under(c, "")),
            2,
            "one label and one clarification under {c}"
        );
    }

    // A fourth copy in another station room: answered, and removed (known false).
    let vol2 = User::login(&hs, "vol2").await;
    let d_id = vol2.room_by_alias("#thana-d:localhost").await;
    invite_as_bot(&hs, &bot, &d_id, "@vol2:localhost").await;
    let room_d = vol2.join(&d_id).await;
    let fourth = vol2.send(&room_d, COPY).await;
    vol2.wait_for("the automatic answer", label_under(&fourth, "No such gang"))
        .await;
    wait_until(
        Duration::from_secs(30),
        || vol2.redacted.lock().unwrap().contains(&fourth),
        || "the known-false copy was not removed".into(),
    )
    .await;
    vol2.accept_invites().await;
    let why = vol2
        .wait_for("why it was removed", |m| {
            m.room_id != d_id.as_str() && m.body.contains("found it false")
        })
        .await;
    let dm = vol2
        .client
        .get_room(&matrix_sdk::ruma::OwnedRoomId::try_from(why.room_id.as_str()).unwrap())
        .unwrap();

    // The tipline: a known message gets the verdict; an unknown one is queued.
    let ask = vol2.send(&dm, RUMOUR).await;
    let answer = vol2.reply_to(&ask).await;
    assert!(
        answer.body.contains("FALSE") && answer.body.contains("No such gang"),
        "{}",
        answer.body
    );
    let unknown = vol2
        .send(
            &dm,
            "Kal se sab petrol pump teen din ke liye band rahenge, abhi tank full karwa lo",
        )
        .await;
    let queued = vol2.reply_to(&unknown).await;
    assert!(queued.body.contains("Not yet verified"), "{}", queued.body);
    sho.wait_for("the verification request", |m| {
        in_control(m) && m.body.contains("petrol pump") && m.body.contains("Asked by 1")
    })
    .await;

    // The same picture in three rooms (uploaded and encrypted anew each time): one item.
    let picture: Vec<u8> = (0..20_000u32).map(|i| (i * 31 % 255) as u8).collect();
    let mut pics = Vec::new();
    for room in &rooms {
        let r = room
            .send_attachment(
                "viral.jpg",
                &mime::IMAGE_JPEG,
                picture.clone(),
                AttachmentConfig::new(),
            )
            .await
            .unwrap();
        pics.push(r.event_id.to_string());
    }
    for p in &pics {
        vol.wait_for(
            "a label under each picture",
            label_under(p, "Forwarded many times"),
        )
        .await;
    }
    sho.wait_for("the picture's alert", |m| {
        in_control(m) && m.body.contains("[image] viral.jpg")
    })
    .await;
    assert_eq!(
        count(&sho, |m| in_control(m) && m.body.starts_with("📢")),
        2,
        "one alert per item"
    );
    bot.stop().await;
}
