//! Sending, the leaf every effect family uses: the room by id, a notice, ids parsed from the outbox.

use super::retry::{Failure, classify};
use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;
use matrix_sdk::ruma::{OwnedRoomId, OwnedTransactionId};
use matrix_sdk::{Client, Room};

pub(crate) fn parse<T: TryFrom<String>>(what: &str, s: &str) -> Result<T, Failure> {
    T::try_from(s.to_string()).map_err(|_| Failure::Permanent(format!("invalid {what} {s:?}")))
}

pub(crate) fn room(client: &Client, room_id: &str) -> Result<Room, Failure> {
    let id: OwnedRoomId = parse("room id", room_id)?;
    client
        .get_room(&id)
        .ok_or_else(|| Failure::Permanent(format!("the bot is not in room {id}")))
}

pub(crate) fn failed(e: matrix_sdk::Error) -> Failure {
    classify(&e)
}

/// A notice as the bot sends every text: the plain body, and its HTML form with user ids as
/// mention pills and "• " lines as a list when it has any (`core::text::html`).
pub(crate) fn notice(body: &str) -> RoomMessageEventContent {
    match crate::core::text::html::formatted(body) {
        Some(html) => RoomMessageEventContent::notice_html(body, html),
        None => RoomMessageEventContent::notice_plain(body),
    }
}

pub(crate) async fn send_notice(
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
