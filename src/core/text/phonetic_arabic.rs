//! Arabic-script words (Urdu, Arabic) → phonemes for the phonetic key, so that "السلام",
//! "assalam" and "अस्सलाम" meet. Short vowels are mostly unwritten in this script, so a key
//! from it usually has fewer vowels than the romanised spelling: the skeleton (consonants)
//! is what meets, as for SMS spellings. Harakat, when written, are read.
//!
//! The same consonant folding as the other scripts: aspiration dropped (do-chashmi he),
//! z-sounds (ز ذ ض ظ) read as `j` (the nukta folding), the several s, t, h letters as one.
//! The article "al-" before a sun letter is assimilated ("as-salam"). Pure; used by
//! `phonetic.rs` only.

use super::Phonemes;

/// Whether `c` is a letter of the Arabic block that this reader knows.
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0621..=0x064A | 0x064B..=0x0652 | 0x0670..=0x06D3)
}

/// Sun letters: "al-" before them is said as the letter doubled ("as-salam").
fn is_sun(c: char) -> bool {
    matches!(
        c,
        'ت' | 'ث'
            | 'د'
            | 'ذ'
            | 'ر'
            | 'ز'
            | 'س'
            | 'ش'
            | 'ص'
            | 'ض'
            | 'ط'
            | 'ظ'
            | 'ل'
            | 'ن'
            | 'ٹ'
            | 'ڈ'
            | 'ڑ'
    )
}

/// One Arabic-script word → phonemes; false when a letter is not known or it is too long.
pub fn arabic(word: &str, out: &mut Phonemes) -> bool {
    let cs: Vec<char> = word.chars().collect();
    let mut i = 0;
    // The article: "ال" + sun letter → "a" and the letter; + moon letter → "al".
    if cs.len() > 3 && cs[0] == 'ا' && cs[1] == 'ل' {
        if !out.push(if is_sun(cs[2]) { b"a" } else { b"al" }) {
            return false;
        }
        i = 2;
    }
    while i < cs.len() {
        let (c, first, last) = (cs[i], i == 0, i + 1 == cs.len());
        let after_consonant = out.last().is_some_and(|p| !super::is_vowel(p));
        let s: &[u8] = match c {
            'ا' | 'آ' | 'أ' | 'ٱ' | 'ى' | '\u{0670}' | '\u{064E}' => b"a",
            'إ' | '\u{0650}' => b"i",
            '\u{064F}' => b"u",
            'ب' => b"b",
            'پ' => b"p",
            'ت' | 'ٹ' | 'ط' => b"t",
            'ث' | 'س' | 'ص' | 'ش' => b"s",
            'ج' | 'ذ' | 'ز' | 'ژ' | 'ض' | 'ظ' => b"j",
            'چ' => b"c",
            'ح' => b"h",
            'خ' | 'ق' | 'ك' | 'ک' => b"k",
            'د' | 'ڈ' => b"d",
            'ر' | 'ڑ' => b"r",
            'ع' if first => b"a",
            'غ' | 'گ' => b"g",
            'ف' => b"f",
            'ل' => b"l",
            'م' => b"m",
            'ن' | 'ں' => b"n",
            'و' if first => b"v",
            'و' if after_consonant => b"u",
            'و' => b"v",
            // A final he is a vowel ("جمعہ" jumma); do-chashmi he only aspirates.
            'ه' | 'ہ' | 'ة' | 'ۃ' if last && !first => b"a",
            'ه' | 'ہ' => b"h",
            'ھ' => b"",
            'ي' | 'ی' | 'ئ' if first => b"y",
            'ي' | 'ی' | 'ئ' => b"i",
            'ے' | 'ۓ' => b"e",
            'ء' | 'ؤ' | 'ع' | '\u{064B}'..='\u{064D}' | '\u{0651}' | '\u{0652}' => b"",
            _ => return false,
        };
        if !out.push(s) {
            return false;
        }
        i += 1;
    }
    true
}
