//! The sync loop. matrix-sdk saves the sync token *before* handlers run (delivery is
//! at-most-once); the pipeline's ledger makes handling idempotent and [`super::catchup`]
//! finds what a crash left unhandled. After each fully handled response the loop records a
//! checkpoint, which bounds how far back the catch-up must look.
//!
//! A homeserver that goes away is retried with backoff for as long as it takes.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::presence::PresenceState;
use matrix_sdk::ruma::uint;
use matrix_sdk::sync::SyncResponse;
use tracing::{info, warn};

use super::bot::{Bot, now_ms};
use crate::matrix::handled_mark::{self, Marker};
use crate::matrix::retry::backoff;
use crate::store::Meta;

/// An empty answer faster than this means the server did not wait: pause before the next.
const SPIN_GUARD: Duration = Duration::from_millis(100);

/// Long-poll timeout of one `/sync`.
const SYNC_TIMEOUT: Duration = Duration::from_secs(30);

pub fn settings() -> SyncSettings {
    let mut filter = FilterDefinition::with_lazy_loading();
    // Enough that an ordinary burst arrives whole; catch-up pages back for the rest.
    filter.room.timeline.limit = Some(uint!(50));
    SyncSettings::default()
        .timeout(SYNC_TIMEOUT)
        .filter(Filter::FilterDefinition(filter))
        .set_presence(PresenceState::Offline)
}

/// Whether the bot is ready (it has completed a sync since it started).
#[derive(Default)]
pub struct Readiness(AtomicBool);

impl Readiness {
    pub fn set(&self) {
        self.0.store(true, Ordering::Release);
    }
    pub fn get(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

/// After a fully handled response: record the checkpoint, announce readiness once.
fn response_handled(bot: &Bot, ready: &Readiness, marker: &Marker, response: &SyncResponse) {
    if let Some(newest) = handled_mark::newest_origin_ms(response) {
        marker.advance(newest);
    }
    if let Err(e) = bot.store.meta_set(Meta::SyncCheckpointMs, now_ms()) {
        warn!(error = %e, "cannot record sync checkpoint");
    }
    if !ready.get() {
        info!("ready: synced");
    }
    ready.set();
}

/// Sync until the bot's cancellation token fires. The first sync of a run does not wait for
/// new events, so a restart is ready as soon as the homeserver answers.
///
/// The loop is ours rather than matrix-sdk's `sync`: the SDK waits a second between syncs that
/// follow each other within a second, which would add up to a second to every moderation
/// decision. Here the next long-poll starts at once; only a server that answers instantly with
/// nothing (ignoring the long-poll timeout) is slowed down.
pub async fn run(bot: Arc<Bot>, ready: Arc<Readiness>, marker: Marker) {
    let mut failures: u32 = 0;
    let mut first = true;
    let mut fast_idle = 0u32;
    loop {
        let settings = if first {
            settings().timeout(Duration::ZERO)
        } else {
            settings()
        };
        let started = Instant::now();
        let result = tokio::select! {
            _ = bot.cancel.cancelled() => return,
            r = bot.client.sync_once(settings) => r,
        };
        match result {
            Ok(response) => {
                failures = 0;
                bot.pipeline
                    .metrics()
                    .synced(started.elapsed().as_secs_f64());
                response_handled(&bot, &ready, &marker, &response);
                // Device-list changes alone also end a long-poll early: only a run of such
                // answers means the server ignores the timeout.
                let idle = response.rooms.is_empty() && response.to_device.is_empty();
                fast_idle = if !first && idle && started.elapsed() < SPIN_GUARD {
                    fast_idle + 1
                } else {
                    0
                };
                if fast_idle >= 3 {
                    tokio::select! {
                        _ = bot.cancel.cancelled() => return,
                        _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                    }
                }
                first = false;
            }
            Err(e) => {
                let wait = backoff(failures);
                failures = failures.saturating_add(1);
                warn!(error = %e, wait_s = wait.as_secs(), failures, "sync failed; retrying");
                tokio::select! {
                    _ = bot.cancel.cancelled() => return,
                    _ = tokio::time::sleep(wait) => {}
                }
            }
        }
    }
}
