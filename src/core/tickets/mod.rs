//! Tickets (SPEC §6 "Reports"): `!report <text>` from a volunteer opens `<STATION>-<n>`; the
//! photos, voice notes, files and locations the reporter sends in the next minutes attach to it
//! and are copied to the desk; staff work it with `!ack`, `!assign`, `!resolve` (or 👍 / ✅ on
//! the card) and the reporter hears of each step by DM. A ticket not acknowledged or not
//! resolved in time is escalated to the control room ([`escalate`]). All state is in the
//! records: nothing about a ticket lives only in memory.

pub mod commands;
pub mod escalate;
mod texts;

pub mod model;
#[cfg(test)]
mod tests;

pub use model::{Evidence, ReportRules, Step, Ticket, TicketRef, parse_id, ticket_id};
