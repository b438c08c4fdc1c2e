//! Evidence: a photo, location or file an assignee posts while a task of theirs is open.

use super::Evidence;
use super::card::edit_card;
use super::texts as t;
use crate::core::change::Change;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::event::{MediaKind, Place};

/// A file or location from an assignee: evidence for the task whose card it replies to, or
/// (in a DM) for their newest open task. `None` if it is not evidence.
pub fn on_media(
    c: &Ctx<'_>,
    kind: MediaKind,
    content: &serde_json::Value,
    digest: Option<&str>,
) -> Option<Decision> {
    let by_card =
        c.ev.reply_to
            .as_deref()
            .and_then(|e| c.view.task_by_card(e));
    let mut task = match (by_card, &c.ev.place) {
        (Some(task), _) => task,
        (None, Place::Dm) => c
            .view
            .open_tasks("")
            .into_iter()
            .filter(|t| t.assignee(&c.ev.sender).is_some_and(|a| a.done.is_none()))
            .max_by_key(|t| t.at_ms)?,
        _ => return None,
    };
    if !task.is_open() || task.assignee(&c.ev.sender).is_none_or(|a| a.done.is_some()) {
        return None;
    }
    let mut evidence = c.view.task_evidence(&task.district, task.number);
    let item = Evidence {
        v: 1,
        district: task.district.clone(),
        task: task.number,
        number: evidence.len() as u32 + 1,
        sender: c.ev.sender.clone(),
        at_ms: c.ev.origin_ts_ms,
        room_id: c.ev.room_id.clone(),
        event_id: c.ev.event_id.clone(),
        kind,
        sha256: digest.map(str::to_string),
        size: content
            .pointer("/info/size")
            .and_then(serde_json::Value::as_u64),
        mimetype: content
            .pointer("/info/mimetype")
            .and_then(serde_json::Value::as_str)
            .map(str::to_string),
        filename: content
            .get("filename")
            .or(content.get("body"))
            .and_then(serde_json::Value::as_str)
            .map(str::to_string),
        geo_uri: content
            .get("geo_uri")
            .and_then(serde_json::Value::as_str)
            .map(str::to_string),
    };
    if let Some(a) = task.assignees.iter_mut().find(|a| a.user == c.ev.sender) {
        a.evidence.push(item.number);
    }
    evidence.push(item.clone());
    let mut d = Decision::default();
    edit_card(c, &task, &evidence, &mut d);
    d.actions
        .push(c.reply(t::evidence_recorded(c.lang, &c.dir.prefix, &task, &item)));
    d.changes.push(
        c.audit(
            &task.district,
            "task_evidence",
            &task.id(),
            item.sha256
                .as_deref()
                .or(item.geo_uri.as_deref())
                .unwrap_or(""),
        ),
    );
    d.changes.push(Change::PutEvidence(item));
    d.changes.push(Change::PutTask(task));
    Some(d)
}
