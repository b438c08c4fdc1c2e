//! How far the running bot has handled, kept on the homeserver (global account data
//! `org.saathi.handled`): the newest origin time of the events in the sync responses it has
//! fully handled. A backup is a copy of the store at one moment; the bot goes on after it. The
//! first start after `saathi restore` reads this mark and treats every event up to it as
//! handled (`Meta::HandledElsewhereUntilMs`): what the old store had answered is not answered
//! again, what came after the old bot stopped is handled as usual.
//!
//! Written by one task at most every [`EVERY`] (an account-data write is a sync for the bot
//! too) and once more on shutdown. A crash loses at most that interval: those events are
//! handled again after a restore — the only repeat a restore can show.

use std::time::Duration;

use matrix_sdk::Client;
use matrix_sdk::ruma::events::GlobalAccountDataEventType;
use matrix_sdk::sync::SyncResponse;
use serde::{Deserialize, Serialize};
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;
use tracing::{debug, warn};

pub const EVENT_TYPE: &str = "org.saathi.handled";

/// At most one write per this interval.
const EVERY: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandledMark {
    /// Every event with an origin time up to this (ms) was handled by the bot that wrote it.
    pub until_ms: u64,
}

fn event_type() -> GlobalAccountDataEventType {
    EVENT_TYPE.into()
}

/// The mark on the homeserver (a mark that does not parse counts as none).
pub async fn fetch(client: &Client) -> Result<Option<HandledMark>, matrix_sdk::Error> {
    let raw = client.account().fetch_account_data(event_type()).await?;
    Ok(raw.and_then(|r| r.deserialize_as_unchecked::<HandledMark>().ok()))
}

async fn save(client: &Client, mark: HandledMark) -> Result<(), matrix_sdk::Error> {
    crate::matrix::store_record::save_account_data(client, event_type(), &mark).await
}

/// The newest origin time among the room timeline events of a sync response (ms).
pub fn newest_origin_ms(response: &SyncResponse) -> Option<u64> {
    response
        .rooms
        .joined
        .values()
        .flat_map(|room| room.timeline.events.iter())
        .filter_map(|ev| ev.raw().get_field::<u64>("origin_server_ts").ok().flatten())
        .max()
}

/// The sync loop's side: moves the mark forward.
#[derive(Clone)]
pub struct Marker(watch::Sender<u64>);

impl Marker {
    pub fn advance(&self, until_ms: u64) {
        self.0.send_if_modified(|m| {
            let newer = until_ms > *m;
            if newer {
                *m = until_ms;
            }
            newer
        });
    }
}

/// The writer task and its [`Marker`]. It ends after a last write once `cancel` fires.
pub fn writer(
    client: Client,
    cancel: CancellationToken,
) -> (Marker, impl Future<Output = ()> + Send) {
    let (tx, mut rx) = watch::channel(0u64);
    let task = async move {
        let mut written = 0u64;
        loop {
            let stop = tokio::select! {
                _ = cancel.cancelled() => true,
                r = rx.changed() => r.is_err(),
            };
            let until_ms = *rx.borrow_and_update();
            if until_ms > written {
                match save(&client, HandledMark { until_ms }).await {
                    Ok(()) => {
                        written = until_ms;
                        debug!(until_ms, "handled mark written");
                    }
                    Err(e) => warn!(error = %e, "cannot write the handled mark; next time"),
                }
            }
            if stop {
                return;
            }
            tokio::select! {
                _ = cancel.cancelled() => {}
                _ = tokio::time::sleep(EVERY) => {}
            }
        }
    };
    (Marker(tx), task)
}
