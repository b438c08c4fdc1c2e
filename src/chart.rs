//! The digest's bar chart: one group of horizontal bars per station, drawn with plotters on
//! an in-memory bitmap and encoded as PNG. Sized for a phone: 1080 px wide, as tall as the
//! stations need. Labels are in English: plotters' text (ab_glyph) does not shape Devanagari,
//! so Hindi conjuncts would break; the message text and the CSV carry the Hindi.

use plotters::prelude::*;
use plotters::style::FontStyle;

use crate::core::digest::Table;
use crate::core::digest::tally::METRICS;

/// DejaVu Sans (its licence: `assets/fonts/LICENSE-DejaVu.txt`).
const FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// The series drawn (by metric name), with their colours; the rest are in the text and CSV.
const SERIES: [(&str, &str, RGBColor); 5] = [
    (
        "greetings_removed",
        "greetings removed",
        RGBColor(0x4e, 0x79, 0xa7),
    ),
    (
        "moderation_actions",
        "other moderation",
        RGBColor(0xf2, 0x8e, 0x2b),
    ),
    (
        "reports_opened",
        "reports opened",
        RGBColor(0xe1, 0x57, 0x59),
    ),
    ("tasks_done", "tasks done", RGBColor(0x59, 0xa1, 0x4f)),
    (
        "rumours_flagged",
        "rumours flagged",
        RGBColor(0xb0, 0x7a, 0xa1),
    ),
];

pub const WIDTH: u32 = 1080;
const TOP: u32 = 150;
const BAR: u32 = 16;
const GAP: u32 = 26;
const LABEL_W: i32 = 330;

#[derive(Debug, thiserror::Error)]
#[error("cannot draw the chart: {0}")]
pub struct ChartError(String);

fn err(e: impl std::fmt::Display) -> ChartError {
    ChartError(e.to_string())
}

/// Register the chart's font with plotters (once; also for tests that draw text).
pub fn register_font() {
    font();
}

fn font() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // A font that fails to load leaves text out; the bars still draw.
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, FONT);
    });
}

/// The chart of `t` as PNG bytes; `names` are the stations' names in English, in row order.
pub fn render(t: &Table, names: &[String]) -> Result<Vec<u8>, ChartError> {
    font();
    let columns: Vec<usize> = SERIES
        .iter()
        .filter_map(|(m, _, _)| METRICS.iter().position(|x| x == m))
        .collect();
    let group = SERIES.len() as u32 * BAR + GAP;
    let height = TOP + group * t.rows.len().max(1) as u32 + 40;
    let max = t
        .rows
        .iter()
        .flat_map(|(_, v)| columns.iter().map(|c| v[*c]))
        .max()
        .unwrap_or(0)
        .max(1);
    let mut buf = vec![255u8; (WIDTH * height * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buf, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let title = ("sans-serif", 38).into_font().color(&BLACK);
        root.draw_text(
            &format!("Daily digest, {}, {}", t.district, t.date),
            &title,
            (24, 20),
        )
        .map_err(err)?;
        let small = ("sans-serif", 22).into_font().color(&BLACK);
        // The legend, in two rows.
        for (i, (_, label, colour)) in SERIES.iter().enumerate() {
            let (x, y) = (24 + (i as i32 % 3) * 340, 74 + (i as i32 / 3) * 32);
            root.draw(&Rectangle::new(
                [(x, y + 3), (x + 22, y + 21)],
                colour.filled(),
            ))
            .map_err(err)?;
            root.draw_text(label, &small, (x + 30, y)).map_err(err)?;
        }
        let span = (WIDTH as i32 - LABEL_W - 90) as f64;
        for (row, (_, values)) in t.rows.iter().enumerate() {
            let y0 = (TOP + row as u32 * group) as i32;
            let name = names.get(row).map_or("", String::as_str);
            let mut shown: String = name.chars().take(24).collect();
            if shown.len() < name.len() {
                shown.push('…');
            }
            root.draw_text(
                &shown,
                &small,
                (24, y0 + (SERIES.len() as i32 * BAR as i32) / 2 - 11),
            )
            .map_err(err)?;
            for (k, (col, (_, _, colour))) in columns.iter().zip(SERIES.iter()).enumerate() {
                let v = values[*col];
                let y = y0 + (k as u32 * BAR) as i32;
                let len = ((v as f64 / max as f64) * span).round() as i32;
                if len > 0 {
                    root.draw(&Rectangle::new(
                        [(LABEL_W, y + 1), (LABEL_W + len, y + BAR as i32 - 1)],
                        colour.filled(),
                    ))
                    .map_err(err)?;
                }
                let tiny = ("sans-serif", 15).into_font().color(&BLACK);
                root.draw_text(&v.to_string(), &tiny, (LABEL_W + len + 6, y))
                    .map_err(err)?;
            }
            let line_y = y0 + group as i32 - (GAP / 2) as i32;
            root.draw(&PathElement::new(
                vec![(24, line_y), (WIDTH as i32 - 24, line_y)],
                RGBColor(0xdd, 0xdd, 0xdd),
            ))
            .map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    let mut png = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png, WIDTH, height);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Best);
        let mut w = enc.write_header().map_err(err)?;
        w.write_image_data(&buf).map_err(err)?;
    }
    Ok(png)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::district::Lang;

    fn table(stations: usize) -> (Table, Vec<String>) {
        let rows: Vec<(String, Vec<u64>)> = (0..stations)
            .map(|i| {
                let v: Vec<u64> = (0..METRICS.len())
                    .map(|m| ((i * 7 + m * 3) % 13) as u64)
                    .collect();
                (format!("थाना {i}"), v)
            })
            .collect();
        let names = (0..stations)
            .map(|i| format!("Station {i} Kotwali"))
            .collect();
        (
            Table {
                district: "lko".into(),
                district_name: "Lucknow".into(),
                date: "2026-11-29".into(),
                lang: Lang::Hi,
                rows,
            },
            names,
        )
    }

    /// Width and height from the PNG header.
    fn size(png: &[u8]) -> (u32, u32) {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
        assert_eq!(&png[12..16], b"IHDR");
        let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
        (w, h)
    }

    #[test]
    fn thirty_stations_make_a_phone_sized_png() {
        let (t, names) = table(30);
        let png = render(&t, &names).unwrap();
        let (w, h) = size(&png);
        assert_eq!(w, WIDTH);
        assert!((2500..4000).contains(&h), "height {h}");
        assert!(
            png.len() > 20_000 && png.len() < 1_000_000,
            "{} bytes",
            png.len()
        );
        // Decodes, and is not blank: some pixels are bar colours.
        let mut reader = png::Decoder::new(std::io::Cursor::new(&png))
            .read_info()
            .unwrap();
        let mut buf = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut buf).unwrap();
        let rgb = &buf[..info.buffer_size()];
        let blue = rgb.chunks(3).filter(|p| p == &[0x4e, 0x79, 0xa7]).count();
        assert!(blue > 1000, "{blue} bar pixels");
        if std::env::var_os("SAVE_CHART").is_some() {
            std::fs::write("/tmp/digest-chart.png", &png).unwrap();
        }
    }

    #[test]
    fn an_empty_day_still_draws() {
        let (mut t, names) = table(3);
        for r in &mut t.rows {
            r.1.iter_mut().for_each(|v| *v = 0);
        }
        let (w, _) = size(&render(&t, &names).unwrap());
        assert_eq!(w, WIDTH);
    }
}
