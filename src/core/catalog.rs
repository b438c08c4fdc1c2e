//! The command catalog of SPEC §5: every command, who may use it and where, in the order
//! `!help` lists them. Data only; `help` renders it.

use crate::core::command_spec::{CommandSpec, Spot};
use crate::core::i18n::T;
use crate::core::roles::Role;

const ANY: &[Spot] = &[
    Spot::Dm,
    Spot::Station,
    Spot::Desk,
    Spot::Control,
    Spot::Announcements,
];
const ROOMS: &[Spot] = &[
    Spot::Station,
    Spot::Desk,
    Spot::Control,
    Spot::Announcements,
];
const DM: &[Spot] = &[Spot::Dm];
const DESK: &[Spot] = &[Spot::Desk];
const CONTROL: &[Spot] = &[Spot::Control];
const DESK_CONTROL: &[Spot] = &[Spot::Desk, Spot::Control];
const STATION_DESK: &[Spot] = &[Spot::Station, Spot::Desk];
const STATION_DM: &[Spot] = &[Spot::Station, Spot::Dm];
const STATION: &[Spot] = &[Spot::Station];
const TASK_SPOTS: &[Spot] = &[Spot::Control, Spot::Desk, Spot::Dm];

macro_rules! cmd {
    ($name:literal, $args:expr, $summary:expr, $role:ident, $spots:expr, $done:literal) => {
        CommandSpec {
            name: $name,
            args: $args,
            summary: $summary,
            min_role: Role::$role,
            spots: $spots,
            implemented: $done,
        }
    };
}

const NONE: T = T::new("", "");
const AT_USER: T = T::new("@सदस्य", "@user");

#[path = "catalog_police.rs"]
mod police;

/// Every command of SPEC §5, in the order `!help` lists them: the public's, then the police's.
pub static CATALOG: std::sync::LazyLock<Vec<CommandSpec>> =
    std::sync::LazyLock::new(|| [PUBLIC, police::POLICE].concat());

/// What anyone may use (some of it in a DM only).
const PUBLIC: &[CommandSpec] = &[
    cmd!(
        "help",
        T::new("[कमांड]", "[command]"),
        T::new("आप यहाँ क्या कर सकते हैं", "what you can do here"),
        Volunteer,
        ANY,
        true
    ),
    cmd!(
        "join",
        T::new("<थाना> [कारण]", "<station> [reason]"),
        T::new("थाना समूह में जुड़ने का अनुरोध", "ask to join a station room"),
        Volunteer,
        DM,
        true
    ),
    cmd!(
        "verify",
        T::new("<कोड>|@सदस्य", "<code>|@user"),
        T::new(
            "क्या यह कोड किसी पंजीकृत स्वयंसेवक का है, या यह खाता सचमुच पुलिस का है",
            "is this code a registered volunteer, or this account really the police"
        ),
        Volunteer,
        ANY,
        true
    ),
    cmd!(
        "mycard",
        NONE,
        T::new("आपका सत्यापन कोड और कार्ड", "your verification code and card"),
        Volunteer,
        DM,
        true
    ),
    cmd!(
        "rules",
        NONE,
        T::new("समूह के नियम", "the room's rules"),
        Volunteer,
        STATION,
        true
    ),
    cmd!(
        "tip",
        T::new("[थाना] <सूचना>", "[station] <text>"),
        T::new(
            "पुलिस को गुमनाम सूचना (बॉट से निजी चैट में)",
            "an anonymous tip to the police (in a private chat with the bot)"
        ),
        Volunteer,
        ANY,
        true
    ),
    cmd!(
        "report",
        T::new("<विवरण>", "<text>"),
        T::new(
            "शिकायत/सूचना दर्ज करें (फ़ोटो बाद में भेजें)",
            "open a report (send photos right after)"
        ),
        Volunteer,
        STATION_DM,
        true
    ),
    cmd!(
        "facts",
        NONE,
        T::new("हाल के तथ्य-जाँच निर्णय", "recent fact-check verdicts"),
        Volunteer,
        ANY,
        true
    ),
    cmd!(
        "done",
        T::new("<कार्य> [टिप्पणी]", "<task> [note]"),
        T::new("सौंपा गया कार्य पूरा करें", "complete a task given to you"),
        Volunteer,
        TASK_SPOTS,
        true
    ),
];
