//! Table tests of `evaluate`: help, errors and language.

use super::*;
use crate::core::change::Change;
use crate::core::district::Lang;
use crate::core::test_view::{TestView, at, directory, ev, run};

/// The single reply's body, or None when nothing is said.
fn reply(d: &Directory, e: &BotEvent) -> Option<String> {
    let dec = run(d, &TestView::default(), e);
    let replies: Vec<String> = dec
        .actions
        .into_iter()
        .filter_map(|a| match a {
            Action::Reply {
                body,
                in_reply_to,
                room_id,
                mention,
                ..
            } => {
                assert_eq!(
                    (in_reply_to.as_str(), room_id.as_str(), mention.as_str()),
                    (e.event_id.as_str(), "!r", e.sender.as_str())
                );
                Some(body)
            }
            _ => None,
        })
        .collect();
    assert!(replies.len() <= 1);
    replies.into_iter().next()
}

#[test]
fn replies_table() {
    let en = directory(Lang::En);
    let st = || at(RoomKind::Station("a".into()));
    let desk = || at(RoomKind::Desk("a".into()));
    let text = EventBody::text;
    let notice = |b: &str| EventBody::Notice {
        body: b.into(),
        mentions: vec![],
        room_mention: false,
    };
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
            at(RoomKind::Control),
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
            "blocked",
        ),
        (
            "@sho:s",
            desk(),
            text("!report x"),
            Some("cannot be used here"),
            "not available",
        ),
        (
            "@v:s",
            Place::Dm,
            text("!done T-1"),
            Some("No task “T-1”"),
            "cannot be used",
        ),
        ("@v:s", st(), text("good morning"), None, ""),
        ("@bot:s", st(), text("!help"), None, ""),
        ("@v:s", st(), notice("!help"), None, ""),
        ("@v:s", st(), EventBody::Other, None, ""),
    ];
    for (sender, place, body, want, not) in cases {
        let e = ev("$e", sender, place, body);
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
    let d = directory(Lang::En);
    let lines = |sender: &str| {
        reply(
            &d,
            &ev(
                "$e",
                sender,
                at(RoomKind::Station("a".into())),
                EventBody::text("!help"),
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
    let st = || at(RoomKind::Station("a".into()));
    let hi = reply(
        &directory(Lang::Hi),
        &ev("$e", "@v:s", st(), EventBody::text("!help")),
    )
    .unwrap();
    assert!(hi.starts_with("आप यहाँ"), "{hi}");
    let en = reply(
        &directory(Lang::En),
        &ev("$e", "@v:s", st(), EventBody::text("!help")),
    )
    .unwrap();
    assert!(en.starts_with("Commands you can use here"), "{en}");
}

#[test]
fn every_catalog_entry_has_both_languages() {
    for c in help::CATALOG.iter() {
        assert!(
            !c.summary.hi.is_empty() && !c.summary.en.is_empty(),
            "{}",
            c.name
        );
        assert_eq!(c.args.hi.is_empty(), c.args.en.is_empty(), "{}", c.name);
        assert!(!c.spots.is_empty(), "{}", c.name);
    }
}

/// Staff and officers get a screen, not a wall: the everyday commands in full, one line per
/// topic, and `!help <topic>` for the rest; a volunteer who is a member already sees no `!join`.
#[test]
fn help_is_grouped_by_topic() {
    let d = directory(Lang::En);
    let view = TestView::default();
    let help = |sender: &str, place: Place, text: &str| {
        let dec = run(&d, &view, &ev("$h", sender, place, EventBody::text(text)));
        match dec.actions.first() {
            Some(Action::Reply { body, .. }) => body.clone(),
            other => panic!("{other:?}"),
        }
    };
    let officer = help("@sp:s", at(RoomKind::Control), "!help");
    assert!(officer.lines().count() <= 15, "{officer}");
    assert!(
        officer.contains("• district: announcements, locks, relays, digest: "),
        "{officer}"
    );
    assert!(officer.contains("— !help moderation") || officer.contains("— !help district"));
    let topic = help("@sho:s", at(RoomKind::Desk("a".into())), "!help moderation");
    assert!(
        topic.contains("!mute @user") && topic.contains("!undo"),
        "{topic}"
    );
    let hindi_name = help("@sho:s", at(RoomKind::Desk("a".into())), "!help मॉडरेशन");
    assert_eq!(hindi_name, topic);
    // A volunteer: !join until they are one.
    assert!(help("@new:s", Place::Dm, "!help").contains("!join"));
    view.apply(&Decision {
        actions: vec![],
        changes: vec![Change::PutVolunteer(
            crate::core::vetting::model::Volunteer {
                v: 1,
                district: "lko".into(),
                station: "a".into(),
                user: "@new:s".into(),
                category: "other".into(),
                locality: None,
                approved_by: "@sho:s".into(),
                since_ms: 0,
                status: crate::core::vetting::model::VolunteerStatus::Active,
                status_at_ms: 0,
                code: "ABCD-EFGH".into(),
            },
        )],
    });
    let member = help("@new:s", Place::Dm, "!help");
    assert!(!member.contains("!join"), "{member}");
}
