//! The executor's only door into the store: what it learns by carrying out an effect and
//! must remember — the event id of a card it posted, a broadcast's deliveries and progress, a
//! relayed copy. None of these rewrites a record the pipeline decides on: card ids are kept
//! beside their records (their own trees), and broadcast records, which room workers update
//! side by side, are read-modified-written under one lock.

use std::sync::Mutex;

use tracing::error;

use crate::core::action::{CardOf, Tracked};
use crate::core::broadcast::Broadcast;
use crate::core::relay::CopyRecord;
use crate::store::{Store, records};

/// Room workers run side by side: a broadcast record's read-modify-write must not interleave.
static BROADCAST: Mutex<()> = Mutex::new(());

/// The desk card posted for a join request.
pub fn request_card(store: &dyn Store, card: &CardOf, event_id: &str) {
    if let Err(e) =
        records::set_request_card(store, &card.district, &card.station, &card.user, event_id)
    {
        error!(error = %e, "cannot record a request card");
    }
}

/// A ticket, task or rumour card.
pub fn card(store: &dyn Store, of: &Tracked, event_id: &str) {
    let recorded = match of {
        Tracked::Ticket(t) => records::set_ticket_card(store, t, event_id),
        Tracked::Task(t) => records::set_task_card(store, t, event_id),
        Tracked::RumourAlert { district, item } => {
            records::set_rumour_card(store, district, item, "alert", event_id)
        }
        Tracked::RumourRequest { district, item } => {
            records::set_rumour_card(store, district, item, "request", event_id)
        }
        Tracked::Tip(t) => records::set_tip_card(store, t, event_id),
        Tracked::MemberReport(r) => records::set_member_report_card(store, r, event_id),
    };
    if let Err(e) = recorded {
        error!(error = %e, "cannot record a card");
    }
}

/// Change broadcast `id` with `f` (a delivery, a failure, its progress reply) and return it as
/// it now is; `None` if there is no such broadcast or it cannot be written.
pub fn broadcast(store: &dyn Store, id: &str, f: impl FnOnce(&mut Broadcast)) -> Option<Broadcast> {
    let _one_at_a_time = BROADCAST.lock().unwrap_or_else(|e| e.into_inner());
    records::update_broadcast(store, id, f).unwrap_or_else(|e| {
        error!(error = %e, broadcast = id, "cannot record broadcast progress");
        None
    })
}

/// A relayed copy of `origin`.
pub fn copy(store: &dyn Store, origin: &str, copy: &CopyRecord) {
    if let Err(e) = records::put_copy(store, origin, copy) {
        error!(error = %e, "cannot record a relayed copy");
    }
}
