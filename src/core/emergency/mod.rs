//! Emergency words (SPEC §6 "Reports"): a volunteer's message in a station room that names an
//! emergency (fire/आग, accident/दुर्घटना, riot/दंगा, murder/हत्या, kidnapping/अपहरण, …) raises an
//! immediate alert in the station desk and the district control room, with a link to the
//! message, and the sender is told to call 112. Words are matched on normalised text, so
//! spelling tricks and look-alike letters do not hide them. One alert per message, and at most
//! one per room per interval (a riot brings many such messages at once).
pub mod model;
pub mod texts;

pub use model::{DEFAULT_WORDS, EmergencyWords};

use self::texts as t;
use crate::core::action::Action;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::Place;
use crate::core::roles::Role;
use crate::core::{change::Change, moderation::settings::RoomSettings};

/// An alert for a volunteer's message in a station room, if it names an emergency.
pub fn on_text(c: &Ctx<'_>, body: &str) -> Option<Decision> {
    let Place::District(p) = &c.ev.place else {
        return None;
    };
    let RoomKind::Station(station) = &p.kind else {
        return None;
    };
    let words = c.dir.emergency.as_ref()?;
    let district = c.district(&p.district)?;
    if c.role != Role::Volunteer || c.is_privileged(district, &c.ev.sender) {
        return None;
    }
    let word = words.find(body)?;
    let settings = c.view.room_settings(&p.district, station);
    if settings
        .last_alert_ms
        .is_some_and(|last| c.now_ms < last.saturating_add(words.interval_ms))
    {
        return None;
    }
    let link = c.dir.link(&c.ev.room_id, &c.ev.event_id);
    let alert = t::emergency_alert(
        c.lang,
        word,
        &c.station_name(&p.district, station),
        &c.ev.sender,
        &crate::core::text::excerpt(body, 200),
        &link,
    );
    let mut d = Decision::default();
    d.actions.push(c.reply(t::call_112(c.lang)));
    for kind in [RoomKind::Desk(station.clone()), RoomKind::Control] {
        if let Some(room_id) = c.room(&p.district, kind) {
            d.actions.push(Action::Notice {
                room_id,
                body: alert.clone(),
                card: None,
            });
        }
    }
    d.changes
        .push(c.audit(&p.district, "emergency_alert", station, word));
    d.changes.push(Change::PutRoomSettings {
        district: p.district.clone(),
        station: station.clone(),
        settings: RoomSettings {
            last_alert_ms: Some(c.now_ms),
            ..settings
        },
    });
    Some(d)
}

#[cfg(test)]
mod tests;
