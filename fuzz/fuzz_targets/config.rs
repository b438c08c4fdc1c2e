//! The config loader (TOML, types, unknown keys, validation) on any file: it must answer with
//! a config or a list of problems, never panic.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static DIR: LazyLock<tempfile::TempDir> = LazyLock::new(|| tempfile::tempdir().expect("tempdir"));

fuzz_target!(|data: &[u8]| {
    let path = DIR.path().join("config.toml");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    match saathi::config::load(&path) {
        Ok(cfg) => assert!(!cfg.districts.is_empty()),
        Err(e) => assert!(!e.problems.is_empty()),
    }
});
