//! `[moderation]` and `[districts.moderation]`: the districts' rule defaults, parsed with the
//! same setting table as `!set`, so a value that works in Element works in the file.

use std::collections::BTreeMap;

use super::problems::Problems;
use super::raw::{RawConfig, RawModeration};
use crate::core::emergency::{DEFAULT_WORDS, EmergencyWords};
use crate::core::moderation::settings::{self, Rules};
use crate::core::rumour::RumourRules;
use crate::core::tickets::ReportRules;

/// Each district's rules: SPEC defaults, then `[moderation]`, then the district's own table.
pub(super) fn rules(p: &mut Problems, raw: &RawConfig) -> BTreeMap<String, Rules> {
    let top = rules_from(p, Rules::default(), raw.moderation.as_ref(), "moderation");
    let mut out = BTreeMap::new();
    for (i, d) in raw.districts.iter().enumerate() {
        let at = format!("districts[{i}].moderation");
        if d.moderation
            .as_ref()
            .is_some_and(|m| m.utc_offset.is_some())
        {
            p.add(
                format!("{at}.utc_offset"),
                "can only be set in [moderation]",
            );
        }
        let r = rules_from(p, top.clone(), d.moderation.as_ref(), &at);
        if let Some(slug) = &d.slug {
            out.insert(slug.clone(), r);
        }
    }
    out
}

fn rules_from(p: &mut Problems, base: Rules, m: Option<&RawModeration>, at: &str) -> Rules {
    let mut r = base;
    let Some(m) = m else {
        return r;
    };
    let on_off = |b: bool| if b { "on" } else { "off" }.to_string();
    let values: [(&str, &str, &str, Option<String>); 14] = [
        ("greeting", "greeting", "enabled", m.greeting.map(on_off)),
        ("flood", "flood", "limit", m.flood.clone()),
        ("flood_mute", "flood", "mute", m.flood_mute.clone()),
        ("link_age", "links", "age", m.link_age.clone()),
        (
            "link_allowlist",
            "links",
            "allow",
            m.link_allowlist.as_ref().map(|l| l.join(",")),
        ),
        (
            "room_mention_staff_only",
            "atroom",
            "enabled",
            m.room_mention_staff_only.map(on_off),
        ),
        (
            "max_mentions",
            "mentions",
            "max",
            m.max_mentions
                .map(|n| if n == 0 { "off".into() } else { n.to_string() }),
        ),
        ("strikes", "strikes", "limit", m.strikes.clone()),
        ("strike_mute", "strikes", "mute", m.strike_mute.clone()),
        ("night", "night", "hours", m.night.clone()),
        ("dry_run", "dryrun", "enabled", m.dry_run.map(on_off)),
        ("malformed", "malformed", "action", m.malformed.clone()),
        (
            "impersonation",
            "impersonation",
            "action",
            m.impersonation.clone(),
        ),
        (
            "impersonation_grace",
            "impersonation",
            "grace",
            m.impersonation_grace.clone(),
        ),
    ];
    for (key, rule, name, value) in values {
        let Some(value) = value else { continue };
        let result =
            settings::find(rule, Some(name)).and_then(|s| settings::apply(&mut r, s, &value));
        if let Err(settings::SetError::BadValue { why, form, .. }) = result {
            p.add(format!("{at}.{key}"), format!("{why} (form: {form})"));
        }
    }
    r
}

/// `+05:30` → 330 minutes east of UTC (default India Standard Time).
pub(super) fn utc_offset(p: &mut Problems, raw: &RawConfig) -> i32 {
    let Some(v) = raw
        .moderation
        .as_ref()
        .and_then(|m| m.utc_offset.as_deref())
    else {
        return 330;
    };
    let parsed = (|| {
        let (sign, rest) = match v.as_bytes().first()? {
            b'+' => (1, &v[1..]),
            b'-' => (-1, &v[1..]),
            _ => return None,
        };
        let (h, m) = rest.split_once(':')?;
        let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
        (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
    })();
    parsed.unwrap_or_else(|| {
        p.add(
            "moderation.utc_offset",
            format!("\"{v}\" is not an offset like +05:30"),
        );
        330
    })
}

/// `[reports]`: the emergency word list and how often one room may raise an alert.
pub(super) fn emergency(p: &mut Problems, raw: &RawConfig) -> Option<EmergencyWords> {
    let r = raw.reports.as_ref();
    if r.and_then(|r| r.emergency_alerts) == Some(false) {
        return None;
    }
    let interval_ms = match r.and_then(|r| r.alert_interval.as_deref()) {
        None => 120_000,
        Some(v) => crate::core::time::parse_duration(v).unwrap_or_else(|why| {
            p.add("reports.alert_interval", why);
            120_000
        }),
    };
    let words: Vec<String> = match r.and_then(|r| r.emergency_words.clone()) {
        Some(w) => {
            if w.iter().all(|w| w.trim().is_empty()) {
                p.add(
                    "reports.emergency_words",
                    "is empty; set reports.emergency_alerts = false to turn alerts off",
                );
            }
            w
        }
        None => DEFAULT_WORDS.iter().map(|w| w.to_string()).collect(),
    };
    Some(EmergencyWords::new(&words, interval_ms))
}

/// `[reports]`: ticket privacy, the evidence window and the escalation times.
pub(super) fn reports(p: &mut Problems, raw: &RawConfig) -> ReportRules {
    let r = raw.reports.as_ref();
    let d = ReportRules::default();
    let mut time = |key: &str, v: Option<&String>, default: u64| match v {
        None => default,
        Some(v) => match crate::core::time::parse_duration(v) {
            Ok(ms) => ms,
            Err(why) => {
                p.add(format!("reports.{key}"), why);
                default
            }
        },
    };
    let rules = ReportRules {
        private: r.and_then(|r| r.private_reports).unwrap_or(d.private),
        evidence_window_ms: time(
            "evidence_window",
            r.and_then(|r| r.evidence_window.as_ref()),
            d.evidence_window_ms,
        ),
        ack_within_ms: time(
            "ack_within",
            r.and_then(|r| r.ack_within.as_ref()),
            d.ack_within_ms,
        ),
        resolve_within_ms: time(
            "resolve_within",
            r.and_then(|r| r.resolve_within.as_ref()),
            d.resolve_within_ms,
        ),
        homeserver_reports: r
            .and_then(|r| r.homeserver_reports)
            .unwrap_or(d.homeserver_reports),
        hide_after: r.and_then(|r| r.hide_after).unwrap_or(d.hide_after),
        show_reporter: r.and_then(|r| r.show_reporter).unwrap_or(d.show_reporter),
        poll_interval_ms: time(
            "poll_interval",
            r.and_then(|r| r.poll_interval.as_ref()),
            d.poll_interval_ms,
        ),
    };
    if !(1_000..=3_600_000).contains(&rules.poll_interval_ms) {
        p.add("reports.poll_interval", "must be between 1s and 1h");
    }
    if rules.resolve_within_ms < rules.ack_within_ms {
        p.add(
            "reports.resolve_within",
            "is shorter than reports.ack_within",
        );
    }
    rules
}

/// `[rumours]`: the spread window, retention and thresholds.
pub(super) fn rumours(p: &mut Problems, raw: &RawConfig) -> RumourRules {
    let r = raw.rumours.as_ref();
    let d = RumourRules::default();
    let mut time = |key: &str, v: Option<&String>, default: u64| match v {
        None => default,
        Some(v) => crate::core::time::parse_duration(v).unwrap_or_else(|why| {
            p.add(format!("rumours.{key}"), why);
            default
        }),
    };
    let window_ms = time("window", r.and_then(|r| r.window.as_ref()), d.window_ms);
    let retention_ms = time(
        "retention",
        r.and_then(|r| r.retention.as_ref()),
        d.retention_ms,
    );
    let mut count = |key: &str, v: Option<usize>, default: usize| match v {
        Some(0) | Some(1) => {
            p.add(format!("rumours.{key}"), "must be at least 2");
            default
        }
        Some(n) => n,
        None => default,
    };
    let rules = RumourRules {
        enabled: r.and_then(|r| r.enabled).unwrap_or(d.enabled),
        window_ms,
        retention_ms,
        min_rooms: count("min_rooms", r.and_then(|r| r.min_rooms), d.min_rooms),
        min_senders: count("min_senders", r.and_then(|r| r.min_senders), d.min_senders),
        redact_known_false: r
            .and_then(|r| r.redact_known_false)
            .unwrap_or(d.redact_known_false),
        max_fingerprints: match r.and_then(|r| r.max_fingerprints) {
            Some(n) if n < 1000 => {
                p.add("rumours.max_fingerprints", "must be at least 1000");
                d.max_fingerprints
            }
            Some(n) => n,
            None => d.max_fingerprints,
        },
    };
    if rules.retention_ms < rules.window_ms {
        p.add("rumours.retention", "is shorter than rumours.window");
    }
    rules
}

/// `[digest]`: when the daily digest is posted (minutes after local midnight), or `None`.
pub(super) fn digest(p: &mut Problems, raw: &RawConfig) -> Option<u32> {
    let d = raw.digest.as_ref();
    if d.and_then(|d| d.enabled) == Some(false) {
        return None;
    }
    let time = d.and_then(|d| d.time.as_deref()).unwrap_or("08:00");
    // HH:MM, minutes always two digits ("8:05" is fine, "8:5" is not).
    let parsed = time.split_once(':').and_then(|(h, m)| {
        let (h, m_num): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        (h < 24 && m_num < 60 && m.len() == 2).then_some(h * 60 + m_num)
    });
    if parsed.is_none() {
        p.add(
            "digest.time",
            format!("\"{time}\" is not a time like 08:00"),
        );
    }
    parsed
}
