#![recursion_limit = "256"]
//! The operator's endpoint against a running bot: `/healthz` says ready after the first sync,
//! `/metrics` (scraped over HTTP, as Prometheus does) counts what the bot did.

mod common;

use common::scene::station_scene;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn health_and_metrics_are_scraped() {
    let port = free_port();
    let s = station_scene(&format!("[metrics]\nlisten = \"127.0.0.1:{port}\"\n")).await;
    let http = reqwest::Client::new();
    let get = |path: &str| {
        let http = http.clone();
        let url = format!("http://127.0.0.1:{port}{path}");
        async move {
            let r = http.get(url).send().await.unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    let (status, body) = get("/healthz").await;
    assert_eq!((status, body.as_str()), (200, "ready\n"));

    let private = "my phone is 98765-43210, house behind the temple";
    s.vol.send(&s.vol_room, private).await;
    let help = s.vol.send(&s.vol_room, "!help").await;
    s.vol.reply_to(&help).await;
    // Neither message bodies nor secrets reach the log (even at debug for saathi).
    let log = s.bot.log();
    let token = s.bot.access_token();
    for secret in [private, common::PASSWORD, token.as_str()] {
        assert!(!log.contains(secret), "{secret:?} is in the log");
    }
    let (status, text) = get("/metrics").await;
    assert_eq!(status, 200);
    for want in [
        "saathi_events_total{outcome=\"handled\"}",
        "saathi_commands_total{command=\"help\"} 1",
        "saathi_actions_total{kind=\"reply\"}",
        "saathi_pipeline_seconds_count",
        "saathi_event_lag_seconds_bucket",
        "saathi_outbox_depth",
        "saathi_open_tickets 0",
        "saathi_ready 1",
    ] {
        assert!(text.contains(want), "{want} missing in:\n{text}");
    }
    // No message text or user id in any label.
    assert!(!text.contains("@vol") && !text.contains("!help"), "{text}");
    assert_eq!(get("/nothing").await.0, 404);
    let mut bot = s.bot;
    bot.stop().await;
}

/// A group room outside the configured district (here one a station's SHO made, so the bot
/// accepts the invite) is none of the bot's business: no command answered, nothing moderated.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_room_outside_the_district_is_ignored() {
    use matrix_sdk::ruma::UserId;
    use matrix_sdk::ruma::api::client::room::create_room;
    use matrix_sdk::ruma::events::room::member::MembershipState;

    let s = station_scene("").await;
    let mut req = create_room::v3::Request::new();
    req.room_alias_name = Some("elsewhere".into());
    req.invite = vec![
        UserId::parse(common::BOT).unwrap(),
        UserId::parse("@vol:localhost").unwrap(),
    ];
    let room = s.staff.client.create_room(req).await.unwrap();
    let id = room.room_id().to_owned();
    let joined = |user: &'static str| {
        let room = room.clone();
        async move {
            let user = UserId::parse(user).unwrap();
            for _ in 0..150 {
                room.sync_members().await.ok();
                if let Ok(Some(m)) = room.get_member_no_sync(&user).await
                    && *m.membership() == MembershipState::Join
                {
                    return;
                }
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
            panic!("{user} did not join");
        }
    };
    joined(common::BOT).await;
    let vol_room = s.vol.join(&id).await;
    joined("@vol:localhost").await;

    let help = s.staff.send(&room, "!help").await;
    let greeting = s.vol.send(&vol_room, "Good morning everyone 🌹🌹").await;
    // Answered in the station room: the bot is running and has read past those two.
    let sentinel = s.staff.send(&s.staff_room, "!help").await;
    s.staff.reply_to(&sentinel).await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let from_bot: Vec<String> = s
        .staff
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|m| m.room_id == id.as_str() && m.sender == common::BOT)
        .map(|m| m.body.clone())
        .collect();
    assert!(
        from_bot.is_empty(),
        "the bot spoke outside the district: {from_bot:?} (to {help})"
    );
    assert!(
        !s.staff.redacted.lock().unwrap().contains(&greeting),
        "the bot moderated outside the district"
    );
    let mut bot = s.bot;
    bot.stop().await;
}
