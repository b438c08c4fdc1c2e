//! The police side of a tip: `!reply TIP-<n> <text>` (staff of its station in their desk,
//! officers in the control room) and `!reveal TIP-<n> <reason>` (officers, control room only).

use super::model::{Reveal, Said, Tip, TipMessage, parse_tip_id};
use super::texts;
use crate::core::action::Action;
use crate::core::change::Change;
use crate::core::command::rest_after;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::Place;
use crate::core::i18n;

/// The tip an argument names, if the caller's room may see it: the control room sees the
/// district's, a desk its own station's. A tip of another station is "no such tip".
fn tip_for(c: &Ctx<'_>, arg: &str) -> Result<Tip, Decision> {
    let missing = || c.answer(texts::no_such_tip(c.lang, arg));
    let Place::District(p) = &c.ev.place else {
        return Err(missing());
    };
    let tip = parse_tip_id(arg)
        .and_then(|n| c.view.tip(&p.district, n))
        .ok_or_else(missing)?;
    match &p.kind {
        RoomKind::Control => Ok(tip),
        RoomKind::Desk(s) if *s == tip.station => Ok(tip),
        _ => Err(missing()),
    }
}

/// `<command> TIP-<n> <text>`: the tip, and the text after its id (at most `max` characters);
/// the usage when either is missing.
fn tip_and_text(
    c: &Ctx<'_>,
    args: &[String],
    usage: &str,
    max: usize,
) -> Result<(Tip, String), Decision> {
    let text = rest_after(c.ev.body_text().unwrap_or_default(), 2);
    let (Some(arg), false) = (args.first(), text.is_empty()) else {
        return Err(c.answer(i18n::bad_arguments(c.lang, usage)));
    };
    Ok((tip_for(c, arg)?, text.chars().take(max).collect()))
}

/// `!reply TIP-<n> <text>`: relayed to the tipster by DM, in the district's language.
pub fn cmd_reply(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let (mut tip, text) = match tip_and_text(c, args, usage, 4000) {
        Ok(v) => v,
        Err(d) => return d,
    };
    let id = tip.id();
    let station = c.station_name(&tip.district, &tip.station);
    let dm = Action::Dm {
        user: tip.tipster.clone(),
        body: texts::police_reply(c.lang, &id, &station, &text),
    };
    tip.messages.push(TipMessage {
        said: Said::Police {
            by: c.ev.sender.clone(),
        },
        at_ms: c.ev.origin_ts_ms,
        text,
        media: None,
    });
    Decision {
        actions: vec![dm, c.reply(texts::reply_sent(c.lang, &id))],
        changes: vec![
            c.audit(&tip.district, "tip reply", &id, ""),
            Change::PutTip(tip),
        ],
    }
}

/// `!reveal TIP-<n> <reason>`: who sent it, to the control room only — audited with the
/// reason, and the tipster is told that it happened.
pub fn cmd_reveal(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let (mut tip, reason) = match tip_and_text(c, args, usage, 500) {
        Ok(v) => v,
        Err(d) => return d,
    };
    let id = tip.id();
    let station = c.station_name(&tip.district, &tip.station);
    let district = c
        .district(&tip.district)
        .map(|d| d.names.get(c.lang).to_string())
        .unwrap_or_default();
    let actions = vec![
        c.reply(texts::revealed(
            c.lang,
            &id,
            &station,
            &tip.tipster,
            &c.ev.sender,
            &reason,
        )),
        Action::Dm {
            user: tip.tipster.clone(),
            body: texts::tipster_told_of_reveal(c.lang, &id, &district, &c.when(c.now_ms)),
        },
    ];
    tip.reveals.push(Reveal {
        by: c.ev.sender.clone(),
        at_ms: c.now_ms,
        reason: reason.clone(),
    });
    Decision {
        actions,
        changes: vec![
            c.audit(&tip.district, "tip reveal", &id, &reason),
            Change::PutTip(tip),
        ],
    }
}
