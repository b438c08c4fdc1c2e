//! An anonymous tip's photo, passed on as the bot's own: downloaded (decrypted), decoded and
//! encoded again as a plain JPEG, so nothing of the sender's file goes along — no EXIF (GPS,
//! camera, time), no file name, no thumbnail, no other metadata block. The picture is turned
//! upright first (its EXIF orientation would go with the EXIF); decoding is
//! `picture::decode`'s, which refuses an image bomb before it is allocated.

use matrix_sdk::ruma::OwnedTransactionId;
use serde_json::{Value, json};

use crate::matrix::inbound::bot::Bot;
use crate::matrix::media::{fetch, permanent, source};
use crate::matrix::retry::{Failure, classify};
use crate::matrix::send::room;

/// JPEG quality of the copy: close to the original by eye, and small.
const QUALITY: u8 = 85;

/// A picture encoded anew, and its size.
pub struct Clean {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Decode `data` (any format the `image` crate reads here: JPEG, PNG, WebP, GIF) and encode
/// it again as JPEG, upright; `Err` says why it cannot be.
pub fn reencode(data: &[u8]) -> Result<Clean, String> {
    let img = crate::picture::decode::decode(data)?;
    let rgb = img.to_rgb8();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, QUALITY)
        .encode_image(&rgb)
        .map_err(|e| format!("cannot encode: {e}"))?;
    Ok(Clean {
        jpeg,
        width: rgb.width(),
        height: rgb.height(),
    })
}

pub async fn image(
    bot: &Bot,
    room_id: &str,
    content: &Value,
    caption: &str,
    txn: &str,
) -> Result<(), Failure> {
    let target = room(&bot.client, room_id)?;
    let src = source(content)?.ok_or_else(|| permanent("a photo without a file"))?;
    let data = fetch(&bot.client, src).await.map_err(|e| classify(&e))?;
    let clean = tokio::task::spawn_blocking(move || reencode(&data))
        .await
        .map_err(|e| permanent(format!("re-encoding stopped: {e}")))?
        .map_err(permanent)?;
    let size = clean.jpeg.len();
    let (field, value) = super::copy::upload(bot, &target, clean.jpeg, "image/jpeg").await?;
    let mut out = json!({
        "msgtype": "m.image",
        "body": caption,
        "filename": "photo.jpg",
        "info": { "mimetype": "image/jpeg", "size": size, "w": clean.width, "h": clean.height },
    });
    out[field] = value;
    target
        .send_raw("m.room.message", out)
        .with_transaction_id(&OwnedTransactionId::from(txn.to_string()))
        .await
        .map_err(|e| classify(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::reencode;

    /// A JPEG with an EXIF block naming a GPS position and a camera owner.
    fn jpeg_with_exif() -> Vec<u8> {
        let img =
            image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8 * 6, y as u8 * 8, 90]));
        let mut plain = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 90)
            .encode_image(&img)
            .unwrap();
        // APP1 "Exif\0\0" + a little-endian TIFF header and the owner's name as payload.
        let mut app1 = b"Exif\0\0II*\0\x08\0\0\0".to_vec();
        app1.extend(b"OWNER=Ramesh Kumar;GPS=26.8467N,80.9462E");
        let len = (app1.len() + 2) as u16;
        let mut out = plain[..2].to_vec(); // SOI
        out.extend([0xFF, 0xE1]);
        out.extend(len.to_be_bytes());
        out.extend(app1);
        out.extend(&plain[2..]);
        out
    }

    #[test]
    fn metadata_stays_behind_and_bombs_are_refused() {
        let input = jpeg_with_exif();
        assert!(input.windows(6).any(|w| w == b"Ramesh"));
        let clean = reencode(&input).expect("a plain JPEG reads");
        assert_eq!((clean.width, clean.height), (40, 30));
        assert!(
            !clean.jpeg.windows(4).any(|w| w == b"Exif"),
            "no EXIF block"
        );
        assert!(!clean.jpeg.windows(6).any(|w| w == b"Ramesh"), "no owner");
        // A PNG header claiming 100,000 × 100,000 pixels is refused before it is allocated.
        let mut bomb = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bomb.extend(100_000u32.to_be_bytes());
        bomb.extend(100_000u32.to_be_bytes());
        bomb.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
        assert!(reencode(&bomb).is_err());
        assert!(reencode(b"not an image at all").is_err());
    }
}
