//! The registry and credentials: `!volunteers`, `!volunteer`, `!verify`, `!mycard`, and the
//! policy reply to ID-card requests (at most once a day per user).

use std::collections::BTreeMap;

use crate::core::credential;
use crate::core::ctx::{Ctx, user_arg};
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::Place;
use crate::core::idcard;
use crate::core::vetting::texts as t;
use crate::core::{
    change::{Change, Reminder},
    vetting::model::VolunteerStatus,
};

fn here(c: &Ctx<'_>) -> Option<(String, Option<String>)> {
    match &c.ev.place {
        Place::District(p) => match &p.kind {
            RoomKind::Desk(s) => Some((p.district.clone(), Some(s.clone()))),
            _ => Some((p.district.clone(), None)),
        },
        Place::Dm | Place::PolicyList(_) => None,
    }
}

/// `!volunteers [category]`: active volunteers per category (desk: its station; control:
/// the district, per station).
pub fn cmd_volunteers(c: &Ctx<'_>, args: &[String]) -> Decision {
    let Some((district, station)) = here(c) else {
        return Decision::default();
    };
    let filter = args.first().map(|a| a.to_lowercase());
    let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut total = 0;
    for v in c.view.volunteers(&district) {
        if v.status != VolunteerStatus::Active
            || station.as_ref().is_some_and(|s| *s != v.station)
            || filter.as_ref().is_some_and(|f| *f != v.category)
        {
            continue;
        }
        *counts
            .entry(c.station_name(&district, &v.station))
            .or_default()
            .entry(v.category)
            .or_default() += 1;
        total += 1;
    }
    let mut out = t::volunteers_header(c.lang, total);
    for (st, cats) in counts {
        let list: Vec<String> = cats.iter().map(|(k, n)| format!("{k} {n}")).collect();
        out.push_str(&format!("\n• {st}: {}", list.join(", ")));
    }
    c.answer(out)
}

/// `!volunteer @u`: the profile(s) of a user in this district.
pub fn cmd_volunteer(c: &Ctx<'_>, args: &[String], mentions: &[String], usage: &str) -> Decision {
    let (Some((district, station)), Some(user)) = (
        here(c),
        user_arg(args.first().map(String::as_str), mentions),
    ) else {
        return c.answer(crate::core::i18n::bad_arguments(c.lang, usage));
    };
    let records: Vec<_> = c
        .view
        .volunteer_records(&user)
        .into_iter()
        .filter(|v| v.district == district && station.as_ref().is_none_or(|s| *s == v.station))
        .collect();
    if records.is_empty() {
        return c.answer(t::no_volunteer(c.lang, &user));
    }
    let mut out = user.clone();
    for v in records {
        let line = t::profile_line(
            c.lang,
            &t::ProfileLine {
                station: &c.station_name(&v.district, &v.station),
                category: &v.category,
                since: &c.day(v.since_ms),
                approved_by: &v.approved_by,
                status: v.status,
            },
        );
        out.push('\n');
        out.push_str(&line);
    }
    c.answer(out)
}

/// `!verify <code>`: anyone, anywhere.
pub fn cmd_verify(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    if args.is_empty() {
        return c.answer(crate::core::i18n::bad_arguments(c.lang, usage));
    }
    let typed = args.join("");
    let valid = credential::normalise(&typed).and_then(|code| {
        c.view
            .volunteer_by_code(&code)
            .filter(|v| v.code == code && v.status == VolunteerStatus::Active)
    });
    match valid {
        Some(v) => c.answer(t::verify_ok(
            c.lang,
            &c.station_name(&v.district, &v.station),
            &c.day(v.since_ms),
        )),
        None => c.answer(t::verify_bad(c.lang, &typed)),
    }
}

/// `!mycard` in a DM: the caller's credentials.
pub fn cmd_mycard(c: &Ctx<'_>) -> Decision {
    let cards: Vec<String> = c
        .view
        .volunteer_records(&c.ev.sender)
        .into_iter()
        .filter(|v| v.status == VolunteerStatus::Active)
        .map(|v| {
            t::credential(
                c.lang,
                &c.station_name(&v.district, &v.station),
                &c.day(v.since_ms),
                &v.code,
            )
        })
        .collect();
    if cards.is_empty() {
        c.answer(t::no_card(c.lang))
    } else {
        c.answer(cards.join("\n\n"))
    }
}

/// A message that asks for an ID card gets the policy reply, once a day per user.
pub fn on_text(c: &Ctx<'_>, body: &str) -> Decision {
    let in_scope = matches!(&c.ev.place, Place::Dm)
        || matches!(&c.ev.place, Place::District(p) if matches!(p.kind, RoomKind::Station(_)));
    if !in_scope || !idcard::asks_for_id_card(body) {
        return Decision::default();
    }
    let today = credential::day(c.now_ms);
    if c.view.reminded_on(Reminder::IdCard, &c.ev.sender) == Some(today) {
        return Decision::default();
    }
    Decision {
        actions: vec![c.reply(t::idcard_policy(c.lang, &c.dir.prefix))],
        changes: vec![Change::Reminded {
            kind: Reminder::IdCard,
            user: c.ev.sender.clone(),
            day: today,
        }],
    }
}
