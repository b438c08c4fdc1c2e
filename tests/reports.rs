#![recursion_limit = "256"]
//! Emergency words against a real Synapse: one alert in the desk and one 112 reply per
//! message, and a second emergency message within the interval raises nothing more.

mod common;

use common::scene::station_scene;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_emergency_word_raises_one_alert_and_one_112_reply() {
    let s = station_scene("").await;
    let fire = s
        .vol
        .send(&s.vol_room, "Sadar bazaar mein AAG lagi hai, jaldi aao")
        .await;
    let reply = s.vol.reply_to(&fire).await;
    assert!(reply.body.contains("112"), "{}", reply.body);
    s.staff
        .wait_for("the desk alert", |m| {
            m.room_id == s.desk_id.as_str() && m.body.contains("aag") && m.body.contains(&fire)
        })
        .await;
    // A second message within the interval: no more alerts or replies.
    let again = s.vol.send(&s.vol_room, "aag badh rahi hai").await;
    let sentinel = s.vol.send(&s.vol_room, "!help").await;
    s.vol.reply_to(&sentinel).await;
    assert!(
        s.vol.replies_to(&again).is_empty(),
        "one alert per interval"
    );
    assert!(
        s.vol.replies_to(&fire).len() == 1,
        "one 112 reply per message"
    );
    let alerts = s
        .staff
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|m| m.room_id == s.desk_id.as_str() && m.body.starts_with("🚨"))
        .count();
    assert_eq!(alerts, 1);
    let mut bot = s.bot;
    bot.stop().await;
}
