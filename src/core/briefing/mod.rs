//! The briefing of a newly joined desk member (SPEC §6; issue #18 item 10). Matrix encryption
//! does not give a new member (or a new device) the keys to what was said before, so the desk's
//! history shows as "Unable to decrypt". The bot holds those records: when staff of the
//! station join the desk, it sends them by DM what is open now — tickets,
//! join requests and tasks of the station — each with its current card text.
//!
//! Pure: a decision on the Join event, built from the StateView.

use self::texts as t;
use crate::core::action::Action;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;

pub mod texts;

/// Cards per section; the rest are counted (`!tickets`, `!pending`, `!tasks` list them all).
pub const MAX_CARDS: usize = 15;

/// `user` joined the desk of `station`: their briefing by DM, if they work there.
pub fn on_desk_join(c: &Ctx<'_>, district: &str, station: &str, user: &str) -> Decision {
    let Some(d) = c.district(district) else {
        return Decision::default();
    };
    let staff_here = d
        .station(station)
        .is_some_and(|s| s.staff.iter().any(|u| u == user));
    // Officers are invited to every desk of the district: a briefing for each would be a
    // flood of DMs. They see the district in the control room; staff get their station's.
    if !staff_here || user == c.dir.bot_user {
        return Decision::default();
    }
    let mut tickets = c.view.open_tickets(district);
    tickets.retain(|tk| tk.station == station);
    tickets.sort_by_key(|tk| tk.number);
    let mut requests = c.view.open_requests(district, station);
    requests.sort_by_key(|r| r.at_ms);
    let mut tasks = c.view.open_tasks(district);
    tasks.retain(|task| task.station.as_deref() == Some(station));
    tasks.sort_by_key(|task| task.number);

    let cards = |texts: Vec<String>| -> (Vec<String>, usize) {
        let more = texts.len().saturating_sub(MAX_CARDS);
        (texts.into_iter().take(MAX_CARDS).collect(), more)
    };
    let sections = [
        (
            t::Section::Tickets,
            cards(
                tickets
                    .iter()
                    .map(|tk| crate::core::tickets::commands::card_body(c, tk))
                    .collect(),
            ),
        ),
        (
            t::Section::Requests,
            cards(
                requests
                    .iter()
                    .map(|r| crate::core::vetting::card_text(c, r, true))
                    .collect(),
            ),
        ),
        (
            t::Section::Tasks,
            cards(
                tasks
                    .iter()
                    .map(|task| {
                        let evidence = c.view.task_evidence(district, task.number);
                        crate::core::tasks::card::card_body(c, task, &evidence)
                    })
                    .collect(),
            ),
        ),
    ];
    let mut body = t::header(c.lang, &c.station_name(district, station));
    for (section, (texts, more)) in &sections {
        body.push_str("\n\n");
        body.push_str(&t::section(
            c.lang,
            *section,
            texts.len() + more,
            &c.dir.prefix,
        ));
        for text in texts {
            body.push_str("\n\n");
            body.push_str(text);
        }
        if *more > 0 {
            body.push_str("\n\n");
            body.push_str(&t::more(c.lang, *section, *more, &c.dir.prefix));
        }
    }
    Decision {
        actions: vec![Action::Dm {
            user: user.to_string(),
            body,
        }],
        changes: vec![],
    }
}

#[cfg(test)]
mod tests;
