#![recursion_limit = "256"]
//! `!block` of a user present in ~100 rooms: time until every ban is visible to the banned
//! user's own client, side by side in one run with the same bans issued back-to-back by a
//! plain HTTP client using the bot's token (the homeserver's own floor). Prints the ratio.
//!
//! Run: `cargo bench --bench block` (starts its own Synapse; about 3 minutes).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::*;
use matrix_sdk::ruma::OwnedRoomId;
use serde_json::json;

const STATIONS: usize = 49; // space + control + announcements + 49 × (room + desk) = 101 rooms

async fn wait_left(user: &User, n: usize) {
    wait_until(
        Duration::from_secs(600),
        || user.client.left_rooms().len() >= n,
        || format!("only {} of {n} bans seen", user.client.left_rooms().len()),
    )
    .await;
}

async fn rejoin_all(hs: &Synapse, bot: &BotProcess, tout: &User, rooms: &[OwnedRoomId]) {
    for id in rooms {
        invite_as_bot(hs, bot, id, "@tout:localhost").await;
        tout.join(id).await;
    }
    wait_until(
        Duration::from_secs(120),
        || tout.client.left_rooms().is_empty(),
        || "tout still sees left rooms".into(),
    )
    .await;
}

#[tokio::main]
async fn main() {
    let hs = Synapse::start();
    let names: Vec<String> = (1..=STATIONS).map(|i| format!("s{i}")).collect();
    let stations: Vec<&str> = names.iter().map(String::as_str).collect();
    register_all(&hs, &stations, &["tout"]).await;
    let mut bot = BotProcess::new(&config_toml(&hs, &stations));
    bot.provision();
    bot.start().await;

    let tout = User::login(&hs, "tout").await;
    let mut aliases = vec![
        "#testpur:localhost".to_string(),
        "#testpur-control:localhost".into(),
        "#testpur-announcements:localhost".into(),
    ];
    for s in &stations {
        aliases.push(format!("#thana-{s}:localhost"));
        aliases.push(format!("#thana-{s}-desk:localhost"));
    }
    let mut rooms = Vec::new();
    for a in &aliases {
        rooms.push(tout.room_by_alias(a).await);
    }
    rejoin_all(&hs, &bot, &tout, &rooms).await;
    let n = rooms.len();

    // Baseline: the same bans, back-to-back, from a plain HTTP client with the bot's token.
    let http = reqwest::Client::new();
    let token = bot.access_token();
    let t0 = Instant::now();
    for id in &rooms {
        let url = format!("{}/_matrix/client/v3/rooms/{id}/ban", hs.url());
        let r = http
            .post(url)
            .bearer_auth(&token)
            .json(&json!({ "user_id": "@tout:localhost", "reason": "baseline" }))
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success());
    }
    wait_left(&tout, n).await;
    let baseline = t0.elapsed();
    for id in &rooms {
        let url = format!("{}/_matrix/client/v3/rooms/{id}/unban", hs.url());
        http.post(url)
            .bearer_auth(&token)
            .json(&json!({ "user_id": "@tout:localhost" }))
            .send()
            .await
            .unwrap();
    }
    rejoin_all(&hs, &bot, &tout, &rooms).await;

    // Saathi: one command in the control room.
    let officer = User::login(&hs, "sp").await;
    let control = officer.join(&rooms[1]).await;
    // Warm up: the officer's first message in the room sets up encryption (key claims and
    // sharing), a client cost that is not the bot's.
    let warm = officer.send(&control, "!help").await;
    officer.reply_to(&warm).await;
    let t1 = Instant::now();
    officer
        .send(&control, "!block @tout:localhost benchmark")
        .await;
    let sent = t1.elapsed();
    wait_left(&tout, 1).await;
    let first = t1.elapsed();
    wait_left(&tout, n).await;
    let saathi = t1.elapsed();

    println!("block of a user in {n} rooms, one run, same Synapse:");
    println!(
        "  plain client, {n} bans back-to-back: {:>7.2} s",
        baseline.as_secs_f64()
    );
    println!(
        "  saathi `!block` (command → all bans visible): {:>7.2} s",
        saathi.as_secs_f64()
    );
    println!(
        "    (command sent after {:.2} s, first ban visible after {:.2} s)",
        sent.as_secs_f64(),
        first.as_secs_f64()
    );
    println!(
        "  ratio saathi / plain: {:.2} (goal ≤ 1.2)",
        saathi.as_secs_f64() / baseline.as_secs_f64()
    );
    bot.stop().await;
}
