//! What comes from the homeserver: [`sync`] and [`catchup`] deliver every event to the
//! pipeline (the ledger makes it once); [`bot`] holds the handlers and the shared runtime
//! context; [`convert`] turns timeline events into `core` events, with [`lenient`] for what
//! ruma refuses; [`media_hash`] gives posted files their content hash; [`event_reports`] reads
//! the homeserver's reports of messages (the client's *Report* button).

pub mod bot;
pub mod catchup;
pub mod convert;
pub mod event_reports;
pub mod lenient;
pub mod media_hash;
pub mod sync;
