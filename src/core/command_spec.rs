//! [`CommandSpec`]: what the catalog says of one command — its arguments, summary, who may
//! use it and where ([`Spot`]). The catalog is data; help and routing read it.

use crate::core::district::{Lang, RoomKind};
use crate::core::event::Place;
use crate::core::i18n::{self, T};
use crate::core::roles::Role;

/// Kinds of place a command is meant for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    Dm,
    Station,
    Desk,
    Control,
    Announcements,
}

impl Spot {
    pub fn of(place: &Place) -> Option<Spot> {
        match place {
            Place::Dm => Some(Spot::Dm),
            Place::PolicyList(_) => None,
            Place::District(p) => match p.kind {
                RoomKind::Station(_) => Some(Spot::Station),
                RoomKind::Desk(_) => Some(Spot::Desk),
                RoomKind::Control => Some(Spot::Control),
                RoomKind::Announcements => Some(Spot::Announcements),
                RoomKind::Space | RoomKind::Policy => None,
            },
        }
    }

    pub(crate) fn name(self) -> T {
        match self {
            Spot::Dm => i18n::SPOT_DM,
            Spot::Station => i18n::SPOT_STATION,
            Spot::Desk => i18n::SPOT_DESK,
            Spot::Control => i18n::SPOT_CONTROL,
            Spot::Announcements => i18n::SPOT_ANNOUNCEMENTS,
        }
    }
}

/// One command of SPEC §5.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandSpec {
    pub name: &'static str,
    /// Arguments after the name, in each language.
    pub args: T,
    pub summary: T,
    pub min_role: Role,
    pub spots: &'static [Spot],
    pub implemented: bool,
}

impl CommandSpec {
    pub fn usage(&self, prefix: &str, lang: Lang) -> String {
        let args = self.args.get(lang);
        if args.is_empty() {
            format!("{prefix}{}", self.name)
        } else {
            format!("{prefix}{} {args}", self.name)
        }
    }

    pub fn allowed(&self, role: Role, place: &Place) -> bool {
        role >= self.min_role && Spot::of(place).is_some_and(|s| self.spots.contains(&s))
    }
}
