//! The moderation texts (SPEC §6), Hindi and English: the desk log, members' DMs, undo and
//! mutes here; the filter settings and the rules card in `texts/filters.rs`.

use crate::core::district::Lang;
use crate::core::i18n::{T, pick};
use crate::core::moderation::model::Measure;

/// What a rule is, in a line of the desk log and in DMs.
pub fn rule_name(lang: Lang, rule: &str) -> &'static str {
    let t = match rule {
        "greeting" => T::new("केवल अभिवादन", "greeting only"),
        "flood" => T::new("लगातार बहुत संदेश", "flooding"),
        "links" => T::new("नए सदस्य का लिंक", "link from a new member"),
        "atroom" => T::new("@room का प्रयोग", "@room"),
        "mentions" => T::new("बहुत सारे मेंशन", "too many mentions"),
        "malformed" => T::new("अपठनीय संदेश", "unreadable message"),
        "impersonation" => T::new("पुलिस जैसा नाम", "name posing as the police"),
        _ => T::new("स्टाफ़ द्वारा", "by staff"),
    };
    t.get(lang)
}

/// The reason a removal from a room carries. Membership reasons are public (every member reads
/// them), so they name the rule only: what staff wrote goes to the member's DM and the desk.
pub fn public_reason(lang: Lang, rule: &str) -> String {
    redact_reason(lang, &rule.split('+').collect::<Vec<_>>())
}

pub fn redact_reason(lang: Lang, rules: &[&str]) -> String {
    let names: Vec<&str> = rules.iter().map(|r| rule_name(lang, r)).collect();
    pick(
        lang,
        format!("साथी मॉडरेशन: {}", names.join(", ")),
        format!("Saathi moderation: {}", names.join(", ")),
    )
}

/// What was done, as the desk log and replies say it.
pub fn outcome(
    lang: Lang,
    m: &Measure,
    redacted: bool,
    now_ms: u64,
    strike: Option<(u32, u32)>,
) -> String {
    let mut parts = Vec::new();
    if redacted {
        parts.push(T::new("संदेश हटाया", "message removed").get(lang).to_string());
    }
    let measure = match m {
        Measure::None => None,
        Measure::Warn => Some(T::new("चेतावनी दी", "warned").get(lang).to_string()),
        Measure::Mute { until_ms } => Some(pick(
            lang,
            format!(
                "{} के लिए चुप कराया",
                crate::core::time::duration(lang, until_ms.saturating_sub(now_ms))
            ),
            format!(
                "muted for {}",
                crate::core::time::duration(lang, until_ms.saturating_sub(now_ms))
            ),
        )),
        Measure::Kick => Some(
            T::new("समूह से निकाला", "removed from the room")
                .get(lang)
                .to_string(),
        ),
        Measure::Ban => Some(
            T::new("समूह से प्रतिबंधित", "banned from the room")
                .get(lang)
                .to_string(),
        ),
        Measure::Unmute => Some(T::new("चुप्पी हटाई", "unmuted").get(lang).to_string()),
    };
    parts.extend(measure);
    if let Some((n, limit)) = strike {
        parts.push(pick(
            lang,
            format!("चेतावनी {n}/{limit}"),
            format!("strike {n}/{limit}"),
        ));
    }
    parts.join("; ")
}

/// One line of the desk's moderation log; `outcome` ends with the evidence link.
/// What a moderation line in the desk says.
pub struct DeskLine<'a> {
    pub prefix: &'a str,
    pub id: &'a str,
    pub rule: &'a str,
    pub target: &'a str,
    pub outcome: &'a str,
    /// The first words of what was posted (the desk is staff-only and encrypted).
    pub what: Option<&'a str>,
    pub link: &'a str,
    /// `!undo` is offered only where it does something (a removed message cannot come back).
    pub undoable: bool,
    pub dry_run: bool,
}

pub fn desk_line(lang: Lang, l: &DeskLine<'_>) -> String {
    let name = rule_name(lang, l.rule);
    let (id, target, outcome, p) = (l.id, l.target, l.outcome, l.prefix);
    let what = l
        .what
        .map(|w| format!(" “{}”", crate::core::text::excerpt(w, 60)))
        .unwrap_or_default();
    let link = l.link;
    match (lang, l.dry_run) {
        (Lang::Hi, false) => {
            let undo = if l.undoable {
                format!(" वापस लेने के लिए: {p}undo {id}।")
            } else {
                String::new()
            };
            format!("⚖️ [{id}] {name}: {target} — {outcome}।{what} {link}{undo}")
        }
        (Lang::En, false) => {
            let undo = if l.undoable {
                format!(" To reverse: {p}undo {id}.")
            } else {
                String::new()
            };
            format!("⚖️ [{id}] {name}: {target} — {outcome}.{what} {link}{undo}")
        }
        (Lang::Hi, true) => {
            format!("🧪 ड्राई रन [{id}] {name}: {target} — यह किया जाता: {outcome}।{what} {link}")
        }
        (Lang::En, true) => {
            format!("🧪 dry run [{id}] {name}: {target} — would have: {outcome}.{what} {link}")
        }
    }
}

/// The DM a member gets about an automatic or manual action (not greetings: see
/// [`greeting_reminder`]).
pub fn member_notice(
    lang: Lang,
    prefix: &str,
    station: &str,
    rule: &str,
    outcome: &str,
    reason: &str,
) -> String {
    let why = if rule == "manual" {
        reason.to_string()
    } else {
        rule_name(lang, rule).to_string()
    };
    pick(
        lang,
        format!(
            "थाना {station} समूह: {outcome} (कारण: {why})। कृपया समूह के नियम देखें: {prefix}rules। आपको लगता है कि यह गलती है, तो थाने से संपर्क करें।"
        ),
        format!(
            "{station} police station room: {outcome} (reason: {why}). Please see the room's rules: {prefix}rules. If you think this is a mistake, contact the station."
        ),
    )
}

pub const DRY_RUN_MARK: T = T::new(" (ड्राई रन)", " (dry run)");

pub const NOT_ON_STAFF: T = T::new(
    "स्टाफ़, अधिकारियों या बॉट पर यह कार्रवाई नहीं की जा सकती।",
    "Staff, officers and the bot cannot be actioned.",
);
pub const REDACTION_PERMANENT: T = T::new(
    "हटाया गया संदेश वापस नहीं लाया जा सकता।",
    "A removed message cannot be brought back.",
);

pub fn no_such_action(lang: Lang, id: &str) -> String {
    pick(
        lang,
        format!("“{id}” नाम की कोई कार्रवाई इस थाने में नहीं मिली।"),
        format!("No action “{id}” was found for this station."),
    )
}

pub fn already_undone(lang: Lang, id: &str, by: &str) -> String {
    pick(
        lang,
        format!("कार्रवाई {id} पहले ही {by} द्वारा वापस ली जा चुकी है।"),
        format!("Action {id} was already reversed by {by}."),
    )
}

pub fn dry_run_nothing(lang: Lang, id: &str) -> String {
    pick(
        lang,
        format!("कार्रवाई {id} ड्राई रन में थी; कुछ किया ही नहीं गया था।"),
        format!("Action {id} was a dry run; nothing was done."),
    )
}

pub fn undone(lang: Lang, id: &str, what: &str, permanent: bool) -> String {
    let note = if permanent {
        format!(" {}", REDACTION_PERMANENT.get(lang))
    } else {
        String::new()
    };
    pick(
        lang,
        format!("↩️ कार्रवाई {id} वापस ली: {what}।{note}"),
        format!("↩️ Reversed action {id}: {what}.{note}"),
    )
}

pub fn undo_what(lang: Lang, m: &Measure, target: &str) -> String {
    match (m, lang) {
        (Measure::Mute { .. }, Lang::Hi) => format!("{target} अब बोल सकते हैं"),
        (Measure::Mute { .. }, Lang::En) => format!("{target} can speak again"),
        (Measure::Kick | Measure::Ban, Lang::Hi) => format!("{target} को फिर से आमंत्रित किया"),
        (Measure::Kick | Measure::Ban, Lang::En) => format!("{target} is invited back"),
        (Measure::Warn, Lang::Hi) => format!("{target} की चेतावनी हटाई"),
        (Measure::Warn, Lang::En) => format!("{target}'s strike is withdrawn"),
        (_, Lang::Hi) => "कुछ बदलने को नहीं".into(),
        (_, Lang::En) => "nothing to change".into(),
    }
}

pub fn strikes_header(lang: Lang, user: &str, n: u32, limit: u32, window: &str) -> String {
    pick(
        lang,
        format!("{user}: पिछले {window} में {n}/{limit} चेतावनियाँ।"),
        format!("{user}: {n}/{limit} strikes in the last {window}."),
    )
}

pub const NO_ACTIONS: T = T::new("कोई कार्रवाई दर्ज नहीं।", "No actions on record.");

pub fn action_reply(lang: Lang, prefix: &str, id: &str, target: &str, outcome: &str) -> String {
    pick(
        lang,
        format!("[{id}] {target}: {outcome}। वापस लेने के लिए: {prefix}undo {id}"),
        format!("[{id}] {target}: {outcome}. To reverse: {prefix}undo {id}"),
    )
}

pub fn not_muted(lang: Lang, user: &str) -> String {
    pick(
        lang,
        format!("{user} पर कोई समयबद्ध चुप्पी दर्ज नहीं थी; फिर भी बोलने की अनुमति बहाल की गई।"),
        format!("{user} had no timed mute on record; their right to speak is restored anyway."),
    )
}

pub fn mute_lifted(lang: Lang, target: &str, id: &str) -> String {
    pick(
        lang,
        format!("⏱️ [{id}] {target} की चुप्पी का समय पूरा, अब बोल सकते हैं।"),
        format!("⏱️ [{id}] {target}'s mute is over; they can speak again."),
    )
}

pub fn night_notice(lang: Lang, on: bool, until: &str) -> String {
    match (lang, on) {
        (Lang::Hi, true) => {
            format!("🌙 रात्रि मोड: {until} तक केवल स्टाफ़ संदेश भेज सकता है। आपात स्थिति में 112 पर कॉल करें।")
        }
        (Lang::En, true) => {
            format!("🌙 Night mode: only staff can post until {until}. In an emergency call 112.")
        }
        (Lang::Hi, false) => "☀️ रात्रि मोड समाप्त: सभी सदस्य फिर से संदेश भेज सकते हैं।".into(),
        (Lang::En, false) => "☀️ Night mode is over: everyone can post again.".into(),
    }
}

pub fn greeting_reminder(lang: Lang, station: &str) -> String {
    pick(
        lang,
        format!(
            "नमस्ते! थाना {station} के समूह में केवल अभिवादन वाले संदेश (सुप्रभात, शुभ रात्रि आदि) हटा दिए जाते हैं, ताकि ज़रूरी सूचनाएँ दबें नहीं। कृपया समूह में केवल काम की जानकारी भेजें। धन्यवाद!"
        ),
        format!(
            "Hello! In the {station} police station room, messages that are only greetings (good morning, good night…) are removed so that important information is not buried. Please post only useful information there. Thank you!"
        ),
    )
}

mod filters;
pub use filters::*;
