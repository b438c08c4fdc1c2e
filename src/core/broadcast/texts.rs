//! The texts of announcements and district broadcasts, Hindi and English.

use super::model::Broadcast;
use crate::core::district::Lang;

pub fn announcement(lang: Lang, station: &str, text: &str) -> String {
    match lang {
        Lang::Hi => format!("📢 थाना {station} की घोषणा:\n{text}"),
        Lang::En => format!("📢 Announcement from {station} police station:\n{text}"),
    }
}

pub fn announced(lang: Lang, station: &str) -> String {
    match lang {
        Lang::Hi => format!("✅ थाना {station} के समूह में भेज दी गई।"),
        Lang::En => format!("✅ Posted to the {station} station room."),
    }
}

pub fn unknown_stations(lang: Lang, unknown: &[&str], known: &[&str]) -> String {
    match lang {
        Lang::Hi => format!(
            "ये थाने नहीं मिले: {}। थाने: {}",
            unknown.join(", "),
            known.join(", ")
        ),
        Lang::En => format!(
            "No such station: {}. Stations: {}",
            unknown.join(", "),
            known.join(", ")
        ),
    }
}

/// A station's copy names the office that sent it ("SP Lucknow's office"), so members know
/// whose word it is.
pub fn broadcast_text(lang: Lang, office: &str, text: &str) -> String {
    match lang {
        Lang::Hi => format!("📣 {office} की सूचना:\n{text}"),
        Lang::En => format!("📣 From {office}:\n{text}"),
    }
}

/// The reply posted under the progress reply once every room is done: a new message, so no
/// client can leave the officer looking at an older edit.
pub fn broadcast_final(lang: Lang, b: &Broadcast) -> String {
    let (n, total, failed) = (b.delivered.len(), b.rooms.len(), b.failed.len());
    match (lang, failed) {
        (Lang::Hi, 0) => format!("✅ प्रसारण पूरा: सभी {total} समूहों में पहुँचा।"),
        (Lang::En, 0) => format!("✅ Broadcast done: delivered to all {total} rooms."),
        (Lang::Hi, f) => {
            format!("⚠️ प्रसारण पूरा: {n}/{total} समूहों में पहुँचा, {f} में नहीं (कारण ऊपर की प्रगति में)।")
        }
        (Lang::En, f) => format!(
            "⚠️ Broadcast done: delivered {n}/{total}, {f} failed (reasons in the progress above)."
        ),
    }
}

/// The progress reply: delivered n/N, then each failure with its reason.
pub fn broadcast_progress(lang: Lang, b: &Broadcast) -> String {
    let (n, total) = (b.delivered.len(), b.rooms.len());
    let mut out = match (lang, b.done()) {
        (Lang::Hi, false) => format!("📣 प्रसारण जारी: {n}/{total} समूहों में पहुँचा…"),
        (Lang::En, false) => format!("📣 Broadcasting: delivered {n}/{total}…"),
        (Lang::Hi, true) => format!("📣 प्रसारण पूरा: {n}/{total} समूहों में पहुँचा।"),
        (Lang::En, true) => format!("📣 Broadcast finished: delivered {n}/{total}."),
    };
    for (room, why) in &b.failed {
        let name = b.rooms.get(room).map_or(room.as_str(), String::as_str);
        out.push_str(&match lang {
            Lang::Hi => format!("\n❌ {name}: {why}"),
            Lang::En => format!("\n❌ {name}: {why}"),
        });
    }
    out
}
