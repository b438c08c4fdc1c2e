//! Staff moderation commands (SPEC §5): `!warn`, `!mute`, `!unmute`, `!kick`, `!ban`,
//! `!strikes`, `!undo`, `!dryrun`, `!filters`, `!set`, `!lexicon`; and `!rules` for anyone.
//! They act on the station of the room or desk they are typed in.

use super::model::{Measure, Undone};
use super::sanction::{self, Station, Verdict};
use super::settings::{self, SETTINGS, SetError};
use crate::core::ctx::{Ctx, user_arg};
use crate::core::decision::Decision;
use crate::core::event::Place;
use crate::core::i18n;
use crate::core::moderation::texts as tm;
use crate::core::roles::Role;
use crate::core::{change::Change, moderation::settings::RoomSettings};

/// A manual mute without a duration lasts this long.
const DEFAULT_MUTE_MS: u64 = 60 * 60 * 1000;
/// Limits on a station's own greeting phrases.
const MAX_PHRASES: usize = 200;
const MAX_PHRASE_CHARS: usize = 60;

pub fn run(c: &Ctx<'_>, name: &str, args: &[String], mentions: &[String], usage: &str) -> Decision {
    let Place::District(p) = &c.ev.place else {
        return c.answer(i18n::NOT_HERE.get(c.lang));
    };
    let (Some(district), Some(slug)) = (c.district(&p.district), p.kind.station_slug()) else {
        return c.answer(i18n::NOT_HERE.get(c.lang));
    };
    let Some(st) = Station::new(c, district, slug) else {
        return c.answer(crate::core::i18n::NO_STATION_ROOM.get(c.lang));
    };
    let bad = || c.answer(i18n::bad_arguments(c.lang, usage));
    match name {
        "rules" => rules(c, &st),
        "strikes" => match user_arg(args.first().map(String::as_str), mentions) {
            Some(user) => strikes(c, &st, &user),
            None => bad(),
        },
        "undo" => match args {
            [id] => undo(c, &st, &id.to_lowercase()),
            _ => bad(),
        },
        "dryrun" => match args.first().map(|a| a.to_lowercase()).as_deref() {
            Some("on") if args.len() == 1 => dry_run(c, &st, true),
            Some("off") if args.len() == 1 => dry_run(c, &st, false),
            _ => bad(),
        },
        "filters" => filters(c, &st),
        "set" => set(c, &st, args).unwrap_or_else(bad),
        "lexicon" => lexicon(c, &st, args).unwrap_or_else(bad),
        _ => manual(c, &st, name, args, mentions).unwrap_or_else(bad),
    }
}

/// `!warn|mute|unmute|kick|ban @user [duration] [reason]`; `None` = usage.
fn manual(
    c: &Ctx<'_>,
    st: &Station<'_>,
    name: &str,
    args: &[String],
    mentions: &[String],
) -> Option<Decision> {
    let target = user_arg(args.first().map(String::as_str), mentions)?;
    if c.is_privileged(st.district, &target) {
        return Some(c.answer(tm::NOT_ON_STAFF.get(c.lang)));
    }
    let mut rest = args.get(1..).unwrap_or_default();
    let rules = st.rules(c);
    let mut strike = None;
    let measure = match name {
        "warn" => {
            let (m, n) = sanction::ladder(c, st, &rules, &target, Measure::Warn);
            strike = Some((n, rules.strikes.count));
            m
        }
        "mute" => {
            let ms = match rest.first() {
                Some(d) => {
                    rest = &rest[1..];
                    crate::core::time::parse_duration(d).ok()?
                }
                None => DEFAULT_MUTE_MS,
            };
            Measure::Mute {
                until_ms: c.now_ms + ms,
            }
        }
        "unmute" => Measure::Unmute,
        "kick" => Measure::Kick,
        "ban" => Measure::Ban,
        _ => return None,
    };
    let reason = rest.join(" ");
    let s = sanction::new(
        c,
        st,
        Verdict {
            rule: "manual",
            measure,
            redacted: false,
            strike: name == "warn",
            target: &target,
            reason: &reason,
            actor: &c.ev.sender,
            dry_run: false,
        },
    );
    let mut d = Decision::default();
    let outcome = tm::outcome(c.lang, &s.measure, false, c.now_ms, strike);
    if s.measure == Measure::Unmute && c.view.mute(st.district_slug(), st.slug, &target).is_none() {
        d.actions.push(c.reply(tm::not_muted(c.lang, &target)));
    } else {
        d.actions.push(c.reply(tm::action_reply(
            c.lang,
            &c.dir.prefix,
            &s.id,
            &target,
            &outcome,
        )));
    }
    sanction::carry_out(c, st, &s, &mut d);
    sanction::record(c, st, &s, strike, None, &mut d);
    if s.measure != Measure::Unmute {
        let why = if reason.is_empty() { "—" } else { &reason };
        d.actions.push(crate::core::action::Action::Dm {
            user: target.clone(),
            body: tm::member_notice(c.lang, &c.dir.prefix, &st.name(c), "manual", &outcome, why),
        });
    }
    Some(d)
}

fn strikes(c: &Ctx<'_>, st: &Station<'_>, user: &str) -> Decision {
    let rules = st.rules(c);
    let n = sanction::strikes(c, st.district_slug(), &rules, user);
    let mut lines = vec![tm::strikes_header(
        c.lang,
        user,
        n,
        rules.strikes.count,
        &crate::core::time::duration(c.lang, rules.strikes.window_ms),
    )];
    let all = c.view.sanctions_of(st.district_slug(), user);
    if all.is_empty() {
        lines.push(tm::NO_ACTIONS.get(c.lang).to_string());
    }
    for s in all.iter().rev().take(10) {
        let mut line = format!(
            "[{}] {} {} — {}: {}",
            s.id,
            c.when(s.at_ms),
            c.station_name(&s.district, &s.station),
            tm::rule_name(c.lang, &s.rule),
            tm::outcome(c.lang, &s.measure, s.redacted, s.at_ms, None),
        );
        if s.dry_run {
            line.push_str(tm::DRY_RUN_MARK.get(c.lang));
        }
        if let Some(u) = &s.undone {
            line.push_str(&format!(" ↩️ {}", u.by));
        }
        lines.push(line);
    }
    c.answer(lines.join("\n"))
}

fn undo(c: &Ctx<'_>, st: &Station<'_>, id: &str) -> Decision {
    let found = c.view.sanction(id).filter(|s| {
        s.district == st.district.slug && (s.station == st.slug || c.role >= Role::Officer)
    });
    let Some(s) = found else {
        return c.answer(tm::no_such_action(c.lang, id));
    };
    if let Some(u) = &s.undone {
        return c.answer(tm::already_undone(c.lang, id, &u.by));
    }
    if s.dry_run {
        return c.answer(tm::dry_run_nothing(c.lang, id));
    }
    let Some(own) = Station::new(c, st.district, &s.station) else {
        return c.answer(crate::core::i18n::NO_STATION_ROOM.get(c.lang));
    };
    let mut d = Decision::default();
    d.actions.push(c.reply(tm::undone(
        c.lang,
        id,
        &tm::undo_what(c.lang, &s.measure, &s.target),
        s.redacted,
    )));
    sanction::reverse(c, &own, &s, &mut d);
    d.changes
        .push(c.audit(&s.district, "undo", &s.target, &format!("[{id}]")));
    d.changes.push(Change::PutSanction(super::model::Sanction {
        undone: Some(Undone {
            by: c.ev.sender.clone(),
            at_ms: c.now_ms,
        }),
        ..s
    }));
    d
}

fn save(
    c: &Ctx<'_>,
    st: &Station<'_>,
    settings: RoomSettings,
    what: &str,
    reply: String,
) -> Decision {
    Decision {
        actions: vec![c.reply(reply)],
        changes: vec![
            c.audit(st.district_slug(), "settings", st.slug, what),
            Change::PutRoomSettings {
                district: st.district.slug.clone(),
                station: st.slug.to_string(),
                settings,
            },
        ],
    }
}

fn dry_run(c: &Ctx<'_>, st: &Station<'_>, on: bool) -> Decision {
    let mut s = st.settings.clone();
    s.values.insert(
        "dryrun enabled".into(),
        if on { "on" } else { "off" }.into(),
    );
    save(
        c,
        st,
        s,
        &format!("dryrun enabled {on}"),
        tm::dry_run_set(c.lang, on).into(),
    )
}

fn filters(c: &Ctx<'_>, st: &Station<'_>) -> Decision {
    let rules = st.rules(c);
    let mut lines = vec![tm::filters_header(c.lang, &st.name(c))];
    for s in SETTINGS {
        let mark = if st.settings.values.contains_key(&s.key()) {
            " *"
        } else {
            ""
        };
        lines.push(format!(
            "• {}: {}{mark}",
            s.key(),
            settings::show(&rules, s)
        ));
    }
    lines.push(tm::lexicon_line(
        c.lang,
        &st.settings.lexicon_add,
        &st.settings.lexicon_remove,
    ));
    lines.push(tm::filters_footer(c.lang, &c.dir.prefix));
    c.answer(lines.join("\n"))
}

/// `!set <rule> <on|off>` or `!set <rule> <setting> <value…>`; `None` = usage.
fn set(c: &Ctx<'_>, st: &Station<'_>, args: &[String]) -> Option<Decision> {
    let (rule, second) = (args.first()?, args.get(1)?);
    let found = match settings::find(rule, Some(second)) {
        Ok(s) if args.len() >= 3 => Ok((s, args[2..].join(" "))),
        Ok(_) => return None,
        Err(SetError::UnknownSetting { .. }) if args.len() == 2 => {
            settings::find(rule, None).map(|s| (s, second.clone()))
        }
        Err(e) => Err(e),
    };
    let (s, value) = match found {
        Ok(x) => x,
        Err(e) => return Some(c.answer(set_error(c, &e))),
    };
    let current = st.rules(c);
    let mut next = current.clone();
    let result = if settings::is_on(&value) && s.form != "on|off" {
        settings::turn_on(&mut next, s);
        Ok(())
    } else {
        settings::apply(&mut next, s, &value)
    };
    if let Err(e) = result {
        return Some(c.answer(set_error(c, &e)));
    }
    let (old, new) = (settings::show(&current, s), settings::show(&next, s));
    let mut stored = st.settings.clone();
    let default = settings::show(&c.dir.rules_of(st.district_slug()), s);
    if new == default {
        stored.values.remove(&s.key());
    } else {
        stored.values.insert(s.key(), new.clone());
    }
    let what = format!("{} {old} -> {new}", s.key());
    Some(save(
        c,
        st,
        stored,
        &what,
        tm::set_done(c.lang, &s.key(), &old, &new),
    ))
}

fn set_error(c: &Ctx<'_>, e: &SetError) -> String {
    match e {
        SetError::UnknownRule(rule) => {
            tm::unknown_rule(c.lang, rule, &settings::rule_names().join(", "))
        }
        SetError::UnknownSetting { rule, setting } => {
            let names: Vec<_> = SETTINGS
                .iter()
                .filter(|s| s.rule == rule)
                .map(|s| format!("{} {}", s.name, s.form))
                .collect();
            tm::unknown_setting(c.lang, rule, setting, &names.join("; "))
        }
        SetError::BadValue {
            key, value, form, ..
        } => tm::bad_value(c.lang, key, value, form),
    }
}

/// `!lexicon` (show), `!lexicon add|remove <phrase…>`; `None` = usage.
fn lexicon(c: &Ctx<'_>, st: &Station<'_>, args: &[String]) -> Option<Decision> {
    let Some(verb) = args.first() else {
        return Some(c.answer(tm::lexicon_line(
            c.lang,
            &st.settings.lexicon_add,
            &st.settings.lexicon_remove,
        )));
    };
    let phrase = args[1..].join(" ").trim().to_string();
    let key = crate::core::rules::greeting::lexicon_key(&phrase);
    if key.is_empty() || phrase.chars().count() > MAX_PHRASE_CHARS {
        return None;
    }
    let add = match verb.to_lowercase().as_str() {
        "add" | "जोड़ें" => true,
        "remove" | "हटाएँ" => false,
        _ => return None,
    };
    let mut s = st.settings.clone();
    let same = |p: &String| crate::core::rules::greeting::lexicon_key(p) == key;
    s.lexicon_add.retain(|p| !same(p));
    s.lexicon_remove.retain(|p| !same(p));
    let list = if add {
        &mut s.lexicon_add
    } else {
        &mut s.lexicon_remove
    };
    if list.len() >= MAX_PHRASES {
        return Some(c.answer(tm::lexicon_full(c.lang, MAX_PHRASES)));
    }
    list.push(phrase.clone());
    let what = format!("lexicon {} {phrase}", if add { "add" } else { "remove" });
    Some(save(
        c,
        st,
        s,
        &what,
        tm::lexicon_done(c.lang, add, &phrase),
    ))
}

fn rules(c: &Ctx<'_>, st: &Station<'_>) -> Decision {
    let r = st.rules(c);
    let d = |ms| crate::core::time::duration(c.lang, ms);
    c.answer(tm::rules_text(
        c.lang,
        r.greeting,
        r.flood.map(|f| (f.count, d(f.window_ms))),
        r.link_age_ms.map(d),
        r.max_mentions,
        (r.strikes.count, d(r.strikes.window_ms), d(r.strike_mute_ms)),
    ))
}
