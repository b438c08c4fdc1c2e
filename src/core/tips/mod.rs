//! Anonymous two-way tips (SPEC §6 "Reports, tips and impersonation"): people hold back what
//! they know for fear of being known. `!tip [station] <text>` in a DM with the bot opens
//! `TIP-<n>` in the station's desk, and the card says "anonymous". Photos and a location sent
//! within the evidence window go on as the bot's own re-uploads (a photo re-encoded, so no
//! EXIF, file name or thumbnail goes along); videos, voice notes and files are refused, as they
//! can give the sender away. Staff answer with `!reply TIP-<n>` (relayed by DM); the tipster
//! answers by replying in the DM (relayed into the card's thread). The tipster's account is in
//! the record only; an officer may `!reveal` it in the control room — audited, and the tipster
//! is told. The staff-side commands are in [`commands`].

pub mod commands;
pub mod model;
mod texts;

use crate::core::action::{Action, Tracked};
use crate::core::change::Change;
use crate::core::command::rest_after;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::{MediaKind, Place};
use crate::core::vetting::model::VolunteerStatus;
use model::{Said, Tip, TipMessage, TipRef};

/// `!tip [station] <text>`: a DM only; said in a room, it is removed at once.
pub fn cmd_tip(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    if c.ev.place != Place::Dm {
        return Decision {
            actions: vec![
                Action::Redact {
                    room_id: c.ev.room_id.clone(),
                    event_id: c.ev.event_id.clone(),
                },
                Action::Dm {
                    user: c.ev.sender.clone(),
                    body: texts::only_in_dm(c.lang, &c.dir.prefix),
                },
            ],
            changes: vec![],
        };
    }
    let body = c.ev.body_text().unwrap_or_default();
    let (place, text) = match args.first().and_then(|a| named_station(c, a)) {
        Some(s) => (Some(s), rest_after(body, 2)),
        None => (home_station(c), rest_after(body, 1)),
    };
    if text.is_empty() {
        return c.answer(crate::core::i18n::bad_arguments(c.lang, usage));
    }
    let Some((district, station, desk)) = place.and_then(|(d, s)| {
        let desk = c.room(&d, RoomKind::Desk(s.clone()))?;
        Some((d, s, desk))
    }) else {
        return c.answer(texts::which_station(c.lang, &c.dir.prefix, &stations(c)));
    };
    let tip = Tip {
        v: 1,
        number: c.view.last_tip_number(&district) + 1,
        district: district.clone(),
        station: station.clone(),
        tipster: c.ev.sender.clone(),
        dm_room: c.ev.room_id.clone(),
        text: text.chars().take(4000).collect(),
        at_ms: c.ev.origin_ts_ms,
        last_from_tipster_ms: c.ev.origin_ts_ms,
        messages: vec![],
        reveals: vec![],
        card_event: None,
    };
    let (id, name) = (tip.id(), c.station_name(&district, &station));
    let window = crate::core::time::duration(c.lang, c.dir.reports.evidence_window_ms);
    let when = c.when(tip.at_ms);
    Decision {
        actions: vec![
            Action::Card {
                room_id: desk,
                body: texts::card(c.lang, &c.dir.prefix, &id, &name, &when, &tip.text),
                of: Tracked::Tip(TipRef::from(&tip)),
            },
            c.reply(texts::opened(c.lang, &id, &name, &window)),
        ],
        changes: vec![anonymous_audit(c, &tip, "tip"), Change::PutTip(tip)],
    }
}

/// An audit line of the tipster's own doing: by "anonymous", never by account.
fn anonymous_audit(c: &Ctx<'_>, tip: &Tip, action: &str) -> Change {
    let mut a = c.audit(&tip.district, action, &tip.id(), &tip.station);
    if let Change::Audit(entry) = &mut a {
        entry.actor = "anonymous".into();
        entry.event_id.clear();
    }
    a
}

/// A station named by slug or by name (either language), in any district.
fn named_station(c: &Ctx<'_>, arg: &str) -> Option<(String, String)> {
    let a = arg.to_lowercase();
    c.dir.districts.iter().find_map(|d| {
        d.stations
            .iter()
            .find(|s| s.slug == a || s.names.en.to_lowercase() == a || s.names.hi == arg)
            .map(|s| (d.slug.clone(), s.slug.clone()))
    })
}

/// The tipster's own station (their newest active volunteer record), or the only station.
fn home_station(c: &Ctx<'_>) -> Option<(String, String)> {
    let own = c
        .view
        .volunteer_records(&c.ev.sender)
        .into_iter()
        .filter(|v| v.status == VolunteerStatus::Active)
        .max_by_key(|v| v.since_ms)
        .map(|v| (v.district, v.station));
    let mut all = c
        .dir
        .districts
        .iter()
        .flat_map(|d| d.stations.iter().map(|s| (d.slug.clone(), s.slug.clone())));
    own.or_else(|| match (all.next(), all.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    })
}

fn stations(c: &Ctx<'_>) -> String {
    let names: Vec<String> = c
        .dir
        .districts
        .iter()
        .flat_map(|d| d.stations.iter())
        .map(|s| format!("{} ({})", s.slug, s.names.get(c.lang)))
        .collect();
    names.join(", ")
}

/// The sender's tip whose conversation is this direct chat.
fn tip_here(c: &Ctx<'_>) -> Option<Tip> {
    if c.ev.place != Place::Dm {
        return None;
    }
    c.view
        .latest_tip_of(&c.ev.sender)
        .filter(|t| t.dm_room == c.ev.room_id)
}

/// A reply in the DM of someone who sent a tip: relayed into the card's thread.
pub fn on_dm_reply(c: &Ctx<'_>, body: &str) -> Option<Decision> {
    c.ev.reply_to.as_ref()?;
    let mut tip = tip_here(c)?;
    let desk = c.room(&tip.district, RoomKind::Desk(tip.station.clone()))?;
    let id = tip.id();
    let text: String = body.chars().take(4000).collect();
    let said = texts::tipster_says(c.lang, &id, &text);
    let to_desk = match &tip.card_event {
        Some(card) => Action::Label {
            room_id: desk,
            event_id: card.clone(),
            body: said,
        },
        None => Action::Notice {
            room_id: desk,
            body: said,
            card: None,
        },
    };
    tip.last_from_tipster_ms = c.ev.origin_ts_ms;
    tip.messages.push(TipMessage {
        said: Said::Tipster,
        at_ms: c.ev.origin_ts_ms,
        text,
        media: None,
    });
    Some(Decision {
        actions: vec![to_desk, c.reply(texts::passed_on(c.lang, &id))],
        changes: vec![anonymous_audit(c, &tip, "tip message"), Change::PutTip(tip)],
    })
}

/// A photo or location sent soon after the tip (or a reply in its conversation): passed on
/// as the bot's own; other media refused with why.
pub fn on_media(c: &Ctx<'_>, kind: MediaKind, content: &serde_json::Value) -> Option<Decision> {
    let mut tip = tip_here(c)?;
    let window = c.dir.reports.evidence_window_ms;
    let recent = c.ev.origin_ts_ms <= tip.last_from_tipster_ms.saturating_add(window);
    if !recent && c.ev.reply_to.is_none() {
        return None;
    }
    let id = tip.id();
    let word = kind.word(c.lang);
    let desk = c.room(&tip.district, RoomKind::Desk(tip.station.clone()))?;
    let caption = texts::media_caption(c.lang, &id, word);
    let pass_on = match kind {
        MediaKind::Image => Action::AnonymousImage {
            room_id: desk,
            content: content.clone(),
            caption,
        },
        MediaKind::Location => match geo_uri(content) {
            Some(geo) => Action::Copy {
                room_id: desk,
                content: serde_json::json!({ "msgtype": "m.location", "body": "", "geo_uri": geo }),
                caption,
                origin: None,
            },
            None => return Some(c.answer(texts::media_refused(c.lang, &id, word))),
        },
        MediaKind::Video | MediaKind::Audio | MediaKind::File => {
            return Some(c.answer(texts::media_refused(c.lang, &id, word)));
        }
    };
    tip.last_from_tipster_ms = c.ev.origin_ts_ms;
    tip.messages.push(TipMessage {
        said: Said::Tipster,
        at_ms: c.ev.origin_ts_ms,
        text: kind.name().to_string(),
        media: Some(kind),
    });
    Some(Decision {
        actions: vec![pass_on, c.reply(texts::passed_on(c.lang, &id))],
        changes: vec![anonymous_audit(c, &tip, "tip media"), Change::PutTip(tip)],
    })
}

/// A location's `geo:` URI, if it is one (nothing else of the original goes on).
fn geo_uri(content: &serde_json::Value) -> Option<String> {
    let geo = content["geo_uri"].as_str()?;
    let ok = geo.len() <= 100
        && geo.starts_with("geo:")
        && geo[4..]
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ".,;-=".contains(ch));
    ok.then(|| geo.to_string())
}

#[cfg(test)]
mod tests;
