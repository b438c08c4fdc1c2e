//! The name-likeness rule: whether a display name poses as the police. Pure; the names come
//! through the text normaliser (NFKC, invisible characters dropped, look-alike letters of
//! other scripts folded to Latin, digits inside words read as letters: "SH0" → "sho") and
//! are compared by phonetic key, so "थाना प्रभारी", "Thana Prabhari" and "Thaana Prabhaari"
//! are one title.
//!
//! A name is like the police when
//! - it is (within one letter) the display name of a staff member, an officer or the bot;
//! - it carries a title only the police use ("SHO", "Inspector", "दरोगा", "Police"), or
//! - it carries a title that is also a common pair of initials or a word ("SP", "CO", "Thana",
//!   "Cyber") together with a place of the district or a second title ("SP Lucknow", "Thana
//!   Hazratganj", "Cyber Helpline").
//!
//! A place alone is no title: a volunteer truly named "Hazrat Ganj Singh" is not an impostor,
//! nor is "S.P. Sharma". Phrases volunteers rightly use ("Police Mitra") are read past.

use crate::core::text::{normalise, phonetic_key, within_one_edit};

/// What a name looks like, as the desk's evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Likeness {
    /// Close to the display name of this official account.
    Official { user: String, name: String },
    /// Carries this police title (as written in the rule's list), with the place it names.
    Title {
        title: String,
        place: Option<String>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// Only the police are called this.
    Strong,
    /// Also initials or an everyday word: a police title only beside a place or a title.
    Weak,
}
use Strength::{Strong, Weak};

/// Police titles and the words of police offices, in English and Hindi.
const TITLES: &[(&str, Strength)] = &[
    ("police", Strong),
    ("पुलिस", Strong),
    ("sho", Strong),
    ("एसएचओ", Strong),
    ("ssp", Strong),
    ("एसएसपी", Strong),
    ("dsp", Strong),
    ("डीएसपी", Strong),
    ("dcp", Strong),
    ("डीसीपी", Strong),
    ("acp", Strong),
    ("एसीपी", Strong),
    ("dgp", Strong),
    ("डीजीपी", Strong),
    ("igp", Strong),
    ("ips", Strong),
    ("आईपीएस", Strong),
    ("cbi", Strong),
    ("सीबीआई", Strong),
    ("inspector", Strong),
    ("इंस्पेक्टर", Strong),
    ("निरीक्षक", Strong),
    ("daroga", Strong),
    ("दरोगा", Strong),
    ("दारोगा", Strong),
    ("thanedar", Strong),
    ("थानेदार", Strong),
    ("thanadhyaksh", Strong),
    ("थानाध्यक्ष", Strong),
    ("thana prabhari", Strong),
    ("थाना प्रभारी", Strong),
    ("station house officer", Strong),
    ("kotwal", Strong),
    ("कोतवाल", Strong),
    ("constable", Strong),
    ("कांस्टेबल", Strong),
    ("सिपाही", Strong),
    ("havaldar", Strong),
    ("हवलदार", Strong),
    ("crime branch", Strong),
    ("क्राइम ब्रांच", Strong),
    ("superintendent", Strong),
    ("अधीक्षक", Strong),
    ("sp", Weak),
    ("एसपी", Weak),
    ("si", Weak),
    ("asi", Weak),
    ("एएसआई", Weak),
    ("co", Weak),
    ("सीओ", Weak),
    ("asp", Weak),
    ("ig", Weak),
    ("dig", Weak),
    ("डीआईजी", Weak),
    ("adg", Weak),
    ("thana", Weak),
    ("थाना", Weak),
    ("officer", Weak),
    ("अधिकारी", Weak),
    ("cyber", Weak),
    ("साइबर", Weak),
    ("helpline", Weak),
    ("हेल्पलाइन", Weak),
    ("help desk", Weak),
    ("हेल्प डेस्क", Weak),
    ("commissioner", Weak),
    ("कमिश्नर", Weak),
    ("kaptan", Weak),
    ("कप्तान", Weak),
];

/// What volunteers rightly call themselves: read past before titles are looked for.
const ALLOWED: &[&str] = &[
    "police mitra",
    "पुलिस मित्र",
    "digital volunteer",
    "डिजिटल वॉलंटियर",
    "डिजिटल वालंटियर",
];

/// The words of a name: its normalised form (acronyms are compared on it) and phonetic key.
struct Word {
    text: String,
    key: String,
}

fn words(name: &str) -> Vec<Word> {
    normalise(name)
        .text
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| Word {
            text: w.to_string(),
            key: phonetic_key(w),
        })
        .collect()
}

/// The phonetic key of a phrase: its words' keys run together ("Hazrat Ganj" = "Hazratganj").
fn phrase_key(words: &[Word]) -> String {
    words.iter().map(|w| w.key.as_str()).collect()
}

/// A short Latin title is matched letter for letter ("sp" must not meet "sapa").
fn is_acronym(title: &str) -> bool {
    title.is_ascii() && title.len() <= 4 && !title.contains(' ')
}

/// Where `phrase` occurs in `name`: the range of words, the longest first.
fn find(name: &[Word], phrase: &str, used: &[bool]) -> Option<std::ops::Range<usize>> {
    let target = words(phrase);
    let want = phrase_key(&target);
    if want.is_empty() {
        return None;
    }
    let acronym = is_acronym(phrase);
    for len in (1..=3.min(name.len())).rev() {
        for start in 0..=name.len() - len {
            let range = start..start + len;
            if used[range.clone()].iter().any(|u| *u) {
                continue;
            }
            let hit = if acronym {
                len == 1 && name[start].text == phrase
            } else {
                let key = phrase_key(&name[range.clone()]);
                key == want || (want.len() >= 8 && within_one_edit(&key, &want))
            };
            if hit {
                return Some(range);
            }
        }
    }
    None
}

fn mark(used: &mut [bool], range: std::ops::Range<usize>) {
    for u in &mut used[range] {
        *u = true;
    }
}

/// Whether `name` resembles an official account (`officials`: user and display name) or a
/// police title with one of `places` (the district's and its stations' names).
pub fn likeness(name: &str, officials: &[(String, String)], places: &[String]) -> Option<Likeness> {
    let name_words = words(name);
    if name_words.is_empty() {
        return None;
    }
    let whole = phrase_key(&name_words);
    for (user, official) in officials {
        let theirs = phrase_key(&words(official));
        if theirs.len() >= 3
            && (whole == theirs || (theirs.len() >= 6 && within_one_edit(&whole, &theirs)))
        {
            return Some(Likeness::Official {
                user: user.clone(),
                name: official.clone(),
            });
        }
    }
    let mut used = vec![false; name_words.len()];
    for allowed in ALLOWED {
        while let Some(r) = find(&name_words, allowed, &used) {
            mark(&mut used, r);
        }
    }
    let mut weak: Vec<&str> = Vec::new();
    for (title, strength) in TITLES {
        let Some(r) = find(&name_words, title, &used) else {
            continue;
        };
        mark(&mut used, r);
        if *strength == Strong {
            let place = places
                .iter()
                .find(|p| find(&name_words, p, &used).is_some());
            return Some(Likeness::Title {
                title: (*title).to_string(),
                place: place.cloned(),
            });
        }
        weak.push(title);
    }
    if weak.is_empty() {
        return None;
    }
    let place = places
        .iter()
        .find(|p| find(&name_words, p, &used).is_some());
    (place.is_some() || weak.len() >= 2).then(|| Likeness::Title {
        title: weak.join(" + "),
        place: place.cloned(),
    })
}
