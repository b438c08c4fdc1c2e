//! Phase two of the config: check everything the user typed and build the typed [`Config`].
//! Every problem is collected (never stop at the first), each naming its key, so one run of
//! `saathi check-config` lists all of them.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use matrix_sdk::ruma::UserId;
use url::Url;

use super::raw::{RawConfig, RawRooms};
use super::{AliasTemplates, BotConfig, Config, LogConfig, LogFormat, RoomOptions, Secret};
use crate::core::district::Lang;
use crate::core::rules::greeting::{Lexicon, LexiconLists};

/// One problem with the config: the key it concerns and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

#[derive(Default)]
pub(super) struct Problems(Vec<Problem>);

impl Problems {
    pub(super) fn add(&mut self, key: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            key: key.into(),
            message: message.into(),
        });
    }

    /// Take a required value, or note that it is missing.
    pub(super) fn required<T: Clone>(&mut self, key: &str, value: &Option<T>) -> Option<T> {
        if value.is_none() {
            self.add(key, "is required");
        }
        value.clone()
    }

    pub(super) fn user_id(&mut self, key: &str, value: &str) -> Option<String> {
        match UserId::parse(value) {
            Ok(u) => Some(u.to_string()),
            Err(e) => {
                self.add(
                    key,
                    format!("\"{value}\" is not a Matrix user id like @name:server ({e})"),
                );
                None
            }
        }
    }

    pub(super) fn slug(&mut self, key: &str, value: &str) {
        let ok = !value.is_empty()
            && value.len() <= 40
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !value.starts_with('-');
        if !ok {
            self.add(
                key,
                format!("\"{value}\" must be 1–40 characters of a-z, 0-9 and '-'"),
            );
        }
    }

    pub(super) fn lang(&mut self, key: &str, value: &Option<String>, default: Lang) -> Lang {
        match value.as_deref() {
            None => default,
            Some(s) => Lang::parse(s).unwrap_or_else(|| {
                self.add(
                    key,
                    format!("\"{s}\" is not a language; use \"hi\" or \"en\""),
                );
                default
            }),
        }
    }
}

/// Read a secret from a file named by the config, relative to the config file's folder.
/// A secret file anyone on the machine may read is refused (`chmod 600` it).
fn read_secret_file(base: &Path, file: &str) -> Result<Secret, String> {
    let path = base.join(file);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(&path)
            && meta.permissions().mode() & 0o004 != 0
        {
            return Err(format!(
                "{} is readable by every user of this machine; make it private: chmod 600 {}",
                path.display(),
                path.display()
            ));
        }
    }
    std::fs::read_to_string(&path)
        .map(|s| Secret::new(s.trim_end_matches(['\r', '\n'])))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Either the inline secret or the one in its `_file`; exactly one of the two.
fn secret(
    p: &mut Problems,
    base: &Path,
    key: &str,
    inline: &Option<String>,
    file: &Option<String>,
    required: bool,
) -> Option<Secret> {
    match (inline, file) {
        (Some(_), Some(_)) => {
            p.add(key, format!("give either {key} or {key}_file, not both"));
            None
        }
        (Some(s), None) => Some(Secret::new(s.clone())),
        (None, Some(f)) => read_secret_file(base, f)
            .map_err(|e| p.add(format!("{key}_file"), e))
            .ok(),
        (None, None) => {
            if required {
                p.add(key, format!("is required (or {key}_file)"));
            }
            None
        }
    }
}

/// Check the raw config. `base` is the config file's folder (relative paths start there).
pub fn validate(raw: &RawConfig, base: &Path) -> Result<Config, Vec<Problem>> {
    let mut p = Problems::default();
    let hs = raw.homeserver.as_ref();
    let homeserver_url = p
        .required("homeserver.url", &hs.and_then(|h| h.url.clone()))
        .and_then(|u| {
            Url::parse(&u)
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https"))
                .or_else(|| {
                    p.add("homeserver.url", format!("\"{u}\" is not an http(s) URL"));
                    None
                })
        });

    let bot = raw.bot.as_ref();
    let bot_user = p
        .required("bot.user_id", &bot.and_then(|b| b.user_id.clone()))
        .and_then(|u| p.user_id("bot.user_id", &u));
    let password = secret(
        &mut p,
        base,
        "bot.password",
        &bot.and_then(|b| b.password.clone()),
        &bot.and_then(|b| b.password_file.clone()),
        true,
    );
    let prefix = bot
        .and_then(|b| b.command_prefix.clone())
        .unwrap_or_else(|| "!".into());
    if prefix.is_empty() || prefix.chars().any(char::is_whitespace) {
        p.add("bot.command_prefix", "must be non-empty and without spaces");
    }
    let mut peers = Vec::new();
    for (i, v) in bot
        .and_then(|b| b.peers.clone())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let key = format!("bot.peers[{i}]");
        if let Some(u) = p.user_id(&key, v) {
            if bot_user.as_ref() == Some(&u) {
                p.add(
                    &key,
                    "is this bot itself; list the other instances' bot accounts",
                );
            } else {
                peers.push(u);
            }
        }
    }

    let storage = raw.storage.as_ref();
    let data_dir = storage
        .and_then(|s| s.data_dir.clone())
        .unwrap_or_else(|| "data".into());
    let store_passphrase = secret(
        &mut p,
        base,
        "storage.store_passphrase",
        &storage.and_then(|s| s.store_passphrase.clone()),
        &storage.and_then(|s| s.store_passphrase_file.clone()),
        false,
    );

    let server_name = hs.and_then(|h| h.server_name.clone()).or_else(|| {
        bot_user
            .as_ref()
            .map(|u| u[u.find(':').map_or(0, |i| i + 1)..].to_string())
    });
    let default_lang = p.lang("language", &raw.language, Lang::Hi);
    let rooms = rooms(&mut p, raw.rooms.as_ref());
    let log = log(&mut p, raw);
    let categories = categories(&mut p, raw);
    let (greetings, district_greetings) = greetings(&mut p, raw, base);
    let rules = super::validate_moderation::rules(&mut p, raw);
    let utc_offset_min = super::validate_moderation::utc_offset(&mut p, raw);
    let emergency = super::validate_moderation::emergency(&mut p, raw);
    let reports = super::validate_moderation::reports(&mut p, raw);
    let rumours = super::validate_moderation::rumours(&mut p, raw);
    let digest_at_min = super::validate_moderation::digest(&mut p, raw);
    let metrics_listen = match raw.metrics.as_ref().and_then(|m| m.listen.as_deref()) {
        None => None,
        Some(v) => match v.parse() {
            Ok(addr) => Some(addr),
            Err(_) => {
                p.add(
                    "metrics.listen",
                    format!("\"{v}\" is not an address like 127.0.0.1:9464"),
                );
                None
            }
        },
    };
    let subscribe: Vec<String> = raw
        .blocklist
        .as_ref()
        .and_then(|b| b.subscribe.clone())
        .unwrap_or_default();
    for (i, s) in subscribe.iter().enumerate() {
        let is_room = s.starts_with('!') || (s.starts_with('#') && s.contains(':'));
        if !is_room {
            p.add(
                format!("blocklist.subscribe[{i}]"),
                format!("\"{s}\" is not a room alias (#name:server) or room id (!id)"),
            );
        }
    }
    let districts =
        super::validate_districts::districts(&mut p, &raw.districts, default_lang, &rooms.aliases);

    if !p.0.is_empty() {
        return Err(p.0);
    }
    // Every `None` above added a problem, so these are present when there were none.
    let (Some(homeserver_url), Some(user_id), Some(password), Some(server_name)) =
        (homeserver_url, bot_user, password, server_name)
    else {
        return Err(vec![Problem {
            key: "config".into(),
            message: "incomplete".into(),
        }]);
    };
    let localpart = user_id[1..user_id.find(':').unwrap_or(user_id.len())].to_string();
    let avatar_file = bot
        .and_then(|b| b.avatar_file.as_deref())
        .map(|f| base.join(f));
    if let Some(f) = &avatar_file
        && !f.is_file()
    {
        return Err(vec![Problem {
            key: "bot.avatar_file".into(),
            message: format!("cannot read {}", f.display()),
        }]);
    }
    Ok(Config {
        homeserver_url,
        server_name,
        bot: BotConfig {
            user_id,
            localpart,
            password,
            device_name: bot
                .and_then(|b| b.device_name.clone())
                .unwrap_or_else(|| "Saathi bot".into()),
            display_name: bot
                .and_then(|b| b.display_name.clone())
                .unwrap_or_else(|| "साथी Saathi".into()),
            avatar_file,
            command_prefix: prefix,
            peers,
        },
        data_dir: base.join(PathBuf::from(data_dir)),
        store_passphrase,
        rooms,
        log,
        remind_after: std::time::Duration::from_secs(
            3600 * raw
                .vetting
                .as_ref()
                .and_then(|v| v.remind_after_hours)
                .unwrap_or(24),
        ),
        subscribe,
        greetings,
        district_greetings,
        emergency,
        reports,
        rumours,
        digest_at_min,
        metrics_listen,
        rules,
        utc_offset_min,
        categories,
        districts,
    })
}

fn rooms(p: &mut Problems, raw: Option<&RawRooms>) -> RoomOptions {
    let get = |f: fn(&RawRooms) -> &Option<String>, d: &str| {
        raw.and_then(|r| f(r).clone())
            .unwrap_or_else(|| d.to_string())
    };
    let aliases = AliasTemplates {
        space: get(|r| &r.alias_space, "{district}"),
        control: get(|r| &r.alias_control, "{district}-control"),
        announcements: get(|r| &r.alias_announcements, "{district}-announcements"),
        station: get(|r| &r.alias_station, "thana-{station}"),
        desk: get(|r| &r.alias_desk, "thana-{station}-desk"),
        policy: get(|r| &r.alias_policy, "{district}-policy"),
    };
    for (key, t, needs_station) in [
        ("rooms.alias_space", &aliases.space, false),
        ("rooms.alias_control", &aliases.control, false),
        ("rooms.alias_announcements", &aliases.announcements, false),
        ("rooms.alias_station", &aliases.station, true),
        ("rooms.alias_desk", &aliases.desk, true),
        ("rooms.alias_policy", &aliases.policy, false),
    ] {
        if needs_station && !t.contains("{station}") {
            p.add(key, format!("\"{t}\" must contain {{station}}"));
        }
        if !needs_station && !t.contains("{district}") {
            p.add(key, format!("\"{t}\" must contain {{district}}"));
        }
        let bare = t.replace("{district}", "").replace("{station}", "");
        if bare
            .chars()
            .any(|c| c.is_whitespace() || c == ':' || c == '#' || c.is_ascii_uppercase())
        {
            p.add(
                key,
                format!("\"{t}\" may not contain spaces, ':', '#' or capitals"),
            );
        }
    }
    let history_visibility = get(|r| &r.history_visibility, "shared");
    if !matches!(history_visibility.as_str(), "shared" | "invited" | "joined") {
        p.add(
            "rooms.history_visibility",
            format!("\"{history_visibility}\" must be shared, invited or joined"),
        );
    }
    RoomOptions {
        encrypt: raw.and_then(|r| r.encrypt).unwrap_or(true),
        history_visibility,
        aliases,
    }
}

/// The built-in greeting lexicon, merged with `[moderation].greeting_lexicon_file`; and for
/// each district with its own `greeting_lexicon_file`, that merged with the district's words.
fn greetings(
    p: &mut Problems,
    raw: &RawConfig,
    base: &Path,
) -> (Option<Lexicon>, BTreeMap<String, Lexicon>) {
    let mut lists: LexiconLists = match toml::from_str(BUILTIN_GREETINGS) {
        Ok(l) => l,
        Err(e) => {
            p.add("moderation (built-in lexicon)", e.to_string());
            return (None, BTreeMap::new());
        }
    };
    let file = raw
        .moderation
        .as_ref()
        .and_then(|m| m.greeting_lexicon_file.as_ref());
    if let Some(file) = file {
        merge_file(
            p,
            &mut lists,
            base,
            file,
            "moderation.greeting_lexicon_file",
        );
    }
    let mut own = BTreeMap::new();
    for (i, d) in raw.districts.iter().enumerate() {
        let file = d
            .moderation
            .as_ref()
            .and_then(|m| m.greeting_lexicon_file.as_ref());
        if let (Some(file), Some(slug)) = (file, &d.slug) {
            let mut l = lists.clone();
            let key = format!("districts[{i}].moderation.greeting_lexicon_file");
            merge_file(p, &mut l, base, file, &key);
            own.insert(slug.clone(), Lexicon::new(&l));
        }
    }
    (Some(Lexicon::new(&lists)), own)
}

/// Add the words of a lexicon file (the form of `assets/greetings.toml`) to `lists`.
fn merge_file(p: &mut Problems, lists: &mut LexiconLists, base: &Path, file: &str, key: &str) {
    let path = base.join(file);
    let extra: Result<LexiconLists, String> = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|t| toml::from_str(&t).map_err(|e| e.to_string()));
    match extra {
        Ok(x) => lists.extend(x),
        Err(e) => p.add(key, format!("{}: {e}", path.display())),
    }
}

/// `assets/greetings.toml`, compiled in.
pub const BUILTIN_GREETINGS: &str = include_str!("../../assets/greetings.toml");

fn categories(p: &mut Problems, raw: &RawConfig) -> Vec<String> {
    let Some(list) = raw.vetting.as_ref().and_then(|v| v.categories.clone()) else {
        return super::DEFAULT_CATEGORIES
            .iter()
            .map(|s| s.to_string())
            .collect();
    };
    let mut out: Vec<String> = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let c = c.trim().to_lowercase();
        if c.is_empty() || c.contains(char::is_whitespace) {
            p.add(
                format!("vetting.categories[{i}]"),
                "must be one word (use '-' between words)",
            );
        } else if out.contains(&c) {
            p.add(
                format!("vetting.categories[{i}]"),
                format!("\"{c}\" is listed twice"),
            );
        } else {
            out.push(c);
        }
    }
    if !out.iter().any(|c| c == "other") {
        out.push("other".into());
    }
    out
}

fn log(p: &mut Problems, raw: &RawConfig) -> LogConfig {
    let l = raw.log.as_ref();
    let format = match l.and_then(|l| l.format.as_deref()) {
        None | Some("text") => LogFormat::Text,
        Some("json") => LogFormat::Json,
        Some(other) => {
            p.add("log.format", format!("\"{other}\" must be text or json"));
            LogFormat::Text
        }
    };
    LogConfig {
        format,
        level: l
            .and_then(|l| l.level.clone())
            .unwrap_or_else(|| "info".into()),
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
