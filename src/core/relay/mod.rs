//! Relay rules (SPEC §6 "Reports", "Broadcast and lock"): officers tell the bot to copy messages
//! from one district room to others — announcements to every station room, a station room's
//! messages naming a missing child to its desk and the control room. Rules live in the records
//! and are managed from the control room (`!relay add|list|remove`). A copy carries who sent
//! it, from where, and a link to the original; it follows the original's edits and removal;
//! media are uploaded anew. Loops are impossible: a rule that would close a cycle is refused,
//! and every copy carries a hop count that stops copies of copies (another Saathi instance).

pub mod commands;
mod graph;
mod texts;

use crate::core::action::{Action, CopyOrigin};
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::{MediaKind, Place};

/// Copies of a member's message by the district's rules. `kind` is `None` for text;
/// `content` is what to copy.
pub fn active(c: &Ctx<'_>, district: &str) -> Vec<RelayRule> {
    let mut rules = c.view.relay_rules(district);
    rules.retain(|r| r.removed.is_none());
    rules
}

pub fn on_message(
    c: &Ctx<'_>,
    kind: Option<MediaKind>,
    text: &str,
    content: &serde_json::Value,
) -> Vec<Action> {
    let Place::District(p) = &c.ev.place else {
        return vec![];
    };
    if c.ev.hops >= MAX_HOPS {
        return vec![];
    }
    let Some(d) = c.district(&p.district) else {
        return vec![];
    };
    let rules = active(c, &p.district);
    let mut targets: Vec<(RoomKind, String)> = Vec::new();
    for r in &rules {
        if !r.from.sources(d).contains(&p.kind)
            || !r.senders.admits(c.role)
            || !r.admits_kind(kind)
            || !r.admits_text(text)
        {
            continue;
        }
        for t in r.to.targets(d, Some(&p.kind)) {
            if t != p.kind && !targets.iter().any(|(k, _)| *k == t) {
                targets.push((t, r.id()));
            }
        }
    }
    let from_name = texts::room_name(c, d, &p.kind);
    let link = c.dir.link(&c.ev.room_id, &c.ev.event_id);
    targets
        .into_iter()
        .filter_map(|(kind, rule)| {
            let room_id = c.room(&p.district, kind)?;
            Some(Action::Copy {
                room_id,
                content: content.clone(),
                caption: texts::attribution(d.lang, &from_name, &link),
                origin: Some(CopyOrigin {
                    room_id: c.ev.room_id.clone(),
                    event_id: c.ev.event_id.clone(),
                    rule,
                    hops: c.ev.hops.saturating_add(1),
                    sender: c.ev.sender.clone(),
                }),
            })
        })
        .collect()
}

/// The original was edited: its text copies follow.
pub fn on_edit(c: &Ctx<'_>, target: &str, body: &str) -> Vec<Action> {
    c.view
        .copies_of(target)
        .into_iter()
        .filter(|copy| copy.text)
        .map(|copy| Action::Edit {
            room_id: copy.room_id,
            event_id: copy.event_id,
            body: format!("{}\n{body}", copy.caption),
        })
        .collect()
}

/// The original was removed (by its sender, staff or the bot): so are its copies.
pub fn on_redaction(c: &Ctx<'_>, target: &str) -> Decision {
    Decision {
        actions: c
            .view
            .copies_of(target)
            .into_iter()
            .map(|copy| Action::Redact {
                room_id: copy.room_id,
                event_id: copy.event_id,
            })
            .collect(),
        changes: vec![],
    }
}

pub mod model;
#[cfg(test)]
mod tests;

pub use model::{CopyRecord, MAX_HOPS, RelayRule, Senders, Spot};
