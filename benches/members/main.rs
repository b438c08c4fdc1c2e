#![recursion_limit = "256"]
//! Station rooms at their real size (issue #19): `MEMBERS_STATIONS` station rooms (default 25)
//! of `MEMBERS_PER_ROOM` members each (default 100; 700 is the real size), every member with a
//! real E2EE device (see `setup.rs`), encrypted rooms, one local Synapse. Two bots in one run,
//! each a fresh device of the bot's account:
//!
//! - **off**: `preshare_keys = false` — the first broadcast after start does all key work.
//! - **on**: the default — room keys shared in the background after start.
//!
//! For each: start to ready and RSS; the reply latency to `!help` while keys are being shared
//! beside the idle latency (on); the first broadcast, the second, and the first after 10 % of
//! each room's members left — each beside a plain client sending the same messages
//! unencrypted, back-to-back (the bot's token, like `benches/broadcast.rs`); the bot's
//! `/keys/query`, `/keys/claim` and `/sendToDevice` requests per phase (from Synapse's request
//! log) and Synapse's CPU seconds; a warm restart.
//!
//! Run: `cargo bench --bench members` and `MEMBERS_PER_ROOM=700 cargo bench --bench members`.

#[path = "../../tests/common/mod.rs"]
mod common;
mod setup;

use std::time::{Duration, Instant};

use common::procstat::{cpu_seconds, pct, rss_mib};
use common::*;
use serde_json::json;

fn env(key: &str, default: usize) -> usize {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// What Synapse did for the bot between two points: its CPU time and the bot's key requests.
struct Cost {
    cpu: f64,
    log: usize,
}

impl Cost {
    fn start(hs: &Synapse) -> Cost {
        Cost {
            cpu: cpu_seconds(hs.pid().unwrap()),
            log: hs.log().len(),
        }
    }

    fn report(&self, hs: &Synapse) -> String {
        let log = hs.log();
        let span = log.get(self.log..).unwrap_or("");
        let count = |path: &str| {
            span.lines()
                .filter(|l| l.contains("{@saathi:localhost}") && l.contains(path))
                .count()
        };
        format!(
            "synapse {:.1} CPU s; bot requests: keys/query {}, keys/claim {}, sendToDevice {}",
            cpu_seconds(hs.pid().unwrap()) - self.cpu,
            count("/keys/query"),
            count("/keys/claim"),
            count("/sendToDevice/")
        )
    }
}

/// The same messages from a plain client (the bot's token, unencrypted), back-to-back.
async fn plain(hs: &Synapse, token: &str, rooms: &[String], tag: &str) -> f64 {
    let http = reqwest::Client::new();
    let t = Instant::now();
    for (i, id) in rooms.iter().enumerate() {
        let url = format!(
            "{}/_matrix/client/v3/rooms/{id}/send/m.room.message/plain-{tag}-{i}",
            hs.url()
        );
        let r = http
            .put(url)
            .bearer_auth(token)
            .json(&json!({"msgtype": "m.notice", "body": format!("plain copy {tag}")}))
            .send()
            .await
            .unwrap();
        assert!(
            r.status().is_success(),
            "{}",
            r.text().await.unwrap_or_default()
        );
    }
    t.elapsed().as_secs_f64()
}

/// `!broadcast` from sp: seconds from the command to sp having read (decrypted) the copy in
/// all `n` rooms — delivery as a member sees it; the progress reply's final edit comes up to
/// its 2 s edit gap later.
async fn broadcast(
    sp: &User,
    control: &matrix_sdk::Room,
    n: usize,
    tag: &str,
    bot: &BotProcess,
) -> f64 {
    let text = format!("Heavy rain alert {tag}: avoid the river ghats");
    let copies = || {
        sp.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|m| m.sender == BOT && m.body.contains(&text) && m.in_reply_to.is_none())
            .map(|m| m.room_id.clone())
            .collect::<std::collections::HashSet<_>>()
            .len()
    };
    let done = format!("delivered {n}/{n}");
    let finals = || {
        sp.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|m| m.sender == BOT && m.body.contains(&done))
            .count()
    };
    let before = finals();
    let t = Instant::now();
    sp.send(control, &format!("!broadcast {text}")).await;
    wait_until(
        Duration::from_secs(300),
        || copies() >= n,
        || {
            format!(
                "broadcast {tag}: {} of {n} copies read ({} undecryptable events); log tail:\n{}",
                copies(),
                sp.undecryptable.lock().unwrap().len(),
                tail(&bot.log())
            )
        },
    )
    .await;
    let took = t.elapsed().as_secs_f64();
    // The next broadcast starts once this one is finished and said so.
    wait_until(
        Duration::from_secs(600),
        || finals() > before,
        || format!("broadcast {tag} never said finished"),
    )
    .await;
    took
}

/// Seconds from sp's `!help` to the bot's reply.
async fn probe(sp: &User, control: &matrix_sdk::Room) -> f64 {
    let t = Instant::now();
    let id = sp.send(control, "!help").await;
    sp.reply_to(&id).await;
    t.elapsed().as_secs_f64()
}

fn tail(log: &str) -> String {
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

fn shares(bot: &BotProcess) -> usize {
    bot.log().matches("room key shared ahead").count()
}

#[allow(clippy::too_many_arguments)]
async fn run(
    label: &str,
    preshare: bool,
    hs: &Synapse,
    config: &str,
    stations: &[String],
    members: &[Vec<setup::Member>],
    churn_round: usize,
    sp: &User,
) {
    // Each result is printed as it comes: a run cut short keeps what it measured.
    let out = &mut Printer;
    let config = format!("{config}\n[rooms]\npreshare_keys = {preshare}\n");
    let mut bot = BotProcess::new(&config);
    bot.provision();
    let cost = Cost::start(hs);
    let t = Instant::now();
    // A fresh data folder for an account that had one: the bot asks to be told so.
    bot.start_with_args(&["--new-store"], Duration::from_secs(900))
        .await;
    let ready = t.elapsed().as_secs_f64();
    let rss = rss_mib(bot.pid().unwrap());
    let shared_at_start = shares(&bot);
    out.push(format!(
        "[{label}] cold start to ready {ready:.1} s, RSS {rss:.0} MiB; {}",
        cost.report(hs)
    ));

    let slugs: Vec<&str> = stations.iter().map(String::as_str).collect();
    let (control, targets) = if churn_round == 0 {
        officer_with_broadcast_targets(hs, &bot, sp, &slugs).await
    } else {
        // sp is in every room since the first run.
        let control_id = sp.room_by_alias("#testpur-control:localhost").await;
        let mut targets = vec![sp.room_by_alias("#testpur-announcements:localhost").await];
        for s in &slugs {
            targets.push(sp.room_by_alias(&format!("#thana-{s}:localhost")).await);
        }
        (sp.join(&control_id).await, targets)
    };
    let rooms: Vec<String> = targets.iter().map(ToString::to_string).collect();
    let n = rooms.len();
    let idle_before = probe(sp, &control).await;

    if preshare {
        // Replies while the keys are shared (sp's joins just made every target room due).
        let cost = Cost::start(hs);
        let t = Instant::now();
        let mut during = Vec::new();
        // Done: the start-up round logged its end and no share for longer than the settle time.
        let (mut last_count, mut last_change) = (shares(&bot), Instant::now());
        while !bot.log().contains("room keys shared in every room")
            || last_change.elapsed() < Duration::from_secs(5)
        {
            during.push(probe(sp, &control).await);
            tokio::time::sleep(Duration::from_millis(200)).await;
            if shares(&bot) != last_count {
                (last_count, last_change) = (shares(&bot), Instant::now());
            }
            if t.elapsed() > Duration::from_secs(1800) {
                panic!("pre-share did not finish; log tail:\n{}", tail(&bot.log()));
            }
        }
        let took = last_change.duration_since(t).as_secs_f64();
        let mut idle = Vec::new();
        for _ in 0..20 {
            idle.push(probe(sp, &control).await);
        }
        out.push(format!(
            "[{label}] keys shared ahead ({} shares, {shared_at_start} by ready): {took:.1} s after sp joined (rss {:.0} MiB); reply p95 during {:.3} s ({} probes) vs idle {:.3} s, ratio {:.2} (goal ≤ 1.2); {}",
            shares(&bot),
            rss_mib(bot.pid().unwrap()),
            pct(&mut during.clone(), 0.95),
            during.len(),
            pct(&mut idle.clone(), 0.95),
            pct(&mut during, 0.95) / pct(&mut idle, 0.95),
            cost.report(hs)
        ));
    } else {
        out.push(format!("[{label}] idle reply {idle_before:.3} s"));
    }

    let token = bot.access_token();
    let line = |what: &str, ours: f64, theirs: f64, cost: &Cost| {
        format!(
            "[{label}] {what}: saathi {ours:.2} s ({:.1} msg/s), plain {theirs:.2} s ({:.1} msg/s), ratio {:.2}; {}",
            n as f64 / ours,
            n as f64 / theirs,
            theirs / ours,
            cost.report(hs)
        )
    };
    let cost = Cost::start(hs);
    let first = broadcast(sp, &control, n, &format!("{label}-1"), &bot).await;
    let base1 = plain(hs, &token, &rooms, &format!("{label}-1")).await;
    out.push(line("first broadcast after start", first, base1, &cost));
    let cost = Cost::start(hs);
    let second = broadcast(sp, &control, n, &format!("{label}-2"), &bot).await;
    let base2 = plain(hs, &token, &rooms, &format!("{label}-2")).await;
    out.push(line("second broadcast (warm)", second, base2, &cost));
    out.push(format!(
        "[{label}] first / warm rate: {:.2} (goal ≥ 0.9 with pre-share)",
        second / first
    ));

    // 10 % of each station room's members leave (a leave rotates the room key).
    let url = hs.url();
    for (i, room) in rooms.iter().skip(1).enumerate() {
        let m = &members[i];
        let k = m.len() / 10;
        let churn = &m[churn_round * k..(churn_round + 1) * k];
        setup::leave(&url, room, churn).await;
    }
    if preshare {
        // Shared again: new shares, then none for longer than the settle time.
        let before = shares(&bot);
        let (mut last_count, mut last_change) = (before, Instant::now());
        while last_count == before || last_change.elapsed() < Duration::from_secs(5) {
            tokio::time::sleep(Duration::from_millis(200)).await;
            if shares(&bot) != last_count {
                (last_count, last_change) = (shares(&bot), Instant::now());
            }
            assert!(
                last_change.elapsed() < Duration::from_secs(600),
                "no pre-share after the churn; log tail:\n{}",
                tail(&bot.log())
            );
        }
    }
    let cost = Cost::start(hs);
    let third = broadcast(sp, &control, n, &format!("{label}-3"), &bot).await;
    let base3 = plain(hs, &token, &rooms, &format!("{label}-3")).await;
    out.push(line("first broadcast after 10 % left", third, base3, &cost));
    // They come back, for the next run.
    for (i, room) in rooms.iter().skip(1).enumerate() {
        let m = &members[i];
        let k = m.len() / 10;
        setup::join(
            &url,
            &token,
            room,
            &m[churn_round * k..(churn_round + 1) * k],
        )
        .await;
    }

    bot.stop().await;
    let cost = Cost::start(hs);
    let t = Instant::now();
    bot.start_within(Duration::from_secs(900)).await;
    out.push(format!(
        "[{label}] warm restart to ready {:.1} s, RSS {:.0} MiB; {}",
        t.elapsed().as_secs_f64(),
        rss_mib(bot.pid().unwrap()),
        cost.report(hs)
    ));
    bot.stop().await;
}

#[tokio::main]
async fn main() {
    let n_stations = env("MEMBERS_STATIONS", 25);
    let per_room = env("MEMBERS_PER_ROOM", 100);
    let hs = Synapse::start();
    let stations: Vec<String> = (1..=n_stations).map(|i| format!("m{i}")).collect();
    let slugs: Vec<&str> = stations.iter().map(String::as_str).collect();
    register_all(&hs, &slugs, &[]).await;
    hs.register("admin", PASSWORD, true).await;
    let admin: serde_json::Value = reqwest::Client::new()
        .post(format!("{}/_matrix/client/v3/login", hs.url()))
        .json(&json!({"type": "m.login.password", "identifier": {"type": "m.id.user", "user": "admin"}, "password": PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let admin = admin["access_token"].as_str().unwrap().to_string();
    let config = config_toml(&hs, &slugs).replace(
        "level = \"info,saathi=debug\"",
        "level = \"info,saathi::matrix::outbound::preshare=debug\"",
    );

    // Rooms and members, before any bot runs (its first start finds them all).
    let setup_bot = BotProcess::new(&config);
    let t = Instant::now();
    setup_bot.provision();
    let bot_token = setup_bot.access_token();
    let mut members = Vec::new();
    for (i, s) in stations.iter().enumerate() {
        let names = (0..per_room).map(|j| format!("u{i}x{j}")).collect();
        let m = setup::members(&hs.url(), &admin, names).await;
        let room = reqwest::Client::new()
            .get(format!(
                "{}/_matrix/client/v3/directory/room/%23thana-{s}:localhost",
                hs.url()
            ))
            .send()
            .await
            .unwrap()
            .json::<serde_json::Value>()
            .await
            .unwrap()["room_id"]
            .as_str()
            .unwrap()
            .to_string();
        setup::join(&hs.url(), &bot_token, &room, &m).await;
        members.push(m);
    }
    println!(
        "set up {n_stations} station rooms × {per_room} members with E2EE devices ({} users) in {:.0} s",
        n_stations * per_room,
        t.elapsed().as_secs_f64()
    );
    drop(setup_bot);

    println!(
        "\n{n_stations} station rooms × {per_room} members (+ announcements), encrypted, one Synapse on 2 cores:"
    );
    // One officer device for both runs: each bot is a fresh device that must reach it.
    let sp = User::login(&hs, "sp").await;
    run("off", false, &hs, &config, &stations, &members, 0, &sp).await;
    run("on", true, &hs, &config, &stations, &members, 1, &sp).await;
}

/// Prints a result line at once.
struct Printer;

impl Printer {
    fn push(&mut self, line: String) {
        println!("  {line}");
    }
}
