//! [`Directory`]: what the core knows of the deployment — the topology, the bot itself and
//! each district's rules. Built once from the config; read by every feature.

use crate::core::district::{District, Lang};
use crate::core::event::Place;
use crate::core::moderation::settings::Rules;

/// What the core knows of the deployment: the topology and the bot itself.
#[derive(Debug, Clone)]
pub struct Directory {
    pub districts: Vec<District>,
    pub bot_user: String,
    /// The bot's display name (`bot.display_name`): a member's name like it poses as the bot.
    pub bot_name: String,
    /// Other Saathi instances' bots (`bot.peers`): their events are not the bot's business.
    pub peer_bots: Vec<String>,
    pub prefix: String,
    /// The language for DMs and places outside any district.
    pub default_lang: Lang,
    /// Volunteer categories (lower case), e.g. trader, teacher, doctor…
    pub categories: Vec<String>,
    /// Open join requests older than this are reminded in the desk once a day.
    pub remind_after_ms: u64,
    /// Greeting words (built-in lexicon plus the district's additions); `None` turns the
    /// greeting filter off.
    pub greetings: Option<crate::core::rules::greeting::Lexicon>,
    /// Districts with words of their own: their lexicon in place of `greetings`.
    pub district_greetings:
        std::collections::BTreeMap<String, crate::core::rules::greeting::Lexicon>,
    /// Emergency words that raise alerts; `None` turns them off.
    pub emergency: Option<crate::core::emergency::EmergencyWords>,
    /// Each district's moderation defaults (config); a district not listed has SPEC's.
    pub rules: std::collections::BTreeMap<String, Rules>,
    /// The districts' local time, in minutes east of UTC (for night mode).
    pub utc_offset_min: i32,
    /// Tickets: privacy, the evidence window, escalation times.
    pub reports: crate::core::tickets::ReportRules,
    /// Rumour control: window, thresholds, removal of known-false copies.
    pub rumours: crate::core::rumour::RumourRules,
    /// When the daily digest is posted (minutes after local midnight); `None`: never.
    pub digest_at_min: Option<u32>,
}

impl Directory {
    pub fn lexicon_of(&self, district: &str) -> Option<&crate::core::rules::greeting::Lexicon> {
        self.district_greetings
            .get(district)
            .or(self.greetings.as_ref())
    }

    /// A link to an event, with the bot's server as `via`.
    pub fn link(&self, room_id: &str, event_id: &str) -> String {
        crate::core::link::event_link(
            room_id,
            event_id,
            crate::core::link::server_of(&self.bot_user),
        )
    }

    pub fn rules_of(&self, district: &str) -> Rules {
        self.rules.get(district).cloned().unwrap_or_default()
    }

    pub fn lang_for(&self, place: &Place) -> Lang {
        match place {
            Place::District(p) => self
                .districts
                .iter()
                .find(|d| d.slug == p.district)
                .map_or(self.default_lang, |d| d.lang),
            Place::Dm | Place::PolicyList(_) => self.default_lang,
        }
    }
}
