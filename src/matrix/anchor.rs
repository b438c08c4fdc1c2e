//! The bot's anchor device: a second device of the bot's own account, with published keys
//! and no one using it, so encrypting never waits on the bot's own user.
//!
//! Why: matrix-sdk-crypto 0.18 (`IdentityManager::get_user_devices_for_encryption`) waits up
//! to 5 s for a pending `/keys/query` on any room member who has no known device besides the
//! sender's own. The bot's own user is such a member when it has one device. Synapse re-lists
//! the bot in `device_lists.changed` on nearly every sync that carries one of its messages (a
//! lazy-loaded sender's membership counts as a join), so the bot's user is "pending" on every
//! sync. The wait happens while the room-key claim lock is held, and the sync loop, which
//! would send that query, needs the same lock first. So every warm broadcast stalled in 5 s
//! steps, one step per room (measured: 5.4 to 31.4 s). With a second device of its own, the
//! bot's user always has a known device and the wait never starts.
//!
//! The anchor is created once. A password login as device [`DEVICE_ID`] goes through a
//! throw-away client with an in-memory crypto store. Its first sync uploads the device keys
//! and one-time keys (matrix-sdk's own upload). Then it is dropped without logging out: a
//! logout would delete the device. Its private keys exist only in that dropped memory, so
//! the room keys the bot shares with it (one to-device message per room and session) can
//! be read by no one. The bot signs it with its self-signing key when it can, so officers who
//! verified the bot see no unverified session.

use matrix_sdk::Client;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::filter::{FilterDefinition, RoomFilter};
use matrix_sdk::ruma::{OwnedDeviceId, device_id};
use tracing::{info, warn};

use crate::config::Config;

/// The anchor's device id (fixed, so a restart finds it rather than making another).
pub const DEVICE_ID: &str = "SAATHI_ANCHOR";

/// Makes sure the anchor exists with keys, and signs it once the bot's store knows it.
/// Failures are logged, never fatal: without the anchor the bot works, only slower.
pub async fn ensure(client: &Client, cfg: &Config) {
    let Some(me) = client.user_id().map(ToOwned::to_owned) else {
        return;
    };
    let exists = match client.devices().await {
        Ok(r) => r.devices.iter().any(|d| d.device_id.as_str() == DEVICE_ID),
        Err(e) => {
            warn!(error = %e, "could not list the bot's devices; the anchor device is not checked");
            return;
        }
    };
    if !exists {
        match create(cfg).await {
            Ok(()) => info!(
                device = DEVICE_ID,
                "anchor device created (keys published, no one holds them)"
            ),
            Err(e) => {
                warn!(error = %e, "could not create the anchor device; encrypted sends may wait 5 s on the bot's own user");
                return;
            }
        }
    }
    // Sign it with the bot's self-signing key once the bot's store has its keys.
    for _ in 0..30 {
        match client
            .encryption()
            .get_device(&me, device_id!("SAATHI_ANCHOR"))
            .await
        {
            Ok(Some(d)) if d.is_cross_signed_by_owner() => return,
            Ok(Some(d)) => {
                if let Err(e) = d.verify().await {
                    warn!(error = %e, "could not sign the anchor device");
                } else {
                    info!(device = DEVICE_ID, "anchor device signed by the bot");
                }
                return;
            }
            _ => tokio::time::sleep(std::time::Duration::from_secs(2)).await,
        }
    }
}

async fn create(cfg: &Config) -> Result<(), matrix_sdk::Error> {
    let client = Client::builder()
        .homeserver_url(cfg.homeserver_url.as_str())
        .respect_login_well_known(false)
        .build()
        .await
        .map_err(|e| matrix_sdk::Error::UnknownError(Box::new(e)))?;
    let device: OwnedDeviceId = DEVICE_ID.into();
    client
        .matrix_auth()
        .login_username(&cfg.bot.localpart, cfg.bot.password.expose())
        .device_id(device.as_str())
        .initial_device_display_name(
            "Saathi anchor: holds no keys, do not delete / कोई कुंजी नहीं, हटाएँ नहीं",
        )
        .send()
        .await?;
    // One sync with no rooms: its outgoing requests upload the device and one-time keys.
    let mut filter = FilterDefinition::empty();
    let mut room = RoomFilter::empty();
    room.rooms = Some(Vec::new());
    filter.room = room;
    client
        .sync_once(
            SyncSettings::default()
                .filter(filter.into())
                .timeout(std::time::Duration::ZERO),
        )
        .await?;
    // Dropped without logging out: a logout would delete the device.
    Ok(())
}
