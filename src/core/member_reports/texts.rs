//! The texts of members' reports, Hindi and English: the desk card, the reporters' and the
//! sender's DMs, and the bot's re-post of a restored message.

use super::model::{MemberReport, Verdict};
use crate::core::district::Lang;
use crate::core::i18n::pick;

pub struct CardFacts<'a> {
    pub prefix: &'a str,
    pub room: &'a str,
    pub link: &'a str,
    pub show_reporter: bool,
    pub status: Option<String>,
}

pub fn card(lang: Lang, r: &MemberReport, f: &CardFacts<'_>) -> String {
    let (id, p) = (r.id(), f.prefix);
    let words = crate::core::text::excerpt(&r.text, 200);
    let who: Vec<String> = r
        .reporters
        .iter()
        .map(|x| {
            let reason = if x.reason.trim().is_empty() {
                "—".to_string()
            } else {
                crate::core::text::excerpt(&x.reason, 120)
            };
            if f.show_reporter {
                format!("• {} — {reason}", x.user)
            } else {
                format!("• {reason}")
            }
        })
        .collect();
    let (n, room, link, sender) = (r.distinct_reporters(), f.room, f.link, &r.sender);
    let status = f.status.clone().unwrap_or_else(|| {
        pick(
            lang,
            format!(
                "कार्रवाई: {p}remove {id} · {p}warn {id} · {p}dismiss {id} — या इस कार्ड पर 🗑️ ⚠️ 👌"
            ),
            format!(
                "Act: {p}remove {id} · {p}warn {id} · {p}dismiss {id} — or 🗑️ ⚠️ 👌 on this card"
            ),
        )
    });
    if r.is_about_user() {
        return pick(
            lang,
            format!(
                "🚩 {id} · {room} में सदस्यों ने एक खाते की रिपोर्ट की ({n} सदस्य): {sender}\nरिपोर्ट:\n{}\n{status}",
                who.join("\n")
            ),
            format!(
                "🚩 {id} · an account reported in {room} ({n} member(s)): {sender}\nReports:\n{}\n{status}",
                who.join("\n")
            ),
        );
    }
    pick(
        lang,
        format!(
            "🚩 {id} · {room} में रिपोर्ट किया गया संदेश ({n} सदस्य)\nभेजने वाले: {sender}\n“{words}”\n{link}\nरिपोर्ट:\n{}\n{status}",
            who.join("\n")
        ),
        format!(
            "🚩 {id} · a message reported in {room} ({n} member(s))\nSent by: {sender}\n“{words}”\n{link}\nReports:\n{}\n{status}",
            who.join("\n")
        ),
    )
}

pub fn status_hidden(lang: Lang, prefix: &str, id: &str, n: usize) -> String {
    pick(
        lang,
        format!(
            "⏸ {n} सदस्यों की रिपोर्ट पर समीक्षा तक हटाया गया। ठीक हो तो {prefix}restore {id} — बॉट मूल संदेश \
             उद्धृत कर फिर से पोस्ट करेगा (हटाया गया संदेश वापस नहीं आ सकता)। या {prefix}warn {id} / {prefix}remove {id}"
        ),
        format!(
            "⏸ Removed pending review: {n} members reported it. If it was fine: {prefix}restore {id} — \
             the bot posts it again, quoting the original (a removal cannot be undone). Or {prefix}warn {id} / {prefix}remove {id}"
        ),
    )
}

/// What was decided, in the reader's language.
fn verdict_word(lang: Lang, verdict: Verdict) -> &'static str {
    match (lang, verdict) {
        (Lang::Hi, Verdict::Removed) => "हटाया गया",
        (Lang::Hi, Verdict::Warned) => "भेजने वाले को चेतावनी",
        (Lang::Hi, Verdict::Dismissed) => "ख़ारिज (संदेश रहेगा)",
        (Lang::Hi, Verdict::Restored) => "फिर से पोस्ट किया गया",
        (Lang::En, Verdict::Removed) => "removed",
        (Lang::En, Verdict::Warned) => "the sender warned",
        (Lang::En, Verdict::Dismissed) => "dismissed (the message stays)",
        (Lang::En, Verdict::Restored) => "posted again",
    }
}

pub fn status_decided(lang: Lang, verdict: Verdict, by: &str, when: &str) -> String {
    format!("✅ {} — {by}, {when}", verdict_word(lang, verdict))
}

pub fn received(lang: Lang, room: &str) -> String {
    pick(
        lang,
        format!(
            "धन्यवाद — {room} के जिस संदेश की आपने रिपोर्ट की, वह थाने के स्टाफ़ तक पहुँच गई है। कार्रवाई होने \
             पर आपको यहीं बताया जाएगा।"
        ),
        format!(
            "Thank you — your report of a message in {room} has reached the station's staff. You \
             will hear here when they act on it."
        ),
    )
}

pub fn reporter_told(lang: Lang, room: &str, verdict: Verdict) -> String {
    let (hi, en) = match verdict {
        Verdict::Removed => ("संदेश हटा दिया गया", "the message was removed"),
        Verdict::Warned => ("संदेश भेजने वाले को चेतावनी दी गई", "the sender was warned"),
        Verdict::Dismissed => (
            "स्टाफ़ ने देखा और संदेश को नियमों के अनुसार पाया",
            "staff looked and found the message within the rules",
        ),
        Verdict::Restored => (
            "स्टाफ़ ने देखा और संदेश फिर से दिखाया",
            "staff looked and showed the message again",
        ),
    };
    pick(
        lang,
        format!("आपकी रिपोर्ट ({room}) पर: {hi}।"),
        format!("About your report ({room}): {en}."),
    )
}

pub fn sender_told_hidden(lang: Lang, room: &str) -> String {
    pick(
        lang,
        format!("{room} में आपका एक संदेश कई सदस्यों की रिपोर्ट पर समीक्षा तक हटाया गया है। स्टाफ़ उसे देखेगा।"),
        format!(
            "A message of yours in {room} was removed pending review after several members \
             reported it. Staff will look at it."
        ),
    )
}

pub fn sender_told_removed(lang: Lang, room: &str) -> String {
    pick(
        lang,
        format!("{room} में आपका एक संदेश रिपोर्ट और स्टाफ़ की समीक्षा के बाद हटाया गया।"),
        format!("A message of yours in {room} was removed after a report and a review by staff."),
    )
}

pub fn restored_post(lang: Lang, sender: &str, when: &str, text: &str) -> String {
    pick(
        lang,
        format!("↩️ समीक्षा के बाद फिर से: {sender} ने {when} पर लिखा था:\n“{text}”"),
        format!("↩️ Back after review: {sender} wrote at {when}:\n“{text}”"),
    )
}

pub fn done(lang: Lang, id: &str, verdict: Verdict) -> String {
    format!("✅ {id}: {}", verdict_word(lang, verdict))
}

pub fn no_such_report(lang: Lang, arg: &str) -> String {
    pick(
        lang,
        format!("“{arg}” नाम की कोई रिपोर्ट यहाँ नहीं है (जैसे R-3)।"),
        format!("No report “{arg}” here (e.g. R-3)."),
    )
}

pub fn already(lang: Lang, id: &str, verdict: Verdict) -> String {
    let v = verdict_word(lang, verdict);
    pick(
        lang,
        format!("{id} पर पहले ही निर्णय हो चुका है: {v}"),
        format!("{id} was already decided: {v}"),
    )
}

pub fn not_hidden(lang: Lang, id: &str) -> String {
    pick(
        lang,
        format!("{id} समीक्षा तक हटाया नहीं गया था: फिर से पोस्ट करने को कुछ नहीं।"),
        format!("{id} was not removed pending review: there is nothing to post again."),
    )
}

pub fn update_line(lang: Lang, id: &str, n: usize, status: Option<&str>) -> String {
    let status = status.map(|s| format!("\n{s}")).unwrap_or_default();
    pick(
        lang,
        format!("🚩 {id}: अब {n} सदस्यों ने रिपोर्ट किया{status}"),
        format!("🚩 {id}: now reported by {n} member(s){status}"),
    )
}

/// The public reason of removing a reported account: the rule only, never who reported.
pub fn kick_reason(lang: Lang) -> String {
    pick(
        lang,
        "साथी मॉडरेशन: रिपोर्ट और स्टाफ़ की समीक्षा".into(),
        "Saathi moderation: reports and a review by staff".into(),
    )
}
