//! The outbox executor: carries out queued [`Action`]s in order, each with the transaction id
//! stored beside it, so a resend after a crash is deduplicated by the homeserver. Transient
//! failures (rate limit, outage) are retried without end; permanent ones are set aside with
//! their reason. Shutdown lets the actions in hand finish. Rooms are served side by side,
//! each room's actions in order.

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::Room;
use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::events::relation::{InReplyTo, Reply};
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{
    Relation, ReplacementMetadata, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedTransactionId, OwnedUserId, UserId};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tracing::{debug, error, info, warn};

use super::bot::Bot;
use super::power::{self, PowerChange};
use super::retry::{Failure, backoff, classify};
use crate::core::action::Action;
use crate::store::{OutboxItem, registry};

/// How often an idle executor looks at the outbox even without a wake-up.
const IDLE_POLL: Duration = Duration::from_secs(30);

/// Rooms worked on at once. Within one room, actions keep their order; across rooms they
/// are independent (a `!block` bans in a hundred rooms side by side).
const PARALLEL_ROOMS: usize = 8;

pub async fn run(bot: Arc<Bot>) {
    let mut failures: u32 = 0;
    loop {
        if bot.cancel.is_cancelled() {
            return;
        }
        let items = match bot.store.outbox_peek(64) {
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
        let limit = Arc::new(Semaphore::new(PARALLEL_ROOMS));
        let mut queues = JoinSet::new();
        for queue in by_room(items) {
            let (bot, limit) = (bot.clone(), limit.clone());
            queues.spawn(async move {
                let _permit = limit.acquire_owned().await;
                run_queue(&bot, queue).await
            });
        }
        // Every queue finishes its action in hand, also on shutdown.
        let mut retry: Option<Option<Duration>> = None;
        while let Some(r) = queues.join_next().await {
            if let Ok(Some(wait)) = r {
                retry = Some(retry.flatten().max(wait));
            }
        }
        match retry {
            None => failures = 0,
            Some(wait) => {
                let wait = wait.unwrap_or_else(|| backoff(failures));
                failures = failures.saturating_add(1);
                tokio::select! {
                    _ = bot.cancel.cancelled() => return,
                    _ = tokio::time::sleep(wait) => {}
                }
            }
        }
    }
}

/// The items grouped by room, each group in outbox order.
fn by_room(items: Vec<OutboxItem>) -> Vec<Vec<OutboxItem>> {
    let mut groups: Vec<Vec<OutboxItem>> = Vec::new();
    for item in items {
        match groups
            .iter_mut()
            .find(|g| g[0].action.room_id() == item.action.room_id())
        {
            Some(g) => g.push(item),
            None => groups.push(vec![item]),
        }
    }
    groups
}

/// Carry out one room's items in order. Stops at a transient failure and returns the wait it
/// asked for (the rest of the room's items stay queued, in order).
async fn run_queue(bot: &Bot, items: Vec<OutboxItem>) -> Option<Option<Duration>> {
    for item in items {
        if bot.cancel.is_cancelled() {
            return None;
        }
        let started = std::time::Instant::now();
        match execute(bot, &item).await {
            Ok(()) => {
                debug!(
                    seq = item.seq,
                    kind = item.action.kind(),
                    took_ms = started.elapsed().as_millis() as u64,
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
                info!(seq = item.seq, %reason, wait_ms = wait.map_or(0, |w| w.as_millis() as u64), "outbox waiting before retry");
                return Some(wait);
            }
        }
    }
    None
}

fn parse<T: TryFrom<String>>(what: &str, s: &str) -> Result<T, Failure> {
    T::try_from(s.to_string()).map_err(|_| Failure::Permanent(format!("invalid {what} {s:?}")))
}

fn room(bot: &Bot, room_id: &str) -> Result<Room, Failure> {
    let id: OwnedRoomId = parse("room id", room_id)?;
    bot.client
        .get_room(&id)
        .ok_or_else(|| Failure::Permanent(format!("the bot is not in room {id}")))
}

fn failed(e: matrix_sdk::Error) -> Failure {
    classify(&e)
}

/// The direct chat with `user`: a room the SDK knows as direct, else a small non-district
/// room the user is in, else a new encrypted DM.
async fn dm_room(bot: &Bot, user: &UserId) -> Result<Room, Failure> {
    if let Some(r) = bot.client.get_dm_room(user) {
        return Ok(r);
    }
    for r in bot.client.joined_rooms() {
        if r.joined_members_count() <= 2
            && r.canonical_alias()
                .is_none_or(|a| !bot.places.contains_key(a.as_str()))
            && r.get_member_no_sync(user).await.ok().flatten().is_some()
        {
            return Ok(r);
        }
    }
    bot.client.create_dm(user).await.map_err(failed)
}

async fn send_notice(
    room: &Room,
    content: RoomMessageEventContent,
    txn: &str,
) -> Result<String, Failure> {
    let txn = OwnedTransactionId::from(txn.to_string());
    room.send(content)
        .with_transaction_id(txn)
        .await
        .map(|r| r.response.event_id.to_string())
        .map_err(failed)
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
            let event_id: OwnedEventId = parse("event id", in_reply_to)?;
            let user: OwnedUserId = parse("user id", mention)?;
            let mut content = match html {
                Some(h) => RoomMessageEventContent::notice_html(body.clone(), h.clone()),
                None => RoomMessageEventContent::notice_plain(body.clone()),
            };
            content.relates_to = Some(Relation::Reply(Reply::new(InReplyTo::new(event_id))));
            content.mentions = Some(Mentions::with_user_ids([user]));
            send_notice(&room(bot, room_id)?, content, &item.txn_id)
                .await
                .map(|_| ())
        }
        Action::Notice {
            room_id,
            body,
            card,
        } => {
            let event_id = send_notice(
                &room(bot, room_id)?,
                RoomMessageEventContent::notice_plain(body.clone()),
                &item.txn_id,
            )
            .await?;
            if let Some(card) = card
                && let Ok(Some(r)) = registry::request(
                    bot.store.as_ref(),
                    &card.district,
                    &card.station,
                    &card.user,
                )
                && let Err(e) = registry::set_card(bot.store.as_ref(), &r, &event_id)
            {
                error!(error = %e, "cannot record a request card");
            }
            Ok(())
        }
        Action::Edit {
            room_id,
            event_id,
            body,
        } => {
            let original: OwnedEventId = parse("event id", event_id)?;
            let content = RoomMessageEventContent::notice_plain(body.clone())
                .make_replacement(ReplacementMetadata::new(original, None));
            send_notice(&room(bot, room_id)?, content, &item.txn_id)
                .await
                .map(|_| ())
        }
        Action::Dm { user, body } => {
            let user: OwnedUserId = parse("user id", user)?;
            let r = dm_room(bot, &user).await?;
            send_notice(
                &r,
                RoomMessageEventContent::notice_plain(body.clone()),
                &item.txn_id,
            )
            .await
            .map(|_| ())
        }
        Action::Invite { room_id, user } => {
            let user: OwnedUserId = parse("user id", user)?;
            let r = room(bot, room_id)?;
            // Already in (or invited): nothing to do, and a repeat after a crash is harmless.
            if let Ok(Some(m)) = r.get_member_no_sync(&user).await
                && matches!(
                    m.membership(),
                    MembershipState::Join | MembershipState::Invite
                )
            {
                return Ok(());
            }
            r.invite_user_by_id(&user).await.map_err(failed)
        }
        Action::Kick {
            room_id,
            user,
            reason,
        } => room(bot, room_id)?
            .kick_user(&parse::<OwnedUserId>("user id", user)?, Some(reason))
            .await
            .map_err(failed),
        Action::Ban {
            room_id,
            user,
            reason,
        } => room(bot, room_id)?
            .ban_user(&parse::<OwnedUserId>("user id", user)?, Some(reason))
            .await
            .map_err(failed),
        Action::Unban { room_id, user } => room(bot, room_id)?
            .unban_user(&parse::<OwnedUserId>("user id", user)?, None)
            .await
            .map_err(failed),
        Action::SetState {
            room_id,
            event_type,
            state_key,
            content,
        } => room(bot, room_id)?
            .send_state_event_raw(event_type, state_key, content.clone())
            .await
            .map(|_| ())
            .map_err(failed),
        Action::Mute { room_id, user } => {
            let user: OwnedUserId = parse("user id", user)?;
            power::apply(&room(bot, room_id)?, PowerChange::Mute(user.as_str())).await
        }
        Action::Unmute { room_id, user } => {
            let user: OwnedUserId = parse("user id", user)?;
            power::apply(&room(bot, room_id)?, PowerChange::Unmute(user.as_str())).await
        }
        Action::Quiet { room_id, on } => {
            power::apply(&room(bot, room_id)?, PowerChange::Quiet(*on)).await
        }
        Action::Redact {
            room_id,
            event_id,
            reason,
        } => {
            let event_id: OwnedEventId = parse("event id", event_id)?;
            let txn = OwnedTransactionId::from(item.txn_id.clone());
            room(bot, room_id)?
                .redact(&event_id, Some(reason), Some(txn))
                .await
                .map(|_| ())
                .map_err(|e| classify(&matrix_sdk::Error::Http(Box::new(e))))
        }
    }
}
