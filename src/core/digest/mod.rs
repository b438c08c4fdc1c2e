//! The daily district digest (SPEC §6 "Tasks and digest"): at the configured local time the
//! control room gets one message with, per station, the day's new volunteers, messages,
//! greetings removed, other moderation actions, reports opened/resolved/overdue, tasks
//! done/overdue, rumours flagged and verdicts — with a bar chart (PNG) and the same table as
//! CSV. `!digest [today|yesterday|YYYY-MM-DD]` makes one on demand.

pub mod model;
pub mod tally;
pub mod texts;

pub use model::Table;

use crate::core::action::Action;
use crate::core::ctx::Ctx;
use crate::core::digest::tally::{DISTRICT, METRICS, day_of};
use crate::core::digest::texts as t;
use crate::core::district::{District, RoomKind, RoomPlace};
use crate::core::due::Due;
use crate::core::event::Place;
use crate::core::i18n;
use crate::core::{audit::AuditEntry, change::Change, view::StateView};
use crate::core::{decision::Decision, directory::Directory};

/// `YYYY-MM-DD` of a day number.
pub fn date_of(day: i64) -> String {
    let d = time::Date::from_calendar_date(1970, time::Month::January, 1)
        .ok()
        .and_then(|e| e.checked_add(time::Duration::days(day)));
    d.map_or(day.to_string(), |d| {
        format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
    })
}

/// The day number of `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let date = time::Date::from_calendar_date(
        y.parse().ok()?,
        time::Month::try_from(m.parse::<u8>().ok()?).ok()?,
        d.parse().ok()?,
    )
    .ok()?;
    let epoch = time::Date::from_calendar_date(1970, time::Month::January, 1).ok()?;
    Some((date - epoch).whole_days())
}

pub fn table(view: &dyn StateView, d: &District, day: i64) -> Table {
    let counts = view.tallies(day, &d.slug);
    let value = |station: &str, metric: &str| {
        counts
            .iter()
            .find(|(s, m, _)| s == station && m == metric)
            .map_or(0, |(_, _, n)| *n)
    };
    let mut rows: Vec<(String, Vec<u64>)> = d
        .stations
        .iter()
        .map(|s| {
            (
                s.names.get(d.lang).to_string(),
                METRICS.iter().map(|m| value(&s.slug, m)).collect(),
            )
        })
        .collect();
    let district_wide: Vec<u64> = METRICS.iter().map(|m| value(DISTRICT, m)).collect();
    if district_wide.iter().any(|n| *n > 0) {
        rows.push((t::district_row(d.lang).to_string(), district_wide));
    }
    Table {
        district: d.slug.clone(),
        district_name: d.names.get(d.lang).to_string(),
        date: date_of(day),
        lang: d.lang,
        rows,
    }
}

/// The same table as CSV (English column keys, as spreadsheets and scripts expect them).
pub fn csv(t: &Table) -> String {
    let mut out = String::from("date,station");
    for m in METRICS {
        out.push(',');
        out.push_str(m);
    }
    for (name, values) in &t.rows {
        out.push_str(&format!("\n{},\"{}\"", t.date, name.replace('"', "\"\"")));
        for v in values {
            out.push_str(&format!(",{v}"));
        }
    }
    out.push('\n');
    out
}

fn post(d: &District, room_id: String, t: Table, reply_to: Option<String>) -> Action {
    Action::Digest {
        room_id,
        in_reply_to: reply_to,
        text: t::text(&t),
        csv: csv(&t),
        table: t,
        district: d.slug.clone(),
    }
}

/// How late a missed digest is still posted, in minutes.
const LATE_MIN: u32 = 120;

/// The daily digest at the configured local time: of the day before.
pub fn due(dir: &Directory, view: &dyn StateView, now_ms: u64) -> Vec<Due> {
    let Some(at_min) = dir.digest_at_min else {
        return vec![];
    };
    let (minute, today) = crate::core::time::local(now_ms, dir.utc_offset_min);
    // Within two hours of the time (a bot down at that moment posts late, not at night; a bot
    // first started in the afternoon does not post a day it never saw).
    if minute < at_min || minute >= at_min + LATE_MIN {
        return vec![];
    }
    let mut out = Vec::new();
    for d in &dir.districts {
        let Some(control) = view.room_id(&RoomPlace {
            district: d.slug.clone(),
            kind: RoomKind::Control,
        }) else {
            continue;
        };
        let id = format!("digest:{}:{today}", d.slug);
        let t = table(view, d, today - 1);
        let mut decision = Decision::default();
        decision.actions.push(post(d, control, t, None));
        decision.changes.push(Change::Audit(AuditEntry::timer(
            now_ms,
            &d.slug,
            "digest",
            &date_of(today - 1),
            &id,
        )));
        out.push(Due { id, decision });
    }
    out
}

/// `!digest [today|yesterday|YYYY-MM-DD]` in the control room.
pub fn cmd_digest(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let Place::District(p) = &c.ev.place else {
        return Decision::default();
    };
    let Some(d) = c.district(&p.district) else {
        return Decision::default();
    };
    let today = day_of(c.ev.origin_ts_ms, c.dir.utc_offset_min);
    let day = match args.first().map(|a| a.to_lowercase()).as_deref() {
        None | Some("today" | "आज") => Some(today),
        Some("yesterday" | "कल") => Some(today - 1),
        Some(other) => parse_date(other),
    };
    let Some(day) = day.filter(|_| args.len() <= 1) else {
        return c.answer(i18n::bad_arguments(c.lang, usage));
    };
    let t = table(c.view, d, day);
    let mut out = Decision::default();
    out.actions.push(post(
        d,
        c.ev.room_id.clone(),
        t,
        Some(c.ev.event_id.clone()),
    ));
    out.changes
        .push(c.audit(&d.slug, "digest", &date_of(day), "on demand"));
    out
}

#[cfg(test)]
mod tests;
