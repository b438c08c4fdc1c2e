//! The texts of reports and alerts (SPEC §6 "Reports"), Hindi and English.

use super::district::Lang;

pub fn call_112(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi => {
            "🚨 अगर यह आपात स्थिति है तो तुरंत 112 पर कॉल करें। थाने और ज़िला नियंत्रण कक्ष को सूचना भेज दी गई है।"
        }
        Lang::En => {
            "🚨 If this is an emergency, call 112 now. The station and the district control room have been alerted."
        }
    }
}

pub fn emergency_alert(
    lang: Lang,
    word: &str,
    station: &str,
    sender: &str,
    excerpt: &str,
    link: &str,
) -> String {
    match lang {
        Lang::Hi => format!("🚨 आपात शब्द “{word}” — थाना {station}, {sender}: “{excerpt}” {link}"),
        Lang::En => {
            format!("🚨 Emergency word “{word}” — {station} station, {sender}: “{excerpt}” {link}")
        }
    }
}

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
