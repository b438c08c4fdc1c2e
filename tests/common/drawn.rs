//! Pictures drawn for the picture tests and benchmarks: text cards (the chart's font) and
//! photo-like value noise, so no image files are needed in the repo.
#![allow(dead_code)]

use std::path::Path;

use plotters::prelude::*;

/// `lines` of black text on a pale card, drawn with the chart's font, saved as JPEG.
pub fn card(path: &Path, lines: &[&str]) {
    let (w, h) = (1000u32, 160 + 110 * lines.len() as u32);
    let mut buf = vec![0u8; (w * h * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
        saathi::chart::register_font();
        root.fill(&RGBColor(250, 245, 230)).unwrap();
        for (i, line) in lines.iter().enumerate() {
            let style = ("sans-serif", 80).into_font().color(&BLACK);
            root.draw(&Text::new(
                line.to_string(),
                (50, 70 + 110 * i as i32),
                style,
            ))
            .unwrap();
        }
        root.present().unwrap();
    }
    image::RgbImage::from_raw(w, h, buf)
        .unwrap()
        .save(path)
        .unwrap();
}

/// A photo-like picture (value noise) from `seed`, as JPEG of `quality`, `scale` times 800 px.
pub fn photo(path: &Path, seed: u64, quality: u8, scale: f64) {
    let mut s = seed | 1;
    let grid: Vec<f64> = (0..33 * 25)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            (s % 256) as f64
        })
        .collect();
    let (w, h) = ((800.0 * scale) as u32, (600.0 * scale) as u32);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let gx = f64::from(x) * 32.0 / f64::from(w);
        let gy = f64::from(y) * 24.0 / f64::from(h);
        let (i, j) = (gx as usize, gy as usize);
        let (fx, fy) = (gx - i as f64, gy - j as f64);
        let at = |i: usize, j: usize| grid[j * 33 + i];
        let v = (at(i, j) * (1.0 - fx) + at(i + 1, j) * fx) * (1.0 - fy)
            + (at(i, j + 1) * (1.0 - fx) + at(i + 1, j + 1) * fx) * fy;
        image::Rgb([v as u8, (v / 2.0 + 50.0) as u8, 255 - v as u8])
    });
    let mut out = std::fs::File::create(path).unwrap();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(&img)
        .unwrap();
}
