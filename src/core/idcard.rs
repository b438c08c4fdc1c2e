//! Does a message ask for an ID card? (आई-कार्ड, आईडी कार्ड, पहचान पत्र, id card, i-card …)
//! Matching is on normalised text — Unicode NFKC, lower case, zero-width characters, spaces
//! and punctuation removed — so spacing, case and hyphens do not matter. (The moderation
//! issue brings the full normaliser with look-alike folding; this is its first use.)

use unicode_normalization::UnicodeNormalization;

/// Phrases in their normalised form (see [`squash`]).
const PHRASES: &[&str] = &[
    "idcard",
    "icard",
    "identitycard",
    "आईकार्ड",
    "आईडीकार्ड",
    "आइडीकार्ड",
    "पहचानपत्र",
    "परिचयपत्र",
];

/// NFKC, lower case, only letters, digits and Devanagari marks kept.
pub fn squash(text: &str) -> String {
    text.nfkc()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() || ('\u{0900}'..='\u{097F}').contains(c))
        .collect()
}

pub fn asks_for_id_card(text: &str) -> bool {
    let s = squash(text);
    PHRASES.iter().any(|p| s.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_card_requests_table() {
        let cases = [
            ("sir mujhe ID card chahiye", true),
            ("I-Card kab milega?", true),
            ("i card", true),
            ("आई-कार्ड दिलवा दीजिए", true),
            ("आईडी कार्ड", true),
            ("हमें पहचान पत्र चाहिए", true),
            ("पहचान\u{200d}पत्र", true),
            ("ＩＤ ｃａｒｄ", true),
            ("Identity Card please", true),
            ("market mein jhagda ho raha hai", false),
            ("my card was stolen", false),
            ("राम नगर में जाम लगा है", false),
        ];
        for (text, want) in cases {
            assert_eq!(asks_for_id_card(text), want, "{text}");
        }
    }
}
