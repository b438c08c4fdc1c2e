//! Content hashes of posted files: for rumour control (the same picture forwarded by many
//! people is uploaded and encrypted anew each time, so only the decrypted bytes tell copies
//! apart) and for task evidence (checked later by `saathi verify-evidence`). Files above
//! [`MAX_BYTES`] are not fetched.

use sha2::{Digest, Sha256};
use tracing::debug;

use matrix_sdk::Client;

use crate::core::district::RoomKind;
use crate::core::event::{BotEvent, EventBody, MediaKind, Place};
use crate::matrix::media::{fetch, source};

/// Larger files are not hashed (a video of hundreds of MB is not fetched to compare it).
pub const MAX_BYTES: u64 = 25 * 1024 * 1024;

/// Fill in the digest of a file someone other than the bot posted in a station room (rumour
/// control), a desk, the control room or a DM (task evidence).
pub async fn fill(client: &Client, ev: &mut BotEvent) {
    let wanted = match &ev.place {
        Place::District(p) => !matches!(p.kind, RoomKind::Announcements | RoomKind::Space),
        Place::Dm => true,
        Place::PolicyList(_) => false,
    };
    if !wanted || client.user_id().is_some_and(|me| me.as_str() == ev.sender) {
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
    let src = match source(content) {
        Ok(Some(src)) => src,
        Ok(None) => {
            debug!(event = %ev.event_id, content = %content, "a file without a source");
            return;
        }
        Err(e) => {
            debug!(event = %ev.event_id, error = ?e, "a file without a usable source");
            return;
        }
    };
    match fetch(client, src).await {
        Ok(bytes) if bytes.len() as u64 <= MAX_BYTES => {
            *digest = Some(format!("{:x}", Sha256::digest(&bytes)));
        }
        Ok(bytes) => debug!(event = %ev.event_id, size = bytes.len(), "file too large to hash"),
        Err(e) => debug!(event = %ev.event_id, error = %e, "cannot fetch a file to hash it"),
    }
}
