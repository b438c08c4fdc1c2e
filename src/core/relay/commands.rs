//! `!relay add <from> <to> [--from staff|volunteers|anyone] [--match w1, w2…] [--kinds
//! text,image…]`, `!relay list`, `!relay remove <id>`: officers in the control room.

use super::texts as t;
use super::{RelayRule, Senders, Spot, graph};
use crate::core::change::Change;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::District;
use crate::core::event::{MediaKind, Place};
use crate::core::i18n;

const KINDS_FORM: &str = "text,image,video,audio,file,location";
const SENDERS_FORM: &str = "staff|volunteers|anyone";

pub fn run(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let Place::District(p) = &c.ev.place else {
        return Decision::default();
    };
    let Some(d) = c.district(&p.district) else {
        return Decision::default();
    };
    match args.first().map(|a| a.to_lowercase()).as_deref() {
        Some("add") => add(c, d, &args[1..], usage),
        Some("list") if args.len() == 1 => c.answer(t::list(c.lang, &super::active(c, &d.slug))),
        Some("remove") if args.len() == 2 => remove(c, d, &args[1]),
        _ => c.answer(i18n::bad_arguments(c.lang, usage)),
    }
}

/// The flags after the two rooms: each flag takes the words up to the next flag.
fn flags(args: &[String]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for a in args {
        if a.starts_with("--") {
            out.push((a.to_lowercase(), String::new()));
        } else if let Some((_, v)) = out.last_mut() {
            if !v.is_empty() {
                v.push(' ');
            }
            v.push_str(a);
        } else {
            out.push((String::new(), a.clone()));
        }
    }
    out
}

fn add(c: &Ctx<'_>, d: &District, args: &[String], usage: &str) -> Decision {
    let lang = c.lang;
    let (Some(from), Some(to)) = (args.first(), args.get(1)) else {
        return c.answer(i18n::bad_arguments(lang, usage));
    };
    let stations: Vec<&str> = d.stations.iter().map(|s| s.slug.as_str()).collect();
    let spot =
        |arg: &str| Spot::parse(arg, d).ok_or_else(|| t::bad_room(lang, arg, &stations.join(", ")));
    let (from_spot, to_spot) = match (spot(from), spot(to)) {
        (Ok(f), Ok(t)) => (f, t),
        (Err(e), _) | (_, Err(e)) => return c.answer(e),
    };
    if from_spot == Spot::OwnDesk
        || (to_spot == Spot::OwnDesk && !matches!(from_spot, Spot::Station(_) | Spot::AllStations))
    {
        return c.answer(t::own_desk_needs_station(lang));
    }
    if from_spot == to_spot && from_spot != Spot::AllStations {
        return c.answer(t::same_room(lang));
    }
    let mut rule = RelayRule {
        v: 1,
        district: d.slug.clone(),
        // Removed rules keep their numbers: an id in the audit log names one rule forever.
        number: c
            .view
            .relay_rules(&d.slug)
            .iter()
            .map(|r| r.number)
            .max()
            .unwrap_or(0)
            + 1,
        from: from_spot,
        to: to_spot,
        senders: Senders::Anyone,
        words: vec![],
        kinds: vec![],
        by: c.ev.sender.clone(),
        at_ms: c.now_ms,
        removed: None,
    };
    for (flag, value) in flags(&args[2..]) {
        match flag.as_str() {
            "--from" => match Senders::parse(&value) {
                Some(s) => rule.senders = s,
                None => return c.answer(t::bad_flag(lang, &flag, &value, SENDERS_FORM)),
            },
            "--match" => {
                rule.words = value
                    .split(',')
                    .map(|w| w.trim().to_string())
                    .filter(|w| !w.is_empty())
                    .collect();
                if rule.words.is_empty() {
                    return c.answer(t::bad_flag(lang, &flag, &value, "w1, w2"));
                }
            }
            "--kinds" => {
                let mut kinds = Vec::new();
                for k in value.split(',').map(|k| k.trim().to_lowercase()) {
                    let name = match MediaKind::parse(&k) {
                        Some(m) => m.name(),
                        None if k == "text" => "text",
                        None => return c.answer(t::bad_flag(lang, &flag, &value, KINDS_FORM)),
                    };
                    if !kinds.contains(&name.to_string()) {
                        kinds.push(name.to_string());
                    }
                }
                rule.kinds = kinds;
            }
            _ => return c.answer(i18n::bad_arguments(lang, usage)),
        }
    }
    let existing = super::active(c, &d.slug);
    if let Some(path) = graph::cycle(d, &existing, &rule) {
        let path: Vec<String> = path.iter().map(graph::show).collect();
        return c.answer(t::would_loop(lang, &path.join(" → ")));
    }
    let mut out = c.answer(t::added(lang, &rule));
    out.changes.push(c.audit(
        &d.slug,
        "relay_add",
        &rule.id(),
        &format!("{} → {}", rule.from.show(), rule.to.show()),
    ));
    out.changes.push(Change::PutRelayRule(rule));
    out
}

fn remove(c: &Ctx<'_>, d: &District, id: &str) -> Decision {
    let n: Option<u32> = id.trim().trim_start_matches(['R', 'r']).parse().ok();
    let Some(mut rule) = n.and_then(|n| {
        super::active(c, &d.slug)
            .into_iter()
            .find(|r| r.number == n)
    }) else {
        return c.answer(t::no_rule(c.lang, id));
    };
    let mut out = c.answer(t::removed(c.lang, &rule));
    out.changes
        .push(c.audit(&d.slug, "relay_remove", &rule.id(), &rule.from.show()));
    rule.removed = Some(crate::core::tickets::Step {
        by: c.ev.sender.clone(),
        at_ms: c.now_ms,
    });
    out.changes.push(Change::PutRelayRule(rule));
    out
}
