//! `!fact false|true|misleading|withdraw <clarification>` (a reply to a copy, the alert or a
//! tipline request), `!facts`, and the tipline: a message sent to the bot in a DM.

use super::fingerprint::{self, Fingerprint};
use super::texts as t;
use super::{RumourItem, Verdict, VerdictKind};
use crate::core::action::{Action, Tracked};
use crate::core::command::rest_after;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::{District, RoomKind};
use crate::core::event::Place;
use crate::core::i18n;
use crate::core::text::excerpt;
use crate::core::{change::Change, vetting::model::VolunteerStatus};

pub fn cmd_fact(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let lang = c.lang;
    let Place::District(p) = &c.ev.place else {
        return Decision::default();
    };
    let Some(word) = args.first() else {
        return c.answer(i18n::bad_arguments(lang, usage));
    };
    let withdraw = matches!(word.to_lowercase().as_str(), "withdraw" | "वापस");
    let kind = VerdictKind::parse(word);
    if kind.is_none() && !withdraw {
        return c.answer(i18n::bad_arguments(lang, usage));
    }
    let found =
        c.ev.reply_to
            .as_deref()
            .and_then(|e| c.view.rumour_by_event(e))
            .filter(|(d, _)| *d == p.district)
            .and_then(|(d, id)| c.view.rumour_item(&d, &id));
    let Some(mut item) = found else {
        return c.answer(t::not_a_copy(lang, &c.dir.prefix));
    };
    // Everything after the verdict word, line breaks kept.
    let text: String = rest_after(c.ev.body_text().unwrap_or_default(), 2)
        .chars()
        .take(1000)
        .collect();
    let mut d = Decision::default();
    if let Some(old) = item.verdict.take() {
        item.history.push(old);
    }
    let Some(kind) = kind else {
        d.actions.push(c.reply(t::withdrawn(lang)));
        d.changes
            .push(c.audit(&p.district, "fact_withdraw", &item.id, &item.excerpt));
        d.changes.push(Change::PutRumourItem(item));
        return d;
    };
    if text.is_empty() {
        return c.answer(t::no_clarification(lang));
    }
    let v = Verdict {
        kind,
        clarification: text,
        by: c.ev.sender.clone(),
        at_ms: c.ev.origin_ts_ms,
    };
    // Under every copy still remembered, and to everyone who asked.
    let body = t::verdict(lang, &v);
    for s in &mut item.sightings {
        d.actions.push(Action::Label {
            room_id: s.room_id.clone(),
            event_id: s.event_id.clone(),
            body: body.clone(),
        });
        s.labelled = true;
    }
    for who in &item.askers {
        d.actions.push(Action::Dm {
            user: who.clone(),
            body: t::tip_known(lang, &v),
        });
    }
    if let (Some(alert), Some(control)) =
        (&item.alert_event, c.room(&p.district, RoomKind::Control))
    {
        d.actions.push(Action::Edit {
            room_id: control,
            event_id: alert.clone(),
            body: format!("{}\n{body}", excerpt(&item.excerpt, 200)),
        });
    }
    d.actions.push(c.reply(t::recorded(
        lang,
        &v,
        item.sightings.len(),
        item.askers.len(),
    )));
    let detail = format!("{:?}: {}", v.kind, v.clarification).to_lowercase();
    d.changes
        .push(c.audit(&p.district, "fact", &item.id, &detail));
    item.verdict = Some(v);
    d.changes.push(Change::PutRumourItem(item));
    d
}

/// `!facts`: the newest verdicts of the district (in a DM: of every district).
pub fn cmd_facts(c: &Ctx<'_>) -> Decision {
    let districts: Vec<&District> = match &c.ev.place {
        Place::District(p) => c.district(&p.district).into_iter().collect(),
        _ => c.dir.districts.iter().collect(),
    };
    let mut items: Vec<RumourItem> = districts
        .iter()
        .flat_map(|d| c.view.rumour_verdicts(&d.slug))
        .collect();
    items.sort_by_key(|i| std::cmp::Reverse(i.verdict.as_ref().map_or(0, |v| v.at_ms)));
    items.truncate(10);
    c.answer(t::facts(c.lang, &items))
}

/// The district a tipline question goes to: where the content was seen, else the asker's
/// station's, else the first.
fn tip_district<'a>(c: &'a Ctx<'_>, fp: &Fingerprint) -> Option<(&'a District, Option<String>)> {
    for d in &c.dir.districts {
        if let Some(id) = c.view.rumour_match(&d.slug, fp) {
            return Some((d, Some(id)));
        }
    }
    let home = c
        .view
        .volunteer_records(&c.ev.sender)
        .into_iter()
        .filter(|v| v.status == VolunteerStatus::Active)
        .max_by_key(|v| v.since_ms)
        .and_then(|v| c.district(&v.district));
    home.or(c.dir.districts.first()).map(|d| (d, None))
}

/// A message sent to the bot in a DM: the verdict if there is one, else queued for checking.
/// `None` when it is too short to be a forwarded message.
pub fn on_tip(c: &Ctx<'_>, text: &str) -> Option<Decision> {
    if !c.dir.rumours.enabled || !matches!(c.ev.place, Place::Dm) {
        return None;
    }
    let fp = fingerprint::of_text(text)?;
    let (district, found) = tip_district(c, &fp)?;
    let lang = district.lang;
    let id = found.unwrap_or_else(|| format!("{:016x}", fp.exact));
    let mut item = c
        .view
        .rumour_item(&district.slug, &id)
        .unwrap_or_else(|| RumourItem {
            id: id.clone(),
            ..RumourItem::new(c.ev, &district.slug, &fp, excerpt(text, 300), false)
        });
    let mut d = Decision::default();
    if let Some(v) = &item.verdict {
        d.actions.push(c.reply(t::tip_known(lang, v)));
        return Some(d);
    }
    d.actions.push(c.reply(t::tip_queued(lang)));
    if !item.askers.contains(&c.ev.sender) {
        item.askers.push(c.ev.sender.clone());
    }
    let body = t::request(lang, &item, &c.dir.prefix);
    let control = c.room(&district.slug, RoomKind::Control);
    match (&item.request_event, control) {
        (Some(req), Some(control)) => d.actions.push(Action::Edit {
            room_id: control,
            event_id: req.clone(),
            body,
        }),
        (None, Some(control)) if item.askers.len() == 1 => d.actions.push(Action::Card {
            room_id: control,
            body,
            of: Tracked::RumourRequest {
                district: district.slug.clone(),
                item: item.id.clone(),
            },
        }),
        _ => {}
    }
    d.changes
        .push(c.audit(&district.slug, "tipline", &item.id, ""));
    // Later askers with a slightly different copy find it too.
    d.changes.push(Change::PutSighting {
        district: district.slug.clone(),
        item: item.id.clone(),
        event_id: c.ev.event_id.clone(),
        at_ms: c.ev.origin_ts_ms,
        fp,
    });
    d.changes.push(Change::PutRumourItem(item));
    Some(d)
}
