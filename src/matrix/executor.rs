//! The outbox executor: carries out queued [`Action`]s in order, each with the transaction id
//! stored beside it, so a resend after a crash is deduplicated by the homeserver. Transient
//! failures (rate limit, outage) are retried without end; permanent ones are set aside with
//! their reason. Shutdown lets the action in hand finish.

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::events::relation::{InReplyTo, Reply};
use matrix_sdk::ruma::events::room::message::{Relation, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedTransactionId, OwnedUserId};
use tracing::{debug, error, info, warn};

use super::bot::Bot;
use super::retry::{Failure, backoff, classify};
use crate::core::action::Action;
use crate::store::OutboxItem;

/// How often an idle executor looks at the outbox even without a wake-up.
const IDLE_POLL: Duration = Duration::from_secs(30);

pub async fn run(bot: Arc<Bot>) {
    let mut failures: u32 = 0;
    loop {
        if bot.cancel.is_cancelled() {
            return;
        }
        let items = match bot.store.outbox_peek(32) {
            Ok(items) => items,
            Err(e) => {
                error!(error = %e, "cannot read the outbox");
                Vec::new()
            }
        };
        if items.is_empty() {
            tokio::select! {
                _ = bot.cancel.cancelled() => return,
                _ = bot.outbox_wake.notified() => {}
                _ = tokio::time::sleep(IDLE_POLL) => {}
            }
            continue;
        }
        for item in items {
            if bot.cancel.is_cancelled() {
                return;
            }
            match execute(&bot, &item).await {
                Ok(()) => {
                    failures = 0;
                    debug!(
                        seq = item.seq,
                        kind = item.action.kind(),
                        "outbox entry done"
                    );
                    if let Err(e) = bot.store.outbox_complete(item.seq) {
                        error!(error = %e, "cannot remove a finished outbox entry; it will be resent with the same transaction id");
                    }
                }
                Err(Failure::Permanent(reason)) => {
                    warn!(seq = item.seq, kind = item.action.kind(), room = item.action.room_id(), %reason, "outbox entry failed for good");
                    if let Err(e) = bot.store.outbox_fail(item.seq, &reason) {
                        error!(error = %e, "cannot set a failed outbox entry aside");
                    }
                }
                Err(Failure::Transient { wait, reason }) => {
                    let wait = wait.unwrap_or_else(|| backoff(failures));
                    failures = failures.saturating_add(1);
                    info!(seq = item.seq, %reason, wait_ms = wait.as_millis() as u64, "outbox waiting before retry");
                    tokio::select! {
                        _ = bot.cancel.cancelled() => return,
                        _ = tokio::time::sleep(wait) => {}
                    }
                    break;
                }
            }
        }
    }
}

fn parse<T: TryFrom<String>>(what: &str, s: &str) -> Result<T, Failure> {
    T::try_from(s.to_string()).map_err(|_| Failure::Permanent(format!("invalid {what} {s:?}")))
}

async fn execute(bot: &Bot, item: &OutboxItem) -> Result<(), Failure> {
    match &item.action {
        Action::Reply {
            room_id,
            in_reply_to,
            mention,
            body,
            html,
        } => {
            let room_id: OwnedRoomId = parse("room id", room_id)?;
            let event_id: OwnedEventId = parse("event id", in_reply_to)?;
            let user: OwnedUserId = parse("user id", mention)?;
            let Some(room) = bot.client.get_room(&room_id) else {
                return Err(Failure::Permanent(format!(
                    "the bot is not in room {room_id}"
                )));
            };
            let mut content = match html {
                Some(h) => RoomMessageEventContent::notice_html(body.clone(), h.clone()),
                None => RoomMessageEventContent::notice_plain(body.clone()),
            };
            content.relates_to = Some(Relation::Reply(Reply::new(InReplyTo::new(event_id))));
            content.mentions = Some(Mentions::with_user_ids([user]));
            let txn = OwnedTransactionId::from(item.txn_id.clone());
            room.send(content)
                .with_transaction_id(txn)
                .await
                .map(|_| ())
                .map_err(|e| classify(&e))
        }
    }
}
