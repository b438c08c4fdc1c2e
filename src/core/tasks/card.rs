//! A task's card in the room it was given in: its text, and its edit when the task moves.

use super::texts as t;
use super::{Evidence, Task};
use crate::core::action::Action;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;

pub(super) fn clock_at(c: &Ctx<'_>, ms: u64) -> String {
    crate::core::time::clock(ms, c.dir.utc_offset_min)
}

pub fn card_body(c: &Ctx<'_>, task: &Task, evidence: &[Evidence]) -> String {
    let due = task.due_ms.map(|d| clock_at(c, d));
    t::card(
        c.dir.lang_for(&c.ev.place),
        &c.dir.prefix,
        task,
        evidence,
        due.as_deref(),
        c.now_ms,
    )
}

pub(super) fn edit_card(c: &Ctx<'_>, task: &Task, evidence: &[Evidence], d: &mut Decision) {
    if let Some(card) = &task.card_event {
        d.actions.push(Action::Edit {
            room_id: task.room_id.clone(),
            event_id: card.clone(),
            body: card_body(c, task, evidence),
        });
    }
}
