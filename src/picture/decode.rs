//! Decoding a picture someone sent: hostile input. The file's size and the picture's pixel
//! count are limited before anything is allocated (a decompression bomb is refused by its
//! header), a truncated or malformed file is an error, never a panic; the picture is turned
//! upright by its EXIF orientation.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

/// The largest file read (a phone photo is 0.1–5 MB; WhatsApp-style forwards far less).
pub const MAX_BYTES: usize = 30 * 1024 * 1024;
/// The longest side accepted (a phone camera's is ~4,000–8,000 px).
pub const MAX_SIDE: u32 = 12_000;
/// What the decoder may allocate for one picture.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;

/// The picture in `data` (JPEG, PNG, WebP or GIF), upright; `Err` says why not.
pub fn decode(data: &[u8]) -> Result<DynamicImage, String> {
    if data.len() > MAX_BYTES {
        return Err(format!("file of {} bytes is too large", data.len()));
    }
    let mut reader = ImageReader::new(Cursor::new(data))
        .with_guessed_format()
        .map_err(|e| format!("unreadable image: {e}"))?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| format!("unreadable image: {e}"))?;
    let orientation = decoder.orientation().ok();
    let mut img = DynamicImage::from_decoder(decoder).map_err(|e| format!("refused image: {e}"))?;
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    Ok(img)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn bombs_truncated_and_junk_are_errors() {
        // A PNG header claiming 100,000 × 100,000 pixels.
        let mut bomb = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bomb.extend(100_000u32.to_be_bytes());
        bomb.extend(100_000u32.to_be_bytes());
        bomb.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
        assert!(decode(&bomb).is_err());
        assert!(decode(b"not an image at all").is_err());
        let img = image::RgbImage::from_pixel(20, 10, image::Rgb([10, 200, 30]));
        let mut png = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        assert_eq!(decode(&png).unwrap().width(), 20);
        for cut in [8, 30, png.len() / 2] {
            assert!(decode(&png[..cut]).is_err(), "truncated at {cut}");
        }
    }
}
