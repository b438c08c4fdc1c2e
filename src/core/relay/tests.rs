use serde_json::json;

use super::*;
use crate::core::directory::Directory;
use crate::core::district::Lang;
use crate::core::event::{BotEvent, EventBody};
use crate::core::test_view::{TestView, at, directory, ev, run};

const NOW: u64 = 86_400_000 * 20_000;

fn dir() -> Directory {
    directory(Lang::En)
}

fn in_room(id: &str, sender: &str, kind: RoomKind, body: EventBody) -> BotEvent {
    let room_id = match &kind {
        RoomKind::Station(s) => format!("!station-{s}"),
        RoomKind::Desk(s) => format!("!desk-{s}"),
        RoomKind::Control => "!control".into(),
        RoomKind::Announcements => "!ann".into(),
        _ => "!r".into(),
    };
    BotEvent {
        room_id,
        origin_ts_ms: NOW,
        ..ev(id, sender, at(kind), body)
    }
}

fn officer(view: &TestView, text: &str) -> String {
    let got = run(
        &dir(),
        view,
        &in_room("$cmd", "@sp:s", RoomKind::Control, EventBody::text(text)),
    );
    match got.actions.as_slice() {
        [Action::Reply { body, .. }] => body.clone(),
        other => panic!("{text}: {other:?}"),
    }
}

/// The rooms the actions copy into.
fn copied_to(d: &Decision) -> Vec<String> {
    d.actions
        .iter()
        .filter_map(|a| match a {
            Action::Copy { room_id, .. } => Some(room_id.clone()),
            _ => None,
        })
        .collect()
}

fn st(s: &str) -> RoomKind {
    RoomKind::Station(s.into())
}

#[test]
fn rules_are_added_listed_and_removed() {
    let view = TestView::default();
    let added = officer(&view, "!relay add announcements all-stations");
    assert!(
        added.contains("R1: announcements → all-stations"),
        "{added}"
    );
    let added = officer(
        &view,
        "!relay add all-stations desk --from volunteers --match missing child, lapata, गुमशुदा --kinds text,photo",
    );
    assert!(
        added.contains("R2: all-stations → desk (senders: volunteers; words: missing child, lapata, गुमशुदा; kinds: text,image"),
        "{added}"
    );
    let list = officer(&view, "!relay list");
    assert!(
        list.contains("Relay rules: 2") && list.contains("R1:") && list.contains("R2:"),
        "{list}"
    );
    assert!(officer(&view, "!relay remove R1").contains("removed"));
    assert!(officer(&view, "!relay remove R1").contains("No relay rule"));
    // Numbers are never reused: the audit log's R1 stays the removed rule.
    assert!(officer(&view, "!relay add a control").contains("R3:"));
    assert!(!officer(&view, "!relay list").contains("R1:"));
}

#[test]
fn bad_rules_are_refused_with_the_reason() {
    let view = TestView::default();
    let cases = [
        ("!relay add", "Usage"),
        ("!relay add a", "Usage"),
        ("!relay add a nowhere", "“nowhere” is not a room"),
        (
            "!relay add desk control",
            "only for relays from station rooms",
        ),
        (
            "!relay add control desk",
            "only for relays from station rooms",
        ),
        ("!relay add a a", "cannot relay to itself"),
        (
            "!relay add a control --from police",
            "--from “police” is not understood",
        ),
        (
            "!relay add a control --kinds text,gif",
            "--kinds “text,gif” is not understood",
        ),
        (
            "!relay add a control --match",
            "--match “” is not understood",
        ),
        ("!relay add a control --loud", "Usage"),
        ("!relay frobnicate", "Usage"),
    ];
    for (text, want) in cases {
        let got = officer(&view, text);
        assert!(got.contains(want), "{text}: {got}");
    }
    assert!(view.relay_rules.borrow().is_empty());
    // Volunteers and staff cannot manage rules; not in the station room either.
    let got = run(
        &dir(),
        &view,
        &in_room("$v", "@sho:s", st("a"), EventBody::text("!relay list")),
    );
    assert!(
        matches!(&got.actions[..], [Action::Reply { body, .. }] if body.contains("cannot be used here"))
    );
}

#[test]
fn a_rule_that_closes_a_loop_is_refused() {
    let view = TestView::default();
    officer(&view, "!relay add announcements all-stations");
    let got = officer(&view, "!relay add a announcements");
    assert!(got.contains("in a circle: a → announcements → a"), "{got}");
    officer(&view, "!relay add all-stations control");
    let got = officer(&view, "!relay add control announcements");
    assert!(
        got.contains("in a circle: control → announcements → a → control"),
        "{got}"
    );
    // Two stations relaying to each other: the second direction is refused.
    officer(&view, "!relay add desk:a desk:b");
    let got = officer(&view, "!relay add desk:b desk:a");
    assert!(got.contains("desk:b → desk:a → desk:b"), "{got}");
    assert_eq!(view.relay_rules.borrow().len(), 3);
}

#[test]
fn messages_are_relayed_by_room_sender_words_and_kind() {
    let d = dir();
    let view = TestView::default();
    officer(
        &view,
        "!relay add all-stations desk --match missing child, lapata",
    );
    officer(&view, "!relay add announcements all-stations --from staff");
    officer(&view, "!relay add b control --kinds image");
    let cases: [(&str, RoomKind, EventBody, &[&str]); 8] = [
        (
            "@v:s",
            st("a"),
            EventBody::text("ek bachcha LAPATA hai"),
            &["!desk-a"],
        ),
        (
            "@v:s",
            st("b"),
            EventBody::text("missing child near the temple"),
            &["!desk-b"],
        ),
        ("@v:s", st("a"), EventBody::text("the market is busy"), &[]),
        // Announcements from staff (the officer) go to every station room; a volunteer's not.
        (
            "@sp:s",
            RoomKind::Announcements,
            EventBody::text("Holi: traffic diversions"),
            &["!station-a", "!station-b"],
        ),
        (
            "@v:s",
            RoomKind::Announcements,
            EventBody::text("hello"),
            &[],
        ),
        // Station b's images go to the control room; its text does not.
        (
            "@v:s",
            st("b"),
            EventBody::Media {
                kind: MediaKind::Image,
                content: json!({"msgtype": "m.image", "body": "x.jpg", "url": "mxc://s/x"}),
                digest: None,
            },
            &["!control"],
        ),
        ("@v:s", st("b"), EventBody::text("just text"), &[]),
        // A command is never relayed.
        (
            "@v:s",
            st("a"),
            EventBody::text("!report lapata bachcha"),
            &[],
        ),
    ];
    for (i, (sender, kind, body, want)) in cases.into_iter().enumerate() {
        let e = in_room(&format!("$m{i}"), sender, kind, body);
        let got = run(&d, &view, &e);
        assert_eq!(copied_to(&got), want.to_vec(), "{e:?}");
    }
}

#[test]
fn copies_carry_attribution_and_hops_and_copies_of_copies_stop() {
    let d = dir();
    let view = TestView::default();
    officer(&view, "!relay add a control");
    let e = in_room(
        "$m",
        "@v:s",
        st("a"),
        EventBody::text("road blocked at the crossing"),
    );
    let got = run(&d, &view, &e);
    match got.actions.as_slice() {
        [
            Action::Copy {
                room_id,
                content,
                caption,
                origin: Some(o),
            },
        ] => {
            assert_eq!(room_id, "!control");
            assert_eq!(content["body"], "road blocked at the crossing");
            assert!(
                caption
                    .starts_with("↪ from A station · {sender} — https://matrix.to/#/!station-a/$m"),
                "{caption}"
            );
            assert_eq!(
                (o.rule.as_str(), o.hops, o.sender.as_str()),
                ("R1", 1, "@v:s")
            );
        }
        other => panic!("{other:?}"),
    }
    // A copy another Saathi made (hops 2) is relayed once more; at the limit, no more.
    let copy = BotEvent {
        hops: 2,
        ..in_room("$c2", "@other-bot:s", st("a"), EventBody::text("relayed"))
    };
    assert!(
        matches!(&run(&d, &view, &copy).actions[..], [Action::Copy { origin: Some(o), .. }] if o.hops == 3)
    );
    let copy = BotEvent {
        hops: MAX_HOPS,
        ..in_room("$c3", "@other-bot:s", st("a"), EventBody::text("relayed"))
    };
    assert!(copied_to(&run(&d, &view, &copy)).is_empty());
    // A message moderation removes is not relayed (an @room from a volunteer).
    let e = in_room(
        "$room",
        "@v:s",
        st("a"),
        EventBody::Text {
            body: "@room look".into(),
            mentions: vec![],
            room_mention: true,
        },
    );
    let got = run(&d, &view, &e);
    assert!(copied_to(&got).is_empty(), "{:?}", got.actions);
}

#[test]
fn copies_follow_edits_and_removal() {
    let d = dir();
    let view = TestView::default();
    view.copies.borrow_mut().extend([
        (
            "$m".to_string(),
            CopyRecord {
                room_id: "!control".into(),
                event_id: "$copy1".into(),
                caption: "↪ from A · Ravi".into(),
                text: true,
            },
        ),
        (
            "$m".to_string(),
            CopyRecord {
                room_id: "!desk-a".into(),
                event_id: "$copy2".into(),
                caption: "↪ photo".into(),
                text: false,
            },
        ),
    ]);
    let edit = in_room(
        "$e",
        "@v:s",
        st("a"),
        EventBody::Edit {
            target: "$m".into(),
            body: "road open again".into(),
        },
    );
    let got = run(&d, &view, &edit);
    assert_eq!(
        got.actions,
        [Action::Edit {
            room_id: "!control".into(),
            event_id: "$copy1".into(),
            body: "↪ from A · Ravi\nroad open again".into()
        }]
    );
    // Removed by the sender, staff or the bot itself: every copy goes.
    for who in ["@v:s", "@sho:s", "@bot:s"] {
        let red = in_room(
            "$x",
            who,
            st("a"),
            EventBody::Redaction {
                target: "$m".into(),
            },
        );
        let got = run(&d, &view, &red);
        let removed: Vec<_> = got
            .actions
            .iter()
            .filter_map(|a| match a {
                Action::Redact { event_id, .. } => Some(event_id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(removed, ["$copy1", "$copy2"], "{who}");
    }
    // Nothing else of the bot's own is looked at.
    let own = in_room("$o", "@bot:s", st("a"), EventBody::text("!relay list"));
    assert!(run(&d, &view, &own).actions.is_empty());
}
