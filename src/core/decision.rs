//! [`Decision`]: what the core decided about one event (effects and record changes), and
//! [`Inputs`]: what comes into it from outside (the time, a fresh code).

use crate::core::action::Action;
use crate::core::change::Change;

/// What to do about an event: effects to carry out in order, and changes to the records
/// (stored with the event's ledger entry, in one transaction).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decision {
    pub actions: Vec<Action>,
    pub changes: Vec<Change>,
}

impl Decision {
    /// Add what another part decided, after what is here.
    pub fn merge(&mut self, more: Option<Decision>) {
        if let Some(more) = more {
            self.actions.extend(more.actions);
            self.changes.extend(more.changes);
        }
    }
}

/// What comes from outside the core for one event.
pub struct Inputs<'a> {
    pub now_ms: u64,
    /// A fresh, random verification code (used only if the event creates a volunteer).
    pub fresh_code: &'a str,
}
