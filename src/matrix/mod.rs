//! The Matrix adapter: the only module that talks to the homeserver.
//!
//! - leaves: [`send`] (a room by id, a notice), [`media`] (where a file is, its bytes),
//!   [`body`] (reply fallbacks, @room, truncation), [`retry`] (which errors pass)
//! - [`inbound`]: sync and catch-up deliver every event to the pipeline (with the ledger:
//!   once); the handlers; timeline events → `core` events, leniently for what ruma refuses
//! - [`outbound`]: carry out the outbox, idempotently, paced by the homeserver; every
//!   write-back to the store goes through `outbound::receipts`
//! - setup: [`session`] (log in once, restore the same device), [`provision`] (create or
//!   adopt the district's rooms), [`profile`], [`power`], [`rooms`], [`anchor`], [`store_record`]

pub mod after_restore;
pub mod anchor;
pub mod body;
pub mod handled_mark;
pub mod inbound;
pub mod media;
pub mod outbound;
pub mod power;
pub mod profile;
pub mod provision;
pub mod retry;
pub mod rooms;
pub mod send;
pub mod session;
pub mod store_record;

use std::collections::HashMap;

use crate::config::Config;
use crate::core::district::RoomPlace;
use crate::core::layout::district_rooms;

/// Every district room's full alias → its place, from the config.
pub fn places_by_alias(cfg: &Config) -> HashMap<String, RoomPlace> {
    let opts = provision::layout_options(cfg);
    cfg.districts
        .iter()
        .flat_map(|d| {
            district_rooms(d, &opts).into_iter().map(|r| {
                (
                    format!("#{}:{}", r.alias_localpart, cfg.server_name),
                    RoomPlace {
                        district: d.slug.clone(),
                        kind: r.kind,
                    },
                )
            })
        })
        .collect()
}
