//! The picture tools as ops and the held-back sets use them, the real binary on real files:
//! `saathi explain --config C --image FILE…` (one JSON line per file, "greeting" in `rules`
//! for a greeting card, a card with real content kept) and `saathi similar --config C --pairs
//! FILE` (re-encoded copies the same, other pictures and other claims not).

use std::process::Command;

#[path = "common/drawn.rs"]
mod drawn;
use drawn::{card, photo};

fn saathi() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_saathi"));
    c.env("OMP_THREAD_LIMIT", "1");
    c
}

fn config() -> String {
    format!("{}/config.example.toml", env!("CARGO_MANIFEST_DIR"))
}

fn ocr_here() -> bool {
    let listed = Command::new("tesseract").arg("--list-langs").output();
    let has = listed.is_ok_and(|o| {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .any(|l| l == "hin")
    });
    assert!(
        has || std::env::var_os("SAATHI_REQUIRE_OCR").is_none(),
        "Tesseract is required here"
    );
    has
}

fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn explain_image_removes_a_greeting_card_and_keeps_content() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("greeting.jpg", vec!["Good Morning", "Have a nice day"]),
        (
            "content.jpg",
            vec!["Good morning sir", "the road near the", "school is broken"],
        ),
    ];
    let mut args = vec![
        "--config".to_string(),
        config(),
        "explain".into(),
        "--image".into(),
    ];
    for (name, lines) in &files {
        card(&dir.path().join(name), lines);
        args.push(dir.path().join(name).display().to_string());
    }
    photo(&dir.path().join("photo.jpg"), 7, 85, 1.0);
    args.push(dir.path().join("photo.jpg").display().to_string());
    std::fs::write(
        dir.path().join("junk.jpg"),
        b"\xff\xd8\xff not really a jpeg",
    )
    .unwrap();
    args.push(dir.path().join("junk.jpg").display().to_string());
    let out = saathi().args(&args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 4);
    for l in &lines {
        for key in ["file", "ocr", "rules", "action"] {
            assert!(l.get(key).is_some(), "{key} missing: {l}");
        }
    }
    assert!(
        lines[3]["error"].is_string(),
        "a broken file is said so: {}",
        lines[3]
    );
    assert_eq!(
        lines[2]["rules"],
        serde_json::json!([]),
        "a photo without text stays"
    );
    assert_eq!(
        lines[1]["rules"],
        serde_json::json!([]),
        "content stays: {}",
        lines[1]
    );
    if ocr_here() {
        assert_eq!(
            lines[0]["rules"],
            serde_json::json!(["greeting"]),
            "{}",
            lines[0]
        );
        assert_eq!(lines[0]["action"], "redact");
        assert!(
            lines[1]["ocr"].as_str().unwrap().contains("broken"),
            "{}",
            lines[1]
        );
    }
}

#[test]
fn similar_matches_copies_and_tells_other_pictures_and_claims_apart() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n);
    photo(&p("a.jpg"), 11, 90, 1.0);
    photo(&p("a_copy.jpg"), 11, 35, 0.6);
    photo(&p("b.jpg"), 12345, 90, 1.0);
    let rumour =
        "Child kidnappers gang seen near the Hazratganj market, keep children inside today";
    let pairs = [
        serde_json::json!({"a": {"file": "a.jpg"}, "b": {"file": "a_copy.jpg"}}),
        serde_json::json!({"a": {"file": "a.jpg"}, "b": {"file": "b.jpg"}}),
        serde_json::json!({"a": {"text": rumour}, "b": {"text": format!("Forwarded: {rumour} 🙏🙏")}}),
        serde_json::json!({"a": {"text": rumour}, "b": {"text": "Water supply in Aminabad will be off on Sunday from 10 to 4 for repairs"}}),
    ];
    let body: String = pairs.iter().map(|j| format!("{j}\n")).collect();
    std::fs::write(p("pairs.jsonl"), body).unwrap();
    let out = saathi()
        .args(["--config", &config(), "similar", "--pairs"])
        .arg(p("pairs.jsonl"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = json_lines(&out.stdout);
    let same: Vec<bool> = got.iter().map(|l| l["same"].as_bool().unwrap()).collect();
    assert_eq!(same, [true, false, true, false], "{got:?}");
    for l in &got {
        let s = l["similarity"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&s), "{l}");
    }
    assert!(got[0]["similarity"].as_f64() > got[1]["similarity"].as_f64());
}
