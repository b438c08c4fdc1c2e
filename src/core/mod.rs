//! The pure heart of Saathi: given an event and what the bot knows, decide what to do.
//!
//! Must not depend on tokio, matrix-sdk, sled, the clock or randomness: time and ids come in
//! as parameters and effects go out as data ([`action::Action`]), so dry-run is a different
//! executor and tests are plain tables.

pub mod action;
pub mod audit;
pub mod briefing;
pub mod broadcast;
pub mod catalog;
pub mod change;
pub mod command;
pub mod command_spec;
pub mod credential;
pub mod ctx;
pub mod decision;
pub mod digest;
pub mod directory;
pub mod dispatch;
pub mod district;
pub mod due;
pub mod emergency;
pub mod evaluate;
pub mod event;
pub mod fingerprint;
pub mod help;
pub mod help_topics;
pub mod i18n;
pub mod idcard;
pub mod impersonation;
pub mod layout;
pub mod link;
pub mod lock;
pub mod member_reports;
pub mod moderation;
pub mod reconcile;
pub mod relay;
pub mod roles;
pub mod rules;
pub mod rumour;
pub mod tasks;
#[cfg(test)]
pub mod test_view;
pub mod text;
pub mod tickets;
pub mod time;
pub mod tips;
pub mod vetting;
pub mod view;

pub use decision::{Decision, Inputs};
pub use directory::Directory;
pub use evaluate::evaluate;
pub use event::BotEvent;

#[cfg(test)]
mod security_tests;
