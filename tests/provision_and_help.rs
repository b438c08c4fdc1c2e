#![recursion_limit = "256"]
//! Provisioning against a real Synapse is exact (SPEC §3–§4) and idempotent, and `!help`
//! answers in encrypted rooms and DMs, read back by a second real client with E2EE.

mod common;

use common::*;
use serde_json::json;

async fn check_room(
    hs: &Synapse,
    bot: &BotProcess,
    user: &User,
    alias: &str,
    join_rule: &str,
    encrypted: bool,
    levels: &[(&str, i64)],
) -> serde_json::Value {
    let id = user.room_by_alias(alias).await;
    let st = room_state(hs, bot, &id).await;
    let get = |t: &str, k: &str| st.get(&(t.to_string(), k.to_string())).cloned();
    assert_eq!(
        get("m.room.join_rules", "").unwrap()["join_rule"],
        json!(join_rule),
        "{alias}"
    );
    assert_eq!(
        get("m.room.encryption", "").is_some(),
        encrypted,
        "{alias} encryption"
    );
    assert_eq!(
        get("m.room.canonical_alias", "").unwrap()["alias"],
        json!(alias)
    );
    assert_eq!(
        get("m.room.guest_access", "").unwrap()["guest_access"],
        json!("forbidden")
    );
    let name = get("m.room.name", "").unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        name.contains(" · ") && name.chars().any(|c| ('\u{900}'..='\u{97f}').contains(&c)),
        "bilingual name: {name}"
    );
    let pl = get("m.room.power_levels", "").unwrap();
    for (u, l) in levels {
        assert_eq!(pl["users"][u], json!(l), "{u} in {alias}: {pl}");
    }
    assert!(
        pl["users"].get(BOT).is_none(),
        "room v12: the creator is not listed"
    );
    json!({ "id": id.to_string(), "state": st.into_iter().map(|((t, k), v)| format!("{t}|{k}|{v}")).collect::<Vec<_>>() })
}

/// The `type|state_key|content` lines `check_room` returned.
fn state_lines(room: &serde_json::Value) -> Vec<&str> {
    room["state"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn provision_is_exact_and_idempotent_and_help_answers_encrypted() {
    let hs = Synapse::start();
    register_all(&hs, &["a", "b", "c"], &["vol"]).await;
    let mut bot = BotProcess::new(&config_toml(&hs, &["a", "b"]));

    let first = bot.provision();
    assert!(
        first.contains("[8/8] #thana-b-desk:localhost created"),
        "{first}"
    );
    assert!(first.contains("Done: 8 rooms (8 created"), "{first}");
    let second = bot.provision();
    assert!(
        second.contains("Nothing to change: all 8 rooms are as configured."),
        "{second}"
    );

    let officer = User::login(&hs, "sp").await;
    let sp = "@sp:localhost";
    let space = check_room(
        &hs,
        &bot,
        &officer,
        "#testpur:localhost",
        "knock",
        false,
        &[(sp, 100)],
    )
    .await;
    check_room(
        &hs,
        &bot,
        &officer,
        "#testpur-control:localhost",
        "invite",
        true,
        &[
            (sp, 100),
            ("@sho-a:localhost", 50),
            ("@sho-b:localhost", 50),
        ],
    )
    .await;
    check_room(
        &hs,
        &bot,
        &officer,
        "#testpur-announcements:localhost",
        "knock",
        true,
        &[(sp, 100)],
    )
    .await;
    let station = check_room(
        &hs,
        &bot,
        &officer,
        "#thana-a:localhost",
        "knock",
        true,
        &[
            (sp, 100),
            ("@sho-a:localhost", 50),
            ("@const-a:localhost", 50),
        ],
    )
    .await;
    check_room(
        &hs,
        &bot,
        &officer,
        "#thana-a-desk:localhost",
        "invite",
        true,
        &[(sp, 100), ("@sho-a:localhost", 50)],
    )
    .await;
    check_room(
        &hs,
        &bot,
        &officer,
        "#thana-b-desk:localhost",
        "invite",
        true,
        &[("@const-b:localhost", 50)],
    )
    .await;

    // Space links: the space is an m.space with 6 children, each child points back.
    let space_id = space["id"].as_str().unwrap();
    let space_state = state_lines(&space);
    assert!(
        space_state
            .iter()
            .any(|s| s.starts_with("m.room.create||") && s.contains("\"type\":\"m.space\""))
    );
    assert_eq!(
        space_state
            .iter()
            .filter(|s| s.starts_with("m.space.child|"))
            .count(),
        7
    );
    let station_state = state_lines(&station);
    assert!(
        station_state
            .iter()
            .any(|s| s.starts_with(&format!("m.space.parent|{space_id}|")))
    );
    assert!(
        station_state
            .iter()
            .any(|s| s.starts_with("m.room.member|@const-a:localhost|") && s.contains("invite"))
    );
    assert!(
        station_state
            .iter()
            .any(|s| s.starts_with("m.room.events_default") || s.contains("\"events_default\":0"))
    );

    // A config change (station c, const-a removed from a) is applied by running it again.
    let changed = config_toml(&hs, &["a", "b", "c"]).replace(
        "[[districts.staff]]\nuser = \"@const-a:localhost\"\nstation = \"a\"\n",
        "",
    );
    std::fs::write(bot.config(), changed).unwrap();
    let third = bot.provision();
    assert!(
        third.contains("#thana-c:localhost created")
            && third.contains("#thana-a:localhost exists, set m.room.power_levels"),
        "{third}"
    );
    assert!(bot.provision().contains("Nothing to change: all 10 rooms"));
    let a = officer.room_by_alias("#thana-a:localhost").await;
    let pl = room_state(&hs, &bot, &a).await[&("m.room.power_levels".to_string(), String::new())]
        .clone();
    assert!(
        pl["users"].get("@const-a:localhost").is_none(),
        "removed staff is demoted: {pl}"
    );

    // The bot answers !help in an encrypted station room and in an encrypted DM.
    bot.start().await;
    let staff = User::login(&hs, "sho-a").await;
    let station_room = staff.join(&a).await;
    let vol = User::login(&hs, "vol").await;
    invite_as_bot(&hs, &bot, &a, "@vol:localhost").await;
    let vol_room = vol.join(&a).await;

    let v_ev = vol.send(&vol_room, "!help").await;
    let v_reply = vol.reply_to(&v_ev).await;
    assert!(v_reply.notice && v_reply.sender == BOT, "{v_reply:?}");
    assert!(
        v_reply.body.starts_with("Commands you can use here:"),
        "{}",
        v_reply.body
    );
    let s_ev = staff.send(&station_room, "!help").await;
    let s_reply = staff.reply_to(&s_ev).await;
    assert!(
        v_reply.body.lines().count() < s_reply.body.lines().count(),
        "volunteer:\n{}\nstaff:\n{}",
        v_reply.body,
        s_reply.body
    );
    assert!(s_reply.body.contains("!warn") && !v_reply.body.contains("!warn"));
    // A station room's help names the private way to ask to join and to report.
    assert!(
        v_reply.body.contains("Everything written here") && v_reply.body.contains("!join"),
        "{}",
        v_reply.body
    );
    // Others see the bot by its configured name (the default, here); it is set beside the start.
    let url = format!("{}/_matrix/client/v3/profile/{BOT}/displayname", hs.url());
    let mut profile = serde_json::Value::Null;
    for _ in 0..60 {
        profile = reqwest::get(&url).await.unwrap().json().await.unwrap();
        if profile["displayname"] == "साथी Saathi" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    assert_eq!(profile["displayname"], "साथी Saathi", "{profile}");
    // …and its built-in avatar.
    let url = format!("{}/_matrix/client/v3/profile/{BOT}/avatar_url", hs.url());
    let mut avatar = serde_json::Value::Null;
    for _ in 0..60 {
        avatar = reqwest::get(&url).await.unwrap().json().await.unwrap();
        if avatar["avatar_url"]
            .as_str()
            .is_some_and(|u| u.starts_with("mxc://"))
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    assert!(
        avatar["avatar_url"]
            .as_str()
            .is_some_and(|u| u.starts_with("mxc://")),
        "{avatar}"
    );

    let dm = vol.dm_bot().await;
    // A new direct chat gets a hello with what can be done there.
    vol.wait_for("the hello in a new DM", |m| {
        m.room_id == dm.room_id().as_str()
            && m.sender == BOT
            && m.body.starts_with("Hello! I am Saathi")
    })
    .await;
    let d_ev = vol.send(&dm, "!help").await;
    let d_reply = vol.reply_to(&d_ev).await;
    assert!(d_reply.body.contains("!join"), "{}", d_reply.body);
    let bad = vol.send(&dm, "!frobnicate now").await;
    assert!(
        vol.reply_to(&bad)
            .await
            .body
            .contains("“!frobnicate” is not a command")
    );

    bot.stop().await;
}
