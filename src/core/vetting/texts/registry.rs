//! Texts of the volunteer registry and credentials: `!volunteers`, `!volunteer`, `!mycard`,
//! `!verify` and the ID-card policy, in Hindi and English.

use crate::core::district::Lang;
use crate::core::i18n::pick;
use crate::core::vetting::model::VolunteerStatus;

pub fn volunteers_header(lang: Lang, total: usize) -> String {
    pick(
        lang,
        format!("सक्रिय स्वयंसेवक: {total}"),
        format!("Active volunteers: {total}"),
    )
}

pub fn status_name(lang: Lang, s: VolunteerStatus) -> &'static str {
    match (lang, s) {
        (Lang::Hi, VolunteerStatus::Active) => "सक्रिय",
        (Lang::Hi, VolunteerStatus::Left) => "समूह छोड़ा",
        (Lang::Hi, VolunteerStatus::Removed) => "हटाए गए",
        (Lang::Hi, VolunteerStatus::Blocked) => "प्रतिबंधित",
        (Lang::En, VolunteerStatus::Active) => "active",
        (Lang::En, VolunteerStatus::Left) => "left",
        (Lang::En, VolunteerStatus::Removed) => "removed",
        (Lang::En, VolunteerStatus::Blocked) => "blocked",
    }
}

/// One line of a volunteer's profile: a station where they are (or were) registered.
pub struct ProfileLine<'a> {
    pub station: &'a str,
    pub category: &'a str,
    pub since: &'a str,
    pub approved_by: &'a str,
    pub status: VolunteerStatus,
}

pub fn profile_line(lang: Lang, l: &ProfileLine<'_>) -> String {
    let status = status_name(lang, l.status);
    let ProfileLine {
        station,
        category,
        since,
        approved_by,
        ..
    } = l;
    pick(
        lang,
        format!("• {station} — {category} — {since} से — स्वीकृत: {approved_by} — {status}"),
        format!("• {station} — {category} — since {since} — approved by {approved_by} — {status}"),
    )
}

pub fn credential(lang: Lang, station: &str, since: &str, code: &str) -> String {
    pick(
        lang,
        format!(
            "डिजिटल स्वयंसेवक पहचान — थाना {station}\nसदस्य: {since} से\nसत्यापन कोड: {code}\nकोई भी इसे “!verify {code}” लिखकर जाँच सकता है।\nयह पुलिस पहचान पत्र नहीं है: स्वयंसेवक नागरिक हैं, उनके पास कोई पुलिस अधिकार नहीं है।"
        ),
        format!(
            "Digital volunteer credential — {station} police station\nMember since: {since}\nVerification code: {code}\nAnyone can check it by sending “!verify {code}”.\nThis is not a police ID: volunteers are citizens and hold no police authority."
        ),
    )
}

pub fn no_card(lang: Lang) -> String {
    pick(
        lang,
        "आप अभी किसी थाने के पंजीकृत स्वयंसेवक नहीं हैं।".into(),
        "You are not a registered volunteer of any station yet.".into(),
    )
}

pub fn verify_ok(lang: Lang, station: &str, since: &str) -> String {
    pick(
        lang,
        format!(
            "✅ मान्य: थाना {station} के पंजीकृत डिजिटल स्वयंसेवक, {since} से। स्वयंसेवक नागरिक हैं, उनके पास कोई पुलिस अधिकार नहीं है।"
        ),
        format!(
            "✅ Valid: registered digital volunteer of {station} police station since {since}. Volunteers are citizens and hold no police authority."
        ),
    )
}

pub fn verify_bad(lang: Lang, code: &str) -> String {
    pick(
        lang,
        format!("❌ “{code}” मान्य कोड नहीं है (अज्ञात, रद्द या पूर्व स्वयंसेवक)।"),
        format!("❌ “{code}” is not a valid code (unknown, revoked or a former volunteer)."),
    )
}

pub fn idcard_policy(lang: Lang, prefix: &str) -> String {
    pick(
        lang,
        format!(
            "स्वयंसेवकों को पुलिस पहचान पत्र नहीं दिया जाता: स्वयंसेवक नागरिक हैं, उनके पास कोई पुलिस अधिकार नहीं है। इसके बदले आपको एक सत्यापन योग्य स्वयंसेवक पहचान मिलती है: बॉट को निजी संदेश में {prefix}mycard लिखें; कोई भी {prefix}verify <कोड> से उसकी जाँच कर सकता है।"
        ),
        format!(
            "Volunteers are not given police ID cards: volunteers are citizens and hold no police authority. Instead you get a verifiable volunteer credential: send {prefix}mycard to the bot in a direct chat; anyone can check it with {prefix}verify <code>."
        ),
    )
}

pub fn no_volunteer(lang: Lang, user: &str) -> String {
    pick(
        lang,
        format!("{user} इस थाने/ज़िले का स्वयंसेवक नहीं है।"),
        format!("{user} is not a volunteer here."),
    )
}
