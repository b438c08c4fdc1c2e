//! Configuration in two phases, as ripgrep does it: [`raw`] is what the user typed (TOML plus
//! `SAATHI_*` environment overrides), [`validate`] checks *all* of it at once and builds the
//! typed [`Config`]. [`load`] reads the sources and reports unknown keys by name.
//!
//! Depends on `core` for the district topology types; nothing depends on the raw layer but
//! this module.

pub mod load;
pub mod model;
mod problems;
pub mod raw;
pub mod validate;
mod validate_districts;
mod validate_moderation;
mod validate_options;

pub use crate::core::layout::AliasTemplates;
pub use load::{ConfigError, load};
pub use model::{BotConfig, Config, DEFAULT_CATEGORIES, LogConfig, LogFormat, RoomOptions, Secret};
