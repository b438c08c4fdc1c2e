//! Every user-visible string, in Hindi and English. The district's language picks one.
//! Strings with parameters are functions; plain ones are [`T`] constants.

use crate::core::district::Lang;

/// A text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct T {
    pub hi: &'static str,
    pub en: &'static str,
}

impl T {
    pub const fn new(hi: &'static str, en: &'static str) -> T {
        T { hi, en }
    }
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Hi => self.hi,
            Lang::En => self.en,
        }
    }
}

/// The text of the district's language, of two already written.
pub fn pick(lang: Lang, hi: String, en: String) -> String {
    match lang {
        Lang::Hi => hi,
        Lang::En => en,
    }
}

/// In a DM or elsewhere, a command that acts on a station room needs to know which.
pub const NO_STATION_ROOM: T = T::new(
    "इस थाने का समूह अभी बॉट को नहीं मिला।",
    "The bot is not in this station's room yet.",
);

pub const HELP_HEADER: T = T::new(
    "आप यहाँ ये कमांड इस्तेमाल कर सकते हैं:",
    "Commands you can use here:",
);
pub const HELP_FOOTER: T = T::new(
    "किसी कमांड के बारे में और जानने के लिए: {p}help <कमांड>",
    "For more about a command: {p}help <command>",
);
/// In a station room's `!help`: what every member sees, and the private ways.
pub const STATION_PRIVACY: T = T::new(
    "इस समूह में लिखा सब कुछ (“Ask to join” का कारण भी) सभी सदस्य देखते हैं। निजी बात बॉट को DM में भेजें: {p}join <थाना> <कारण> जुड़ने के लिए, {p}report <सूचना> शिकायत के लिए।",
    "Everything written here (an “Ask to join” reason too) is seen by every member. Send private things to the bot in a DM: {p}join <station> <reason> to ask to join, {p}report <text> to report.",
);
pub const SOON: T = T::new("(जल्द उपलब्ध)", "(coming soon)");
pub const NOT_YET: T = T::new(
    "यह कमांड अभी इस संस्करण में उपलब्ध नहीं है।",
    "This command is not available in this version yet.",
);
pub const USAGE: T = T::new("उपयोग", "Usage");
pub const WHO: T = T::new("कौन", "Who");
pub const WHERE: T = T::new("कहाँ", "Where");
pub const NOT_HERE: T = T::new(
    "यह कमांड यहाँ नहीं चलती, या आपको इसकी अनुमति नहीं है।",
    "This command cannot be used here, or you are not allowed to use it.",
);

pub fn unknown_command(lang: Lang, prefix: &str, name: &str) -> String {
    match lang {
        Lang::Hi => format!("“{prefix}{name}” कोई कमांड नहीं है। सभी कमांड देखने के लिए: {prefix}help"),
        Lang::En => format!("“{prefix}{name}” is not a command. To see all commands: {prefix}help"),
    }
}

pub fn bad_arguments(lang: Lang, usage: &str) -> String {
    match lang {
        Lang::Hi => format!("कमांड सही नहीं लिखी गई। {}: {usage}", USAGE.hi),
        Lang::En => format!(
            "That command is not written correctly. {}: {usage}",
            USAGE.en
        ),
    }
}

/// Names of roles, for `!help <command>`.
pub const ROLE_ANYONE: T = T::new("कोई भी", "anyone");
pub const ROLE_STAFF: T = T::new("थाना स्टाफ़ और अधिकारी", "station staff and officers");
pub const ROLE_OFFICER: T = T::new("अधिकारी", "officers");

/// Names of places, for `!help <command>`.
pub const SPOT_DM: T = T::new("बॉट से निजी बातचीत", "direct chat with the bot");
pub const SPOT_STATION: T = T::new("थाना समूह", "station room");
pub const SPOT_DESK: T = T::new("थाना डेस्क", "station desk");
pub const SPOT_CONTROL: T = T::new("कंट्रोल रूम", "control room");
pub const SPOT_ANNOUNCEMENTS: T = T::new("सूचना कक्ष", "announcements room");
