//! Room keys shared ahead of need, so the first broadcast into a room of 700 members does not
//! wait while every member's devices are tracked, one-time keys claimed and the room key sent.
//!
//! **When**: every encrypted room once after start-up, a room again a few seconds after its
//! membership changed (a burst of joins is one share), and again just after its outbound
//! session has expired by time (`rooms.key_rotation_days`), so the rotation also happens here
//! rather than in the next broadcast. One room at a time, and only while the outbox is empty:
//! live work always goes first.
//!
//! **How**: matrix-sdk 0.18 keeps `Room::preshare_room_key` private (a TODO there says it
//! should be public "if a user starts to type"), the crypto machine is reachable only with
//! its `testing` feature, and a second `OlmMachine` on the same store would race the SDK's
//! own. What is public and runs the SDK's whole preparation under its own locks is sending
//! an encrypted event: `ensure_room_encryption_ready` (members synced, keys queried, sessions
//! claimed, the room key shared) runs before any encrypted send. So the bot sends one event
//! no one sees: type `org.saathi.preshare`, empty, marked as a replacement (`m.replace`) of
//! the room's creation event. `m.relates_to` stays in clear on an encrypted event, so
//! Synapse's `.m.rule.suppress_edits` keeps it from notifying anyone or counting as unread;
//! clients ignore it (an unknown type, and an invalid edit: a state event cannot be edited).
//! Cost: one small timeline event per room per share, a message of the session's budget.

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::ruma::events::room::create::RoomCreateEventContent;
use matrix_sdk::ruma::{OwnedEventId, RoomId};
use matrix_sdk::{Room, RoomState};
use serde_json::json;
use tokio::time::Instant;
use tracing::{debug, info, warn};

use crate::matrix::inbound::bot::Bot;
use crate::matrix::inbound::sync::Readiness;

/// The event type of a pre-share.
pub const EVENT_TYPE: &str = "org.saathi.preshare";

/// Between two rooms: the homeserver's other clients get their turn too.
const PACE: Duration = Duration::from_millis(20);

/// How often the outbox is looked at while live work is in hand.
const YIELD_POLL: Duration = Duration::from_millis(100);

/// After a failed share, the room is tried again this much later.
const RETRY: Duration = Duration::from_secs(60);

/// Runs until the bot stops: after the first sync, every joined room; then whatever is due.
pub async fn run(bot: Arc<Bot>, ready: Arc<Readiness>) {
    if !bot.preshare.enabled {
        return;
    }
    while !ready.get() {
        tokio::select! {
            _ = bot.cancel.cancelled() => return,
            _ = tokio::time::sleep(YIELD_POLL) => {}
        }
    }
    let now = Instant::now();
    for room in bot.client.joined_rooms() {
        bot.preshare.schedule(room.room_id(), now);
    }
    info!(
        rooms = bot.preshare.pending(),
        "sharing room keys ahead of need"
    );
    let mut startup = Some((std::time::Instant::now(), 0usize));
    loop {
        let room_id = match bot.preshare.next(Instant::now()) {
            Ok(room) => room,
            Err(next) => {
                if let Some((started, shared)) = startup.take() {
                    info!(
                        shared,
                        seconds = started.elapsed().as_secs_f64(),
                        "room keys shared in every room"
                    );
                }
                let until = next.unwrap_or_else(|| Instant::now() + Duration::from_secs(3600));
                tokio::select! {
                    _ = bot.cancel.cancelled() => return,
                    _ = bot.preshare.wake.notified() => {}
                    _ = tokio::time::sleep_until(until) => {}
                }
                continue;
            }
        };
        if !wait_for_quiet(&bot).await {
            return;
        }
        let started = std::time::Instant::now();
        match share(&bot, &room_id).await {
            Ok(true) => {
                bot.pipeline
                    .metrics()
                    .preshared(started.elapsed().as_secs_f64());
                if let Some((_, n)) = startup.as_mut() {
                    *n += 1;
                }
                debug!(room = %room_id, seconds = started.elapsed().as_secs_f64(), "room key shared ahead");
                bot.preshare
                    .schedule(&room_id, Instant::now() + bot.preshare.rotation);
            }
            Ok(false) => {}
            Err(e) => {
                warn!(room = %room_id, error = %e, "could not share the room key ahead; trying again later");
                bot.preshare.schedule(&room_id, Instant::now() + RETRY);
            }
        }
        tokio::select! {
            _ = bot.cancel.cancelled() => return,
            _ = tokio::time::sleep(PACE) => {}
        }
    }
}

/// Waits while the outbox has work: a reply or a broadcast never queues behind a share.
/// False when the bot is stopping.
async fn wait_for_quiet(bot: &Bot) -> bool {
    loop {
        if bot.store.outbox_len().unwrap_or(0) == 0 {
            return true;
        }
        tokio::select! {
            _ = bot.cancel.cancelled() => return false,
            _ = tokio::time::sleep(YIELD_POLL) => {}
        }
    }
}

/// Shares the room key of one room, if it is a joined, encrypted room. True when shared.
async fn share(bot: &Bot, room_id: &RoomId) -> Result<bool, matrix_sdk::Error> {
    let Some(room) = bot.client.get_room(room_id) else {
        return Ok(false);
    };
    if room.state() != RoomState::Joined || !room.latest_encryption_state().await?.is_encrypted() {
        return Ok(false);
    }
    let Some(create) = creation_event(&room).await else {
        debug!(room = %room_id, "no creation event known; the key is shared with the next message");
        return Ok(false);
    };
    room.send_raw(EVENT_TYPE, content(&create)).await?;
    Ok(true)
}

/// The pre-share's content: nothing but a replacement relation to the creation event, which
/// keeps it from notifying (`.m.rule.suppress_edits`) and from being shown.
pub fn content(create: &OwnedEventId) -> serde_json::Value {
    json!({ "m.relates_to": { "rel_type": "m.replace", "event_id": create } })
}

async fn creation_event(room: &Room) -> Option<OwnedEventId> {
    let raw = room
        .get_state_event_static::<RoomCreateEventContent>()
        .await
        .ok()
        .flatten()?;
    raw.deserialize().ok()?.event_id().map(ToOwned::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_share_event_is_an_edit_of_the_creation_event() {
        let create: OwnedEventId = "$create".try_into().unwrap();
        let c = content(&create);
        assert_eq!(c["m.relates_to"]["rel_type"], "m.replace");
        assert_eq!(c["m.relates_to"]["event_id"], "$create");
        assert_eq!(c.as_object().map(|o| o.len()), Some(1), "nothing else: {c}");
    }
}
