//! The homeserver's event reports (a member's *Report* on a message in their client), read
//! with the bot's server-admin rights from Synapse's admin API
//! (`GET /_synapse/admin/v1/event_reports`) every `reports.poll_interval`, and handed to the
//! pipeline as events of their own (`report:<id>`), so the ledger makes each count once.
//!
//! Exactly once across restarts: the highest report id handed over is kept in the store
//! (`Meta::EventReportsCursor`), written only after the pipeline committed the report; each
//! poll reads newest-first until it reaches that id (report ids only grow, while offsets shift
//! when an admin deletes a report), then hands the new ones over oldest first. A crash between
//! the commit and the cursor means the next poll offers that report again, and the ledger
//! says it was handled. Reports received before the bot's first start are history.
//!
//! The reported message's first words are read by the bot itself (it is in the room, and
//! decrypts what it can); nothing of the report reaches the room it was made in.
//!
//! Reports of a user (`/_synapse/admin/v1/user_reports`, the client's *Report user*) are read
//! the same way, with a cursor of their own, and go to the first district station room the
//! reported user is in (none: not the district's business). Synapse keeps reports of whole
//! rooms too, but offers no admin API to list them, so those are not read.

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId};
use serde_json::Value;
use tracing::{debug, error, info, warn};

use super::bot::Bot;
use crate::core::event::{BotEvent, EventBody, Place};
use crate::store::Meta;

/// Reports read per request.
const PAGE: usize = 50;

/// The two kinds of report the homeserver lists.
#[derive(Clone, Copy)]
enum Kind {
    Event,
    User,
}

impl Kind {
    fn path(self) -> &'static str {
        match self {
            Kind::Event => "event_reports",
            Kind::User => "user_reports",
        }
    }

    fn cursor(self) -> Meta {
        match self {
            Kind::Event => Meta::EventReportsCursor,
            Kind::User => Meta::UserReportsCursor,
        }
    }
}

/// Why a poll stopped.
enum PollError {
    /// The bot account is no server admin: nothing can be read until that changes.
    NotAdmin,
    Other(String),
}

/// Runs until the bot stops.
pub async fn run(bot: Arc<Bot>, interval: Duration) {
    info!(
        interval_s = interval.as_secs(),
        "reading the homeserver's event reports"
    );
    let mut told = false;
    loop {
        let polled = match poll(&bot, Kind::Event).await {
            Ok(n) => poll(&bot, Kind::User).await.map(|m| n + m),
            Err(e) => Err(e),
        };
        match polled {
            Ok(n) if n > 0 => info!(reports = n, "reports read"),
            Ok(_) => {}
            Err(PollError::NotAdmin) if !told => {
                told = true;
                error!(
                    "reports.homeserver_reports is on, but the bot account is not a server \
                     admin, so the homeserver's event reports cannot be read. Make it one \
                     (Synapse: the admin API or `register_new_matrix_user --admin`); tried again \
                     every poll"
                );
            }
            Err(PollError::NotAdmin) => {}
            Err(PollError::Other(e)) => {
                warn!(error = %e, "reading event reports failed; tried again")
            }
        }
        tokio::select! {
            _ = bot.cancel.cancelled() => return,
            _ = tokio::time::sleep(interval) => {}
        }
    }
}

/// Whether the bot's account may read the reports (for the start-up check).
pub async fn is_admin(bot: &Bot) -> Option<bool> {
    match page(bot, Kind::Event, 0, 1).await {
        Ok(_) => Some(true),
        Err(PollError::NotAdmin) => Some(false),
        Err(PollError::Other(_)) => None,
    }
}

async fn get(bot: &Bot, path: &str) -> Result<Value, PollError> {
    let token = bot.client.access_token().ok_or(PollError::NotAdmin)?;
    let url = format!(
        "{}{path}",
        bot.client.homeserver().as_str().trim_end_matches('/')
    );
    let resp = bot
        .client
        .http_client()
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .map_err(|e| PollError::Other(e.to_string()))?;
    let status = resp.status().as_u16();
    let body = resp
        .bytes()
        .await
        .map_err(|e| PollError::Other(e.to_string()))?;
    match status {
        200 => serde_json::from_slice(&body).map_err(|e| PollError::Other(e.to_string())),
        401 | 403 => Err(PollError::NotAdmin),
        s => Err(PollError::Other(format!("HTTP {s}"))),
    }
}

/// One page of reports, newest first, from `offset`.
async fn page(bot: &Bot, kind: Kind, offset: usize, limit: usize) -> Result<Value, PollError> {
    let path = kind.path();
    get(
        bot,
        &format!("/_synapse/admin/v1/{path}?dir=b&from={offset}&limit={limit}"),
    )
    .await
}

/// Read what is new since the cursor and hand it over, oldest first.
async fn poll(bot: &Bot, kind: Kind) -> Result<usize, PollError> {
    let store = bot.store.as_ref();
    let cursor = store
        .meta_get(kind.cursor())
        .map_err(|e| PollError::Other(e.to_string()))?
        .unwrap_or(0);
    let mut new: Vec<Value> = Vec::new();
    let mut offset = 0;
    'pages: loop {
        let v = page(bot, kind, offset, PAGE).await?;
        let reports = v[kind.path()].as_array().cloned().unwrap_or_default();
        for r in &reports {
            if r["id"].as_u64().is_none_or(|id| id <= cursor) {
                break 'pages;
            }
            new.push(r.clone());
        }
        match v["next_token"].as_u64() {
            Some(next) if !reports.is_empty() => offset = next as usize,
            _ => break,
        }
    }
    new.sort_by_key(|r| r["id"].as_u64());
    let n = new.len();
    for r in new {
        if bot.cancel.is_cancelled() {
            break;
        }
        let id = r["id"].as_u64().unwrap_or_default();
        let ev = match kind {
            Kind::Event => to_event(bot, &r).await,
            Kind::User => user_report_event(bot, &r).await,
        };
        if let Some(ev) = ev {
            bot.handle(&ev);
        }
        if let Err(e) = store.meta_set(kind.cursor(), id) {
            error!(error = %e, "cannot record the event-report cursor");
        }
    }
    Ok(n)
}

/// A report as the pipeline's event; `None` for reports outside the district's rooms.
async fn to_event(bot: &Bot, r: &Value) -> Option<BotEvent> {
    let report_id = r["id"].as_u64()?;
    let room_id: OwnedRoomId = r["room_id"].as_str()?.try_into().ok()?;
    let target: OwnedEventId = r["event_id"].as_str()?.try_into().ok()?;
    let place = match bot.client.get_room(&room_id) {
        Some(room) => bot.place_of(&room).await.map(|p| (room, p)),
        None => None,
    };
    let Some((room, place @ Place::District(_))) = place else {
        debug!(report = report_id, room = %room_id, "report outside the district's rooms: not the bot's");
        return None;
    };
    let excerpt = match room.event(&target, None).await {
        Ok(ev) => super::convert::from_raw(ev.raw(), room_id.as_str(), place.clone())
            .map(|(e, _)| words_of(&e.body))
            .unwrap_or_default(),
        Err(e) => {
            warn!(error = %e, report = report_id, "the reported message cannot be read");
            String::new()
        }
    };
    let text = |k: &str| r[k].as_str().unwrap_or_default().to_string();
    Some(BotEvent {
        event_id: format!("report:{report_id}"),
        room_id: room_id.to_string(),
        sender: text("user_id"),
        origin_ts_ms: r["received_ts"].as_u64().unwrap_or_default(),
        place,
        body: EventBody::Reported {
            report_id,
            target: target.to_string(),
            target_sender: text("sender"),
            reason: text("reason"),
            excerpt,
        },
        hops: 0,
        reply_to: None,
    })
}

/// A report of a user, as an event in the first district station room they are in.
async fn user_report_event(bot: &Bot, r: &Value) -> Option<BotEvent> {
    let report_id = r["id"].as_u64()?;
    let target: matrix_sdk::ruma::OwnedUserId = r["target_user_id"].as_str()?.try_into().ok()?;
    let mut found = None;
    for room in bot.client.joined_rooms() {
        let Some(place) = bot.place_of(&room).await else {
            continue;
        };
        let station = matches!(&place, Place::District(p) if matches!(p.kind, crate::core::district::RoomKind::Station(_)));
        let member = room.get_member_no_sync(&target).await.ok().flatten();
        if station
            && member.is_some_and(|m| {
                *m.membership() == matrix_sdk::ruma::events::room::member::MembershipState::Join
            })
        {
            found = Some((room.room_id().to_string(), place));
            break;
        }
    }
    let Some((room_id, place)) = found else {
        debug!(report = report_id, user = %target, "reported account is in no station room: not the bot's");
        return None;
    };
    let text = |k: &str| r[k].as_str().unwrap_or_default().to_string();
    Some(BotEvent {
        event_id: format!("user-report:{report_id}"),
        room_id,
        sender: text("user_id"),
        origin_ts_ms: r["received_ts"].as_u64().unwrap_or_default(),
        place,
        body: EventBody::Reported {
            report_id,
            target: crate::core::member_reports::model::user_target(target.as_str()),
            target_sender: target.to_string(),
            reason: text("reason"),
            excerpt: String::new(),
        },
        hops: 0,
        reply_to: None,
    })
}

/// What a reported message says, as its card quotes it.
fn words_of(body: &EventBody) -> String {
    match body {
        EventBody::Text { body, .. } | EventBody::Notice { body, .. } => body.clone(),
        EventBody::Media { kind, content, .. } => format!(
            "[{}] {}",
            kind.name(),
            content["body"].as_str().unwrap_or_default()
        ),
        EventBody::Edit { body, .. } => body.clone(),
        _ => String::new(),
    }
}
