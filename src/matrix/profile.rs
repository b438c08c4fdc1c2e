//! The bot's profile as people see it: its display name from `bot.display_name`, set at start
//! when the account's differs (so the bot shows as "साथी Saathi", not its user id's localpart).
//! A failure is logged and retried at the next start; it never stops the bot.

use matrix_sdk::Client;
use tracing::{info, warn};

/// Set the display name if it is not `want` already.
pub async fn ensure_display_name(client: &Client, want: &str) {
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
