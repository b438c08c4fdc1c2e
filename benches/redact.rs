#![recursion_limit = "256"]
//! The greeting filter end to end: 200 greetings sent by a volunteer's client into an
//! encrypted station room; for each, the time from send until a second client (staff) sees
//! the redaction, side by side in the same run with Synapse's own delivery time (send → the
//! second client sees the message) and with one plain redaction round trip. Prints p50/p95
//! and the goal of issue #4: redaction p95 ≤ 1.2 × delivery p95 + one redaction round trip.
//!
//! Run: `cargo bench --bench redact` (starts its own Synapse; about 2 minutes).

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::scene::{StationScene, station_scene};
use common::*;
use matrix_sdk::ruma::OwnedEventId;
use matrix_sdk::ruma::events::room::encrypted::SyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::message::SyncRoomMessageEvent;
use matrix_sdk::ruma::events::room::redaction::OriginalSyncRoomRedactionEvent;

const GREETINGS: usize = 200;
const WORDS: [&str; 8] = [
    "good morning 🙏",
    "सुप्रभात",
    "gm sir",
    "राम राम जी",
    "jai hind 🌹",
    "shubh ratri",
    "happy monday",
    "G.o.o.d n.i.g.h.t",
];

type Clock = Arc<Mutex<HashMap<String, Instant>>>;

fn percentile(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i]
}

/// Remember when `event` was first seen.
async fn stamp(clock: Clock, event: String) {
    clock
        .lock()
        .unwrap()
        .entry(event)
        .or_insert_with(Instant::now);
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    // 200 messages in a few minutes would be a flood; this measures the greeting filter.
    let StationScene {
        hs: _hs, // keeps Synapse running (unbound fields are dropped at once)
        mut bot,
        staff,
        vol,
        staff_room,
        vol_room: room,
        ..
    } = station_scene("[moderation]\nflood = \"off\"\n").await;

    // When the staff client saw each message and each redaction.
    let seen: Clock = Arc::default();
    let redacted: Clock = Arc::default();
    // A message the staff client first sees already redacted (both came in one sync)
    // arrives as a redacted message, or as an encrypted event with nothing left to decrypt.
    let s = seen.clone();
    staff
        .client
        .add_event_handler(move |ev: SyncRoomMessageEvent| {
            stamp(s.clone(), ev.event_id().to_string())
        });
    let s = seen.clone();
    staff
        .client
        .add_event_handler(move |ev: SyncRoomEncryptedEvent| {
            stamp(s.clone(), ev.event_id().to_string())
        });
    let r = redacted.clone();
    staff
        .client
        .add_event_handler(move |ev: OriginalSyncRoomRedactionEvent| {
            let r = r.clone();
            async move {
                if let Some(id) = ev.content.redacts.clone().or(ev.redacts.clone()) {
                    r.lock()
                        .unwrap()
                        .entry(id.to_string())
                        .or_insert_with(Instant::now);
                }
            }
        });

    // Warm up both clients' encryption sessions (a client cost, not the bot's).
    let warm = vol.send(&room, "!help").await;
    vol.reply_to(&warm).await;
    let warm = staff.send(&staff_room, "!help").await;
    staff.reply_to(&warm).await;

    // One plain redaction round trip: staff redacting their own messages.
    let mut rtt = Vec::new();
    for i in 0..20 {
        let e = staff.send(&staff_room, &format!("note {i}")).await;
        let e: OwnedEventId = e.parse().unwrap();
        let t = Instant::now();
        staff_room.redact(&e, None, None).await.unwrap();
        rtt.push(t.elapsed());
    }

    let mut sent: Vec<(String, Instant)> = Vec::new();
    for i in 0..GREETINGS {
        let t = Instant::now();
        let e = vol.send(&room, WORDS[i % WORDS.len()]).await;
        sent.push((e, t));
        // A steady trickle, as greetings arrive in a real morning.
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let all_seen = || {
        let r = redacted.lock().unwrap();
        let s = seen.lock().unwrap();
        sent.iter()
            .all(|(e, _)| r.contains_key(e) && s.contains_key(e))
    };
    wait_until(Duration::from_secs(300), all_seen, || {
        format!("not every greeting redacted; bot log:\n{}", bot.log())
    })
    .await;
    let s = seen.lock().unwrap().clone();
    let r = redacted.lock().unwrap().clone();
    let delivery: Vec<Duration> = sent.iter().map(|(e, t)| s[e] - *t).collect();
    let redaction: Vec<Duration> = sent.iter().map(|(e, t)| r[e] - *t).collect();
    let (d50, d95) = (
        percentile(delivery.clone(), 0.5),
        percentile(delivery, 0.95),
    );
    let (r50, r95) = (
        percentile(redaction.clone(), 0.5),
        percentile(redaction, 0.95),
    );
    let rtt50 = percentile(rtt, 0.5);
    let budget = d95.mul_f64(1.2) + rtt50;
    println!("greeting filter end to end, {GREETINGS} greetings, encrypted room, one run:");
    println!(
        "  Synapse delivery (send → staff sees the message):   p50 {:>7.1} ms   p95 {:>7.1} ms",
        ms(d50),
        ms(d95)
    );
    println!(
        "  Saathi redaction (send → staff sees the redaction): p50 {:>7.1} ms   p95 {:>7.1} ms",
        ms(r50),
        ms(r95)
    );
    println!(
        "  one plain redaction round trip:                    p50 {:>7.1} ms",
        ms(rtt50)
    );
    println!(
        "  goal p95 ≤ 1.2 × delivery p95 + redaction rtt = {:.1} ms: redaction p95 / goal = {:.2} ({})",
        ms(budget),
        r95.as_secs_f64() / budget.as_secs_f64(),
        if r95 <= budget { "met" } else { "NOT met" }
    );
    if std::env::var_os("BENCH_SHOW_LOG").is_some() {
        println!("{}", bot.log());
    }
    bot.stop().await;
}
