#![recursion_limit = "256"]
//! Under Synapse's *default* rate limits (room creation ~1/min after a burst of 10, messages
//! 0.2/s), provisioning a 10-station district (24 rooms) still completes: it waits out every
//! M_LIMIT_EXCEEDED instead of failing. Slow by nature (~15 minutes): it measures the wait.
//! (Invites to one user are limited too, by recipient: see the note in the test.)

mod common;

use std::time::Instant;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_station_district_provisions_under_default_limits() {
    let hs = Synapse::start_with(true);
    let stations = ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10"];
    register_all(&hs, &stations, &[]).await;
    // No officer: an officer is invited to every room of the district (24 here), and Synapse
    // limits invites *to one user* to a burst of 5, then one per 333 s, unless the inviter's
    // limits are lifted (README): that would be ~2 hours of waiting, not what this test measures
    // (room creation and messages). Staff get at most 4 invites each, inside the burst.
    let config = config_toml(&hs, &stations).replace("officers = [\"@sp:localhost\"]\n", "");
    assert!(!config.contains("@sp:localhost"), "{config}");
    let bot = BotProcess::new(&config);
    let started = Instant::now();
    let out = bot.provision();
    let took = started.elapsed();
    assert!(out.contains("Done: 24 rooms (24 created"), "{out}");
    assert!(
        out.contains("homeserver rate limit: waiting"),
        "the limits were hit and waited out:\n{out}"
    );
    eprintln!(
        "provisioned 24 rooms under default rate limits in {:.0} s",
        took.as_secs_f64()
    );
    let again = bot.provision();
    assert!(again.contains("Nothing to change: all 24 rooms"), "{again}");
}
