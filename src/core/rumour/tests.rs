use serde_json::json;

use super::*;
use crate::core::action::Tracked;
use crate::core::directory::Directory;
use crate::core::district::Lang;
use crate::core::event::{BotEvent, EventBody, MediaKind};
use crate::core::test_view::{TestView, at, directory, ev, run};
use crate::core::view::StateView;

const NOW: u64 = 86_400_000 * 20_000;
const RUMOUR: &str = "Alert! A gang of child lifters dressed as sadhus has entered Rampur village, keep your children inside and share with everyone";
const COPY: &str = "ALERT!! Forwarded: A gang of child lifters dressed as sadhus has entered Rampur village 🙏 keep children inside and share with everyone";
const OTHER: &str = "The old bridge over the Gomti near Daliganj will be closed for repairs from Monday for two weeks";

fn dir(min_rooms: usize) -> Directory {
    let mut d = directory(Lang::En);
    d.rumours.min_rooms = min_rooms;
    d
}

fn post(id: &str, sender: &str, station: &str, text: &str, ts: u64) -> BotEvent {
    BotEvent {
        room_id: format!("!station-{station}"),
        origin_ts_ms: ts,
        ..ev(
            id,
            sender,
            at(RoomKind::Station(station.into())),
            EventBody::text(text),
        )
    }
}

fn kinds(d: &Decision) -> Vec<&'static str> {
    d.actions.iter().map(Action::kind).collect()
}

/// (room, event, body) of every label.
fn labels(d: &Decision) -> Vec<(String, String, String)> {
    d.actions
        .iter()
        .filter_map(|a| match a {
            Action::Label {
                room_id,
                event_id,
                body,
            } => Some((room_id.clone(), event_id.clone(), body.clone())),
            _ => None,
        })
        .collect()
}

fn item_of(view: &TestView, event: &str) -> RumourItem {
    let (d, id) = view.rumour_by_event(event).expect("tracked");
    view.rumour_item(&d, &id).unwrap()
}

#[test]
fn copies_in_enough_rooms_are_labelled_once_and_alerted_once() {
    let d = dir(2);
    let view = TestView::default();
    assert!(
        run(&d, &view, &post("$1", "@v1:s", "a", RUMOUR, NOW))
            .actions
            .is_empty()
    );
    // A second room: spread. Both copies labelled, one alert in the control room.
    let got = run(&d, &view, &post("$2", "@v2:s", "b", COPY, NOW + 1000));
    let l = labels(&got);
    assert_eq!(l.len(), 2);
    assert_eq!((l[0].1.as_str(), l[1].1.as_str()), ("$1", "$2"));
    assert!(l[0].2.contains("Forwarded many times"), "{}", l[0].2);
    let alert = got
        .actions
        .iter()
        .find_map(|a| match a {
            Action::Card {
                room_id,
                body,
                of: Tracked::RumourAlert { item, .. },
            } => Some((room_id.clone(), body.clone(), item.clone())),
            _ => None,
        })
        .expect("an alert");
    assert_eq!(alert.0, "!control");
    assert!(
        alert.1.contains("child lifters")
            && alert
                .1
                .contains("2 copies, 2 station rooms, 2 senders (in 6 hours)")
            && alert.1.contains("@v1:s"),
        "{}",
        alert.1
    );
    view.set_rumour_card("lko", &alert.2, true, "$alert");
    // A third copy: only it is labelled, and the alert is updated, not repeated.
    let got = run(&d, &view, &post("$3", "@v3:s", "a", RUMOUR, NOW + 2000));
    assert_eq!(kinds(&got), ["label", "edit"]);
    assert!(
        matches!(&got.actions[1], Action::Edit { event_id, body, .. } if event_id == "$alert" && body.contains("3 copies"))
    );
    // A different message is a different item; short chatter is not tracked.
    let got = run(&d, &view, &post("$4", "@v4:s", "b", OTHER, NOW + 3000));
    assert!(got.actions.is_empty());
    assert_ne!(item_of(&view, "$4").id, item_of(&view, "$1").id);
    assert!(
        run(
            &d,
            &view,
            &post("$5", "@v5:s", "a", "ok sir thank you", NOW)
        )
        .actions
        .is_empty()
    );
    assert!(view.rumour_by_event("$5").is_none());
}

#[test]
fn many_senders_in_one_room_also_spread_and_old_copies_do_not_count() {
    let d = dir(3);
    let view = TestView::default();
    let window = d.rumours.window_ms;
    // Four senders long ago, then one now: outside the window they do not count.
    for i in 0..4 {
        run(
            &d,
            &view,
            &post(
                &format!("$old{i}"),
                &format!("@o{i}:s"),
                "a",
                RUMOUR,
                NOW - window - 10,
            ),
        );
    }
    let got = run(&d, &view, &post("$n0", "@n0:s", "a", RUMOUR, NOW));
    assert!(got.actions.is_empty(), "{:?}", kinds(&got));
    for i in 1..5 {
        let got = run(
            &d,
            &view,
            &post(&format!("$n{i}"), &format!("@n{i}:s"), "a", COPY, NOW + i),
        );
        if i < 4 {
            assert!(got.actions.is_empty(), "{i}");
        } else {
            // The fifth sender in the window: the five recent copies are labelled.
            assert_eq!(labels(&got).len(), 5, "{:?}", kinds(&got));
        }
    }
    // Staff posting the same text (e.g. quoting it) are never tracked.
    let got = run(&d, &view, &post("$s", "@sho:s", "a", RUMOUR, NOW + 10));
    assert!(got.actions.is_empty());
    assert!(view.rumour_by_event("$s").is_none());
}

#[test]
fn a_verdict_goes_under_every_copy_and_answers_later_ones() {
    let mut d = dir(2);
    let view = TestView::default();
    run(&d, &view, &post("$1", "@v1:s", "a", RUMOUR, NOW));
    run(&d, &view, &post("$2", "@v2:s", "b", COPY, NOW + 1));
    // Not as a reply: said how.
    let fact = |id: &str, who: &str, room: RoomKind, text: &str, reply_to: Option<&str>| BotEvent {
        reply_to: reply_to.map(String::from),
        origin_ts_ms: NOW + 5,
        ..ev(id, who, at(room), EventBody::text(text))
    };
    let got = run(
        &d,
        &view,
        &fact(
            "$f0",
            "@sho:s",
            RoomKind::Station("a".into()),
            "!fact false no such gang",
            None,
        ),
    );
    assert!(
        matches!(&got.actions[..], [Action::Reply { body, .. }] if body.contains("as a reply"))
    );
    let got = run(
        &d,
        &view,
        &fact(
            "$f1",
            "@sho:s",
            RoomKind::Station("a".into()),
            "!fact false",
            Some("$1"),
        ),
    );
    assert!(
        matches!(&got.actions[..], [Action::Reply { body, .. }] if body.contains("Add the clarification"))
    );
    // Staff of station a, replying to the copy in their room.
    let got = run(
        &d,
        &view,
        &fact(
            "$f2",
            "@sho:s",
            RoomKind::Station("a".into()),
            "!fact false No gang has been seen in Rampur; SP Rampur.",
            Some("$1"),
        ),
    );
    let l = labels(&got);
    assert_eq!(
        l.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
        ["$1", "$2"]
    );
    assert!(
        l[0].2.contains("FALSE")
            && l[0]
                .2
                .contains("No gang has been seen in Rampur; SP Rampur."),
        "{}",
        l[0].2
    );
    assert!(
        matches!(got.actions.last(), Some(Action::Reply { body, .. }) if body.contains("under 2 copies"))
    );
    // A later copy anywhere in the district is answered at once; with removal on, removed.
    let got = run(&d, &view, &post("$3", "@v3:s", "b", COPY, NOW + 10));
    assert_eq!(kinds(&got), ["label"]);
    d.rumours.redact_known_false = true;
    let got = run(&d, &view, &post("$4", "@v4:s", "a", RUMOUR, NOW + 11));
    assert_eq!(kinds(&got), ["label", "redact", "dm"]);
    // Changed, then withdrawn: history kept, later copies no longer answered.
    run(
        &d,
        &view,
        &fact(
            "$f3",
            "@sp:s",
            RoomKind::Control,
            "!fact misleading Partly true: one arrest, no gang",
            Some("$2"),
        ),
    );
    assert_eq!(
        item_of(&view, "$1").verdict.unwrap().kind,
        VerdictKind::Misleading
    );
    let got = run(
        &d,
        &view,
        &fact(
            "$f4",
            "@sp:s",
            RoomKind::Control,
            "!fact withdraw",
            Some("$2"),
        ),
    );
    assert!(matches!(&got.actions[..], [Action::Reply { body, .. }] if body.contains("withdrawn")));
    let it = item_of(&view, "$1");
    assert!(it.verdict.is_none());
    assert_eq!(
        it.history.iter().map(|v| v.kind).collect::<Vec<_>>(),
        [VerdictKind::False, VerdictKind::Misleading]
    );
    // Volunteers cannot give verdicts.
    let got = run(
        &d,
        &view,
        &fact(
            "$f5",
            "@v1:s",
            RoomKind::Station("a".into()),
            "!fact true yes",
            Some("$1"),
        ),
    );
    assert!(
        matches!(&got.actions[..], [Action::Reply { body, .. }] if body.contains("cannot be used here"))
    );
}

#[test]
fn the_tipline_queues_unknown_messages_and_answers_known_ones() {
    let d = dir(3);
    let view = TestView::default();
    let dm = |id: &str, who: &str, text: &str| BotEvent {
        room_id: format!("!dm-{who}"),
        origin_ts_ms: NOW,
        ..ev(id, who, Place::Dm, EventBody::text(text))
    };
    let got = run(&d, &view, &dm("$t1", "@x:s", RUMOUR));
    assert_eq!(kinds(&got), ["reply", "card"]);
    assert!(
        matches!(&got.actions[0], Action::Reply { body, .. } if body.contains("Not yet verified"))
    );
    let (district, item) = match &got.actions[1] {
        Action::Card {
            room_id,
            body,
            of: Tracked::RumourRequest { district, item },
        } => {
            assert_eq!(room_id, "!control");
            assert!(body.contains("Asked by 1"), "{body}");
            (district.clone(), item.clone())
        }
        other => panic!("{other:?}"),
    };
    view.set_rumour_card(&district, &item, false, "$req");
    // Someone else asks with a copy: counted, the request updated.
    let got = run(&d, &view, &dm("$t2", "@y:s", COPY));
    assert_eq!(kinds(&got), ["reply", "edit"]);
    assert!(
        matches!(&got.actions[1], Action::Edit { event_id, body, .. } if event_id == "$req" && body.contains("Asked by 2"))
    );
    // An officer answers the request: both askers hear by DM.
    let fact = BotEvent {
        reply_to: Some("$req".into()),
        origin_ts_ms: NOW + 5,
        ..ev(
            "$f",
            "@sp:s",
            at(RoomKind::Control),
            EventBody::text("!fact false There is no such gang"),
        )
    };
    let got = run(&d, &view, &fact);
    let dms: Vec<_> = got
        .actions
        .iter()
        .filter_map(|a| match a {
            Action::Dm { user, body } if body.contains("no such gang") => Some(user.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(dms, ["@x:s", "@y:s"]);
    // A later question gets the verdict at once; short DMs and commands are not tips.
    let got = run(&d, &view, &dm("$t3", "@z:s", COPY));
    assert!(matches!(&got.actions[..], [Action::Reply { body, .. }] if body.contains("FALSE")));
    assert!(
        run(&d, &view, &dm("$t4", "@z:s", "hello sir"))
            .actions
            .is_empty()
    );
    // !facts lists it.
    let got = run(&d, &view, &dm("$t5", "@z:s", "!facts"));
    assert!(
        matches!(&got.actions[..], [Action::Reply { body, .. }] if body.contains("no such gang"))
    );
}

#[test]
fn the_same_picture_in_two_rooms_is_one_item() {
    let d = dir(2);
    let view = TestView::default();
    let pic = |id: &str, who: &str, station: &str, digest: &str| BotEvent {
        room_id: format!("!station-{station}"),
        origin_ts_ms: NOW,
        ..ev(
            id,
            who,
            at(RoomKind::Station(station.into())),
            EventBody::Media {
                kind: MediaKind::Image,
                content: json!({"msgtype": "m.image", "body": "IMG-2026.jpg"}),
                digest: Some(digest.into()),
            },
        )
    };
    assert!(
        run(&d, &view, &pic("$p1", "@v1:s", "a", "aa11"))
            .actions
            .is_empty()
    );
    assert!(
        run(&d, &view, &pic("$p2", "@v2:s", "b", "bb22"))
            .actions
            .is_empty(),
        "another picture"
    );
    let got = run(&d, &view, &pic("$p3", "@v3:s", "b", "aa11"));
    assert_eq!(labels(&got).len(), 2);
    assert!(
        item_of(&view, "$p1")
            .excerpt
            .contains("[image] IMG-2026.jpg")
    );
}
