//! Copying a member's message into another room (a ticket's evidence into the desk, a relay):
//! media are downloaded (decrypted when the original was encrypted) and uploaded again —
//! encrypted when the target room is — so the copy stands on its own and the target's members
//! need nothing from the original room. A caption (the ticket, or the attribution) goes with
//! the copy. Resent after a crash with the same transaction id: the homeserver keeps one.

use std::io::Cursor;

use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId};
use matrix_sdk::ruma::{OwnedTransactionId, events::room::message::RoomMessageEventContent};
use serde_json::{Value, json};

use crate::core::action::CopyOrigin;
use crate::core::relay::CopyRecord;
use crate::matrix::inbound::bot::Bot;
use crate::matrix::media::{fetch, permanent, source};
use crate::matrix::retry::{Failure, classify};
use crate::matrix::send::room;

/// The field that marks a relayed copy: the rule, the original and the hop count.
pub const RELAY_MARK: &str = "org.saathi.relay";

/// Download the media and upload it for `target`: the new `file` (encrypted room) or `url`.
async fn reupload(
    bot: &Bot,
    target: &matrix_sdk::Room,
    src: MediaSource,
    mime: &str,
) -> Result<(&'static str, Value), Failure> {
    let data = fetch(&bot.client, src).await.map_err(|e| classify(&e))?;
    upload(bot, target, data, mime).await
}

/// Upload `data` for `target`: the new `file` (encrypted room) or `url` of a message.
pub(super) async fn upload(
    bot: &Bot,
    target: &matrix_sdk::Room,
    data: Vec<u8>,
    mime: &str,
) -> Result<(&'static str, Value), Failure> {
    if target
        .latest_encryption_state()
        .await
        .map_err(|e| classify(&e))?
        .is_encrypted()
    {
        let file = bot
            .client
            .upload_encrypted_file(&mut Cursor::new(data))
            .await
            .map_err(|e| classify(&e))?;
        Ok((
            "file",
            serde_json::to_value(file).map_err(|e| permanent(format!("file: {e}")))?,
        ))
    } else {
        let mime: mime::Mime = mime.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
        let r = bot
            .client
            .media()
            .upload(&mime, data, None)
            .await
            .map_err(|e| classify(&e))?;
        Ok(("url", Value::String(r.content_uri.to_string())))
    }
}

/// The copy's content: media uploaded anew with `caption` as its body (the original name kept
/// as `filename`), or the text/location with `caption` above it.
async fn copy_content(
    bot: &Bot,
    target: &matrix_sdk::Room,
    content: &Value,
    caption: &str,
) -> Result<Value, Failure> {
    // Only what a message is: a malformed original is refused, not sent on.
    serde_json::from_value::<RoomMessageEventContent>(content.clone())
        .map_err(|e| permanent(format!("not a message: {e}")))?;
    let mut out = content.clone();
    let map = out
        .as_object_mut()
        .ok_or_else(|| permanent("not an object"))?;
    let body = map
        .get("body")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    map.remove("format");
    map.remove("formatted_body");
    if let Some(src) = source(content)? {
        let mime = content
            .pointer("/info/mimetype")
            .and_then(Value::as_str)
            .unwrap_or("application/octet-stream")
            .to_string();
        let (field, value) = reupload(bot, target, src, &mime).await?;
        map.remove("file");
        map.remove("url");
        map.insert(field.into(), value);
        if let Some(info) = map.get_mut("info").and_then(Value::as_object_mut) {
            // The thumbnail stays behind: clients draw one from the media itself.
            info.remove("thumbnail_file");
            info.remove("thumbnail_url");
            info.remove("thumbnail_info");
        }
        if !map.contains_key("filename") {
            map.insert("filename".into(), Value::String(body));
        }
        map.insert("body".into(), Value::String(caption.to_string()));
    } else {
        let joined = if caption.is_empty() {
            body
        } else {
            format!("{caption}\n{body}")
        };
        map.insert("body".into(), Value::String(joined));
        // A copied text is the bot's notice: no client or bot takes it as a command.
        if matches!(
            map.get("msgtype").and_then(Value::as_str),
            Some("m.text" | "m.emote")
        ) {
            map.insert("msgtype".into(), json!("m.notice"));
        }
    }
    Ok(out)
}

/// "Ravi Kumar (@ravi:server)": the display name the sender has in the original room, with
/// the id (a display name alone could be anyone's).
async fn sender_name(bot: &Bot, o: &CopyOrigin) -> String {
    let name = match (
        OwnedRoomId::try_from(o.room_id.as_str()),
        OwnedUserId::try_from(o.sender.as_str()),
    ) {
        (Ok(r), Ok(u)) => match bot.client.get_room(&r) {
            Some(room) => room
                .get_member_no_sync(&u)
                .await
                .ok()
                .flatten()
                .and_then(|m| m.display_name().map(str::to_string)),
            None => None,
        },
        _ => None,
    };
    match name {
        Some(n) if n != o.sender => format!("{n} ({})", o.sender),
        _ => o.sender.clone(),
    }
}

pub async fn copy(
    bot: &Bot,
    room_id: &str,
    content: &Value,
    caption: &str,
    origin: Option<&CopyOrigin>,
    txn: &str,
) -> Result<(), Failure> {
    let target = room(&bot.client, room_id)?;
    let caption = match origin {
        Some(o) => caption.replace("{sender}", &sender_name(bot, o).await),
        None => caption.to_string(),
    };
    let mut out = copy_content(bot, &target, content, &caption).await?;
    if let (Some(o), Some(map)) = (origin, out.as_object_mut()) {
        map.insert(
            RELAY_MARK.into(),
            json!({ "rule": o.rule, "room_id": o.room_id, "event_id": o.event_id, "hops": o.hops }),
        );
    }
    let sent = target
        .send_raw("m.room.message", out)
        .with_transaction_id(&OwnedTransactionId::from(txn.to_string()))
        .await
        .map_err(|e| classify(&e))?;
    let text = content.get("url").is_none()
        && content.get("file").is_none()
        && content.get("msgtype").and_then(Value::as_str) != Some("m.location");
    if let Some(o) = origin {
        super::receipts::copy(
            bot.store.as_ref(),
            &o.event_id,
            &CopyRecord {
                room_id: room_id.to_string(),
                event_id: sent.response.event_id.to_string(),
                caption,
                text,
            },
        );
    }
    Ok(())
}
