//! Provisioning's decision: compare a room's current state with its [`RoomSpec`] and list
//! the state events to send and the users to invite. Only what differs is listed, so a
//! second run over a provisioned district is empty.
//!
//! Pure: the current state comes in as JSON contents keyed by (event type, state key).

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::core::layout::{JoinRule, PowerSpec, RoomSpec};

/// A room's current state: (event type, state key) → content.
pub type StateMap = BTreeMap<(String, String), Value>;

#[derive(Debug, Clone, PartialEq)]
pub struct StateChange {
    pub event_type: String,
    pub state_key: String,
    pub content: Value,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub changes: Vec<StateChange>,
    pub invites: Vec<String>,
    /// Differences provisioning cannot fix (e.g. encryption cannot be turned off).
    pub warnings: Vec<String>,
}

/// Where the room sits: its full alias, the homeserver name (for `via`), the space's id.
pub struct Context<'a> {
    pub alias: &'a str,
    pub server: &'a str,
    pub space_id: Option<&'a str>,
}

fn get<'a>(state: &'a StateMap, t: &str, k: &str) -> Option<&'a Value> {
    state.get(&(t.to_string(), k.to_string()))
}

/// Users with unlimited power in room versions 12+ (they must not be listed in `users`).
pub fn creators(state: &StateMap) -> Vec<String> {
    let Some(create) = get(state, "m.room.create", "") else {
        return vec![];
    };
    let version = create
        .get("room_version")
        .and_then(Value::as_str)
        .unwrap_or("1");
    if version.parse::<u32>().map_or(true, |v| v < 12) {
        return vec![];
    }
    let mut out: Vec<String> = create
        .get("additional_creators")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(String::from))
        .collect();
    // The creator is the sender of m.room.create; the adapter stores it under "_sender".
    if let Some(s) = create.get("_sender").and_then(Value::as_str) {
        out.push(s.to_string());
    }
    out
}

/// `current` with every field of `desired` set: the content to send, or None if nothing
/// would change.
fn overlay(current: Option<&Value>, desired: Value) -> Option<Value> {
    let mut merged = current
        .filter(|v| v.is_object())
        .cloned()
        .unwrap_or_else(|| json!({}));
    let (Some(m), Value::Object(d)) = (merged.as_object_mut(), desired) else {
        return None;
    };
    let mut changed = current.is_none();
    for (k, v) in d {
        if m.get(&k) != Some(&v) {
            m.insert(k, v);
            changed = true;
        }
    }
    changed.then_some(merged)
}

/// The power levels the room must have, keeping entries the config does not manage
/// (mutes and other non-positive levels).
pub fn power_levels(
    current: Option<&Value>,
    spec: &PowerSpec,
    creators: &[String],
) -> Option<Value> {
    let mut pl = current
        .filter(|v| v.is_object())
        .cloned()
        .unwrap_or_else(|| json!({}));
    let obj = pl.as_object_mut()?;
    for (k, v) in [
        ("users_default", spec.users_default),
        ("events_default", spec.events_default),
        ("state_default", spec.state_default),
        ("invite", spec.invite),
        ("kick", spec.kick),
        ("ban", spec.ban),
        ("redact", spec.redact),
    ] {
        obj.insert(k.into(), json!(v));
    }
    let events = obj.entry("events").or_insert_with(|| json!({}));
    if let Some(ev) = events.as_object_mut() {
        for (t, l) in &spec.events {
            ev.insert(t.clone(), json!(l));
        }
    }
    let users = obj.entry("users").or_insert_with(|| json!({}));
    if !users.is_object() {
        *users = json!({});
    }
    let users: &mut Map<String, Value> = users.as_object_mut()?;
    // Kept: mutes and other non-positive levels, the users the config grants (set below), and
    // other Saathi instances' bots — two bots in one room must not take each other's power.
    users.retain(|u, l| {
        l.as_i64().is_none_or(|l| l <= 0) || spec.users.contains_key(u) || spec.keep.contains(u)
    });
    for (u, l) in &spec.users {
        if !creators.contains(u) {
            users.insert(u.clone(), json!(l));
        }
    }
    for c in creators {
        users.remove(c);
    }
    (Some(&pl) != current).then_some(pl)
}

pub fn plan_room(spec: &RoomSpec, ctx: &Context<'_>, state: &StateMap) -> Plan {
    let mut plan = Plan::default();
    let join_rule = match spec.join_rule {
        JoinRule::Knock => "knock",
        JoinRule::Invite => "invite",
    };
    let mut want = vec![
        ("m.room.name", String::new(), json!({ "name": spec.name })),
        (
            "m.room.topic",
            String::new(),
            json!({ "topic": spec.topic }),
        ),
        (
            "m.room.join_rules",
            String::new(),
            json!({ "join_rule": join_rule }),
        ),
        (
            "m.room.history_visibility",
            String::new(),
            json!({ "history_visibility": spec.history_visibility }),
        ),
        (
            "m.room.guest_access",
            String::new(),
            json!({ "guest_access": "forbidden" }),
        ),
        (
            "m.room.canonical_alias",
            String::new(),
            json!({ "alias": ctx.alias }),
        ),
    ];
    if let Some(space) = ctx.space_id.filter(|_| !spec.is_space) {
        want.push((
            "m.space.parent",
            space.to_string(),
            json!({ "via": [ctx.server], "canonical": true }),
        ));
    }
    let encrypted = get(state, "m.room.encryption", "").is_some();
    if spec.encrypt && !encrypted {
        want.push((
            "m.room.encryption",
            String::new(),
            json!({ "algorithm": "m.megolm.v1.aes-sha2" }),
        ));
    } else if !spec.encrypt && encrypted {
        plan.warnings.push("the room is encrypted but the config says encrypt = false; encryption cannot be turned off".into());
    }
    for (t, k, desired) in want {
        if let Some(content) = overlay(get(state, t, &k), desired) {
            plan.changes.push(StateChange {
                event_type: t.into(),
                state_key: k,
                content,
            });
        }
    }
    if let Some(content) = power_levels(
        get(state, "m.room.power_levels", ""),
        &spec.power,
        &creators(state),
    ) {
        plan.changes.push(StateChange {
            event_type: "m.room.power_levels".into(),
            state_key: String::new(),
            content,
        });
    }
    for u in &spec.invite {
        let membership = get(state, "m.room.member", u)
            .and_then(|c| c.get("membership"))
            .and_then(Value::as_str);
        // Invite those who were never asked or who left; respect a ban (a human decision).
        if matches!(membership, None | Some("leave")) {
            plan.invites.push(u.clone());
        }
    }
    plan
}

/// The space's `m.space.child` links to each of `children`.
pub fn plan_space_children(
    space_state: &StateMap,
    children: &[String],
    server: &str,
) -> Vec<StateChange> {
    children
        .iter()
        .filter_map(|c| {
            overlay(
                get(space_state, "m.space.child", c),
                json!({ "via": [server] }),
            )
            .map(|content| StateChange {
                event_type: "m.space.child".into(),
                state_key: c.clone(),
                content,
            })
        })
        .collect()
}

#[cfg(test)]
#[path = "reconcile_tests.rs"]
mod tests;
