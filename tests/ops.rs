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
