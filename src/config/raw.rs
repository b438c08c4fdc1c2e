//! What the user typed: a serde mirror of the TOML file (plus `SAATHI_*` environment
//! overrides). Nothing here is checked beyond its TOML type; [`super::validate`] turns it
//! into a [`super::Config`]. Unknown keys are collected by the loader, not rejected by serde,
//! so that `check-config` can name every one of them at once.

use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct RawConfig {
    pub homeserver: Option<RawHomeserver>,
    pub bot: Option<RawBot>,
    pub storage: Option<RawStorage>,
    /// `hi` or `en`; the default language of every district.
    pub language: Option<String>,
    pub rooms: Option<RawRooms>,
    pub log: Option<RawLog>,
    pub vetting: Option<RawVetting>,
    pub blocklist: Option<RawBlocklist>,
    pub reports: Option<RawReports>,
    pub rumours: Option<RawRumours>,
    pub digest: Option<RawDigest>,
    pub metrics: Option<RawMetrics>,
    pub moderation: Option<RawModeration>,
    #[serde(default)]
    pub districts: Vec<RawDistrict>,
}

/// `[moderation]` (defaults for every district) and `[districts.moderation]` (one district's
/// own defaults). Staff change them per room with `!set`.
#[derive(Debug, Default, Deserialize)]
pub struct RawModeration {
    /// Remove greeting-only messages in station rooms (default true).
    pub greeting: Option<bool>,
    /// A TOML file with more greeting words, in the form of `assets/greetings.toml`. In a
    /// district's table, words for that district only (on top of the top-level file's).
    pub greeting_lexicon_file: Option<String>,
    /// `<n>/<duration>` or `off` (default `5/60s`).
    pub flood: Option<String>,
    pub flood_mute: Option<String>,
    /// Links from members who joined less than this ago are removed (`24h`, or `off`).
    pub link_age: Option<String>,
    pub link_allowlist: Option<Vec<String>>,
    pub room_mention_staff_only: Option<bool>,
    /// `0` turns the rule off.
    pub max_mentions: Option<u32>,
    /// `<n>/<duration>` (default `3/30d`).
    pub strikes: Option<String>,
    pub strike_mute: Option<String>,
    /// Announcement-only hours, `HH:MM-HH:MM` local time, or `off`.
    pub night: Option<String>,
    pub dry_run: Option<bool>,
    /// A member's message whose content cannot be read: `remove` (default) or `keep`.
    pub malformed: Option<String>,
    /// A member whose display name poses as the police: `remove` (default), `flag` or `off`.
    pub impersonation: Option<String>,
    /// How long a flagged member has to change the name before removal (default `1h`).
    pub impersonation_grace: Option<String>,
    /// The local time of the districts, `+05:30`. Only in the top-level `[moderation]`.
    pub utc_offset: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawBlocklist {
    /// Policy list rooms (MSC2313) whose `m.ban` user rules the bot enforces too.
    pub subscribe: Option<Vec<String>>,
}

/// `[reports]`.
#[derive(Debug, Default, Deserialize)]
pub struct RawReports {
    /// Alert the desk and control room on emergency words (default true).
    pub emergency_alerts: Option<bool>,
    /// Replaces the built-in list (`core::emergency::DEFAULT_WORDS`) when set.
    pub emergency_words: Option<Vec<String>>,
    /// At most one alert per station room within this time (default `2m`).
    pub alert_interval: Option<String>,
    /// Remove the public copy of a `!report` made in a station room and answer the
    /// reporter by DM (default true).
    pub private_reports: Option<bool>,
    /// Media the reporter sends within this time after `!report` attach to it (default `2m`).
    pub evidence_window: Option<String>,
    /// A ticket not acknowledged within this time is escalated to the control room
    /// (default `15m`).
    pub ack_within: Option<String>,
    /// A ticket not resolved within this time is escalated again (default `24h`).
    pub resolve_within: Option<String>,
    /// Read the homeserver's event reports into the desks (default false; the bot account
    /// must be a server admin).
    pub homeserver_reports: Option<bool>,
    /// Reports from this many different members remove a message pending review (default 3,
    /// 0 = never).
    pub hide_after: Option<u32>,
    /// The desk card names who reported (default true).
    pub show_reporter: Option<bool>,
    /// How often the reports are read (default `30s`).
    pub poll_interval: Option<String>,
}

/// `[metrics]`: the operator's endpoint.
#[derive(Debug, Default, Deserialize)]
pub struct RawMetrics {
    /// `host:port` to serve `/healthz` and `/metrics` on (off when absent).
    pub listen: Option<String>,
}

/// `[digest]`: the daily digest in each control room.
#[derive(Debug, Default, Deserialize)]
pub struct RawDigest {
    /// Post it every day (default true).
    pub enabled: Option<bool>,
    /// Local time (`moderation.utc_offset`) to post the previous day's digest (default `08:00`).
    pub time: Option<String>,
}

/// `[rumours]`: spread detection, verdicts and the tipline.
#[derive(Debug, Default, Deserialize)]
pub struct RawRumours {
    /// Track and label content spreading across station rooms (default true).
    pub enabled: Option<bool>,
    /// Copies within this time count towards spread (default `6h`).
    pub window: Option<String>,
    /// Copies are remembered this long, so a verdict reaches them (default `30d`).
    pub retention: Option<String>,
    /// Spread means copies in this many station rooms (default 3)…
    pub min_rooms: Option<usize>,
    /// …or from this many different people (default 5).
    pub min_senders: Option<usize>,
    /// Remove later copies of an item found false, telling the sender why (default false).
    pub redact_known_false: Option<bool>,
    /// Fingerprints kept in memory at most (about 450 bytes each; default 250000).
    pub max_fingerprints: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawVetting {
    /// Volunteer categories staff choose from when approving.
    pub categories: Option<Vec<String>>,
    /// Open join requests older than this many hours are reminded in the desk once a day.
    pub remind_after_hours: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawHomeserver {
    pub url: Option<String>,
    /// The server part of room aliases; defaults to the bot's server name.
    pub server_name: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawBot {
    pub user_id: Option<String>,
    pub password: Option<String>,
    pub password_file: Option<String>,
    pub device_name: Option<String>,
    pub display_name: Option<String>,
    /// A PNG or JPEG for the bot's avatar; default: the built-in `assets/avatar.png`.
    pub avatar_file: Option<String>,
    pub command_prefix: Option<String>,
    pub peers: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawStorage {
    pub data_dir: Option<String>,
    pub store_passphrase: Option<String>,
    pub store_passphrase_file: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawRooms {
    pub encrypt: Option<bool>,
    pub preshare_keys: Option<bool>,
    pub key_rotation_days: Option<i64>,
    pub key_rotation_messages: Option<i64>,
    pub history_visibility: Option<String>,
    pub alias_space: Option<String>,
    pub alias_control: Option<String>,
    pub alias_announcements: Option<String>,
    pub alias_station: Option<String>,
    pub alias_desk: Option<String>,
    pub alias_policy: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawLog {
    pub format: Option<String>,
    pub level: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawDistrict {
    pub slug: Option<String>,
    pub name_hi: Option<String>,
    pub name_en: Option<String>,
    /// Who signs broadcasts: default "SP <name_en>'s office" / "पुलिस अधीक्षक <name_hi> कार्यालय".
    pub office_hi: Option<String>,
    pub office_en: Option<String>,
    pub language: Option<String>,
    #[serde(default)]
    pub officers: Vec<String>,
    #[serde(default)]
    pub stations: Vec<RawStation>,
    #[serde(default)]
    pub staff: Vec<RawStaff>,
    pub moderation: Option<RawModeration>,
}

#[derive(Debug, Default, Deserialize)]
pub struct RawStation {
    pub slug: Option<String>,
    pub name_hi: Option<String>,
    pub name_en: Option<String>,
}

/// One staff assignment: a user at a station. `lead` staff (SHO/SO) also sit in the
/// district control room.
#[derive(Debug, Default, Deserialize)]
pub struct RawStaff {
    pub user: Option<String>,
    pub station: Option<String>,
    pub lead: Option<bool>,
}
