//! Content hashes of posted files: for rumour control (the same picture forwarded by many
//! people is uploaded and encrypted anew each time, so only the decrypted bytes tell copies
//! apart) and for task evidence (checked later by `saathi verify-evidence`). Files above
//! [`MAX_BYTES`] are not fetched.

use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use sha2::{Digest, Sha256};
use tracing::debug;

use super::bot::Bot;
use super::copy::source;
use crate::core::district::RoomKind;
use crate::core::event::{BotEvent, EventBody, MediaKind, Place};

/// Larger files are not hashed (a video of hundreds of MB is not fetched to compare it).
pub const MAX_BYTES: u64 = 25 * 1024 * 1024;

/// Fill in the digest of a file posted in a station room by someone other than the bot.
pub async fn fill(bot: &Bot, ev: &mut BotEvent) {
    let in_station =
        matches!(&ev.place, Place::District(p) if matches!(p.kind, RoomKind::Station(_)));
    if !in_station
        || bot
            .client
            .user_id()
            .is_some_and(|me| me.as_str() == ev.sender)
    {
        return;
    }
    let EventBody::Media {
        kind,
        content,
        digest,
    } = &mut ev.body
    else {
        return;
    };
    if *kind == MediaKind::Location
        || content
            .pointer("/info/size")
            .and_then(serde_json::Value::as_u64)
            .is_some_and(|s| s > MAX_BYTES)
    {
        return;
    }
    let Ok(Some(src)) = source(content) else {
        return;
    };
    match bot
        .client
        .media()
        .get_media_content(
            &MediaRequestParameters {
                source: src,
                format: MediaFormat::File,
            },
            true,
        )
        .await
    {
        Ok(bytes) if bytes.len() as u64 <= MAX_BYTES => {
            *digest = Some(format!("{:x}", Sha256::digest(&bytes)));
        }
        Ok(_) => {}
        Err(e) => debug!(event = %ev.event_id, error = %e, "cannot fetch a file to hash it"),
    }
}
