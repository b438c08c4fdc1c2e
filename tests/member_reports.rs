#![recursion_limit = "256"]
//! Members' reports against a real Synapse: the bot starts without server-admin rights and
//! says so; once it has them, a member's report through the client-server report endpoint
//! becomes one desk card — once, also across a restart; more members' reports join it and the
//! third removes the message pending review; `!restore` posts it again, quoted by the bot;
//! every reporter hears of it by DM. A report of an account (*Report user*) gets a card too.

mod common;

use std::time::Duration;

use common::scene::{StationScene, station_scene};
use common::*;
use matrix_sdk::ruma::OwnedRoomId;

/// A member's *Report* on a message, as their client sends it.
async fn report(hs: &Synapse, user: &User, room: &OwnedRoomId, event: &str, reason: &str) {
    let path = format!(
        "/_matrix/client/v3/rooms/{room}/report/{}",
        urlencode(event)
    );
    user.post_ok(hs, &path, &serde_json::json!({ "reason": reason }))
        .await;
}

fn urlencode(s: &str) -> String {
    s.replace('$', "%24")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn reports_become_one_card_hide_at_three_and_restore_reposts() {
    let StationScene {
        hs,
        mut bot,
        staff,
        vol,
        station_id,
        vol_room,
        desk,
        desk_id,
        ..
    } = station_scene("[reports]\nhomeserver_reports = true\npoll_interval = \"1s\"\n").await;
    let is_desk = |m: &common::Seen| m.room_id == desk_id.as_str();
    // Without server-admin rights the log says what is missing.
    wait_until(
        Duration::from_secs(30),
        || bot.log().contains("not a server admin"),
        || format!("no word of the missing admin rights:\n{}", bot.log()),
    )
    .await;
    hs.make_admin(BOT).await;

    // Two more members who will report.
    let mut reporters = Vec::new();
    for name in ["rep1", "rep2"] {
        hs.register(name, PASSWORD, false).await;
        let u = User::login(&hs, name).await;
        invite_as_bot(&hs, &bot, &station_id, &format!("@{name}:localhost")).await;
        u.join(&station_id).await;
        reporters.push(u);
    }
    let scam = vol
        .send(
            &vol_room,
            "Win a free phone! Send 500 rupees to 98xxxx to claim",
        )
        .await;
    report(&hs, &reporters[0], &station_id, &scam, "fraud").await;
    let card = staff
        .wait_for("the report card", |m| {
            is_desk(m) && m.body.contains("R-1") && m.notice
        })
        .await;
    for want in [
        "Win a free phone",
        "fraud",
        "@rep1:localhost",
        "@vol:localhost",
    ] {
        assert!(card.body.contains(want), "{want}: {}", card.body);
    }
    reporters[0].accept_invites().await;
    reporters[0]
        .wait_for("the reporter's receipt", |m| {
            m.sender == BOT && m.body.contains("has reached the station's staff")
        })
        .await;

    // A restart reads nothing twice; the next member's report joins the card.
    bot.stop().await;
    bot.start().await;
    report(&hs, &reporters[1], &station_id, &scam, "scam").await;
    wait_until(
        Duration::from_secs(30),
        || {
            staff
                .seen
                .lock()
                .unwrap()
                .iter()
                .any(|m| is_desk(m) && m.body.contains("R-1") && m.body.contains("2 member"))
        },
        || "the second report did not join the card".into(),
    )
    .await;
    // The third different member (here a constable) removes it at once, pending review.
    let constable = User::login(&hs, "const-a").await;
    constable.join(&station_id).await;
    report(&hs, &constable, &station_id, &scam, "spam").await;
    wait_until(
        Duration::from_secs(30),
        || staff.redacted.lock().unwrap().contains(&scam),
        || format!("not removed at three reports; log:\n{}", bot.log()),
    )
    .await;
    staff
        .wait_for("the pending-review status", |m| {
            is_desk(m) && m.body.contains("pending review")
        })
        .await;
    let cards = staff
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|m| is_desk(m) && m.body.starts_with("🚩 R-1 · a message reported"))
        .count();
    assert_eq!(cards, 1, "one card for one message, across a restart");
    assert!(
        !staff
            .seen
            .lock()
            .unwrap()
            .iter()
            .any(|m| m.body.contains("R-2")),
        "no second card"
    );

    // Restored: the bot posts it again in the station room, quoting the original.
    let ask = staff.send(&desk, "!restore R-1").await;
    staff.reply_to(&ask).await;
    vol.wait_for("the re-post", |m| {
        m.room_id == station_id.as_str() && m.sender == BOT && m.body.contains("Win a free phone")
    })
    .await;
    reporters[0]
        .wait_for("the reporter told", |m| {
            m.sender == BOT && m.body.contains("showed the message again")
        })
        .await;

    // A report of the account itself goes to the desk of the station room it is in.
    reporters[1]
        .post_ok(
            &hs,
            "/_matrix/client/v3/users/@vol:localhost/report",
            &serde_json::json!({ "reason": "asks everyone for money" }),
        )
        .await;
    staff
        .wait_for("the account's report card", |m| {
            is_desk(m)
                && m.body.contains("R-2")
                && m.body.contains("an account reported")
                && m.body.contains("@vol:localhost")
                && m.body.contains("asks everyone for money")
        })
        .await;
    let dismiss = staff.send(&desk, "!dismiss R-2").await;
    let done = staff.reply_to(&dismiss).await;
    assert!(done.body.contains("R-2: dismissed"), "{}", done.body);
    assert_eq!(
        membership(&hs, &bot, &station_id, "@vol:localhost")
            .await
            .as_deref(),
        Some("join")
    );
    bot.stop().await;
}
