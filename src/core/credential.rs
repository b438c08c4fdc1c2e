//! Verification codes of volunteer credentials and the dates shown on them.
//!
//! A code is 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
//! `ABCD-EFGH`: 31^8 ≈ 8.5·10^11 codes, so guessing one is hopeless. The random choice is
//! made by the adapter (the core has no randomness); the core only normalises what people
//! type and checks the form.

/// Characters of a code: digits and capitals that cannot be mistaken for one another.
pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
pub const CODE_LEN: usize = 8;

/// A code from `CODE_LEN` random indices (taken modulo the alphabet).
pub fn code_from(random: [u8; CODE_LEN]) -> String {
    let chars: String = random
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect();
    format!("{}-{}", &chars[..4], &chars[4..])
}

/// What someone typed → the stored form, or None if it cannot be a code.
pub fn normalise(input: &str) -> Option<String> {
    let chars: String = input
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\u{200b}'..='\u{200d}'))
        .flat_map(char::to_uppercase)
        .collect();
    if chars.len() != CODE_LEN || !chars.bytes().all(|b| ALPHABET.contains(&b)) {
        return None;
    }
    Some(format!("{}-{}", &chars[..4], &chars[4..]))
}

/// `YYYY-MM-DD` (UTC) of a timestamp in ms.
pub fn date(ms: u64) -> String {
    let secs = i64::try_from(ms / 1000).unwrap_or(0);
    time::OffsetDateTime::from_unix_timestamp(secs)
        .map(|t| t.date().to_string())
        .unwrap_or_default()
}

/// Days since the epoch (UTC), for "once a day" rules.
pub fn day(ms: u64) -> u64 {
    ms / 86_400_000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_no_look_alikes() {
        for c in ["0", "O", "1", "I", "L"] {
            assert!(!ALPHABET.contains(&c.as_bytes()[0]), "{c}");
        }
        let code = code_from([0, 1, 2, 3, 30, 31, 200, 255]);
        assert_eq!(code.len(), 9);
        assert_eq!(normalise(&code), Some(code.clone()));
    }

    #[test]
    fn normalise_table() {
        let cases = [
            ("abcd-efgh", Some("ABCD-EFGH")),
            ("ABCDEFGH", Some("ABCD-EFGH")),
            (" ab cd ef gh ", Some("ABCD-EFGH")),
            ("ABCD-EFG", None),
            ("ABCD-EFG0", None),
            ("ABCD-EFGHJ", None),
            ("", None),
            ("अबकड-एफगह", None),
        ];
        for (input, want) in cases {
            assert_eq!(normalise(input).as_deref(), want, "{input:?}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_795_000_000_000), "2026-11-18");
        assert_eq!(day(86_400_000 * 3 + 5), 3);
    }
}
