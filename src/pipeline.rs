//! BotEvent → dedupe → core::evaluate → one store transaction (ledger entry, record changes
//! and outbox entries). This is the exactly-once step: an event is either handled with all its
//! effects queued and its changes stored, or not at all; a repeat (live sync and catch-up
//! both delivering it) is dropped. Carrying the effects out is `matrix::executor`'s job.

use std::cell::RefCell;
use std::sync::Arc;

use crate::core::district::RoomPlace;
use crate::core::registry::{
    BlockEntry, JoinRequest, Reminder, RequestStatus, StateView, Volunteer,
};
use crate::core::{self, BotEvent, Directory, Inputs};
use crate::store::{self, Handled, Meta, Store, StoreError, registry};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Handled now; this many effects were queued.
    Handled { actions: usize },
    /// Already in the ledger.
    Duplicate,
    /// From before the bot's first start: history, not for handling.
    History,
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
}

/// The core's read access to the store. A failed read is remembered, and the event is then
/// not committed (it stays for catch-up) rather than decided on missing data.
struct StoreView<'a> {
    store: &'a dyn Store,
    rooms: &'a dyn RoomIndex,
    error: RefCell<Option<StoreError>>,
}

impl StoreView<'_> {
    fn ok<T: Default>(&self, r: store::Result<T>) -> T {
        r.unwrap_or_else(|e| {
            self.error.borrow_mut().get_or_insert(e);
            T::default()
        })
    }
}

impl StateView for StoreView<'_> {
    fn request(&self, district: &str, station: &str, user: &str) -> Option<JoinRequest> {
        self.ok(registry::request(self.store, district, station, user))
    }
    fn request_by_card(&self, card_event: &str) -> Option<JoinRequest> {
        self.ok(registry::request_by_card(self.store, card_event))
    }
    fn open_requests(&self, district: &str, station: &str) -> Vec<JoinRequest> {
        self.ok(registry::requests(self.store, district, station))
            .into_iter()
            .filter(|r| r.status == RequestStatus::Open)
            .collect()
    }
    fn volunteer(&self, district: &str, station: &str, user: &str) -> Option<Volunteer> {
        self.ok(registry::volunteer(self.store, district, station, user))
    }
    fn volunteer_records(&self, user: &str) -> Vec<Volunteer> {
        self.ok(registry::volunteer_records(self.store, user))
    }
    fn volunteer_by_code(&self, code: &str) -> Option<Volunteer> {
        self.ok(registry::volunteer_by_code(self.store, code))
    }
    fn volunteers(&self, district: &str) -> Vec<Volunteer> {
        self.ok(registry::volunteers(self.store, district))
    }
    fn block(&self, district: &str, user: &str) -> Option<BlockEntry> {
        self.ok(registry::block(self.store, district, user))
    }
    fn blocks(&self, district: &str) -> Vec<BlockEntry> {
        self.ok(registry::blocks(self.store, district))
    }
    fn reminded_on(&self, kind: Reminder, user: &str) -> Option<u64> {
        self.ok(registry::reminded_on(self.store, kind, user))
    }
    fn room_id(&self, place: &RoomPlace) -> Option<String> {
        self.rooms.room_id(place)
    }
    fn external_ban(&self, user: &str) -> Option<(String, String)> {
        self.rooms.external_ban(user)
    }
}

impl Pipeline {
    pub fn new(store: Arc<dyn Store>, dir: Arc<Directory>, rooms: Arc<dyn RoomIndex>) -> Pipeline {
        Pipeline { store, dir, rooms }
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
        if self.store.is_handled(&ev.event_id)? {
            return Ok(Outcome::Duplicate);
        }
        let view = StoreView {
            store: self.store.as_ref(),
            rooms: self.rooms.as_ref(),
            error: RefCell::new(None),
        };
        let decision = core::evaluate(&self.dir, &view, ev, &Inputs { now_ms, fresh_code });
        if let Some(e) = view.error.into_inner() {
            return Err(e);
        }
        let writes: Vec<_> = decision.changes.iter().flat_map(registry::writes).collect();
        let handled = Handled {
            v: 1,
            event_id: ev.event_id.clone(),
            room_id: ev.room_id.clone(),
            origin_ts_ms: ev.origin_ts_ms,
            handled_at_ms: now_ms,
            actions: decision.actions.len() as u32,
        };
        if self
            .store
            .commit_handled(&handled, &decision.actions, &writes)?
        {
            Ok(Outcome::Handled {
                actions: decision.actions.len(),
            })
        } else {
            Ok(Outcome::Duplicate)
        }
    }
}

impl Pipeline {
    /// Timed work due at `now_ms` (reminders). Each item has a stable id in the ledger, so it
    /// is done once however often this runs. Returns how many actions were queued.
    pub fn tick(&self, now_ms: u64) -> store::Result<usize> {
        let view = StoreView {
            store: self.store.as_ref(),
            rooms: self.rooms.as_ref(),
            error: RefCell::new(None),
        };
        let due = core::reminders::due(&self.dir, &view, now_ms);
        if let Some(e) = view.error.into_inner() {
            return Err(e);
        }
        let mut queued = 0;
        for d in due {
            let handled = Handled {
                v: 1,
                event_id: d.id,
                room_id: String::new(),
                origin_ts_ms: now_ms,
                handled_at_ms: now_ms,
                actions: d.decision.actions.len() as u32,
            };
            let writes: Vec<_> = d
                .decision
                .changes
                .iter()
                .flat_map(registry::writes)
                .collect();
            if self
                .store
                .commit_handled(&handled, &d.decision.actions, &writes)?
            {
                queued += d.decision.actions.len();
            }
        }
        Ok(queued)
    }
}

#[cfg(test)]
#[path = "pipeline_tests.rs"]
mod tests;
