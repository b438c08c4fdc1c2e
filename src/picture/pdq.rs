//! PDQ fingerprints of a picture (Meta's 256-bit perceptual hash, the one fact-checking
//! tiplines exchange; `pdqhash` crate), taken twice: of the picture as sent and of its copy
//! with near-uniform margins trimmed (an app's frame or letterbox), because a bordered
//! forward is far from its original while its trimmed copy is not. Two pictures' distance is
//! the smallest Hamming distance of the four comparisons. Measured on the drawn corpus
//! (`scripts/image-corpus/HASHES.md`): re-encodes, resizes and frames match within 27 bits,
//! while crops beyond ~3% of the area and large stickers do not.

use image::DynamicImage;

/// Bits of a PDQ hash.
pub const BITS: u32 = 256;
/// PDQ's quality (0–100) below which a picture is too flat for its hash to mean anything.
pub const MIN_QUALITY: f32 = 50.0;
/// The side the picture is scaled down to before hashing (what PDQ's reference does).
const HASH_SIDE: u32 = 512;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pdq {
    pub full: [u8; 32],
    pub trimmed: [u8; 32],
    pub quality: f32,
}

impl Pdq {
    /// The picture's hashes; `None` for a picture too small to hash.
    pub fn of(img: &DynamicImage) -> Option<Pdq> {
        let (full, quality) = hash(img)?;
        let trimmed = match trim(img) {
            Some(t) => hash(&t).map_or(full, |(h, _)| h),
            None => full,
        };
        Some(Pdq {
            full,
            trimmed,
            quality,
        })
    }

    /// Bits apart: the closest of the four (as sent / trimmed) comparisons.
    pub fn distance(&self, other: &Pdq) -> u32 {
        [self.full, self.trimmed]
            .iter()
            .flat_map(|a| [other.full, other.trimmed].map(|b| hamming(a, &b)))
            .min()
            .unwrap_or(BITS)
    }

    /// Whether both are detailed enough for their hashes to be compared.
    pub fn comparable(&self, other: &Pdq) -> bool {
        self.quality >= MIN_QUALITY && other.quality >= MIN_QUALITY
    }

    pub fn hex(&self) -> String {
        self.full.iter().map(|b| format!("{b:02x}")).collect()
    }
}

pub fn hamming(a: &[u8; 32], b: &[u8; 32]) -> u32 {
    a.iter().zip(b).map(|(x, y)| (x ^ y).count_ones()).sum()
}

fn hash(img: &DynamicImage) -> Option<([u8; 32], f32)> {
    if img.width() < 16 || img.height() < 16 {
        return None;
    }
    let small = if img.width().max(img.height()) > HASH_SIDE {
        img.thumbnail(HASH_SIDE, HASH_SIDE)
    } else {
        img.clone()
    };
    let rgb = small.to_rgb8();
    let (w, h) = rgb.dimensions();
    // The crate reads pictures through its own (0.23) `image`: the same pixels, handed over.
    let old = image023::RgbImage::from_raw(w, h, rgb.into_raw())?;
    let (bits, quality) = pdqhash::generate_pdq_full_size(&image023::DynamicImage::ImageRgb8(old));
    // The crate scales the gradient sum by 1/255 and caps at 1; PDQ's reference reports
    // 0–100 on pixel values. On the reference's scale, as thresholds are usually given:
    Some((bits, (quality * 255.0).min(100.0)))
}

/// A row or column is margin when its pixels barely differ from each other and from the
/// picture's edge colour.
const FLAT: f64 = 6.0;
/// At most this share of a side is trimmed; a band counts only from 2% of the side.
const MAX_TRIM: f64 = 0.3;
const MIN_BAND: f64 = 0.02;

/// The picture without its near-uniform margins; `None` when there are none.
pub fn trim(img: &DynamicImage) -> Option<DynamicImage> {
    let luma = img.to_luma8();
    let (w, h) = luma.dimensions();
    if w < 32 || h < 32 {
        return None;
    }
    let px = |x: u32, y: u32| f64::from(luma.get_pixel(x, y)[0]);
    let flat = |vals: &mut dyn Iterator<Item = f64>, edge: f64| {
        let v: Vec<f64> = vals.collect();
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        let var = v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / v.len() as f64;
        var.sqrt() < FLAT && (mean - edge).abs() < 2.0 * FLAT
    };
    let band = |len: u32, is_flat: &dyn Fn(u32) -> bool| {
        let limit = (f64::from(len) * MAX_TRIM) as u32;
        let n = (0..limit).take_while(|i| is_flat(*i)).count() as u32;
        if f64::from(n) >= f64::from(len) * MIN_BAND {
            n
        } else {
            0
        }
    };
    let top = band(h, &|i| flat(&mut (0..w).map(|x| px(x, i)), px(0, 0)));
    let bottom = band(h, &|i| {
        flat(&mut (0..w).map(|x| px(x, h - 1 - i)), px(0, h - 1))
    });
    let left = band(w, &|i| flat(&mut (0..h).map(|y| px(i, y)), px(0, 0)));
    let right = band(w, &|i| {
        flat(&mut (0..h).map(|y| px(w - 1 - i, y)), px(w - 1, 0))
    });
    if top + bottom + left + right == 0 || left + right >= w / 2 || top + bottom >= h / 2 {
        return None;
    }
    Some(img.crop_imm(left, top, w - left - right, h - top - bottom))
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage};

    /// A photo-like picture: value noise (a random 24 × 18 grid, smoothly interpolated), so
    /// every low frequency carries content, as in a photo. (A smooth drawn field has most
    /// DCT coefficients near the median, and a re-encode flips them.)
    fn picture(w: u32, h: u32) -> RgbImage {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let grid: Vec<f64> = (0..25 * 19)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                (seed % 256) as f64
            })
            .collect();
        RgbImage::from_fn(w, h, |x, y| {
            let gx = f64::from(x) * 24.0 / f64::from(w);
            let gy = f64::from(y) * 18.0 / f64::from(h);
            let (i, j) = (gx as usize, gy as usize);
            let (fx, fy) = (gx - i as f64, gy - j as f64);
            let at = |i: usize, j: usize| grid[j * 25 + i];
            let top = at(i, j) * (1.0 - fx) + at(i + 1, j) * fx;
            let bottom = at(i, j + 1) * (1.0 - fx) + at(i + 1, j + 1) * fx;
            let v = (top * (1.0 - fy) + bottom * fy) as u8;
            Rgb([v, v / 2 + 60, 255 - v])
        })
    }

    fn jpeg(img: &RgbImage, q: u8) -> DynamicImage {
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, q)
            .encode_image(img)
            .unwrap();
        image::load_from_memory(&out).unwrap()
    }

    #[test]
    fn copies_are_near_and_other_pictures_far() {
        let orig = picture(640, 480);
        let a = Pdq::of(&DynamicImage::ImageRgb8(orig.clone())).unwrap();
        assert!(a.quality >= MIN_QUALITY, "{}", a.quality);
        // Re-encoded and resized.
        let b = Pdq::of(&jpeg(&orig, 40).resize(320, 240, image::imageops::FilterType::Triangle))
            .unwrap();
        assert!(a.distance(&b) <= 20, "{}", a.distance(&b));
        // In a white frame.
        let mut framed = RgbImage::from_pixel(760, 600, Rgb([255, 255, 255]));
        image::imageops::overlay(&mut framed, &orig, 60, 60);
        let c = Pdq::of(&DynamicImage::ImageRgb8(framed)).unwrap();
        assert!(a.distance(&c) <= 27, "framed: {}", a.distance(&c));
        // Another picture.
        let other = RgbImage::from_fn(640, 480, |x, y| {
            Rgb([(x * y % 251) as u8, (x % 7 * 30) as u8, (y % 11 * 20) as u8])
        });
        let d = Pdq::of(&DynamicImage::ImageRgb8(other)).unwrap();
        assert!(a.distance(&d) > 60, "{}", a.distance(&d));
    }

    #[test]
    fn flat_pictures_have_low_quality_and_tiny_ones_no_hash() {
        let flat = DynamicImage::ImageRgb8(RgbImage::from_pixel(300, 300, Rgb([40, 40, 40])));
        assert!(Pdq::of(&flat).unwrap().quality < MIN_QUALITY);
        let tiny = DynamicImage::ImageRgb8(RgbImage::from_pixel(8, 8, Rgb([0, 0, 0])));
        assert!(Pdq::of(&tiny).is_none());
    }
}
