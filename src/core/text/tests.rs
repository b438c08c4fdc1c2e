//! The normaliser, one row per obfuscation family and near miss.

use super::*;

#[test]
fn normalise_table() {
    let cases = [
        ("Good Morning", "good morning"),
        ("GOOD   morning!!!", "good morning"),
        ("g00d m0rn1ng", "good morning"),
        ("G.o.o.d M.o.r.n.i.n.g", "good morning"),
        ("g o o d  m o r n i n g", "good morning"),
        ("𝐆𝐨𝐨𝐝 𝐌𝐨𝐫𝐧𝐢𝐧𝐠", "good morning"),
        ("ｇｏｏｄ ｍｏｒｎｉｎｇ", "good morning"),
        ("gооd mоrning", "good morning"), // Cyrillic о
        ("go\u{200b}od mor\u{200d}ning", "good morning"),
        ("gooooood morninggggg", "good morningg"),
        ("सु\u{200c}प्रभात", "सुप्रभात"),
        ("सुप्रभात 🙏🏽🌹", "सुप्रभात 🙏 🌹"),
        ("call 112 now", "call 112 now"),
        ("ɢᴏᴏᴅ ᴍᴏʀɴɪɴɢ", "good morning"), // small capitals
        ("gööd mórning", "good morning"), // diacritics
        ("d1wa1i h3110 h1nd a11ah", "diwali hello hind allah"), // "1" as "l" or "i"
        ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ"),   // Gurmukhi virama and signs stay in the word
        ("السلام عليكم", "السلام عليكم"),   // Arabic letters are not Latin look-alikes
        ("राम नगर में जाम", "राम नगर में जाम"),
        ("", ""),
    ];
    for (input, want) in cases {
        assert_eq!(normalise(input).text, want, "{input:?}");
    }
}

#[test]
fn keys_fold_repeats_and_devanagari_variants() {
    let cases = [
        ("good", "god"),
        ("morningg", "morning"),
        ("ज़रूर", "जरूर"),
        ("हँस", "हंस"),
        ("112", "12"),
    ];
    for (w, want) in cases {
        assert_eq!(key(w), want, "{w}");
    }
}
