//! Every way a data directory can be lost or damaged → a refusal that names the path; never a
//! store that opens empty where one existed.

use super::*;
use crate::store::{Store, Tree, Write};

pub(crate) fn config(dir: &Path) -> Config {
    let file = dir.join("config.toml");
    std::fs::write(
        &file,
        r#"[homeserver]
url = "http://127.0.0.1:8008"
[bot]
user_id = "@saathi:example.org"
password = "pw"
[storage]
data_dir = "data"
[[districts]]
slug = "lucknow"
name_hi = "लखनऊ"
name_en = "Lucknow"
officers = ["@sp:example.org"]
[[districts.stations]]
slug = "hazratganj"
name_hi = "हज़रतगंज"
name_en = "Hazratganj"
"#,
    )
    .unwrap();
    crate::config::load(&file).unwrap()
}

/// A store that has run: a blocklist entry in it.
fn used_store(cfg: &Config) {
    let store = open_store(cfg).unwrap();
    store
        .put(&Write {
            tree: Tree::Blocks,
            key: b"lucknow\0@tout:example.org".to_vec(),
            value: Some(b"{}".to_vec()),
        })
        .unwrap();
    store.flush().unwrap();
}

fn overwrite_files(dir: &Path, with: &[u8]) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::write(&p, with).unwrap();
        }
    }
}

#[test]
fn a_lost_or_damaged_store_is_refused_by_name() {
    type Damage = fn(&Path);
    let cases: &[(&str, Damage, &[&str])] = &[
        (
            "store removed",
            |sled| std::fs::remove_dir_all(sled).unwrap(),
            &["is missing although", "saathi.sled.initialised"],
        ),
        (
            "store replaced by an empty directory",
            |sled| {
                std::fs::remove_dir_all(sled).unwrap();
                std::fs::create_dir(sled).unwrap();
            },
            &["opened empty although", "damaged or were replaced"],
        ),
        (
            "store replaced by a file",
            |sled| {
                std::fs::remove_dir_all(sled).unwrap();
                std::fs::write(sled, b"oops").unwrap();
            },
            &["is missing although"],
        ),
        (
            "every file truncated",
            |sled| overwrite_files(sled, b""),
            &["saathi.sled"],
        ),
        (
            "every file overwritten with garbage",
            |sled| overwrite_files(sled, &[0xA5; 4096]),
            &["saathi.sled"],
        ),
    ];
    for (what, damage, want) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let cfg = config(tmp.path());
        used_store(&cfg);
        let sled = sled_dir(&cfg.data_dir);
        damage(&sled);
        match open_store(&cfg) {
            Ok(store) => {
                // Only acceptable if nothing was lost.
                let blocks = store.scan(Tree::Blocks, b"").unwrap();
                assert_eq!(blocks.len(), 1, "{what}: opened and forgot the blocklist");
            }
            Err(e) => {
                let msg = e.to_string();
                for w in *want {
                    assert!(msg.contains(w), "{what}: {w:?} not in {msg}");
                }
                assert!(msg.contains("backup"), "{what}: no way out in {msg}");
            }
        }
    }
}

#[test]
fn tools_never_create_a_store() {
    let tmp = tempfile::tempdir().unwrap();
    let cfg = config(tmp.path());
    let Err(e) = open_existing_store(&cfg) else {
        panic!("a store was created")
    };
    let msg = e.to_string();
    assert!(msg.contains("there is no store at"), "{msg}");
    assert!(!sled_dir(&cfg.data_dir).exists());
    used_store(&cfg);
    let store = open_existing_store(&cfg).unwrap();
    assert_eq!(store.scan(Tree::Blocks, b"").unwrap().len(), 1);
}

#[test]
fn refuses_only_a_missing_store_the_account_had() {
    let tmp = tempfile::tempdir().unwrap();
    let cfg = config(tmp.path());
    let old = Some(StoreRecord { created_ms: 5 });
    let cases: &[(bool, Option<StoreRecord>, bool, bool)] = &[
        // The first start ever.
        (false, None, false, false),
        // A store from before this record existed, or the usual restart.
        (true, None, false, false),
        (true, old, false, false),
        // The data directory lost its store: refuse…
        (false, old, false, true),
        // …unless the operator asked for a new store.
        (false, old, true, false),
    ];
    for (exists, remembered, new_store, refused) in cases {
        let got = refuse_lost_store(&cfg, *exists, *remembered, *new_store);
        assert_eq!(
            got.is_err(),
            *refused,
            "exists={exists} remembered={remembered:?} new_store={new_store}: {got:?}"
        );
        if let Err(e) = got {
            let msg = e.to_string();
            for want in [
                "@saathi:example.org already had one, created 1970-01-01",
                "backup",
                "--new-store",
            ] {
                assert!(msg.contains(want), "{want:?} not in {msg}");
            }
        }
    }
}
