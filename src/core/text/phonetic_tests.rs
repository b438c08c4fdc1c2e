//! The phonetic key, one row per spelling family: every spelling in a row meets, and near
//! words of different meaning stay apart.

use super::*;

#[test]
fn spellings_of_one_word_share_a_key() {
    let families: &[&[&str]] = &[
        &["good", "gud", "गुड"],
        &["night", "nyt", "n8", "नाइट"],
        &["afternoon", "आफ्टरनून"],
        &["morning", "मॉर्निंग", "मोर्निंग"],
        &["namaste", "नमस्ते", "namastey", "namastay"],
        &["suprabhat", "suprabhaat", "सुप्रभात"],
        &["shubh", "subh", "शुभ"],
        &["ratri", "raatri", "रात्रि"],
        &["krishna", "krishn", "कृष्ण", "कृष्णा"],
        &["radhe", "राधे"],
        &["jhulelal", "झूलेलाल"],
        &["gurudev", "गुरुदेव"],
        &["mangalmay", "mangalmaya", "मंगलमय"],
        &["sandhya", "संध्या"],
        &["allah", "alla", "अल्लाह"],
        &["hafiz", "haafiz", "hafeez", "हाफ़िज़", "हाफिज"],
        &["khuda", "khudaa", "ख़ुदा", "खुदा", "khoda"],
        &["walaikum", "valaikum", "walekum", "वालेकुम"],
        &["subah", "subha", "सुबह"],
        &["waheguru", "vaheguru", "वाहेगुरु"],
        &["wahiguru", "ਵਾਹਿਗੁਰੂ"],
        &["happy", "हैप्पी"],
        &["diwali", "divali", "दिवाली"],
        &["vanakkam", "vanakam", "वणक्कम"],
        &["mubarak", "mubarak", "मुबारक"],
        &["shubhkamnaye", "shubhkaamnaye"],
    ];
    for family in families {
        let want = phonetic_key(family[0]);
        assert!(!want.is_empty(), "{}", family[0]);
        for w in &family[1..] {
            assert_eq!(phonetic_key(w), want, "{w} vs {}", family[0]);
        }
    }
}

#[test]
fn different_words_keep_different_keys() {
    for (a, b) in [
        ("ram", "room"),
        ("hind", "hindi"),
        ("namaste", "nasta"),
        ("night", "nahi"),
        ("morning", "meeting"),
        ("राम", "रूम"),
    ] {
        assert_ne!(phonetic_key(a), phonetic_key(b), "{a} vs {b}");
    }
}

#[test]
fn no_key_for_other_scripts_and_digits() {
    for w in ["112", "🙏", ""] {
        assert_eq!(phonetic_key(w), "", "{w}");
    }
}

#[test]
fn skeletons_meet_sms_spellings() {
    for (sms, word) in [
        ("nmste", "namaste"),
        ("aftrnun", "afternoon"),
        ("mrng", "morning"),
        ("sprbht", "suprabhat"),
    ] {
        let (a, b) = (phonetic_key(sms), phonetic_key(word));
        assert_eq!(skeleton(&a), skeleton(&b), "{sms} vs {word}");
        assert!(vowel_count(&a) < vowel_count(&b), "{sms}");
    }
}

#[test]
fn arabic_script_meets_by_skeleton() {
    for (urdu, word) in [
        ("السلام", "assalam"),
        ("عليكم", "alaikum"),
        ("حافظ", "hafiz"),
        ("مبارک", "mubarak"),
    ] {
        let (a, b) = (phonetic_key(urdu), phonetic_key(word));
        assert!(!a.is_empty(), "{urdu}");
        assert_eq!(skeleton(&a), skeleton(&b), "{urdu} vs {word}");
    }
}

#[test]
fn one_edit() {
    assert!(within_one_edit("dipavli", "dipavali"));
    assert!(within_one_edit("abcd", "abdc"));
    assert!(within_one_edit("abcd", "abxd"));
    assert!(within_one_edit("abcd", "abcd"));
    assert!(!within_one_edit("abcd", "badc"));
    assert!(!within_one_edit("abcd", "ab"));
    assert!(!within_one_edit("abcd", "abcdef"));
}
