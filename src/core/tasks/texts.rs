//! The texts of tasks, Hindi and English.

use super::{Evidence, Need, Task};
use crate::core::district::Lang;

pub fn need(lang: Lang, n: Need) -> &'static str {
    match (lang, n) {
        (Lang::Hi, Need::Photo) => "फ़ोटो",
        (Lang::Hi, Need::Location) => "लोकेशन",
        (Lang::Hi, Need::Any) => "कोई भी सबूत",
        (Lang::Hi, Need::None) => "कोई नहीं",
        (Lang::En, Need::Photo) => "a photo",
        (Lang::En, Need::Location) => "a location",
        (Lang::En, Need::Any) => "any evidence",
        (Lang::En, Need::None) => "none",
    }
}

pub fn status(lang: Lang, t: &Task, now_ms: u64) -> &'static str {
    let started = t
        .assignees
        .iter()
        .any(|a| a.done.is_some() || !a.evidence.is_empty());
    match (
        lang,
        t.cancelled.is_some(),
        t.is_done(),
        t.overdue(now_ms),
        started,
    ) {
        (Lang::Hi, true, ..) => "रद्द",
        (Lang::En, true, ..) => "cancelled",
        (Lang::Hi, false, true, ..) => "पूरा ✅",
        (Lang::En, false, true, ..) => "done ✅",
        (Lang::Hi, false, false, true, _) => "समय निकल गया ⏰",
        (Lang::En, false, false, true, _) => "overdue ⏰",
        (Lang::Hi, false, false, false, true) => "जारी",
        (Lang::En, false, false, false, true) => "in progress",
        (Lang::Hi, ..) => "नया",
        (Lang::En, ..) => "open",
    }
}

fn short_hash(e: &Evidence) -> String {
    match (&e.sha256, &e.geo_uri) {
        (Some(h), _) => format!("sha256 {}", crate::core::text::excerpt(h, 12)),
        (None, Some(g)) => g.clone(),
        (None, None) => "—".into(),
    }
}

/// The card, rewritten as the task moves.
pub fn card(
    lang: Lang,
    prefix: &str,
    t: &Task,
    evidence: &[Evidence],
    due: Option<&str>,
    now_ms: u64,
) -> String {
    let id = t.id();
    let mut out = match lang {
        Lang::Hi => format!(
            "📋 {id} · {} · {} से\n“{}”",
            status(lang, t, now_ms),
            t.by,
            t.text
        ),
        Lang::En => format!(
            "📋 {id} · {} · from {}\n“{}”",
            status(lang, t, now_ms),
            t.by,
            t.text
        ),
    };
    let due = due.map_or(String::new(), |d| match lang {
        Lang::Hi => format!("समय सीमा {d} · "),
        Lang::En => format!("due {d} · "),
    });
    out.push_str(&match lang {
        Lang::Hi => format!("\n{due}सबूत: {}", need(lang, t.need)),
        Lang::En => format!("\n{due}evidence: {}", need(lang, t.need)),
    });
    for a in &t.assignees {
        let items: Vec<String> = evidence
            .iter()
            .filter(|e| a.evidence.contains(&e.number))
            .map(|e| format!("{} ({})", e.kind.word(lang), short_hash(e)))
            .collect();
        let state = match (lang, &a.done) {
            (Lang::Hi, Some(_)) => "✅ पूरा",
            (Lang::En, Some(_)) => "✅ done",
            (Lang::Hi, None) => "बाकी",
            (Lang::En, None) => "pending",
        };
        out.push_str(&format!("\n• {}: {state}", a.user));
        if !items.is_empty() {
            out.push_str(&format!(" — {}", items.join(", ")));
        }
        if let Some(n) = &a.note {
            out.push_str(&format!(" — “{n}”"));
        }
    }
    if t.is_open() {
        out.push_str(&match lang {
            Lang::Hi => format!("\nसबूत निजी संदेश में या इस कार्ड के जवाब में भेजें, फिर {prefix}done {id} [टिप्पणी]"),
            Lang::En => format!("\nSend evidence in a DM to the bot or as a reply to this card, then {prefix}done {id} [note]"),
        });
    }
    out
}

pub fn assigned(lang: Lang, prefix: &str, t: &Task, due: Option<&str>) -> String {
    let id = t.id();
    let due = due.map_or(String::new(), |d| match lang {
        Lang::Hi => format!(" समय सीमा: {d}।"),
        Lang::En => format!(" Due {d}."),
    });
    match lang {
        Lang::Hi => format!(
            "📋 {id} — {} ने आपको कार्य दिया: “{}”.{due} सबूत: {}। यहाँ भेजें, फिर {prefix}done {id} [टिप्पणी] लिखें।",
            t.by,
            t.text,
            need(lang, t.need)
        ),
        Lang::En => format!(
            "📋 {id} — {} gave you a task: “{}”.{due} Evidence: {}. Send it here, then {prefix}done {id} [note].",
            t.by,
            t.text,
            need(lang, t.need)
        ),
    }
}

pub fn evidence_recorded(lang: Lang, prefix: &str, t: &Task, e: &Evidence) -> String {
    let id = t.id();
    let k = e.kind.word(lang);
    let h = short_hash(e);
    match lang {
        Lang::Hi => format!("📎 {k} {id} के सबूत के रूप में दर्ज ({h})। काम पूरा होने पर {prefix}done {id}"),
        Lang::En => {
            format!("📎 {k} recorded as evidence for {id} ({h}). When finished: {prefix}done {id}")
        }
    }
}

pub fn needs_evidence(lang: Lang, t: &Task) -> String {
    match lang {
        Lang::Hi => format!(
            "❌ {} बिना सबूत के पूरा नहीं हो सकता: पहले {} भेजें (निजी संदेश में या कार्ड के जवाब में)।",
            t.id(),
            need(lang, t.need)
        ),
        Lang::En => format!(
            "❌ {} cannot be closed without evidence: send {} first (in a DM to the bot or as a reply to the card).",
            t.id(),
            need(lang, t.need)
        ),
    }
}

pub fn done(lang: Lang, t: &Task, user: &str) -> String {
    match (lang, t.is_done()) {
        (Lang::Hi, true) => format!("✅ {} पूरा ({} ने अंतिम भाग पूरा किया)।", t.id(), user),
        (Lang::En, true) => format!("✅ {} is done ({} finished last).", t.id(), user),
        (Lang::Hi, false) => format!("✅ {} में आपका भाग पूरा दर्ज हुआ।", t.id()),
        (Lang::En, false) => format!("✅ Your part of {} is recorded as done.", t.id()),
    }
}

pub fn not_giver(lang: Lang, t: &Task) -> String {
    match lang {
        Lang::Hi => format!(
            "{} केवल वही रद्द कर सकते हैं जिन्होंने इसे दिया ({}), या कोई अधिकारी।",
            t.id(),
            t.by
        ),
        Lang::En => format!(
            "Only whoever gave {} ({}) or an officer can cancel it.",
            t.id(),
            t.by
        ),
    }
}

pub fn not_yours(lang: Lang, t: &Task) -> String {
    match lang {
        Lang::Hi => format!("{} आपको नहीं सौंपा गया है।", t.id()),
        Lang::En => format!("{} is not assigned to you.", t.id()),
    }
}

pub fn not_open(lang: Lang, t: &Task, now_ms: u64) -> String {
    match lang {
        Lang::Hi => format!("{} अब खुला नहीं है: {}।", t.id(), status(lang, t, now_ms)),
        Lang::En => format!("{} is no longer open: {}.", t.id(), status(lang, t, now_ms)),
    }
}

pub fn no_task(lang: Lang, arg: &str) -> String {
    match lang {
        Lang::Hi => format!("कार्य “{arg}” नहीं मिला।"),
        Lang::En => format!("No task “{arg}”."),
    }
}

pub fn bad_assignee(lang: Lang, user: &str) -> String {
    match lang {
        Lang::Hi => {
            format!("{user} इस ज़िले/थाने के स्टाफ़ या अधिकारी नहीं हैं; कार्य केवल उन्हें दिए जा सकते हैं।")
        }
        Lang::En => format!(
            "{user} is not staff of this district or station, nor an officer; tasks go to them only."
        ),
    }
}

pub fn bad_due(lang: Lang, v: &str) -> String {
    match lang {
        Lang::Hi => format!("--due “{v}” समझ नहीं आया; लिखें 18:00 या 2h या 30m"),
        Lang::En => format!("--due “{v}” is not understood; write 18:00, 2h or 30m"),
    }
}

pub fn bad_need(lang: Lang, v: &str) -> String {
    match lang {
        Lang::Hi => format!("--evidence “{v}” समझ नहीं आया; लिखें photo, location, any या none"),
        Lang::En => {
            format!("--evidence “{v}” is not understood; write photo, location, any or none")
        }
    }
}

pub fn cancelled(lang: Lang, t: &Task) -> String {
    match lang {
        Lang::Hi => format!("🚫 {} रद्द कर दिया गया: “{}”", t.id(), t.text),
        Lang::En => format!("🚫 {} was cancelled: “{}”", t.id(), t.text),
    }
}

pub fn reminder(lang: Lang, prefix: &str, t: &Task, due: &str) -> String {
    match lang {
        Lang::Hi => format!(
            "⏳ याद दिलाना: {} “{}” की समय सीमा {due} है। सबूत भेजें और {prefix}done {}",
            t.id(),
            t.text,
            t.id()
        ),
        Lang::En => format!(
            "⏳ Reminder: {} “{}” is due {due}. Send the evidence and {prefix}done {}",
            t.id(),
            t.text,
            t.id()
        ),
    }
}

pub fn overdue(lang: Lang, t: &Task, pending: &[&str]) -> String {
    match lang {
        Lang::Hi => format!(
            "⏰ {} “{}” की समय सीमा निकल गई। बाकी: {}",
            t.id(),
            t.text,
            pending.join(", ")
        ),
        Lang::En => format!(
            "⏰ {} “{}” is overdue. Still pending: {}",
            t.id(),
            t.text,
            pending.join(", ")
        ),
    }
}

pub fn list(lang: Lang, which: &str, lines: &[String]) -> String {
    let mut out = match lang {
        Lang::Hi => format!("📋 कार्य ({which}): {}", lines.len()),
        Lang::En => format!("📋 Tasks ({which}): {}", lines.len()),
    };
    for l in lines.iter().take(25) {
        out.push('\n');
        out.push_str(l);
    }
    out
}

pub fn list_line(lang: Lang, t: &Task, now_ms: u64) -> String {
    let pending: Vec<&str> = t
        .assignees
        .iter()
        .filter(|a| a.done.is_none())
        .map(|a| a.user.as_str())
        .collect();
    let text = crate::core::text::excerpt(&t.text, 50);
    format!(
        "• {} · {} · {text} · {}",
        t.id(),
        status(lang, t, now_ms),
        pending.join(", ")
    )
}
