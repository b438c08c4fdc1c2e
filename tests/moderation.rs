#![recursion_limit = "256"]
//! The greeting filter against a real Synapse: a volunteer's greeting is redacted (seen by
//! another member's client) and its sender reminded once a day by DM; content is kept; staff
//! are exempt.

mod common;

use std::time::Duration;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn greetings_are_removed_content_is_kept() {
    let hs = Synapse::start();
    register_all(&hs, &["a"], &["vol"]).await;
    let mut bot = BotProcess::new(&config_toml(&hs, &["a"]));
    bot.provision();
    bot.start().await;
    let staff = User::login(&hs, "sho-a").await;
    let id = staff.room_by_alias("#thana-a:localhost").await;
    let staff_room = staff.join(&id).await;
    let vol = User::login(&hs, "vol").await;
    invite_as_bot(&hs, &bot, &id, "@vol:localhost").await;
    let room = vol.join(&id).await;

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
