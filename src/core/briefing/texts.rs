//! Texts of the desk briefing (`core::briefing`), in Hindi and English.

use crate::core::district::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Tickets,
    Requests,
    Tasks,
}

/// Why the briefing comes: what a new member cannot read in the desk, and what follows.
pub fn header(lang: Lang, station: &str) -> String {
    match lang {
        Lang::Hi => format!(
            "👋 {station} डेस्क में स्वागत है। डेस्क एन्क्रिप्टेड है: आपके जुड़ने से पहले के संदेश आपके फ़ोन या कंप्यूटर पर नहीं खुलेंगे (“Unable to decrypt”)। इसलिए अभी जो खुला है, वह यहाँ है — हर कार्ड अपनी आज की स्थिति में:"
        ),
        Lang::En => format!(
            "👋 Welcome to the {station} desk. The desk is encrypted: messages from before you joined will not open on your phone or computer (“Unable to decrypt”). So here is what is open now, each card as it stands today:"
        ),
    }
}

/// A section's heading with its count and the command that lists it.
pub fn section(lang: Lang, s: Section, n: usize, prefix: &str) -> String {
    let none = n == 0;
    match (lang, s) {
        (Lang::Hi, Section::Tickets) if none => "📋 खुली शिकायतें: कोई नहीं।".into(),
        (Lang::Hi, Section::Tickets) => format!("📋 खुली शिकायतें ({n}) — {prefix}tickets:"),
        (Lang::Hi, Section::Requests) if none => "🚪 लंबित जुड़ने के अनुरोध: कोई नहीं।".into(),
        (Lang::Hi, Section::Requests) => {
            format!("🚪 लंबित जुड़ने के अनुरोध ({n}) — {prefix}pending:")
        }
        (Lang::Hi, Section::Tasks) if none => "📌 खुले कार्य: कोई नहीं।".into(),
        (Lang::Hi, Section::Tasks) => format!("📌 खुले कार्य ({n}) — {prefix}tasks:"),
        (Lang::En, Section::Tickets) if none => "📋 Open tickets: none.".into(),
        (Lang::En, Section::Tickets) => format!("📋 Open tickets ({n}) — {prefix}tickets:"),
        (Lang::En, Section::Requests) if none => "🚪 Pending join requests: none.".into(),
        (Lang::En, Section::Requests) => {
            format!("🚪 Pending join requests ({n}) — {prefix}pending:")
        }
        (Lang::En, Section::Tasks) if none => "📌 Open tasks: none.".into(),
        (Lang::En, Section::Tasks) => format!("📌 Open tasks ({n}) — {prefix}tasks:"),
    }
}

/// The cards left out of a long section.
pub fn more(lang: Lang, s: Section, n: usize, prefix: &str) -> String {
    let cmd = match s {
        Section::Tickets => "tickets",
        Section::Requests => "pending",
        Section::Tasks => "tasks",
    };
    match lang {
        Lang::Hi => format!("… और {n} — पूरी सूची: डेस्क में {prefix}{cmd}"),
        Lang::En => format!("… and {n} more — the full list: {prefix}{cmd} in the desk"),
    }
}
