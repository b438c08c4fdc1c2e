//! The district layout of SPEC §3–§4 as a table.

use super::*;
use crate::core::district::{Lang, Names, Station};

fn district() -> District {
    let n = |h: &str, e: &str| Names {
        hi: h.into(),
        en: e.into(),
    };
    District {
        slug: "lko".into(),
        names: n("लखनऊ", "Lucknow"),
        office: n("पुलिस अधीक्षक लखनऊ कार्यालय", "SP Lucknow's office"),
        lang: Lang::Hi,
        officers: vec!["@sp:s".into()],
        stations: vec![
            Station {
                slug: "a".into(),
                names: n("अ", "A"),
                staff: vec!["@sho:s".into(), "@c:s".into()],
                leads: vec!["@sho:s".into()],
            },
            Station {
                slug: "b".into(),
                names: n("ब", "B"),
                staff: vec![],
                leads: vec![],
            },
        ],
    }
}

fn options() -> LayoutOptions {
    LayoutOptions {
        aliases: AliasTemplates {
            space: "{district}".into(),
            control: "{district}-control".into(),
            announcements: "{district}-announcements".into(),
            station: "thana-{station}".into(),
            desk: "thana-{station}-desk".into(),
            policy: "{district}-policy".into(),
        },
        encrypt: true,
        history_visibility: "shared".into(),
        bot_user: "@bot:s".into(),
        prefix: "!".into(),
        peers: vec![],
    }
}

#[test]
fn rooms_of_a_district() {
    let rooms = district_rooms(&district(), &options());
    let summary: Vec<(&str, JoinRule, i64, bool, Vec<&str>)> = rooms
        .iter()
        .map(|r| {
            (
                r.alias_localpart.as_str(),
                r.join_rule,
                r.power.events_default,
                r.encrypt,
                r.invite.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            // Staff are in the space, so their rooms are grouped under it.
            (
                "lko",
                JoinRule::Knock,
                50,
                false,
                vec!["@sp:s", "@sho:s", "@c:s"]
            ),
            (
                "lko-control",
                JoinRule::Invite,
                0,
                true,
                vec!["@sp:s", "@sho:s"]
            ),
            (
                "lko-announcements",
                JoinRule::Knock,
                50,
                true,
                vec!["@sp:s"]
            ),
            ("lko-policy", JoinRule::Invite, 100, false, vec!["@sp:s"]),
            // Officers are invited to every station room and desk.
            (
                "thana-a",
                JoinRule::Knock,
                0,
                true,
                vec!["@sho:s", "@c:s", "@sp:s"]
            ),
            (
                "thana-a-desk",
                JoinRule::Invite,
                0,
                true,
                vec!["@sho:s", "@c:s", "@sp:s"]
            ),
            ("thana-b", JoinRule::Knock, 0, true, vec!["@sp:s"]),
            ("thana-b-desk", JoinRule::Invite, 0, true, vec!["@sp:s"]),
        ]
    );
    assert!(rooms[0].is_space && rooms[1..].iter().all(|r| !r.is_space));
}

#[test]
fn power_levels_follow_roles() {
    let rooms = district_rooms(&district(), &options());
    let level = |alias: &str, user: &str| {
        rooms
            .iter()
            .find(|r| r.alias_localpart == alias)
            .unwrap()
            .power
            .users
            .get(user)
            .copied()
    };
    let cases = [
        ("thana-a", "@sp:s", Some(100)),
        ("thana-b-desk", "@sp:s", Some(100)),
        ("thana-a", "@c:s", Some(50)),
        ("thana-a-desk", "@sho:s", Some(50)),
        ("thana-b", "@c:s", None),
        ("lko-control", "@sho:s", Some(50)),
        ("lko-control", "@c:s", None),
        ("lko-announcements", "@sho:s", None),
        ("lko", "@bot:s", Some(100)),
    ];
    for (alias, user, want) in cases {
        assert_eq!(level(alias, user), want, "{user} in {alias}");
    }
}

#[test]
fn names_are_bilingual() {
    for r in district_rooms(&district(), &options()) {
        assert!(r.name.contains(" · "), "{}", r.name);
        assert!(r.topic.contains(" · "), "{}", r.topic);
    }
}

/// A knock's reason is public: the station topic says so and names the private `!join` path,
/// in both languages.
#[test]
fn station_topics_name_the_private_join_path() {
    for r in district_rooms(&district(), &options()) {
        let RoomKind::Station(slug) = &r.kind else {
            continue;
        };
        let join = format!("!join {slug}");
        let (hi, en) = r.topic.split_once(" · ").unwrap();
        for half in [hi, en] {
            assert!(half.contains(&join) && half.contains("@bot:s"), "{half}");
        }
        assert!(hi.contains("निजी जानकारी न"), "{hi}");
        assert!(en.contains("no personal details"), "{en}");
    }
}
