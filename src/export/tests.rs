use super::*;
use crate::core::{change::Change, vetting::model::VolunteerStatus};
use crate::store::Handled;
use crate::store::memory::MemoryStore;

#[test]
fn csv_and_json_hold_every_volunteer() {
    let store = MemoryStore::new();
    let v = Volunteer {
        v: 1,
        district: "lko".into(),
        station: "hazratganj".into(),
        user: "@ravi:s".into(),
        category: "teacher".into(),
        locality: Some("नरही, \"पुराना\" बाज़ार".into()),
        approved_by: "@sho:s".into(),
        since_ms: 1_795_000_000_000,
        status: VolunteerStatus::Active,
        status_at_ms: 1_795_000_000_000,
        code: "ABCD-EFGH".into(),
    };
    let writes: Vec<_> = records::writes(&Change::PutVolunteer(v));
    let h = Handled {
        v: 1,
        event_id: "$e".into(),
        room_id: "!r".into(),
        origin_ts_ms: 1,
        handled_at_ms: 1,
        actions: 0,
    };
    store.commit_handled(&h, &[], &writes).unwrap();
    let mut csv_out = Vec::new();
    assert_eq!(
        volunteers(&store, Format::Csv, &Filter::default(), &mut csv_out).unwrap(),
        1
    );
    let text = String::from_utf8(csv_out).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let rec = reader.records().next().unwrap().unwrap();
    assert_eq!(&rec[2], "@ravi:s");
    assert_eq!(&rec[4], "नरही, \"पुराना\" बाज़ार");
    assert_eq!(&rec[6], "2026-11-18");
    assert!(!text.contains("ABCD-EFGH"), "codes are not exported");
    let mut json_out = Vec::new();
    volunteers(&store, Format::Json, &Filter::default(), &mut json_out).unwrap();
    let parsed: serde_json::Value = serde_json::from_slice(&json_out).unwrap();
    assert_eq!(parsed[0]["status"], "active");
}
