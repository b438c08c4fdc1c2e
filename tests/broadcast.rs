#![recursion_limit = "256"]
//! `!broadcast` against a real Synapse: ten station rooms and the announcements room, the bot
//! killed (`kill -9`) as the first copies arrive and restarted: every room holds exactly one
//! copy, and the progress reply ends at delivered 11/11.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_broadcast_killed_mid_way_lands_once_in_every_room() {
    let hs = Synapse::start();
    let names: Vec<String> = (1..=10).map(|i| format!("s{i}")).collect();
    let stations: Vec<&str> = names.iter().map(String::as_str).collect();
    register_all(&hs, &stations, &[]).await;
    let mut bot = BotProcess::new(&config_toml(&hs, &stations));
    bot.provision();
    bot.start().await;

    let sp = User::login(&hs, "sp").await;
    let (control, targets) = officer_with_broadcast_targets(&hs, &bot, &sp, &stations).await;
    // Warm up the officer's encryption in the control room (a client cost, not the bot's).
    let warm = sp.send(&control, "!help").await;
    sp.reply_to(&warm).await;

    let text = "Heavy rain alert: avoid the river ghats tonight";
    let cmd = sp.send(&control, &format!("!broadcast --pin {text}")).await;
    let copies = || {
        let mut per_room: BTreeMap<String, usize> = BTreeMap::new();
        for m in sp.seen.lock().unwrap().iter() {
            if m.sender == BOT && m.body.contains(text) {
                *per_room.entry(m.room_id.clone()).or_default() += 1;
            }
        }
        per_room
    };
    wait_until(
        Duration::from_secs(60),
        || !copies().is_empty(),
        || format!("no copy arrived; log:\n{}", bot.log()),
    )
    .await;
    bot.kill9();
    let before_restart = copies().len();
    bot.start().await;
    wait_until(
        Duration::from_secs(120),
        || copies().len() == targets.len(),
        || {
            format!(
                "copies in {} of {} rooms; log:\n{}",
                copies().len(),
                targets.len(),
                bot.log()
            )
        },
    )
    .await;
    sp.wait_for("the final progress", |m| {
        m.sender == BOT && m.body.contains("Broadcast finished: delivered 11/11")
    })
    .await;
    // Anything resent would have arrived by now.
    let sentinel = sp.send(&control, "!help").await;
    sp.reply_to(&sentinel).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let per_room = copies();
    assert!(
        per_room.values().all(|n| *n == 1),
        "every room exactly one copy: {per_room:?} ({before_restart} rooms had theirs before the kill)"
    );
    let replies = sp.replies_to(&cmd);
    assert_eq!(replies.len(), 1, "one progress reply");
    // --pin: the copy is pinned in its room.
    let state = room_state(&hs, &bot, &targets[1]).await;
    let pinned = &state[&("m.room.pinned_events".to_string(), String::new())]["pinned"];
    assert_eq!(pinned.as_array().map(Vec::len), Some(1), "{pinned}");
    eprintln!("broadcast: {before_restart} of 11 rooms had their copy when the bot was killed");

    // The bot's anchor device is published (a second device of its own, so encrypting never
    // waits on the bot's own user), and a warm broadcast never waited on a key query.
    let bot_id = matrix_sdk::ruma::UserId::parse(BOT).unwrap();
    let mut anchored = false;
    for _ in 0..60 {
        let devices = sp
            .client
            .encryption()
            .get_user_devices(&bot_id)
            .await
            .unwrap();
        if devices
            .get(matrix_sdk::ruma::device_id!("SAATHI_ANCHOR"))
            .is_some()
        {
            anchored = true;
            break;
        }
        sp.client
            .encryption()
            .request_user_identity(&bot_id)
            .await
            .ok();
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert!(
        anchored,
        "the officer's client sees the bot's anchor device; log:\n{}",
        bot.log()
    );
    let second = "Road closed near the old bridge until noon";
    sp.send(&control, &format!("!broadcast {second}")).await;
    let finished = || {
        sp.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|m| m.sender == BOT && m.body.contains("Broadcast finished: delivered 11/11"))
            .count()
    };
    wait_until(
        Duration::from_secs(120),
        || finished() >= 2,
        || format!("the second broadcast did not finish; log:\n{}", bot.log()),
    )
    .await;
    let log = bot.log();
    assert!(
        !log.contains("pending /keys/query request which did not finish"),
        "an encrypted send waited on a pending key query:\n{log}"
    );
    bot.stop().await;
}
