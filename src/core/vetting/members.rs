//! Volunteers who leave or are removed, and the hello in a new direct chat.

use super::requests::place_district;
use crate::core::action::Action;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::vetting::texts as t;
use crate::core::{
    change::Change,
    vetting::model::{Volunteer, VolunteerStatus},
};

/// Someone left or was removed from a station room: the registry follows.
pub fn on_member_gone(c: &Ctx<'_>, station: &str, target: &str, removed: bool) -> Decision {
    let district = place_district(c);
    let Some(v) = c
        .view
        .volunteer(&district, station, target)
        .filter(|v| v.status == VolunteerStatus::Active)
    else {
        return Decision::default();
    };
    let status = if removed {
        VolunteerStatus::Removed
    } else {
        VolunteerStatus::Left
    };
    Decision {
        actions: vec![],
        changes: vec![Change::PutVolunteer(Volunteer {
            status,
            status_at_ms: c.now_ms,
            ..v
        })],
    }
}

/// The hello in a new direct chat with the bot: the districts it serves, their stations, and
/// what can be done there.
pub fn dm_hello(c: &Ctx<'_>) -> Decision {
    let names: Vec<&str> = c
        .dir
        .districts
        .iter()
        .map(|d| d.names.get(c.lang))
        .collect();
    let slugs: Vec<&str> = c
        .dir
        .districts
        .iter()
        .flat_map(|d| d.stations.iter().map(|s| s.slug.as_str()))
        .collect();
    let mut stations = slugs
        .iter()
        .take(12)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if slugs.len() > 12 {
        stations.push_str(", …");
    }
    Decision {
        actions: vec![Action::Dm {
            user: c.ev.sender.clone(),
            body: t::dm_hello(c.lang, &c.dir.prefix, &names.join(", "), &stations),
        }],
        changes: vec![],
    }
}
