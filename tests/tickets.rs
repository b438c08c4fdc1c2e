#![recursion_limit = "256"]
//! Tickets against a real Synapse, encrypted rooms and real clients: a volunteer reports in the
//! station room and sends a photo; the desk gets the card and the photo (decrypted and
//! uploaded again, byte-identical); the public copies are removed and the reporter hears by DM;
//! not acknowledged in time → one alert in the control room, kept once across a restart;
//! not resolved in time → escalated again; `!ack` and ✅ on the card reach the reporter.

mod common;

use std::time::Duration;

use common::scene::station_scene;
use common::{Seen, User, wait_until};
use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::ruma::events::reaction::ReactionEventContent;
use matrix_sdk::ruma::events::relation::Annotation;
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId};

fn count(u: &User, pred: impl Fn(&Seen) -> bool) -> usize {
    u.seen.lock().unwrap().iter().filter(|m| pred(m)).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_ticket_with_a_photo_from_report_to_resolution() {
    let s = station_scene("[reports]\nack_within = \"6s\"\nresolve_within = \"25s\"\n").await;
    let control_id: OwnedRoomId = s.staff.room_by_alias("#testpur-control:localhost").await;
    s.staff.join(&control_id).await;
    let is_control = |m: &Seen| m.room_id == control_id.as_str();

    // The report, then a photo within the evidence window.
    let report = s
        .vol
        .send(
            &s.vol_room,
            "!report Chain snatching near Gandhi park, two men on a bike",
        )
        .await;
    let photo: Vec<u8> = (0..40_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let sent = s
        .vol_room
        .send_attachment(
            "bike.jpg",
            &mime::IMAGE_JPEG,
            photo.clone(),
            AttachmentConfig::new(),
        )
        .await
        .unwrap();
    let photo_event = sent.event_id.to_string();

    // The desk: the card and the photo, uploaded anew (not the volunteer's file).
    let card = s
        .staff
        .wait_for("the ticket card", |m| {
            m.room_id == s.desk_id.as_str() && m.body.starts_with("🎫 A-1") && m.notice
        })
        .await;
    assert!(card.body.contains("Gandhi park"), "{}", card.body);
    let copy = s
        .staff
        .wait_for("the photo in the desk", |m| {
            m.room_id == s.desk_id.as_str() && m.msgtype == "m.image"
        })
        .await;
    assert!(copy.body.contains("A-1"), "caption: {}", copy.body);
    assert_eq!(copy.content["filename"], "bike.jpg");
    let original = s
        .staff
        .wait_for("the volunteer's photo", |m| m.event_id == photo_event)
        .await;
    assert_ne!(
        copy.content["file"]["url"], original.content["file"]["url"],
        "the desk copy must not point at the volunteer's upload"
    );
    assert_eq!(s.staff.download(&copy.content).await, photo);

    // The public copies are removed; the reporter hears by DM.
    wait_until(
        Duration::from_secs(30),
        || {
            let r = s.vol.redacted.lock().unwrap();
            r.contains(&report) && r.contains(&photo_event)
        },
        || format!("redacted: {:?}", s.vol.redacted.lock().unwrap()),
    )
    .await;
    s.vol.accept_invites().await;
    let in_dm =
        |m: &Seen| m.room_id != s.station_id.as_str() && m.sender == common::BOT && m.notice;
    s.vol
        .wait_for("the report's DM", |m| in_dm(m) && m.body.contains("A-1"))
        .await;
    s.vol
        .wait_for("the photo's DM", |m| {
            in_dm(m) && m.body.contains("attached")
        })
        .await;

    // Not acknowledged within 6 s: one alert in the control room, not repeated by a restart.
    let ack_alert =
        |m: &Seen| is_control(m) && m.body.contains("A-1") && m.body.contains("not acknowledged");
    s.staff.wait_for("the first escalation", ack_alert).await;
    let mut bot = s.bot;
    bot.stop().await;
    bot.start().await;
    // Not resolved within 25 s: escalated again, after the restart.
    let resolve_alert =
        |m: &Seen| is_control(m) && m.body.contains("A-1") && m.body.contains("not resolved");
    s.staff
        .wait_for("the second escalation", resolve_alert)
        .await;
    assert_eq!(count(&s.staff, ack_alert), 1, "the first escalation once");

    // Staff acknowledge by command and resolve with ✅ on the card.
    let ack = s.staff.send(&s.desk, "!ack A-1").await;
    let done = s.staff.reply_to(&ack).await;
    assert!(
        done.body.contains("acknowledged by @sho-a"),
        "{}",
        done.body
    );
    s.vol
        .wait_for("the acknowledgement DM", |m| {
            in_dm(m) && m.body.contains("acknowledged")
        })
        .await;
    let card_id = OwnedEventId::try_from(card.event_id.as_str()).unwrap();
    s.desk
        .send(ReactionEventContent::new(Annotation::new(
            card_id,
            "✅".into(),
        )))
        .await
        .unwrap();
    s.vol
        .wait_for("the resolution DM", |m| {
            in_dm(m) && m.body.contains("resolved")
        })
        .await;
    s.staff
        .wait_for("the card edited to resolved", |m| {
            m.room_id == s.desk_id.as_str()
                && m.body.contains("A-1")
                && m.body.contains("resolved by @sho-a")
        })
        .await;
    let list = s.staff.send(&s.desk, "!tickets").await;
    let open = s.staff.reply_to(&list).await;
    assert!(open.body.contains("(open): 0"), "{}", open.body);
    assert_eq!(
        count(&s.staff, resolve_alert),
        1,
        "the second escalation once"
    );
    bot.stop().await;

    // Everything is in the export.
    let rows = bot.export_json("tickets");
    let t = &rows[0];
    assert_eq!(t["id"], "A-1");
    assert_eq!(t["resolved_by"], "@sho-a:localhost");
    assert_eq!(t["escalated"], "resolve");
    assert!(
        t["evidence"].as_str().unwrap().contains(&photo_event),
        "{t}"
    );
}
