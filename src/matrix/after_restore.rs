//! A restored Matrix crypto store is older than the device it belongs to: after the backup the
//! device went on sending and receiving, and its peers remember that. Three things in the copy
//! would hurt if used as they are, and each is put right once:
//!
//! * Olm sessions: sending on one again repeats ratchet steps the peer already used, and the
//!   peer drops those to-device messages as replays — room keys never arrive, and officers
//!   see "unable to decrypt". `saathi restore` deletes them (offline, in the copy), so the bot
//!   claims fresh one-time keys and starts new sessions; peers pick the newest session.
//! * Outbound room keys: their message indices were used after the backup. Deleted too, so
//!   every encrypted room gets a new room key on the first send.
//! * One-time keys: the copy's key counter is behind. Keys it would upload next may carry ids
//!   the device uploaded after the backup, still unclaimed on the server, which Synapse
//!   refuses ("One time key … already exists") — and matrix-sdk then stops uploading. On the
//!   first start the bot claims its own unclaimed one-time keys until none is left
//!   ([`settle`]), before the first sync lets matrix-sdk upload new ones.
//!
//! And what the old bot handled after the backup is not handled again: [`settle`] adopts
//! the homeserver's handled mark (`matrix::handled_mark`) as `Meta::HandledElsewhereUntilMs`.
//! Effects still queued in the copy go out with their first transaction ids on the same
//! device; Synapse answers a repeated id with the event it already made (for 24 hours).
//!
//! Inbound room keys, the device's identity and the cross-signing keys are kept: the restored
//! bot is the same device, it still reads what was said before, and officers who verified it
//! see no new session.

use std::collections::BTreeMap;
use std::path::Path;

use matrix_sdk::Client;
use matrix_sdk::ruma::api::client::keys::claim_keys::v3::Request as ClaimKeys;
use matrix_sdk::ruma::encryption::OneTimeKey;
use matrix_sdk::ruma::{OneTimeKeyAlgorithm, OwnedDeviceId};
use tracing::{info, warn};

use crate::store::{Meta, Store};

/// Crypto store file inside the Matrix store directory (matrix-sdk-sqlite's name).
pub const CRYPTO_DB: &str = "matrix-sdk-crypto.sqlite3";

/// One claim per request and device: a device holds at most this many keys (matrix-sdk keeps
/// 50), so this bounds the drain even against a server that never says "none left".
const MAX_CLAIMS: usize = 200;

/// Offline, on the restored copy: forgets the Olm sessions and outbound room keys.
/// Returns (Olm sessions, outbound room keys) deleted.
pub fn forget_used_sessions(store_dir: &Path) -> rusqlite::Result<(usize, usize)> {
    let db = store_dir.join(CRYPTO_DB);
    if !db.exists() {
        return Ok((0, 0));
    }
    let conn = rusqlite::Connection::open(&db)?;
    let olm = conn.execute("DELETE FROM \"session\"", [])?;
    let megolm = conn.execute("DELETE FROM \"outbound_group_session\"", [])?;
    Ok((olm, megolm))
}

/// First start after a restore, before the first sync: adopts the handled mark, then claims
/// the device's own one-time keys until the server hands out none (or only the fallback
/// key). The marker is removed once both are done; on failure it stays and the next start
/// tries again (both steps can be repeated).
pub async fn settle(client: &Client, data_dir: &Path, store: &dyn Store) {
    let marker = crate::data_dir::restored_marker(data_dir);
    if !marker.exists() {
        return;
    }
    match adopt_handled_mark(client, store).await {
        Ok(until) => info!(
            until_ms = until,
            "first start after a restore: events up to the old bot's handled mark are not handled again"
        ),
        Err(e) => {
            warn!(error = %e, "after a restore: cannot read the handled mark; the next start tries again");
            return;
        }
    }
    let (Some(me), Some(device)) = (
        client.user_id().map(ToOwned::to_owned),
        client.device_id().map(ToOwned::to_owned),
    ) else {
        return;
    };
    let mut claimed = 0;
    for _ in 0..MAX_CLAIMS {
        match claim_one(client, &me, &device).await {
            Ok(true) => claimed += 1,
            Ok(false) => break,
            Err(e) => {
                warn!(error = %e, claimed, "after a restore: cannot claim the device's old one-time keys; the next start tries again");
                return;
            }
        }
    }
    info!(
        claimed,
        "first start after a restore: the device's old one-time keys are used up, new ones follow"
    );
    if let Err(e) = std::fs::remove_file(&marker) {
        warn!(marker = %marker.display(), error = %e, "cannot remove the restore marker");
    }
}

/// The homeserver's handled mark into the store; returns it (0: none).
async fn adopt_handled_mark(client: &Client, store: &dyn Store) -> Result<u64, String> {
    let until = crate::matrix::handled_mark::fetch(client)
        .await
        .map_err(|e| e.to_string())?
        .map_or(0, |m| m.until_ms);
    let had = store
        .meta_get(Meta::HandledElsewhereUntilMs)
        .map_err(|e| e.to_string())?
        .unwrap_or(0);
    if until > had {
        store
            .meta_set(Meta::HandledElsewhereUntilMs, until)
            .map_err(|e| e.to_string())?;
    }
    Ok(until.max(had))
}

/// Claims one key; true if it was a one-time key (false: none left, or the fallback key).
async fn claim_one(
    client: &Client,
    me: &matrix_sdk::ruma::OwnedUserId,
    device: &OwnedDeviceId,
) -> Result<bool, matrix_sdk::HttpError> {
    let devices = BTreeMap::from([(device.clone(), OneTimeKeyAlgorithm::SignedCurve25519)]);
    let request = ClaimKeys::new(BTreeMap::from([(me.clone(), devices)]));
    let response = client.send(request).await?;
    let Some(keys) = response.one_time_keys.get(me).and_then(|d| d.get(device)) else {
        return Ok(false);
    };
    Ok(keys.values().any(|k| {
        k.deserialize()
            .is_ok_and(|k| matches!(k, OneTimeKey::SignedKey(s) if !s.fallback))
    }))
}
