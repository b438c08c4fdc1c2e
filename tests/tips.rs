#![recursion_limit = "256"]
//! Anonymous tips against a real Synapse, read with real E2EE clients: a tip sent to the bot
//! in a DM reaches the station desk with no trace of its sender (the desk events' sender,
//! content and the photo's bytes are checked by the SHO's client); the police's reply reaches
//! the tipster and the tipster's reply comes back into the card's thread; `!reveal` in the
//! control room names the sender, is audited and the tipster is told; `saathi export tips`
//! leaves identities out.

mod common;

use common::scene::station_scene;
use common::{BOT, Seen, User};
use matrix_sdk::attachment::AttachmentConfig;
use serde_json::json;

const VOL: &str = "@vol:localhost";

/// A JPEG carrying an EXIF block with the owner's name and a GPS position.
fn photo_with_exif() -> Vec<u8> {
    let img = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, 120]));
    let mut plain = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 90)
        .encode_image(&img)
        .unwrap();
    let mut app1 = b"Exif\0\0II*\0\x08\0\0\0".to_vec();
    app1.extend(b"OWNER=Vol Kumar;GPS=26.8467N,80.9462E");
    let mut out = plain[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(((app1.len() + 2) as u16).to_be_bytes());
    out.extend(app1);
    out.extend(&plain[2..]);
    out
}

fn shows_vol(m: &Seen) -> bool {
    let all = m.content.to_string();
    all.contains(VOL) || all.contains("Vol Kumar") || all.contains("vol_home")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_tip_goes_both_ways_without_its_sender_and_is_revealed_only_on_record() {
    let s = station_scene("").await;
    let is_desk = |m: &Seen| m.room_id == s.desk_id.as_str();
    s.vol
        .client
        .account()
        .set_display_name(Some("Vol Kumar"))
        .await
        .unwrap();
    let dm = s.vol.dm_bot().await;

    // The tip and a photo: the desk gets the card and a clean copy, from the bot.
    let tip = s
        .vol
        .send(&dm, "!tip smack is sold behind the bus stand after 10 pm")
        .await;
    let opened = s.vol.reply_to(&tip).await;
    assert!(opened.body.contains("TIP-1"), "{}", opened.body);
    let photo = photo_with_exif();
    dm.send_attachment(
        "vol_home_IMG.jpg",
        &mime::IMAGE_JPEG,
        photo.clone(),
        AttachmentConfig::new(),
    )
    .await
    .unwrap();
    let card = s
        .staff
        .wait_for("the tip card", |m| {
            is_desk(m) && m.body.contains("TIP-1") && m.notice
        })
        .await;
    assert!(
        card.body.contains("anonymous") && card.body.contains("bus stand"),
        "{}",
        card.body
    );
    let copy = s
        .staff
        .wait_for("the photo in the desk", |m| {
            is_desk(m) && m.msgtype == "m.image"
        })
        .await;
    for m in [&card, &copy] {
        assert_eq!(m.sender, BOT);
        assert!(!shows_vol(m), "the desk sees the tipster: {}", m.content);
    }
    assert_eq!(copy.content["filename"], "photo.jpg");
    assert!(copy.content["info"].get("thumbnail_file").is_none());
    let bytes = s.staff.download(&copy.content).await;
    assert!(!bytes.windows(4).any(|w| w == b"Exif"), "EXIF went along");
    assert!(!bytes.windows(3).any(|w| w == b"GPS"));
    assert_eq!(image::load_from_memory(&bytes).unwrap().width(), 64);

    // The SHO answers; the tipster replies to that DM; it comes back under the card.
    let ask = s
        .staff
        .send(&s.desk, "!reply TIP-1 Which bus stand, the old or the new?")
        .await;
    s.staff.reply_to(&ask).await;
    let relayed = s
        .vol
        .wait_for("the police's question", |m| {
            m.sender == BOT && m.body.contains("the old or the new")
        })
        .await;
    dm.send_raw(
        "m.room.message",
        json!({
            "msgtype": "m.text",
            "body": "The new one, near the canal",
            "m.relates_to": { "m.in_reply_to": { "event_id": relayed.event_id } },
        }),
    )
    .await
    .unwrap();
    let back = s
        .staff
        .wait_for("the tipster's answer in the desk", |m| {
            is_desk(m) && m.body.contains("near the canal")
        })
        .await;
    assert_eq!(back.sender, BOT);
    assert!(!shows_vol(&back), "{}", back.content);
    assert_eq!(
        back.content["m.relates_to"]["rel_type"], "m.thread",
        "{}",
        back.content
    );

    // Only an officer sees who it was, in the control room, on the record.
    let sp = User::login(&s.hs, "sp").await;
    let control = sp.room_by_alias("#testpur-control:localhost").await;
    let control_room = sp.join(&control).await;
    let reveal = sp
        .send(&control_room, "!reveal TIP-1 witness summons in case 41/26")
        .await;
    let named = sp.reply_to(&reveal).await;
    assert!(named.body.contains(VOL), "{}", named.body);
    s.vol
        .wait_for("the tipster told of the reveal", |m| {
            m.sender == BOT && m.body.contains("looked up who sent tip TIP-1")
        })
        .await;

    let mut bot = s.bot;
    bot.stop().await;
    let tips = bot.export_json("tips");
    assert_eq!(tips.len(), 1);
    assert!(!tips[0].to_string().contains(VOL), "{}", tips[0]);
    assert_eq!(tips[0]["reveals"], 1);
    let audit = bot.export_json("audit");
    let reveal_line = audit
        .iter()
        .find(|a| a["action"] == "tip reveal")
        .expect("the reveal is audited");
    assert_eq!(reveal_line["actor"], "@sp:localhost");
    assert!(
        !audit.iter().any(|a| a.to_string().contains(VOL)),
        "the audit log names the tipster"
    );
}
