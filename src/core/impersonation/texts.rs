//! The impersonation texts, Hindi and English: the desk's flag, the member's DMs, the public
//! removal reason (it names the rule only) and the answers of `!verify @user`.

use super::model::Suspect;
use crate::core::district::Lang;
use crate::core::i18n::pick;

pub fn desk_flagged(lang: Lang, prefix: &str, s: &Suspect, remove_at: Option<&str>) -> String {
    let (name, user, like) = (&s.name, &s.user, &s.resembles);
    let next_hi = match remove_at {
        Some(at) => format!("नाम न बदला तो {at} पर समूहों से हटा दिए जाएँगे।"),
        None => format!("हटाना हो तो: {prefix}kick {user}"),
    };
    let next_en = match remove_at {
        Some(at) => format!("Unless the name changes, they are removed from the rooms at {at}."),
        None => format!("To remove them: {prefix}kick {user}"),
    };
    pick(
        lang,
        format!(
            "🚩 पुलिस जैसा नाम: {user} का नाम “{name}” है — यह “{like}” जैसा दिखता है। \
             सदस्य को DM में नाम बदलने को कहा गया है। {next_hi}"
        ),
        format!(
            "🚩 Name posing as the police: {user} is called “{name}”, which looks like “{like}”. \
             They were asked by DM to change it. {next_en}"
        ),
    )
}

pub fn dm_flagged(lang: Lang, name: &str, district: &str, grace: Option<&str>) -> String {
    let then_hi = match grace {
        Some(g) => format!(" {g} में नाम न बदला तो आपको समूहों से हटा दिया जाएगा।"),
        None => String::new(),
    };
    let then_en = match grace {
        Some(g) => format!(" If it is not changed within {g}, you will be removed from the rooms."),
        None => String::new(),
    };
    pick(
        lang,
        format!(
            "नमस्ते। {district} पुलिस के समूहों में आपका नाम “{name}” किसी पुलिस खाते या पद जैसा \
             दिखता है। पुलिस के नाम से ठगी रोकने के लिए केवल आधिकारिक पुलिस खाते ही पुलिस पद \
             लिख सकते हैं। कृपया अपना नाम बदलें (Element: सेटिंग → खाता → प्रदर्शित नाम)।{then_hi}"
        ),
        format!(
            "Hello. In the {district} police rooms your display name “{name}” looks like a police \
             account or title. To stop scams in the police's name, only official police accounts \
             may carry police titles. Please change your name (Element: Settings → Account → \
             Display name).{then_en}"
        ),
    )
}

pub fn desk_renamed(lang: Lang, user: &str, old: &str, new: &str) -> String {
    pick(
        lang,
        format!("✅ {user} ने नाम “{old}” से बदलकर “{new}” कर लिया — अब कोई कार्रवाई नहीं।"),
        format!("✅ {user} changed their name from “{old}” to “{new}” — nothing more to do."),
    )
}

pub fn dm_renamed(lang: Lang) -> String {
    pick(
        lang,
        "धन्यवाद — आपका नया नाम ठीक है।".into(),
        "Thank you — your new name is fine.".into(),
    )
}

/// The reason on the removal, which every member of the room can read: the rule only.
pub fn removal_reason(lang: Lang) -> String {
    pick(
        lang,
        "साथी: पुलिस जैसा नाम".into(),
        "Saathi: name posing as the police".into(),
    )
}

pub fn desk_removed(lang: Lang, user: &str, name: &str, rooms: usize) -> String {
    pick(
        lang,
        format!("⛔ {user} (“{name}”) ने नाम नहीं बदला: {rooms} समूहों से हटाया गया।"),
        format!("⛔ {user} (“{name}”) did not change the name: removed from {rooms} room(s)."),
    )
}

pub fn dm_removed(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!(
            "आपका नाम “{name}” पुलिस जैसा था और बदला नहीं गया, इसलिए आपको समूहों से हटा दिया \
             गया है। नाम बदलकर आप फिर से जुड़ने का अनुरोध कर सकते हैं।"
        ),
        format!(
            "Your name “{name}” posed as the police and was not changed, so you were removed \
             from the rooms. Change it and you may ask to join again."
        ),
    )
}

/// What an account is, for `!verify @user`.
pub enum Official {
    Bot,
    Officer { district: String },
    Staff { district: String, station: String },
    Volunteer { station: String },
    NotPolice,
}

pub fn verify_account(lang: Lang, user: &str, o: &Official) -> String {
    let never = pick(
        lang,
        "पुलिस आपसे कभी पैसे नहीं माँगती और न ही वीडियो कॉल पर बने रहने को कहती है — \
         ऐसा कोई कहे तो 1930 पर या थाने में बताएँ।"
            .into(),
        "The police will never ask you for money or to stay on a video call — if someone \
         does, tell 1930 or your police station."
            .into(),
    );
    let head = match o {
        Official::Bot => pick(
            lang,
            format!("✅ {user} यही साथी बॉट है (पुलिस का आधिकारिक सहायक)।"),
            format!("✅ {user} is this Saathi bot (the police's official assistant)."),
        ),
        Official::Officer { district } => pick(
            lang,
            format!("✅ {user} आधिकारिक पुलिस खाता है: {district} पुलिस, अधिकारी।"),
            format!("✅ {user} is an official police account: {district} police, officer."),
        ),
        Official::Staff { district, station } => pick(
            lang,
            format!("✅ {user} आधिकारिक पुलिस खाता है: {district} पुलिस, थाना {station} का स्टाफ़।"),
            format!(
                "✅ {user} is an official police account: {district} police, staff of {station} police station."
            ),
        ),
        Official::Volunteer { station } => pick(
            lang,
            format!("ℹ️ {user} थाना {station} का सत्यापित डिजिटल स्वयंसेवक है — पुलिस खाता नहीं।"),
            format!(
                "ℹ️ {user} is a verified digital volunteer of {station} police station — not a police account."
            ),
        ),
        Official::NotPolice => pick(
            lang,
            format!("❌ {user} पुलिस खाता नहीं है।"),
            format!("❌ {user} is not a police account."),
        ),
    };
    format!("{head}\n{never}")
}
