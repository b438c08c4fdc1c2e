//! Carrying out a broadcast: each room's copy (with an `@room` mention when urgent, pinned when
//! asked), its outcome in the broadcast record, and the progress reply edited as rooms are
//! done — at most every two seconds, on each failure and at the end.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use matrix_sdk::Room;
use matrix_sdk::ruma::api::client::state::get_state_event_for_key;
use matrix_sdk::ruma::events::relation::{InReplyTo, Reply};
use matrix_sdk::ruma::events::room::message::{
    Relation, ReplacementMetadata, RoomMessageEventContent,
};
use matrix_sdk::ruma::events::{Mentions, StateEventType};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId};
use serde_json::{Value, json};
use tracing::{error, warn};

use super::bot::Bot;
use super::effects::{parse, room, send_notice};
use super::retry::{Failure, classify, classify_http};
use crate::core::broadcast::Broadcast;
use crate::core::i18n_reports as t;
use crate::store::registry;

/// Room workers run side by side: the record's read-modify-write must not interleave.
static RECORD: Mutex<()> = Mutex::new(());

/// When each broadcast's progress was last edited: at most one edit per [`EDIT_EVERY`]
/// (each edit is an encrypted message in the control room; hundreds would slow the broadcast).
static LAST_EDIT: Mutex<Option<HashMap<String, Instant>>> = Mutex::new(None);
const EDIT_EVERY: Duration = Duration::from_secs(2);

fn edit_due(id: &str) -> bool {
    let mut last = LAST_EDIT.lock().unwrap_or_else(|e| e.into_inner());
    let map = last.get_or_insert_with(HashMap::new);
    let now = Instant::now();
    if map
        .get(id)
        .is_some_and(|t| now.duration_since(*t) < EDIT_EVERY)
    {
        return false;
    }
    map.insert(id.to_string(), now);
    true
}

fn update(bot: &Bot, id: &str, f: impl FnOnce(&mut Broadcast)) -> Option<Broadcast> {
    let _guard = RECORD.lock().unwrap_or_else(|e| e.into_inner());
    registry::update_broadcast(bot.store.as_ref(), id, f).unwrap_or_else(|e| {
        error!(error = %e, broadcast = id, "cannot record broadcast progress");
        None
    })
}

/// Edit the progress reply to show `b` (best effort: a failed edit is logged, the next one
/// or the final one shows the whole picture).
async fn show(bot: &Bot, b: &Broadcast) {
    let Some(progress) = &b.progress_event else {
        return;
    };
    let (Ok(r), Ok(original)) = (
        room(bot, &b.control_room),
        parse::<OwnedEventId>("event id", progress),
    ) else {
        return;
    };
    let lang = bot
        .pipeline
        .directory()
        .lang_for(&crate::core::event::Place::District(
            crate::core::district::RoomPlace {
                district: b.district.clone(),
                kind: crate::core::district::RoomKind::Control,
            },
        ));
    let content = RoomMessageEventContent::notice_plain(t::broadcast_progress(lang, b))
        .make_replacement(ReplacementMetadata::new(original, None));
    if let Err(e) = r.send(content).await {
        warn!(error = %e, broadcast = %b.id, "cannot edit broadcast progress");
    }
}

/// The progress reply: post it, remember it, and show what is already done.
pub async fn progress(
    bot: &Bot,
    room_id: &str,
    in_reply_to: &str,
    body: &str,
    id: &str,
    txn: &str,
) -> Result<(), Failure> {
    let event_id: OwnedEventId = parse("event id", in_reply_to)?;
    let mut content = RoomMessageEventContent::notice_plain(body);
    content.relates_to = Some(Relation::Reply(Reply::new(InReplyTo::new(event_id))));
    let sent = send_notice(&room(bot, room_id)?, content, txn).await?;
    if let Some(b) = update(bot, id, |b| b.progress_event = Some(sent))
        && !(b.delivered.is_empty() && b.failed.is_empty())
    {
        show(bot, &b).await;
    }
    Ok(())
}

/// One room's copy.
pub async fn deliver(
    bot: &Bot,
    room_id: &str,
    body: &str,
    urgent: bool,
    pin: bool,
    id: &str,
    txn: &str,
) -> Result<(), Failure> {
    let result = async {
        let r = room(bot, room_id)?;
        let mut content = if urgent {
            RoomMessageEventContent::notice_plain(format!("@room {body}"))
        } else {
            RoomMessageEventContent::notice_plain(body)
        };
        if urgent {
            content.mentions = Some(Mentions::with_room_mention());
        }
        let event_id = send_notice(&r, content, txn).await?;
        if pin {
            pin_event(&r, &event_id).await?;
        }
        Ok(event_id)
    }
    .await;
    let b = match &result {
        Ok(event_id) => update(bot, id, |b| {
            b.failed.remove(room_id);
            b.delivered.insert(room_id.to_string(), event_id.clone());
        }),
        Err(Failure::Permanent(reason)) => update(bot, id, |b| {
            b.failed.insert(room_id.to_string(), reason.clone());
        }),
        Err(Failure::Transient { .. }) => None,
    };
    if let Some(b) = b
        && (b.done() || result.is_err() || edit_due(&b.id))
    {
        show(bot, &b).await;
    }
    result.map(|_| ())
}

/// Add `event_id` to the room's pinned events (once).
async fn pin_event(r: &Room, event_id: &str) -> Result<(), Failure> {
    let room_id: OwnedRoomId = r.room_id().to_owned();
    let request = get_state_event_for_key::v3::Request::new(
        room_id,
        StateEventType::RoomPinnedEvents,
        String::new(),
    );
    let mut pinned: Vec<Value> = match r.client().send(request).await {
        Ok(resp) => serde_json::from_str::<Value>(resp.event_or_content.get())
            .ok()
            .and_then(|v| v["pinned"].as_array().cloned())
            .unwrap_or_default(),
        // No pinned events yet.
        Err(e)
            if e.as_client_api_error()
                .is_some_and(|a| a.status_code.as_u16() == 404) =>
        {
            vec![]
        }
        Err(e) => return Err(classify_http(&e)),
    };
    if pinned.iter().any(|p| p == event_id) {
        return Ok(());
    }
    pinned.push(json!(event_id));
    r.send_state_event_raw("m.room.pinned_events", "", json!({ "pinned": pinned }))
        .await
        .map(|_| ())
        .map_err(|e| classify(&e))
}
