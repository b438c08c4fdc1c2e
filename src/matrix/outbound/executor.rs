//! The outbox executor: carries out queued [`crate::core::action::Action`]s in order, each
//! with the transaction id stored beside it, so a resend after a crash is deduplicated by the
//! homeserver. Transient failures (rate limit, outage) are retried without end; permanent ones
//! are set aside with their reason. Shutdown lets the actions in hand finish.
//!
//! Rooms are served side by side and continuously: each room has at most one worker, which
//! takes that room's actions in outbox order; a new action for an idle room starts at once,
//! whatever other rooms are doing, and a room that must wait (rate limit, outage) waits alone.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use tokio::task::{Id, JoinSet};
use tokio::time::Instant;
use tracing::{debug, error, info, warn};

use super::effects::execute;
use crate::matrix::inbound::bot::Bot;
use crate::matrix::retry::{Failure, backoff};
use crate::store::OutboxItem;

/// How often an idle executor looks at the outbox even without a wake-up.
const IDLE_POLL: Duration = Duration::from_secs(30);

/// Rooms worked on at once. Within one room, actions keep their order; across rooms they
/// are independent (a `!block` bans in a hundred rooms side by side).
const PARALLEL_ROOMS: usize = 8;

/// Outbox items looked at per round: enough that one room's backlog does not hide others.
const PEEK: usize = 1024;

/// Which rooms have a worker, and which wait before their next try.
#[derive(Default)]
struct Rooms {
    busy: HashMap<Id, String>,
    busy_rooms: HashSet<String>,
    cooldown: HashMap<String, Instant>,
    failures: HashMap<String, u32>,
}

impl Rooms {
    fn idle(&self, room: &str, now: Instant) -> bool {
        !self.busy_rooms.contains(room) && self.cooldown.get(room).is_none_or(|t| *t <= now)
    }

    fn next_wake(&self, now: Instant) -> Instant {
        self.cooldown
            .values()
            .copied()
            .filter(|t| *t > now)
            .min()
            .unwrap_or(now + IDLE_POLL)
            .min(now + IDLE_POLL)
    }

    /// A worker ended: `wait` is `None` when the room's items are done, else the retry wait.
    fn finished(&mut self, id: Id, wait: Option<Option<Duration>>) {
        let Some(room) = self.busy.remove(&id) else {
            return;
        };
        self.busy_rooms.remove(&room);
        match wait {
            None => {
                self.failures.remove(&room);
                self.cooldown.remove(&room);
            }
            Some(wait) => {
                let f = self.failures.entry(room.clone()).or_default();
                let wait = wait.unwrap_or_else(|| backoff(*f));
                *f = f.saturating_add(1);
                self.cooldown.insert(room, Instant::now() + wait);
            }
        }
    }
}

pub async fn run(bot: Arc<Bot>) {
    let mut rooms = Rooms::default();
    let mut workers: JoinSet<Option<Option<Duration>>> = JoinSet::new();
    while !bot.cancel.is_cancelled() {
        let now = Instant::now();
        if workers.len() < PARALLEL_ROOMS {
            let mut items = bot.store.outbox_peek(PEEK).unwrap_or_else(|e| {
                error!(error = %e, "cannot read the outbox");
                Vec::new()
            });
            // Write-ahead: a decision is on disk before anyone can see its effect. Otherwise a
            // kill -9 could keep the effect (a ticket card "A-5") and lose the decision, and the
            // event, handled again after the restart, could decide differently (a later report
            // taking number 5). sled writes to disk every half second on its own; this makes it
            // now.
            if !items.is_empty()
                && let Err(e) = bot.store.flush_decisions()
            {
                error!(error = %e, "cannot write the store to disk; effects wait");
                items.clear();
            }
            for queue in by_room(items) {
                if workers.len() >= PARALLEL_ROOMS {
                    break;
                }
                let room = queue[0].action.room_id().to_string();
                if !rooms.idle(&room, now) {
                    continue;
                }
                let b = bot.clone();
                let handle = workers.spawn(async move { run_queue(&b, queue).await });
                rooms.busy.insert(handle.id(), room.clone());
                rooms.busy_rooms.insert(room);
            }
        }
        let wake = rooms.next_wake(now);
        tokio::select! {
            _ = bot.cancel.cancelled() => break,
            _ = bot.outbox_wake.notified() => {}
            Some(done) = workers.join_next_with_id(), if !workers.is_empty() => match done {
                Ok((id, wait)) => rooms.finished(id, wait),
                Err(e) => {
                    error!(error = %e, "an outbox worker failed; its room is retried");
                    rooms.finished(e.id(), Some(None));
                }
            },
            _ = tokio::time::sleep_until(wake) => {}
        }
    }
    // Every worker finishes its action in hand.
    while workers.join_next().await.is_some() {}
}

/// The items grouped by room, each group in outbox order.
fn by_room(items: Vec<OutboxItem>) -> Vec<Vec<OutboxItem>> {
    let mut groups: Vec<Vec<OutboxItem>> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for item in items {
        match index.get(item.action.room_id()) {
            Some(&i) => groups[i].push(item),
            None => {
                index.insert(item.action.room_id().to_string(), groups.len());
                groups.push(vec![item]);
            }
        }
    }
    groups
}

/// Carry out one room's items in order. Stops at a transient failure and returns the wait it
/// asked for (the rest of the room's items stay queued, in order).
async fn run_queue(bot: &Bot, items: Vec<OutboxItem>) -> Option<Option<Duration>> {
    for item in items {
        if bot.cancel.is_cancelled() {
            return None;
        }
        let started = std::time::Instant::now();
        match execute(bot, &item).await {
            Ok(()) => {
                debug!(
                    seq = item.seq,
                    kind = item.action.kind(),
                    took_ms = started.elapsed().as_millis() as u64,
                    "outbox entry done"
                );
                if let Err(e) = bot.store.outbox_complete(item.seq) {
                    error!(error = %e, "cannot remove a finished outbox entry; it will be resent with the same transaction id");
                }
            }
            Err(Failure::Permanent(reason)) => {
                bot.pipeline.metrics().failure("permanent", false);
                warn!(seq = item.seq, kind = item.action.kind(), room = item.action.room_id(), %reason, "outbox entry failed for good");
                if let Err(e) = bot.store.outbox_fail(item.seq, &reason) {
                    error!(error = %e, "cannot set a failed outbox entry aside");
                }
            }
            Err(Failure::Transient { wait, reason }) => {
                bot.pipeline.metrics().failure("transient", wait.is_some());
                info!(seq = item.seq, %reason, wait_ms = wait.map_or(0, |w| w.as_millis() as u64), "outbox waiting before retry");
                return Some(wait);
            }
        }
    }
    None
}
