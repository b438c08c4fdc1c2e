#![recursion_limit = "256"]
//! What officers, staff and volunteers see in their client (issue #18), against a real
//! Synapse read by second real clients: the officer is invited to (and can join) every station
//! room and desk, staff are in the district space; a constable who joins the desk late gets a
//! briefing by DM with every open card; a broadcast's progress edits are at least a second
//! apart, end with the whole count, and a final reply follows; the copy names the office.

mod common;

use std::time::Duration;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn officers_reach_every_station_room_and_desk_and_staff_are_in_the_space() {
    let hs = Synapse::start();
    register_all(&hs, &["a", "b"], &[]).await;
    let bot = BotProcess::new(&config_toml(&hs, &["a", "b"]));
    bot.provision();
    assert!(
        bot.provision().contains("Nothing to change"),
        "a second run changes nothing"
    );
    let sp = User::login(&hs, "sp").await;
    let space = sp.room_by_alias("#testpur:localhost").await;
    for staff in [
        "@sho-a:localhost",
        "@const-a:localhost",
        "@const-b:localhost",
    ] {
        assert_eq!(
            membership(&hs, &bot, &space, staff).await.as_deref(),
            Some("invite"),
            "{staff} in the space"
        );
    }
    for s in ["a", "b"] {
        for alias in [
            format!("#thana-{s}:localhost"),
            format!("#thana-{s}-desk:localhost"),
        ] {
            let id = sp.room_by_alias(&alias).await;
            assert_eq!(
                membership(&hs, &bot, &id, "@sp:localhost").await.as_deref(),
                Some("invite"),
                "the officer in {alias}"
            );
            // Joining works (it failed with "not invited" before).
            sp.join(&id).await;
            wait_membership(&hs, &bot, &id, "@sp:localhost", "join").await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_constable_joining_the_desk_late_is_briefed_by_dm() {
    let scene = common::scene::station_scene("").await;
    let (hs, bot) = (&scene.hs, &scene.bot);
    scene
        .vol
        .send(
            &scene.vol_room,
            "!report a chain was snatched near the bus stand",
        )
        .await;
    scene
        .staff
        .wait_for("the ticket card", |m| {
            m.sender == BOT && m.room_id == scene.desk_id.as_str() && m.body.contains("A-1")
        })
        .await;
    let task = "!task @sho-a:localhost Check the barricades at Gandhi chowk";
    scene.staff.send(&scene.desk, task).await;
    scene
        .staff
        .wait_for("the task card", |m| {
            m.sender == BOT && m.body.contains("T-1")
        })
        .await;

    // The constable, invited by provisioning, joins the desk only now.
    let constable = User::login(hs, "const-a").await;
    wait_membership(hs, bot, &scene.desk_id, "@const-a:localhost", "invite").await;
    constable.join(&scene.desk_id).await;
    let dm = wait_for_briefing(&constable).await;
    for want in [
        "Welcome to the Station a desk",
        "Unable to decrypt",
        "Open tickets (1)",
        "A-1",
        "a chain was snatched near the bus stand",
        "Pending join requests: none.",
        "Open tasks (1)",
        "T-1",
        "Check the barricades at Gandhi chowk",
    ] {
        assert!(
            dm.body.contains(want),
            "{want} in the briefing:\n{}",
            dm.body
        );
    }
    assert_ne!(dm.room_id, scene.desk_id.as_str(), "a DM, not the desk");
}

/// The briefing arrives in a DM the bot opens: accept its invite as it comes.
async fn wait_for_briefing(u: &User) -> Seen {
    for _ in 0..300 {
        for r in u.client.invited_rooms() {
            u.join(&r.room_id().to_owned()).await;
        }
        if let Some(m) = u
            .seen
            .lock()
            .unwrap()
            .iter()
            .find(|m| m.sender == BOT && m.body.contains("Welcome to the"))
        {
            return m.clone();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("no briefing; seen: {:#?}", u.seen.lock().unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn broadcast_progress_is_paced_and_ends_with_a_final_reply() {
    let hs = Synapse::start();
    let stations = ["a", "b", "c", "d"];
    register_all(&hs, &stations, &[]).await;
    let mut bot = BotProcess::new(&config_toml(&hs, &stations));
    bot.provision();
    bot.start().await;
    let sp = User::login(&hs, "sp").await;
    let (control, targets) = officer_with_broadcast_targets(&hs, &bot, &sp, &stations).await;
    let warm = sp.send(&control, "!help").await;
    sp.reply_to(&warm).await;

    let cmd = sp
        .send(&control, "!broadcast Road closed at the ghat tonight")
        .await;
    let progress = sp.reply_to(&cmd).await;
    let done = sp
        .wait_for("the final reply", |m| {
            m.sender == BOT && m.in_reply_to.as_deref() == Some(progress.event_id.as_str())
        })
        .await;
    assert!(
        done.body
            .contains("Broadcast done: delivered to all 5 rooms"),
        "{}",
        done.body
    );
    assert!(
        done.content["m.mentions"]["user_ids"][0] == "@sp:localhost",
        "the officer is mentioned: {}",
        done.content
    );
    // Copies name the office that sent them.
    for room in &targets {
        let copy = sp
            .wait_for("a copy", |m| {
                m.room_id == room.as_str() && m.body.contains("Road closed at the ghat")
            })
            .await;
        assert!(
            copy.body.contains("From SP Testpur's office"),
            "{}",
            copy.body
        );
    }
    // Every edit of the progress at least a second after the one before; the last one shows
    // the whole count, and the final reply comes after it.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let edits: Vec<Seen> = sp
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|m| m.content["m.relates_to"]["event_id"] == progress.event_id.as_str())
        .filter(|m| m.content["m.relates_to"]["rel_type"] == "m.replace")
        .cloned()
        .collect();
    assert!(!edits.is_empty(), "the progress was edited");
    for pair in edits.windows(2) {
        assert!(
            pair[1].ts >= pair[0].ts + 1000,
            "edits {} ms apart: {edits:#?}",
            pair[1].ts - pair[0].ts
        );
    }
    let last = edits.last().unwrap();
    assert!(
        last.content["m.new_content"]["body"]
            .as_str()
            .is_some_and(|b| b.contains("Broadcast finished: delivered 5/5")),
        "{last:#?}"
    );
    assert!(done.ts >= last.ts, "the final reply follows the last edit");
    bot.stop().await;
}
