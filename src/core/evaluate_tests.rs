//! Table tests of `evaluate` with a fixed two-station district.

use super::*;
use crate::core::district::{Names, RoomKind, RoomPlace, Station};

fn dir(lang: Lang) -> Directory {
    let n = |s: &str| Names {
        hi: format!("{s}-hi"),
        en: s.to_string(),
    };
    Directory {
        districts: vec![District {
            slug: "lko".into(),
            names: n("Lucknow"),
            lang,
            officers: vec!["@sp:s".into()],
            stations: vec![Station {
                slug: "a".into(),
                names: n("A"),
                staff: vec!["@sho:s".into()],
                leads: vec!["@sho:s".into()],
            }],
        }],
        bot_user: "@bot:s".into(),
        prefix: "!".into(),
        default_lang: lang,
    }
}

fn ev(sender: &str, place: Place, body: EventBody) -> BotEvent {
    BotEvent {
        event_id: "$e".into(),
        room_id: "!r".into(),
        sender: sender.into(),
        origin_ts_ms: 1,
        place,
        body,
    }
}

fn station(kind: RoomKind) -> Place {
    Place::District(RoomPlace {
        district: "lko".into(),
        kind,
    })
}

fn text(s: &str) -> EventBody {
    EventBody::text(s)
}

/// The single reply's body, or None when nothing is done.
fn reply(d: &Directory, e: &BotEvent) -> Option<String> {
    let dec = evaluate(d, e);
    assert!(dec.actions.len() <= 1);
    dec.actions.into_iter().next().map(|a| match a {
        Action::Reply {
            body,
            in_reply_to,
            room_id,
            mention,
            ..
        } => {
            assert_eq!(
                (in_reply_to.as_str(), room_id.as_str(), mention.as_str()),
                ("$e", "!r", e.sender.as_str())
            );
            body
        }
    })
}

#[test]
fn replies_table() {
    let en = dir(Lang::En);
    let st = || station(RoomKind::Station("a".into()));
    let desk = || station(RoomKind::Desk("a".into()));
    // (sender, place, body, must contain, must not contain); None = no reply at all.
    let cases: Vec<(&str, Place, EventBody, Option<&str>, &str)> = vec![
        ("@v:s", st(), text("!help"), Some("!help"), "!approve"),
        ("@v:s", st(), text("!help"), Some("!report"), "!broadcast"),
        (
            "@sho:s",
            desk(),
            text("!help"),
            Some("!approve"),
            "!broadcast",
        ),
        (
            "@sp:s",
            station(RoomKind::Control),
            text("!help"),
            Some("!broadcast"),
            "!approve",
        ),
        ("@v:s", Place::Dm, text("!help"), Some("!join"), "!approve"),
        (
            "@v:s",
            st(),
            text("!help block"),
            Some("Usage: !block @user <reason>"),
            "not a command",
        ),
        (
            "@v:s",
            st(),
            text("!help nothing"),
            Some("“!nothing” is not a command"),
            "Usage",
        ),
        (
            "@v:s",
            st(),
            text("!nothing"),
            Some("is not a command"),
            "Usage",
        ),
        (
            "@v:s",
            st(),
            text("!help a b"),
            Some("Usage: !help [command]"),
            "Commands",
        ),
        (
            "@v:s",
            st(),
            text("!block @x:s tout"),
            Some("cannot be used here"),
            "not available",
        ),
        (
            "@sho:s",
            desk(),
            text("!block @x:s tout"),
            Some("not available in this version"),
            "cannot be used",
        ),
        ("@v:s", st(), text("good morning"), None, ""),
        ("@bot:s", st(), text("!help"), None, ""),
        ("@v:s", st(), EventBody::Notice, None, ""),
        ("@v:s", st(), EventBody::Other, None, ""),
    ];
    for (sender, place, body, want, not) in cases {
        let e = ev(sender, place, body);
        let got = reply(&en, &e);
        match want {
            None => assert_eq!(got, None, "{e:?}"),
            Some(w) => {
                let got = got.unwrap_or_else(|| panic!("no reply to {e:?}"));
                assert!(got.contains(w), "{e:?}: {got:?} lacks {w:?}");
                assert!(!got.contains(not), "{e:?}: {got:?} contains {not:?}");
            }
        }
    }
}

#[test]
fn volunteer_sees_fewer_commands_than_staff() {
    let d = dir(Lang::En);
    let lines = |sender: &str| {
        reply(
            &d,
            &ev(
                sender,
                station(RoomKind::Station("a".into())),
                text("!help"),
            ),
        )
        .unwrap()
        .lines()
        .count()
    };
    assert!(lines("@v:s") < lines("@sho:s"));
    assert!(lines("@sho:s") <= lines("@sp:s"));
}

#[test]
fn speaks_the_district_language() {
    let hi = reply(
        &dir(Lang::Hi),
        &ev(
            "@v:s",
            station(RoomKind::Station("a".into())),
            text("!help"),
        ),
    )
    .unwrap();
    assert!(hi.starts_with("आप यहाँ"), "{hi}");
    let en = reply(
        &dir(Lang::En),
        &ev(
            "@v:s",
            station(RoomKind::Station("a".into())),
            text("!help"),
        ),
    )
    .unwrap();
    assert!(en.starts_with("Commands you can use here"), "{en}");
}

#[test]
fn every_catalog_entry_has_both_languages() {
    for c in help::CATALOG {
        assert!(
            !c.summary.hi.is_empty() && !c.summary.en.is_empty(),
            "{}",
            c.name
        );
        assert_eq!(c.args.hi.is_empty(), c.args.en.is_empty(), "{}", c.name);
        assert!(!c.spots.is_empty(), "{}", c.name);
    }
}
