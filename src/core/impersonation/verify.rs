//! `!verify @user` (anyone, any room or DM): is this account an official police account of the
//! district, and in which role? The answer to a scam call's "I am the SHO" — and a reminder
//! that the police never ask for money or for someone to stay on a video call.

use super::texts::{self, Official};
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::vetting::model::VolunteerStatus;

/// What `user` is, as `!verify` tells it.
pub fn cmd_verify_account(c: &Ctx<'_>, user: &str) -> Decision {
    c.answer(texts::verify_account(c.lang, user, &standing(c, user)))
}

fn standing(c: &Ctx<'_>, user: &str) -> Official {
    if user == c.dir.bot_user {
        return Official::Bot;
    }
    for d in &c.dir.districts {
        let district = d.names.get(c.lang).to_string();
        if d.is_officer(user) {
            return Official::Officer { district };
        }
        if let Some(s) = d
            .stations
            .iter()
            .find(|s| s.staff.iter().any(|u| u == user))
        {
            return Official::Staff {
                district,
                station: s.names.get(c.lang).to_string(),
            };
        }
    }
    let volunteer = c
        .view
        .volunteer_records(user)
        .into_iter()
        .find(|v| v.status == VolunteerStatus::Active);
    match volunteer {
        Some(v) => Official::Volunteer {
            station: c.station_name(&v.district, &v.station),
        },
        None => Official::NotPolice,
    }
}
