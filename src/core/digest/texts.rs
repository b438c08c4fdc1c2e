//! The digest's words in both languages: its column titles, the message and the row of
//! district-wide counts.

use crate::core::digest::Table;
use crate::core::digest::tally::METRICS;
use crate::core::district::Lang;

/// The name of the row of counts that belong to no station.
pub fn district_row(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi => "ज़िला (कंट्रोल रूम)",
        Lang::En => "District (control room)",
    }
}

/// The column titles, in the table's language.
pub fn headers(lang: Lang) -> [&'static str; 11] {
    match lang {
        Lang::Hi => [
            "नए स्वयंसेवक",
            "संदेश",
            "हटाए अभिवादन",
            "अन्य कार्रवाई",
            "नई सूचनाएँ",
            "निपटाई सूचनाएँ",
            "देर वाली सूचनाएँ",
            "पूरे कार्य",
            "देर वाले कार्य",
            "फैलती ख़बरें",
            "तथ्य-जाँच",
        ],
        Lang::En => [
            "new volunteers",
            "messages",
            "greetings removed",
            "other moderation",
            "reports opened",
            "reports resolved",
            "reports overdue",
            "tasks done",
            "tasks overdue",
            "rumours flagged",
            "verdicts",
        ],
    }
}

/// The message: a line per station with what happened (zeros left out).
pub fn text(t: &Table) -> String {
    let h = headers(t.lang);
    let mut out = match t.lang {
        Lang::Hi => format!("📊 दैनिक सारांश — {} — {}", t.district_name, t.date),
        Lang::En => format!("📊 Daily digest — {} — {}", t.district_name, t.date),
    };
    let mut totals = vec![0u64; METRICS.len()];
    for (name, values) in &t.rows {
        let parts: Vec<String> = values
            .iter()
            .zip(h)
            .filter(|(n, _)| **n > 0)
            .map(|(n, label)| format!("{label} {n}"))
            .collect();
        for (t, v) in totals.iter_mut().zip(values) {
            *t += v;
        }
        let line = if parts.is_empty() {
            "—".to_string()
        } else {
            parts.join(", ")
        };
        out.push_str(&format!("\n• {name}: {line}"));
    }
    let total: Vec<String> = totals
        .iter()
        .zip(h)
        .map(|(n, label)| format!("{label} {n}"))
        .collect();
    out.push_str(&match t.lang {
        Lang::Hi => format!("\nकुल: {}", total.join(", ")),
        Lang::En => format!("\nTotal: {}", total.join(", ")),
    });
    out
}
