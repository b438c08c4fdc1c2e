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

/// The bot's encrypted events and sp's memberships in a room, read raw by `sp` (newest
/// first): what the homeserver holds.
async fn raw_bot_events(
    hs: &Synapse,
    sp: &User,
    room: &matrix_sdk::ruma::OwnedRoomId,
) -> Vec<serde_json::Value> {
    sp.raw_messages(hs, room)
        .await
        .into_iter()
        .filter(|e| {
            (e["sender"] == BOT && e["type"] == "m.room.encrypted")
                || (e["type"] == "m.room.member" && e["state_key"] == "@sp:localhost")
        })
        .collect()
}

fn ts(e: &serde_json::Value) -> u64 {
    e["origin_server_ts"].as_u64().unwrap_or(0)
}

/// Keys are shared ahead of need: once sp has joined, each target room gets the bot's
/// invisible pre-share (an encrypted replacement of the creation event) that sp can decrypt,
/// that notifies no one, and whose session the next broadcast uses — so the broadcast shared
/// no key. The rooms carry the configured rotation.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn room_keys_are_shared_ahead_of_a_broadcast_and_notify_no_one() {
    let hs = Synapse::start();
    let stations = ["p1", "p2"];
    register_all(&hs, &stations, &[]).await;
    let config = format!(
        "{}\n[rooms]\nkey_rotation_days = 3\nkey_rotation_messages = 250\n",
        config_toml(&hs, &stations)
    );
    let mut bot = BotProcess::new(&config);
    bot.provision();
    bot.start().await;
    let sp = User::login(&hs, "sp").await;
    let (control, targets) = officer_with_broadcast_targets(&hs, &bot, &sp, &stations).await;

    let state = room_state(&hs, &bot, &targets[1]).await;
    let enc = &state[&("m.room.encryption".to_string(), String::new())];
    assert_eq!(enc["rotation_period_ms"], 3 * 24 * 3600 * 1000, "{enc}");
    assert_eq!(enc["rotation_period_msgs"], 250, "{enc}");

    // A pre-share after sp's join, in every target room.
    let mut preshares = Vec::new();
    for room in &targets {
        let mut found = None;
        for _ in 0..150 {
            let events = raw_bot_events(&hs, &sp, room).await;
            let joined = events
                .iter()
                .find(|e| e["type"] == "m.room.member" && e["content"]["membership"] == "join")
                .map_or(u64::MAX, ts);
            found = events.into_iter().find(|e| {
                e["content"]["m.relates_to"]["rel_type"] == "m.replace" && ts(e) >= joined
            });
            if found.is_some() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let ev = found.unwrap_or_else(|| panic!("no pre-share in {room}; log:\n{}", bot.log()));
        preshares.push(ev);
    }

    // sp can read each pre-share (the key reached sp's device) and was notified of none.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let ids: Vec<String> = preshares
        .iter()
        .map(|e| e["event_id"].as_str().unwrap().to_string())
        .collect();
    let undecryptable = sp.undecryptable.lock().unwrap().clone();
    assert!(
        !undecryptable.iter().any(|(_, id)| ids.contains(id)),
        "sp could not decrypt a pre-share: {undecryptable:?}"
    );
    let notifications = sp
        .get_json(&hs, "/_matrix/client/v3/notifications?limit=100")
        .await;
    let notified: Vec<&str> = notifications["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["event"]["event_id"].as_str())
        .collect();
    assert!(
        !ids.iter().any(|id| notified.contains(&id.as_str())),
        "a pre-share notified sp: {notifications}"
    );
    assert!(
        !sp.seen
            .lock()
            .unwrap()
            .iter()
            .any(|m| ids.contains(&m.event_id))
    );

    // The broadcast uses the pre-shared session in every room.
    let text = "Fog on the highway: drive slowly";
    sp.send(&control, &format!("!broadcast {text}")).await;
    sp.wait_for("the final progress", |m| {
        m.sender == BOT && m.body.contains("Broadcast finished: delivered 3/3")
    })
    .await;
    for (room, pre) in targets.iter().zip(&preshares) {
        let events = raw_bot_events(&hs, &sp, room).await;
        let copy = events
            .iter()
            .find(|e| e["type"] == "m.room.encrypted" && e["content"]["m.relates_to"].is_null())
            .unwrap_or_else(|| panic!("no copy in {room}"));
        assert_eq!(
            copy["content"]["session_id"], pre["content"]["session_id"],
            "the broadcast in {room} used a new session: the pre-shared key was not used"
        );
    }
    // Quiet rooms get no more shares: a message (the share's own included) repeats its
    // sender's membership in the next sync, which is no membership change.
    let shares = |events: Vec<serde_json::Value>| {
        events
            .iter()
            .filter(|e| e["content"]["m.relates_to"]["rel_type"] == "m.replace")
            .count()
    };
    let before = shares(raw_bot_events(&hs, &sp, &targets[1]).await);
    tokio::time::sleep(Duration::from_secs(8)).await;
    let after = shares(raw_bot_events(&hs, &sp, &targets[1]).await);
    assert_eq!(before, after, "shares go on in a quiet room");
    assert!(after <= 3, "{after} shares in a room that changed twice");
    bot.stop().await;
}
