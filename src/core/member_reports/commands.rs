//! Staff's decisions on a member's report: `!remove R-<n>`, `!warn R-<n>` (the warning itself
//! is moderation's, composed by the router), `!dismiss R-<n>`, `!restore R-<n>`, and 🗑️ ⚠️ 👌
//! on the card. A desk sees its own station's reports, the control room the district's.

use super::model::{Decided, MemberReport, Verdict, parse_report_id};
use super::{desk, room_name, show_card, texts};
use crate::core::action::Action;
use crate::core::change::Change;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::Place;
use crate::core::i18n;

/// Whether a command's first argument names a report (`R-3`), not a member.
pub fn names_a_report(args: &[String]) -> bool {
    args.first().and_then(|a| parse_report_id(a)).is_some()
}

fn find(c: &Ctx<'_>, args: &[String], usage: &str) -> Result<MemberReport, Decision> {
    let Some(arg) = args.first() else {
        return Err(c.answer(i18n::bad_arguments(c.lang, usage)));
    };
    let missing = || c.answer(texts::no_such_report(c.lang, arg));
    let Place::District(p) = &c.ev.place else {
        return Err(missing());
    };
    let r = parse_report_id(arg)
        .and_then(|n| c.view.member_report(&p.district, n))
        .ok_or_else(missing)?;
    let visible = match &p.kind {
        RoomKind::Control => true,
        RoomKind::Desk(s) => r.station.as_deref() == Some(s.as_str()),
        _ => false,
    };
    if !visible {
        return Err(missing());
    }
    Ok(r)
}

/// What staff may do to a report: one decision each.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Remove,
    Warn,
    Dismiss,
    Restore,
}

impl Step {
    pub fn of_reaction(key: &str) -> Option<Step> {
        Some(match key.trim_end_matches('\u{FE0F}') {
            "🗑" => Step::Remove,
            "⚠" => Step::Warn,
            "👌" => Step::Dismiss,
            _ => return None,
        })
    }
}

/// `!remove`, `!warn`, `!dismiss`, `!restore` with a report id. For a warning, the reported
/// sender is returned too: the router adds moderation's warning of them.
pub fn cmd(c: &Ctx<'_>, step: Step, args: &[String], usage: &str) -> (Decision, Option<String>) {
    match find(c, args, usage) {
        Ok(r) => decide(c, step, r),
        Err(d) => (d, None),
    }
}

/// A reaction on a report's card; `None` when the card is not a report's.
pub fn on_reaction(c: &Ctx<'_>, key: &str, card: &str) -> Option<(Decision, Option<String>)> {
    let step = Step::of_reaction(key)?;
    let r = c.view.member_report_by_card(card)?;
    let ok = match &c.ev.place {
        Place::District(p) => match &p.kind {
            RoomKind::Control => true,
            RoomKind::Desk(s) => r.station.as_deref() == Some(s.as_str()),
            _ => false,
        },
        _ => false,
    };
    ok.then(|| decide(c, step, r))
}

fn decide(c: &Ctx<'_>, step: Step, mut r: MemberReport) -> (Decision, Option<String>) {
    let id = r.id();
    if let Some(x) = &r.decided {
        return (c.answer(texts::already(c.lang, &id, x.verdict)), None);
    }
    let Some(d) = c.district(&r.district) else {
        return (Decision::default(), None);
    };
    let room = room_name(c, d, &r);
    let mut actions = Vec::new();
    let verdict = match step {
        // A dismissed message that was removed pending review comes back as a re-post.
        Step::Restore | Step::Dismiss if r.hidden_ms.is_some() => {
            let when = r
                .sent_ms
                .map_or_else(|| c.when(r.reporters[0].at_ms), |ms| c.when(ms));
            actions.push(Action::Notice {
                room_id: r.room_id.clone(),
                body: texts::restored_post(c.lang, &r.sender, &when, &r.text),
                card: None,
            });
            Verdict::Restored
        }
        Step::Restore => return (c.answer(texts::not_hidden(c.lang, &id)), None),
        Step::Dismiss => Verdict::Dismissed,
        // A reported account: removed from the room, or warned; there is no message to remove.
        Step::Remove if r.is_about_user() => {
            actions.push(Action::Kick {
                room_id: r.room_id.clone(),
                user: r.sender.clone(),
                reason: texts::kick_reason(c.lang),
            });
            Verdict::Removed
        }
        Step::Warn if r.is_about_user() => Verdict::Warned,
        Step::Remove | Step::Warn => {
            if r.hidden_ms.is_none() {
                actions.push(Action::Redact {
                    room_id: r.room_id.clone(),
                    event_id: r.event_id.clone(),
                });
            }
            if step == Step::Remove {
                actions.push(Action::Dm {
                    user: r.sender.clone(),
                    body: texts::sender_told_removed(c.lang, &room),
                });
                Verdict::Removed
            } else {
                Verdict::Warned
            }
        }
    };
    let mut told: Vec<&str> = r.reporters.iter().map(|x| x.user.as_str()).collect();
    told.sort_unstable();
    told.dedup();
    actions.extend(told.into_iter().map(|user| Action::Dm {
        user: user.to_string(),
        body: texts::reporter_told(c.lang, &room, verdict),
    }));
    r.decided = Some(Decided {
        verdict,
        by: c.ev.sender.clone(),
        at_ms: c.now_ms,
    });
    actions.extend(show_card(c, d, &r));
    if desk(c, &r).is_some_and(|room| room == c.ev.room_id) && step != Step::Warn {
        actions.push(c.reply(texts::done(c.lang, &id, verdict)));
    }
    let warn = (verdict == Verdict::Warned).then(|| r.sender.clone());
    let changes = vec![
        c.audit(
            &r.district,
            &format!("report {}", verdict.name()),
            &id,
            &r.sender,
        ),
        Change::PutMemberReport(r),
    ];
    (Decision { actions, changes }, warn)
}
