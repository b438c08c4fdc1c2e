//! The typed, validated configuration every part of Saathi reads ([`Config`] and its sections).

use std::fmt;
use std::path::PathBuf;

use url::Url;

use crate::core::district::{District, Lang};
use crate::core::layout::AliasTemplates;

/// A secret that never shows up in logs or `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("REDACTED")
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub homeserver_url: Url,
    /// Server part of the room aliases the bot creates and looks up.
    pub server_name: String,
    pub bot: BotConfig,
    pub data_dir: PathBuf,
    /// Passphrase of matrix-sdk's SQLite store (state and E2EE keys).
    pub store_passphrase: Option<Secret>,
    pub rooms: RoomOptions,
    pub log: LogConfig,
    /// Volunteer categories (lower case); always includes "other".
    pub categories: Vec<String>,
    /// Open join requests older than this are reminded once a day.
    pub remind_after: std::time::Duration,
    /// The greeting filter's lexicon (built-in plus the configured file). Whether the filter
    /// runs is a rule setting (`greeting`), so staff can turn it on per room.
    pub greetings: Option<crate::core::rules::greeting::Lexicon>,
    /// The lexicons of districts with their own `greeting_lexicon_file`.
    pub district_greetings:
        std::collections::BTreeMap<String, crate::core::rules::greeting::Lexicon>,
    /// Emergency words and the alert interval, or `None` when alerts are off.
    pub emergency: Option<crate::core::emergency::EmergencyWords>,
    /// Tickets: privacy, evidence window, escalation times (`[reports]`).
    pub reports: crate::core::tickets::ReportRules,
    /// Where to serve `/healthz` and `/metrics`; `None`: not served.
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// Minutes after local midnight to post the daily digest; `None` when it is off.
    pub digest_at_min: Option<u32>,
    /// Rumour control (`[rumours]`).
    pub rumours: crate::core::rumour::RumourRules,
    /// Each district's moderation defaults.
    pub rules: std::collections::BTreeMap<String, crate::core::moderation::settings::Rules>,
    /// Local time of the districts, minutes east of UTC.
    pub utc_offset_min: i32,
    /// Policy list rooms (aliases or ids) whose `m.ban` user rules are enforced too.
    pub subscribe: Vec<String>,
    pub districts: Vec<District>,
}

/// The categories of SPEC §1 when the config names none.
pub const DEFAULT_CATEGORIES: &[&str] = &[
    "trader",
    "teacher",
    "doctor",
    "pradhan",
    "asha",
    "lawyer",
    "student",
    "ex-serviceman",
    "religious-leader",
    "journalist",
    "other",
];

#[derive(Debug, Clone)]
pub struct BotConfig {
    pub user_id: String,
    /// The localpart, used for the password login.
    pub localpart: String,
    pub password: Secret,
    pub device_name: String,
    pub display_name: String,
    /// The avatar file (`bot.avatar_file`), or `None` for the built-in one.
    pub avatar_file: Option<PathBuf>,
    pub command_prefix: String,
    /// Other Saathi instances' bot accounts (shards) that may share rooms with this one: their
    /// events are ignored and their power levels left as they are.
    pub peers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomOptions {
    pub encrypt: bool,
    /// `shared`, `invited` or `joined` (SPEC: new members do not read old station history
    /// unless the district chooses `shared`).
    pub history_visibility: String,
    pub aliases: AliasTemplates,
    /// Share each encrypted room's key with its members' devices ahead of need (after start,
    /// membership changes and rotation), so a broadcast finds the keys already shared.
    pub preshare_keys: bool,
    /// The bot's Megolm session in a new room rotates after this long (`rotation_period_ms`)…
    pub key_rotation_days: u32,
    /// …or after this many messages (`rotation_period_msgs`), whichever comes first.
    pub key_rotation_messages: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone)]
pub struct LogConfig {
    pub format: LogFormat,
    /// A tracing `EnvFilter` directive, e.g. `info` or `saathi=debug,info`.
    pub level: String,
}

impl Config {
    pub fn district(&self, slug: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.slug == slug)
    }

    /// The default language of the bot outside any district (DMs of unknown users).
    pub fn default_lang(&self) -> Lang {
        self.districts.first().map(|d| d.lang).unwrap_or_default()
    }
}
