//! What comes from the homeserver: [`sync`] and [`catchup`] deliver every event to the
//! pipeline (the ledger makes it once); [`bot`] holds the handlers and the shared runtime
//! context; [`convert`] turns timeline events into `core` events, with [`lenient`] for what
//! ruma refuses; [`media_hash`] gives posted files their content hash.

pub mod bot;
pub mod catchup;
pub mod convert;
pub mod lenient;
pub mod media_hash;
pub mod sync;
