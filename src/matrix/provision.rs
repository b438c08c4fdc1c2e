//! `saathi provision`: create or adopt (by alias) every room of every district and bring its
//! state to what `core::layout` says. The decisions are `core::reconcile`'s; this file only
//! reads state, sends what the plan lists, and reports progress. Raw client-server requests
//! are used, so no sync is needed first.
//!
//! Under the homeserver's rate limits it waits (and says so) instead of failing.

use std::future::IntoFuture;
use std::time::Duration;

use matrix_sdk::Client;
use matrix_sdk::ruma::api::client::discovery::get_capabilities;
use matrix_sdk::ruma::api::client::membership::{invite_user, join_room_by_id};
use matrix_sdk::ruma::api::client::room::{Visibility, create_room};
use matrix_sdk::ruma::api::client::state::{get_state_events, send_state_event};
use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::ruma::events::StateEventType;
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::{OwnedRoomAliasId, OwnedRoomId, OwnedUserId};
use serde_json::{Value, json};

use super::retry::{Failure, backoff, classify_http};
use crate::config::Config;
use crate::core::layout::{JoinRule, LayoutOptions, RoomSpec, district_rooms};
use crate::core::reconcile::{self, Context, StateChange, StateMap};

#[derive(Debug, thiserror::Error)]
#[error("{what}: {reason}")]
pub struct ProvisionError {
    pub what: String,
    pub reason: String,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    pub rooms: usize,
    pub created: usize,
    pub adopted: usize,
    pub rooms_changed: usize,
    pub state_changes: usize,
    pub invites: usize,
    pub warnings: Vec<String>,
}

impl Summary {
    pub fn is_noop(&self) -> bool {
        self.created == 0 && self.state_changes == 0 && self.invites == 0
    }
}

pub fn layout_options(cfg: &Config) -> LayoutOptions {
    LayoutOptions {
        aliases: cfg.rooms.aliases.clone(),
        encrypt: cfg.rooms.encrypt,
        history_visibility: cfg.rooms.history_visibility.clone(),
        bot_user: cfg.bot.user_id.clone(),
        peers: cfg.bot.peers.clone(),
        prefix: cfg.bot.command_prefix.clone(),
    }
}

/// Transient failures give up after this many tries (rate limits never do).
const MAX_TRANSIENT: u32 = 8;

/// Run `op` until it succeeds, waiting out rate limits and brief outages.
async fn retrying<T, F, Fut>(
    what: &str,
    out: &mut dyn FnMut(&str),
    mut op: F,
) -> Result<T, ProvisionError>
where
    F: FnMut() -> Fut,
    Fut: IntoFuture<Output = Result<T, matrix_sdk::HttpError>>,
{
    let mut attempt = 0;
    loop {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) => match classify_http(&e) {
                Failure::Permanent(reason) => {
                    return Err(ProvisionError {
                        what: what.to_string(),
                        reason,
                    });
                }
                Failure::Transient {
                    wait: Some(wait), ..
                } => {
                    out(&format!(
                        "    … homeserver rate limit: waiting {:.0} s ({what})",
                        wait.as_secs_f64().ceil()
                    ));
                    tokio::time::sleep(wait + Duration::from_millis(50)).await;
                }
                Failure::Transient { wait: None, reason } => {
                    attempt += 1;
                    if attempt >= MAX_TRANSIENT {
                        return Err(ProvisionError {
                            what: what.to_string(),
                            reason,
                        });
                    }
                    let wait = backoff(attempt);
                    out(&format!(
                        "    … {reason}: retrying in {} s ({what})",
                        wait.as_secs()
                    ));
                    tokio::time::sleep(wait).await;
                }
            },
        }
    }
}

fn raw<T>(v: &Value) -> Raw<T> {
    // A serde_json::Value always serialises.
    Raw::from_json(serde_json::value::to_raw_value(v).unwrap_or_default())
}

fn bad(what: &str, e: impl std::fmt::Display) -> ProvisionError {
    ProvisionError {
        what: what.to_string(),
        reason: e.to_string(),
    }
}

/// Provision every district of `cfg`, reporting each step through `out`.
pub async fn provision(
    client: &Client,
    cfg: &Config,
    out: &mut dyn FnMut(&str),
) -> Result<Summary, ProvisionError> {
    let caps = retrying("read homeserver capabilities", out, || {
        client.send(get_capabilities::v3::Request::new())
    })
    .await?;
    let default_version = caps.capabilities.room_versions.default.to_string();
    // From room version 12 the creator has unlimited power and must not be listed.
    let creator_privileged = default_version.parse::<u32>().is_ok_and(|v| v >= 12);
    let opts = layout_options(cfg);
    let mut summary = Summary::default();
    for d in &cfg.districts {
        let rooms = district_rooms(d, &opts);
        out(&format!(
            "District {} / {}: {} rooms",
            d.names.hi,
            d.names.en,
            rooms.len()
        ));
        let mut space_id: Option<OwnedRoomId> = None;
        let mut children: Vec<String> = Vec::new();
        for (i, spec) in rooms.iter().enumerate() {
            let alias = format!("#{}:{}", spec.alias_localpart, cfg.server_name);
            let (room_id, created) = room_for(
                client,
                cfg,
                spec,
                &alias,
                space_id.as_deref().map(|s| s.as_str()),
                creator_privileged,
                out,
            )
            .await?;
            let state = fetch_state(client, &room_id, out).await?;
            let ctx = Context {
                alias: &alias,
                server: &cfg.server_name,
                space_id: space_id.as_ref().map(|s| s.as_str()),
            };
            let plan = reconcile::plan_room(spec, &ctx, &state);
            apply(client, &room_id, &plan.changes, out).await?;
            for u in &plan.invites {
                invite(client, &room_id, u, out).await?;
            }
            let what = if created { "created" } else { "exists" };
            let mut line = format!("  [{}/{}] {alias} {what}", i + 1, rooms.len());
            if !plan.changes.is_empty() || !plan.invites.is_empty() {
                let types: Vec<&str> = plan.changes.iter().map(|c| c.event_type.as_str()).collect();
                line.push_str(&format!(
                    ", set {}",
                    if types.is_empty() {
                        "-".into()
                    } else {
                        types.join(" ")
                    }
                ));
                if !plan.invites.is_empty() {
                    line.push_str(&format!(", invited {}", plan.invites.join(" ")));
                }
                summary.rooms_changed += usize::from(!created);
            } else if !created {
                line.push_str(", unchanged");
            }
            out(&line);
            for w in &plan.warnings {
                out(&format!("    ! {w}"));
                summary.warnings.push(format!("{alias}: {w}"));
            }
            summary.rooms += 1;
            summary.created += usize::from(created);
            summary.adopted += usize::from(!created);
            summary.state_changes += if created { 0 } else { plan.changes.len() };
            summary.invites += plan.invites.len();
            if spec.is_space {
                space_id = Some(room_id);
            } else {
                children.push(room_id.to_string());
            }
        }
        if let Some(space) = &space_id {
            let state = fetch_state(client, space, out).await?;
            let links = reconcile::plan_space_children(&state, &children, &cfg.server_name);
            if !links.is_empty() {
                out(&format!("  space: linking {} rooms", links.len()));
            }
            summary.state_changes += links.len();
            apply(client, space, &links, out).await?;
        }
    }
    Ok(summary)
}

/// The room behind `alias`, joined; created first if the alias is free.
async fn room_for(
    client: &Client,
    cfg: &Config,
    spec: &RoomSpec,
    alias: &str,
    space_id: Option<&str>,
    creator_privileged: bool,
    out: &mut dyn FnMut(&str),
) -> Result<(OwnedRoomId, bool), ProvisionError> {
    let alias_id = OwnedRoomAliasId::try_from(alias).map_err(|e| bad(alias, e))?;
    let resolved = retrying(&format!("look up {alias}"), out, || async {
        match client.resolve_room_alias(&alias_id).await {
            Ok(r) => Ok(Some(r.room_id)),
            Err(e) if matches!(e.client_api_error_kind(), Some(ErrorKind::NotFound)) => Ok(None),
            Err(e) => Err(e),
        }
    })
    .await?;
    if let Some(room_id) = resolved {
        let req = || client.send(join_room_by_id::v3::Request::new(room_id.clone()));
        retrying(
            &format!("join {alias} (the bot must be invited to rooms it did not create)"),
            out,
            req,
        )
        .await?;
        return Ok((room_id, false));
    }
    let mut request = create_request(cfg, spec, space_id, creator_privileged);
    // Invites inside createRoom cost no rate-limit tokens one by one; but Synapse refuses the
    // whole request when they exceed its invite burst. Then they go one by one afterwards.
    loop {
        match retrying(&format!("create {alias}"), out, || {
            client.send(request.clone())
        })
        .await
        {
            Ok(resp) => return Ok((resp.room_id, true)),
            Err(e)
                if !request.invite.is_empty()
                    && e.reason.contains("Cannot invite so many users at once") =>
            {
                out(&format!(
                    "    … too many invites for one request; inviting {} users one by one",
                    request.invite.len()
                ));
                request.invite.clear();
            }
            Err(e) => return Err(e),
        }
    }
}

fn create_request(
    cfg: &Config,
    spec: &RoomSpec,
    space_id: Option<&str>,
    creator_privileged: bool,
) -> create_room::v3::Request {
    let mut initial = vec![
        json!({ "type": "m.room.join_rules", "state_key": "", "content": { "join_rule": match spec.join_rule { JoinRule::Knock => "knock", JoinRule::Invite => "invite" } } }),
        json!({ "type": "m.room.history_visibility", "state_key": "", "content": { "history_visibility": spec.history_visibility } }),
        json!({ "type": "m.room.guest_access", "state_key": "", "content": { "guest_access": "forbidden" } }),
    ];
    if spec.encrypt {
        initial.push(json!({ "type": "m.room.encryption", "state_key": "", "content": encryption_content(&cfg.rooms) }));
    }
    if let Some(space) = space_id {
        initial.push(json!({ "type": "m.space.parent", "state_key": space, "content": { "via": [cfg.server_name], "canonical": true } }));
    }
    let creators: Vec<String> = if creator_privileged {
        vec![cfg.bot.user_id.clone()]
    } else {
        vec![]
    };
    let power = reconcile::power_levels(None, &spec.power, &creators).unwrap_or_else(|| json!({}));
    let mut req = create_room::v3::Request::new();
    req.name = Some(spec.name.clone());
    req.topic = Some(spec.topic.clone());
    req.room_alias_name = Some(spec.alias_localpart.clone());
    req.visibility = Visibility::Private;
    req.invite = spec
        .invite
        .iter()
        .filter_map(|u| OwnedUserId::try_from(u.as_str()).ok())
        .collect();
    req.initial_state = initial.iter().map(raw).collect();
    req.power_level_content_override = Some(raw(&power));
    if spec.is_space {
        req.creation_content = Some(raw(&json!({ "type": "m.space" })));
    }
    req
}

async fn fetch_state(
    client: &Client,
    room_id: &OwnedRoomId,
    out: &mut dyn FnMut(&str),
) -> Result<StateMap, ProvisionError> {
    let resp = retrying(&format!("read the state of {room_id}"), out, || {
        client.send(get_state_events::v3::Request::new(room_id.clone()))
    })
    .await?;
    let mut state = StateMap::new();
    for ev in resp.room_state {
        let Ok(v) = ev.deserialize_as_unchecked::<Value>() else {
            continue;
        };
        let (Some(t), Some(k)) = (
            v.get("type").and_then(Value::as_str),
            v.get("state_key").and_then(Value::as_str),
        ) else {
            continue;
        };
        let mut content = v.get("content").cloned().unwrap_or_else(|| json!({}));
        if t == "m.room.create" {
            content["_sender"] = v.get("sender").cloned().unwrap_or(Value::Null);
        }
        state.insert((t.to_string(), k.to_string()), content);
    }
    Ok(state)
}

async fn apply(
    client: &Client,
    room_id: &OwnedRoomId,
    changes: &[StateChange],
    out: &mut dyn FnMut(&str),
) -> Result<(), ProvisionError> {
    for c in changes {
        let req = || {
            client.send(send_state_event::v3::Request::new_raw(
                room_id.clone(),
                StateEventType::from(c.event_type.as_str()),
                c.state_key.clone(),
                raw(&c.content),
            ))
        };
        retrying(&format!("set {} in {room_id}", c.event_type), out, req).await?;
    }
    Ok(())
}

async fn invite(
    client: &Client,
    room_id: &OwnedRoomId,
    user: &str,
    out: &mut dyn FnMut(&str),
) -> Result<(), ProvisionError> {
    let user_id = OwnedUserId::try_from(user).map_err(|e| bad(user, e))?;
    let req = || {
        client.send(invite_user::v3::Request::new(
            room_id.clone(),
            invite_user::v3::InvitationRecipient::UserId(invite_user::v3::InviteUserId::new(
                user_id.clone(),
            )),
        ))
    };
    retrying(&format!("invite {user} to {room_id}"), out, req)
        .await
        .map(|_| ())
}

/// `m.room.encryption` with the configured rotation: matrix-sdk-crypto rotates the bot's
/// outbound session by these (and on every member who leaves, whatever they say).
fn encryption_content(rooms: &crate::config::RoomOptions) -> serde_json::Value {
    json!({
        "algorithm": "m.megolm.v1.aes-sha2",
        "rotation_period_ms": u64::from(rooms.key_rotation_days) * 24 * 60 * 60 * 1000,
        "rotation_period_msgs": rooms.key_rotation_messages,
    })
}
