//! Carrying out a broadcast: each room's copy (with an `@room` mention when urgent, pinned when
//! asked), its outcome in the broadcast record, and the progress reply edited as rooms are
//! done — paced by [`super::broadcast_pace`]: edits at least two seconds apart, the last one
//! showing the whole record, then a final reply under the progress.

use matrix_sdk::Room;
use matrix_sdk::ruma::api::client::state::get_state_event_for_key;
use matrix_sdk::ruma::events::relation::{InReplyTo, Reply};
use matrix_sdk::ruma::events::room::message::{Relation, RoomMessageEventContent};
use matrix_sdk::ruma::events::{Mentions, StateEventType};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId};
use serde_json::{Value, json};

use super::broadcast_pace::{Pacer, nudge};
use crate::core::broadcast::Broadcast;
use crate::matrix::inbound::bot::Bot;
use crate::matrix::retry::{Failure, classify, classify_http};
use crate::matrix::send::{parse, room, send_notice};

fn update(bot: &Bot, id: &str, f: impl FnOnce(&mut Broadcast)) -> Option<Broadcast> {
    super::receipts::broadcast(bot.store.as_ref(), id, f)
}

/// Have the pacer show `b` in its progress reply (paced; see [`super::broadcast_pace`]).
fn show(bot: &Bot, b: &Broadcast) {
    let lang = bot
        .pipeline
        .directory()
        .lang_for(&crate::core::event::Place::District(
            crate::core::district::RoomPlace {
                district: b.district.clone(),
                kind: crate::core::district::RoomKind::Control,
            },
        ));
    let pacer = Pacer {
        client: bot.client.clone(),
        store: bot.store.clone(),
        lang,
    };
    nudge(&pacer, &b.id);
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
    let sent = send_notice(&room(&bot.client, room_id)?, content, txn).await?;
    if let Some(b) = update(bot, id, |b| b.progress_event = Some(sent))
        && !(b.delivered.is_empty() && b.failed.is_empty())
    {
        show(bot, &b);
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
        let r = room(&bot.client, room_id)?;
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
    if let Some(b) = b {
        show(bot, &b);
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
