use crate::core::action::{Action, Tracked};
use crate::core::decision::Decision;
use crate::core::district::{Lang, RoomKind};
use crate::core::event::{BotEvent, EventBody};
use crate::core::test_view::{TestView, at, directory, ev, run};

fn report(id: u64, reporter: &str, target: &str, sender: &str) -> BotEvent {
    let mut e = ev(
        &format!("report:{id}"),
        reporter,
        at(RoomKind::Station("a".into())),
        EventBody::Reported {
            report_id: id,
            target: target.into(),
            target_sender: sender.into(),
            reason: "scam link".into(),
            excerpt: "Win a free phone, send 500 rupees to this number".into(),
        },
    );
    e.room_id = "!station-a".into();
    e
}

fn kinds(d: &Decision) -> Vec<&'static str> {
    d.actions.iter().map(Action::kind).collect()
}

fn cmd(sender: &str, kind: RoomKind, text: &str) -> BotEvent {
    ev("$c", sender, at(kind), EventBody::text(text))
}

fn desk() -> RoomKind {
    RoomKind::Desk("a".into())
}

#[test]
fn a_report_becomes_one_card_and_a_repeat_changes_nothing() {
    let d = directory(Lang::En);
    let view = TestView::default();
    let got = run(&d, &view, &report(7, "@r1:s", "$m", "@spammer:s"));
    assert_eq!(kinds(&got), ["dm", "card"]);
    match &got.actions[1] {
        Action::Card { room_id, body, of } => {
            assert_eq!(room_id, "!desk-a");
            assert!(matches!(of, Tracked::MemberReport(r) if r.number == 1));
            for want in [
                "R-1",
                "@spammer:s",
                "@r1:s",
                "scam link",
                "Win a free phone",
                "!remove R-1",
            ] {
                assert!(body.contains(want), "{want}: {body}");
            }
        }
        other => panic!("{other:?}"),
    }
    // The same report read twice (a restart between read and cursor): nothing.
    let again = run(&d, &view, &report(7, "@r1:s", "$m", "@spammer:s"));
    assert!(again.actions.is_empty() && again.changes.is_empty());
}

#[test]
fn enough_members_remove_it_pending_review_and_restore_reposts_it() {
    let mut d = directory(Lang::En);
    d.reports.show_reporter = false;
    let view = TestView::default();
    run(&d, &view, &report(1, "@r1:s", "$m", "@spammer:s"));
    view.set_member_report_card(1, "$card");
    // The same member twice counts once.
    let twice = run(&d, &view, &report(2, "@r1:s", "$m", "@spammer:s"));
    assert_eq!(kinds(&twice), ["edit"]);
    run(&d, &view, &report(3, "@r2:s", "$m", "@spammer:s"));
    let third = run(&d, &view, &report(4, "@r3:s", "$m", "@spammer:s"));
    assert_eq!(kinds(&third), ["dm", "redact", "dm", "edit"]);
    let card = match third.actions.last() {
        Some(Action::Edit { body, .. }) => body.clone(),
        other => panic!("{other:?}"),
    };
    assert!(
        card.contains("pending review") && card.contains("!restore R-1"),
        "{card}"
    );
    assert!(
        !card.contains("@r1:s"),
        "show_reporter = false hides who: {card}"
    );
    let restored = run(&d, &view, &cmd("@sho:s", desk(), "!restore R-1"));
    let repost = restored.actions.iter().find_map(|a| match a {
        Action::Notice { room_id, body, .. } if room_id == "!station-a" => Some(body.clone()),
        _ => None,
    });
    let repost = repost.expect("re-posted in the station room");
    assert!(
        repost.contains("@spammer:s") && repost.contains("Win a free phone"),
        "{repost}"
    );
    // Each reporter hears once; a second decision is refused.
    let dms = restored
        .actions
        .iter()
        .filter(|a| matches!(a, Action::Dm { .. }))
        .count();
    assert_eq!(dms, 3);
    let late = run(&d, &view, &cmd("@sho:s", desk(), "!remove R-1"));
    assert_eq!(kinds(&late), ["reply"]);
}

#[test]
fn staff_decide_in_their_own_desk_and_warn_is_a_strike() {
    let d = directory(Lang::En);
    let view = TestView::default();
    run(&d, &view, &report(1, "@r1:s", "$m", "@vol:s"));
    view.set_member_report_card(1, "$card");
    let other = run(
        &d,
        &view,
        &cmd("@b:s", RoomKind::Desk("b".into()), "!remove R-1"),
    );
    assert_eq!(kinds(&other), ["reply"], "another station's staff");
    let warned = run(&d, &view, &cmd("@sho:s", desk(), "!warn R-1"));
    let k = kinds(&warned);
    assert!(k.contains(&"redact") && k.contains(&"edit"), "{k:?}");
    let strike = warned
        .changes
        .iter()
        .any(|c| matches!(c, crate::core::change::Change::PutSanction(s) if s.target == "@vol:s"));
    assert!(
        strike,
        "moderation's warning of the sender: {:?}",
        warned.changes
    );
    let reporter_told = warned.actions.iter().any(
        |a| matches!(a, Action::Dm { user, body } if user == "@r1:s" && body.contains("warned")),
    );
    assert!(reporter_told);
}

#[test]
fn reactions_on_the_card() {
    let d = directory(Lang::En);
    for (key, want) in [("🗑️", "removed"), ("👌", "dismissed")] {
        let view = TestView::default();
        run(&d, &view, &report(1, "@r1:s", "$m", "@vol:s"));
        view.set_member_report_card(1, "$card");
        let react = ev(
            "$x",
            "@sho:s",
            at(desk()),
            EventBody::Reaction {
                key: key.into(),
                target_event: "$card".into(),
            },
        );
        let got = run(&d, &view, &react);
        let r = view.member_reports.borrow()[&("lko".to_string(), 1)].clone();
        assert_eq!(
            r.decided.map(|x| x.verdict.name()),
            Some(want),
            "{key}: {got:?}"
        );
    }
}

#[test]
fn report_ids() {
    use super::model::parse_report_id;
    for (arg, want) in [
        ("R-3", Some(3)),
        ("r-12", Some(12)),
        ("#R-4", Some(4)),
        ("3", None),
        ("R-0", None),
        ("A-3", None),
    ] {
        assert_eq!(parse_report_id(arg), want, "{arg}");
    }
}

#[test]
fn a_reported_account_gets_a_card_and_remove_takes_it_out_of_the_room() {
    let d = directory(Lang::En);
    let view = TestView::default();
    let mut e = report(9, "@r1:s", &super::model::user_target("@tout:s"), "@tout:s");
    if let EventBody::Reported { excerpt, .. } = &mut e.body {
        excerpt.clear();
    }
    let got = run(&d, &view, &e);
    let card = got.actions.iter().find_map(|a| match a {
        Action::Card { body, .. } => Some(body.clone()),
        _ => None,
    });
    let card = card.expect("a card");
    assert!(
        card.contains("an account reported") && card.contains("@tout:s"),
        "{card}"
    );
    // Three members' reports never hide an account (there is no message to hide).
    for (id, who) in [(10, "@r2:s"), (11, "@r3:s")] {
        let mut more = e.clone();
        more.event_id = format!("report:{id}");
        more.sender = who.into();
        if let EventBody::Reported { report_id, .. } = &mut more.body {
            *report_id = id;
        }
        let got = run(&d, &view, &more);
        assert!(!kinds(&got).contains(&"redact"), "{got:?}");
    }
    let removed = run(&d, &view, &cmd("@sho:s", desk(), "!remove R-1"));
    let kick = removed.actions.iter().find_map(|a| match a {
        Action::Kick {
            room_id,
            user,
            reason,
        } => Some((room_id.clone(), user.clone(), reason.clone())),
        _ => None,
    });
    let (room, user, reason) = kick.expect("removed from the room");
    assert_eq!((room.as_str(), user.as_str()), ("!station-a", "@tout:s"));
    assert!(
        !reason.contains("@r1:s"),
        "the public reason names no reporter"
    );
}
