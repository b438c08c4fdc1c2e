use crate::core::action::{Action, Tracked};
use crate::core::change::Change;
use crate::core::decision::Decision;
use crate::core::district::{Lang, RoomKind};
use crate::core::event::{BotEvent, EventBody, MediaKind, Place};
use crate::core::test_view::{TestView, at, directory, ev, run};
use crate::core::vetting::model::{Volunteer, VolunteerStatus};

const TIPSTER: &str = "@asha:s";

fn view_with_volunteer() -> TestView {
    let view = TestView::default();
    view.volunteers.borrow_mut().insert(
        ("lko".into(), "a".into(), TIPSTER.into()),
        Volunteer {
            v: 1,
            district: "lko".into(),
            station: "a".into(),
            user: TIPSTER.into(),
            category: "teacher".into(),
            locality: None,
            approved_by: "@sho:s".into(),
            since_ms: 1,
            status: VolunteerStatus::Active,
            status_at_ms: 1,
            code: "ABCD-EFGH".into(),
        },
    );
    view
}

fn dm(id: &str, body: EventBody, reply_to: Option<&str>) -> BotEvent {
    let mut e = ev(id, TIPSTER, Place::Dm, body);
    e.room_id = "!dm-asha".into();
    e.reply_to = reply_to.map(String::from);
    e
}

fn in_room(id: &str, sender: &str, kind: RoomKind, text: &str) -> BotEvent {
    ev(id, sender, at(kind), EventBody::text(text))
}

fn kinds(d: &Decision) -> Vec<&'static str> {
    d.actions.iter().map(Action::kind).collect()
}

/// Everything the decision sends to the desk or control room, as text.
fn police_side(d: &Decision) -> String {
    let mut out = String::new();
    for a in d.actions.iter().filter(|a| a.room_id() != "!dm-asha") {
        let text = match a {
            Action::Card { body, .. }
            | Action::Notice { body, .. }
            | Action::Label { body, .. } => body.clone(),
            Action::AnonymousImage { caption, .. } | Action::Copy { caption, .. } => {
                caption.clone()
            }
            Action::Reply { body, mention, .. } => format!("{body} {mention}"),
            _ => continue,
        };
        out.push_str(&text);
        out.push('\n');
    }
    out
}

fn open_tip(view: &TestView) -> Decision {
    let d = directory(Lang::En);
    let got = run(
        &d,
        view,
        &dm(
            "$t",
            EventBody::text("!tip smack is sold behind the bus stand at night"),
            None,
        ),
    );
    view.set_tip_card(1, "$card");
    got
}

#[test]
fn a_tip_reaches_the_desk_without_its_sender() {
    let view = view_with_volunteer();
    let got = open_tip(&view);
    assert_eq!(kinds(&got), ["card", "reply"]);
    let card = match &got.actions[0] {
        Action::Card { room_id, body, of } => {
            assert_eq!(room_id, "!desk-a");
            assert!(matches!(of, Tracked::Tip(t) if t.number == 1));
            body.clone()
        }
        other => panic!("{other:?}"),
    };
    assert!(card.contains("TIP-1") && card.contains("anonymous") && card.contains("bus stand"));
    assert!(!card.contains(TIPSTER) && !card.contains("asha"), "{card}");
    // The audit line is the anonymous tipster's, not the account's.
    for c in &got.changes {
        if let Change::Audit(a) = c {
            assert_eq!(a.actor, "anonymous");
            assert!(!a.detail.contains("asha") && a.event_id.is_empty());
        }
    }
    let tip = view.tips.borrow()[&("lko".to_string(), 1)].clone();
    assert_eq!(tip.tipster, TIPSTER, "kept in the record, for !reveal");
}

#[test]
fn where_a_tip_goes_and_when_it_is_refused() {
    let d = directory(Lang::En);
    let cases: [(&str, &str, &[&str]); 4] = [
        // A named station, in any case.
        (
            "!tip B the lane behind the school",
            "!desk-b",
            &["card", "reply"],
        ),
        // No station known and none named: which one?
        ("!tip something happened", "", &["reply"]),
        ("!tip", "", &["reply"]),
        ("!tip b", "", &["reply"]),
    ];
    for (text, desk, want) in cases {
        let view = TestView::default();
        let got = run(&d, &view, &dm("$t", EventBody::text(text), None));
        assert_eq!(kinds(&got), want, "{text}");
        if !desk.is_empty() {
            assert_eq!(got.actions[0].room_id(), desk, "{text}");
        }
    }
    // Typed in a station room: removed at once, and told by DM to send it privately.
    let view = view_with_volunteer();
    let got = run(
        &d,
        &view,
        &in_room(
            "$p",
            TIPSTER,
            RoomKind::Station("a".into()),
            "!tip the shop sells smack",
        ),
    );
    assert_eq!(kinds(&got), ["redact", "dm"]);
    assert!(view.tips.borrow().is_empty());
}

#[test]
fn replies_go_both_ways_and_media_without_metadata() {
    let d = directory(Lang::En);
    let view = view_with_volunteer();
    open_tip(&view);
    // Staff of another station do not see the tip; the station's own staff answer it.
    let other = run(
        &d,
        &view,
        &in_room(
            "$r0",
            "@b:s",
            RoomKind::Desk("b".into()),
            "!reply TIP-1 hello",
        ),
    );
    assert!(police_side(&other).contains("No tip"), "{other:?}");
    let reply = run(
        &d,
        &view,
        &in_room(
            "$r",
            "@sho:s",
            RoomKind::Desk("a".into()),
            "!reply TIP-1 Which bus stand?",
        ),
    );
    assert_eq!(kinds(&reply), ["dm", "reply"]);
    assert!(
        matches!(&reply.actions[0], Action::Dm { user, body } if user == TIPSTER && body.contains("Which bus stand?"))
    );
    // The tipster's reply goes into the card's thread, with no name.
    let answer = run(
        &d,
        &view,
        &dm(
            "$a",
            EventBody::text("The one near the canal"),
            Some("$policedm"),
        ),
    );
    assert_eq!(kinds(&answer), ["label", "reply"]);
    assert!(
        matches!(&answer.actions[0], Action::Label { event_id, body, .. } if event_id == "$card" && body.contains("near the canal"))
    );
    // A photo goes on re-encoded (the executor strips it); a video is refused; a location
    // goes on as its geo URI only.
    let media = |id: &str, kind: MediaKind, content: serde_json::Value| {
        run(
            &d,
            &view,
            &dm(
                id,
                EventBody::Media {
                    kind,
                    content,
                    digest: None,
                },
                None,
            ),
        )
    };
    let photo = media(
        "$m1",
        MediaKind::Image,
        serde_json::json!({"msgtype": "m.image", "body": "IMG_asha.jpg", "url": "mxc://s/x"}),
    );
    assert_eq!(kinds(&photo), ["anonymous_image", "reply"]);
    let video = media(
        "$m2",
        MediaKind::Video,
        serde_json::json!({"msgtype": "m.video", "body": "v.mp4", "url": "mxc://s/v"}),
    );
    assert_eq!(kinds(&video), ["reply"]);
    let place = media(
        "$m3",
        MediaKind::Location,
        serde_json::json!({"msgtype": "m.location", "body": "Asha's home", "geo_uri": "geo:26.85,80.95"}),
    );
    match &place.actions[0] {
        Action::Copy { content, .. } => {
            assert_eq!(content["geo_uri"], "geo:26.85,80.95");
            assert!(!content.to_string().contains("Asha"), "{content}");
        }
        other => panic!("{other:?}"),
    }
    for d in [&reply, &answer, &photo, &place] {
        let side = police_side(d);
        assert!(!side.contains("asha"), "{side}");
    }
}

#[test]
fn only_an_officer_reveals_with_a_reason_and_the_tipster_is_told() {
    let d = directory(Lang::En);
    let view = view_with_volunteer();
    open_tip(&view);
    let lead = run(
        &d,
        &view,
        &in_room(
            "$v0",
            "@sho:s",
            RoomKind::Control,
            "!reveal TIP-1 need to meet",
        ),
    );
    assert!(
        !police_side(&lead).contains(TIPSTER),
        "a station lead may not"
    );
    let bare = run(
        &d,
        &view,
        &in_room("$v1", "@sp:s", RoomKind::Control, "!reveal TIP-1"),
    );
    assert!(police_side(&bare).contains("Usage"), "{bare:?}");
    let got = run(
        &d,
        &view,
        &in_room(
            "$v2",
            "@sp:s",
            RoomKind::Control,
            "!reveal TIP-1 witness summons, case 12/26",
        ),
    );
    assert_eq!(kinds(&got), ["reply", "dm"]);
    assert!(police_side(&got).contains(TIPSTER));
    assert!(
        matches!(&got.actions[1], Action::Dm { user, body } if user == TIPSTER && body.contains("looked up"))
    );
    let audit = got.changes.iter().find_map(|c| match c {
        Change::Audit(a) => Some(a.clone()),
        _ => None,
    });
    let audit = audit.expect("audited");
    assert_eq!(
        (audit.actor.as_str(), audit.action.as_str()),
        ("@sp:s", "tip reveal")
    );
    assert!(audit.detail.contains("witness summons"));
    assert!(!audit.detail.contains(TIPSTER) && !audit.target.contains(TIPSTER));
}

#[test]
fn tip_ids() {
    use super::model::parse_tip_id;
    for (arg, want) in [
        ("TIP-3", Some(3)),
        ("tip-12", Some(12)),
        ("#TIP-4", Some(4)),
        ("5", Some(5)),
        ("TIP-0", None),
        ("TIP-", None),
        ("T-3", None),
        ("", None),
    ] {
        assert_eq!(parse_tip_id(arg), want, "{arg}");
    }
}
