//! Validation of `[[districts]]`: slugs, names, officers, stations and staff assignments,
//! collecting every problem with its key.

use std::collections::BTreeMap;

use super::problems::Problems;
use super::raw::RawDistrict;
use crate::core::district::{District, Lang, Names, Station};
use crate::core::layout::AliasTemplates;

pub(super) fn districts(
    p: &mut Problems,
    raw: &[RawDistrict],
    default_lang: Lang,
    aliases: &AliasTemplates,
) -> Vec<District> {
    if raw.is_empty() {
        p.add("districts", "at least one [[districts]] is required");
    }
    // Station slugs must be unique district-wide, and state-wide when the station aliases do
    // not contain {district} (they would collide on the homeserver).
    let state_wide =
        !aliases.station.contains("{district}") || !aliases.desk.contains("{district}");
    let mut district_seen: BTreeMap<String, String> = BTreeMap::new();
    let mut station_seen: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut out = Vec::new();
    for (di, d) in raw.iter().enumerate() {
        let dk = format!("districts[{di}]");
        let slug = p
            .required(&format!("{dk}.slug"), &d.slug)
            .unwrap_or_default();
        if d.slug.is_some() {
            p.slug(&format!("{dk}.slug"), &slug);
            if let Some(first) = district_seen.insert(slug.clone(), dk.clone()) {
                p.add(
                    format!("{dk}.slug"),
                    format!("duplicate district slug \"{slug}\" (also at {first})"),
                );
            }
        }
        let names = Names {
            hi: p
                .required(&format!("{dk}.name_hi"), &d.name_hi)
                .unwrap_or_default(),
            en: p
                .required(&format!("{dk}.name_en"), &d.name_en)
                .unwrap_or_default(),
        };
        let office = Names {
            hi: d
                .office_hi
                .clone()
                .unwrap_or_else(|| format!("पुलिस अधीक्षक {} कार्यालय", names.hi)),
            en: d
                .office_en
                .clone()
                .unwrap_or_else(|| format!("SP {}'s office", names.en)),
        };
        let lang = p.lang(&format!("{dk}.language"), &d.language, default_lang);
        let officers: Vec<String> = d
            .officers
            .iter()
            .enumerate()
            .filter_map(|(i, o)| p.user_id(&format!("{dk}.officers[{i}]"), o))
            .collect();
        let mut stations: Vec<Station> = Vec::new();
        for (si, s) in d.stations.iter().enumerate() {
            let sk = format!("{dk}.stations[{si}]");
            let sslug = p
                .required(&format!("{sk}.slug"), &s.slug)
                .unwrap_or_default();
            if s.slug.is_some() {
                p.slug(&format!("{sk}.slug"), &sslug);
                let scope = if state_wide {
                    String::new()
                } else {
                    slug.clone()
                };
                if let Some(first) = station_seen.insert((scope, sslug.clone()), sk.clone()) {
                    p.add(
                        format!("{sk}.slug"),
                        format!("duplicate station slug \"{sslug}\" (also at {first})"),
                    );
                }
            }
            stations.push(Station {
                slug: sslug,
                names: Names {
                    hi: p
                        .required(&format!("{sk}.name_hi"), &s.name_hi)
                        .unwrap_or_default(),
                    en: p
                        .required(&format!("{sk}.name_en"), &s.name_en)
                        .unwrap_or_default(),
                },
                staff: Vec::new(),
                leads: Vec::new(),
            });
        }
        for (ti, t) in d.staff.iter().enumerate() {
            let tk = format!("{dk}.staff[{ti}]");
            let user = p
                .required(&format!("{tk}.user"), &t.user)
                .and_then(|u| p.user_id(&format!("{tk}.user"), &u));
            let Some(station_slug) = p.required(&format!("{tk}.station"), &t.station) else {
                continue;
            };
            let Some(station) = stations.iter_mut().find(|s| s.slug == station_slug) else {
                p.add(
                    format!("{tk}.station"),
                    format!("\"{station_slug}\" is not a station of district \"{slug}\""),
                );
                continue;
            };
            let Some(user) = user else { continue };
            if station.staff.contains(&user) {
                p.add(
                    format!("{tk}.user"),
                    format!("{user} is listed twice for station \"{station_slug}\""),
                );
                continue;
            }
            if t.lead.unwrap_or(false) {
                station.leads.push(user.clone());
            }
            station.staff.push(user);
        }
        out.push(District {
            slug,
            names,
            office,
            lang,
            officers,
            stations,
        });
    }
    out
}
