//! Backups made while writers run are one moment of the store; restores go only into an empty
//! data directory and give back a store that never reuses a pending effect's number.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::*;
use crate::core::action::Action;
use crate::data_dir::tests::config;
use crate::store::{Handled, Tree, Write};

fn handled(id: &str) -> Handled {
    Handled {
        v: 1,
        event_id: id.into(),
        room_id: "!r".into(),
        origin_ts_ms: 1,
        handled_at_ms: 1,
        actions: 1,
    }
}

fn notice(body: &str) -> Action {
    Action::Reply {
        room_id: "!r".into(),
        in_reply_to: "$e".into(),
        mention: "@u:s".into(),
        body: body.into(),
        html: None,
    }
}

/// One decision: a ledger entry, one effect and one record, all or nothing.
fn decide(store: &SledStore, n: u64) {
    let id = format!("$e{n}");
    let w = Write {
        tree: Tree::Blocks,
        key: format!("lucknow\0@u{n}:s").into_bytes(),
        value: Some(b"{}".to_vec()),
    };
    store
        .commit_handled(&handled(&id), &[notice(&id)], &[w])
        .unwrap();
}

/// A data directory as a running bot leaves it: the store, a Matrix SQLite store, a session.
fn data_dir_with_bot(cfg: &Config) -> Arc<SledStore> {
    let store = Arc::new(data_dir::open_store(cfg).unwrap());
    for n in 0..50 {
        decide(&store, n);
    }
    let matrix = store_dir(&cfg.data_dir);
    std::fs::create_dir_all(&matrix).unwrap();
    let db = rusqlite::Connection::open(matrix.join("matrix-sdk-state.sqlite3")).unwrap();
    db.execute_batch(
        "PRAGMA journal_mode=WAL; CREATE TABLE kv (k TEXT, v TEXT); INSERT INTO kv VALUES ('sync_token', 's42');",
    )
    .unwrap();
    std::fs::write(session_file(&cfg.data_dir), b"{\"device_id\":\"DEV\"}").unwrap();
    store
}

#[test]
fn a_backup_under_load_is_one_moment_and_restores_into_an_empty_directory() {
    let here = tempfile::tempdir().unwrap();
    let cfg = config(here.path());
    let store = data_dir_with_bot(&cfg);
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (store, stop) = (store.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut n = 50;
            while !stop.load(Ordering::Relaxed) {
                decide(&store, n);
                n += 1;
            }
            n
        })
    };
    let dest = here.path().join("backup-1");
    let m = backup(&store, &cfg.data_dir, &cfg.bot.user_id, &dest, 7).unwrap();
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap();
    assert_eq!(m.bot_user, "@saathi:example.org");
    assert_eq!(
        m.matrix_stores,
        vec!["matrix-sdk-state.sqlite3".to_string()]
    );
    assert_eq!(manifest(&dest).unwrap(), m);

    // A second backup into the same directory is refused, not merged.
    assert!(matches!(
        backup(&store, &cfg.data_dir, &cfg.bot.user_id, &dest, 8),
        Err(BackupError::Refused(_))
    ));
    // Restoring over the running bot's data is refused.
    assert!(matches!(restore(&cfg, &dest), Err(BackupError::Refused(_))));

    let elsewhere = tempfile::tempdir().unwrap();
    let fresh = config(elsewhere.path());
    restore(&fresh, &dest).unwrap();
    let copy = data_dir::open_store(&fresh).unwrap();
    // One moment: every decision in the copy is whole (its ledger entry, effect and record).
    let ledger = copy.handled_count().unwrap();
    assert!(
        (50..=written as usize).contains(&ledger),
        "{ledger} of {written}"
    );
    assert_eq!(copy.scan(Tree::Blocks, b"").unwrap().len(), ledger);
    let pending = copy.outbox_peek(usize::MAX).unwrap();
    assert_eq!(pending.len(), ledger);
    // A new effect in the restored store comes after every pending one.
    decide(&copy, 1_000_000);
    let last = copy.outbox_peek(usize::MAX).unwrap();
    let newest = last.iter().find(|i| i.txn_id.contains("e1000000")).unwrap();
    assert!(pending.iter().all(|p| p.seq < newest.seq));
    assert_eq!(last.last().unwrap().seq, newest.seq, "drained last");

    let db =
        rusqlite::Connection::open(store_dir(&fresh.data_dir).join("matrix-sdk-state.sqlite3"))
            .unwrap();
    let token: String = db
        .query_row("SELECT v FROM kv WHERE k = 'sync_token'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(token, "s42");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(session_file(&fresh.data_dir))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the access token stays private");
    }
}

#[test]
fn restore_refuses_what_is_not_a_finished_backup_of_this_bot() {
    let here = tempfile::tempdir().unwrap();
    let cfg = config(here.path());
    let store = data_dir_with_bot(&cfg);
    let dest = here.path().join("b");
    backup(&store, &cfg.data_dir, "@other:example.org", &dest, 7).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let fresh = config(elsewhere.path());
    let cases: [(&str, Spoil); 3] = [
        ("a backup of another bot", Box::new(|_| {})),
        (
            "no manifest",
            Box::new(|d| std::fs::remove_file(d.join(MANIFEST)).unwrap()),
        ),
        (
            "a manifest that is not one",
            Box::new(|d| std::fs::write(d.join(MANIFEST), b"{").unwrap()),
        ),
    ];
    for (why, spoil) in cases {
        spoil(&dest);
        let err = restore(&fresh, &dest).unwrap_err().to_string();
        assert!(err.contains(&dest.display().to_string()), "{why}: {err}");
        assert!(
            !data_dir::sled_dir(&fresh.data_dir).exists(),
            "{why}: nothing restored"
        );
    }
}

/// What a case does to a backup before restoring it.
type Spoil = Box<dyn Fn(&Path)>;
