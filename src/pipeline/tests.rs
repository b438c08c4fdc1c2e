//! The pipeline with the memory store: dedupe, history, and records stored with the event.

use std::collections::HashMap;

use super::*;
use crate::core::action::Action;
use crate::core::district::{District, Lang, Names, RoomKind, Station};
use crate::core::event::{EventBody, MemberChange, Place};
use crate::core::vetting::model::RequestStatus;
use crate::store::memory::MemoryStore;
use crate::store::records;

pub struct MapRooms(pub HashMap<RoomPlace, String>);

impl RoomIndex for MapRooms {
    fn room_id(&self, place: &RoomPlace) -> Option<String> {
        self.0.get(place).cloned()
    }
}

fn place(kind: RoomKind) -> RoomPlace {
    RoomPlace {
        district: "d".into(),
        kind,
    }
}

fn pipeline() -> (Pipeline, Arc<MemoryStore>) {
    let store = Arc::new(MemoryStore::new());
    let n = Names {
        hi: "अ".into(),
        en: "A".into(),
    };
    let dir = Directory {
        districts: vec![District {
            slug: "d".into(),
            names: n.clone(),
            office: n.clone(),
            lang: Lang::En,
            officers: vec!["@sp:s".into()],
            stations: vec![Station {
                slug: "a".into(),
                names: n,
                staff: vec!["@sho:s".into()],
                leads: vec![],
            }],
        }],
        bot_user: "@bot:s".into(),
        bot_name: "Saathi".into(),
        peer_bots: vec![],
        prefix: "!".into(),
        default_lang: Lang::En,
        categories: vec!["teacher".into(), "other".into()],
        remind_after_ms: 86_400_000,
        greetings: None,
        district_greetings: Default::default(),
        emergency: None,
        rules: Default::default(),
        utc_offset_min: 330,
        reports: Default::default(),
        rumours: Default::default(),
        digest_at_min: None,
    };
    let rooms = MapRooms(HashMap::from([
        (place(RoomKind::Station("a".into())), "!station".to_string()),
        (place(RoomKind::Desk("a".into())), "!desk".to_string()),
        (place(RoomKind::Control), "!control".to_string()),
    ]));
    (
        Pipeline::new(store.clone(), Arc::new(dir), Arc::new(rooms)),
        store,
    )
}

fn ev(id: &str, ts: u64, sender: &str, kind: RoomKind, body: EventBody) -> BotEvent {
    BotEvent {
        event_id: id.into(),
        room_id: "!r".into(),
        sender: sender.into(),
        origin_ts_ms: ts,
        place: Place::District(place(kind)),
        body,
        hops: 0,
        reply_to: None,
    }
}

#[test]
fn each_event_is_handled_once() {
    let (p, store) = pipeline();
    store.meta_set(Meta::FirstStartMs, 100).unwrap();
    let st = || RoomKind::Station("a".into());
    let cases = [
        (
            ev("$old", 99, "@v:s", st(), EventBody::text("!help")),
            Outcome::History,
        ),
        (
            ev("$1", 100, "@v:s", st(), EventBody::text("!help")),
            Outcome::Handled { actions: 1 },
        ),
        (
            ev("$1", 100, "@v:s", st(), EventBody::text("!help")),
            Outcome::Duplicate,
        ),
        (
            ev("$2", 101, "@v:s", st(), EventBody::text("hello")),
            Outcome::Handled { actions: 0 },
        ),
        (
            ev("$2", 101, "@v:s", st(), EventBody::text("hello")),
            Outcome::Duplicate,
        ),
    ];
    for (e, want) in cases {
        assert_eq!(
            p.handle(&e, 1_000, "ABCD-EFGH").unwrap(),
            want,
            "{}",
            e.event_id
        );
    }
    assert_eq!(store.outbox_len().unwrap(), 1);
    assert_eq!(store.handled_count().unwrap(), 2);
}

#[test]
fn after_a_restore_what_the_old_bot_handled_is_not_handled_again() {
    let (p, store) = pipeline();
    store.meta_set(Meta::FirstStartMs, 100).unwrap();
    store.meta_set(Meta::HandledElsewhereUntilMs, 200).unwrap();
    let st = || RoomKind::Station("a".into());
    let cases = [
        ("$old", 99, Outcome::History),
        ("$before", 150, Outcome::HandledBeforeRestore),
        ("$edge", 200, Outcome::HandledBeforeRestore),
        ("$after", 201, Outcome::Handled { actions: 1 }),
    ];
    for (id, ts, want) in cases {
        let e = ev(id, ts, "@v:s", st(), EventBody::text("!help"));
        assert_eq!(p.handle(&e, 1_000, "ABCD-EFGH").unwrap(), want, "{id}");
    }
    assert_eq!(store.handled_count().unwrap(), 1);
}

#[test]
fn reminders_are_queued_once_a_day() {
    let (p, store) = pipeline();
    let knock = EventBody::Member {
        target: "@v:s".into(),
        change: MemberChange::Knock,
        reason: None,
        display_name: None,
    };
    p.handle(
        &ev("$k", 1, "@v:s", RoomKind::Station("a".into()), knock),
        10,
        "ABCD-EFGH",
    )
    .unwrap();
    let day2 = 2 * 86_400_000;
    assert_eq!(p.tick(day2).unwrap(), 1);
    assert_eq!(p.tick(day2 + 300_000).unwrap(), 0, "same day: nothing new");
    assert_eq!(
        p.tick(day2 + 86_400_000).unwrap(),
        1,
        "next day: reminded again"
    );
    assert_eq!(store.outbox_len().unwrap(), 3, "card + two reminders");
}

#[test]
fn a_knock_then_an_approval_registers_a_volunteer_once() {
    let (p, store) = pipeline();
    let knock = EventBody::Member {
        target: "@v:s".into(),
        change: MemberChange::Knock,
        reason: Some("teacher here".into()),
        display_name: Some("V".into()),
    };
    assert_eq!(
        p.handle(
            &ev("$k", 1, "@v:s", RoomKind::Station("a".into()), knock),
            10,
            "ABCD-EFGH"
        )
        .unwrap(),
        Outcome::Handled { actions: 1 }
    );
    let r = records::request(store.as_ref(), "d", "a", "@v:s")
        .unwrap()
        .unwrap();
    assert_eq!(r.status, RequestStatus::Open);
    let approve = ev(
        "$a",
        2,
        "@sho:s",
        RoomKind::Desk("a".into()),
        EventBody::text("!approve @v:s teacher"),
    );
    assert!(matches!(
        p.handle(&approve, 20, "ABCD-EFGH").unwrap(),
        Outcome::Handled { .. }
    ));
    assert!(matches!(
        p.handle(&approve, 21, "WXYZ-WXYZ").unwrap(),
        Outcome::Duplicate
    ));
    let v = records::volunteer(store.as_ref(), "d", "a", "@v:s")
        .unwrap()
        .unwrap();
    assert_eq!(
        (v.category.as_str(), v.code.as_str()),
        ("teacher", "ABCD-EFGH")
    );
    assert_eq!(
        records::volunteer_by_code(store.as_ref(), "ABCD-EFGH").unwrap(),
        Some(v)
    );
}

#[test]
fn a_flood_is_counted_across_events_and_its_mute_lifts_once_on_time() {
    let (p, store) = pipeline();
    let st = || RoomKind::Station("a".into());
    let post = |i: u64| {
        ev(
            &format!("$p{i}"),
            1_000 + i * 1_000,
            "@v:s",
            st(),
            EventBody::text(format!("update {i}")),
        )
    };
    // SPEC default: more than 5 messages within 60 s. The sixth mutes for 10 minutes.
    for i in 0..5 {
        assert_eq!(
            p.handle(&post(i), 10_000, "X").unwrap(),
            Outcome::Handled { actions: 0 }
        );
    }
    // A replayed event (catch-up) is not counted twice.
    assert_eq!(p.handle(&post(4), 10_000, "X").unwrap(), Outcome::Duplicate);
    assert!(matches!(
        p.handle(&post(5), 10_000, "X").unwrap(),
        Outcome::Handled { actions: 3 }
    ));
    let mute = records::mute(store.as_ref(), "d", "a", "@v:s")
        .unwrap()
        .unwrap();
    assert_eq!(mute.until_ms, 10_000 + 600_000);
    let s = records::sanction(store.as_ref(), &mute.sanction)
        .unwrap()
        .unwrap();
    assert_eq!((s.rule.as_str(), s.strike), ("flood", true));
    // Audit export sees it.
    assert!(
        records::audit(store.as_ref())
            .unwrap()
            .iter()
            .any(|a| a.action == "mute")
    );
    let queued = store.outbox_len().unwrap();
    assert_eq!(p.tick(609_999).unwrap(), 0, "not yet");
    assert_eq!(p.tick(610_000).unwrap(), 2, "unmute + desk line");
    assert_eq!(p.tick(615_000).unwrap(), 0, "once");
    assert!(
        records::mute(store.as_ref(), "d", "a", "@v:s")
            .unwrap()
            .is_none()
    );
    assert_eq!(store.outbox_len().unwrap(), queued + 2);
}

#[test]
fn the_digest_counts_each_event_once() {
    let (p, store) = pipeline();
    let st = || RoomKind::Station("a".into());
    let handle = |e: &BotEvent| p.handle(e, e.origin_ts_ms, "ABCD-EFGH").unwrap();
    let knock = EventBody::Member {
        target: "@v:s".into(),
        change: MemberChange::Knock,
        reason: None,
        display_name: None,
    };
    handle(&ev("$k", 1, "@v:s", st(), knock));
    handle(&ev(
        "$a",
        2,
        "@sho:s",
        RoomKind::Desk("a".into()),
        EventBody::text("!approve @v:s teacher"),
    ));
    for i in 0..3 {
        let m = ev(
            &format!("$m{i}"),
            10 + i,
            "@v:s",
            st(),
            EventBody::text("the road near the school is flooded"),
        );
        handle(&m);
        // A replay (catch-up after a restart) counts nothing more.
        assert_eq!(handle(&m), Outcome::Duplicate);
    }
    handle(&ev(
        "$r",
        20,
        "@v:s",
        st(),
        EventBody::text("!report water entering houses in ward 5"),
    ));
    handle(&ev(
        "$w",
        30,
        "@sho:s",
        RoomKind::Desk("a".into()),
        EventBody::text("!warn @v:s stop posting"),
    ));
    handle(&ev(
        "$d",
        40,
        "@sp:s",
        RoomKind::Control,
        EventBody::text("!digest today"),
    ));
    let digest = store
        .outbox_peek(100)
        .unwrap()
        .into_iter()
        .find_map(|i| match i.action {
            Action::Digest {
                table, text, csv, ..
            } => Some((table, text, csv)),
            _ => None,
        })
        .expect("a digest");
    let (table, text, csv) = digest;
    let (name, values) = &table.rows[0];
    assert_eq!(name, "A");
    let value = |m: &str| {
        values[crate::core::digest::tally::METRICS
            .iter()
            .position(|x| *x == m)
            .unwrap()]
    };
    assert_eq!(value("new_volunteers"), 1);
    assert_eq!(value("messages"), 4, "three posts and the report");
    assert_eq!(value("reports_opened"), 1);
    assert_eq!(value("moderation_actions"), 1);
    assert_eq!(value("greetings_removed"), 0);
    assert!(text.contains("new volunteers 1, messages 4"), "{text}");
    assert!(
        csv.starts_with("date,station,new_volunteers,messages"),
        "{csv}"
    );
    assert!(csv.contains("\"A\",1,4,0,1,1,0,0,0,0,0,0"), "{csv}");
}
