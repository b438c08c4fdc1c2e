//! The house rules of ARCHITECTURE.md, checked on the source: no import circles, `core`
//! imports no adapter, features meet only through each other's `model.rs`, files stay small.
//! `tests/arch/graph.rs` reads `src/` into a module graph (file → files it imports).

#[path = "arch/graph.rs"]
mod graph;

use graph::Graph;
use std::path::Path;

fn src_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn src() -> Graph {
    Graph::read(&src_dir())
}

/// The feature folders of `core`: each is one concern with its records in `model.rs`.
const FEATURES: &[&str] = &[
    "broadcast",
    "digest",
    "emergency",
    "impersonation",
    "lock",
    "member_reports",
    "moderation",
    "relay",
    "rumour",
    "tasks",
    "tickets",
    "tips",
    "vetting",
];

fn feature_of(file: &str) -> Option<&'static str> {
    let rest = file.strip_prefix("core/")?;
    let (dir, _) = rest.split_once('/')?;
    FEATURES.iter().copied().find(|f| *f == dir)
}

#[test]
fn no_import_circles() {
    let g = src();
    let circles = g.circles();
    let mut report = String::new();
    for c in &circles {
        report.push_str(&format!(
            "{} files: {}\n  e.g. {}\n",
            c.len(),
            c.join(", "),
            g.cycle_through(&c[0]).join(" → ")
        ));
    }
    assert!(circles.is_empty(), "import circles:\n{report}");
}

#[test]
fn core_imports_no_adapter() {
    let g = src();
    let mut bad = Vec::new();
    for (from, tos) in &g.edges {
        if !from.starts_with("core/") {
            continue;
        }
        for to in tos {
            if !to.starts_with("core/") {
                bad.push(format!("{from} imports {to}"));
            }
        }
    }
    // Nor the runtime, the homeserver, the disk, the clock or randomness.
    for m in g.modules.values() {
        let file = m
            .file
            .strip_prefix(src_dir())
            .unwrap()
            .display()
            .to_string();
        if !file.starts_with("core/") {
            continue;
        }
        for word in [
            "tokio::",
            "matrix_sdk",
            "sled::",
            "SystemTime::now",
            "Instant::now",
            "rand::",
            "std::fs::",
            "reqwest",
        ] {
            if m.code.contains(word) {
                bad.push(format!("{file} uses {word}"));
            }
        }
    }
    assert!(bad.is_empty(), "core must stay pure:\n{}", bad.join("\n"));
}

#[test]
fn features_meet_only_through_models() {
    let g = src();
    let mut bad = Vec::new();
    for (from, tos) in &g.edges {
        let Some(mine) = feature_of(from) else {
            continue;
        };
        for to in tos {
            match feature_of(to) {
                Some(theirs) if theirs != mine && !to.ends_with("/model.rs") => {
                    bad.push(format!("{from} imports {to}"))
                }
                _ => {}
            }
        }
    }
    assert!(
        bad.is_empty(),
        "a feature imports only other features' model.rs:\n{}",
        bad.join("\n")
    );
}

#[test]
fn kernel_imports_no_feature_logic() {
    // The kernel (what every feature builds on) sits below the features: it may name their
    // records, never their logic.
    let kernel = [
        "core/action.rs",
        "core/audit.rs",
        "core/change.rs",
        "core/ctx.rs",
        "core/decision.rs",
        "core/directory.rs",
        "core/due.rs",
        "core/view.rs",
    ];
    let g = src();
    let mut bad = Vec::new();
    for from in kernel {
        for to in &g.edges[from] {
            if feature_of(to).is_some() && !to.ends_with("/model.rs") {
                bad.push(format!("{from} imports {to}"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn files_stay_small() {
    const MAX: usize = 400;
    // Still larger, to be split by concern (#15): each may shrink, none may grow.
    const KNOWN: &[(&str, usize)] = &[];
    let mut big = Vec::new();
    let g = src();
    for m in g.modules.values() {
        let file = m
            .file
            .strip_prefix(src_dir())
            .unwrap()
            .display()
            .to_string();
        let n = std::fs::read_to_string(&m.file).unwrap().lines().count();
        let limit = KNOWN
            .iter()
            .find(|(f, _)| *f == file)
            .map_or(MAX, |(_, n)| *n);
        if n > limit {
            big.push(format!("{file}: {n} lines (limit {limit})"));
        }
    }
    big.sort();
    assert!(
        big.is_empty(),
        "files over {MAX} lines outside tests (split them by concern):\n{}",
        big.join("\n")
    );
}

/// Every feature has the same shape: `mod.rs` (entry points), `model.rs` (its records),
/// `texts.rs` (both languages), `tests.rs`; command families in files of their own beside them.
#[test]
fn every_feature_has_the_same_shape() {
    let mut missing = Vec::new();
    for f in FEATURES {
        for part in ["mod.rs", "model.rs", "texts.rs", "tests.rs"] {
            if !src_dir().join("core").join(f).join(part).is_file() {
                missing.push(format!("core/{f}/{part}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "features missing a part:\n{}",
        missing.join("\n")
    );
}

/// The executor writes records only through `matrix/outbound/receipts.rs` (its outbox
/// bookkeeping and the meta keys of sync are its own); the pipeline is the only other writer.
#[test]
fn the_executor_writes_records_only_through_receipts() {
    const WRITES: &[&str] = &[
        "records::set_",
        "records::put_",
        "records::update_",
        "records::prune_",
        "records::writes",
        "commit_handled(",
    ];
    let mut bad = Vec::new();
    let mut files = vec![src_dir().join("matrix")];
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if p.ends_with("outbound/receipts.rs") || p.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        for (n, line) in text.lines().enumerate() {
            if WRITES.iter().any(|w| line.contains(w)) {
                bad.push(format!("{}:{}: {}", p.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "record writes outside matrix/outbound/receipts.rs:\n{}",
        bad.join("\n")
    );
}
