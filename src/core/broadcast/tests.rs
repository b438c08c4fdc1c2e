//! Broadcasts and announcements: who may send them, to which rooms, and what they say.

use super::*;
use crate::core::action::Action;
use crate::core::district::{Lang, RoomKind};
use crate::core::event::EventBody;
use crate::core::test_view::{TestView, at, directory, ev, run};

/// urgent, pin, stations, text.
type Parsed<'a> = Option<(bool, bool, Option<Vec<&'a str>>, &'a str)>;

#[test]
fn flags_and_text() {
    let cases: [(&str, Parsed); 5] = [
        (
            "!broadcast Road closed",
            Some((false, false, None, "Road closed")),
        ),
        (
            "!broadcast --urgent --pin --stations A,b  Flood alert:\nmove up",
            Some((true, true, Some(vec!["a", "b"]), "Flood alert:\nmove up")),
        ),
        ("!broadcast --urgent", None),
        ("!broadcast", None),
        (
            "!broadcast --pin  --urgent x",
            Some((true, true, None, "x")),
        ),
    ];
    for (body, want) in cases {
        let got = parse(body).map(|r| (r.urgent, r.pin, r.stations, r.text));
        let want = want.map(|(u, p, s, t)| {
            (
                u,
                p,
                s.map(|v| v.iter().map(|x| x.to_string()).collect()),
                t.to_string(),
            )
        });
        assert_eq!(got, want, "{body}");
    }
}

#[test]
fn officers_broadcast_to_announcements_and_stations() {
    let d = directory(Lang::En);
    let view = TestView::default();
    let control = || at(RoomKind::Control);
    let got = run(
        &d,
        &view,
        &ev(
            "$b",
            "@sp:s",
            control(),
            EventBody::text("!broadcast --urgent Curfew from 8 pm"),
        ),
    );
    let kinds: Vec<_> = got.actions.iter().map(Action::kind).collect();
    assert_eq!(kinds, ["progress", "broadcast", "broadcast", "broadcast"]);
    let b = got
        .changes
        .iter()
        .find_map(|c| match c {
            Change::PutBroadcast(b) => Some(b),
            _ => None,
        })
        .unwrap();
    assert_eq!(b.rooms.len(), 3);
    assert!(b.urgent);
    let named = run(
        &d,
        &view,
        &ev(
            "$c",
            "@sp:s",
            control(),
            EventBody::text("!broadcast --stations b only B"),
        ),
    );
    assert_eq!(named.actions.len(), 2);
    let bad = run(
        &d,
        &view,
        &ev(
            "$d",
            "@sp:s",
            control(),
            EventBody::text("!broadcast --stations zz x"),
        ),
    );
    assert!(matches!(&bad.actions[0], Action::Reply { body, .. } if body.contains("zz")));
    // Station leads sit in the control room but cannot broadcast.
    let lead = run(
        &d,
        &view,
        &ev("$e", "@sho:s", control(), EventBody::text("!broadcast x")),
    );
    assert!(
        matches!(&lead.actions[0], Action::Reply { body, .. } if body.contains("cannot be used"))
    );
}

#[test]
fn staff_announce_to_their_own_station_room() {
    let d = directory(Lang::En);
    let view = TestView::default();
    let desk = || at(RoomKind::Desk("a".into()));
    let got = run(
        &d,
        &view,
        &ev(
            "$a",
            "@sho:s",
            desk(),
            EventBody::text("!announce Mela traffic:\nuse Ring Road"),
        ),
    );
    match &got.actions[0] {
        Action::Notice { room_id, body, .. } => {
            assert_eq!(room_id, "!station-a");
            assert!(body.contains("Mela traffic:\nuse Ring Road"), "{body}");
        }
        other => panic!("{other:?}"),
    }
    let cases: [(&str, &str); 3] = [
        ("@sho:s", "!announce"),
        ("@b:s", "!announce hello"),
        ("@v:s", "!announce hello"),
    ];
    for (sender, text) in cases {
        let got = run(&d, &view, &ev("$b", sender, desk(), EventBody::text(text)));
        assert_eq!(got.actions.len(), 1, "{sender}: {text}");
        assert!(matches!(got.actions[0], Action::Reply { .. }));
    }
}
