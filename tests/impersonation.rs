#![recursion_limit = "256"]
//! Impersonation against a real Synapse: a volunteer who takes a staff member's name, or a
//! police title with the district's name ("SH0 Testpur", zero for O), is flagged in the desk
//! and asked by DM; a harmless new name ends the case; an unchanged one is removed from the
//! room when the grace period is over. `!verify @user` tells police accounts from the rest.

mod common;

use std::time::Duration;

use common::scene::{StationScene, station_scene};
use common::*;

const VOL: &str = "@vol:localhost";

async fn rename(user: &User, name: &str) {
    user.client
        .account()
        .set_display_name(Some(name))
        .await
        .expect("set display name");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn look_alike_names_are_flagged_renames_clear_and_the_rest_are_removed() {
    let StationScene {
        hs,
        mut bot,
        staff,
        vol,
        station_id,
        vol_room,
        ..
    } = station_scene("[moderation]\nimpersonation_grace = \"15s\"\n").await;

    // The SHO's own name is remembered from their profile change…
    rename(&staff, "Rajesh Yadav").await;
    let sentinel = staff.send(&vol_room, "!help").await;
    staff.reply_to(&sentinel).await;
    // …so a volunteer who copies it (one letter off) is flagged, with the evidence.
    rename(&vol, "Rajesh Yadaw").await;
    let flag = staff
        .wait_for("the desk's flag of the copied name", |s| {
            s.body.contains("posing as the police") && s.body.contains("Rajesh Yadaw")
        })
        .await;
    assert!(
        flag.body.contains(VOL) && flag.body.contains("@sho-a:localhost"),
        "{}",
        flag.body
    );
    vol.accept_invites().await;
    vol.wait_for("the DM asking to change the name", |s| {
        s.sender == BOT && s.body.contains("Please change your name")
    })
    .await;

    // A harmless name ends the case: no removal follows.
    rename(&vol, "Vol Kumar").await;
    staff
        .wait_for("the desk told of the new name", |s| {
            s.body.contains("changed their name") && s.body.contains("Vol Kumar")
        })
        .await;
    tokio::time::sleep(Duration::from_secs(20)).await;
    assert_eq!(
        membership(&hs, &bot, &station_id, VOL).await.as_deref(),
        Some("join"),
        "a renamed member stays"
    );

    // A police title with the district's name, zero for O: flagged, then removed on time.
    rename(&vol, "SH0 Testpur").await;
    staff
        .wait_for("the desk's flag of the title", |s| {
            s.body.contains("posing as the police") && s.body.contains("SH0 Testpur")
        })
        .await;
    wait_membership(&hs, &bot, &station_id, VOL, "leave").await;
    staff
        .wait_for("the desk told of the removal", |s| {
            s.body.contains("did not change the name") && s.body.contains(VOL)
        })
        .await;

    // Anyone can ask whether an account is the police.
    let dm = vol.dm_bot().await;
    for (ask, want) in [
        ("!verify @sho-a:localhost", "official police account"),
        ("!verify @sp:localhost", "officer"),
        ("!verify @vol:localhost", "not a police account"),
    ] {
        let q = vol.send(&dm, ask).await;
        let answer = vol.reply_to(&q).await;
        assert!(answer.body.contains(want), "{ask}: {}", answer.body);
        assert!(
            answer.body.contains("never ask you for money"),
            "{}",
            answer.body
        );
    }
    bot.stop().await;
}
