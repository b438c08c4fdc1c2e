use super::*;
use crate::core::district::Lang;
use crate::core::event::EventBody;
use crate::core::test_view::{TestView, at, directory, ev, run};

const NOW: u64 = 86_400_000 * 20_000;

fn kinds(d: &Decision) -> Vec<&'static str> {
    d.actions.iter().map(Action::kind).collect()
}

fn cmd(sender: &str, kind: RoomKind, text: &str) -> crate::core::event::BotEvent {
    ev("$l", sender, at(kind), EventBody::text(text))
}

#[test]
fn who_may_lock_what() {
    let d = directory(Lang::En);
    let desk = || RoomKind::Desk("a".into());
    let cases: [(&str, RoomKind, &str, &[&str]); 6] = [
        // Staff: their own station, from its desk.
        (
            "@sho:s",
            desk(),
            "!lock 2h riot rumours",
            &["reply", "quiet", "notice"],
        ),
        ("@sho:s", desk(), "!lock b", &["reply"]),
        ("@b:s", desk(), "!lock", &["reply"]),
        // Officers: any or all, from the control room.
        (
            "@sp:s",
            RoomKind::Control,
            "!lock all 30m",
            &["reply", "quiet", "notice", "quiet", "notice"],
        ),
        ("@sp:s", RoomKind::Control, "!lock", &["reply"]),
        ("@sho:s", RoomKind::Control, "!lock b", &["reply"]),
    ];
    for (sender, kind, text, want) in cases {
        let got = run(&d, &TestView::default(), &cmd(sender, kind, text));
        assert_eq!(kinds(&got), want, "{sender}: {text}");
    }
}

#[test]
fn a_timed_lock_lifts_once_and_unlock_respects_night() {
    let d = directory(Lang::En);
    let view = TestView::default();
    let got = run(
        &d,
        &view,
        &cmd("@sho:s", RoomKind::Desk("a".into()), "!lock 2h mela crowd"),
    );
    let notice = got
        .actions
        .iter()
        .find_map(|a| match a {
            Action::Notice { body, .. } => Some(body.clone()),
            _ => None,
        })
        .unwrap();
    // NOW is 00:00 UTC: 05:30 in India, so two hours on is 07:30.
    assert!(
        notice.contains("until 07:30") && notice.contains("mela crowd"),
        "{notice}"
    );
    assert!(due(&d, &view, NOW + 7_199_000).is_empty());
    let lifted = due(&d, &view, NOW + 7_200_000);
    assert_eq!(kinds(&lifted[0].decision), ["quiet", "notice"]);
    view.apply(&lifted[0].decision);
    assert!(due(&d, &view, NOW + 7_300_000).is_empty());

    // Unlocking during night hours leaves the room quiet (night mode still holds).
    run(
        &d,
        &view,
        &cmd("@sho:s", RoomKind::Desk("a".into()), "!lock"),
    );
    let mut s = view.room_settings("lko", "a");
    s.night_active = true;
    view.settings
        .borrow_mut()
        .insert(("lko".into(), "a".into()), s);
    let got = run(
        &d,
        &view,
        &cmd("@sho:s", RoomKind::Desk("a".into()), "!unlock"),
    );
    assert_eq!(kinds(&got), ["reply", "notice"]);
    // Nothing to unlock: only the reply.
    let got = run(
        &d,
        &view,
        &cmd("@sho:s", RoomKind::Desk("a".into()), "!unlock"),
    );
    assert_eq!(kinds(&got), ["reply"]);
    let hi = directory(Lang::Hi);
    let got = run(
        &hi,
        &view,
        &cmd("@sho:s", RoomKind::Desk("a".into()), "!lock"),
    );
    assert!(matches!(&got.actions[0], Action::Reply { body, .. } if body.contains("केवल-घोषणा")));
}
