//! `!announce <text>` (SPEC §5): station staff post an announcement from their desk to their
//! own station room, marked as official. Through the outbox like every effect, so a restart
//! neither loses nor repeats it.

use super::texts as t;
use crate::core::action::Action;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::Place;
use crate::core::i18n;

/// Longest announcement accepted (Matrix events are limited to 64 KiB in all).
const MAX_CHARS: usize = 4000;

pub fn cmd_announce(c: &Ctx<'_>, args: &[String], usage: &str) -> Decision {
    let Place::District(p) = &c.ev.place else {
        return c.answer(i18n::NOT_HERE.get(c.lang));
    };
    let Some(station) = p.kind.station_slug() else {
        return c.answer(i18n::NOT_HERE.get(c.lang));
    };
    // The text as typed after the command (keeps line breaks), not the split words.
    let text = c.ev.body_text().map_or_else(
        || args.join(" "),
        |b| crate::core::command::rest_after(b, 1).to_string(),
    );
    if text.is_empty() || text.chars().count() > MAX_CHARS {
        return c.answer(i18n::bad_arguments(c.lang, usage));
    }
    let Some(room_id) = c.room(&p.district, RoomKind::Station(station.to_string())) else {
        return c.answer(crate::core::i18n::NO_STATION_ROOM.get(c.lang));
    };
    let name = c.station_name(&p.district, station);
    Decision {
        actions: vec![
            Action::Notice {
                room_id,
                body: t::announcement(c.lang, &name, &text),
                card: None,
            },
            c.reply(t::announced(c.lang, &name)),
        ],
        changes: vec![c.audit(&p.district, "announce", station, &text)],
    }
}
