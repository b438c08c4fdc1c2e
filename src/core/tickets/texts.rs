//! The texts of tickets, Hindi and English.

use super::Ticket;
use crate::core::district::Lang;
use crate::core::event::MediaKind;

/// Where a ticket stands, in a word or two.
pub fn status(lang: Lang, t: &Ticket) -> String {
    match (lang, &t.resolved, &t.assignee, &t.acked) {
        (Lang::Hi, Some(s), _, _) => format!("बंद ({})", s.by),
        (Lang::En, Some(s), _, _) => format!("resolved by {}", s.by),
        (Lang::Hi, None, Some(a), _) => format!("{a} को सौंपा गया"),
        (Lang::En, None, Some(a), _) => format!("assigned to {a}"),
        (Lang::Hi, None, None, Some(s)) => format!("स्वीकार ({})", s.by),
        (Lang::En, None, None, Some(s)) => format!("acknowledged by {}", s.by),
        (Lang::Hi, None, None, None) => "नया".into(),
        (Lang::En, None, None, None) => "open".into(),
    }
}

fn evidence_line(lang: Lang, t: &Ticket) -> String {
    if t.evidence.is_empty() {
        return String::new();
    }
    let kinds: Vec<&str> = t.evidence.iter().map(|e| e.kind.word(lang)).collect();
    match lang {
        Lang::Hi => format!("\nसबूत: {} ({})", kinds.len(), kinds.join(", ")),
        Lang::En => format!("\nEvidence: {} ({})", kinds.len(), kinds.join(", ")),
    }
}

/// The card in the desk; edited as the ticket moves.
pub fn card(lang: Lang, prefix: &str, t: &Ticket, station: &str, time: &str) -> String {
    let id = t.id();
    let how = match (lang, t.via_dm) {
        (Lang::Hi, true) => "निजी संदेश से",
        (Lang::Hi, false) => "थाना समूह में",
        (Lang::En, true) => "by direct message",
        (Lang::En, false) => "in the station room",
    };
    let note = t
        .note
        .as_deref()
        .map(|n| match lang {
            Lang::Hi => format!("\nटिप्पणी: {n}"),
            Lang::En => format!("\nNote: {n}"),
        })
        .unwrap_or_default();
    let howto = if t.is_open() {
        match lang {
            Lang::Hi => format!(
                "\n👍 = स्वीकार, ✅ = बंद; या {prefix}ack {id} · {prefix}assign {id} @स्टाफ़ · {prefix}resolve {id} [टिप्पणी]"
            ),
            Lang::En => format!(
                "\n👍 = acknowledge, ✅ = resolve; or {prefix}ack {id} · {prefix}assign {id} @staff · {prefix}resolve {id} [note]"
            ),
        }
    } else {
        String::new()
    };
    let status = status(lang, t);
    let ev = evidence_line(lang, t);
    match lang {
        Lang::Hi => format!(
            "🎫 {id} · थाना {station} · {status}\n{}, {time} ({how}):\n“{}”{ev}{note}{howto}",
            t.reporter, t.text
        ),
        Lang::En => format!(
            "🎫 {id} · {station} station · {status}\n{}, {time} ({how}):\n“{}”{ev}{note}{howto}",
            t.reporter, t.text
        ),
    }
}

/// To the reporter when the ticket is opened.
pub fn opened(lang: Lang, id: &str, station: &str, window_ms: u64, removed: bool) -> String {
    let window = crate::core::time::duration(lang, window_ms);
    let removed = match (lang, removed) {
        (Lang::Hi, true) => " आपकी सूचना समूह से हटा दी गई है ताकि वह निजी रहे।",
        (Lang::En, true) => " Your message was taken out of the group to keep it private.",
        (_, false) => "",
    };
    match lang {
        Lang::Hi => format!(
            "🎫 आपकी सूचना {id} थाना {station} को भेज दी गई है।{removed} फ़ोटो, वीडियो, वॉइस नोट या लोकेशन {window} के अंदर भेजें, वे इसी सूचना से जुड़ जाएँगे। हर कदम पर आपको यहाँ संदेश मिलेगा।"
        ),
        Lang::En => format!(
            "🎫 Your report {id} has gone to {station} police station.{removed} Send photos, videos, voice notes or your location within {window} and they are attached to it. You will hear here at every step."
        ),
    }
}

pub fn evidence_attached(lang: Lang, id: &str, kind: MediaKind, count: usize) -> String {
    let k = kind.word(lang);
    match lang {
        Lang::Hi => format!("📎 {k} {id} से जोड़ दिया गया (कुल {count})।"),
        Lang::En => format!("📎 {k} attached to {id} ({count} so far)."),
    }
}

pub fn evidence_caption(lang: Lang, id: &str, kind: MediaKind, reporter: &str) -> String {
    let k = kind.word(lang);
    match lang {
        Lang::Hi => format!("📎 {id} — {reporter} का भेजा {k}"),
        Lang::En => format!("📎 {id} — {k} from {reporter}"),
    }
}

pub fn no_station(lang: Lang, prefix: &str) -> String {
    match lang {
        Lang::Hi => format!(
            "आप अभी किसी थाने के स्वयंसेवक नहीं हैं। अपने थाना समूह में सूचना दें, या {prefix}join <थाना> से जुड़ने का अनुरोध करें। आपात स्थिति में 112 पर कॉल करें।"
        ),
        Lang::En => format!(
            "You are not a volunteer of any station yet. Report in your station room, or ask to join with {prefix}join <station>. In an emergency call 112."
        ),
    }
}

/// To the reporter, at each step.
pub fn step_dm(lang: Lang, t: &Ticket) -> String {
    let id = t.id();
    match (lang, &t.resolved, &t.assignee) {
        (Lang::Hi, Some(_), _) => format!(
            "✅ आपकी सूचना {id} पर कार्रवाई पूरी हुई।{}",
            t.note
                .as_deref()
                .map(|n| format!(" टिप्पणी: {n}"))
                .unwrap_or_default()
        ),
        (Lang::En, Some(_), _) => format!(
            "✅ Your report {id} has been resolved.{}",
            t.note
                .as_deref()
                .map(|n| format!(" Note: {n}"))
                .unwrap_or_default()
        ),
        (Lang::Hi, None, Some(_)) => {
            format!("👮 आपकी सूचना {id} एक पुलिसकर्मी को सौंप दी गई है।")
        }
        (Lang::En, None, Some(_)) => {
            format!("👮 Your report {id} has been assigned to an officer.")
        }
        (Lang::Hi, None, None) => format!("👀 पुलिस ने आपकी सूचना {id} देख ली है।"),
        (Lang::En, None, None) => format!("👀 The police have acknowledged your report {id}."),
    }
}

pub fn assigned_to_you(lang: Lang, id: &str, station: &str, text: &str) -> String {
    match lang {
        Lang::Hi => format!("🎫 {id} (थाना {station}) आपको सौंपा गया: “{text}”"),
        Lang::En => format!("🎫 {id} ({station} station) is assigned to you: “{text}”"),
    }
}

pub fn done(lang: Lang, t: &Ticket) -> String {
    format!("✅ {} — {}", t.id(), status(lang, t))
}

pub fn already(lang: Lang, t: &Ticket) -> String {
    match lang {
        Lang::Hi => format!("{} पहले से: {}", t.id(), status(lang, t)),
        Lang::En => format!("{} is already {}.", t.id(), status(lang, t)),
    }
}

pub fn not_found(lang: Lang, arg: &str) -> String {
    match lang {
        Lang::Hi => format!("टिकट “{arg}” नहीं मिला।"),
        Lang::En => format!("No ticket “{arg}”."),
    }
}

pub fn other_station(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Hi => format!("{id} दूसरे थाने का है; उसे उस थाने की डेस्क या कंट्रोल रूम से चलाएँ।"),
        Lang::En => {
            format!("{id} belongs to another station; work it from that desk or the control room.")
        }
    }
}

pub fn not_staff(lang: Lang, user: &str, id: &str) -> String {
    match lang {
        Lang::Hi => format!("{user} इस थाने के स्टाफ़ या अधिकारी नहीं हैं; {id} उन्हें नहीं सौंपा जा सकता।"),
        Lang::En => {
            format!("{user} is not staff of this station or an officer; {id} cannot go to them.")
        }
    }
}

pub fn list_header(lang: Lang, which: &str, n: usize) -> String {
    match lang {
        Lang::Hi => format!("🎫 टिकट ({which}): {n}"),
        Lang::En => format!("🎫 Tickets ({which}): {n}"),
    }
}

pub fn list_line(lang: Lang, t: &Ticket, age_min: u64, overdue: bool) -> String {
    let late = if overdue { " ⏰" } else { "" };
    let text = crate::core::text::excerpt(&t.text, 60);
    let age = crate::core::time::ago(lang, age_min * 60_000);
    format!("• {} · {} · {age}{late} · {text}", t.id(), status(lang, t))
}

pub fn list_more(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Hi => format!("…और {n}"),
        Lang::En => format!("…and {n} more"),
    }
}

pub fn escalation(
    lang: Lang,
    t: &Ticket,
    station: &str,
    late_ms: u64,
    ack: bool,
    link: &str,
) -> String {
    let id = t.id();
    let after = crate::core::time::duration(lang, late_ms);
    let status = status(lang, t);
    match (lang, ack) {
        (Lang::Hi, true) => format!(
            "⏰ {id} (थाना {station}) {after} से स्वीकार नहीं हुआ: “{}” — {} {link}",
            t.text, t.reporter
        ),
        (Lang::En, true) => format!(
            "⏰ {id} ({station} station) not acknowledged for {after}: “{}” — {} {link}",
            t.text, t.reporter
        ),
        (Lang::Hi, false) => format!(
            "⏰⏰ {id} (थाना {station}) {after} में बंद नहीं हुआ ({status}): “{}” {link}",
            t.text
        ),
        (Lang::En, false) => format!(
            "⏰⏰ {id} ({station} station) not resolved within {after} ({status}): “{}” {link}",
            t.text
        ),
    }
}
