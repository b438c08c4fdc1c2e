//! `!task`, `!done`, `!tasks`, `!cancel`.

use super::card::{card_body, clock_at, edit_card};
use super::texts as t;
use super::{Assignee, Need, Task, TaskRef, parse_id};
use crate::core::action::{Action, Tracked};
use crate::core::change::Change;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::{District, RoomKind};
use crate::core::event::Place;
use crate::core::i18n;
use crate::core::tickets::Step;
use crate::core::time::local;
use crate::core::time::parse_duration;

/// Where a task command was typed: its district and, in a desk, the station.
fn scope<'a>(c: &'a Ctx<'_>) -> Option<(&'a District, Option<String>)> {
    match &c.ev.place {
        Place::District(p) => {
            let d = c.district(&p.district)?;
            match &p.kind {
                RoomKind::Desk(s) => Some((d, Some(s.clone()))),
                RoomKind::Control => Some((d, None)),
                _ => None,
            }
        }
        // In a DM: the first district where the sender is staff or an officer (or has a task).
        Place::Dm => c
            .dir
            .districts
            .iter()
            .find(|d| c.is_privileged(d, &c.ev.sender))
            .map(|d| (d, None)),
        Place::PolicyList(_) => None,
    }
}

/// `18:00` (today, or tomorrow if it has passed) or a duration (`2h`, `30m`) from `now_ms`.
pub fn parse_due(v: &str, now_ms: u64, offset_min: i32) -> Option<u64> {
    if let Some((h, m)) = v.split_once(':') {
        let (h, m): (u64, u64) = (h.parse().ok()?, m.parse().ok()?);
        if h > 23 || m > 59 {
            return None;
        }
        let (minute_now, _) = local(now_ms, offset_min);
        let target = h * 60 + m;
        let now_min = u64::from(minute_now);
        let ahead = if target > now_min {
            target - now_min
        } else {
            target + 1440 - now_min
        };
        // To the start of that minute.
        return Some(now_ms - now_ms % 60_000 + ahead * 60_000);
    }
    parse_duration(v).ok().map(|d| now_ms + d)
}

fn may_take(d: &District, station: Option<&str>, user: &str) -> bool {
    d.is_officer(user)
        || match station {
            Some(s) => d
                .station(s)
                .is_some_and(|st| st.staff.iter().any(|u| u == user)),
            None => d
                .stations
                .iter()
                .any(|st| st.staff.iter().any(|u| u == user)),
        }
}

/// `!task @a [@b…] <instruction> [--due 18:00|2h] [--evidence photo|location|any|none]`.
pub fn cmd_task(c: &Ctx<'_>, args: &[String], mentions: &[String], usage: &str) -> Decision {
    let lang = c.lang;
    let Some((district, station)) = scope(c) else {
        return c.answer(i18n::NOT_HERE.get(lang));
    };
    let mut assignees: Vec<String> = args
        .iter()
        .take_while(|a| a.starts_with('@') && a.contains(':'))
        .cloned()
        .collect();
    let mut words: Vec<&str> = args[assignees.len()..].iter().map(String::as_str).collect();
    if assignees.is_empty() {
        // Pills: Element writes display names in the text; the ids are in the mentions. The
        // instruction is what follows a colon, if there is one.
        assignees = mentions.to_vec();
        if let Some(i) = words.iter().position(|w| w.ends_with(':')) {
            words.drain(..=i);
        }
    }
    let (mut due_ms, mut need) = (None, Need::Any);
    let mut text: Vec<&str> = Vec::new();
    let mut it = words.into_iter();
    while let Some(w) = it.next() {
        match w {
            "--due" => {
                let v = it.next().unwrap_or_default();
                match parse_due(v, c.ev.origin_ts_ms, c.dir.utc_offset_min) {
                    Some(ms) => due_ms = Some(ms),
                    None => return c.answer(t::bad_due(lang, v)),
                }
            }
            "--evidence" => {
                let v = it.next().unwrap_or_default();
                match Need::parse(v) {
                    Some(n) => need = n,
                    None => return c.answer(t::bad_need(lang, v)),
                }
            }
            other => text.push(other),
        }
    }
    let text = text.join(" ");
    assignees.dedup();
    if assignees.is_empty() || text.trim().is_empty() {
        return c.answer(i18n::bad_arguments(lang, usage));
    }
    if let Some(bad) = assignees
        .iter()
        .find(|u| !may_take(district, station.as_deref(), u))
    {
        return c.answer(t::bad_assignee(lang, bad));
    }
    let task = Task {
        v: 1,
        district: district.slug.clone(),
        number: c.view.last_task_number(&district.slug) + 1,
        station,
        by: c.ev.sender.clone(),
        room_id: c.ev.room_id.clone(),
        event_id: c.ev.event_id.clone(),
        text: text.chars().take(1000).collect(),
        at_ms: c.ev.origin_ts_ms,
        due_ms,
        need,
        assignees: assignees
            .iter()
            .map(|u| Assignee {
                user: u.clone(),
                done: None,
                note: None,
                evidence: vec![],
            })
            .collect(),
        cancelled: None,
        reminded: false,
        overdue_alerted: false,
        card_event: None,
    };
    let due = task.due_ms.map(|d| clock_at(c, d));
    let mut d = Decision::default();
    d.actions.push(Action::Card {
        room_id: c.ev.room_id.clone(),
        body: card_body(c, &task, &[]),
        of: Tracked::Task(TaskRef {
            district: task.district.clone(),
            number: task.number,
        }),
    });
    for a in &task.assignees {
        d.actions.push(Action::Dm {
            user: a.user.clone(),
            body: t::assigned(district.lang, &c.dir.prefix, &task, due.as_deref()),
        });
    }
    d.changes
        .push(c.audit(&task.district, "task", &task.id(), &task.text));
    d.changes.push(Change::PutTask(task));
    d
}

fn find(c: &Ctx<'_>, args: &[String], usage: &str) -> Result<Task, Decision> {
    let Some(arg) = args.first() else {
        return Err(c.answer(i18n::bad_arguments(c.lang, usage)));
    };
    let Some(n) = parse_id(arg) else {
        return Err(c.answer(i18n::bad_arguments(c.lang, usage)));
    };
    // In a DM the task may be of any district: the one that has it for this user.
    let found = match &c.ev.place {
        Place::District(p) => c.view.task(&p.district, n),
        _ => c
            .dir
            .districts
            .iter()
            .filter_map(|d| c.view.task(&d.slug, n))
            .find(|t| t.assignee(&c.ev.sender).is_some() || t.by == c.ev.sender),
    };
    found.ok_or_else(|| c.answer(t::no_task(c.lang, arg)))
}

/// `!done T-<n> [note]`: an assignee's part is done (with evidence, if the task needs it).
pub fn cmd_done(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let mut task = match find(c, args, usage) {
        Ok(t) => t,
        Err(d) => return d,
    };
    let lang = c.lang;
    if !task.is_open() {
        return c.answer(t::not_open(lang, &task, c.now_ms));
    }
    let Some(me) = task.assignee(&c.ev.sender).cloned() else {
        return c.answer(t::not_yours(lang, &task));
    };
    if me.done.is_some() {
        return c.answer(t::not_open(lang, &task, c.now_ms));
    }
    let evidence = c.view.task_evidence(&task.district, task.number);
    let met = task.need == Need::None
        || evidence
            .iter()
            .any(|e| me.evidence.contains(&e.number) && task.need.met_by(e.kind));
    if !met {
        return c.answer(t::needs_evidence(lang, &task));
    }
    let note: String = args[1..].join(" ").chars().take(500).collect();
    if let Some(a) = task.assignees.iter_mut().find(|a| a.user == c.ev.sender) {
        a.done = Some(Step {
            by: c.ev.sender.clone(),
            at_ms: c.ev.origin_ts_ms,
        });
        a.note = (!note.is_empty()).then_some(note.clone());
    }
    let mut d = Decision::default();
    edit_card(c, &task, &evidence, &mut d);
    d.actions.push(c.reply(t::done(lang, &task, &c.ev.sender)));
    if task.is_done() && task.by != c.ev.sender {
        d.actions.push(Action::Dm {
            user: task.by.clone(),
            body: t::done(lang, &task, &c.ev.sender),
        });
    }
    d.changes
        .push(c.audit(&task.district, "task_done", &task.id(), &note));
    d.changes.push(Change::PutTask(task));
    d
}

/// `!cancel T-<n>`: by whoever gave it, or an officer.
pub fn cmd_cancel(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let mut task = match find(c, args, usage) {
        Ok(t) => t,
        Err(d) => return d,
    };
    let lang = c.lang;
    let officer = c
        .district(&task.district)
        .is_some_and(|d| d.is_officer(&c.ev.sender));
    if task.by != c.ev.sender && !officer {
        return c.answer(t::not_giver(lang, &task));
    }
    if !task.is_open() {
        return c.answer(t::not_open(lang, &task, c.now_ms));
    }
    task.cancelled = Some(Step {
        by: c.ev.sender.clone(),
        at_ms: c.ev.origin_ts_ms,
    });
    let evidence = c.view.task_evidence(&task.district, task.number);
    let mut d = Decision::default();
    edit_card(c, &task, &evidence, &mut d);
    for a in task.assignees.iter().filter(|a| a.done.is_none()) {
        d.actions.push(Action::Dm {
            user: a.user.clone(),
            body: t::cancelled(lang, &task),
        });
    }
    d.actions.push(c.reply(t::cancelled(lang, &task)));
    d.changes
        .push(c.audit(&task.district, "task_cancel", &task.id(), ""));
    d.changes.push(Change::PutTask(task));
    d
}

/// `!tasks [open|mine|overdue]`: the desk's station, the district in the control room, one's
/// own in a DM.
pub fn cmd_tasks(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let which = args.first().map_or("open", String::as_str).to_lowercase();
    let me = c.ev.sender.as_str();
    let mine = |t: &Task| t.by == me || t.assignee(me).is_some();
    let (district, station) = match &c.ev.place {
        Place::District(p) => match scope(c) {
            Some((d, s)) => (d.slug.clone(), s),
            None => (p.district.clone(), None),
        },
        _ => (String::new(), None),
    };
    let keep = |t: &Task| -> Option<bool> {
        Some(match which.as_str() {
            "open" | "खुले" => true,
            "mine" | "मेरे" => mine(t),
            "overdue" | "देर" => t.overdue(c.now_ms),
            _ => return None,
        })
    };
    let mut lines = Vec::new();
    let mut tasks = c.view.open_tasks(&district);
    tasks.sort_by_key(|t| t.at_ms);
    for task in &tasks {
        let here = match (&c.ev.place, &station) {
            (Place::Dm, _) => mine(task),
            (_, Some(s)) => task.station.as_deref() == Some(s.as_str()),
            (_, None) => true,
        };
        match keep(task) {
            None => return c.answer(i18n::bad_arguments(c.lang, usage)),
            Some(true) if here => lines.push(t::list_line(c.lang, task, c.now_ms)),
            _ => {}
        }
    }
    if !matches!(
        which.as_str(),
        "open" | "खुले" | "mine" | "मेरे" | "overdue" | "देर"
    ) {
        return c.answer(i18n::bad_arguments(c.lang, usage));
    }
    c.answer(t::list(c.lang, &which, &lines))
}
