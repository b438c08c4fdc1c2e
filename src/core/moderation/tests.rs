use crate::core::action::Action;
use crate::core::district::{Lang, RoomKind};
use crate::core::event::{BotEvent, EventBody};
use crate::core::moderation::model::Measure;
use crate::core::rules::greeting::{Lexicon, LexiconLists};
use crate::core::test_view::{TestView, at, directory, ev, run};
use crate::core::{change::Change, moderation::model::Sanction, view::StateView};
use crate::core::{decision::Decision, directory::Directory};

const NOW: u64 = 86_400_000 * 20_000;

fn dir() -> Directory {
    let mut d = directory(Lang::En);
    let lists: LexiconLists =
        toml::from_str(include_str!("../../../assets/greetings.toml")).unwrap();
    d.greetings = Some(Lexicon::new(&lists));
    d
}

fn kinds(d: &Decision) -> Vec<&'static str> {
    d.actions.iter().map(Action::kind).collect()
}

fn station(id: &str, sender: &str, body: EventBody) -> BotEvent {
    ev(id, sender, at(RoomKind::Station("a".into())), body)
}

fn desk(id: &str, sender: &str, text: &str) -> BotEvent {
    let mut e = ev(
        id,
        sender,
        at(RoomKind::Desk("a".into())),
        EventBody::text(text),
    );
    e.room_id = "!desk-a".into();
    e
}

fn text_with(body: &str, mentions: usize, room_mention: bool) -> EventBody {
    EventBody::Text {
        body: body.into(),
        mentions: (0..mentions).map(|i| format!("@m{i}:s")).collect(),
        room_mention,
    }
}

fn sanction_of(d: &Decision) -> Option<&Sanction> {
    d.changes.iter().find_map(|c| match c {
        Change::PutSanction(s) => Some(s),
        _ => None,
    })
}

fn replies(d: &Decision) -> String {
    d.actions
        .iter()
        .filter_map(|a| match a {
            Action::Reply { body, .. } | Action::Notice { body, .. } | Action::Dm { body, .. } => {
                Some(body.as_str())
            }
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn greetings_are_removed_logged_and_reminded_once_a_day() {
    let d = dir();
    let view = TestView::default();
    let cases: [(&str, &str, &[&str]); 6] = [
        ("@v:s", "good morning 🙏", &["redact", "notice", "dm"]),
        ("@v:s", "सुप्रभात", &["redact", "notice"]),
        (
            "@v:s",
            "good morning sir, market mein jhagda ho raha hai",
            &[],
        ),
        ("@sho:s", "good morning all", &[]),
        ("@sp:s", "jai hind", &[]),
        ("@w:s", "G.o.o.d n.i.g.h.t", &["redact", "notice", "dm"]),
    ];
    for (i, (sender, text, want)) in cases.into_iter().enumerate() {
        let got = run(
            &d,
            &view,
            &station(&format!("$g{i}"), sender, EventBody::text(text)),
        );
        assert_eq!(kinds(&got), want, "{sender}: {text}");
    }
    // Staff of another station are staff too; desks and DMs are not moderated.
    let got = run(
        &d,
        &view,
        &station("$b", "@b:s", EventBody::text("good morning")),
    );
    assert!(got.actions.is_empty());
    let got = run(&d, &view, &desk("$d", "@v:s", "good morning"));
    assert!(got.actions.is_empty());
    // The desk line carries the action's id.
    let got = run(&d, &view, &station("$g9", "@x:s", EventBody::text("gm")));
    let s = sanction_of(&got).unwrap();
    assert_eq!(
        (s.rule.as_str(), s.redacted, s.strike),
        ("greeting", true, false)
    );
    assert!(replies(&got).contains(&format!("[{}]", s.id)));
    // Texts name commands with the district's prefix.
    let mut slash = dir();
    slash.prefix = "/".into();
    let got = run(
        &slash,
        &view,
        &station("$g10", "@y:s", EventBody::text("gm")),
    );
    let text = replies(&got);
    // A removed message cannot come back: no undo is offered for it; the line says what it was.
    assert!(!text.contains("undo"), "{text}");
    assert!(text.contains("“gm”") && text.contains("?via="), "{text}");
    // A strike can be withdrawn: its line offers undo, with the district's prefix.
    let got = run(
        &slash,
        &view,
        &station("$g11", "@z:s", text_with("look", 9, false)),
    );
    let text = replies(&got);
    assert!(text.contains("/undo ") && !text.contains("!undo"), "{text}");
}

#[test]
fn rules_table() {
    let d = dir();
    let cases: [(&str, EventBody, &[&str], &str); 7] = [
        (
            "@v:s",
            text_with("sab log dhyan dein @room", 0, true),
            &["redact", "notice", "dm"],
            "atroom",
        ),
        (
            "@sho:s",
            text_with("sab log dhyan dein @room", 0, true),
            &[],
            "",
        ),
        (
            "@v:s",
            text_with("dekho", 6, false),
            &["redact", "notice", "dm"],
            "mentions",
        ),
        ("@v:s", text_with("dekho", 5, false), &[], ""),
        (
            "@new:s",
            EventBody::text("offer: bit.ly/xyz"),
            &["redact", "notice", "dm"],
            "links",
        ),
        (
            "@new:s",
            EventBody::text("https://uppolice.gov.in/notice"),
            &[],
            "",
        ),
        ("@old:s", EventBody::text("offer: bit.ly/xyz"), &[], ""),
    ];
    for (i, (sender, body, want, rule)) in cases.into_iter().enumerate() {
        let view = TestView::default();
        view.joins
            .borrow_mut()
            .insert(("lko".into(), "a".into(), "@new:s".into()), 0);
        view.joins
            .borrow_mut()
            .insert(("lko".into(), "a".into(), "@old:s".into()), 0);
        let mut dir = d.clone();
        let mut rules = dir.rules_of("lko");
        rules.link_allow = vec!["gov.in".into()];
        dir.rules.insert("lko".into(), rules);
        let mut e = station(&format!("$r{i}"), sender, body);
        if sender == "@old:s" {
            e.origin_ts_ms = 2 * 86_400_000;
        }
        let got = run(&dir, &view, &e);
        assert_eq!(kinds(&got), want, "case {i}");
        if !rule.is_empty() {
            assert_eq!(sanction_of(&got).unwrap().rule, rule, "case {i}");
        }
    }
}

#[test]
fn flood_mutes_once_and_strikes_climb_the_ladder() {
    let d = dir();
    let view = TestView::default();
    for t in 0..5 {
        view.posts
            .borrow_mut()
            .push(("!r".into(), "@v:s".into(), t * 100));
    }
    let got = run(&d, &view, &station("$f", "@v:s", EventBody::text("ek aur")));
    assert_eq!(kinds(&got), ["mute", "notice", "dm"]);
    let s = sanction_of(&got).unwrap();
    assert_eq!(
        s.measure,
        Measure::Mute {
            until_ms: NOW + 600_000
        }
    );
    assert!(s.strike);
    assert!(view.mute("lko", "a", "@v:s").is_some());
    // Already muted: later messages of the same burst do not pile up strikes.
    let again = run(
        &d,
        &view,
        &station("$f2", "@v:s", EventBody::text("aur ek")),
    );
    assert!(again.actions.is_empty());
    // Staff may post as often as they like.
    for t in 0..9 {
        view.posts
            .borrow_mut()
            .push(("!r".into(), "@sho:s".into(), t));
    }
    assert!(
        run(
            &d,
            &view,
            &station("$s", "@sho:s", EventBody::text("update"))
        )
        .actions
        .is_empty()
    );

    // Strikes: the 2nd is a warning, the 3rd a 24 h mute, the 4th a removal.
    view.mutes.borrow_mut().clear();
    view.posts.borrow_mut().clear();
    let want = [
        Measure::Warn,
        Measure::Mute {
            until_ms: NOW + 86_400_000,
        },
        Measure::Kick,
    ];
    for (i, w) in want.into_iter().enumerate() {
        let got = run(
            &d,
            &view,
            &station(&format!("$m{i}"), "@v:s", text_with("x", 9, false)),
        );
        assert_eq!(sanction_of(&got).unwrap().measure, w, "strike {}", i + 2);
    }
    let kick = run(&d, &view, &station("$m9", "@v:s", text_with("x", 9, false)));
    assert!(kinds(&kick).contains(&"kick"));
}

#[test]
fn dry_run_only_posts_to_the_desk() {
    let d = dir();
    let view = TestView::default();
    let on = run(&d, &view, &desk("$c", "@sho:s", "!dryrun on"));
    assert_eq!(kinds(&on), ["reply"]);
    let got = run(
        &d,
        &view,
        &station("$g", "@v:s", EventBody::text("good morning")),
    );
    assert_eq!(kinds(&got), ["notice"]);
    assert!(replies(&got).starts_with("🧪 dry run"));
    let s = sanction_of(&got).unwrap();
    assert!(s.dry_run);
    let undo = run(&d, &view, &desk("$u", "@sho:s", &format!("!undo {}", s.id)));
    assert!(replies(&undo).contains("was a dry run"));
    run(&d, &view, &desk("$c2", "@sho:s", "!dryrun off"));
    let got = run(
        &d,
        &view,
        &station("$g2", "@v:s", EventBody::text("good morning")),
    );
    assert_eq!(kinds(&got)[0], "redact");
}

#[test]
fn settings_commands_change_the_room_at_once() {
    let d = dir();
    let view = TestView::default();
    let cases: [(&str, &str); 8] = [
        ("!set flood limit 8/60s", "flood limit: 5/1m → 8/1m"),
        ("!set greeting off", "greeting enabled: on → off"),
        ("!set flood speed 3", "Rule flood has no setting “speed”"),
        ("!set spam on", "“spam” is not a rule"),
        (
            "!set flood limit lots",
            "“lots” is not a value for flood limit",
        ),
        ("!set flood", "not written correctly"),
        ("!lexicon add jai jawan", "“jai jawan” is now a greeting"),
        ("!filters", "flood limit: 8/1m *"),
    ];
    for (i, (cmd, want)) in cases.into_iter().enumerate() {
        let got = run(&d, &view, &desk(&format!("$s{i}"), "@sho:s", cmd));
        assert!(replies(&got).contains(want), "{cmd}: {}", replies(&got));
    }
    // Greeting filter off in this room now; back on, the station's phrase counts.
    assert!(
        run(
            &d,
            &view,
            &station("$g", "@v:s", EventBody::text("good morning"))
        )
        .actions
        .is_empty()
    );
    run(
        &d,
        &view,
        &station("$on", "@sho:s", EventBody::text("!set greeting on")),
    );
    let got = run(
        &d,
        &view,
        &station("$j", "@v:s", EventBody::text("jai jawan")),
    );
    assert_eq!(kinds(&got)[0], "redact");
    // Volunteers cannot change settings.
    let got = run(
        &d,
        &view,
        &station("$x", "@v:s", EventBody::text("!set greeting off")),
    );
    assert!(replies(&got).contains("cannot be used here"));
    // Back to the district default removes the override.
    run(&d, &view, &desk("$back", "@sho:s", "!set flood limit 5/1m"));
    assert!(
        !view
            .room_settings("lko", "a")
            .values
            .contains_key("flood limit")
    );
}

#[test]
fn manual_sanctions_and_undo() {
    let d = dir();
    let view = TestView::default();
    let got = run(&d, &view, &desk("$m", "@sho:s", "!mute @v:s 30m spamming"));
    assert_eq!(kinds(&got), ["reply", "mute", "dm"]);
    let id = sanction_of(&got).unwrap().id.clone();
    assert_eq!(
        view.mute("lko", "a", "@v:s").unwrap().until_ms,
        NOW + 1_800_000
    );
    let undo = run(&d, &view, &desk("$u", "@sho:s", &format!("!undo {id}")));
    assert_eq!(kinds(&undo), ["reply", "unmute"]);
    assert!(view.mute("lko", "a", "@v:s").is_none());
    let again = run(
        &d,
        &view,
        &desk("$u2", "@sho:s", &format!("!undo {}", id.to_uppercase())),
    );
    assert!(replies(&again).contains("already reversed"));

    let cases: [(&str, &[&str], &str); 7] = [
        (
            "!kick @v:s tout",
            &["reply", "kick", "dm"],
            "removed from the room",
        ),
        ("!ban @v:s tout", &["reply", "ban", "dm"], "banned"),
        ("!warn @sho:s", &["reply"], "cannot be actioned"),
        ("!mute @v:s soon", &["reply"], "not written correctly"),
        ("!mute", &["reply"], "not written correctly"),
        ("!undo nosuch", &["reply"], "No action “nosuch”"),
        ("!strikes @v:s", &["reply"], "0/3 strikes"),
    ];
    for (i, (cmd, want, text)) in cases.into_iter().enumerate() {
        let got = run(&d, &view, &desk(&format!("$c{i}"), "@sho:s", cmd));
        assert_eq!(kinds(&got), want, "{cmd}");
        assert!(replies(&got).contains(text), "{cmd}: {}", replies(&got));
    }
    // A kick is undone with an invitation; a redaction cannot be undone.
    let kick = run(&d, &view, &desk("$k", "@sho:s", "!kick @w:s"));
    let id = sanction_of(&kick).unwrap().id.clone();
    let undo = run(&d, &view, &desk("$ku", "@sho:s", &format!("!undo {id}")));
    assert_eq!(kinds(&undo), ["reply", "invite"]);
    let g = run(
        &d,
        &view,
        &station("$g", "@v:s", EventBody::text("good morning")),
    );
    let id = sanction_of(&g).unwrap().id.clone();
    let undo = run(&d, &view, &desk("$gu", "@sho:s", &format!("!undo {id}")));
    assert!(replies(&undo).contains("cannot be brought back"));
    // Another station's staff cannot undo this station's action.
    let other = run(
        &d,
        &view,
        &ev(
            "$o",
            "@b:s",
            at(RoomKind::Desk("b".into())),
            EventBody::text(format!("!undo {id}")),
        ),
    );
    assert!(replies(&other).contains("No action"));
}

#[test]
fn warnings_from_staff_climb_the_same_ladder() {
    let d = dir();
    let view = TestView::default();
    let want: [&[&str]; 4] = [
        &["reply", "notice", "dm"],
        &["reply", "notice", "dm"],
        &["reply", "mute", "notice", "dm"],
        &["reply", "kick", "notice", "dm"],
    ];
    for (i, w) in want.into_iter().enumerate() {
        let got = run(
            &d,
            &view,
            &station(
                &format!("$w{i}"),
                "@sho:s",
                EventBody::text("!warn @v:s no touting"),
            ),
        );
        assert_eq!(kinds(&got), w, "warning {}", i + 1);
    }
    let got = run(&d, &view, &desk("$s", "@sho:s", "!strikes @v:s"));
    assert!(replies(&got).contains("4/3 strikes"), "{}", replies(&got));
}

#[test]
fn rules_command_explains_the_room() {
    let d = dir();
    let view = TestView::default();
    let got = run(&d, &view, &station("$r", "@v:s", EventBody::text("!rules")));
    let text = replies(&got);
    assert!(text.contains("More than 5 messages within 1 min"), "{text}");
    assert!(text.contains("3 strikes within 30 d"), "{text}");
    let hi = directory(Lang::Hi);
    let got = run(
        &hi,
        &view,
        &station("$r2", "@v:s", EventBody::text("!rules")),
    );
    assert!(replies(&got).contains("चेतावनियों"));
}

#[test]
fn timers_lift_mutes_and_keep_night_hours() {
    let d = dir();
    let view = TestView::default();
    run(&d, &view, &desk("$m", "@sho:s", "!mute @v:s 10m"));
    assert!(super::timers::due(&d, &view, NOW + 599_000).is_empty());
    let due = super::timers::due(&d, &view, NOW + 600_000);
    assert_eq!(due.len(), 1);
    assert_eq!(kinds(&due[0].decision), ["unmute", "notice"]);

    // Night 22:00–06:00 IST; NOW is 05:30 IST (00:00 UTC).
    let view = TestView::default();
    run(
        &d,
        &view,
        &desk("$n", "@sho:s", "!set night hours 22:00-06:00"),
    );
    let due = super::timers::due(&d, &view, NOW);
    assert_eq!(due.len(), 1);
    assert!(matches!(
        due[0].decision.actions[0],
        Action::Quiet { on: true, .. }
    ));
    view.apply(&due[0].decision);
    assert!(super::timers::due(&d, &view, NOW + 60_000).is_empty());
    let morning = super::timers::due(&d, &view, NOW + 30 * 60_000);
    assert!(matches!(
        morning[0].decision.actions[0],
        Action::Quiet { on: false, .. }
    ));

    // Locked through the night: the morning leaves the room announcement-only, silently.
    let view = TestView::default();
    run(
        &d,
        &view,
        &desk("$n2", "@sho:s", "!set night hours 22:00-06:00"),
    );
    view.apply(&super::timers::due(&d, &view, NOW)[0].decision);
    run(&d, &view, &desk("$l", "@sho:s", "!lock curfew"));
    let morning = super::timers::due(&d, &view, NOW + 30 * 60_000);
    assert!(morning[0].decision.actions.is_empty());
    view.apply(&morning[0].decision);
    assert!(!view.room_settings("lko", "a").night_active);
}

/// A hostile client's message with no readable text: removed by default (a desk line, a DM,
/// no strike), kept with `malformed = keep`; it counts for the flood rule either way; staff's
/// are left alone.
#[test]
fn unreadable_messages_follow_the_malformed_setting() {
    let view = TestView::default();
    let d = dir();
    let got = run(&d, &view, &station("$u1", "@v:s", EventBody::Unreadable));
    assert_eq!(kinds(&got), ["redact", "notice", "dm"]);
    let s = sanction_of(&got).unwrap();
    assert_eq!((s.rule.as_str(), s.strike), ("malformed", false));
    assert!(
        replies(&got).contains("unreadable message"),
        "{}",
        replies(&got)
    );
    let got = run(&d, &view, &station("$u2", "@sho:s", EventBody::Unreadable));
    assert!(got.actions.is_empty(), "staff are exempt");

    let mut keep = dir();
    let mut rules = keep.rules_of("lko");
    rules.malformed_remove = false;
    keep.rules.insert("lko".into(), rules);
    let view = TestView::default();
    let got = run(&keep, &view, &station("$k1", "@w:s", EventBody::Unreadable));
    assert!(got.actions.is_empty(), "kept: {:?}", kinds(&got));
}

/// The msgtype is no way around the rules: a member's `m.notice` greeting is removed like text,
/// and is never a command.
#[test]
fn a_members_notice_is_moderated_like_text() {
    let d = dir();
    let view = TestView::default();
    let notice = |b: &str| EventBody::Notice {
        body: b.into(),
        mentions: vec![],
        room_mention: false,
    };
    let got = run(
        &d,
        &view,
        &station("$n1", "@v:s", notice("good morning 🙏")),
    );
    assert_eq!(kinds(&got), ["redact", "notice", "dm"]);
    let got = run(&d, &view, &station("$n2", "@v:s", notice("!help")));
    assert!(got.actions.is_empty(), "never a command: {:?}", kinds(&got));
}
