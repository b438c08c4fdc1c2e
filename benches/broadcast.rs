#![recursion_limit = "256"]
//! `!broadcast` to 300 station rooms (and the announcements room) on a local Synapse, side by
//! side in the same run with the homeserver's own rate for the bot's account: a plain HTTP
//! client with the bot's token sending the same 301 messages back-to-back. Prints messages per
//! second for both and the ratio (goal of issue #5: ≥ 0.9).
//!
//! Run: `cargo bench --bench broadcast` (provisions 603 rooms first: several minutes).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::*;
use serde_json::json;

const STATIONS: usize = 300;

#[tokio::main]
async fn main() {
    let hs = Synapse::start();
    // Only the officer: staff per station would add 1,200 invites to the setup, not the test.
    register_all(&hs, &[], &[]).await;
    let mut config = config_toml(&hs, &[]);
    for i in 1..=STATIONS {
        config.push_str(&format!(
            "[[districts.stations]]\nslug = \"s{i}\"\nname_hi = \"थाना {i}\"\nname_en = \"Station {i}\"\n"
        ));
    }
    let mut bot = BotProcess::new(&config);
    let t = Instant::now();
    bot.provision();
    println!(
        "provisioned {} rooms in {:.0} s",
        3 + 2 * STATIONS + 1,
        t.elapsed().as_secs_f64()
    );
    bot.start().await;

    let sp = User::login(&hs, "sp").await;
    let control_id = sp.room_by_alias("#testpur-control:localhost").await;
    let control = sp.join(&control_id).await;
    let warm = sp.send(&control, "!help").await;
    sp.reply_to(&warm).await;

    // Baseline: the same messages from a plain client with the bot's token, back-to-back.
    let mut rooms = vec![sp.room_by_alias("#testpur-announcements:localhost").await];
    for i in 1..=STATIONS {
        rooms.push(sp.room_by_alias(&format!("#thana-s{i}:localhost")).await);
    }
    let http = reqwest::Client::new();
    let token = bot.access_token();
    let t0 = Instant::now();
    for (i, id) in rooms.iter().enumerate() {
        let url = format!(
            "{}/_matrix/client/v3/rooms/{id}/send/m.room.message/baseline{i}",
            hs.url()
        );
        let r = http
            .put(url)
            .bearer_auth(&token)
            .json(&json!({"msgtype": "m.notice", "body": "baseline copy"}))
            .send()
            .await
            .unwrap();
        assert!(
            r.status().is_success(),
            "{}",
            r.text().await.unwrap_or_default()
        );
    }
    let baseline = t0.elapsed();

    let n = rooms.len() as f64;
    let theirs = n / baseline.as_secs_f64();
    println!("broadcast to {} rooms, one run, same Synapse:", rooms.len());
    println!(
        "  plain client, back-to-back (unencrypted): {:>7.1} msg/s ({:.1} s)",
        theirs,
        baseline.as_secs_f64()
    );
    // The first broadcast also sets up encryption in every room (a room key shared with its
    // members' devices); the second finds it done, as every later broadcast will.
    for (round, what) in [(1, "first, cold room keys"), (2, "second, warm")] {
        let t1 = Instant::now();
        sp.send(
            &control,
            &format!("!broadcast Heavy rain alert {round}: avoid the river ghats tonight"),
        )
        .await;
        let want = format!("delivered {}/{}", rooms.len(), rooms.len());
        let finished = |m: &Seen| m.sender == BOT && m.body.contains(&want);
        let before = sp
            .seen
            .lock()
            .unwrap()
            .iter()
            .filter(|m| finished(m))
            .count();
        wait_until(
            Duration::from_secs(900),
            || {
                sp.seen
                    .lock()
                    .unwrap()
                    .iter()
                    .filter(|m| finished(m))
                    .count()
                    > before
            },
            || format!("broadcast did not finish; log tail:\n{}", tail(&bot.log())),
        )
        .await;
        let saathi = t1.elapsed();
        let ours = n / saathi.as_secs_f64();
        println!(
            "  saathi !broadcast, {what} (command → progress says done, encrypted): {:>7.1} msg/s ({:.1} s), ratio {:.2} (goal ≥ 0.9)",
            ours,
            saathi.as_secs_f64(),
            ours / theirs
        );
    }
    bot.stop().await;
}

fn tail(log: &str) -> String {
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}
