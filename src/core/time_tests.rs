//! Table tests of the one formatter for times and durations people read.

use super::*;

const IST: i32 = 330;
/// 2026-12-02 08:35:00 UTC = 14:05 IST.
const AT: u64 = 1_796_200_500_000;

#[test]
fn local_clock_and_dates() {
    let cases: [(u64, i32, &str, &str, &str); 4] = [
        (AT, IST, "14:05", "2 दिसंबर 2026, 14:05", "2 Dec 2026, 14:05"),
        (AT, 0, "08:35", "2 दिसंबर 2026, 08:35", "2 Dec 2026, 08:35"),
        // 20:00 UTC on 2 Dec is already 3 Dec in India.
        (
            AT + 11 * HOUR + 25 * MINUTE,
            IST,
            "01:30",
            "3 दिसंबर 2026, 01:30",
            "3 Dec 2026, 01:30",
        ),
        (0, IST, "05:30", "1 जनवरी 1970, 05:30", "1 Jan 1970, 05:30"),
    ];
    for (ms, off, clk, hi, en) in cases {
        assert_eq!(clock(ms, off), clk, "{ms}");
        assert_eq!(date_time(Lang::Hi, ms, off), hi, "{ms}");
        assert_eq!(date_time(Lang::En, ms, off), en, "{ms}");
    }
}

#[test]
fn durations_in_words() {
    let cases: [(u64, &str, &str); 9] = [
        (0, "0 सेकंड", "0 seconds"),
        (SECOND, "1 सेकंड", "1 second"),
        (2 * MINUTE, "2 मिनट", "2 minutes"),
        (MINUTE + 30 * SECOND, "1 मिनट 30 सेकंड", "1 minute 30 seconds"),
        (HOUR, "1 घंटा", "1 hour"),
        (HOUR + 5 * SECOND, "1 घंटा", "1 hour"),
        (HOUR + 30 * MINUTE, "1 घंटा 30 मिनट", "1 hour 30 minutes"),
        (24 * HOUR, "1 दिन", "1 day"),
        (
            3 * DAY + 4 * HOUR + 5 * MINUTE,
            "3 दिन 4 घंटे",
            "3 days 4 hours",
        ),
    ];
    for (ms, hi, en) in cases {
        assert_eq!(duration(Lang::Hi, ms), hi, "{ms}");
        assert_eq!(duration(Lang::En, ms), en, "{ms}");
    }
}

#[test]
fn how_long_ago() {
    let cases: [(u64, &str, &str); 4] = [
        (10 * SECOND, "अभी", "just now"),
        (3 * MINUTE + 20 * SECOND, "3 मिनट पहले", "3 minutes ago"),
        (
            2 * HOUR + 7 * MINUTE,
            "2 घंटे 7 मिनट पहले",
            "2 hours 7 minutes ago",
        ),
        (30 * DAY, "30 दिन पहले", "30 days ago"),
    ];
    for (ms, hi, en) in cases {
        assert_eq!(ago(Lang::Hi, ms), hi, "{ms}");
        assert_eq!(ago(Lang::En, ms), en, "{ms}");
    }
}

#[test]
fn local_day_starts() {
    // (date, offset in minutes, expected ms) — IST is +330.
    let cases: [(&str, i32, Option<u64>); 6] = [
        ("1970-01-02", 0, Some(86_400_000)),
        ("2026-11-01", 0, Some(1_793_491_200_000)),
        ("2026-11-01", 330, Some(1_793_491_200_000 - 330 * 60_000)),
        (" 2026-11-01 ", 330, Some(1_793_491_200_000 - 330 * 60_000)),
        ("2026-13-01", 330, None),
        ("1 Nov", 330, None),
    ];
    for (date, offset, want) in cases {
        assert_eq!(local_day_start_ms(date, offset), want, "{date} {offset}");
    }
    assert_eq!(
        local_day_start_ms("1970-01-01", 330),
        None,
        "before the epoch"
    );
}
