use crate::core::event::MediaKind;
use serde_json::json;

use super::commands::parse_due;
use super::*;
use crate::core::action::{Action, Tracked};
use crate::core::district::{Lang, RoomKind};
use crate::core::event::{BotEvent, EventBody, Place};
use crate::core::test_view::{TestView, at, directory, ev, run};
use crate::core::view::StateView;
use crate::core::{decision::Decision, directory::Directory};

const NOW: u64 = 86_400_000 * 20_000; // 00:00 UTC = 05:30 local

fn dir() -> Directory {
    directory(Lang::En)
}

fn kinds(d: &Decision) -> Vec<&'static str> {
    d.actions.iter().map(Action::kind).collect()
}

fn replies(d: &Decision) -> String {
    d.actions
        .iter()
        .filter_map(|a| match a {
            Action::Reply { body, .. } | Action::Dm { body, .. } | Action::Card { body, .. } => {
                Some(body.as_str())
            }
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn control(id: &str, who: &str, text: &str) -> BotEvent {
    BotEvent {
        room_id: "!control".into(),
        origin_ts_ms: NOW,
        ..ev(id, who, at(RoomKind::Control), EventBody::text(text))
    }
}

fn dm(id: &str, who: &str, body: EventBody) -> BotEvent {
    BotEvent {
        room_id: format!("!dm-{who}"),
        origin_ts_ms: NOW + 60_000,
        ..ev(id, who, Place::Dm, body)
    }
}

fn photo(hash: &str) -> EventBody {
    EventBody::Media {
        kind: MediaKind::Image,
        content: json!({"msgtype": "m.image", "body": "barricade.jpg", "info": {"size": 1234, "mimetype": "image/jpeg"}}),
        digest: Some(hash.into()),
    }
}

fn location() -> EventBody {
    EventBody::Media {
        kind: MediaKind::Location,
        content: json!({"msgtype": "m.location", "body": "here", "geo_uri": "geo:26.85,80.95"}),
        digest: None,
    }
}

#[test]
fn ids_and_due_times() {
    for (arg, want) in [
        ("T-12", Some(12)),
        ("t12", Some(12)),
        ("12", Some(12)),
        ("#T-3", Some(3)),
        ("T-0", None),
        ("X-1", None),
    ] {
        assert_eq!(parse_id(arg), want, "{arg}");
    }
    // NOW is 05:30 local (+05:30).
    let cases: [(&str, Option<u64>); 6] = [
        ("2h", Some(NOW + 7_200_000)),
        ("30m", Some(NOW + 1_800_000)),
        ("18:00", Some(NOW + 12 * 3_600_000 + 30 * 60_000)),
        ("05:00", Some(NOW + (23 * 60 + 30) * 60_000)),
        ("25:00", None),
        ("soon", None),
    ];
    for (v, want) in cases {
        assert_eq!(parse_due(v, NOW, 330), want, "{v}");
    }
}

#[test]
fn a_task_is_given_and_refusals_say_why() {
    let d = dir();
    let view = TestView::default();
    let got = run(
        &d,
        &view,
        &control(
            "$t",
            "@sp:s",
            "!task @c:s Check the barricades at Gandhi chowk --due 2h --evidence photo",
        ),
    );
    assert_eq!(kinds(&got), ["card", "dm"]);
    assert!(
        matches!(&got.actions[0], Action::Card { room_id, of: Tracked::Task(TaskRef { number: 1, .. }), .. } if room_id == "!control")
    );
    assert!(
        matches!(&got.actions[1], Action::Dm { user, body } if user == "@c:s" && body.contains("T-1") && body.contains("Check the barricades at Gandhi chowk") && body.contains("07:30"))
    );
    let t = view.task("lko", 1).unwrap();
    assert_eq!((t.need, t.due_ms), (Need::Photo, Some(NOW + 7_200_000)));
    let cases = [
        ("!task @v:s patrol the market", "is not staff"),
        ("!task @c:s", "Usage"),
        ("!task check something", "Usage"),
        ("!task @c:s patrol --due soon", "--due “soon”"),
        ("!task @c:s patrol --evidence selfie", "--evidence “selfie”"),
    ];
    for (text, want) in cases {
        let got = run(&d, &view, &control("$x", "@sp:s", text));
        assert!(replies(&got).contains(want), "{text}: {}", replies(&got));
    }
    // Two assignees (one by pill: the instruction follows the colon).
    let pills = BotEvent {
        body: EventBody::Text {
            body: "!task Sho, C: count the crowd".into(),
            mentions: vec!["@sho:s".into(), "@c:s".into()],
            room_mention: false,
        },
        ..control("$p", "@sp:s", "")
    };
    run(&d, &view, &pills);
    let t = view.task("lko", 2).unwrap();
    assert_eq!(t.text, "count the crowd");
    assert_eq!(t.assignees.len(), 2);
}

#[test]
fn done_needs_the_evidence_the_task_asks_for() {
    let d = dir();
    let view = TestView::default();
    run(
        &d,
        &view,
        &control(
            "$t",
            "@sp:s",
            "!task @c:s Check the barricades --evidence photo",
        ),
    );
    view.set_task_card(1, "$card");
    let got = run(&d, &view, &dm("$d0", "@c:s", EventBody::text("!done T-1")));
    assert!(
        replies(&got).contains("cannot be closed without evidence"),
        "{}",
        replies(&got)
    );
    // A location is not a photo.
    let got = run(&d, &view, &dm("$l", "@c:s", location()));
    assert_eq!(kinds(&got), ["edit", "reply"]);
    let got = run(&d, &view, &dm("$d1", "@c:s", EventBody::text("!done T-1")));
    assert!(replies(&got).contains("without evidence"));
    // Someone else's photo is not evidence for it.
    assert!(
        run(&d, &view, &dm("$o", "@b:s", photo("ffff")))
            .actions
            .is_empty()
    );
    let got = run(&d, &view, &dm("$p", "@c:s", photo("ab12cd34ef56aa77")));
    assert!(
        replies(&got).contains("sha256 ab12cd34ef56"),
        "{}",
        replies(&got)
    );
    let ev = view.task_evidence("lko", 1);
    assert_eq!(ev.len(), 2);
    let p = &ev[1];
    assert_eq!(
        (p.sender.as_str(), p.at_ms, p.event_id.as_str()),
        ("@c:s", NOW + 60_000, "$p")
    );
    assert_eq!(
        (p.size, p.mimetype.as_deref(), p.sha256.as_deref()),
        (Some(1234), Some("image/jpeg"), Some("ab12cd34ef56aa77"))
    );
    assert_eq!(ev[0].geo_uri.as_deref(), Some("geo:26.85,80.95"));
    let got = run(
        &d,
        &view,
        &dm("$d2", "@c:s", EventBody::text("!done T-1 all in place")),
    );
    assert_eq!(kinds(&got), ["edit", "reply", "dm"]);
    assert!(
        matches!(&got.actions[0], Action::Edit { body, .. } if body.contains("done ✅") && body.contains("all in place"))
    );
    assert!(matches!(&got.actions[2], Action::Dm { user, .. } if user == "@sp:s"));
    assert!(view.open_tasks("lko").is_empty());
    assert!(
        replies(&run(
            &d,
            &view,
            &dm("$d3", "@c:s", EventBody::text("!done T-1"))
        ))
        .contains("no longer open")
    );
}

#[test]
fn evidence_as_a_reply_to_the_card_and_several_assignees() {
    let d = dir();
    let view = TestView::default();
    run(
        &d,
        &view,
        &control(
            "$t",
            "@sp:s",
            "!task @c:s @sho:s Photograph the queue --evidence any",
        ),
    );
    view.set_task_card(1, "$card");
    // A photo in the control room, as a reply to the card.
    let reply = BotEvent {
        reply_to: Some("$card".into()),
        ..control("$r", "@sho:s", "")
    };
    let got = run(
        &d,
        &view,
        &BotEvent {
            body: photo("99"),
            ..reply
        },
    );
    assert_eq!(kinds(&got), ["edit", "reply"]);
    let got = run(&d, &view, &control("$d", "@sho:s", "!done T-1"));
    assert!(
        replies(&got).contains("Your part of T-1"),
        "{}",
        replies(&got)
    );
    assert!(
        view.task("lko", 1).unwrap().is_open(),
        "@c:s has not finished"
    );
    assert!(
        replies(&run(
            &d,
            &view,
            &dm("$d2", "@b:s", EventBody::text("!done T-1"))
        ))
        .contains("No task")
    );
}

#[test]
fn cancel_list_remind_and_overdue() {
    let d = dir();
    let view = TestView::default();
    run(
        &d,
        &view,
        &control(
            "$t1",
            "@sp:s",
            "!task @c:s Patrol the mela --due 2h --evidence none",
        ),
    );
    run(
        &d,
        &view,
        &control(
            "$t2",
            "@sp:s",
            "!task @b:s File the report --due 30m --evidence none",
        ),
    );
    view.set_task_card(1, "$card1");
    // A staff member who did not give it cannot cancel it (the officer can).
    let desk = BotEvent {
        room_id: "!desk-b".into(),
        origin_ts_ms: NOW,
        ..ev(
            "$c",
            "@b:s",
            at(RoomKind::Desk("b".into())),
            EventBody::text("!cancel T-2"),
        )
    };
    let refused = replies(&run(&d, &view, &desk));
    assert!(
        refused.contains("Only whoever gave T-2 (@sp:s)"),
        "{refused}"
    );
    assert!(view.task("lko", 2).unwrap().cancelled.is_none());
    let list = replies(&run(&d, &view, &control("$l", "@sp:s", "!tasks")));
    assert!(
        list.contains("(open): 2") && list.contains("T-1") && list.contains("T-2"),
        "{list}"
    );
    // Reminders: T-2 (30 min) at half its time, T-1 30 min before; each once.
    let tick = |now: u64| {
        let due = timers::due(&d, &view, now);
        for x in &due {
            view.apply(&x.decision);
        }
        due.into_iter().map(|x| x.id).collect::<Vec<_>>()
    };
    assert!(tick(NOW + 14 * 60_000).is_empty());
    assert_eq!(tick(NOW + 15 * 60_000), ["task_remind:lko:2"]);
    assert_eq!(
        tick(NOW + 90 * 60_000),
        ["task_remind:lko:1", "task_overdue:lko:2"]
    );
    let later = crate::core::evaluate::evaluate(
        &d,
        &view,
        &control("$l2", "@sp:s", "!tasks overdue"),
        &crate::core::decision::Inputs {
            now_ms: NOW + 90 * 60_000,
            fresh_code: "X",
        },
    );
    let overdue = replies(&later);
    assert!(
        overdue.contains(": 1") && overdue.contains("T-2"),
        "{overdue}"
    );
    assert!(tick(NOW + 91 * 60_000).is_empty(), "once each");
    let got = timers::due(&d, &view, NOW + 2 * 3_600_000);
    assert_eq!(got.len(), 1);
    assert_eq!(kinds(&got[0].decision), ["notice", "dm", "edit"]);
    view.apply(&got[0].decision);
    // The officer cancels T-1 now; the assignee hears.
    let got = run(&d, &view, &control("$x", "@sp:s", "!cancel T-1"));
    assert!(
        matches!(&got.actions[..], [Action::Edit { .. }, Action::Dm { user, .. }, Action::Reply { .. }] if user == "@c:s")
    );
    assert!(!view.task("lko", 1).unwrap().is_open());
}
