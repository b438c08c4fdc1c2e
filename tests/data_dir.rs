#![recursion_limit = "256"]
//! A bot whose data directory is lost as a whole (a wrong volume, a lost disk) refuses to start
//! afresh — the bot account remembers on the homeserver that it had a store — until the
//! directory is restored, or the operator deliberately asks for a new store.

mod common;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_lost_data_directory_is_refused_not_silently_replaced() {
    let hs = Synapse::start();
    register_all(&hs, &["a"], &[]).await;
    let mut bot = BotProcess::new(&config_toml(&hs, &["a"]));
    bot.provision();
    bot.start().await;
    bot.stop().await;
    let (ok, status) = bot.run_to_end(&["status"]).await;
    assert!(ok, "{status}");
    assert!(status.contains("outbox: 0 pending"), "{status}");

    // The whole directory gone (moved aside, as a wrong volume would look).
    let data = bot.data_dir();
    let aside = bot.dir.path().join("data.backup");
    std::fs::rename(&data, &aside).unwrap();
    let (ok, out) = bot.run_to_end(&["run"]).await;
    assert!(!ok, "the bot started on an empty data directory:\n{out}");
    for want in [
        "has no store, but @saathi:localhost already had one, created",
        "restore the data directory from a backup",
        "--new-store",
    ] {
        assert!(out.contains(want), "{want:?} not in:\n{out}");
    }
    assert!(
        !data.join("saathi.sled").exists(),
        "the refusal must not leave a store behind (the next start would accept it)"
    );
    let (ok, again) = bot.run_to_end(&["run"]).await;
    assert!(!ok && again.contains("already had one"), "{again}");
    let (ok, out) = bot.run_to_end(&["status"]).await;
    assert!(!ok && out.contains("there is no store at"), "{out}");

    // Restored from the backup: it runs, with its store.
    std::fs::remove_dir_all(&data).unwrap();
    std::fs::rename(&aside, &data).unwrap();
    bot.start().await;
    bot.stop().await;

    // A deliberate new start; afterwards plain starts run on it.
    std::fs::remove_dir_all(&data).unwrap();
    bot.start_with(&["--new-store"]).await;
    bot.stop().await;
    bot.start().await;
    bot.stop().await;
}
