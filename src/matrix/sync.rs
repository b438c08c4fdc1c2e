//! The sync loop. matrix-sdk saves the sync token *before* handlers run (delivery is
//! at-most-once); the pipeline's ledger makes handling idempotent and [`super::catchup`]
//! finds what a crash left unhandled. After each fully handled response the loop records a
//! checkpoint, which bounds how far back the catch-up must look.
//!
//! A homeserver that goes away is retried with backoff for as long as it takes.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use matrix_sdk::LoopCtrl;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::presence::PresenceState;
use matrix_sdk::ruma::uint;
use tracing::{info, warn};

use super::bot::{Bot, now_ms};
use super::retry::backoff;
use crate::store::Meta;

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
fn response_handled(bot: &Bot, ready: &Readiness) {
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
pub async fn run(bot: Arc<Bot>, ready: Arc<Readiness>) {
    let mut failures: u32 = 0;
    let mut first = true;
    loop {
        let result = if first {
            tokio::select! {
                _ = bot.cancel.cancelled() => return,
                r = bot.client.sync_once(settings().timeout(Duration::ZERO)) => r.map(|_| {
                    response_handled(&bot, &ready);
                    first = false;
                }),
            }
        } else {
            let b = bot.clone();
            let r = ready.clone();
            let callback = move |resp: Result<_, matrix_sdk::Error>| {
                let b = b.clone();
                let r = r.clone();
                async move {
                    resp?;
                    response_handled(&b, &r);
                    Ok(if b.cancel.is_cancelled() {
                        LoopCtrl::Break
                    } else {
                        LoopCtrl::Continue
                    })
                }
            };
            tokio::select! {
                _ = bot.cancel.cancelled() => return,
                r = bot.client.sync_with_result_callback(settings(), callback) => match r {
                    Ok(()) => return,
                    Err(e) => Err(e),
                },
            }
        };
        match result {
            Ok(()) => failures = 0,
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
