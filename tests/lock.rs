#![recursion_limit = "256"]
//! `!lock` against a real Synapse: a lock stops a volunteer's message at the homeserver,
//! `!unlock` restores it, and a timed lock lifts on time across a restart of the bot.

mod common;

use std::time::{Duration, Instant};

use common::scene::{StationScene, station_scene};
use common::*;
use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;

/// Whether a volunteer's plain message gets through (a refused send is the lock working).
async fn vol_can_send(room: &matrix_sdk::Room) -> bool {
    room.send(RoomMessageEventContent::text_plain("can I post?"))
        .await
        .is_ok()
}

/// Wait until the room's power levels say volunteers may (or may not) post.
async fn wait_open(s: &StationScene, open: bool, secs: u64) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(secs) {
        let state = room_state(&s.hs, &s.bot, &s.station_id).await;
        let pl = &state[&("m.room.power_levels".to_string(), String::new())];
        if (pl["events_default"].as_i64().unwrap_or(0) <= 0) == open {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    false
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn lock_stops_volunteers_and_a_timed_lock_lifts_after_restart() {
    let mut s = station_scene("").await;

    let cmd = s.staff.send(&s.desk, "!lock traffic diversion").await;
    let reply = s.staff.reply_to(&cmd).await;
    assert!(reply.body.contains("announcement-only"), "{}", reply.body);
    assert!(
        wait_open(&s, false, 30).await,
        "lock not applied; log:\n{}",
        s.bot.log()
    );
    assert!(
        !vol_can_send(&s.vol_room).await,
        "Synapse must refuse a volunteer's message"
    );
    // The notice in the room says why.
    s.vol
        .wait_for("the lock notice", |m| {
            m.sender == BOT && m.body.contains("traffic diversion")
        })
        .await;
    // Staff can still post.
    s.staff
        .send(&s.staff_room, "Diversion via Ring Road until 6 pm")
        .await;

    let cmd = s.staff.send(&s.desk, "!unlock").await;
    s.staff.reply_to(&cmd).await;
    assert!(wait_open(&s, true, 30).await, "unlock not applied");
    assert!(vol_can_send(&s.vol_room).await);

    // A 12-second lock, with the bot restarted while it holds: it still lifts on time.
    let cmd = s.staff.send(&s.desk, "!lock 12s drill").await;
    let locked_at = Instant::now();
    s.staff.reply_to(&cmd).await;
    assert!(wait_open(&s, false, 30).await, "timed lock not applied");
    s.bot.stop().await;
    s.bot.start().await;
    assert!(
        wait_open(&s, true, 45).await,
        "timed lock never lifted; log:\n{}",
        s.bot.log()
    );
    let lifted = locked_at.elapsed();
    assert!(
        lifted >= Duration::from_secs(11),
        "lifted early: {lifted:?}"
    );
    assert!(vol_can_send(&s.vol_room).await);
    s.bot.stop().await;
}
