//! Mutes and announcement-only mode are power-level changes. The current `m.room.power_levels`
//! is fetched from the homeserver (not the local cache, which may not have synced a change made
//! a moment ago), changed as raw JSON (fields the bot does not know survive), and sent back.

use matrix_sdk::Room;
use matrix_sdk::ruma::api::client::state::get_state_event_for_key;
use matrix_sdk::ruma::events::StateEventType;
use serde_json::{Value, json};

use super::retry::{Failure, classify, classify_http};

/// The level station staff have (SPEC §4), which announcement-only mode requires to post.
pub const STAFF_LEVEL: i64 = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PowerChange<'a> {
    Mute(&'a str),
    Unmute(&'a str),
    Quiet(bool),
}

fn int(v: Option<&Value>) -> i64 {
    v.and_then(Value::as_i64).unwrap_or(0)
}

/// Apply `change` to power-levels content; `false` when it is already so.
pub fn adjust(pl: &mut Value, change: PowerChange<'_>) -> bool {
    if !pl.is_object() {
        *pl = json!({});
    }
    let before = pl.clone();
    let Some(obj) = pl.as_object_mut() else {
        return false;
    };
    match change {
        PowerChange::Mute(user) => {
            // Below every level that lets a member post, whatever the room says for messages.
            let lowest = obj
                .get("events")
                .and_then(Value::as_object)
                .into_iter()
                .flat_map(|e| e.values().filter_map(Value::as_i64))
                .chain([int(obj.get("events_default")), 0])
                .min()
                .unwrap_or(0);
            let users = obj.entry("users").or_insert_with(|| json!({}));
            if !users.is_object() {
                *users = json!({});
            }
            if let Some(u) = users.as_object_mut() {
                u.insert(user.to_string(), json!(lowest - 1));
            }
        }
        PowerChange::Unmute(user) => {
            let users_default = int(obj.get("users_default"));
            if let Some(u) = obj.get_mut("users").and_then(Value::as_object_mut)
                && u.get(user)
                    .and_then(Value::as_i64)
                    .is_some_and(|l| l < users_default.max(0))
            {
                u.remove(user);
            }
        }
        PowerChange::Quiet(on) => {
            let level = if on {
                int(obj.get("events_default")).max(STAFF_LEVEL)
            } else {
                0
            };
            obj.insert("events_default".into(), json!(level));
        }
    }
    *pl != before
}

pub async fn apply(room: &Room, change: PowerChange<'_>) -> Result<(), Failure> {
    let request = get_state_event_for_key::v3::Request::new(
        room.room_id().to_owned(),
        StateEventType::RoomPowerLevels,
        String::new(),
    );
    let response = room
        .client()
        .send(request)
        .await
        .map_err(|e| classify_http(&e))?;
    let mut pl: Value = serde_json::from_str(response.event_or_content.get()).unwrap_or_default();
    if !adjust(&mut pl, change) {
        return Ok(());
    }
    room.send_state_event_raw("m.room.power_levels", "", pl)
        .await
        .map(|_| ())
        .map_err(|e| classify(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn power_changes() {
        let base = json!({"users": {"@sho:s": 50}, "events_default": 0, "users_default": 0,
                          "events": {"m.room.name": 50}, "x_custom": true});
        let cases: [(Value, PowerChange, Value); 5] = [
            (
                base.clone(),
                PowerChange::Mute("@v:s"),
                json!({"@sho:s": 50, "@v:s": -1}),
            ),
            (
                json!({"users": {"@v:s": -1}}),
                PowerChange::Unmute("@v:s"),
                json!({}),
            ),
            // Never demotes staff by "unmuting" them.
            (
                base.clone(),
                PowerChange::Unmute("@sho:s"),
                json!({"@sho:s": 50}),
            ),
            (
                json!({"events": {"m.room.message": -5}}),
                PowerChange::Mute("@v:s"),
                json!({"@v:s": -6}),
            ),
            (json!(null), PowerChange::Mute("@v:s"), json!({"@v:s": -1})),
        ];
        for (mut pl, change, users) in cases {
            adjust(&mut pl, change);
            assert_eq!(pl["users"], users, "{change:?}");
        }
        let mut pl = base.clone();
        assert!(adjust(&mut pl, PowerChange::Quiet(true)));
        assert_eq!(pl["events_default"], 50);
        assert_eq!(pl["x_custom"], true);
        assert!(!adjust(&mut pl, PowerChange::Quiet(true)));
        assert!(adjust(&mut pl, PowerChange::Quiet(false)));
        assert_eq!(pl["events_default"], 0);
    }
}
