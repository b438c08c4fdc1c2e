//! The texts of locking station rooms (announcement-only), Hindi and English.

use crate::core::district::Lang;
use crate::core::i18n::pick;

pub fn lock_which(lang: Lang, prefix: &str) -> String {
    pick(
        lang,
        format!(
            "किस थाने का समूह? थाने का नाम (slug) या all लिखें, जैसे: {prefix}lock hazratganj 2h कारण"
        ),
        format!(
            "Which station's room? Give its slug or all, e.g. {prefix}lock hazratganj 2h reason"
        ),
    )
}

/// The notice in a station room when it is locked or unlocked.
pub fn lock_notice(lang: Lang, lock: bool, reason: &str, until: Option<&str>) -> String {
    let why = |hi: bool| match (reason.is_empty(), hi) {
        (true, _) => String::new(),
        (false, true) => format!(" कारण: {reason}।"),
        (false, false) => format!(" Reason: {reason}."),
    };
    match (lang, lock, until) {
        (Lang::Hi, true, Some(u)) => format!(
            "🔒 यह समूह {u} तक केवल घोषणाओं के लिए है; केवल स्टाफ़ संदेश भेज सकता है।{} आपात स्थिति में 112 पर कॉल करें।",
            why(true)
        ),
        (Lang::Hi, true, None) => format!(
            "🔒 यह समूह अगली सूचना तक केवल घोषणाओं के लिए है; केवल स्टाफ़ संदेश भेज सकता है।{} आपात स्थिति में 112 पर कॉल करें।",
            why(true)
        ),
        (Lang::En, true, Some(u)) => format!(
            "🔒 This room is announcement-only until {u}; only staff can post.{} In an emergency call 112.",
            why(false)
        ),
        (Lang::En, true, None) => format!(
            "🔒 This room is announcement-only until further notice; only staff can post.{} In an emergency call 112.",
            why(false)
        ),
        (Lang::Hi, false, _) => "🔓 समूह फिर से खुला: सभी सदस्य संदेश भेज सकते हैं।".into(),
        (Lang::En, false, _) => "🔓 The room is open again: everyone can post.".into(),
    }
}

pub fn lock_done(lang: Lang, lock: bool, rooms: usize) -> String {
    match (lang, lock) {
        (Lang::Hi, true) => format!("🔒 {rooms} थाना समूह केवल-घोषणा मोड में।"),
        (Lang::En, true) => format!("🔒 {rooms} station room(s) now announcement-only."),
        (Lang::Hi, false) => format!("🔓 {rooms} थाना समूह फिर से खुले।"),
        (Lang::En, false) => format!("🔓 {rooms} station room(s) open again."),
    }
}
