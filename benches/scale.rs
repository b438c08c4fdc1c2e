#![recursion_limit = "256"]
//! A state-sized run against a local Synapse (issue: operations and scale): `SCALE_STATIONS`
//! station rooms (default 1,500, plus a desk each) in districts of 100, then:
//! cold start to ready, RSS, handled-event latency (a command → the bot's reply, seen by the
//! sender) beside Synapse's own delivery latency to another member, a district broadcast,
//! warm restart to the first handled event, RSS and sled size at the end.
//!
//! Run: `cargo bench --bench scale` (and `SCALE_STATIONS=15 cargo bench --bench scale` for the
//! 30-room comparison). Provisioning 3,000 rooms takes several minutes.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::procstat::{dir_mib, pct, rss_mib};
use common::*;

#[tokio::main]
async fn main() {
    let stations: usize = std::env::var("SCALE_STATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1500);
    let per_district = 100.min(stations);
    let districts = stations.div_ceil(per_district);
    let hs = Synapse::start();
    register_all(&hs, &[], &["vol", "obs"]).await;
    let mut config = format!(
        "language = \"en\"\n[homeserver]\nurl = \"{}\"\n[bot]\nuser_id = \"{BOT}\"\npassword = \"{PASSWORD}\"\n[storage]\ndata_dir = \"data\"\n[log]\nlevel = \"info\"\n[digest]\nenabled = false\n",
        hs.url()
    );
    let mut slugs = Vec::new();
    for d in 1..=districts {
        config.push_str(&format!(
            "[[districts]]\nslug = \"d{d}\"\nname_hi = \"ज़िला {d}\"\nname_en = \"District {d}\"\nofficers = [\"@sp:localhost\"]\n"
        ));
        for i in 1..=per_district {
            let n = (d - 1) * per_district + i;
            if n > stations {
                break;
            }
            let slug = format!("d{d}s{i}");
            config.push_str(&format!(
                "[[districts.stations]]\nslug = \"{slug}\"\nname_hi = \"थाना {n}\"\nname_en = \"Station {n}\"\n"
            ));
            slugs.push(slug);
        }
    }
    let rooms = 2 * slugs.len() + 3 * districts + 1;
    let mut bot = BotProcess::new(&config);
    let t = Instant::now();
    bot.provision();
    let provisioned = t.elapsed();
    println!(
        "{} stations in {districts} districts: {rooms} rooms provisioned in {:.0} s",
        slugs.len(),
        provisioned.as_secs_f64()
    );

    let t = Instant::now();
    bot.start_within(Duration::from_secs(1800)).await;
    let cold = t.elapsed();
    let pid = bot.pid().unwrap();
    let rss_cold = rss_mib(pid);
    println!(
        "cold start to ready: {:.1} s, RSS {rss_cold:.0} MiB",
        cold.as_secs_f64()
    );

    // A volunteer and an observer in 20 station rooms spread over the districts.
    let vol = User::login(&hs, "vol").await;
    let obs = User::login(&hs, "obs").await;
    let step = (slugs.len() / 20).max(1);
    let mut joined = Vec::new();
    for slug in slugs.iter().step_by(step).take(20) {
        let id = vol.room_by_alias(&format!("#thana-{slug}:localhost")).await;
        invite_as_bot(&hs, &bot, &id, "@vol:localhost").await;
        invite_as_bot(&hs, &bot, &id, "@obs:localhost").await;
        let room = vol.join(&id).await;
        obs.join(&id).await;
        joined.push(room);
    }
    // Handled-event latency: "!rules" → the bot's reply, beside Synapse delivering the same
    // message to the observer.
    let (mut bot_ms, mut hs_ms) = (Vec::new(), Vec::new());
    for round in 0..2 {
        for room in &joined {
            let t = Instant::now();
            let id = vol.send(room, "!rules").await;
            let mut seen_obs = None;
            loop {
                if seen_obs.is_none() && obs.seen.lock().unwrap().iter().any(|m| m.event_id == id) {
                    seen_obs = Some(t.elapsed());
                }
                if !vol.replies_to(&id).is_empty() {
                    break;
                }
                assert!(
                    t.elapsed() < Duration::from_secs(60),
                    "no reply (round {round})"
                );
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            bot_ms.push(t.elapsed().as_secs_f64() * 1000.0);
            let obs_at = seen_obs.unwrap_or_else(|| t.elapsed());
            hs_ms.push(obs_at.as_secs_f64() * 1000.0);
        }
    }
    println!(
        "latency over {} messages: bot reply p50 {:.0} ms / p95 {:.0} ms; Synapse delivery to a member p50 {:.0} ms / p95 {:.0} ms",
        bot_ms.len(),
        pct(&mut bot_ms.clone(), 0.5),
        pct(&mut bot_ms, 0.95),
        pct(&mut hs_ms.clone(), 0.5),
        pct(&mut hs_ms, 0.95)
    );

    // A district broadcast (the first district: up to 100 station rooms + announcements).
    let sp = User::login(&hs, "sp").await;
    let control_id = sp.room_by_alias("#d1-control:localhost").await;
    let control = sp.join(&control_id).await;
    let n = per_district.min(slugs.len()) + 1;
    let t = Instant::now();
    sp.send(
        &control,
        "!broadcast Scale run: heavy rain tonight, avoid the river banks",
    )
    .await;
    let want = format!("delivered {n}/{n}");
    wait_until(
        Duration::from_secs(900),
        || {
            sp.seen
                .lock()
                .unwrap()
                .iter()
                .any(|m| m.body.contains(&want))
        },
        || "broadcast did not finish".into(),
    )
    .await;
    let b = t.elapsed();
    println!(
        "broadcast to {n} rooms: {:.1} s, {:.1} msg/s",
        b.as_secs_f64(),
        n as f64 / b.as_secs_f64()
    );
    let rss_load = rss_mib(pid);

    // Warm restart to the first handled event: a command sent as the bot starts.
    bot.stop().await;
    let t = Instant::now();
    let start = bot.start_within(Duration::from_secs(600));
    let probe = async {
        let id = vol.send(&joined[0], "!rules").await;
        wait_until(
            Duration::from_secs(600),
            || !vol.replies_to(&id).is_empty(),
            || "no reply after restart".into(),
        )
        .await;
        t.elapsed()
    };
    let ((), first) = tokio::join!(start, probe);
    let ready = t.elapsed();
    let rss_warm = rss_mib(bot.pid().unwrap());
    let sled = dir_mib(&bot.data_dir().join("saathi.sled"));
    let data = dir_mib(&bot.data_dir());
    println!(
        "warm restart: first handled event {:.1} s after start (ready by {:.1} s); RSS after load {rss_load:.0} MiB, after restart {rss_warm:.0} MiB; sled {sled:.1} MiB, data dir {data:.0} MiB",
        first.as_secs_f64(),
        ready.as_secs_f64()
    );
    bot.stop().await;
}
