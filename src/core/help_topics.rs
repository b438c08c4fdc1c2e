//! `!help` in groups: the everyday commands in full, the rest as one line per topic
//! (vetting, moderation, reports, district) with `!help <topic>` for its commands, so staff
//! and officers get a screen, not 37 lines.

use crate::core::command_spec::CommandSpec;
use crate::core::district::Lang;
use crate::core::i18n::T;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Vetting,
    Moderation,
    Reports,
    District,
}

pub const TOPICS: [Topic; 4] = [
    Topic::Vetting,
    Topic::Moderation,
    Topic::Reports,
    Topic::District,
];

impl Topic {
    /// The word after `!help` (English, as commands are).
    pub fn key(self) -> &'static str {
        match self {
            Topic::Vetting => "vetting",
            Topic::Moderation => "moderation",
            Topic::Reports => "reports",
            Topic::District => "district",
        }
    }

    pub fn title(self) -> T {
        match self {
            Topic::Vetting => T::new("सदस्य और सत्यापन", "members and vetting"),
            Topic::Moderation => T::new("मॉडरेशन", "moderation"),
            Topic::Reports => T::new("शिकायतें, कार्य और तथ्य-जाँच", "reports, tasks and fact-checks"),
            Topic::District => T::new(
                "ज़िला: सूचनाएँ, लॉक, रिले, सारांश",
                "district: announcements, locks, relays, digest",
            ),
        }
    }

    /// `!help vetting` or its Hindi name.
    pub fn parse(word: &str) -> Option<Topic> {
        let w = word.to_lowercase();
        TOPICS.into_iter().find(|t| {
            t.key() == w
                || match t {
                    Topic::Vetting => w == "सत्यापन" || w == "सदस्य",
                    Topic::Moderation => w == "मॉडरेशन",
                    Topic::Reports => w == "शिकायतें" || w == "शिकायत",
                    Topic::District => w == "ज़िला" || w == "जिला",
                }
        })
    }

    /// The topic a command belongs to; `None` for the everyday ones, always listed in full.
    pub fn of(c: &CommandSpec) -> Option<Topic> {
        Some(match c.name {
            "approve" | "deny" | "pending" | "volunteers" | "volunteer" | "block" | "unblock"
            | "blocklist" => Topic::Vetting,
            "warn" | "mute" | "unmute" | "kick" | "ban" | "strikes" | "undo" | "dryrun"
            | "filters" | "set" | "lexicon" | "remove" | "dismiss" | "restore" => Topic::Moderation,
            "ack" | "assign" | "resolve" | "tickets" | "fact" | "task" | "tasks" | "cancel"
            | "reply" | "reveal" => Topic::Reports,
            "announce" | "lock" | "unlock" | "broadcast" | "relay" | "digest" => Topic::District,
            _ => return None,
        })
    }
}

/// One line of the overview: `• moderation: !warn, !mute … — !help moderation`.
pub fn line(lang: Lang, prefix: &str, t: Topic, names: &[&str]) -> String {
    let list: Vec<String> = names.iter().map(|n| format!("{prefix}{n}")).collect();
    format!(
        "• {}: {} — {prefix}help {}",
        t.title().get(lang),
        list.join(", "),
        t.key()
    )
}
