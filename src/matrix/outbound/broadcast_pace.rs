//! Pacing a broadcast's progress reply. Every room done *nudges* the pacer; one task per
//! broadcast edits the reply with the record as it is then, never two edits closer than
//! [`EDIT_GAP`] (edits sent milliseconds apart arrive in any order at some clients, which then
//! show an older count as the last word). The task reads the record afresh after the gap, so
//! the last edit is always the whole picture; when every room is done it posts one final reply
//! under the progress, a new message that no client can hide behind an older edit.
//!
//! Depends on the Matrix client and the store only; the texts are the core's.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use matrix_sdk::Client;
use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::events::relation::{InReplyTo, Reply};
use matrix_sdk::ruma::events::room::message::{
    Relation, ReplacementMetadata, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedUserId};
use tracing::{error, warn};

use crate::core::broadcast::Broadcast;
use crate::core::broadcast::texts as t;
use crate::core::district::Lang;
use crate::matrix::send::send_notice;
use crate::store::{Store, records};

/// The least time between two edits of one progress reply.
pub const EDIT_GAP: Duration = Duration::from_secs(2);

/// Per broadcast: when its reply was last edited, whether a task is working on it, and whether
/// something changed since that task last read the record.
#[derive(Default)]
struct Pace {
    last: Option<Instant>,
    running: bool,
    dirty: bool,
}

static PACES: Mutex<Option<HashMap<String, Pace>>> = Mutex::new(None);

fn with_paces<T>(f: impl FnOnce(&mut HashMap<String, Pace>) -> T) -> T {
    let mut guard = PACES.lock().unwrap_or_else(|e| e.into_inner());
    f(guard.get_or_insert_with(HashMap::new))
}

/// What the pacer task needs (no borrow of the bot: it outlives the room worker).
#[derive(Clone)]
pub struct Pacer {
    pub client: Client,
    pub store: Arc<dyn Store>,
    pub lang: Lang,
}

/// The record changed: show it soon (at once if the last edit is old enough).
pub fn nudge(p: &Pacer, id: &str) {
    let start = with_paces(|m| {
        let pace = m.entry(id.to_string()).or_default();
        pace.dirty = true;
        !std::mem::replace(&mut pace.running, true)
    });
    if start {
        let (p, id) = (p.clone(), id.to_string());
        tokio::spawn(async move { run(p, id).await });
    }
}

/// How long to wait before the next edit, given the last one.
pub fn wait_before_edit(last: Option<Instant>, now: Instant) -> Duration {
    last.map_or(Duration::ZERO, |l| {
        (l + EDIT_GAP).saturating_duration_since(now)
    })
}

async fn run(p: Pacer, id: String) {
    loop {
        let wait = with_paces(|m| {
            let pace = m.entry(id.clone()).or_default();
            if !pace.dirty {
                pace.running = false;
                return None;
            }
            Some(wait_before_edit(pace.last, Instant::now()))
        });
        let Some(wait) = wait else { return };
        tokio::time::sleep(wait).await;
        with_paces(|m| m.entry(id.clone()).or_default().dirty = false);
        let b = match records::broadcast(p.store.as_ref(), &id) {
            Ok(Some(b)) => b,
            Ok(None) => continue,
            Err(e) => {
                error!(error = %e, broadcast = %id, "cannot read broadcast progress");
                continue;
            }
        };
        edit(&p, &b).await;
        with_paces(|m| m.entry(id.clone()).or_default().last = Some(Instant::now()));
        if b.done() {
            post_final(&p, &b).await;
            with_paces(|m| m.remove(&id));
            return;
        }
    }
}

/// Edit the progress reply to show `b` (best effort: a failed edit is logged; the final reply
/// carries the outcome anyway).
async fn edit(p: &Pacer, b: &Broadcast) {
    let Some((room, original)) = progress_of(p, b) else {
        return;
    };
    let content = RoomMessageEventContent::notice_plain(t::broadcast_progress(p.lang, b))
        .make_replacement(ReplacementMetadata::new(original, None));
    if let Err(e) = room.send(content).await {
        warn!(error = %e, broadcast = %b.id, "cannot edit broadcast progress");
    }
}

fn progress_of(p: &Pacer, b: &Broadcast) -> Option<(matrix_sdk::Room, OwnedEventId)> {
    let room_id = OwnedRoomId::try_from(b.control_room.as_str()).ok()?;
    let event = OwnedEventId::try_from(b.progress_event.as_deref()?).ok()?;
    Some((p.client.get_room(&room_id)?, event))
}

/// The final reply under the progress, mentioning the officer: claimed in the record first,
/// so of the workers that see the broadcast done only one posts it, and sent with a
/// transaction id of its own, so a resend is deduplicated by the homeserver.
async fn post_final(p: &Pacer, b: &Broadcast) {
    let Some((room, progress)) = progress_of(p, b) else {
        return;
    };
    let mut already = true;
    let claimed = super::receipts::broadcast(p.store.as_ref(), &b.id, |r| {
        already = std::mem::replace(&mut r.final_posted, true);
    });
    if claimed.is_none() || already {
        return;
    }
    let mut content = RoomMessageEventContent::notice_plain(t::broadcast_final(p.lang, b));
    content.relates_to = Some(Relation::Reply(Reply::new(InReplyTo::new(progress))));
    if let Ok(by) = OwnedUserId::try_from(b.by.as_str()) {
        content.mentions = Some(Mentions::with_user_ids([by]));
    }
    if let Err(e) = send_notice(&room, content, &format!("{}-final", b.id)).await {
        warn!(broadcast = %b.id, error = ?e, "cannot post the final broadcast reply");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_keep_their_distance() {
        let now = Instant::now();
        let cases = [
            (None, Duration::ZERO),
            (Some(now), EDIT_GAP),
            (
                Some(now - Duration::from_millis(500)),
                EDIT_GAP - Duration::from_millis(500),
            ),
            (Some(now - EDIT_GAP), Duration::ZERO),
            (Some(now - EDIT_GAP * 3), Duration::ZERO),
        ];
        for (last, want) in cases {
            assert_eq!(wait_before_edit(last, now), want, "{last:?}");
        }
    }
}
