//! Saathi: a Matrix bot that runs a police district's police–public network.
//!
//! Data flows one way: **Matrix → inbound adapter → pipeline → pure core → outbox → executor**.
//!
//! Layering rules (checked in review, and by the before-stop hook for `core`):
//! - [`core`] is pure: no tokio, matrix-sdk, sled, clock or randomness. Time and ids come in
//!   as parameters, so its tests are plain tables.
//! - [`store`] owns persistence behind the [`store::Store`] port (sled in production, memory in
//!   tests). Only it knows key layouts.
//! - [`matrix`] is the only module that talks to the homeserver.
//! - [`pipeline`] glues them: dedupe by event id, evaluate, and commit the ledger entry and the
//!   resulting outbox entries in one store transaction (the exactly-once step).
//! - [`app`] is the composition root; `main.rs` only parses the command line.
#![recursion_limit = "256"]

pub mod app;
pub mod backup;
pub mod chart;
pub mod config;
pub mod control;
pub mod core;
pub mod data_dir;
pub mod evidence;
pub mod explain;
pub mod export;
pub mod matrix;
pub mod metrics;
pub mod ops_http;
pub mod picture;
pub mod pipeline;
pub mod recent;
pub mod rumour_index;
pub mod status;
pub mod store;
