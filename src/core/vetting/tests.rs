//! Vetting, registry, credentials and blocklist decisions as tables, with the test view
//! standing in for the store.

use crate::core::action::Action;
use crate::core::district::{Lang, RoomKind};
use crate::core::event::{EventBody, MemberChange, Place};
use crate::core::help::CATALOG;
use crate::core::roles::Role;
use crate::core::test_view::{TestView, at, directory, ev, run};
use crate::core::{
    vetting::model::{RequestStatus, VolunteerStatus},
    view::StateView,
};

fn knock(user: &str) -> crate::core::event::BotEvent {
    let body = EventBody::Member {
        target: user.into(),
        change: MemberChange::Knock,
        reason: Some("I teach here".into()),
        display_name: Some("Ravi".into()),
    };
    ev("$k", user, at(RoomKind::Station("a".into())), body)
}

fn text_of(d: &crate::core::decision::Decision) -> String {
    d.actions
        .iter()
        .filter_map(|a| match a {
            Action::Reply { body, .. }
            | Action::Notice { body, .. }
            | Action::Dm { body, .. }
            | Action::Edit { body, .. } => Some(body.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn desk(sender: &str, station: &str, body: &str) -> crate::core::event::BotEvent {
    ev(
        "$c",
        sender,
        at(RoomKind::Desk(station.into())),
        EventBody::text(body),
    )
}

#[test]
fn knock_card_then_approval_registers_and_invites() {
    let dir = directory(Lang::En);
    let view = TestView::default();
    let d = run(&dir, &view, &knock("@ravi:s"));
    assert!(
        matches!(&d.actions[0], Action::Notice { room_id, card: Some(_), body } if room_id == "!desk-a" && body.contains("Ravi (@ravi:s)") && body.contains("I teach here") && body.contains("Blocklist: clear"))
    );
    assert_eq!(
        view.request("lko", "a", "@ravi:s").unwrap().status,
        RequestStatus::Open
    );
    // A second knock does not post a second card.
    assert!(run(&dir, &view, &knock("@ravi:s")).actions.is_empty());

    view.set_card("@ravi:s", "$card");
    let d = run(&dir, &view, &desk("@c:s", "a", "!approve @ravi:s Teacher"));
    assert!(d.actions.contains(&Action::Invite {
        room_id: "!station-a".into(),
        user: "@ravi:s".into()
    }));
    assert!(d.actions.iter().any(|a| matches!(a, Action::Edit { event_id, body, .. } if event_id == "$card" && body.contains("Approved by @c:s"))));
    assert!(d.actions.iter().any(|a| matches!(a, Action::Dm { user, body } if user == "@ravi:s" && body.contains("ABCD-EFGH"))));
    assert!(d.changes.iter().any(|ch| matches!(ch, crate::core::change::Change::Audit(a) if a.action == "approve" && a.actor == "@c:s" && a.target == "@ravi:s")));
    let v = view.volunteer("lko", "a", "@ravi:s").unwrap();
    assert_eq!(
        (v.category.as_str(), v.status, v.approved_by.as_str()),
        ("teacher", VolunteerStatus::Active, "@c:s")
    );
    // Nothing left to approve.
    assert!(
        text_of(&run(&dir, &view, &desk("@c:s", "a", "!approve @ravi:s")))
            .contains("no open request")
    );
}

#[test]
fn reactions_on_the_card_decide_for_staff_only() {
    let dir = directory(Lang::En);
    let view = TestView::default();
    run(&dir, &view, &knock("@ravi:s"));
    view.set_card("@ravi:s", "$card");
    let react = |sender: &str, key: &str| {
        ev(
            "$r",
            sender,
            at(RoomKind::Desk("a".into())),
            EventBody::Reaction {
                key: key.into(),
                target_event: "$card".into(),
            },
        )
    };
    assert!(
        run(&dir, &view, &react("@v:s", "✅")).actions.is_empty(),
        "a volunteer's reaction does nothing"
    );
    assert!(
        run(&dir, &view, &react("@b:s", "✅")).actions.is_empty(),
        "staff of another station neither"
    );
    assert!(run(&dir, &view, &react("@sho:s", "🎉")).actions.is_empty());
    let d = run(&dir, &view, &react("@sho:s", "❌"));
    assert!(d.actions.contains(&Action::Kick {
        room_id: "!station-a".into(),
        user: "@ravi:s".into(),
        reason: "Sorry, this request cannot be accepted.".into()
    }));
    assert!(matches!(
        view.request("lko", "a", "@ravi:s").unwrap().status,
        RequestStatus::Denied { .. }
    ));
}

#[test]
fn join_by_dm_and_its_errors() {
    let dir = directory(Lang::En);
    let view = TestView::default();
    let dm = |body: &str| ev("$j", "@ravi:s", Place::Dm, EventBody::text(body));
    let cases = [
        ("!join", "Usage: !join <station> [reason]"),
        (
            "!join nowhere",
            "There is no station “nowhere”. Stations: a, b",
        ),
        (
            "!join A I want to help",
            "Your request has been sent to the staff of A police station",
        ),
        ("!join a", "already pending"),
    ];
    for (body, want) in cases {
        let got = text_of(&run(&dir, &view, &dm(body)));
        assert!(got.contains(want), "{body}: {got}");
    }
    assert_eq!(
        view.request("lko", "a", "@ravi:s")
            .unwrap()
            .reason
            .as_deref(),
        Some("I want to help")
    );
    let got = text_of(&run(
        &dir,
        &view,
        &desk("@sho:s", "a", "!approve @ravi:s plumber"),
    ));
    assert!(
        got.contains("“plumber” is not a category. Categories: teacher, trader, other"),
        "{got}"
    );
    let got = text_of(&run(&dir, &view, &desk("@sho:s", "a", "!pending")));
    assert!(
        got.contains("Open join requests: 1") && got.contains("@ravi:s"),
        "{got}"
    );
}

#[test]
fn blocked_users_are_refused_at_once() {
    let dir = directory(Lang::En);
    let view = TestView::default();
    let d = run(
        &dir,
        &view,
        &ev(
            "$b",
            "@sp:s",
            at(RoomKind::Control),
            EventBody::text("!block @tout:s broker at the thana"),
        ),
    );
    let bans: Vec<&str> = d
        .actions
        .iter()
        .filter_map(|a| {
            if let Action::Ban { room_id, .. } = a {
                Some(room_id.as_str())
            } else {
                None
            }
        })
        .collect();
    assert_eq!(
        bans,
        [
            "!space",
            "!control",
            "!ann",
            "!station-a",
            "!desk-a",
            "!station-b",
            "!desk-b"
        ]
    );
    assert!(text_of(&d).contains("banned in 7 rooms"));
    assert!(d.actions.iter().any(|a| matches!(a, Action::SetState { room_id, event_type, state_key, content }
        if room_id == "!policy" && event_type == "m.policy.rule.user" && state_key == "rule:@tout:s" && content["recommendation"] == "m.ban")));

    let d = run(&dir, &view, &knock("@tout:s"));
    assert!(
        d.actions
            .iter()
            .any(|a| matches!(a, Action::Kick { user, .. } if user == "@tout:s"))
    );
    assert!(text_of(&d).contains("Block reason: broker at the thana"));
    assert!(view.request("lko", "a", "@tout:s").is_none());
    let d = run(
        &dir,
        &view,
        &ev("$j", "@tout:s", Place::Dm, EventBody::text("!join a")),
    );
    let to_user: Vec<&Action> = d
        .actions
        .iter()
        .filter(|a| matches!(a, Action::Reply { .. }))
        .collect();
    assert!(
        matches!(to_user[..], [Action::Reply { body, .. }] if body == "Sorry, this request cannot be accepted."),
        "the user is not told why: {to_user:?}"
    );
    assert!(
        text_of(&d).contains("Refused a request (!join) from blocked user @tout:s"),
        "the desk is"
    );

    assert!(
        text_of(&run(&dir, &view, &desk("@sho:s", "a", "!blocklist")))
            .contains("@tout:s — broker at the thana (@sp:s")
    );
    assert!(
        text_of(&run(&dir, &view, &desk("@sho:s", "a", "!block @c:s rude")))
            .contains("cannot be blocked")
    );
    assert!(
        text_of(&run(&dir, &view, &desk("@sho:s", "a", "!block @x:s")))
            .contains("Usage: !block @user <reason>")
    );
    let d = run(&dir, &view, &desk("@sho:s", "a", "!unblock @tout:s"));
    assert_eq!(
        d.actions
            .iter()
            .filter(|a| matches!(a, Action::Unban { .. }))
            .count(),
        7
    );
    assert!(view.block("lko", "@tout:s").is_none());
}

#[test]
fn credentials_verify_and_leave() {
    let dir = directory(Lang::En);
    let view = TestView::default();
    run(&dir, &view, &knock("@ravi:s"));
    run(&dir, &view, &desk("@sho:s", "a", "!approve @ravi:s"));
    let verify = |code: &str| {
        text_of(&run(
            &dir,
            &view,
            &ev(
                "$v",
                "@anyone:s",
                Place::Dm,
                EventBody::text(format!("!verify {code}")),
            ),
        ))
    };
    assert!(
        verify("abcd efgh")
            .contains("Valid: registered digital volunteer of A police station since")
            && verify("ABCD-EFGH").contains("hold no police authority")
    );
    assert!(verify("ZZZZ-ZZZZ").contains("is not a valid code"));
    assert!(verify("nonsense").contains("is not a valid code"));
    let card = text_of(&run(
        &dir,
        &view,
        &ev("$m", "@ravi:s", Place::Dm, EventBody::text("!mycard")),
    ));
    assert!(
        card.contains("ABCD-EFGH") && card.contains("not a police ID"),
        "{card}"
    );

    let leave = EventBody::Member {
        target: "@ravi:s".into(),
        change: MemberChange::Leave,
        reason: None,
        display_name: None,
    };
    run(
        &dir,
        &view,
        &ev("$l", "@ravi:s", at(RoomKind::Station("a".into())), leave),
    );
    assert_eq!(
        view.volunteer("lko", "a", "@ravi:s").unwrap().status,
        VolunteerStatus::Left
    );
    assert!(
        verify("ABCD-EFGH").contains("is not a valid code"),
        "a former volunteer's code is no longer valid"
    );
}

#[test]
fn id_card_requests_get_the_policy_once_a_day() {
    let dir = directory(Lang::Hi);
    let view = TestView::default();
    let ask = |id: &str| {
        ev(
            id,
            "@ravi:s",
            at(RoomKind::Station("a".into())),
            EventBody::text("sir mujhe I-Card chahiye"),
        )
    };
    assert!(text_of(&run(&dir, &view, &ask("$1"))).contains("पुलिस पहचान पत्र नहीं"));
    assert!(run(&dir, &view, &ask("$2")).actions.is_empty());
}

/// Every implemented command × role in a desk: staff commands refuse volunteers, officer
/// commands refuse staff, and a refusal changes nothing.
#[test]
fn authorization_table() {
    let dir = directory(Lang::En);
    let view = TestView::default();
    let callers = [
        ("@v:s", Role::Volunteer),
        ("@c:s", Role::Staff),
        ("@sp:s", Role::Officer),
    ];
    for spec in CATALOG.iter().filter(|c| c.implemented && c.name != "help") {
        for (user, role) in callers {
            let d = run(
                &dir,
                &view,
                &ev(
                    "$a",
                    user,
                    at(RoomKind::Desk("a".into())),
                    EventBody::text(format!("!{} @x:s reason", spec.name)),
                ),
            );
            let refused = text_of(&d).contains("cannot be used here");
            assert_eq!(
                refused,
                !spec.allowed(role, &at(RoomKind::Desk("a".into()))),
                "!{} by {user}",
                spec.name
            );
            if refused {
                assert!(
                    d.changes.is_empty() && d.actions.len() == 1,
                    "!{} by {user} changed something",
                    spec.name
                );
            }
        }
    }
}

#[test]
fn external_policy_rules_ban_named_users_and_refuse_matching_joins() {
    let dir = directory(Lang::En);
    let view = TestView::default();
    let rule = |entity: &str| {
        let body = EventBody::PolicyRule {
            entity: entity.into(),
            recommendation: "m.ban".into(),
            reason: "spam network".into(),
        };
        ev(
            "$p",
            "@mod:elsewhere",
            Place::PolicyList("#bans:elsewhere".into()),
            body,
        )
    };
    let d = run(&dir, &view, &rule("@spammer:s"));
    assert_eq!(
        d.actions
            .iter()
            .filter(|a| matches!(a, Action::Ban { user, .. } if user == "@spammer:s"))
            .count(),
        7
    );
    assert!(text_of(&d).contains("following policy list #bans:elsewhere"));
    assert_eq!(
        view.block("lko", "@spammer:s").unwrap().by,
        "policy list #bans:elsewhere"
    );
    assert!(
        run(&dir, &view, &rule("@sho:s")).actions.is_empty(),
        "staff are never banned by a list"
    );
    assert!(
        run(&dir, &view, &rule("@*:spam.example"))
            .actions
            .is_empty(),
        "globs act at join time"
    );
    let other = EventBody::PolicyRule {
        entity: "@x:s".into(),
        recommendation: "m.mute".into(),
        reason: String::new(),
    };
    assert!(
        run(
            &dir,
            &view,
            &ev(
                "$q",
                "@mod:elsewhere",
                Place::PolicyList("#bans:elsewhere".into()),
                other
            )
        )
        .actions
        .is_empty()
    );

    view.external.borrow_mut().push((
        "@*:spam.example".into(),
        "#bans:elsewhere".into(),
        "spam server".into(),
    ));
    let d = run(&dir, &view, &knock("@bot1:spam.example"));
    assert!(
        d.actions
            .iter()
            .any(|a| matches!(a, Action::Kick { user, .. } if user == "@bot1:spam.example"))
    );
    assert!(text_of(&d).contains("Block reason: spam server (by policy list #bans:elsewhere)"));
}

#[test]
fn registry_counts_and_profiles() {
    let dir = directory(Lang::En);
    let view = TestView::default();
    run(&dir, &view, &knock("@ravi:s"));
    run(
        &dir,
        &view,
        &desk("@sho:s", "a", "!approve @ravi:s teacher"),
    );
    let counts = text_of(&run(&dir, &view, &desk("@sho:s", "a", "!volunteers")));
    assert!(
        counts.contains("Active volunteers: 1") && counts.contains("A: teacher 1"),
        "{counts}"
    );
    assert!(
        text_of(&run(
            &dir,
            &view,
            &desk("@sho:s", "a", "!volunteers trader")
        ))
        .contains("Active volunteers: 0")
    );
    let profile = text_of(&run(
        &dir,
        &view,
        &desk("@sho:s", "a", "!volunteer @ravi:s"),
    ));
    assert!(
        profile.contains("teacher")
            && profile.contains("approved by @sho:s")
            && profile.contains("active"),
        "{profile}"
    );
    assert!(
        text_of(&run(
            &dir,
            &view,
            &desk("@sho:s", "a", "!volunteer @nobody:s")
        ))
        .contains("is not a volunteer here")
    );
    assert!(
        text_of(&run(&dir, &view, &desk("@sho:s", "a", "!volunteer")))
            .contains("Usage: !volunteer @user")
    );
}

/// The card says when (local time), how to answer and what ✅ files as, with the categories,
/// in the district's language only; once decided, the instructions give way to the answer.
#[test]
fn request_cards_while_open_and_after_the_decision() {
    for lang in [Lang::Hi, Lang::En] {
        let dir = directory(lang);
        let view = TestView::default();
        let card = text_of(&run(&dir, &view, &knock("@ravi:s")));
        let (when, howto, cats) = match lang {
            Lang::Hi => (
                "कब: 1 जनवरी 1970, 05:30",
                "✅ (श्रेणी “other”)",
                "श्रेणियाँ: teacher, trader, other",
            ),
            Lang::En => (
                "When: 1 Jan 1970, 05:30",
                "✅ (category “other”)",
                "Categories: teacher, trader, other",
            ),
        };
        for want in [when, howto, cats] {
            assert!(card.contains(want), "{lang:?}: {want:?} in {card}");
        }
        assert!(!card.contains("knock"), "{lang:?}: {card}");
        view.set_card("@ravi:s", "$card");
        let d = run(&dir, &view, &desk("@c:s", "a", "!approve @ravi:s"));
        let edited = d
            .actions
            .iter()
            .find_map(|a| match a {
                Action::Edit { body, .. } => Some(body.clone()),
                _ => None,
            })
            .unwrap();
        assert!(
            !edited.contains(howto) && !edited.contains(cats),
            "{edited}"
        );
        assert!(edited.contains("@c:s"), "{edited}");
    }
}

/// Opening a direct chat with the bot gets a hello with what can be done there; the welcome
/// DM names the station room and links it.
#[test]
fn newcomers_are_greeted_and_told_where_to_go() {
    let dir = directory(Lang::En);
    let view = TestView::default();
    let invite = ev(
        "$i",
        "@new:s",
        Place::Dm,
        EventBody::Member {
            target: "@bot:s".into(),
            change: crate::core::event::MemberChange::Invited,
            reason: None,
            display_name: None,
        },
    );
    let d = run(&dir, &view, &invite);
    let hello = match d.actions.as_slice() {
        [Action::Dm { user, body }] if user == "@new:s" => body.clone(),
        other => panic!("{other:?}"),
    };
    for want in [
        "Hello! I am Saathi",
        "!join <station>",
        "stations: a, b",
        "!report",
        "112",
    ] {
        assert!(hello.contains(want), "{want:?} in {hello}");
    }
    view.set_card("@ravi:s", "$card");
    run(&dir, &view, &knock("@ravi:s"));
    let d = run(&dir, &view, &desk("@c:s", "a", "!approve @ravi:s"));
    let welcome = d
        .actions
        .iter()
        .find_map(|a| match a {
            Action::Dm { body, .. } => Some(body.clone()),
            _ => None,
        })
        .unwrap();
    assert!(
        welcome.contains("“A Police Station” room: https://matrix.to/#/!station-a?via=s"),
        "{welcome}"
    );
}
