//! Validation of the deployment's options: room options, greeting lexicons, volunteer categories
//! and logging.

use super::model::{LogConfig, LogFormat, RoomOptions};
use super::problems::Problems;
use super::raw::{RawConfig, RawRooms};
use crate::core::layout::AliasTemplates;
use crate::core::rules::greeting::{Lexicon, LexiconLists};
use std::collections::BTreeMap;
use std::path::Path;

/// The Matrix default period (one week), kept: time bounds how long one leaked session key
/// reads new messages.
const DEFAULT_ROTATION_DAYS: u32 = 7;
/// Ten times the Matrix default of 100: a bot posting notices and replies would otherwise
/// send every member's devices a new key every few days.
const DEFAULT_ROTATION_MESSAGES: u32 = 1000;

pub(super) fn rooms(p: &mut Problems, raw: Option<&RawRooms>) -> RoomOptions {
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
    let bounded = |p: &mut Problems, key: &str, v: Option<i64>, d: u32, max: u32| match v {
        None => d,
        Some(n) if (1..=i64::from(max)).contains(&n) => n as u32,
        Some(n) => {
            p.add(key, format!("{n} must be between 1 and {max}"));
            d
        }
    };
    RoomOptions {
        encrypt: raw.and_then(|r| r.encrypt).unwrap_or(true),
        history_visibility,
        aliases,
        preshare_keys: raw.and_then(|r| r.preshare_keys).unwrap_or(true),
        key_rotation_days: bounded(
            p,
            "rooms.key_rotation_days",
            raw.and_then(|r| r.key_rotation_days),
            DEFAULT_ROTATION_DAYS,
            365,
        ),
        key_rotation_messages: bounded(
            p,
            "rooms.key_rotation_messages",
            raw.and_then(|r| r.key_rotation_messages),
            DEFAULT_ROTATION_MESSAGES,
            100_000,
        ),
    }
}

/// The built-in greeting lexicon, merged with `[moderation].greeting_lexicon_file`; and for
/// each district with its own `greeting_lexicon_file`, that merged with the district's words.
pub(super) fn greetings(
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
pub(super) fn merge_file(
    p: &mut Problems,
    lists: &mut LexiconLists,
    base: &Path,
    file: &str,
    key: &str,
) {
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

pub(super) fn categories(p: &mut Problems, raw: &RawConfig) -> Vec<String> {
    let Some(list) = raw.vetting.as_ref().and_then(|v| v.categories.clone()) else {
        return super::model::DEFAULT_CATEGORIES
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

pub(super) fn log(p: &mut Problems, raw: &RawConfig) -> LogConfig {
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
