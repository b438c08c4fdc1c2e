//! Letters as the normaliser sees them: the script classes it keeps apart (Devanagari, Indic
//! marks, Arabic) and the forms it folds to plain Latin (small capitals, diacritics, look-alikes
//! by the UTS #39 confusables table). Used by [`super::normalise`] only.

use unicode_normalization::UnicodeNormalization;

pub(super) fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c) && !matches!(c, '\u{0964}' | '\u{0965}')
}

/// Indic scripts (Devanagari to Malayalam) and Arabic: their vowel signs and viramas are
/// marks, not letters, but belong to the word ("ਸ੍ਰੀ", "عَلَيْكُم"). Dandas and Arabic
/// punctuation (، ؛ ؟ ۔) are not.
pub(super) fn is_script_mark(c: char) -> bool {
    matches!(c as u32, 0x0900..=0x0DFF | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
        && !matches!(c, '\u{0964}' | '\u{0965}')
}

/// Arabic-script letters (Urdu, Arabic): never folded to Latin look-alikes (alef is not "l").
pub(super) fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Small capitals and other Latin letter forms that NFKC and the confusables table leave
/// alone ("ɢᴏᴏᴅ ᴍᴏʀɴɪɴɢ").
pub(super) fn small_capital(c: char) -> Option<char> {
    Some(match c {
        'ᴀ' => 'a',
        'ʙ' => 'b',
        'ᴄ' => 'c',
        'ᴅ' => 'd',
        'ᴇ' => 'e',
        'ꜰ' => 'f',
        'ɢ' => 'g',
        'ʜ' => 'h',
        'ɪ' => 'i',
        'ᴊ' => 'j',
        'ᴋ' => 'k',
        'ʟ' => 'l',
        'ᴍ' => 'm',
        'ɴ' => 'n',
        'ᴏ' => 'o',
        'ᴘ' => 'p',
        'ǫ' => 'q',
        'ʀ' => 'r',
        'ꜱ' => 's',
        'ᴛ' => 't',
        'ᴜ' => 'u',
        'ᴠ' => 'v',
        'ᴡ' => 'w',
        'ʏ' => 'y',
        'ᴢ' => 'z',
        _ => return None,
    })
}

/// A Latin letter with diacritics → its base letter ("ö" → "o", "ñ" → "n").
pub(super) fn strip_diacritic(c: char) -> char {
    if !matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF) {
        return c;
    }
    match c.nfd().next() {
        Some(b) if b.is_ascii_alphabetic() => b,
        _ => c,
    }
}

/// A look-alike letter of another script → its Latin letter, when UTS #39 says so.
pub(super) fn fold_confusable(c: char) -> char {
    if c.is_ascii() || is_devanagari(c) || is_script_mark(c) || is_arabic(c) || !c.is_alphabetic() {
        return c;
    }
    if let Some(l) = small_capital(c) {
        return l;
    }
    let c = strip_diacritic(c);
    if c.is_ascii() {
        return c;
    }
    let mut buf = [0u8; 4];
    let mut skel = unicode_security::confusable_detection::skeleton(c.encode_utf8(&mut buf));
    match (skel.next(), skel.next()) {
        (Some(l), None) if l.is_ascii_alphabetic() => l.to_ascii_lowercase(),
        _ => c,
    }
}
