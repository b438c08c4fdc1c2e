//! The daily digest: dates, the table and when it is posted.

use super::*;
use crate::core::district::Lang;

#[test]
fn dates_round_trip() {
    for (day, date) in [
        (0, "1970-01-01"),
        (20_421, "2025-11-29"),
        (20_786, "2026-11-29"),
    ] {
        assert_eq!(date_of(day), date);
        assert_eq!(parse_date(date), Some(day));
    }
    assert_eq!(parse_date("2026-13-01"), None);
    assert_eq!(parse_date("yesterday"), None);
}

#[test]
fn posted_at_the_time_or_within_two_hours_after() {
    let mut dir = crate::core::test_view::directory(Lang::En);
    dir.digest_at_min = Some(8 * 60);
    let view = crate::core::test_view::TestView::default();
    // Midnight UTC is 05:30 local; 08:00 local is 02:30 UTC.
    let day = 86_400_000 * 20_000;
    let at = |h: u64, m: u64| day + (h * 60 + m) * 60_000 - 330 * 60_000;
    assert!(due(&dir, &view, at(7, 59)).is_empty());
    let posted = due(&dir, &view, at(8, 0));
    assert_eq!(posted.len(), 1);
    assert_eq!(posted[0].id, "digest:lko:20000");
    assert!(
        matches!(&posted[0].decision.actions[0], Action::Digest { table, .. } if table.date == date_of(19_999))
    );
    assert_eq!(due(&dir, &view, at(9, 59)).len(), 1);
    assert!(due(&dir, &view, at(10, 0)).is_empty());
    dir.digest_at_min = None;
    assert!(due(&dir, &view, at(8, 0)).is_empty());
}
