#![recursion_limit = "256"]
//! kill -9 at random moments — mid-burst, mid-broadcast, during start-up — 20 times under a
//! load of commands, reports and broadcasts; then every command has exactly one reply, every
//! report exactly one ticket and one card, every broadcast exactly one copy per room, and the
//! outbox is empty (nothing lost, nothing done twice). No timing is asserted.
//!
//! The longer soak, on demand: `SOAK_ROUNDS=200 cargo nextest run --test crash_soak`
//! (`SOAK_SEED=<n>` replays the kill moments of an earlier run; the seed is printed).

mod common;

use std::time::Duration;

use common::load::Load;

/// xorshift64*: enough randomness for kill moments, replayable from the printed seed.
struct Moments(u64);

impl Moments {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_kills_under_load_lose_nothing_and_repeat_nothing() {
    let rounds = env_u64("SOAK_ROUNDS").unwrap_or(20);
    let seed = env_u64("SOAK_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64
            | 1
    });
    eprintln!("crash soak: {rounds} rounds, SOAK_SEED={seed}");
    let mut at = Moments(seed);
    let mut load = Load::new("").await;
    let mut during_startup = 0;
    for r in 0..rounds {
        load.round(&format!("r{r}"), r % 5 == 0).await;
        tokio::time::sleep(Duration::from_millis(at.below(1500))).await;
        load.bot.kill9();
        // Sent while the bot is down: found by the catch-up.
        load.command(&format!("r{r}.down")).await;
        if r % 4 == 3 {
            // Killed again before it is ready (login restore, catch-up, outbox resume).
            load.bot.spawn();
            tokio::time::sleep(Duration::from_millis(at.below(3000))).await;
            load.bot.kill9();
            during_startup += 1;
        }
        load.bot.start().await;
    }
    eprintln!("crash soak: {rounds} kills under load, {during_startup} more during start-up");
    load.verify().await;
}
