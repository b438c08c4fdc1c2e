//! The composition root: opens the stores, connects to the homeserver, wires the pipeline to
//! the sync loop and the outbox executor, and shuts down cleanly on one cancellation signal
//! (stop taking events, finish the one in hand, flush, return).

use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::Room;
use matrix_sdk::ruma::events::room::member::{MembershipState, SyncRoomMemberEvent};
use matrix_sdk::store::StateStoreDataKey;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{info, warn};

use crate::config::Config;
use crate::core::Directory;
use crate::data_dir::{DataDirError, open_store, refuse_lost_store, sled_dir};
use crate::matrix::inbound::bot::{Bot, now_ms};
use crate::matrix::provision::{self, ProvisionError, Summary};
use crate::matrix::session::{self, SessionError};
use crate::matrix::store_record;

use crate::matrix::inbound::catchup;
use crate::matrix::inbound::sync::{self, Readiness};
use crate::matrix::outbound::executor;
use crate::matrix::outbound::preshare;
use crate::matrix::outbound::preshare_due::Preshare;
use crate::matrix::places_by_alias;
use crate::matrix::rooms::Rooms;
use crate::pipeline::Pipeline;
use crate::store::{Meta, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Session(#[from] SessionError),
    #[error("the bot's store: {0}")]
    Store(#[from] StoreError),
    #[error(transparent)]
    Provision(#[from] ProvisionError),
    #[error(transparent)]
    DataDir(#[from] DataDirError),
    #[error("the homeserver refused at start-up: {0}")]
    Sync(matrix_sdk::Error),
}

/// Ledger entries are kept this long past the last checkpoint (catch-up looks back minutes).
const LEDGER_KEEP_MS: u64 = 7 * 24 * 3600 * 1000;
/// How long shutdown waits for the task in hand.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(20);

pub fn directory(cfg: &Config) -> Directory {
    Directory {
        districts: cfg.districts.clone(),
        bot_user: cfg.bot.user_id.clone(),
        bot_name: cfg.bot.display_name.clone(),
        peer_bots: cfg.bot.peers.clone(),
        prefix: cfg.bot.command_prefix.clone(),
        default_lang: cfg.default_lang(),
        categories: cfg.categories.clone(),
        remind_after_ms: cfg.remind_after.as_millis() as u64,
        greetings: cfg.greetings.clone(),
        district_greetings: cfg.district_greetings.clone(),
        emergency: cfg.emergency.clone(),
        rules: cfg.rules.clone(),
        utc_offset_min: cfg.utc_offset_min,
        reports: cfg.reports.clone(),
        rumours: cfg.rumours.clone(),
        digest_at_min: cfg.digest_at_min,
    }
}

/// Choices for `saathi run`.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunOptions {
    /// Begin with an empty store although the bot account had one (see `matrix::store_record`).
    pub new_store: bool,
}

/// A request to the homeserver at start-up, repeated with backoff while the homeserver is away
/// or busy (the bot waits for it rather than exit), until it answers, refuses for good (e.g. a
/// revoked token: exit with the reason) or shutdown.
async fn until_reached<T, F, Fut>(shutdown: &CancellationToken, mut call: F) -> Result<T, AppError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, matrix_sdk::Error>>,
{
    use crate::matrix::retry::{Failure, backoff, classify};
    let mut failures = 0u32;
    loop {
        match call().await {
            Ok(v) => return Ok(v),
            Err(e) => {
                let wait = match classify(&e) {
                    Failure::Permanent(_) => return Err(AppError::Sync(e)),
                    Failure::Transient { wait, .. } => wait.unwrap_or_else(|| backoff(failures)),
                };
                failures = failures.saturating_add(1);
                warn!(error = %e, wait_s = wait.as_secs(), "the homeserver did not answer at start-up; retrying");
                tokio::select! {
                    _ = shutdown.cancelled() => return Err(AppError::Sync(e)),
                    _ = tokio::time::sleep(wait) => {}
                }
            }
        }
    }
}

/// `saathi run`: serve until `shutdown` fires. `ready` turns true after the first sync.
pub async fn run(
    cfg: Config,
    opts: RunOptions,
    shutdown: CancellationToken,
    ready: Arc<Readiness>,
) -> Result<(), AppError> {
    let store_exists = sled_dir(&cfg.data_dir).exists();
    let client = session::connect(&cfg).await?;
    if !store_exists {
        let remembered = until_reached(&shutdown, || store_record::fetch(&client)).await?;
        refuse_lost_store(&cfg, store_exists, remembered, opts.new_store)?;
    }
    let sled = Arc::new(open_store(&cfg)?);
    let store: Arc<dyn Store> = sled.clone();
    let created = match store.meta_get(Meta::FirstStartMs)? {
        Some(ms) => ms,
        None => {
            let ms = now_ms();
            store.meta_set(Meta::FirstStartMs, ms)?;
            ms
        }
    };
    if store.meta_get(Meta::StoreRecordedMs)? != Some(created) {
        let record = store_record::StoreRecord {
            created_ms: created,
        };
        until_reached(&shutdown, || store_record::save(&client, record)).await?;
        store.meta_set(Meta::StoreRecordedMs, created)?;
        info!("the store's existence is recorded in the bot account's data");
    }

    // Before the first sync: it would let matrix-sdk upload one-time keys.
    crate::matrix::after_restore::settle(&client, &cfg.data_dir, store.as_ref()).await;

    let has_token = client
        .state_store()
        .get_kv_data(StateStoreDataKey::SyncToken)
        .await
        .ok()
        .flatten()
        .is_some();
    if !has_token {
        // The first sync brings the rooms' history: learn the rooms, handle none of it.
        client
            .sync_once(sync::settings())
            .await
            .map_err(AppError::Sync)?;
        info!(
            rooms = client.joined_rooms().len(),
            "first sync done; earlier history is not handled"
        );
    }

    // Beside the start, not in its way: the profile is cosmetic, the rooms are not.
    let (c, profile_cfg, s) = (client.clone(), cfg.clone(), store.clone());
    tokio::spawn(async move { crate::matrix::profile::ensure(&c, &profile_cfg, s.as_ref()).await });
    // The anchor device keeps encrypted sends from waiting 5 s on the bot's own user.
    let (c, anchor_cfg) = (client.clone(), cfg.clone());
    tokio::spawn(async move { crate::matrix::anchor::ensure(&c, &anchor_cfg).await });

    let places = places_by_alias(&cfg);
    let rooms = Arc::new(Rooms::default());
    rooms.refresh(&client, &places);
    let bot = Arc::new(Bot {
        client: client.clone(),
        store: store.clone(),
        pipeline: Pipeline::new(store.clone(), Arc::new(directory(&cfg)), rooms.clone()),
        outbox_wake: Notify::new(),
        cancel: shutdown.child_token(),
        places,
        rooms,
        preshare: Preshare::new(&cfg.rooms),
        lists: Default::default(),
    });
    match bot.pipeline.load_rumours(now_ms()) {
        Ok(n) => info!(fingerprints = n, "rumour index loaded"),
        Err(e) => return Err(AppError::Store(e)),
    }
    let b = bot.clone();
    client.add_event_handler(move |raw, room| b.clone().on_timeline(raw, room));
    let b = bot.clone();
    client.add_event_handler(move |ev, room| b.clone().on_invite(ev, room));
    let b = bot.clone();
    client.add_event_handler(move |ev: SyncRoomMemberEvent, room: Room| {
        let b = b.clone();
        async move {
            if *ev.membership() != MembershipState::Knock {
                b.preshare.membership_event(room.room_id(), ev.event_id());
            }
        }
    });

    let subscriptions = cfg.subscribe.clone();
    let floor = catchup::floor_now(&bot);
    let tracker = TaskTracker::new();
    tracker.spawn(executor::run(bot.clone()));
    if let Some(addr) = cfg.metrics_listen {
        let ops = Arc::new(crate::ops_http::Ops {
            metrics: bot.pipeline.metrics().clone(),
            ready: ready.clone(),
            store: store.clone(),
        });
        tracker.spawn(crate::ops_http::serve(addr, ops, bot.cancel.clone()));
    }
    let served = Arc::new(crate::control::Served {
        store: sled,
        districts: cfg.districts.iter().map(|d| d.slug.clone()).collect(),
        data_dir: cfg.data_dir.clone(),
        bot_user: cfg.bot.user_id.clone(),
    });
    tracker.spawn(crate::control::server::serve(
        crate::control::socket_path(&cfg.data_dir),
        served,
        bot.cancel.clone(),
    ));
    let (marker, mark_writer) =
        crate::matrix::handled_mark::writer(client.clone(), bot.cancel.clone());
    tracker.spawn(mark_writer);
    tracker.spawn(sync::run(bot.clone(), ready.clone(), marker));
    tracker.spawn(preshare::run(bot.clone(), ready.clone()));
    // Catch-up waits for this run's first sync: it brings the room keys that arrived while the
    // bot was away, without which the missed messages cannot be decrypted.
    tracker.spawn(catch_up_after_first_sync(
        bot.clone(),
        ready,
        floor,
        subscriptions,
    ));
    tracker.spawn(ticker(bot.clone()));
    if cfg.reports.homeserver_reports {
        let every = Duration::from_millis(cfg.reports.poll_interval_ms);
        tracker.spawn(crate::matrix::inbound::event_reports::run(
            bot.clone(),
            every,
        ));
    }
    tracker.close();

    shutdown.cancelled().await;
    info!("shutting down: finishing the work in hand");
    bot.cancel.cancel();
    if tokio::time::timeout(DRAIN_TIMEOUT, tracker.wait())
        .await
        .is_err()
    {
        warn!("tasks did not stop in time; unfinished events are caught up on the next start");
    }
    store.flush()?;
    info!(outbox = store.outbox_len().unwrap_or(0), "stopped");
    Ok(())
}

async fn catch_up_after_first_sync(
    bot: Arc<Bot>,
    ready: Arc<Readiness>,
    floor: u64,
    subscriptions: Vec<String>,
) {
    while !ready.get() {
        tokio::select! {
            _ = bot.cancel.cancelled() => return,
            _ = tokio::time::sleep(Duration::from_millis(20)) => {}
        }
    }
    bot.rooms.refresh(&bot.client, &bot.places);
    subscribe(&bot, &subscriptions).await;
    let report = catchup::run(bot.clone(), floor).await;
    match bot.store.meta_get(Meta::SyncCheckpointMs) {
        Ok(Some(cp)) => match bot.store.prune_handled(cp.saturating_sub(LEDGER_KEEP_MS)) {
            Ok(pruned) => info!(pruned, "ledger pruned"),
            Err(e) => warn!(error = %e, "cannot prune the ledger"),
        },
        Ok(None) => {}
        Err(e) => warn!(error = %e, "cannot read the sync checkpoint"),
    }
    info!(
        rooms = report.rooms,
        messages = report.messages_seen,
        "catch-up finished"
    );
}

/// Join the subscribed policy lists and load their rules (a list that cannot be joined now is
/// logged and tried again at the next start).
async fn subscribe(bot: &Bot, lists: &[String]) {
    for name in lists {
        let Ok(id) = matrix_sdk::ruma::OwnedRoomOrAliasId::try_from(name.as_str()) else {
            continue;
        };
        match bot.client.join_room_by_id_or_alias(&id, &[]).await {
            Ok(room) => {
                bot.lists
                    .write()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(room.room_id().to_string(), name.clone());
                bot.rooms.load_rules(&room, name).await;
                info!(list = %name, "subscribed to policy list");
            }
            Err(e) => warn!(list = %name, error = %e, "cannot join policy list"),
        }
    }
}

/// How often timed work (reminders, mutes that end, night mode) is looked for: a mute lifts
/// at most this late. One look is a few sled reads per station.
const TICK: Duration = Duration::from_secs(5);

async fn ticker(bot: Arc<Bot>) {
    loop {
        match bot.pipeline.tick(now_ms()) {
            Ok(0) => {}
            Ok(n) => {
                info!(actions = n, "timed work queued");
                bot.outbox_wake.notify_one();
            }
            Err(e) => warn!(error = %e, "timed work failed; will retry"),
        }
        tokio::select! {
            _ = bot.cancel.cancelled() => return,
            _ = tokio::time::sleep(TICK) => {}
        }
    }
}

/// `saathi provision`: create or adopt every room of the config, printing progress.
pub async fn provision(cfg: &Config, out: &mut dyn FnMut(&str)) -> Result<Summary, AppError> {
    let client = session::connect_for_admin(cfg).await?;
    Ok(provision::provision(&client, cfg, out).await?)
}
