//! The pure heart of Saathi: given an event and what the bot knows, decide what to do.
//!
//! Must not depend on tokio, matrix-sdk, sled, the clock or randomness: time and ids come in
//! as parameters and effects go out as data ([`action::Action`]), so dry-run is a different
//! executor and tests are plain tables.

pub mod action;
pub mod command;
pub mod district;
pub mod evaluate;
pub mod event;
pub mod help;
pub mod i18n;
pub mod layout;
pub mod reconcile;
pub mod registry;
pub mod roles;

pub use evaluate::{Decision, Directory, evaluate};
pub use event::BotEvent;
