//! The one commit, for events and timed work alike: a decision gets the day's counts it
//! implies, then its ledger entry, record changes and outbox entries go into the store in one
//! transaction — all of it or none. A read that failed while deciding aborts it (the event
//! stays for catch-up rather than being decided on missing data).

use super::view::StoreView;
use super::{Entry, Pipeline};
use crate::core::{self, Decision};
use crate::store::{self, Handled, records};

impl Pipeline {
    /// Commit `decision`, made on `view`. Returns false when the entry was already in the
    /// ledger (nothing is written then).
    pub(super) fn commit(
        &self,
        view: StoreView<'_>,
        entry: Entry<'_>,
        decision: &mut Decision,
        now_ms: u64,
    ) -> store::Result<bool> {
        let tallies =
            core::digest::tally::derive(&self.dir, &view, entry.cause, &decision.changes, now_ms);
        if let Some(e) = view.error.into_inner() {
            return Err(e);
        }
        decision.changes.extend(tallies);
        let writes: Vec<_> = decision.changes.iter().flat_map(records::writes).collect();
        let handled = Handled {
            v: 1,
            event_id: entry.id,
            room_id: entry.room_id,
            origin_ts_ms: entry.origin_ts_ms,
            handled_at_ms: now_ms,
            actions: decision.actions.len() as u32,
        };
        self.store
            .commit_handled(&handled, &decision.actions, &writes)
    }
}
