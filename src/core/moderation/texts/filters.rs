//! The texts of the station's filter settings (`!filters`, `!set`, `!lexicon`, `!dryrun`) and of
//! the room rules card, Hindi and English.

use crate::core::district::Lang;
use crate::core::i18n::pick;

pub fn filters_header(lang: Lang, station: &str) -> String {
    pick(
        lang,
        format!("थाना {station} — मॉडरेशन सेटिंग (* = इस समूह के लिए बदली गई):"),
        format!("{station} police station — moderation settings (* = changed for this room):"),
    )
}

pub fn lexicon_line(lang: Lang, add: &[String], remove: &[String]) -> String {
    let list = |v: &[String]| {
        if v.is_empty() {
            "—".to_string()
        } else {
            v.join(", ")
        }
    };
    pick(
        lang,
        format!("अभिवादन सूची में जोड़े: {}; हटाए: {}", list(add), list(remove)),
        format!(
            "greeting list, added: {}; removed: {}",
            list(add),
            list(remove)
        ),
    )
}

pub fn filters_footer(lang: Lang, prefix: &str) -> String {
    pick(
        lang,
        format!(
            "बदलने के लिए: {prefix}set <नियम> <सेटिंग> <मान>, जैसे {prefix}set flood limit 8/60s या {prefix}set greeting off"
        ),
        format!(
            "To change: {prefix}set <rule> <setting> <value>, e.g. {prefix}set flood limit 8/60s or {prefix}set greeting off"
        ),
    )
}

pub fn set_done(lang: Lang, key: &str, old: &str, new: &str) -> String {
    pick(
        lang,
        format!("✅ {key}: {old} → {new} (इस समूह के लिए, तुरंत लागू)"),
        format!("✅ {key}: {old} → {new} (for this room, in effect now)"),
    )
}

pub fn unknown_rule(lang: Lang, rule: &str, rules: &str) -> String {
    pick(
        lang,
        format!("“{rule}” कोई नियम नहीं है। नियम: {rules}"),
        format!("“{rule}” is not a rule. Rules: {rules}"),
    )
}

pub fn unknown_setting(lang: Lang, rule: &str, setting: &str, settings: &str) -> String {
    pick(
        lang,
        format!("नियम {rule} में “{setting}” कोई सेटिंग नहीं है। सेटिंग: {settings}"),
        format!("Rule {rule} has no setting “{setting}”. Settings: {settings}"),
    )
}

pub fn bad_value(lang: Lang, key: &str, value: &str, form: &str) -> String {
    pick(
        lang,
        format!("“{value}” {key} के लिए सही मान नहीं है। सही रूप: {form}"),
        format!("“{value}” is not a value for {key}. Form: {form}"),
    )
}

pub fn lexicon_done(lang: Lang, added: bool, phrase: &str) -> String {
    match (lang, added) {
        (Lang::Hi, true) => format!("✅ “{phrase}” इस थाने की अभिवादन सूची में जोड़ा गया।"),
        (Lang::En, true) => format!("✅ “{phrase}” is now a greeting in this station's room."),
        (Lang::Hi, false) => format!("✅ “{phrase}” अब इस थाने में अभिवादन नहीं माना जाएगा।"),
        (Lang::En, false) => {
            format!("✅ “{phrase}” is no longer a greeting in this station's room.")
        }
    }
}

pub fn dry_run_set(lang: Lang, on: bool) -> &'static str {
    match (lang, on) {
        (Lang::Hi, true) => "🧪 ड्राई रन चालू: स्वचालित निर्णय इस डेस्क में दिखेंगे, पर लागू नहीं होंगे।",
        (Lang::En, true) => {
            "🧪 Dry run on: automatic decisions are posted to this desk but not carried out."
        }
        (Lang::Hi, false) => "ड्राई रन बंद: स्वचालित नियम फिर से लागू होंगे।",
        (Lang::En, false) => "Dry run off: automatic rules act again.",
    }
}

pub fn rules_text(
    lang: Lang,
    greeting: bool,
    flood: Option<(u32, String)>,
    links: Option<String>,
    mentions: Option<u32>,
    strikes: (u32, String, String),
) -> String {
    let mut lines = vec![crate::core::layout::station_rules(lang).to_string()];
    let (hi, en): (Vec<String>, Vec<String>) = (
        [
            greeting.then(|| "• केवल अभिवादन (सुप्रभात आदि) वाले संदेश हटा दिए जाते हैं।".to_string()),
            flood.as_ref().map(|(n, w)| {
                format!("• {w} में {n} से ज़्यादा संदेश भेजने पर कुछ समय के लिए चुप कराया जाता है।")
            }),
            links
                .as_ref()
                .map(|a| format!("• समूह में जुड़ने के {a} तक लिंक नहीं भेज सकते।")),
            mentions.map(|m| {
                format!("• एक संदेश में {m} से ज़्यादा सदस्यों को मेंशन न करें; @room केवल स्टाफ़ के लिए।")
            }),
            Some(format!(
                "• {} में {} चेतावनियों पर {} के लिए चुप, उसके बाद समूह से बाहर।",
                strikes.1, strikes.0, strikes.2
            )),
        ]
        .into_iter()
        .flatten()
        .collect(),
        [
            greeting.then(|| {
                "• Messages that are only greetings (good morning…) are removed.".to_string()
            }),
            flood.as_ref().map(|(n, w)| {
                format!("• More than {n} messages within {w} gets you muted for a while.")
            }),
            links
                .as_ref()
                .map(|a| format!("• No links during your first {a} in the room.")),
            mentions.map(|m| {
                format!(
                    "• Do not mention more than {m} members in one message; @room is for staff."
                )
            }),
            Some(format!(
                "• {} strikes within {} mean a {} mute, the next one removal from the room.",
                strikes.0, strikes.1, strikes.2
            )),
        ]
        .into_iter()
        .flatten()
        .collect(),
    );
    lines.extend(match lang {
        Lang::Hi => hi,
        Lang::En => en,
    });
    lines.join("\n")
}

pub fn lexicon_full(lang: Lang, max: usize) -> String {
    pick(
        lang,
        format!("इस थाने की सूची में पहले से {max} वाक्यांश हैं; नया जोड़ने से पहले कोई हटाएँ।"),
        format!(
            "This station's list already holds {max} phrases; remove one before adding another."
        ),
    )
}
