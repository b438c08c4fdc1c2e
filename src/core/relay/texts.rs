//! The texts of relay rules, Hindi and English.

use super::RelayRule;
use crate::core::ctx::Ctx;
use crate::core::district::{District, Lang, RoomKind};

/// A district room as people call it.
pub fn room_name(c: &Ctx<'_>, d: &District, k: &RoomKind) -> String {
    let station = |s: &str| {
        d.station(s)
            .map_or(s.to_string(), |st| st.names.get(d.lang).to_string())
    };
    match (d.lang, k) {
        (Lang::Hi, RoomKind::Station(s)) => format!("थाना {}", station(s)),
        (Lang::En, RoomKind::Station(s)) => format!("{} station", station(s)),
        (Lang::Hi, RoomKind::Desk(s)) => format!("थाना {} डेस्क", station(s)),
        (Lang::En, RoomKind::Desk(s)) => format!("{} desk", station(s)),
        (Lang::Hi, RoomKind::Control) => "कंट्रोल रूम".into(),
        (Lang::En, RoomKind::Control) => "control room".into(),
        (Lang::Hi, RoomKind::Announcements) => "सूचना कक्ष".into(),
        (Lang::En, RoomKind::Announcements) => "announcements".into(),
        _ => c.ev.room_id.clone(),
    }
}

/// The line above a relayed copy; the executor puts the sender's display name for
/// `{sender}`.
pub fn attribution(lang: Lang, from: &str, link: &str) -> String {
    match lang {
        Lang::Hi => format!("↪ {from} से · {{sender}} — {link}"),
        Lang::En => format!("↪ from {from} · {{sender}} — {link}"),
    }
}

fn describe(lang: Lang, r: &RelayRule) -> String {
    let any = match lang {
        Lang::Hi => "सभी",
        Lang::En => "all",
    };
    let words = if r.words.is_empty() {
        any.to_string()
    } else {
        r.words.join(", ")
    };
    let kinds = if r.kinds.is_empty() {
        any.to_string()
    } else {
        r.kinds.join(",")
    };
    match lang {
        Lang::Hi => format!(
            "{}: {} → {} (भेजने वाले: {}; शब्द: {words}; प्रकार: {kinds}; {} द्वारा)",
            r.id(),
            r.from.show(),
            r.to.show(),
            r.senders.name(),
            r.by
        ),
        Lang::En => format!(
            "{}: {} → {} (senders: {}; words: {words}; kinds: {kinds}; by {})",
            r.id(),
            r.from.show(),
            r.to.show(),
            r.senders.name(),
            r.by
        ),
    }
}

pub fn added(lang: Lang, r: &RelayRule) -> String {
    match lang {
        Lang::Hi => format!("✅ नियम जोड़ा गया — {}", describe(lang, r)),
        Lang::En => format!("✅ Relay rule added — {}", describe(lang, r)),
    }
}

pub fn list(lang: Lang, rules: &[RelayRule]) -> String {
    if rules.is_empty() {
        return match lang {
            Lang::Hi => "कोई अग्रेषण नियम नहीं है।".into(),
            Lang::En => "No relay rules.".into(),
        };
    }
    let mut out = match lang {
        Lang::Hi => format!("अग्रेषण नियम: {}", rules.len()),
        Lang::En => format!("Relay rules: {}", rules.len()),
    };
    for r in rules {
        out.push_str("\n• ");
        out.push_str(&describe(lang, r));
    }
    out
}

pub fn removed(lang: Lang, r: &RelayRule) -> String {
    match lang {
        Lang::Hi => format!("🗑 नियम हटाया गया — {}", describe(lang, r)),
        Lang::En => format!("🗑 Relay rule removed — {}", describe(lang, r)),
    }
}

pub fn no_rule(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Hi => format!("नियम “{id}” नहीं मिला।"),
        Lang::En => format!("No relay rule “{id}”."),
    }
}

pub fn bad_room(lang: Lang, arg: &str, stations: &str) -> String {
    match lang {
        Lang::Hi => format!(
            "“{arg}” कोई कमरा नहीं है। लिखें: announcements, control, all-stations, desk (उसी थाने की डेस्क), <थाना>, desk:<थाना>। थाने: {stations}"
        ),
        Lang::En => format!(
            "“{arg}” is not a room. Write: announcements, control, all-stations, desk (the station's own desk), <station>, desk:<station>. Stations: {stations}"
        ),
    }
}

pub fn bad_flag(lang: Lang, flag: &str, value: &str, form: &str) -> String {
    match lang {
        Lang::Hi => format!("{flag} “{value}” समझ नहीं आया; लिखें: {form}"),
        Lang::En => format!("{flag} “{value}” is not understood; write: {form}"),
    }
}

pub fn own_desk_needs_station(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi => "“desk” (उसी थाने की डेस्क) केवल थाना समूहों से अग्रेषण में चलता है।",
        Lang::En => "“desk” (the station's own desk) works only for relays from station rooms.",
    }
}

pub fn same_room(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi => "एक कमरे से उसी कमरे में अग्रेषण नहीं हो सकता।",
        Lang::En => "A room cannot relay to itself.",
    }
}

pub fn would_loop(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Hi => format!("❌ यह नियम संदेशों को घुमाता रहेगा: {path}। नियम नहीं जोड़ा गया।"),
        Lang::En => format!("❌ This rule would relay messages in a circle: {path}. Not added."),
    }
}
