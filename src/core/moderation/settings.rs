//! The moderation rules of a station room and their settings (SPEC §6). One table of settings,
//! `<rule> <setting>`, serves the config file (district defaults), `!set` (live per-room
//! overrides, kept in sled) and `!filters` (the effective values), so all three agree.

use super::model::HOUR;
pub use super::model::{Night, Rate, RoomSettings, Rules};
use crate::core::time::{parse_duration, short_duration};

/// A setting `!set` can change: `<rule> <setting>`, with the form of its value.
pub struct Setting {
    pub rule: &'static str,
    pub name: &'static str,
    /// The value's form, for usage texts.
    pub form: &'static str,
    apply: fn(&mut Rules, &str) -> Result<(), String>,
    show: fn(&Rules) -> String,
}

impl Setting {
    pub fn key(&self) -> String {
        format!("{} {}", self.rule, self.name)
    }
}

/// Every setting, in the order `!filters` shows them.
pub static SETTINGS: &[Setting] = &[
    Setting {
        rule: "greeting",
        name: "enabled",
        form: "on|off",
        apply: |r, v| on_off(v).map(|x| r.greeting = x),
        show: |r| show_on_off(r.greeting),
    },
    Setting {
        rule: "flood",
        name: "limit",
        form: "<n>/<duration>|off",
        apply: |r, v| optional(v, flood_rate).map(|x| r.flood = x),
        show: |r| r.flood.map_or_else(|| "off".into(), show_rate),
    },
    Setting {
        rule: "flood",
        name: "mute",
        form: "<duration>",
        apply: |r, v| parse_duration(v).map(|x| r.flood_mute_ms = x),
        show: |r| short_duration(r.flood_mute_ms),
    },
    Setting {
        rule: "links",
        name: "age",
        form: "<duration>|off",
        apply: |r, v| optional(v, parse_duration).map(|x| r.link_age_ms = x),
        show: |r| r.link_age_ms.map_or_else(|| "off".into(), short_duration),
    },
    Setting {
        rule: "links",
        name: "allow",
        form: "<domain>,<domain>…|none",
        apply: |r, v| domains(v).map(|x| r.link_allow = x),
        show: |r| {
            if r.link_allow.is_empty() {
                "none".into()
            } else {
                r.link_allow.join(",")
            }
        },
    },
    Setting {
        rule: "atroom",
        name: "enabled",
        form: "on|off",
        apply: |r, v| on_off(v).map(|x| r.atroom_staff_only = x),
        show: |r| show_on_off(r.atroom_staff_only),
    },
    Setting {
        rule: "mentions",
        name: "max",
        form: "<n>|off",
        apply: |r, v| optional(v, number).map(|x| r.max_mentions = x),
        show: |r| {
            r.max_mentions
                .map_or_else(|| "off".into(), |n| n.to_string())
        },
    },
    Setting {
        rule: "strikes",
        name: "limit",
        form: "<n>/<duration>",
        apply: |r, v| rate(v).map(|x| r.strikes = x),
        show: |r| show_rate(r.strikes),
    },
    Setting {
        rule: "strikes",
        name: "mute",
        form: "<duration>",
        apply: |r, v| parse_duration(v).map(|x| r.strike_mute_ms = x),
        show: |r| short_duration(r.strike_mute_ms),
    },
    Setting {
        rule: "night",
        name: "hours",
        form: "<HH:MM>-<HH:MM>|off",
        apply: |r, v| optional(v, night).map(|x| r.night = x),
        show: |r| {
            r.night.map_or_else(
                || "off".into(),
                |n| format!("{}-{}", show_minute(n.start_min), show_minute(n.end_min)),
            )
        },
    },
    Setting {
        rule: "impersonation",
        name: "action",
        form: "remove|flag|off",
        apply: |r, v| {
            super::model::Impersonation::parse(v)
                .map(|x| r.impersonation = x)
                .ok_or_else(|| format!("\"{v}\" is not remove, flag or off"))
        },
        show: |r| r.impersonation.name().into(),
    },
    Setting {
        rule: "impersonation",
        name: "grace",
        form: "<duration>",
        apply: |r, v| parse_duration(v).map(|x| r.impersonation_grace_ms = x),
        show: |r| short_duration(r.impersonation_grace_ms),
    },
    Setting {
        rule: "malformed",
        name: "action",
        form: "remove|keep",
        apply: |r, v| match v.to_lowercase().as_str() {
            "remove" | "on" => {
                r.malformed_remove = true;
                Ok(())
            }
            "keep" | "off" => {
                r.malformed_remove = false;
                Ok(())
            }
            _ => Err("expected remove or keep".into()),
        },
        show: |r| if r.malformed_remove { "remove" } else { "keep" }.into(),
    },
    Setting {
        rule: "dryrun",
        name: "enabled",
        form: "on|off",
        apply: |r, v| on_off(v).map(|x| r.dry_run = x),
        show: |r| show_on_off(r.dry_run),
    },
];

/// The rules `!set` knows, for usage texts.
pub fn rule_names() -> Vec<&'static str> {
    let mut names: Vec<_> = SETTINGS.iter().map(|s| s.rule).collect();
    names.dedup();
    names
}

/// Why a `!set` or config value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetError {
    UnknownRule(String),
    UnknownSetting {
        rule: String,
        setting: String,
    },
    /// `why` is for ops reading `check-config` (English); staff in Element are shown the
    /// value and the form, which read the same in both languages.
    BadValue {
        key: String,
        value: String,
        form: &'static str,
        why: String,
    },
}

/// Find the setting `!set <rule> <setting> <value>` means. `!set <rule> on|off` means the
/// rule's first setting (`!set greeting off`, `!set flood off`).
pub fn find(rule: &str, setting: Option<&str>) -> Result<&'static Setting, SetError> {
    let rule = rule.to_lowercase();
    let mut of_rule = SETTINGS.iter().filter(|s| s.rule == rule).peekable();
    if of_rule.peek().is_none() {
        return Err(SetError::UnknownRule(rule));
    }
    match setting.map(str::to_lowercase) {
        None => of_rule.next().ok_or(SetError::UnknownRule(rule)),
        Some(name) => of_rule
            .find(|s| s.name == name)
            .ok_or(SetError::UnknownSetting {
                rule,
                setting: name,
            }),
    }
}

/// Apply one setting to `rules`, checking the value.
pub fn apply(rules: &mut Rules, s: &Setting, value: &str) -> Result<(), SetError> {
    (s.apply)(rules, value.trim()).map_err(|why| SetError::BadValue {
        key: s.key(),
        value: value.trim().to_string(),
        form: s.form,
        why,
    })
}

/// Canonical form of a value as `!filters` shows it (so stored overrides are tidy).
pub fn show(rules: &Rules, s: &Setting) -> String {
    (s.show)(rules)
}

/// `on` for a rule whose first setting is off by default turns it on at the SPEC default
/// (e.g. `!set flood on` after `!set flood off`).
pub fn turn_on(rules: &mut Rules, s: &Setting) {
    let d = Rules::default();
    match (s.rule, s.name) {
        ("flood", "limit") => rules.flood = rules.flood.or(d.flood),
        ("links", "age") => rules.link_age_ms = rules.link_age_ms.or(d.link_age_ms),
        ("mentions", "max") => rules.max_mentions = rules.max_mentions.or(d.max_mentions),
        ("malformed", "action") => rules.malformed_remove = true,
        ("impersonation", "action") => rules.impersonation = d.impersonation,
        ("night", "hours") => {
            rules.night = rules.night.or(Some(Night {
                start_min: 22 * 60,
                end_min: 6 * 60,
            }))
        }
        _ => {}
    }
}

/// Whether a value means "on" (`on`, `yes`, `चालू`…).
pub fn is_on(v: &str) -> bool {
    on_off(v) == Ok(true)
}

fn on_off(v: &str) -> Result<bool, String> {
    match v.to_lowercase().as_str() {
        "on" | "true" | "yes" | "चालू" => Ok(true),
        "off" | "false" | "no" | "बंद" => Ok(false),
        _ => Err(format!("“{v}” is not on or off")),
    }
}

fn show_on_off(b: bool) -> String {
    if b { "on" } else { "off" }.into()
}

fn optional<T>(v: &str, parse: fn(&str) -> Result<T, String>) -> Result<Option<T>, String> {
    if on_off(v) == Ok(false) {
        Ok(None)
    } else {
        parse(v).map(Some)
    }
}

fn number(v: &str) -> Result<u32, String> {
    match v.parse::<u32>() {
        Ok(n) if (1..=10_000).contains(&n) => Ok(n),
        _ => Err(format!("“{v}” is not a number from 1 to 10000")),
    }
}

/// `5/60s`: five within sixty seconds.
fn rate(v: &str) -> Result<Rate, String> {
    let (n, d) = v
        .split_once('/')
        .ok_or_else(|| format!("“{v}” is not <n>/<duration>, e.g. 5/60s"))?;
    Ok(Rate {
        count: number(n.trim())?,
        window_ms: parse_duration(d.trim())?,
    })
}

/// The longest flood window and the highest count the bot keeps posts for.
pub const FLOOD_WINDOW_MAX_MS: u64 = HOUR;
pub const FLOOD_COUNT_MAX: u32 = 200;

fn flood_rate(v: &str) -> Result<Rate, String> {
    let r = rate(v)?;
    if r.window_ms > FLOOD_WINDOW_MAX_MS || r.count > FLOOD_COUNT_MAX {
        return Err(format!(
            "“{v}”: a flood limit is at most {FLOOD_COUNT_MAX} messages within 1h"
        ));
    }
    Ok(r)
}

fn show_rate(r: Rate) -> String {
    format!("{}/{}", r.count, short_duration(r.window_ms))
}

fn minute(v: &str) -> Result<u32, String> {
    let bad = || format!("“{v}” is not a time HH:MM");
    let (h, m) = v.split_once(':').ok_or_else(bad)?;
    let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if h > 23 || m > 59 {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

fn show_minute(m: u32) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn night(v: &str) -> Result<Night, String> {
    let (a, b) = v
        .split_once('-')
        .ok_or_else(|| format!("“{v}” is not <HH:MM>-<HH:MM>, e.g. 22:00-06:00"))?;
    let n = Night {
        start_min: minute(a.trim())?,
        end_min: minute(b.trim())?,
    };
    if n.start_min == n.end_min {
        return Err("start and end are the same time".into());
    }
    Ok(n)
}

fn domains(v: &str) -> Result<Vec<String>, String> {
    if v.eq_ignore_ascii_case("none") || v.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for d in v.split([',', ' ']).filter(|d| !d.is_empty()) {
        let d = d
            .trim_start_matches("*.")
            .trim_end_matches('.')
            .to_lowercase();
        let ok = d.contains('.')
            && d.len() <= 253
            && d.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        if !ok {
            return Err(format!("“{d}” is not a domain name"));
        }
        out.push(d);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

impl RoomSettings {
    /// The district defaults with this room's overrides on top. A stored value that no longer
    /// parses (a setting renamed by an upgrade) is skipped.
    pub fn effective(&self, defaults: &Rules) -> Rules {
        let mut r = defaults.clone();
        for (key, value) in &self.values {
            let mut parts = key.splitn(2, ' ');
            let (Some(rule), Some(name)) = (parts.next(), parts.next()) else {
                continue;
            };
            if let Ok(s) = find(rule, Some(name)) {
                let _ = apply(&mut r, s, value);
            }
        }
        r
    }
}

#[cfg(test)]
#[path = "settings_tests.rs"]
mod tests;
