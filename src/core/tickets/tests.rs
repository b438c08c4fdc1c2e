use crate::core::event::MediaKind;
use serde_json::json;

use super::escalate;
use super::*;
use crate::core::action::Action;
use crate::core::district::{Lang, RoomKind};
use crate::core::event::{BotEvent, EventBody, Place};
use crate::core::test_view::{TestView, at, directory, ev, run};
use crate::core::{
    change::Change,
    vetting::model::{Volunteer, VolunteerStatus},
    view::StateView,
};
use crate::core::{decision::Decision, directory::Directory};

const NOW: u64 = 86_400_000 * 20_000;

fn kinds(d: &Decision) -> Vec<&'static str> {
    d.actions.iter().map(Action::kind).collect()
}

fn dir(lang: Lang) -> Directory {
    directory(lang)
}

fn station(id: &str, sender: &str, body: EventBody, ts: u64) -> BotEvent {
    BotEvent {
        origin_ts_ms: ts,
        ..ev(id, sender, at(RoomKind::Station("a".into())), body)
    }
}

fn desk(id: &str, sender: &str, text: &str, s: &str) -> BotEvent {
    BotEvent {
        room_id: format!("!desk-{s}"),
        origin_ts_ms: NOW,
        ..ev(
            id,
            sender,
            at(RoomKind::Desk(s.into())),
            EventBody::text(text),
        )
    }
}

fn control(id: &str, sender: &str, text: &str) -> BotEvent {
    BotEvent {
        room_id: "!control".into(),
        origin_ts_ms: NOW,
        ..ev(id, sender, at(RoomKind::Control), EventBody::text(text))
    }
}

fn photo() -> EventBody {
    EventBody::Media {
        kind: MediaKind::Image,
        content: json!({"msgtype": "m.image", "body": "fire.jpg", "url": "mxc://s/abc"}),
        digest: None,
    }
}

fn bodies(d: &Decision) -> String {
    d.actions
        .iter()
        .filter_map(|a| match a {
            Action::Reply { body, .. }
            | Action::Dm { body, .. }
            | Action::Notice { body, .. }
            | Action::Card { body, .. }
            | Action::Edit { body, .. } => Some(body.as_str()),
            Action::Copy { caption, .. } => Some(caption.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A view holding ticket A-1 reported by @v:s at NOW - 60 s, its card posted as `$card`.
fn reported(d: &Directory) -> TestView {
    let view = TestView::default();
    let got = run(
        d,
        &view,
        &station(
            "$r1",
            "@v:s",
            EventBody::text("!report chain snatching near the bus stand"),
            NOW - 60_000,
        ),
    );
    assert_eq!(kinds(&got), ["card", "redact", "dm"]);
    view.set_ticket_card(1, "$card");
    view
}

fn ticket(view: &TestView) -> Ticket {
    view.ticket("lko", "a", 1).unwrap()
}

type IdCase<'a> = (&'a str, Option<&'a str>, Option<(&'a str, u32)>);

#[test]
fn ids_parse_with_and_without_the_station() {
    let cases: [IdCase<'_>; 8] = [
        ("A-1", None, Some(("a", 1))),
        ("kotwali-12", None, Some(("kotwali", 12))),
        ("CIVIL-LINES-3", None, Some(("civil-lines", 3))),
        ("#A-7", None, Some(("a", 7))),
        ("7", Some("a"), Some(("a", 7))),
        ("7", None, None),
        ("A-0", None, None),
        ("-3", None, None),
    ];
    for (arg, desk, want) in cases {
        let got = parse_id(arg, desk);
        assert_eq!(got, want.map(|(s, n)| (s.to_string(), n)), "{arg}");
    }
    assert_eq!(ticket_id("civil-lines", 3), "CIVIL-LINES-3");
}

#[test]
fn a_report_in_the_station_room_goes_to_the_desk_privately() {
    let d = dir(Lang::En);
    let view = reported(&d);
    let t = ticket(&view);
    assert_eq!(
        (t.reporter.as_str(), t.text.as_str()),
        ("@v:s", "chain snatching near the bus stand")
    );
    assert_eq!(t.at_ms, NOW - 60_000);
    // The next one of the station is A-2; the card goes to the desk of station a.
    let got = run(
        &d,
        &view,
        &station(
            "$r2",
            "@w:s",
            EventBody::text("!report   drunk driver\non the highway"),
            NOW,
        ),
    );
    match &got.actions[0] {
        Action::Card {
            room_id,
            body,
            of: crate::core::action::Tracked::Ticket(ticket),
        } => {
            assert_eq!(room_id, "!desk-a");
            assert_eq!(ticket.number, 2);
            assert!(
                body.contains("A-2") && body.contains("drunk driver\non the highway"),
                "{body}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(&got.actions[1], Action::Redact { event_id, .. } if event_id == "$r2"));
    assert!(
        matches!(&got.actions[2], Action::Dm { user, body } if user == "@w:s" && body.contains("A-2"))
    );
}

#[test]
fn public_reports_and_bad_reports() {
    let mut d = dir(Lang::En);
    d.reports.private = false;
    let view = TestView::default();
    let got = run(
        &d,
        &view,
        &station(
            "$r",
            "@v:s",
            EventBody::text("!report tree fell on the road"),
            NOW,
        ),
    );
    assert_eq!(kinds(&got), ["card", "reply"]);
    // No text: the usage, and nothing stored.
    let got = run(
        &d,
        &view,
        &station("$e", "@v:s", EventBody::text("!report   "), NOW),
    );
    assert_eq!(kinds(&got), ["reply"]);
    assert!(bodies(&got).contains("!report <text>"), "{}", bodies(&got));
    assert_eq!(view.last_ticket_number("lko", "a"), 1);
}

#[test]
fn a_report_by_dm_goes_to_the_reporters_station() {
    let d = dir(Lang::Hi);
    let view = TestView::default();
    let dm = |id: &str, who: &str, text: &str| BotEvent {
        room_id: "!dm".into(),
        origin_ts_ms: NOW,
        ..ev(id, who, Place::Dm, EventBody::text(text))
    };
    let got = run(&d, &view, &dm("$1", "@x:s", "!report kuch hua"));
    assert_eq!(kinds(&got), ["reply"]);
    assert!(bodies(&got).contains("join"), "{}", bodies(&got));
    view.apply(&Decision {
        actions: vec![],
        changes: vec![Change::PutVolunteer(Volunteer {
            v: 1,
            district: "lko".into(),
            station: "b".into(),
            user: "@x:s".into(),
            category: "teacher".into(),
            locality: None,
            approved_by: "@b:s".into(),
            since_ms: 1,
            status: VolunteerStatus::Active,
            status_at_ms: 1,
            code: "AAAA-BBBB".into(),
        })],
    });
    let got = run(&d, &view, &dm("$2", "@x:s", "!report स्कूल के पास झगड़ा"));
    assert_eq!(kinds(&got), ["card", "reply"]);
    assert!(matches!(&got.actions[0], Action::Card { room_id, .. } if room_id == "!desk-b"));
    assert!(
        bodies(&got).contains("B-1") && bodies(&got).contains("सूचना"),
        "{}",
        bodies(&got)
    );
    // Evidence in the DM attaches and is answered in the DM (nothing to remove there).
    let mut media = dm("$3", "@x:s", "");
    media.body = photo();
    let got = run(&d, &view, &media);
    assert_eq!(kinds(&got), ["copy", "reply"]);
    assert!(view.ticket("lko", "b", 1).unwrap().via_dm);
}

#[test]
fn evidence_attaches_within_the_window_from_the_reporter_only() {
    let d = dir(Lang::En);
    let view = reported(&d);
    // In time, same room: copied to the desk, the card edited, the public copy removed.
    let got = run(&d, &view, &station("$p1", "@v:s", photo(), NOW));
    assert_eq!(kinds(&got), ["copy", "edit", "redact", "dm"]);
    match &got.actions[0] {
        Action::Copy {
            room_id,
            content,
            caption,
            origin,
        } => {
            assert_eq!(room_id, "!desk-a");
            assert_eq!(content["url"], "mxc://s/abc");
            assert!(
                caption.contains("A-1") && caption.contains("photo"),
                "{caption}"
            );
            assert!(origin.is_none());
        }
        other => panic!("{other:?}"),
    }
    assert!(
        bodies(&got).contains("Evidence: 1 (photo)"),
        "{}",
        bodies(&got)
    );
    assert_eq!(ticket(&view).evidence.len(), 1);
    // Someone else's photo, a photo after the window, a photo in another room: not evidence.
    let late = NOW - 60_000 + d.reports.evidence_window_ms + 1;
    let elsewhere = BotEvent {
        room_id: "!other".into(),
        ..station("$p4", "@v:s", photo(), NOW)
    };
    for e in [
        station("$p2", "@w:s", photo(), NOW),
        station("$p3", "@v:s", photo(), late),
        elsewhere,
    ] {
        let got = run(&d, &view, &e);
        assert!(
            !kinds(&got).contains(&"copy"),
            "{}: {:?}",
            e.event_id,
            kinds(&got)
        );
    }
    assert_eq!(ticket(&view).evidence.len(), 1);
}

#[test]
fn staff_work_a_ticket_and_the_reporter_hears_each_step() {
    let d = dir(Lang::En);
    let view = reported(&d);
    let got = run(&d, &view, &desk("$a", "@c:s", "!ack A-1", "a"));
    assert_eq!(kinds(&got), ["edit", "dm", "reply"]);
    assert!(
        matches!(&got.actions[1], Action::Dm { user, body } if user == "@v:s" && body.contains("acknowledged"))
    );
    assert_eq!(ticket(&view).acked.unwrap().by, "@c:s");
    // Twice: said, nothing changes.
    let got = run(&d, &view, &desk("$a2", "@sho:s", "!ack 1", "a"));
    assert_eq!(kinds(&got), ["reply"]);
    assert!(bodies(&got).contains("already"), "{}", bodies(&got));
    // Assign: only to the station's staff or an officer.
    let got = run(&d, &view, &desk("$s1", "@sho:s", "!assign A-1 @v:s", "a"));
    assert_eq!(kinds(&got), ["reply"]);
    assert!(bodies(&got).contains("not staff"), "{}", bodies(&got));
    let got = run(&d, &view, &desk("$s2", "@sho:s", "!assign A-1 @c:s", "a"));
    assert_eq!(kinds(&got), ["dm", "edit", "dm", "reply"]);
    assert!(matches!(&got.actions[0], Action::Dm { user, .. } if user == "@c:s"));
    assert_eq!(ticket(&view).assignee.as_deref(), Some("@c:s"));
    // Resolve with a note: the note reaches the reporter and the ticket leaves the open list.
    let got = run(
        &d,
        &view,
        &desk(
            "$z",
            "@c:s",
            "!resolve A-1   chain recovered,  FIR 12/26",
            "a",
        ),
    );
    assert_eq!(kinds(&got), ["edit", "dm", "reply"]);
    assert!(
        matches!(&got.actions[1], Action::Dm { body, .. } if body.contains("chain recovered,  FIR 12/26"))
    );
    assert!(view.open_tickets("lko").is_empty());
    let got = run(&d, &view, &desk("$z2", "@c:s", "!resolve A-1", "a"));
    assert!(bodies(&got).contains("already"), "{}", bodies(&got));
}

#[test]
fn other_desks_unknown_tickets_and_the_control_room() {
    let d = dir(Lang::En);
    let view = reported(&d);
    let cases: [(BotEvent, &str); 5] = [
        (desk("$1", "@b:s", "!ack A-1", "b"), "another station"),
        (desk("$2", "@c:s", "!ack A-9", "a"), "No ticket"),
        (desk("$3", "@c:s", "!ack", "a"), "Usage"),
        (desk("$4", "@c:s", "!ack zz", "a"), "Usage"),
        (control("$5", "@sp:s", "!ack 1"), "Usage"),
    ];
    for (e, want) in cases {
        let got = run(&d, &view, &e);
        assert_eq!(kinds(&got), ["reply"], "{}", e.event_id);
        assert!(
            bodies(&got).contains(want),
            "{}: {}",
            e.event_id,
            bodies(&got)
        );
    }
    assert!(ticket(&view).acked.is_none());
    // An officer in the control room works any station's ticket by its full id.
    let got = run(&d, &view, &control("$6", "@sp:s", "!resolve a-1 done"));
    assert_eq!(kinds(&got), ["edit", "dm", "reply"]);
    // A volunteer is refused by the catalog.
    let got = run(&d, &view, &desk("$7", "@v:s", "!tickets", "a"));
    assert!(bodies(&got).contains("Usage"), "{}", bodies(&got));
}

#[test]
fn reactions_on_the_card() {
    let d = dir(Lang::En);
    let view = reported(&d);
    let react = |id: &str, key: &str, target: &str| BotEvent {
        room_id: "!desk-a".into(),
        origin_ts_ms: NOW,
        ..ev(
            id,
            "@c:s",
            at(RoomKind::Desk("a".into())),
            EventBody::Reaction {
                key: key.into(),
                target_event: target.into(),
            },
        )
    };
    assert!(
        run(&d, &view, &react("$x", "👍", "$elsewhere"))
            .actions
            .is_empty()
    );
    assert!(
        run(&d, &view, &react("$y", "🎉", "$card"))
            .actions
            .is_empty()
    );
    let got = run(&d, &view, &react("$1", "👍", "$card"));
    assert_eq!(kinds(&got), ["edit", "dm", "reply"]);
    assert!(ticket(&view).acked.is_some());
    let got = run(&d, &view, &react("$2", "✅\u{fe0f}", "$card"));
    assert_eq!(kinds(&got), ["edit", "dm", "reply"]);
    assert!(!ticket(&view).is_open());
}

#[test]
fn the_ticket_list_filters() {
    let d = dir(Lang::En);
    let view = reported(&d);
    run(
        &d,
        &view,
        &station(
            "$r2",
            "@w:s",
            EventBody::text("!report second"),
            NOW - 30 * 60_000,
        ),
    );
    run(&d, &view, &desk("$s", "@sho:s", "!assign A-1 @c:s", "a"));
    let list = |who: &str, text: &str| bodies(&run(&d, &view, &desk("$l", who, text, "a")));
    let open = list("@c:s", "!tickets");
    assert!(
        open.contains("(open): 2") && open.contains("A-1") && open.contains("A-2"),
        "{open}"
    );
    // A-2 is 30 min old and nobody acknowledged it: overdue. A-1 was acknowledged by the assign.
    let overdue = list("@c:s", "!tickets overdue");
    assert!(
        overdue.contains(": 1") && overdue.contains("A-2 ") && overdue.contains('⏰'),
        "{overdue}"
    );
    let mine = list("@c:s", "!tickets mine");
    assert!(mine.contains(": 1") && mine.contains("A-1 "), "{mine}");
    assert!(list("@c:s", "!tickets soon").contains("Usage"));
    // Station b's desk sees none of a's.
    let b = bodies(&run(&d, &view, &desk("$lb", "@b:s", "!tickets", "b")));
    assert!(b.contains(": 0"), "{b}");
}

#[test]
fn escalations_fire_once_each_and_in_order() {
    let d = dir(Lang::En);
    let view = reported(&d);
    let at_ms = ticket(&view).at_ms;
    let tick = |now: u64| {
        let due = escalate::due(&d, &view, now);
        for x in &due {
            view.apply(&x.decision);
        }
        due
    };
    assert!(tick(at_ms + d.reports.ack_within_ms - 1).is_empty());
    let first = tick(at_ms + d.reports.ack_within_ms);
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].id, "escalate:ack:lko:A-1");
    assert_eq!(kinds(&first[0].decision), ["notice"]);
    let body = bodies(&first[0].decision);
    assert!(
        body.contains("A-1") && body.contains("not acknowledged for 15 minutes"),
        "{body}"
    );
    assert!(
        matches!(&first[0].decision.actions[0], Action::Notice { room_id, .. } if room_id == "!control")
    );
    assert!(tick(at_ms + d.reports.ack_within_ms + 60_000).is_empty());
    let second = tick(at_ms + d.reports.resolve_within_ms);
    assert_eq!(second.len(), 1);
    assert!(bodies(&second[0].decision).contains("not resolved within 1 day"));
    assert!(tick(at_ms + 2 * d.reports.resolve_within_ms).is_empty());
}

#[test]
fn a_late_tick_raises_one_escalation_and_resolved_tickets_none() {
    let d = dir(Lang::Hi);
    let view = reported(&d);
    let at_ms = ticket(&view).at_ms;
    let due = escalate::due(&d, &view, at_ms + d.reports.resolve_within_ms);
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].id, "escalate:resolve:lko:A-1");
    assert!(bodies(&due[0].decision).contains("बंद नहीं हुआ"));
    // Acknowledged in time: no first alert; resolved: none at all.
    let view = reported(&d);
    run(&d, &view, &desk("$a", "@c:s", "!ack A-1", "a"));
    assert!(escalate::due(&d, &view, at_ms + d.reports.ack_within_ms).is_empty());
    run(&d, &view, &desk("$z", "@c:s", "!resolve A-1", "a"));
    assert!(escalate::due(&d, &view, at_ms + 10 * d.reports.resolve_within_ms).is_empty());
}
