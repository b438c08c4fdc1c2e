//! Vetting (SPEC §6): knocks and `!join` become join requests with a card in the station
//! desk; staff approve or deny by command or ✅/❌ on the card; approval invites, registers
//! and gives a credential; the registry follows volunteers who leave or are removed.

pub mod blocklist;
pub mod model;
pub mod reminders;
pub mod texts;
pub mod volunteers;

mod decide;
mod members;
mod requests;

pub use decide::{approve, cmd_decide, cmd_pending, deny, on_reaction};
pub use members::{dm_hello, on_member_gone};
pub use requests::{card_text, cmd_join, on_knock};

#[cfg(test)]
mod tests;
