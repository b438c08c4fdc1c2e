//! Who someone is in a given place (SPEC §4). Roles are ordered: a higher role may do all
//! that a lower one may.

use crate::core::district::{District, RoomKind};
use crate::core::event::Place;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Anyone else: digital volunteers and people asking to join.
    Volunteer,
    /// Staff of the station whose room or desk this is (or, in a DM, of any station).
    Staff,
    /// Officer of the district (or, in a DM, of any district).
    Officer,
}

/// The role of `user` in `place`, given the district topology.
pub fn role_in(districts: &[District], user: &str, place: &Place) -> Role {
    match place {
        Place::PolicyList(_) => Role::Volunteer,
        Place::Dm => districts
            .iter()
            .map(|d| role_in_district(d, user, None))
            .max()
            .unwrap_or(Role::Volunteer),
        Place::District(p) => districts
            .iter()
            .find(|d| d.slug == p.district)
            .map(|d| role_in_district(d, user, Some(&p.kind)))
            .unwrap_or(Role::Volunteer),
    }
}

/// `kind = None` means "anywhere in the district" (used for DMs).
fn role_in_district(d: &District, user: &str, kind: Option<&RoomKind>) -> Role {
    if d.is_officer(user) {
        return Role::Officer;
    }
    let staff_of = |slug: &str| {
        d.station(slug)
            .is_some_and(|s| s.staff.iter().any(|u| u == user))
    };
    let lead_anywhere = || d.stations.iter().any(|s| s.leads.iter().any(|u| u == user));
    let is_staff = match kind {
        None => d.stations.iter().any(|s| s.staff.iter().any(|u| u == user)),
        Some(RoomKind::Station(s)) | Some(RoomKind::Desk(s)) => staff_of(s),
        // Station leads sit in the control room and act there as staff.
        Some(RoomKind::Control) => lead_anywhere(),
        Some(RoomKind::Space) | Some(RoomKind::Announcements) | Some(RoomKind::Policy) => false,
    };
    if is_staff {
        Role::Staff
    } else {
        Role::Volunteer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::district::{Lang, Names, RoomPlace, Station};

    fn district() -> District {
        let names = Names {
            hi: "x".into(),
            en: "x".into(),
        };
        District {
            slug: "lko".into(),
            names: names.clone(),
            office: names.clone(),
            lang: Lang::Hi,
            officers: vec!["@sp:s".into()],
            stations: vec![
                Station {
                    slug: "a".into(),
                    names: names.clone(),
                    staff: vec!["@sho:s".into(), "@c:s".into()],
                    leads: vec!["@sho:s".into()],
                },
                Station {
                    slug: "b".into(),
                    names,
                    staff: vec!["@b:s".into()],
                    leads: vec![],
                },
            ],
        }
    }

    fn at(kind: RoomKind) -> Place {
        Place::District(RoomPlace {
            district: "lko".into(),
            kind,
        })
    }

    #[test]
    fn roles_by_place() {
        let ds = [district()];
        let cases = [
            ("@sp:s", at(RoomKind::Station("b".into())), Role::Officer),
            ("@sp:s", Place::Dm, Role::Officer),
            ("@c:s", at(RoomKind::Desk("a".into())), Role::Staff),
            ("@c:s", at(RoomKind::Desk("b".into())), Role::Volunteer),
            ("@c:s", at(RoomKind::Control), Role::Volunteer),
            ("@sho:s", at(RoomKind::Control), Role::Staff),
            ("@b:s", Place::Dm, Role::Staff),
            ("@x:s", Place::Dm, Role::Volunteer),
            (
                "@sp:s",
                Place::District(RoomPlace {
                    district: "other".into(),
                    kind: RoomKind::Control,
                }),
                Role::Volunteer,
            ),
        ];
        for (user, place, want) in cases {
            assert_eq!(role_in(&ds, user, &place), want, "{user} in {place:?}");
        }
    }
}
