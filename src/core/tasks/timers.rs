//! Reminders before a task's due time and the overdue alert to whoever gave it; each once,
//! marked in the task and with its own ledger id.

use super::texts as t;
use crate::core::action::Action;
use crate::core::due::Due;
use crate::core::{audit::AuditEntry, change::Change, view::StateView};
use crate::core::{decision::Decision, directory::Directory};

/// How long before the due time assignees are reminded: 30 minutes, or half the time given.
fn lead(at_ms: u64, due_ms: u64) -> u64 {
    (due_ms.saturating_sub(at_ms) / 2).min(30 * 60_000)
}

pub fn due(dir: &Directory, view: &dyn StateView, now_ms: u64) -> Vec<Due> {
    let mut out = Vec::new();
    for mut task in view.open_tasks("") {
        let Some(due_ms) = task.due_ms else { continue };
        let Some(d) = dir.districts.iter().find(|d| d.slug == task.district) else {
            continue;
        };
        let due = crate::core::time::clock(due_ms, dir.utc_offset_min);
        let pending: Vec<String> = task
            .assignees
            .iter()
            .filter(|a| a.done.is_none())
            .map(|a| a.user.clone())
            .collect();
        let mut decision = Decision::default();
        let kind;
        if now_ms >= due_ms && !task.overdue_alerted {
            kind = "overdue";
            task.overdue_alerted = true;
            task.reminded = true;
            let refs: Vec<&str> = pending.iter().map(String::as_str).collect();
            let body = t::overdue(d.lang, &task, &refs);
            decision.actions.push(Action::Notice {
                room_id: task.room_id.clone(),
                body: body.clone(),
                card: None,
            });
            decision.actions.push(Action::Dm {
                user: task.by.clone(),
                body,
            });
            if let Some(card) = &task.card_event {
                let evidence = view.task_evidence(&task.district, task.number);
                decision.actions.push(Action::Edit {
                    room_id: task.room_id.clone(),
                    event_id: card.clone(),
                    body: t::card(d.lang, &dir.prefix, &task, &evidence, Some(&due), now_ms),
                });
            }
        } else if !task.reminded && now_ms + lead(task.at_ms, due_ms) >= due_ms {
            kind = "remind";
            task.reminded = true;
            for user in &pending {
                decision.actions.push(Action::Dm {
                    user: user.clone(),
                    body: t::reminder(d.lang, &dir.prefix, &task, &due),
                });
            }
        } else {
            continue;
        }
        let id = format!("task_{kind}:{}:{}", task.district, task.number);
        decision.changes.push(Change::Audit(AuditEntry::timer(
            now_ms,
            &task.district,
            &format!("task_{kind}"),
            &task.id(),
            &id,
        )));
        decision.changes.push(Change::PutTask(task));
        out.push(Due { id, decision });
    }
    out
}
