#![recursion_limit = "256"]
//! The greeting filter against a real Synapse: a volunteer's greeting is redacted (seen by
//! another member's client) and its sender reminded once a day by DM; content is kept; staff
//! are exempt.

mod common;

use std::time::Duration;

use common::scene::{StationScene, station_scene};
use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn greetings_are_removed_content_is_kept() {
    let StationScene {
        hs: _hs, // keeps Synapse running (unbound fields are dropped at once)
        mut bot,
        staff,
        vol,
        staff_room,
        vol_room: room,
        ..
    } = station_scene("").await;

    let greeting = vol.send(&room, "G00d m0rning 🙏🌹").await;
    wait_until(
        Duration::from_secs(60),
        || staff.redacted.lock().unwrap().contains(&greeting),
        || format!("greeting not redacted; bot log:\n{}", bot.log()),
    )
    .await;
    vol.accept_invites().await;
    vol.wait_for("the reminder DM", |s| {
        s.sender == BOT && s.body.contains("only greetings")
    })
    .await;

    let second = vol.send(&room, "शुभ रात्रि सभी को").await;
    let content = vol
        .send(&room, "good morning sir, market mein jhagda ho raha hai")
        .await;
    let staff_hello = staff.send(&staff_room, "good morning all").await;
    wait_until(
        Duration::from_secs(60),
        || staff.redacted.lock().unwrap().contains(&second),
        || "second greeting not redacted".into(),
    )
    .await;
    // Everything before this command has been handled once its reply is here.
    let sentinel = vol.send(&room, "!help").await;
    vol.reply_to(&sentinel).await;
    let redacted = staff.redacted.lock().unwrap().clone();
    assert!(
        !redacted.contains(&content),
        "a message with content must stay"
    );
    assert!(!redacted.contains(&staff_hello), "staff are exempt");
    let reminders = vol
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|s| s.sender == BOT && s.body.contains("only greetings"))
        .count();
    assert_eq!(reminders, 1, "reminded at most once a day");
    bot.stop().await;
}

const VOL: &str = "@vol:localhost";

/// A desk reply of the bot to `event`, and the action id in it (`[abc123]`).
async fn action_id(staff: &User, event: &str) -> String {
    let reply = staff.reply_to(event).await;
    let start = reply.body.find('[').expect("an action id") + 1;
    reply.body[start..start + 6].to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn flood_mute_lifts_on_time_undo_restores_dry_run_changes_nothing() {
    let StationScene {
        hs,
        mut bot,
        staff,
        vol,
        station_id: id,
        vol_room: room,
        desk_id,
        desk,
        ..
    } = station_scene("[moderation]\nflood = \"3/60s\"\nflood_mute = \"15s\"\n").await;

    // 1. A flood: the fourth message within a minute mutes for 15 s, enforced by Synapse.
    for i in 0..4 {
        vol.send(&room, &format!("update number {i} from the market"))
            .await;
    }
    let muted_at = std::time::Instant::now();
    wait_until(
        Duration::from_secs(60),
        || {
            staff
                .seen
                .lock()
                .unwrap()
                .iter()
                .any(|s| s.room_id == desk_id.as_str() && s.body.contains("flooding"))
        },
        || format!("no flood line in the desk; bot log:\n{}", bot.log()),
    )
    .await;
    let muted = wait_can_post(&hs, &bot, &id, VOL, false, 10).await;
    assert!(muted.is_some(), "flood did not mute; log:\n{}", bot.log());
    let refused = room
        .send(
            matrix_sdk::ruma::events::room::message::RoomMessageEventContent::text_plain(
                "still here?",
            ),
        )
        .await;
    assert!(
        refused.is_err(),
        "the homeserver must refuse a muted member's message"
    );
    // Lifts on time (15 s, the ticker looks every 5 s), across a restart in between.
    bot.stop().await;
    bot.start().await;
    wait_can_post(&hs, &bot, &id, VOL, true, 40)
        .await
        .unwrap_or_else(|| panic!("mute never lifted; log:\n{}", bot.log()));
    let lifted = muted_at.elapsed();
    assert!(
        lifted >= Duration::from_secs(14) && lifted <= Duration::from_secs(40),
        "mute lifted after {lifted:?}"
    );
    vol.send(&room, "I can post again").await;

    // 2. A manual mute, reversed with !undo.
    let cmd = staff.send(&desk, "!mute @vol:localhost 10m spamming").await;
    let action = action_id(&staff, &cmd).await;
    assert!(
        wait_can_post(&hs, &bot, &id, VOL, false, 30)
            .await
            .is_some(),
        "manual mute not applied"
    );
    let undo = staff.send(&desk, &format!("!undo {action}")).await;
    let reply = staff.reply_to(&undo).await;
    assert!(reply.body.contains("can speak again"), "{}", reply.body);
    assert!(
        wait_can_post(&hs, &bot, &id, VOL, true, 30).await.is_some(),
        "undo did not unmute"
    );

    // 3. Dry run: the decision is posted to the desk, the room is left alone.
    let on = staff.send(&desk, "!dryrun on").await;
    staff.reply_to(&on).await;
    let greeting = vol.send(&room, "good morning 🙏").await;
    wait_until(
        Duration::from_secs(60),
        || {
            staff.seen.lock().unwrap().iter().any(|s| {
                s.room_id == desk_id.as_str()
                    && s.body.starts_with("🧪 dry run")
                    && s.body.contains(&greeting)
            })
        },
        || format!("no dry-run line; log:\n{}", bot.log()),
    )
    .await;
    let sentinel = vol.send(&room, "!help").await;
    vol.reply_to(&sentinel).await;
    assert!(
        !staff.redacted.lock().unwrap().contains(&greeting),
        "dry run must not redact"
    );
    assert!(can_post(&hs, &bot, &id, VOL).await);
    bot.stop().await;
}
