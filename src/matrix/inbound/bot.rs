//! The running bot's shared context and its event handlers: a message goes through the
//! pipeline; an invite to a district room or a DM is accepted.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use matrix_sdk::ruma::events::AnySyncTimelineEvent;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::{Client, Room, RoomState};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;
use tracing::{debug, error, info, warn};

use super::convert;
use crate::core::credential;
use crate::core::district::RoomPlace;
use crate::core::event::{BotEvent, EventBody, Place};
use crate::matrix::retry::{Failure, backoff, classify};
use crate::matrix::rooms::Rooms;
use crate::pipeline::{Outcome, Pipeline};
use crate::store::Store;

pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

pub struct Bot {
    pub client: Client,
    pub store: Arc<dyn Store>,
    pub pipeline: Pipeline,
    /// Wakes the outbox executor when the pipeline queued something.
    pub outbox_wake: Notify,
    pub cancel: CancellationToken,
    /// Full alias → the district room it names, from the config.
    pub places: HashMap<String, RoomPlace>,
    /// Room ids of the district rooms (shared with the pipeline).
    pub rooms: Arc<Rooms>,
    /// Rooms due a room-key share ahead of need.
    pub preshare: crate::matrix::outbound::preshare_due::Preshare,
    /// Subscribed policy list rooms: room id → the name the config gave.
    pub lists: std::sync::RwLock<HashMap<String, String>>,
}

impl Bot {
    /// Where a room sits: a district room (known by its canonical alias, which provisioning
    /// set from the config), or a direct chat (any other room with just the bot and one user).
    pub async fn place_of(&self, room: &Room) -> Option<Place> {
        let list = self
            .lists
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(room.room_id().as_str())
            .cloned();
        if let Some(name) = list {
            return Some(Place::PolicyList(name));
        }
        if let Some(place) = room
            .canonical_alias()
            .and_then(|a| self.places.get(a.as_str()))
        {
            return Some(Place::District(place.clone()));
        }
        (room.state() == RoomState::Joined && room.joined_members_count() <= 2).then_some(Place::Dm)
    }

    /// Run one event through the pipeline. Events arriving after shutdown began are left for
    /// the catch-up of the next start.
    pub fn handle(&self, ev: &BotEvent) {
        if self.cancel.is_cancelled() {
            return;
        }
        let fresh_code = credential::code_from(rand::random());
        let now = now_ms();
        let m = self.pipeline.metrics();
        match self.pipeline.handle(ev, now, &fresh_code) {
            Ok(Outcome::Handled { actions }) => {
                m.event("handled");
                // How long after the homeserver received it the bot decided (live: ~sync lag).
                let lag_ms = now.saturating_sub(ev.origin_ts_ms);
                debug!(event = %ev.event_id, room = %ev.room_id, actions, lag_ms, "handled");
                if actions > 0 {
                    self.outbox_wake.notify_one();
                }
            }
            Ok(Outcome::Duplicate) => {
                m.event("duplicate");
                debug!(event = %ev.event_id, "already handled")
            }
            Ok(Outcome::History) => {
                m.event("history");
                debug!(event = %ev.event_id, "history, not handled")
            }
            Ok(Outcome::HandledBeforeRestore) => {
                m.event("handled_before_restore");
                debug!(event = %ev.event_id, "handled before the restore, not again")
            }
            // Not in the ledger, so the catch-up of the next start tries it again.
            Err(e) => {
                m.event("error");
                error!(event = %ev.event_id, error = %e, "store error; event left for catch-up")
            }
        }
    }

    /// Every timeline event, taken raw so that one malformed field (which ruma's typed form
    /// refuses) cannot hide a message from the rules.
    pub async fn on_timeline(self: Arc<Self>, raw: Raw<AnySyncTimelineEvent>, room: Room) {
        let Some(place) = self.place_of(&room).await else {
            return;
        };
        if let Place::PolicyList(name) = &place {
            // The rule cache for knocks and !join follows every change of the list.
            self.rooms.load_rules(&room, name).await;
        }
        self.convert_and_handle(&raw, &room, place).await;
    }

    /// Read a live or paged event and run it through the pipeline. An event only the lenient
    /// reader could read, or one with no readable content, is counted and logged by id (never
    /// by content).
    pub async fn convert_and_handle(
        &self,
        raw: &Raw<AnySyncTimelineEvent>,
        room: &Room,
        place: Place,
    ) {
        let room_id = room.room_id().as_str();
        let decrypted = decrypt_leniently(room, raw).await;
        let raw = decrypted.as_ref().unwrap_or(raw);
        let m = self.pipeline.metrics();
        let Some((mut e, reading)) = convert::from_raw(raw, room_id, place) else {
            // Kinds the bot has no use for are dropped here on purpose; an encrypted event
            // that stayed sealed because its wrapper is malformed is worth knowing about.
            if decrypted.is_none()
                && raw.get_field::<String>("type").ok().flatten().as_deref()
                    == Some("m.room.encrypted")
                && raw.deserialize().is_err()
            {
                m.malformed("sealed");
                let id = raw.get_field::<String>("event_id").ok().flatten();
                warn!(event = ?id, room = %room_id, "encrypted event with a malformed wrapper cannot be decrypted");
            }
            return;
        };
        if matches!(e.body, EventBody::Unreadable) {
            m.malformed("unreadable");
            warn!(event = %e.event_id, room = %room_id, "event content cannot be read");
        } else if reading == convert::Reading::Lenient {
            m.malformed("lenient");
            warn!(event = %e.event_id, room = %room_id, "event has malformed fields; read leniently");
        }
        super::media_hash::fill(&self.client, &mut e).await;
        self.handle(&e);
    }

    /// Accept direct chats from anyone, and invites from the district's officers and staff
    /// (to rooms provisioning adopted); decline the rest.
    pub async fn on_invite(self: Arc<Self>, ev: StrippedRoomMemberEvent, room: Room) {
        let Some(me) = self.client.user_id() else {
            return;
        };
        if ev.state_key != me || ev.content.membership != MembershipState::Invite {
            return;
        }
        let inviter = ev.sender.as_str();
        let known = self.pipeline.directory().districts.iter().any(|d| {
            d.is_officer(inviter)
                || d.stations
                    .iter()
                    .any(|s| s.staff.iter().any(|u| u == inviter))
        });
        let direct = ev.content.is_direct == Some(true);
        let room_id = room.room_id().to_owned();
        if !known && !direct {
            info!(room = %room_id, inviter = %ev.sender, "declining invite to a room outside the district");
            if let Err(e) = room.leave().await {
                warn!(room = %room_id, error = %e, "could not decline invite");
            }
            return;
        }
        // Joining waits for the homeserver; do it beside the sync loop, not inside it.
        tokio::spawn(async move {
            for attempt in 0..8 {
                match room.join().await {
                    Ok(()) => {
                        info!(room = %room_id, direct, "joined");
                        return;
                    }
                    Err(e) => match classify(&e) {
                        Failure::Permanent(reason) => {
                            warn!(room = %room_id, %reason, "cannot join");
                            return;
                        }
                        Failure::Transient { wait, reason } => {
                            debug!(room = %room_id, %reason, "join failed, retrying");
                            tokio::time::sleep(wait.unwrap_or_else(|| backoff(attempt))).await;
                        }
                    },
                }
            }
            warn!(room = %room_id, "gave up joining after repeated failures");
        });
    }
}

/// An encrypted event the SDK could not decrypt because its *cleartext* wrapper is malformed:
/// a sending client keeps `m.relates_to` outside the ciphertext, so `"m.relates_to": "x"` there
/// makes the SDK's typed reader refuse the whole event and leave it sealed (other clients still
/// decrypt and show it). The relation is not covered by the encryption, so it is dropped and
/// the event decrypted again. `None` when there is nothing to do or it still cannot be read.
async fn decrypt_leniently(
    room: &Room,
    raw: &Raw<AnySyncTimelineEvent>,
) -> Option<Raw<AnySyncTimelineEvent>> {
    if raw.get_field::<String>("type").ok().flatten().as_deref() != Some("m.room.encrypted")
        || raw.deserialize().is_ok()
    {
        return None;
    }
    let mut json: serde_json::Value = serde_json::from_str(raw.json().get()).ok()?;
    json.get_mut("content")?
        .as_object_mut()?
        .remove("m.relates_to")?;
    let sealed = Raw::from_json(serde_json::value::to_raw_value(&json).ok()?);
    match room.decrypt_event(&sealed, None).await {
        Ok(ev) if ev.encryption_info().is_some() => Some(ev.raw().clone()),
        Ok(_) => None,
        Err(e) => {
            debug!(room = %room.room_id(), error = %e, "cannot decrypt an event with a malformed wrapper");
            None
        }
    }
}
