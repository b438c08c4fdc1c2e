//! The Matrix adapter: the only module that talks to the homeserver.
//!
//! - [`session`]: log in once, restore the same device afterwards
//! - [`sync`] and [`catchup`]: deliver every event to the pipeline (with the ledger: once)
//! - [`bot`]: the handlers and the shared runtime context
//! - [`executor`]: carry out the outbox, idempotently, paced by the homeserver
//! - [`provision`]: create or adopt the district's rooms
//! - [`convert`]: timeline events → `core` events, with [`lenient`] for what ruma refuses;
//!   [`retry`]: which errors pass

pub mod anchor;
pub mod body;
pub mod bot;
pub mod broadcast;
pub mod broadcast_pace;
pub mod catchup;
pub mod convert;
pub mod copy;
pub mod digest_post;
pub mod effects;
pub mod executor;
pub mod lenient;
pub mod media;
pub mod media_hash;
pub mod power;
pub mod profile;
pub mod provision;
pub mod retry;
pub mod rooms;
pub mod send;
pub mod session;
pub mod store_record;
pub mod sync;

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
