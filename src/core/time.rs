//! Every time and duration a person reads, in one place: local clock times and dates (the
//! district's UTC offset comes in as a parameter), and durations in words of the district's
//! language ("2 मिनट", "1 hour 30 minutes", "3 मिनट पहले"). Pure: the clock is an argument.
//!
//! Machine forms (config values, `!set` values such as `10m`, exports in RFC 3339) are not
//! here: those are read by programs and typed by staff, not prose.

use crate::core::district::Lang;

const SECOND: u64 = 1000;
const MINUTE: u64 = 60 * SECOND;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;

/// Minutes after local midnight, and the local day number (days since the epoch), of `ms`.
pub fn local(ms: u64, offset_min: i32) -> (u32, i64) {
    let minutes = (ms / MINUTE) as i64 + i64::from(offset_min);
    (minutes.rem_euclid(1440) as u32, minutes.div_euclid(1440))
}

/// The first moment (ms since the epoch) of the local day `YYYY-MM-DD`, for `--since`
/// (`None`: not such a date, or before 1970).
pub fn local_day_start_ms(date: &str, offset_min: i32) -> Option<u64> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let d = time::Date::parse(date.trim(), &format).ok()?;
    let days = i64::from(d.to_julian_day()) - 2_440_588;
    let minutes = days * 1440 - i64::from(offset_min);
    u64::try_from(minutes).ok().map(|m| m * MINUTE)
}

/// `HH:MM`, local time.
pub fn clock(ms: u64, offset_min: i32) -> String {
    let (m, _) = local(ms, offset_min);
    format!("{:02}:{:02}", m / 60, m % 60)
}

const MONTHS_HI: [&str; 12] = [
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The local date, `2 दिसंबर 2026` / `2 Dec 2026`.
pub fn date(lang: Lang, ms: u64, offset_min: i32) -> String {
    let (_, day) = local(ms, offset_min);
    let Ok(d) = time::Date::from_julian_day(
        i32::try_from(day + 2_440_588).unwrap_or(2_440_588), // the epoch's Julian day
    ) else {
        return String::new();
    };
    let month = usize::from(u8::from(d.month())) - 1;
    let name = match lang {
        Lang::Hi => MONTHS_HI[month],
        Lang::En => MONTHS_EN[month],
    };
    format!("{} {name} {}", d.day(), d.year())
}

/// The local date and time, `2 दिसंबर 2026, 14:05` / `2 Dec 2026, 14:05`.
pub fn date_time(lang: Lang, ms: u64, offset_min: i32) -> String {
    format!("{}, {}", date(lang, ms, offset_min), clock(ms, offset_min))
}

/// One unit of a duration in words: (size, Hindi singular, Hindi plural, English singular,
/// English plural).
const UNITS: [(u64, &str, &str, &str, &str); 4] = [
    (DAY, "दिन", "दिन", "day", "days"),
    (HOUR, "घंटा", "घंटे", "hour", "hours"),
    (MINUTE, "मिनट", "मिनट", "minute", "minutes"),
    (SECOND, "सेकंड", "सेकंड", "second", "seconds"),
];

/// A duration in words, its two largest units: `2 मिनट`, `1 घंटा 30 मिनट`, `3 days 4 hours`.
pub fn duration(lang: Lang, ms: u64) -> String {
    let mut rest = ms;
    let mut parts = Vec::new();
    for (size, hi1, hi, en1, en) in UNITS {
        let n = rest / size;
        if n == 0 && parts.is_empty() {
            continue;
        }
        rest %= size;
        if n > 0 {
            parts.push(match (lang, n) {
                (Lang::Hi, 1) => format!("1 {hi1}"),
                (Lang::Hi, _) => format!("{n} {hi}"),
                (Lang::En, 1) => format!("1 {en1}"),
                (Lang::En, _) => format!("{n} {en}"),
            });
        }
        if parts.len() == 2 || !parts.is_empty() && size == MINUTE && ms >= HOUR {
            break;
        }
    }
    if parts.is_empty() {
        return match lang {
            Lang::Hi => "0 सेकंड".into(),
            Lang::En => "0 seconds".into(),
        };
    }
    parts.join(" ")
}

/// How long ago: `अभी` / `just now` within a minute, else `3 मिनट पहले` / `3 minutes ago`.
pub fn ago(lang: Lang, ms: u64) -> String {
    if ms < MINUTE {
        return match lang {
            Lang::Hi => "अभी".into(),
            Lang::En => "just now".into(),
        };
    }
    // Seconds do not matter once it is minutes ago.
    let d = duration(lang, ms - ms % MINUTE);
    match lang {
        Lang::Hi => format!("{d} पहले"),
        Lang::En => format!("{d} ago"),
    }
}

const DAY_MS: u64 = 24 * 60 * MINUTE;

/// A duration as typed in a command or the config: `90s`, `10m`, `24h`, `30d`, `1h 30m`
/// (humantime) or a bare number of seconds (`90`), between a second and a year.
pub fn parse_duration(v: &str) -> Result<u64, String> {
    let ms = match v.parse::<u64>() {
        Ok(secs) => secs.saturating_mul(1000),
        Err(_) => humantime::parse_duration(v)
            .map_err(|e| format!("“{v}” is not a duration ({e})"))?
            .as_millis() as u64,
    };
    if ms < 1000 {
        return Err(format!("“{v}” is shorter than a second"));
    }
    if ms > 366 * DAY_MS {
        return Err(format!("“{v}” is longer than a year"));
    }
    Ok(ms)
}

/// A duration in the short form the settings list uses: `1h30m`, `45s`.
pub fn short_duration(ms: u64) -> String {
    let units = [
        (DAY_MS, "d"),
        (60 * MINUTE, "h"),
        (MINUTE, "m"),
        (1000, "s"),
    ];
    let mut rest = ms;
    let mut out = String::new();
    for (unit, name) in units {
        if rest >= unit {
            out.push_str(&format!("{}{name}", rest / unit));
            rest %= unit;
        }
    }
    if out.is_empty() { "0s".into() } else { out }
}

#[cfg(test)]
#[path = "time_tests.rs"]
mod tests;
