//! The desk briefing as a table: who gets one, and what it holds.

use crate::core::action::Action;
use crate::core::district::{Lang, RoomKind};
use crate::core::event::{BotEvent, EventBody, MemberChange};
use crate::core::test_view::{TestView, at, directory, ev, run};

const NOW: u64 = 86_400_000 * 20_000;

fn joined(user: &str, station: &str) -> BotEvent {
    let body = EventBody::Member {
        target: user.into(),
        change: MemberChange::Join,
        reason: None,
        display_name: None,
    };
    ev("$j", user, at(RoomKind::Desk(station.into())), body)
}

fn in_room(kind: RoomKind, id: &str, sender: &str, text: &str) -> BotEvent {
    BotEvent {
        origin_ts_ms: NOW - 60_000,
        ..ev(id, sender, at(kind), EventBody::text(text))
    }
}

/// Station a with ticket A-1, a join request from @r:s and task T-1; station b with nothing.
fn busy(lang: Lang) -> (crate::core::directory::Directory, TestView) {
    let d = directory(lang);
    let view = TestView::default();
    let st = || RoomKind::Station("a".into());
    run(
        &d,
        &view,
        &in_room(
            st(),
            "$r",
            "@v:s",
            "!report chain snatching near the bus stand",
        ),
    );
    let knock = EventBody::Member {
        target: "@r:s".into(),
        change: MemberChange::Knock,
        reason: Some("I teach here".into()),
        display_name: Some("Ravi".into()),
    };
    run(&d, &view, &ev("$k", "@r:s", at(st()), knock));
    let task = "!task @c:s Check the barricades at Gandhi chowk";
    run(
        &d,
        &view,
        &in_room(RoomKind::Desk("a".into()), "$t", "@sho:s", task),
    );
    (d, view)
}

fn briefing(got: &crate::core::decision::Decision) -> Option<(&str, &str)> {
    match got.actions.as_slice() {
        [Action::Dm { user, body }] => Some((user, body)),
        [] => None,
        other => panic!("one DM or nothing: {other:?}"),
    }
}

#[test]
fn who_is_briefed() {
    let (d, view) = busy(Lang::En);
    // (who joins, which desk, briefed?)
    let cases = [
        ("@c:s", "a", true),
        ("@b:s", "b", true),
        // Officers (invited to every desk: no flood of DMs), staff of another station, a
        // volunteer, the bot: nothing.
        ("@sp:s", "a", false),
        ("@sp:s", "b", false),
        ("@b:s", "a", false),
        ("@v:s", "a", false),
        ("@bot:s", "a", false),
    ];
    for (user, desk, want) in cases {
        let got = run(&d, &view, &joined(user, desk));
        assert_eq!(briefing(&got).is_some(), want, "{user} in desk {desk}");
        if let Some((to, _)) = briefing(&got) {
            assert_eq!(to, user);
        }
    }
}

#[test]
fn the_briefing_holds_every_open_card() {
    let (d, view) = busy(Lang::En);
    let got = run(&d, &view, &joined("@c:s", "a"));
    let (_, body) = briefing(&got).unwrap();
    for want in [
        "Unable to decrypt",
        "Open tickets (1)",
        "A-1",
        "chain snatching near the bus stand",
        "Pending join requests (1)",
        "@r:s",
        "Open tasks (1)",
        "T-1",
        "Check the barricades at Gandhi chowk",
    ] {
        assert!(body.contains(want), "{want} in:\n{body}");
    }
    // Station b has nothing open, and says so.
    let got = run(&d, &view, &joined("@b:s", "b"));
    let (_, body) = briefing(&got).unwrap();
    for want in [
        "Open tickets: none.",
        "Pending join requests: none.",
        "Open tasks: none.",
    ] {
        assert!(body.contains(want), "{want} in:\n{body}");
    }
}

#[test]
fn the_briefing_speaks_hindi() {
    let (d, view) = busy(Lang::Hi);
    let got = run(&d, &view, &joined("@c:s", "a"));
    let (_, body) = briefing(&got).unwrap();
    for want in [
        "डेस्क में स्वागत",
        "खुली शिकायतें (1)",
        "लंबित जुड़ने के अनुरोध (1)",
        "खुले कार्य (1)",
    ] {
        assert!(body.contains(want), "{want} in:\n{body}");
    }
}
