//! The bot's profile as people see it: its display name (`bot.display_name`) and avatar
//! (`bot.avatar_file`, or the built-in `assets/avatar.png`), set at start when they differ —
//! the name by comparing with the account's, the avatar by a hash of the image last set
//! (kept in the store), so an unchanged avatar is not uploaded again at every start.
//! A failure is logged and tried again at the next start; it never stops the bot.

use matrix_sdk::Client;
use tracing::{info, warn};

use crate::config::Config;
use crate::store::{Meta, Store};

/// The avatar shipped with the bot.
const BUILT_IN_AVATAR: &[u8] = include_bytes!("../../assets/avatar.png");

/// Display name and avatar, as configured.
pub async fn ensure(client: &Client, cfg: &Config, store: &dyn Store) {
    ensure_display_name(client, &cfg.bot.display_name).await;
    let image = match &cfg.bot.avatar_file {
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                warn!(path = %path.display(), error = %e, "cannot read the avatar file");
                return;
            }
        },
        None => BUILT_IN_AVATAR.to_vec(),
    };
    ensure_avatar(client, &image, store).await;
}

async fn ensure_display_name(client: &Client, want: &str) {
    let account = client.account();
    match account.get_display_name().await {
        Ok(Some(current)) if current == want => {}
        Ok(_) => match account.set_display_name(Some(want)).await {
            Ok(()) => info!("display name set"),
            Err(e) => warn!(error = %e, "cannot set the display name; will try at the next start"),
        },
        Err(e) => warn!(error = %e, "cannot read the display name; will try at the next start"),
    }
}

async fn ensure_avatar(client: &Client, image: &[u8], store: &dyn Store) {
    let hash = xxhash_rust::xxh3::xxh3_64(image);
    if store.meta_get(Meta::AvatarHash).ok().flatten() == Some(hash) {
        return;
    }
    let mime = if image.starts_with(b"\x89PNG") {
        mime::IMAGE_PNG
    } else {
        mime::IMAGE_JPEG
    };
    match client.account().upload_avatar(&mime, image.to_vec()).await {
        Ok(_) => {
            info!("avatar set");
            if let Err(e) = store.meta_set(Meta::AvatarHash, hash) {
                warn!(error = %e, "cannot record the avatar; it is set again at the next start");
            }
        }
        Err(e) => warn!(error = %e, "cannot set the avatar; will try at the next start"),
    }
}
