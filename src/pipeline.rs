//! BotEvent → dedupe → core::evaluate → one store transaction (ledger entry, record changes
//! and outbox entries). This is the exactly-once step: an event is either handled with all its
//! effects queued and its changes stored, or not at all; a repeat (live sync and catch-up
//! both delivering it) is dropped. Carrying the effects out is `matrix::executor`'s job.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::core::change::Change;
use crate::core::district::RoomKind;
use crate::core::district::RoomPlace;
use crate::core::event::{EventBody, Place};
use crate::core::fingerprint::Fingerprint;
use crate::core::{self, BotEvent, Directory, Inputs};
use crate::core::{
    change::Reminder,
    moderation::model::{Mute, Sanction},
    moderation::settings::RoomSettings,
    tickets::Ticket,
    vetting::model::{BlockEntry, JoinRequest, RequestStatus, Volunteer},
    view::StateView,
};
use crate::metrics::Metrics;
use crate::recent::Recent;
use crate::rumour_index::RumourIndex;
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
    recent: Recent,
    rumours: RumourIndex,
    metrics: Arc<Metrics>,
    /// When sightings that left the rumour window were last pruned from the records.
    pruned_at_ms: AtomicU64,
    /// Events and timed work read records, decide and write them back: one at a time, so the
    /// ticker cannot overwrite what an event just changed (or the reverse).
    deciding: Mutex<()>,
}

/// The core's read access to the store. A failed read is remembered, and the event is then
/// not committed (it stays for catch-up) rather than decided on missing data.
struct StoreView<'a> {
    store: &'a dyn Store,
    rooms: &'a dyn RoomIndex,
    recent: &'a Recent,
    rumours: &'a RumourIndex,
    error: RefCell<Option<StoreError>>,
}

impl<'a> StoreView<'a> {
    fn new(p: &'a Pipeline) -> StoreView<'a> {
        StoreView {
            store: p.store.as_ref(),
            rooms: p.rooms.as_ref(),
            recent: &p.recent,
            rumours: &p.rumours,
            error: RefCell::new(None),
        }
    }

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
    fn sanction(&self, id: &str) -> Option<Sanction> {
        self.ok(registry::sanction(self.store, id))
    }
    fn sanctions_of(&self, district: &str, user: &str) -> Vec<Sanction> {
        self.ok(registry::sanctions_of(self.store, district, user))
    }
    fn mute(&self, district: &str, station: &str, user: &str) -> Option<Mute> {
        self.ok(registry::mute(self.store, district, station, user))
    }
    fn mutes(&self) -> Vec<Mute> {
        self.ok(registry::mutes(self.store))
    }
    fn room_settings(&self, district: &str, station: &str) -> RoomSettings {
        self.ok(registry::room_settings(self.store, district, station))
    }
    fn joined_at(&self, district: &str, station: &str, user: &str) -> Option<u64> {
        self.ok(registry::joined_at(self.store, district, station, user))
    }
    fn messages_since(&self, room_id: &str, user: &str, since_ms: u64) -> u32 {
        self.recent.count_since(room_id, user, since_ms)
    }
    fn ticket(&self, district: &str, station: &str, number: u32) -> Option<Ticket> {
        self.ok(registry::ticket(self.store, district, station, number))
    }
    fn ticket_by_card(&self, card_event: &str) -> Option<Ticket> {
        self.ok(registry::ticket_by_card(self.store, card_event))
    }
    fn last_ticket_number(&self, district: &str, station: &str) -> u32 {
        self.ok(registry::last_ticket_number(self.store, district, station))
    }
    fn latest_ticket_of(&self, reporter: &str) -> Option<Ticket> {
        self.ok(registry::latest_ticket_of(self.store, reporter))
    }
    fn open_tickets(&self, district: &str) -> Vec<Ticket> {
        self.ok(registry::open_tickets(self.store, district))
    }
    fn rumour_match(&self, district: &str, fp: &Fingerprint) -> Option<String> {
        self.rumours.find(district, fp).map(|i| format!("{i:016x}"))
    }
    fn rumour_item(&self, district: &str, id: &str) -> Option<core::rumour::RumourItem> {
        self.ok(registry::rumour_item(self.store, district, id))
    }
    fn rumour_by_event(&self, event_id: &str) -> Option<(String, String)> {
        self.ok(registry::rumour_by_event(self.store, event_id))
    }
    fn rumour_verdicts(&self, district: &str) -> Vec<core::rumour::RumourItem> {
        self.ok(registry::rumour_verdicts(self.store, district))
    }
    fn task(&self, district: &str, number: u32) -> Option<core::tasks::Task> {
        self.ok(registry::task(self.store, district, number))
    }
    fn task_by_card(&self, card_event: &str) -> Option<core::tasks::Task> {
        self.ok(registry::task_by_card(self.store, card_event))
    }
    fn last_task_number(&self, district: &str) -> u32 {
        self.ok(registry::last_task_number(self.store, district))
    }
    fn open_tasks(&self, district: &str) -> Vec<core::tasks::Task> {
        self.ok(registry::open_tasks(self.store, district))
    }
    fn task_evidence(&self, district: &str, number: u32) -> Vec<core::tasks::Evidence> {
        self.ok(registry::task_evidence(self.store, district, number))
    }
    fn tally(&self, day: i64, district: &str, station: &str, metric: &str) -> u64 {
        self.ok(registry::tally(self.store, day, district, station, metric))
    }
    fn tallies(&self, day: i64, district: &str) -> Vec<(String, String, u64)> {
        self.ok(registry::tallies(self.store, day, district))
    }
    fn relay_rules(&self, district: &str) -> Vec<core::relay::RelayRule> {
        self.ok(registry::relay_rules(self.store, district))
    }
    fn copies_of(&self, event_id: &str) -> Vec<core::relay::CopyRecord> {
        self.ok(registry::copies_of(self.store, event_id))
    }
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
        let _one_at_a_time = self.deciding.lock().unwrap_or_else(|e| e.into_inner());
        if self.store.is_handled(&ev.event_id)? {
            return Ok(Outcome::Duplicate);
        }
        let started = std::time::Instant::now();
        let view = StoreView::new(self);
        let mut decision = core::evaluate(&self.dir, &view, ev, &Inputs { now_ms, fresh_code });
        let tallies =
            core::digest::tally::derive(&self.dir, &view, Some(ev), &decision.changes, now_ms);
        decision.changes.extend(tallies);
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
            if is_station_post(ev) {
                self.recent.record(&ev.room_id, &ev.sender, ev.origin_ts_ms);
            }
            self.index_sightings(&decision.changes);
            self.observe(ev, &decision, started, now_ms);
            Ok(Outcome::Handled {
                actions: decision.actions.len(),
            })
        } else {
            Ok(Outcome::Duplicate)
        }
    }
}

impl Pipeline {
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// Count what a handled event did (kinds, commands, rules: never its text).
    fn observe(&self, ev: &BotEvent, d: &core::Decision, started: std::time::Instant, now_ms: u64) {
        let m = &self.metrics;
        for a in &d.actions {
            m.action(a.kind());
        }
        for c in &d.changes {
            if let Change::PutSanction(s) = c
                && s.evidence == ev.event_id
                && s.undone.is_none()
            {
                m.moderation(&s.rule);
            }
        }
        if let Some(body) = ev.body_text() {
            match core::command::parse(&self.dir.prefix, body) {
                core::command::Parsed::NotACommand => {}
                core::command::Parsed::Known { spec, .. }
                | core::command::Parsed::BadArgs(spec) => m.command(spec.name),
                core::command::Parsed::Help { .. } => m.command("help"),
                core::command::Parsed::Unknown(_) => m.command("unknown"),
            }
        }
        let lag_ms = now_ms.saturating_sub(ev.origin_ts_ms);
        m.decided(started.elapsed().as_secs_f64(), lag_ms as f64 / 1000.0);
    }

    /// Put the committed copies into the near-duplicate index.
    fn index_sightings(&self, changes: &[Change]) {
        for c in changes {
            if let Change::PutSighting {
                district,
                item,
                at_ms,
                fp,
                ..
            } = c
                && let Ok(item) = u64::from_str_radix(item, 16)
            {
                self.rumours.insert(district, fp, item, *at_ms);
            }
        }
    }

    /// Rebuild the near-duplicate index from the records (at start). Returns how many
    /// fingerprints it holds.
    pub fn load_rumours(&self, now_ms: u64) -> store::Result<usize> {
        let since = now_ms.saturating_sub(self.dir.rumours.window_ms);
        for s in registry::sightings(self.store.as_ref())? {
            if s.at_ms >= since
                && let Ok(item) = u64::from_str_radix(&s.item, 16)
            {
                self.rumours
                    .insert(&s.district, &s.fingerprint(), item, s.at_ms);
            }
        }
        Ok(self.rumours.len())
    }

    /// Forget copies that left the window: from the index at once, from the records once a
    /// minute.
    fn expire_rumours(&self, now_ms: u64) -> store::Result<()> {
        let before = now_ms.saturating_sub(self.dir.rumours.window_ms);
        self.rumours.expire(before);
        if now_ms.saturating_sub(self.pruned_at_ms.load(Ordering::Relaxed)) >= 60_000 {
            self.pruned_at_ms.store(now_ms, Ordering::Relaxed);
            registry::prune_sightings(self.store.as_ref(), before)?;
        }
        Ok(())
    }

    /// Timed work due at `now_ms` (reminders). Each item has a stable id in the ledger, so it
    /// is done once however often this runs. Returns how many actions were queued.
    pub fn tick(&self, now_ms: u64) -> store::Result<usize> {
        let _one_at_a_time = self.deciding.lock().unwrap_or_else(|e| e.into_inner());
        self.expire_rumours(now_ms)?;
        let view = StoreView::new(self);
        let mut due = core::vetting::reminders::due(&self.dir, &view, now_ms);
        due.extend(core::moderation::timers::due(&self.dir, &view, now_ms));
        due.extend(core::lock::due(&self.dir, &view, now_ms));
        due.extend(core::tickets::escalate::due(&self.dir, &view, now_ms));
        due.extend(core::tasks::timers::due(&self.dir, &view, now_ms));
        due.extend(core::digest::due(&self.dir, &view, now_ms));
        if let Some(e) = view.error.into_inner() {
            return Err(e);
        }
        let mut queued = 0;
        for mut d in due {
            // Counts read what the previous item just wrote: a fresh view each.
            let view = StoreView::new(self);
            let tallies =
                core::digest::tally::derive(&self.dir, &view, None, &d.decision.changes, now_ms);
            if let Some(e) = view.error.into_inner() {
                return Err(e);
            }
            d.decision.changes.extend(tallies);
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
