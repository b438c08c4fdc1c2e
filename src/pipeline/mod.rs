//! BotEvent → dedupe → core::evaluate → one store transaction (ledger entry, record changes
//! and outbox entries). This is the exactly-once step: an event is either handled with all its
//! effects queued and its changes stored, or not at all; a repeat (live sync and catch-up
//! both delivering it) is dropped. Carrying the effects out is `matrix::outbound::executor`'s job.

mod commit;
mod observe;
mod rumours;
mod view;

use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};

use crate::core::district::{RoomKind, RoomPlace};
use crate::core::event::{EventBody, Place};
use crate::core::{self, BotEvent, Directory, Inputs};
use crate::metrics::Metrics;
use crate::recent::Recent;
use crate::rumour_index::RumourIndex;
use crate::store::{self, Meta, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Handled now; this many effects were queued.
    Handled { actions: usize },
    /// Already in the ledger.
    Duplicate,
    /// From before the bot's first start: history, not for handling.
    History,
    /// Handled by the bot that ran after the backup this store was restored from.
    HandledBeforeRestore,
}

/// Where the district's rooms are (room ids are only known at run time).
pub trait RoomIndex: Send + Sync {
    fn room_id(&self, place: &RoomPlace) -> Option<String>;
    /// An `m.ban` rule of a subscribed policy list matching `user`: (list, reason).
    fn external_ban(&self, _user: &str) -> Option<(String, String)> {
        None
    }
}

pub struct Pipeline {
    store: Arc<dyn Store>,
    dir: Arc<Directory>,
    rooms: Arc<dyn RoomIndex>,
    recent: Recent,
    rumours: RumourIndex,
    metrics: Arc<Metrics>,
    /// When sightings that left the rumour window were last pruned from the records.
    pruned_at_ms: AtomicU64,
    /// Events and timed work read records, decide and write them back: one at a time, so the
    /// ticker cannot overwrite what an event just changed (or the reverse).
    deciding: Mutex<()>,
}

/// The ledger entry a decision is committed under.
struct Entry<'a> {
    /// The event id, or the timed item's stable id.
    pub id: String,
    pub room_id: String,
    pub origin_ts_ms: u64,
    /// The event decided on (none for timed work).
    pub cause: Option<&'a BotEvent>,
}

/// A member's post in a station room (what the flood rule counts).
fn is_station_post(ev: &BotEvent) -> bool {
    matches!(&ev.place, Place::District(p) if matches!(p.kind, RoomKind::Station(_)))
        && matches!(
            ev.body,
            EventBody::Text { .. }
                | EventBody::Notice { .. }
                | EventBody::Media { .. }
                | EventBody::Edit { .. }
                | EventBody::Other
                | EventBody::Unreadable
        )
}

impl Pipeline {
    pub fn new(store: Arc<dyn Store>, dir: Arc<Directory>, rooms: Arc<dyn RoomIndex>) -> Pipeline {
        let capacity = dir.rumours.max_fingerprints;
        Pipeline {
            store,
            dir,
            rooms,
            recent: Recent::default(),
            rumours: RumourIndex::new(capacity),
            metrics: Arc::new(Metrics::new()),
            pruned_at_ms: AtomicU64::new(0),
            deciding: Mutex::new(()),
        }
    }

    pub fn directory(&self) -> &Directory {
        &self.dir
    }

    /// Handle one event at `now_ms` (the bot's clock); `fresh_code` is a random credential
    /// code the event may give to a new volunteer.
    pub fn handle(&self, ev: &BotEvent, now_ms: u64, fresh_code: &str) -> store::Result<Outcome> {
        if self
            .store
            .meta_get(Meta::FirstStartMs)?
            .is_some_and(|first| ev.origin_ts_ms < first)
        {
            return Ok(Outcome::History);
        }
        if self
            .store
            .meta_get(Meta::HandledElsewhereUntilMs)?
            .is_some_and(|until| ev.origin_ts_ms <= until)
        {
            return Ok(Outcome::HandledBeforeRestore);
        }
        let _one_at_a_time = self.deciding.lock().unwrap_or_else(|e| e.into_inner());
        if self.store.is_handled(&ev.event_id)? {
            return Ok(Outcome::Duplicate);
        }
        let started = std::time::Instant::now();
        let view = self.view();
        let mut decision = core::evaluate(&self.dir, &view, ev, &Inputs { now_ms, fresh_code });
        let entry = Entry {
            id: ev.event_id.clone(),
            room_id: ev.room_id.clone(),
            origin_ts_ms: ev.origin_ts_ms,
            cause: Some(ev),
        };
        if !self.commit(view, entry, &mut decision, now_ms)? {
            return Ok(Outcome::Duplicate);
        }
        if is_station_post(ev) {
            self.recent.record(&ev.room_id, &ev.sender, ev.origin_ts_ms);
        }
        self.index_sightings(&decision.changes);
        self.observe(ev, &decision, started, now_ms);
        Ok(Outcome::Handled {
            actions: decision.actions.len(),
        })
    }
}

impl Pipeline {
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// Timed work due at `now_ms` (reminders). Each item has a stable id in the ledger, so it
    /// is done once however often this runs. Returns how many actions were queued.
    pub fn tick(&self, now_ms: u64) -> store::Result<usize> {
        let _one_at_a_time = self.deciding.lock().unwrap_or_else(|e| e.into_inner());
        self.expire_rumours(now_ms)?;
        let view = self.view();
        let mut due = core::vetting::reminders::due(&self.dir, &view, now_ms);
        due.extend(core::moderation::timers::due(&self.dir, &view, now_ms));
        due.extend(core::lock::due(&self.dir, &view, now_ms));
        due.extend(core::tickets::escalate::due(&self.dir, &view, now_ms));
        due.extend(core::tasks::timers::due(&self.dir, &view, now_ms));
        due.extend(core::impersonation::timers::due(&self.dir, &view, now_ms));
        due.extend(core::digest::due(&self.dir, &view, now_ms));
        if let Some(e) = view.error.into_inner() {
            return Err(e);
        }
        let mut queued = 0;
        for mut d in due {
            // Counts read what the previous item just wrote: a fresh view each.
            let entry = Entry {
                id: d.id,
                room_id: String::new(),
                origin_ts_ms: now_ms,
                cause: None,
            };
            if self.commit(self.view(), entry, &mut d.decision, now_ms)? {
                queued += d.decision.actions.len();
            }
        }
        Ok(queued)
    }
}

#[cfg(test)]
mod tests;
