//! Carrying out one [`Action`] against the homeserver: the Matrix call each effect is, with
//! the outbox item's transaction id where the API takes one.

use matrix_sdk::Room;
use matrix_sdk::ruma::api::client::membership::invite_user;
use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::events::relation::{InReplyTo, Reply, Thread};
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{
    Relation, ReplacementMetadata, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedEventId, OwnedTransactionId, OwnedUserId, UserId};
use tracing::warn;

use crate::core::action::Action;
use crate::matrix::inbound::bot::Bot;
use crate::matrix::power::{self, PowerChange};
use crate::matrix::retry::{Failure, classify};
use crate::matrix::send::{failed, notice, parse, room, send_notice};
use crate::store::OutboxItem;

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

/// Invite `user`, sharing the room's history keys with them (MSC4268) where that works; if
/// sharing fails (no key backup, the invitee's devices unreachable, an upload refused), invite
/// without it: a missing history is a lesser harm than a missing member.
async fn invite(r: &Room, user: &OwnedUserId) -> Result<(), Failure> {
    let Err(e) = r.invite_user_by_id(user).await else {
        return Ok(());
    };
    warn!(error = %e, room = %r.room_id(), "inviting with the room's history failed; inviting without it");
    let recipient = invite_user::v3::InvitationRecipient::UserId(
        invite_user::v3::InviteUserId::new(user.clone()),
    );
    r.client()
        .send(invite_user::v3::Request::new(
            r.room_id().to_owned(),
            recipient,
        ))
        .await
        .map(|_| ())
        .map_err(|e| crate::matrix::retry::classify_http(&e))
}

pub async fn execute(bot: &Bot, item: &OutboxItem) -> Result<(), Failure> {
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
                None => notice(body),
            };
            content.relates_to = Some(Relation::Reply(Reply::new(InReplyTo::new(event_id))));
            content.mentions = Some(Mentions::with_user_ids([user]));
            send_notice(&room(&bot.client, room_id)?, content, &item.txn_id)
                .await
                .map(|_| ())
        }
        Action::Notice {
            room_id,
            body,
            card,
        } => {
            let event_id =
                send_notice(&room(&bot.client, room_id)?, notice(body), &item.txn_id).await?;
            if let Some(card) = card {
                super::receipts::request_card(bot.store.as_ref(), card, &event_id);
            }
            Ok(())
        }
        Action::Edit {
            room_id,
            event_id,
            body,
        } => {
            let original: OwnedEventId = parse("event id", event_id)?;
            let content = notice(body).make_replacement(ReplacementMetadata::new(original, None));
            send_notice(&room(&bot.client, room_id)?, content, &item.txn_id)
                .await
                .map(|_| ())
        }
        Action::Dm { user, body } => {
            let user: OwnedUserId = parse("user id", user)?;
            let r = dm_room(bot, &user).await?;
            send_notice(&r, notice(body), &item.txn_id)
                .await
                .map(|_| ())
        }
        Action::Invite { room_id, user } => {
            let user: OwnedUserId = parse("user id", user)?;
            let r = room(&bot.client, room_id)?;
            // Already in (or invited): nothing to do, and a repeat after a crash is harmless.
            if let Ok(Some(m)) = r.get_member_no_sync(&user).await
                && matches!(
                    m.membership(),
                    MembershipState::Join | MembershipState::Invite
                )
            {
                return Ok(());
            }
            invite(&r, &user).await
        }
        Action::Kick {
            room_id,
            user,
            reason,
        } => room(&bot.client, room_id)?
            .kick_user(&parse::<OwnedUserId>("user id", user)?, Some(reason))
            .await
            .map_err(failed),
        Action::Ban {
            room_id,
            user,
            reason,
        } => room(&bot.client, room_id)?
            .ban_user(&parse::<OwnedUserId>("user id", user)?, Some(reason))
            .await
            .map_err(failed),
        Action::Unban { room_id, user } => room(&bot.client, room_id)?
            .unban_user(&parse::<OwnedUserId>("user id", user)?, None)
            .await
            .map_err(failed),
        Action::SetState {
            room_id,
            event_type,
            state_key,
            content,
        } => room(&bot.client, room_id)?
            .send_state_event_raw(event_type, state_key, content.clone())
            .await
            .map(|_| ())
            .map_err(failed),
        Action::Progress {
            room_id,
            in_reply_to,
            body,
            broadcast,
        } => {
            super::broadcast::progress(bot, room_id, in_reply_to, body, broadcast, &item.txn_id)
                .await
        }
        Action::Broadcast {
            room_id,
            body,
            urgent,
            pin,
            broadcast,
        } => {
            super::broadcast::deliver(bot, room_id, body, *urgent, *pin, broadcast, &item.txn_id)
                .await
        }
        Action::Card { room_id, body, of } => {
            let event_id =
                send_notice(&room(&bot.client, room_id)?, notice(body), &item.txn_id).await?;
            super::receipts::card(bot.store.as_ref(), of, &event_id);
            Ok(())
        }
        Action::Label {
            room_id,
            event_id,
            body,
        } => {
            let root: OwnedEventId = parse("event id", event_id)?;
            let mut content = notice(body);
            content.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root)));
            send_notice(&room(&bot.client, room_id)?, content, &item.txn_id)
                .await
                .map(|_| ())
        }
        Action::AnonymousImage {
            room_id,
            content,
            caption,
        } => super::anonymous::image(bot, room_id, content, caption, &item.txn_id).await,
        Action::Copy {
            room_id,
            content,
            caption,
            origin,
        } => {
            super::copy::copy(
                bot,
                room_id,
                content,
                caption,
                origin.as_ref(),
                &item.txn_id,
            )
            .await
        }
        Action::Digest {
            room_id,
            in_reply_to,
            text,
            csv,
            table,
            district,
        } => {
            super::digest_post::post(
                bot,
                room_id,
                in_reply_to.as_deref(),
                text,
                csv,
                table,
                district,
                &item.txn_id,
            )
            .await
        }
        Action::Mute { room_id, user } => {
            let user: OwnedUserId = parse("user id", user)?;
            power::apply(
                &room(&bot.client, room_id)?,
                PowerChange::Mute(user.as_str()),
            )
            .await
        }
        Action::Unmute { room_id, user } => {
            let user: OwnedUserId = parse("user id", user)?;
            power::apply(
                &room(&bot.client, room_id)?,
                PowerChange::Unmute(user.as_str()),
            )
            .await
        }
        Action::Quiet { room_id, on } => {
            power::apply(&room(&bot.client, room_id)?, PowerChange::Quiet(*on)).await
        }
        Action::Redact { room_id, event_id } => {
            let event_id: OwnedEventId = parse("event id", event_id)?;
            let txn = OwnedTransactionId::from(item.txn_id.clone());
            room(&bot.client, room_id)?
                .redact(&event_id, None, Some(txn))
                .await
                .map(|_| ())
                .map_err(|e| classify(&matrix_sdk::Error::Http(Box::new(e))))
        }
    }
}
