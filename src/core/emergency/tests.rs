//! Emergency words and alerts: table tests of the pure rules.

use super::*;
use crate::core::district::Lang;
use crate::core::event::EventBody;
use crate::core::test_view::{TestView, at, directory, ev, run};

fn dir(lang: Lang) -> crate::core::directory::Directory {
    let mut d = directory(lang);
    let words: Vec<String> = DEFAULT_WORDS.iter().map(|w| w.to_string()).collect();
    d.emergency = Some(EmergencyWords::new(&words, 120_000));
    d
}

#[test]
fn words_are_found_through_tricks_and_near_misses_are_not() {
    let d = dir(Lang::En);
    let w = d.emergency.as_ref().unwrap();
    let cases: [(&str, Option<&str>); 9] = [
        ("market mein AAG lagi hai!!", Some("aag")),
        ("राम नगर में आग लगी है", Some("आग")),
        ("highway par accidentttt hua", Some("accident")),
        ("𝐟𝐢𝐫𝐞 at the mill", Some("fire")),
        ("F.I.R.E at the mill", Some("fire")),
        ("sadak par goli chali", Some("goli chali")),
        ("goli khao dawai ki", None),
        ("good morning sir", None),
        ("fireworks tonight at the mela", None),
    ];
    for (text, want) in cases {
        assert_eq!(w.find(text), want, "{text}");
    }
}

#[test]
fn an_alert_goes_to_desk_and_control_once_per_interval() {
    let d = dir(Lang::En);
    let view = TestView::default();
    let st = || at(RoomKind::Station("a".into()));
    let got = run(
        &d,
        &view,
        &ev("$1", "@v:s", st(), EventBody::text("aag lagi hai")),
    );
    let kinds: Vec<_> = got.actions.iter().map(Action::kind).collect();
    assert_eq!(kinds, ["reply", "notice", "notice"]);
    assert!(matches!(&got.actions[0], Action::Reply { body, .. } if body.contains("112")));
    // Within the interval the same room stays quiet; staff are never alerted on.
    let again = run(
        &d,
        &view,
        &ev("$2", "@w:s", st(), EventBody::text("dusri jagah aag")),
    );
    assert!(again.actions.is_empty());
    let staff = run(
        &d,
        &TestView::default(),
        &ev("$3", "@sho:s", st(), EventBody::text("aag bujh gayi")),
    );
    assert!(staff.actions.is_empty());
    let hi = run(
        &dir(Lang::Hi),
        &TestView::default(),
        &ev("$4", "@v:s", st(), EventBody::text("दंगा हो रहा है")),
    );
    assert!(matches!(&hi.actions[0], Action::Reply { body, .. } if body.contains("112")));
}
