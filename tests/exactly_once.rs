#![recursion_limit = "256"]
//! Every event is handled exactly once across a clean restart, a kill -9 in the middle of a
//! burst, and a homeserver restart. Proven by counting the bot's replies to each command, read
//! by a real E2EE client; no timing is asserted.

mod common;

use std::time::Duration;

use common::*;
use matrix_sdk::Room;

/// Send `n` numbered `!help` commands; returns their event ids.
async fn burst(user: &User, room: &Room, n: usize, tag: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for i in 0..n {
        ids.push(user.send(room, &format!("!help {tag}{i}")).await);
    }
    ids
}

/// Wait for a reply to every id, then for a later sentinel's reply (the bot handles a room's
/// events in order, so nothing earlier can still come), then require exactly one reply each.
async fn assert_each_answered_once(bot: &BotProcess, user: &User, room: &Room, ids: &[String]) {
    for id in ids {
        wait_until(
            Duration::from_secs(60),
            || !user.replies_to(id).is_empty(),
            || {
                let seen = user.seen.lock().unwrap();
                let notices: Vec<String> = seen
                    .iter()
                    .filter(|s| s.notice)
                    .map(|s| {
                        format!(
                            "{:?} -> {}",
                            s.in_reply_to,
                            s.body.lines().next().unwrap_or("")
                        )
                    })
                    .collect();
                format!(
                    "no reply to {id} (#{} of {}); notices seen: {notices:#?}; bot log:\n{}",
                    ids.iter().position(|x| x == id).unwrap(),
                    ids.len(),
                    bot.log()
                )
            },
        )
        .await;
    }
    let sentinel = user.send(room, "!help").await;
    user.reply_to(&sentinel).await;
    for (i, id) in ids.iter().enumerate() {
        let n = user.replies_to(id).len();
        assert_eq!(n, 1, "command #{i} ({id}) got {n} replies");
    }
}

async fn setup() -> (Synapse, BotProcess, User, Room) {
    let hs = Synapse::start();
    register_all(&hs, &["a"], &[]).await;
    let mut bot = BotProcess::new(&config_toml(&hs, &["a"]));
    bot.provision();
    bot.start().await;
    let staff = User::login(&hs, "sho-a").await;
    let id = staff.room_by_alias("#thana-a:localhost").await;
    let room = staff.join(&id).await;
    (hs, bot, staff, room)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn restart_and_kill9_neither_drop_nor_repeat() {
    let (_hs, mut bot, staff, room) = setup().await;

    // Clean stop, 20 messages while the bot is away, start again.
    bot.stop().await;
    let offline = burst(&staff, &room, 20, "offline").await;
    bot.start().await;
    assert_each_answered_once(&bot, &staff, &room, &offline).await;

    // kill -9 while the bot is working through a burst, three times at different points.
    for round in 0..3 {
        let ids = burst(&staff, &room, 15, &format!("k{round}-")).await;
        match round {
            0 => {} // killed right away, likely before anything was handled
            _ => {
                // killed once some replies are out, the rest still in hand
                let want = round * 3;
                wait_until(
                    Duration::from_secs(60),
                    || {
                        ids.iter()
                            .filter(|id| !staff.replies_to(id).is_empty())
                            .count()
                            >= want
                    },
                    || "no progress".into(),
                )
                .await;
            }
        }
        bot.kill9();
        bot.start().await;
        assert_each_answered_once(&bot, &staff, &room, &ids).await;
    }
    let log = bot.log();
    assert!(log.contains("catch-up done"), "{log}");
    bot.stop().await;
}

/// The homeserver stops for 60 s in the middle of a load (commands, a report, a broadcast):
/// the bot waits, recovers by itself, and everything is handled exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_minute_without_the_homeserver_loses_nothing() {
    let mut load = common::load::Load::new("").await;
    load.round("before", true).await;
    load.round("before2", false).await;
    load.hs.stop();
    tokio::time::sleep(Duration::from_secs(60)).await;
    load.hs.restart();
    load.round("after", true).await;
    assert!(
        load.bot.log().contains("sync failed; retrying"),
        "the outage was seen and survived"
    );
    load.verify().await;
}
