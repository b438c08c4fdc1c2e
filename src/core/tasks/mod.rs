//! Officer tasks with verifiable evidence (SPEC §6 "Tasks and digest"): an officer (control
//! room) or station staff (desk) gives an instruction to one or more colleagues:
//! `!task @a [@b…] <instruction> [--due 18:00|2h] [--evidence photo|location|any|none]`. Each
//! assignee hears by DM, sends evidence (a photo, video, file or location) in the DM or as a
//! reply to the card, then `!done T-<n> [note]`; a task that needs evidence cannot be closed
//! without it. The card is edited as the task moves; reminders come before the due time and the
//! giver is alerted when it is overdue. Every evidence item is kept as a new ledger entry —
//! sender, homeserver time, event id, content hash of the decrypted bytes, size, type,
//! location — so that `saathi verify-evidence` can check a file later.

pub mod card;
pub mod commands;
pub mod evidence;
pub mod texts;
pub mod timers;

pub mod model;
#[cfg(test)]
mod tests;

pub use model::{Assignee, Evidence, Need, Task, TaskRef, parse_id};
