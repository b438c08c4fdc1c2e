#![recursion_limit = "256"]
//! Tasks and the digest against a real Synapse, encrypted rooms and real clients: an officer
//! gives a task that needs a photo; `!done` without it is refused; the assignee's photo is
//! recorded with its hash and `!done` closes the task (the card says so); a task left undone
//! raises an overdue alert; `!digest today` posts numbers matching what happened, a PNG chart
//! and a CSV; `saathi verify-evidence` accepts the photo and rejects a changed copy.

mod common;

use common::scene::station_scene;
use common::*;
use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::ruma::OwnedRoomId;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_task_with_photo_evidence_an_overdue_alert_and_the_digest() {
    let s = station_scene("").await;
    let sp = User::login(&s.hs, "sp").await;
    let control_id = sp.room_by_alias("#testpur-control:localhost").await;
    let control = sp.join(&control_id).await;
    let in_control = |m: &Seen| m.room_id == control_id.as_str() && m.sender == BOT;
    // The constable joins the rooms provisioning invited them to (as staff do), so the bot
    // learns their device and can share the DM's room key with it.
    let constable = User::login(&s.hs, "const-a").await;
    constable.accept_invites().await;

    // Two messages in the station room, for the digest.
    s.vol
        .send(
            &s.vol_room,
            "Water logging near the tehsil gate since morning",
        )
        .await;
    s.vol
        .send(
            &s.vol_room,
            "The school bus route is blocked by the market crowd",
        )
        .await;

    let give = sp
        .send(
            &control,
            "!task @const-a:localhost Check the barricades at Gandhi chowk --due 10m --evidence photo",
        )
        .await;
    let card = sp
        .wait_for("the task card", |m| {
            in_control(m) && m.body.starts_with("📋 T-1")
        })
        .await;
    assert!(
        card.body.contains("@const-a:localhost: pending"),
        "{}",
        card.body
    );
    assert_ne!(card.event_id, give);
    constable.accept_invites().await;
    let dm_msg = constable
        .wait_for("the task DM", |m| {
            m.sender == BOT && m.body.contains("T-1") && m.body.contains("Gandhi chowk")
        })
        .await;
    let dm = constable
        .client
        .get_room(&OwnedRoomId::try_from(dm_msg.room_id.as_str()).unwrap())
        .unwrap();

    let early = constable.send(&dm, "!done T-1").await;
    let refused = constable.reply_to(&early).await;
    assert!(
        refused.body.contains("cannot be closed without evidence"),
        "{}",
        refused.body
    );

    let photo: Vec<u8> = (0..25_000u32).map(|i| (i * 17 % 249) as u8).collect();
    let sent = dm
        .send_attachment(
            "barricade.jpg",
            &mime::IMAGE_JPEG,
            photo.clone(),
            AttachmentConfig::new(),
        )
        .await
        .unwrap();
    let recorded = constable.reply_to(sent.event_id.as_str()).await;
    assert!(
        recorded.body.contains("recorded as evidence for T-1") && recorded.body.contains("sha256"),
        "{}",
        recorded.body
    );

    let done = constable
        .send(&dm, "!done T-1 all barricades in place")
        .await;
    let ok = constable.reply_to(&done).await;
    assert!(ok.body.contains("T-1 is done"), "{}", ok.body);
    sp.wait_for("the card edited to done", |m| {
        in_control(m)
            && m.content["m.relates_to"]["event_id"] == card.event_id.as_str()
            && m.content["m.new_content"]["body"]
                .as_str()
                .is_some_and(|b| b.contains("done ✅") && b.contains("all barricades in place"))
    })
    .await;

    // A task left undone: the giver is alerted when it is overdue.
    sp.send(
        &control,
        "!task @const-a:localhost Submit the night patrol log --due 6s --evidence none",
    )
    .await;
    sp.wait_for("the overdue alert", |m| {
        in_control(m) && m.body.contains("T-2") && m.body.contains("overdue")
    })
    .await;

    // The digest of today: the numbers of what happened above.
    let ask = sp.send(&control, "!digest today").await;
    let digest = sp.reply_to(&ask).await;
    assert!(
        digest.body.contains("Station a: messages 2"),
        "{}",
        digest.body
    );
    assert!(
        digest
            .body
            .contains("District (control room): tasks done 1, tasks overdue 1"),
        "{}",
        digest.body
    );
    let chart = sp
        .wait_for("the chart", |m| {
            in_control(m) && m.msgtype == "m.image" && m.body.ends_with(".png")
        })
        .await;
    let png = sp.download(&chart.content).await;
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1080);
    println!("digest chart: {} bytes", png.len());
    sp.wait_for("the CSV", |m| {
        in_control(m) && m.msgtype == "m.file" && m.body.ends_with(".csv")
    })
    .await;

    // The evidence check, with the bot stopped (its store admits one process).
    let mut bot = s.bot;
    bot.stop().await;
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("barricade.jpg");
    std::fs::write(&original, &photo).unwrap();
    let mut changed = photo.clone();
    changed[100] ^= 1;
    let tampered = dir.path().join("tampered.jpg");
    std::fs::write(&tampered, &changed).unwrap();
    let check = |file: &std::path::Path| {
        bot.command()
            .arg("verify-evidence")
            .arg(file)
            .arg("T-1")
            .output()
            .unwrap()
    };
    let out = check(&original);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && text.contains("MATCH: evidence #1 of T-1"),
        "{text}"
    );
    assert!(
        text.contains("@const-a:localhost") && text.contains(sent.event_id.as_str()),
        "{text}"
    );
    let out = check(&tampered);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("NO MATCH"), "{text}");
}
