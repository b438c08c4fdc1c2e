//! The district topology as the core sees it: districts, their stations and who holds which
//! role. Plain data (user ids are validated strings), built by `config::validate`.

use serde::{Deserialize, Serialize};

/// The language the bot speaks in a district. Every user-visible text exists in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Hi,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "hi" => Some(Lang::Hi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A name in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Names {
    pub hi: String,
    pub en: String,
}

impl Names {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Hi => &self.hi,
            Lang::En => &self.en,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Station {
    pub slug: String,
    pub names: Names,
    /// Station staff (SHO/SO, constables on social-media duty): power 50 in room and desk.
    pub staff: Vec<String>,
    /// Staff who also sit in the district control room. Always a subset of `staff`.
    pub leads: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct District {
    pub slug: String,
    pub names: Names,
    /// Who speaks in a broadcast's station copy ("SP Lucknow's office").
    pub office: Names,
    pub lang: Lang,
    /// Officers (SP, ASP, CO): power 100 in every room of the district.
    pub officers: Vec<String>,
    pub stations: Vec<Station>,
}

impl District {
    pub fn station(&self, slug: &str) -> Option<&Station> {
        self.stations.iter().find(|s| s.slug == slug)
    }

    pub fn is_officer(&self, user: &str) -> bool {
        self.officers.iter().any(|o| o == user)
    }
}

/// Which room of a district a Matrix room is (SPEC §3).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "station", rename_all = "snake_case")]
pub enum RoomKind {
    Space,
    Control,
    Announcements,
    Station(String),
    Desk(String),
    /// The district blocklist published as a Matrix policy list (MSC2313), for other
    /// moderation tools to subscribe to.
    Policy,
}

impl RoomKind {
    pub fn station_slug(&self) -> Option<&str> {
        match self {
            RoomKind::Station(s) | RoomKind::Desk(s) => Some(s),
            _ => None,
        }
    }
}

/// A room's place in the topology: which district and which room of it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RoomPlace {
    pub district: String,
    pub kind: RoomKind,
}
