use super::likeness::{Likeness, likeness};
use crate::core::action::Action;
use crate::core::decision::Decision;
use crate::core::directory::Directory;
use crate::core::district::{Lang, Names, RoomKind};
use crate::core::event::{BotEvent, EventBody, MemberChange};
use crate::core::test_view::{TestView, at, directory, ev, run};

const NOW: u64 = 86_400_000 * 20_000;

fn places() -> Vec<String> {
    [
        "Hazratganj",
        "हज़रतगंज",
        "Lucknow",
        "लखनऊ",
        "Aminabad",
        "अमीनाबाद",
    ]
    .map(String::from)
    .to_vec()
}

fn officials() -> Vec<(String, String)> {
    vec![
        ("@sho:s".into(), "Rajesh Kumar Yadav".into()),
        ("@sp:s".into(), "Anita Sharma IPS".into()),
        ("@bot:s".into(), "Saathi".into()),
    ]
}

#[test]
fn names_that_pose_as_the_police() {
    // (display name, what it should be taken for: Some(part of the evidence) or None)
    let cases: &[(&str, Option<&str>)] = &[
        // Titles with a place, as scammers write them.
        ("SHO Hazratganj", Some("sho")),
        ("SH0 Hazratganj", Some("sho")),
        ("ЅНО Hazratganj", Some("sho")), // Cyrillic S, H, O
        ("S.H.O. Hazratganj", Some("sho")),
        ("S\u{200B}HO Hazratganj", Some("sho")),
        ("SP Lucknow", Some("sp + Lucknow")),
        ("S.P. Lucknow", Some("sp + Lucknow")),
        ("थाना प्रभारी हजरतगंज", Some("thana prabhari + Hazratganj")),
        ("Thana Prabhari", Some("thana prabhari")),
        ("Thaana Prabhaari Aminabad", Some("thana prabhari")),
        ("Police Help Desk", Some("police")),
        ("पुलिस सहायता", Some("police")),
        ("Lucknow Police", Some("police")),
        ("Inspector Verma", Some("inspector")),
        ("दरोगा जी", Some("daroga")),
        ("एसएचओ हज़रतगंज", Some("एसएचओ + Hazratganj")),
        ("ЅНО Наzrаtgаnj", Some("sho + Hazratganj")), // Cyrillic in the place too
        ("ＳＨＯ　Ｈａｚｒａｔｇａｎｊ", Some("sho")), // fullwidth
        ("Cyber Helpline", Some("cyber + helpline")),
        ("Thana Aminabad", Some("thana + Aminabad")),
        ("CO Hazratganj", Some("co + Hazratganj")),
        // Close to an official's own name, or the bot's.
        ("Rajesh Kumar Yadav", Some("@sho:s")),
        ("Rajesh Kumar Yadaw", Some("@sho:s")),
        ("RAJESH KUMAR YADAV", Some("@sho:s")),
        ("Anita Sharma IPS", Some("@sp:s")),
        ("Saathi", Some("@bot:s")),
        ("Saathi", Some("@bot:s")),
        ("साथी", Some("@bot:s")),
        // Near misses: real people's names and what volunteers rightly say.
        ("Hazrat Ganj Singh", None),
        ("Hazratganj Wale Sharma", None),
        ("S.P. Sharma", None),
        ("SP Verma", None),
        ("Ramesh Kumar", None),
        ("Rajesh Kumar", None),
        ("Anita", None),
        ("Police Mitra Ramesh", None),
        ("पुलिस मित्र सुरेश", None),
        ("Digital Volunteer Asha", None),
        ("Thanawala Traders", None),
        ("Sohan Lal", None),
        ("Spandan", None),
        ("Cosmos Tailor", None),
        ("Aminabad Kirana Store", None),
        ("Saathi Ram Verma", None),
        ("", None),
        ("🙏🌹", None),
    ];
    let mut wrong = Vec::new();
    for (name, want) in cases {
        let got = likeness(name, &officials(), &places());
        let shown = got.as_ref().map(evidence);
        let ok = match (want, &shown) {
            (None, None) => true,
            (Some(w), Some(s)) => s.contains(w),
            _ => false,
        };
        if !ok {
            wrong.push(format!("{name:?}: want {want:?}, got {shown:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn evidence(l: &Likeness) -> String {
    super::resembles(l)
}

fn hazratganj() -> Directory {
    let mut d = directory(Lang::En);
    d.districts[0].stations[0].names = Names {
        hi: "हज़रतगंज".into(),
        en: "Hazratganj".into(),
    };
    d
}

fn member(
    id: &str,
    user: &str,
    kind: RoomKind,
    change: MemberChange,
    name: Option<&str>,
) -> BotEvent {
    let mut e = ev(
        id,
        user,
        at(kind.clone()),
        EventBody::Member {
            target: user.into(),
            change,
            reason: None,
            display_name: name.map(String::from),
        },
    );
    e.room_id = match kind {
        RoomKind::Station(s) => format!("!station-{s}"),
        RoomKind::Space => "!space".into(),
        _ => "!other".into(),
    };
    e
}

fn kinds(d: &Decision) -> Vec<&'static str> {
    d.actions.iter().map(Action::kind).collect()
}

fn notice_in(d: &Decision, room: &str) -> String {
    d.actions
        .iter()
        .find_map(|a| match a {
            Action::Notice { room_id, body, .. } if room_id == room => Some(body.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

fn station() -> RoomKind {
    RoomKind::Station("a".into())
}

#[test]
fn a_look_alike_is_flagged_asked_and_removed_after_the_grace_period() {
    let dir = hazratganj();
    let view = TestView::default();
    let got = run(
        &dir,
        &view,
        &member(
            "$j",
            "@x:s",
            station(),
            MemberChange::Join,
            Some("SH0 Hazratganj"),
        ),
    );
    assert_eq!(kinds(&got), ["notice", "dm"]);
    let desk = notice_in(&got, "!desk-a");
    assert!(
        desk.contains("@x:s") && desk.contains("SH0 Hazratganj"),
        "{desk}"
    );
    // Seen in the space too: one case, two rooms, no second flag.
    let again = run(
        &dir,
        &view,
        &member(
            "$j2",
            "@x:s",
            RoomKind::Space,
            MemberChange::Join,
            Some("SH0 Hazratganj"),
        ),
    );
    assert!(again.actions.is_empty(), "{:?}", again.actions);
    let grace = 3_600_000;
    let timers = |ms| super::timers::due(&dir, &view, ms);
    assert!(timers(NOW + grace - 1).is_empty());
    let due = timers(NOW + grace);
    assert_eq!(due.len(), 1);
    assert_eq!(kinds(&due[0].decision), ["kick", "kick", "notice", "dm"]);
    let reason = due[0].decision.actions.iter().find_map(|a| match a {
        Action::Kick { reason, .. } => Some(reason.clone()),
        _ => None,
    });
    // The public reason names the rule, nothing of who or what.
    assert_eq!(reason.as_deref(), Some("Saathi: name posing as the police"));
    view.apply(&due[0].decision);
    assert!(timers(NOW + 2 * grace).is_empty(), "removed once");
}

#[test]
fn a_changed_name_ends_the_case_and_an_unchanged_profile_event_does_nothing() {
    let dir = hazratganj();
    let view = TestView::default();
    run(
        &dir,
        &view,
        &member(
            "$j",
            "@x:s",
            station(),
            MemberChange::Join,
            Some("Thana Prabhari"),
        ),
    );
    let same = run(
        &dir,
        &view,
        &member(
            "$o",
            "@x:s",
            station(),
            MemberChange::Other,
            Some("Thana Prabhari"),
        ),
    );
    assert!(same.actions.is_empty());
    let renamed = run(
        &dir,
        &view,
        &member(
            "$o2",
            "@x:s",
            station(),
            MemberChange::Other,
            Some("Ramesh Gupta"),
        ),
    );
    assert_eq!(kinds(&renamed), ["notice", "dm"]);
    assert!(notice_in(&renamed, "!desk-a").contains("Ramesh Gupta"));
    assert!(super::timers::due(&dir, &view, NOW + 86_400_000).is_empty());
}

#[test]
fn officials_are_exempt_and_their_names_are_protected() {
    let dir = hazratganj();
    let view = TestView::default();
    // The SHO's own name is police-like: theirs to use, and remembered.
    let own = run(
        &dir,
        &view,
        &member(
            "$s",
            "@sho:s",
            station(),
            MemberChange::Join,
            Some("Rajesh Yadav SHO"),
        ),
    );
    assert!(own.actions.is_empty());
    let copy = run(
        &dir,
        &view,
        &member(
            "$x",
            "@y:s",
            station(),
            MemberChange::Join,
            Some("Rajesh Yadav SH0"),
        ),
    );
    assert!(notice_in(&copy, "!desk-a").contains("@sho:s"), "{copy:?}");
    // A member who left before the grace period ended is not kicked from a room they left.
    run(
        &dir,
        &view,
        &member("$l", "@y:s", station(), MemberChange::Leave, None),
    );
    assert!(super::timers::due(&dir, &view, NOW + 86_400_000).is_empty());
}

#[test]
fn flag_only_and_off_as_the_district_sets_them() {
    for (mode, want) in [("flag", vec!["notice", "dm"]), ("off", vec![])] {
        let mut dir = hazratganj();
        let mut rules = dir.rules_of("lko");
        let s = crate::core::moderation::settings::find("impersonation", Some("action")).unwrap();
        crate::core::moderation::settings::apply(&mut rules, s, mode).unwrap();
        dir.rules.insert("lko".into(), rules);
        let view = TestView::default();
        let got = run(
            &dir,
            &view,
            &member(
                "$j",
                "@x:s",
                station(),
                MemberChange::Join,
                Some("SP Lucknow"),
            ),
        );
        assert_eq!(kinds(&got), want, "{mode}");
        assert!(super::timers::due(&dir, &view, NOW + 86_400_000).is_empty());
    }
}

#[test]
fn verify_tells_police_accounts_from_the_rest() {
    let dir = hazratganj();
    let view = TestView::default();
    let cases = [
        ("!verify @sho:s", "official police account"),
        ("!verify @sp:s", "officer"),
        ("!verify @bot:s", "Saathi bot"),
        ("!verify @impostor:s", "not a police account"),
        ("!verify ABCD-XXXX", "ABCD-XXXX"),
    ];
    for (text, want) in cases {
        let got = run(
            &dir,
            &view,
            &ev(
                "$v",
                "@anyone:s",
                crate::core::event::Place::Dm,
                EventBody::text(text),
            ),
        );
        let body = match &got.actions[..] {
            [Action::Reply { body, .. }] => body.clone(),
            other => panic!("{text}: {other:?}"),
        };
        assert!(body.contains(want), "{text}: {body}");
        if text.contains('@') && !text.contains("bot") {
            assert!(body.contains("never ask you for money"), "{body}");
        }
    }
}
