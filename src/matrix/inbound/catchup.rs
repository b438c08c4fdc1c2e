//! Catch-up: after a start, page back through each joined room's timeline and hand every
//! message the bot never finished to the pipeline (the ledger drops those it did finish).
//!
//! It covers both holes of plain sync: events whose sync token was saved before a crash let
//! their handlers finish, and the gap of a `limited` timeline after a long stop. It looks back
//! to the last checkpoint minus a margin (never before the bot's first start), so a quiet room
//! costs one request.

use std::sync::Arc;

use matrix_sdk::Room;
use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::events::AnySyncTimelineEvent;
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::uint;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tracing::{info, warn};

use super::bot::Bot;
use super::convert::{self, Paged};
use crate::store::Meta;

/// Events up to this long before the checkpoint are looked at again (clock skew, events
/// that reached the server just before the checkpoint but were delivered after it).
const MARGIN_MS: u64 = 5 * 60 * 1000;
/// Rooms paged at once.
const CONCURRENCY: usize = 8;
/// Pages of 50 per room before giving up (and saying so).
const MAX_PAGES: usize = 100;

#[derive(Debug, Default, Clone, Copy)]
pub struct Report {
    pub rooms: usize,
    pub messages_seen: usize,
    pub undecryptable: usize,
}

/// The oldest origin timestamp worth looking at.
pub fn floor(first_start: Option<u64>, checkpoint: Option<u64>) -> u64 {
    let first = first_start.unwrap_or(0);
    checkpoint.map_or(first, |c| c.saturating_sub(MARGIN_MS).max(first))
}

/// The floor for this run, read before its first sync moves the checkpoint.
pub fn floor_now(bot: &Bot) -> u64 {
    let store = &bot.store;
    floor(
        store.meta_get(Meta::FirstStartMs).ok().flatten(),
        store.meta_get(Meta::SyncCheckpointMs).ok().flatten(),
    )
}

/// Catch up every joined room on messages newer than `floor`.
pub async fn run(bot: Arc<Bot>, floor: u64) -> Report {
    let limit = Arc::new(Semaphore::new(CONCURRENCY));
    let mut tasks = JoinSet::new();
    for room in bot.client.joined_rooms() {
        let (bot, limit) = (bot.clone(), limit.clone());
        tasks.spawn(async move {
            let _permit = limit.acquire_owned().await;
            catch_up_room(&bot, &room, floor).await
        });
    }
    let mut report = Report::default();
    while let Some(r) = tasks.join_next().await {
        if let Ok((seen, utd)) = r {
            report.rooms += 1;
            report.messages_seen += seen;
            report.undecryptable += utd;
        }
    }
    info!(
        rooms = report.rooms,
        messages = report.messages_seen,
        undecryptable = report.undecryptable,
        "catch-up done"
    );
    report
}

/// Returns (events looked at, undecryptable events).
async fn catch_up_room(bot: &Bot, room: &Room, floor: u64) -> (usize, usize) {
    if bot.cancel.is_cancelled() {
        return (0, 0);
    }
    let Some(place) = bot.place_of(room).await else {
        return (0, 0);
    };
    let (events, utd) = events_since(room, floor).await;
    let n = events.len();
    // Oldest first, as they happened.
    for raw in events.into_iter().rev() {
        bot.convert_and_handle(&raw, room, place.clone()).await;
    }
    (n, utd)
}

/// Timeline events newer than `floor`, newest first.
async fn events_since(room: &Room, floor: u64) -> (Vec<Raw<AnySyncTimelineEvent>>, usize) {
    let mut out = Vec::new();
    let mut utd = 0;
    let mut from: Option<String> = None;
    for _ in 0..MAX_PAGES {
        let mut opts = MessagesOptions::backward().from(from.as_deref());
        opts.limit = uint!(50);
        let page = match room.messages(opts).await {
            Ok(p) => p,
            Err(e) => {
                warn!(room = %room.room_id(), error = %e, "catch-up: cannot read the timeline; will retry on the next start");
                return (out, utd);
            }
        };
        for ev in &page.chunk {
            if Paged::origin_ts_ms(ev).is_some_and(|ts| ts < floor) {
                return (out, utd);
            }
            match convert::paged(ev) {
                Some(Paged::Event(raw)) => out.push(raw),
                Some(Paged::Undecryptable { event_id }) => {
                    warn!(room = %room.room_id(), event = %event_id, "catch-up: message cannot be decrypted");
                    utd += 1;
                }
                None => {}
            }
        }
        match page.end {
            Some(end) if !page.chunk.is_empty() => from = Some(end),
            _ => return (out, utd),
        }
    }
    warn!(room = %room.room_id(), pages = MAX_PAGES, "catch-up: stopped after the page limit; older events are not handled");
    (out, utd)
}

#[cfg(test)]
mod tests {
    use super::floor;

    #[test]
    fn floor_table() {
        let m = 5 * 60 * 1000;
        let cases = [
            (None, None, 0),
            (Some(1_000), None, 1_000),
            (Some(1_000), Some(1_000 + m + 7), 1_007),
            (Some(1_000), Some(1_000 + 7), 1_000),
        ];
        for (first, cp, want) in cases {
            assert_eq!(floor(first, cp), want, "{first:?} {cp:?}");
        }
    }
}
