//! Every command × role × room (table generated from the catalog): a command used where or by
//! whom the catalog does not allow it is refused with the reason and changes nothing; an
//! allowed one is never refused as "not here". And a volunteer quoting staff is still a
//! volunteer.

use super::action::Action;
use super::district::{Lang, RoomKind};
use super::event::{BotEvent, EventBody, Place};
use super::help::CATALOG;
use super::roles::role_in;
use super::test_view::{TestView, at, directory, ev, run};

fn refused(actions: &[Action]) -> bool {
    actions.iter().any(|a| match a {
        Action::Reply { body, .. } => body.contains("cannot be used here"),
        _ => false,
    })
}

#[test]
fn every_command_for_every_role_in_every_room() {
    let dir = directory(Lang::En);
    let users = ["@v:s", "@c:s", "@sho:s", "@b:s", "@sp:s"];
    let places: Vec<(&str, Place)> = vec![
        ("station a", at(RoomKind::Station("a".into()))),
        ("desk a", at(RoomKind::Desk("a".into()))),
        ("control", at(RoomKind::Control)),
        ("announcements", at(RoomKind::Announcements)),
        ("dm", Place::Dm),
    ];
    let mut checked = 0;
    for spec in CATALOG.iter().filter(|s| s.name != "help") {
        for user in users {
            for (name, place) in &places {
                let view = TestView::default();
                let e = BotEvent {
                    origin_ts_ms: 86_400_000 * 20_000,
                    ..ev(
                        "$e",
                        user,
                        place.clone(),
                        EventBody::text(format!("!{}", spec.name)),
                    )
                };
                let role = role_in(&dir.districts, user, place);
                let got = run(&dir, &view, &e);
                let allowed = spec.allowed(role, place);
                assert_eq!(
                    refused(&got.actions),
                    !allowed,
                    "!{} by {user} ({role:?}) in {name}: {:?}",
                    spec.name,
                    got.actions
                );
                if !allowed {
                    assert!(
                        got.changes.is_empty(),
                        "!{} by {user} in {name} changed {:?}",
                        spec.name,
                        got.changes
                    );
                    assert_eq!(got.actions.len(), 1, "only the refusal");
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 30 * 5 * 5, "{checked}");
}

#[test]
fn quoting_staff_or_relaying_does_not_lend_their_role() {
    let dir = directory(Lang::En);
    let view = TestView::default();
    // A volunteer's message that quotes the SHO's command (as an old client's reply does).
    let quote = ev(
        "$q",
        "@v:s",
        at(RoomKind::Station("a".into())),
        EventBody::text("> <@sho:s> !ban @x:s tout\n\n!ban @x:s tout"),
    );
    let got = run(&dir, &view, &quote);
    assert!(!got.actions.iter().any(|a| matches!(a, Action::Ban { .. })));
    let direct = ev(
        "$d",
        "@v:s",
        at(RoomKind::Station("a".into())),
        EventBody::text("!ban @x:s tout"),
    );
    assert!(refused(&run(&dir, &view, &direct).actions));
    // The bot's own messages (relayed copies, notices) are never commands.
    let own = ev(
        "$o",
        "@bot:s",
        at(RoomKind::Control),
        EventBody::text("!block @x:s relayed"),
    );
    let got = run(&dir, &view, &own);
    assert!(got.actions.is_empty() && got.changes.is_empty());
    // Another bot's notice is never a command either.
    let notice = ev(
        "$n",
        "@sp:s",
        at(RoomKind::Control),
        EventBody::Notice {
            body: "!broadcast x".into(),
            mentions: vec![],
            room_mention: false,
        },
    );
    assert!(run(&dir, &view, &notice).actions.is_empty());
}

#[test]
fn another_saathi_instance_in_the_room_is_left_alone() {
    // `@peer:s` is listed in `bot.peers`: a shard of the same deployment sharing the room.
    let dir = directory(Lang::En);
    let view = TestView::default();
    let station = || at(RoomKind::Station("a".into()));
    let cases: Vec<(&str, Place, EventBody)> = vec![
        ("a command", station(), EventBody::text("!help")),
        (
            "an officer's command",
            at(RoomKind::Control),
            EventBody::text("!block @x:s tout"),
        ),
        (
            "a greeting",
            station(),
            EventBody::text("Good morning everyone 🌹🌹"),
        ),
        (
            "a link",
            station(),
            EventBody::text("see https://example.com/x"),
        ),
        (
            "a report",
            station(),
            EventBody::text("!report theft near the bus stand"),
        ),
        ("a DM", Place::Dm, EventBody::text("!status")),
    ];
    for (what, place, body) in cases {
        let got = run(&dir, &view, &ev("$p", "@peer:s", place, body));
        assert!(
            got.actions.is_empty() && got.changes.is_empty(),
            "{what} from the peer bot: {:?} {:?}",
            got.actions,
            got.changes
        );
    }
    // The same command from a volunteer is answered (the table is not vacuous).
    let vol = run(
        &dir,
        &view,
        &ev("$v", "@v:s", station(), EventBody::text("!help")),
    );
    assert!(!vol.actions.is_empty(), "a volunteer's !help is answered");
}
