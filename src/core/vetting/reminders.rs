//! Timed work: join requests left open longer than the configured time are reminded in their
//! desk, once a day. Each reminder has a stable id (station + day), so the pipeline's ledger
//! makes it happen once however often the ticker runs, across restarts too.

use crate::core::action::Action;
use crate::core::credential;
use crate::core::district::{RoomKind, RoomPlace};
use crate::core::due::Due;
use crate::core::vetting::texts as t;
use crate::core::view::StateView;
use crate::core::{decision::Decision, directory::Directory};

pub fn due(dir: &Directory, view: &dyn StateView, now_ms: u64) -> Vec<Due> {
    let today = credential::day(now_ms);
    let mut out = Vec::new();
    for d in &dir.districts {
        for s in &d.stations {
            let mut old: Vec<_> = view
                .open_requests(&d.slug, &s.slug)
                .into_iter()
                .filter(|r| r.at_ms + dir.remind_after_ms <= now_ms)
                .collect();
            if old.is_empty() {
                continue;
            }
            let Some(desk) = view.room_id(&RoomPlace {
                district: d.slug.clone(),
                kind: RoomKind::Desk(s.slug.clone()),
            }) else {
                continue;
            };
            old.sort_by_key(|r| r.at_ms);
            let mut body = t::reminder_header(d.lang, old.len(), &dir.prefix);
            for r in &old {
                body.push_str(&format!(
                    "\n• {} — {}",
                    r.user,
                    crate::core::time::ago(d.lang, now_ms.saturating_sub(r.at_ms))
                ));
            }
            out.push(Due {
                id: format!("tick:remind-pending:{}:{}:{today}", d.slug, s.slug),
                decision: Decision {
                    actions: vec![Action::Notice {
                        room_id: desk,
                        body,
                        card: None,
                    }],
                    changes: vec![],
                },
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::district::Lang;
    use crate::core::event::EventBody;
    use crate::core::test_view::{TestView, at, directory, ev, run};

    #[test]
    fn old_requests_are_reminded_with_a_daily_id() {
        let mut dir = directory(Lang::En);
        dir.remind_after_ms = 60_000;
        let view = TestView::default();
        let knock = EventBody::Member {
            target: "@v:s".into(),
            change: crate::core::event::MemberChange::Knock,
            reason: None,
            display_name: None,
        };
        run(
            &dir,
            &view,
            &ev("$k", "@v:s", at(RoomKind::Station("a".into())), knock),
        );
        let at_ms = view.request("lko", "a", "@v:s").unwrap().at_ms;
        assert!(
            due(&dir, &view, at_ms + 59_000).is_empty(),
            "not yet old enough"
        );
        let later = due(&dir, &view, at_ms + 86_400_000 * 2);
        assert_eq!(later.len(), 1);
        assert!(later[0].id.starts_with("tick:remind-pending:lko:a:"));
        assert!(
            matches!(&later[0].decision.actions[0], Action::Notice { room_id, body, .. } if room_id == "!desk-a" && body.contains("@v:s"))
        );
        assert_ne!(
            later[0].id,
            due(&dir, &view, at_ms + 86_400_000 * 3)[0].id,
            "a new id each day"
        );
    }
}
