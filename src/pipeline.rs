//! BotEvent → dedupe → core::evaluate → one store transaction (ledger entry + outbox
//! entries). This is the exactly-once step: an event is either handled with all its effects
//! queued, or not at all; a repeat (live sync and catch-up both delivering it) is dropped.
//! Carrying the effects out is the executor's job (`matrix::executor`).

use std::sync::Arc;

use crate::core::{self, BotEvent, Directory};
use crate::store::{self, Handled, Meta, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Handled now; this many effects were queued.
    Handled { actions: usize },
    /// Already in the ledger.
    Duplicate,
    /// From before the bot's first start: history, not for handling.
    History,
}

pub struct Pipeline {
    store: Arc<dyn Store>,
    dir: Arc<Directory>,
}

impl Pipeline {
    pub fn new(store: Arc<dyn Store>, dir: Arc<Directory>) -> Pipeline {
        Pipeline { store, dir }
    }

    pub fn directory(&self) -> &Directory {
        &self.dir
    }

    /// Handle one event at `now_ms` (the bot's clock).
    pub fn handle(&self, ev: &BotEvent, now_ms: u64) -> store::Result<Outcome> {
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
        let decision = core::evaluate(&self.dir, ev);
        let handled = Handled {
            v: 1,
            event_id: ev.event_id.clone(),
            room_id: ev.room_id.clone(),
            origin_ts_ms: ev.origin_ts_ms,
            handled_at_ms: now_ms,
            actions: decision.actions.len() as u32,
        };
        if self.store.commit_handled(&handled, &decision.actions, &[])? {
            Ok(Outcome::Handled {
                actions: decision.actions.len(),
            })
        } else {
            Ok(Outcome::Duplicate)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::district::{Lang, RoomKind, RoomPlace};
    use crate::core::event::{EventBody, Place};
    use crate::store::memory::MemoryStore;

    fn pipeline() -> (Pipeline, Arc<MemoryStore>) {
        let store = Arc::new(MemoryStore::new());
        let dir = Directory {
            districts: vec![],
            bot_user: "@bot:s".into(),
            prefix: "!".into(),
            default_lang: Lang::En,
        };
        (Pipeline::new(store.clone(), Arc::new(dir)), store)
    }

    fn ev(id: &str, ts: u64, body: &str) -> BotEvent {
        BotEvent {
            event_id: id.into(),
            room_id: "!r".into(),
            sender: "@v:s".into(),
            origin_ts_ms: ts,
            place: Place::District(RoomPlace {
                district: "x".into(),
                kind: RoomKind::Station("a".into()),
            }),
            body: EventBody::text(body),
        }
    }

    #[test]
    fn each_event_is_handled_once() {
        let (p, store) = pipeline();
        store.meta_set(Meta::FirstStartMs, 100).unwrap();
        let cases = [
            (ev("$old", 99, "!help"), Outcome::History),
            (ev("$1", 100, "!help"), Outcome::Handled { actions: 1 }),
            (ev("$1", 100, "!help"), Outcome::Duplicate),
            (ev("$2", 101, "hello"), Outcome::Handled { actions: 0 }),
            (ev("$2", 101, "hello"), Outcome::Duplicate),
        ];
        for (e, want) in cases {
            assert_eq!(p.handle(&e, 1_000).unwrap(), want, "{}", e.event_id);
        }
        assert_eq!(store.outbox_len().unwrap(), 1);
        assert_eq!(store.handled_count().unwrap(), 2);
    }
}
