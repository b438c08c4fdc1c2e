//! Automatic moderation of station rooms (SPEC §6). For now the greeting filter: a message that
//! is nothing but a greeting is removed, with an audit entry, and its sender reminded by DM at
//! most once a day. Staff, officers and the bot are never actioned.

use super::action::Action;
use super::credential;
use super::ctx::Ctx;
use super::district::RoomKind;
use super::evaluate::Decision;
use super::event::Place;
use super::i18n_vetting as t;
use super::registry::{AuditEntry, Change, Reminder};
use super::roles::Role;
use super::text::normalise;

/// The decision for a plain message in a station room, if a rule fires.
pub fn on_text(c: &Ctx<'_>, body: &str) -> Option<Decision> {
    let Place::District(p) = &c.ev.place else {
        return None;
    };
    let RoomKind::Station(station) = &p.kind else {
        return None;
    };
    if c.role != Role::Volunteer {
        return None;
    }
    let lexicon = c.dir.greetings.as_ref()?;
    if !lexicon.is_only_greeting(&normalise(body)) {
        return None;
    }
    let mut d = Decision::default();
    let reason = t::greeting_redact_reason(c.lang).to_string();
    d.actions.push(Action::Redact {
        room_id: c.ev.room_id.clone(),
        event_id: c.ev.event_id.clone(),
        reason: reason.clone(),
    });
    d.changes.push(Change::Audit(AuditEntry {
        v: 1,
        at_ms: c.now_ms,
        district: p.district.clone(),
        actor: "rule:greeting".into(),
        action: "redact".into(),
        target: c.ev.sender.clone(),
        detail: format!("{station}: {}", c.ev.event_id),
        event_id: c.ev.event_id.clone(),
    }));
    let today = credential::day(c.now_ms);
    if c.view.reminded_on(Reminder::Greeting, &c.ev.sender) != Some(today) {
        d.actions.push(Action::Dm {
            user: c.ev.sender.clone(),
            body: t::greeting_reminder(c.lang, &c.station_name(&p.district, station)),
        });
        d.changes.push(Change::Reminded {
            kind: Reminder::Greeting,
            user: c.ev.sender.clone(),
            day: today,
        });
    }
    Some(d)
}

#[cfg(test)]
mod tests {
    use crate::core::action::Action;
    use crate::core::district::{Lang, RoomKind};
    use crate::core::event::EventBody;
    use crate::core::rules::greeting::{Lexicon, LexiconLists};
    use crate::core::test_view::{TestView, at, directory, ev, run};

    fn dir() -> crate::core::evaluate::Directory {
        let mut d = directory(Lang::En);
        let lists: LexiconLists =
            toml::from_str(include_str!("../../assets/greetings.toml")).unwrap();
        d.greetings = Some(Lexicon::new(&lists));
        d
    }

    fn kinds(d: &crate::core::evaluate::Decision) -> Vec<&'static str> {
        d.actions.iter().map(Action::kind).collect()
    }

    #[test]
    fn greetings_are_removed_and_reminded_once_a_day() {
        let d = dir();
        let view = TestView::default();
        let st = || at(RoomKind::Station("a".into()));
        let cases: [(&str, &str, &[&str]); 6] = [
            ("@v:s", "good morning 🙏", &["redact", "dm"]),
            ("@v:s", "सुप्रभात", &["redact"]),
            (
                "@v:s",
                "good morning sir, market mein jhagda ho raha hai",
                &[],
            ),
            ("@sho:s", "good morning all", &[]),
            ("@sp:s", "jai hind", &[]),
            ("@w:s", "G.o.o.d n.i.g.h.t", &["redact", "dm"]),
        ];
        for (sender, text, want) in cases {
            let got = run(&d, &view, &ev("$g", sender, st(), EventBody::text(text)));
            assert_eq!(kinds(&got), want, "{sender}: {text}");
        }
        // Not in desks or DMs.
        assert!(
            run(
                &d,
                &view,
                &ev(
                    "$g",
                    "@v:s",
                    at(RoomKind::Desk("a".into())),
                    EventBody::text("good morning")
                )
            )
            .actions
            .is_empty()
        );
        let mut off = dir();
        off.greetings = None;
        assert!(
            run(
                &off,
                &view,
                &ev("$g", "@v:s", st(), EventBody::text("good morning"))
            )
            .actions
            .is_empty()
        );
    }
}
