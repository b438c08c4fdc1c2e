//! Test harness: a real Synapse ([`synapse`]), the real `saathi` binary as a child process,
//! and real matrix-sdk clients (with E2EE) that read what the bot sent.
#![allow(dead_code)] // each test binary uses a different part of the harness

pub mod load;
pub mod procstat;
pub mod scene;
pub mod synapse;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent,
};
use matrix_sdk::ruma::events::room::redaction::OriginalSyncRoomRedactionEvent;
use matrix_sdk::ruma::{OwnedRoomId, RoomAliasId, UserId, uint};
use matrix_sdk::{Client, Room};
use serde_json::json;
pub use synapse::Synapse;

pub const BOT: &str = "@saathi:localhost";
pub const PASSWORD: &str = "test-password-1";

/// A district for tests: `stations` slugs, officer `sp`, and for each station `s` the staff
/// `sho-s` (lead) and `const-s`.
pub fn config_toml(hs: &Synapse, stations: &[&str]) -> String {
    let mut t = format!(
        r#"language = "en"
[homeserver]
url = "{}"
[bot]
user_id = "{BOT}"
password = "{PASSWORD}"
[storage]
data_dir = "data"
[log]
level = "info,saathi=debug"
[digest]
enabled = false
[[districts]]
slug = "testpur"
name_hi = "टेस्टपुर"
name_en = "Testpur"
officers = ["@sp:localhost"]
"#,
        hs.url()
    );
    for s in stations {
        t.push_str(&format!("[[districts.stations]]\nslug = \"{s}\"\nname_hi = \"थाना {s}\"\nname_en = \"Station {s}\"\n"));
    }
    for s in stations {
        t.push_str(&format!(
            "[[districts.staff]]\nuser = \"@sho-{s}:localhost\"\nstation = \"{s}\"\nlead = true\n"
        ));
        t.push_str(&format!(
            "[[districts.staff]]\nuser = \"@const-{s}:localhost\"\nstation = \"{s}\"\n"
        ));
    }
    t
}

/// Register the bot and every user the test config names, plus `extra` users.
pub async fn register_all(hs: &Synapse, stations: &[&str], extra: &[&str]) {
    hs.register("saathi", PASSWORD, false).await;
    hs.register("sp", PASSWORD, false).await;
    for s in stations {
        hs.register(&format!("sho-{s}"), PASSWORD, false).await;
        hs.register(&format!("const-{s}"), PASSWORD, false).await;
    }
    for u in extra {
        hs.register(u, PASSWORD, false).await;
    }
}

/// The bot: its config and data in a temp dir, run as the real binary.
pub struct BotProcess {
    pub dir: tempfile::TempDir,
    child: Option<Child>,
}

impl BotProcess {
    pub fn new(config: &str) -> BotProcess {
        let dir = tempfile::Builder::new()
            .prefix("saathi-bot-")
            .tempdir()
            .unwrap();
        std::fs::write(dir.path().join("config.toml"), config).unwrap();
        BotProcess { dir, child: None }
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn command(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_saathi"));
        c.arg("--config")
            .arg(self.config())
            .current_dir(self.dir.path())
            .env_remove("RUST_LOG");
        c
    }

    /// `saathi provision`; returns its stdout.
    pub fn provision(&self) -> String {
        let out = self
            .command()
            .arg("provision")
            .stderr(Stdio::inherit())
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(out.status.success(), "provision failed:\n{stdout}");
        stdout
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("bot.log")).unwrap_or_default()
    }

    /// Start `saathi run` and wait until it has synced.
    pub async fn start(&mut self) {
        self.start_within(Duration::from_secs(90)).await;
    }

    /// The running bot's process id.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Start `saathi run` and wait up to `limit` until it has synced.
    pub async fn start_within(&mut self, limit: Duration) {
        self.start_with_args(&[], limit).await;
    }

    /// `saathi run <args>` (e.g. `--new-store`), waiting until it has synced.
    pub async fn start_with(&mut self, args: &[&str]) {
        self.start_with_args(args, Duration::from_secs(90)).await;
    }

    pub async fn start_with_args(&mut self, args: &[&str], limit: Duration) {
        let from = self.log().len();
        self.spawn_with(args);
        wait_until(
            limit,
            || {
                self.log()
                    .get(from..)
                    .is_some_and(|l| l.contains("ready: synced"))
            },
            || format!("bot not ready; log:\n{}", self.log()),
        )
        .await;
    }

    /// Start `saathi run` without waiting for anything (to kill it during start-up).
    pub fn spawn(&mut self) {
        self.spawn_with(&[]);
    }

    fn spawn_with(&mut self, args: &[&str]) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join("bot.log"))
            .unwrap();
        self.child = Some(
            self.command()
                .arg("run")
                .args(args)
                .stdout(log.try_clone().unwrap())
                .stderr(log)
                .spawn()
                .unwrap(),
        );
    }

    /// Run `saathi <args>` to its end (within a minute); its exit success and its output.
    pub async fn run_to_end(&self, args: &[&str]) -> (bool, String) {
        let mut child = self
            .command()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        let status = loop {
            if let Some(st) = child.try_wait().unwrap() {
                break st;
            }
            if Instant::now() > deadline {
                child.kill().unwrap();
                panic!("saathi {args:?} did not end within a minute");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        let out = child.wait_with_output().unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (status.success(), text)
    }

    /// `saathi export <what> --format json` (the bot stopped): the rows.
    pub fn export_json(&self, what: &str) -> Vec<serde_json::Value> {
        let out = self
            .command()
            .args(["export", what, "--format", "json"])
            .output()
            .unwrap();
        let rows: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        rows.as_array().expect("an array of rows").clone()
    }

    /// SIGTERM, and wait for a clean exit.
    pub async fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let st = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(st.success());
        let deadline = Instant::now() + Duration::from_secs(40);
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                assert!(
                    status.success(),
                    "bot exited with {status}; log:\n{}",
                    self.log()
                );
                return;
            }
            assert!(Instant::now() < deadline, "bot did not stop on SIGTERM");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// SIGKILL: no chance to flush or finish anything.
    pub fn kill9(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }

    /// The bot's access token, to act as the bot where the feature under test is not the
    /// point (e.g. admitting a volunteer before vetting exists).
    pub fn access_token(&self) -> String {
        let s: serde_json::Value =
            serde_json::from_slice(&std::fs::read(self.data_dir().join("session.json")).unwrap())
                .unwrap();
        s["tokens"]["access_token"]
            .as_str()
            .or_else(|| s["access_token"].as_str())
            .expect("access token in session.json")
            .to_string()
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        self.kill9();
    }
}

pub async fn wait_until(
    timeout: Duration,
    mut ok: impl FnMut() -> bool,
    msg: impl FnOnce() -> String,
) {
    let deadline = Instant::now() + timeout;
    while !ok() {
        if Instant::now() > deadline {
            panic!("{}", msg());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A message as a test client saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub room_id: String,
    pub event_id: String,
    pub sender: String,
    pub body: String,
    pub notice: bool,
    pub in_reply_to: Option<String>,
    /// `m.text`, `m.notice`, `m.image`…
    pub msgtype: String,
    /// The content as received (media sources, relay marks, relations).
    pub content: serde_json::Value,
    /// The homeserver's timestamp (ms).
    pub ts: u64,
}

/// A real user on a real client: E2EE on, syncing in the background, remembering every
/// message it can read.
pub struct User {
    pub client: Client,
    pub seen: Arc<Mutex<Vec<Seen>>>,
    /// Ids of the events this user saw redacted.
    pub redacted: Arc<Mutex<Vec<String>>>,
    /// Events this user could not decrypt: (room, event id).
    pub undecryptable: Arc<Mutex<Vec<(String, String)>>>,
    _store: tempfile::TempDir,
}

impl User {
    pub async fn login(hs: &Synapse, name: &str) -> User {
        let store = tempfile::tempdir().unwrap();
        let client = Client::builder()
            .homeserver_url(hs.url())
            .respect_login_well_known(false)
            .sqlite_store(store.path(), None)
            .build()
            .await
            .unwrap();
        client
            .matrix_auth()
            .login_username(name, PASSWORD)
            .send()
            .await
            .unwrap();
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let s = seen.clone();
        client.add_event_handler(
            move |ev: OriginalSyncRoomMessageEvent,
                  room: Room,
                  raw: matrix_sdk::event_handler::RawEvent| {
                let s = s.clone();
                async move {
                    let (body, notice) = match &ev.content.msgtype {
                        MessageType::Text(t) => (t.body.clone(), false),
                        MessageType::Notice(n) => (n.body.clone(), true),
                        other => (other.body().to_string(), false),
                    };
                    let in_reply_to = match &ev.content.relates_to {
                        Some(Relation::Reply(r)) => Some(r.in_reply_to.event_id.to_string()),
                        _ => None,
                    };
                    s.lock().unwrap().push(Seen {
                        room_id: room.room_id().to_string(),
                        event_id: ev.event_id.to_string(),
                        sender: ev.sender.to_string(),
                        body,
                        notice,
                        in_reply_to,
                        msgtype: ev.content.msgtype().to_string(),
                        // As sent, unknown fields (the relay mark) included.
                        content: serde_json::from_str::<serde_json::Value>(raw.get())
                            .map(|e| e["content"].clone())
                            .unwrap_or_default(),
                        ts: ev.origin_server_ts.get().into(),
                    });
                }
            },
        );
        let redacted: Arc<Mutex<Vec<String>>> = Arc::default();
        let r = redacted.clone();
        client.add_event_handler(move |ev: OriginalSyncRoomRedactionEvent| {
            let r = r.clone();
            async move {
                if let Some(id) = ev.content.redacts.clone().or(ev.redacts.clone()) {
                    r.lock().unwrap().push(id.to_string());
                }
            }
        });
        let undecryptable: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let u = undecryptable.clone();
        client.add_event_handler(
            move |ev: matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent,
                  room: Room| {
                let u = u.clone();
                async move {
                    u.lock()
                        .unwrap()
                        .push((room.room_id().to_string(), ev.event_id.to_string()));
                }
            },
        );
        // A large timeline limit: the test must see every reply, not the last 10 of a burst.
        let settings = || {
            let mut f = FilterDefinition::default();
            f.room.timeline.limit = Some(uint!(500));
            SyncSettings::default().filter(Filter::FilterDefinition(f))
        };
        client.sync_once(settings()).await.unwrap();
        let c = client.clone();
        // Back-to-back long-polls, as Element does (matrix-sdk's own `sync` loop spaces
        // syncs a second apart, which would hide the bot's latency behind the client's).
        tokio::spawn(async move {
            loop {
                if c.sync_once(settings()).await.is_err() {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            }
        });
        User {
            client,
            seen,
            redacted,
            undecryptable,
            _store: store,
        }
    }

    /// A client-API GET with this user's token (`path` from `/_matrix/…`), as JSON.
    pub async fn get_json(&self, hs: &Synapse, path: &str) -> serde_json::Value {
        reqwest::Client::new()
            .get(format!("{}{path}", hs.url()))
            .bearer_auth(self.client.access_token().unwrap())
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// POST `body` to `path` with this user's token, as a client would; panics unless it is
    /// accepted (2xx).
    pub async fn post_ok(&self, hs: &Synapse, path: &str, body: &serde_json::Value) {
        let resp = reqwest::Client::new()
            .post(format!("{}{path}", hs.url()))
            .bearer_auth(self.client.access_token().unwrap())
            .json(body)
            .send()
            .await
            .unwrap();
        let status = resp.status();
        assert!(
            status.is_success(),
            "POST {path}: {status} {}",
            resp.text().await.unwrap_or_default()
        );
    }

    /// The last 100 events of a room as the homeserver holds them (newest first), raw.
    pub async fn raw_messages(&self, hs: &Synapse, room: &OwnedRoomId) -> Vec<serde_json::Value> {
        let page = self
            .get_json(
                hs,
                &format!("/_matrix/client/v3/rooms/{room}/messages?dir=b&limit=100"),
            )
            .await;
        page["chunk"].as_array().cloned().unwrap_or_default()
    }

    pub async fn room_by_alias(&self, alias: &str) -> OwnedRoomId {
        self.client
            .resolve_room_alias(<&RoomAliasId>::try_from(alias).unwrap())
            .await
            .unwrap()
            .room_id
    }

    /// Join a room it was invited to (retrying while the invite travels).
    pub async fn join(&self, room_id: &OwnedRoomId) -> Room {
        for _ in 0..50 {
            if let Ok(room) = self.client.join_room_by_id(room_id).await {
                return room;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!(
            "{} could not join {room_id}",
            self.client.user_id().unwrap()
        );
    }

    pub async fn send(&self, room: &Room, body: &str) -> String {
        room.send(RoomMessageEventContent::text_plain(body))
            .await
            .unwrap()
            .response
            .event_id
            .to_string()
    }

    /// Replies to `event_id` seen so far.
    pub fn replies_to(&self, event_id: &str) -> Vec<Seen> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|s| s.in_reply_to.as_deref() == Some(event_id))
            .cloned()
            .collect()
    }

    /// Wait for the first reply to `event_id`.
    pub async fn reply_to(&self, event_id: &str) -> Seen {
        wait_until(
            Duration::from_secs(60),
            || !self.replies_to(event_id).is_empty(),
            || {
                format!(
                    "no reply to {event_id}; seen: {:#?}",
                    self.seen.lock().unwrap()
                )
            },
        )
        .await;
        self.replies_to(event_id).remove(0)
    }

    /// An encrypted direct chat with the bot, once the bot has joined.
    pub async fn dm_bot(&self) -> Room {
        let mut req = create_room::v3::Request::new();
        req.is_direct = true;
        req.invite = vec![UserId::parse(BOT).unwrap()];
        req.preset = Some(create_room::v3::RoomPreset::TrustedPrivateChat);
        req.initial_state = vec![matrix_sdk::ruma::serde::Raw::new(&json!({"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm.v1.aes-sha2"}})).unwrap().cast_unchecked()];
        let room = self.client.create_room(req).await.unwrap();
        let bot = UserId::parse(BOT).unwrap();
        for _ in 0..100 {
            if let Ok(Some(m)) = room.get_member_no_sync(&bot).await
                && *m.membership() == matrix_sdk::ruma::events::room::member::MembershipState::Join
            {
                return room;
            }
            room.sync_members().await.ok();
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("the bot did not join the DM");
    }
}

/// Invite `user` to `room` with the bot's token (a stand-in for approval until vetting exists).
pub async fn invite_as_bot(hs: &Synapse, bot: &BotProcess, room: &OwnedRoomId, user: &str) {
    let url = format!("{}/_matrix/client/v3/rooms/{}/invite", hs.url(), room);
    let resp = reqwest::Client::new()
        .post(url)
        .bearer_auth(bot.access_token())
        .json(&json!({ "user_id": user }))
        .send()
        .await
        .unwrap();
    assert!(
        resp.status().is_success(),
        "invite: {}",
        resp.text().await.unwrap()
    );
}

/// The officer `sp` in the control room (returned) and in every room a broadcast reaches: the
/// announcements room and each station's room (their ids returned, announcements first).
pub async fn officer_with_broadcast_targets(
    hs: &Synapse,
    bot: &BotProcess,
    sp: &User,
    stations: &[&str],
) -> (Room, Vec<OwnedRoomId>) {
    let control_id = sp.room_by_alias("#testpur-control:localhost").await;
    let control = sp.join(&control_id).await;
    let mut targets = vec![sp.room_by_alias("#testpur-announcements:localhost").await];
    for s in stations {
        targets.push(sp.room_by_alias(&format!("#thana-{s}:localhost")).await);
    }
    for id in &targets {
        // Officers are invited where provisioning says; make sure of every target room.
        invite_as_bot(hs, bot, id, "@sp:localhost").await;
        sp.join(id).await;
    }
    (control, targets)
}

/// The full state of a room, read with the bot's token: (type, state_key) → content.
pub async fn room_state(
    hs: &Synapse,
    bot: &BotProcess,
    room: &OwnedRoomId,
) -> std::collections::BTreeMap<(String, String), serde_json::Value> {
    let url = format!("{}/_matrix/client/v3/rooms/{}/state", hs.url(), room);
    let events: Vec<serde_json::Value> = reqwest::Client::new()
        .get(url)
        .bearer_auth(bot.access_token())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    events
        .into_iter()
        .map(|e| {
            (
                (
                    e["type"].as_str().unwrap().to_string(),
                    e["state_key"].as_str().unwrap().to_string(),
                ),
                e["content"].clone(),
            )
        })
        .collect()
}

pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

impl User {
    /// Wait until a message matching `pred` has been seen; returns it.
    pub async fn wait_for(&self, what: &str, pred: impl Fn(&Seen) -> bool) -> Seen {
        wait_until(
            Duration::from_secs(60),
            || self.seen.lock().unwrap().iter().any(&pred),
            || format!("never saw {what}; seen: {:#?}", self.seen.lock().unwrap()),
        )
        .await;
        self.seen
            .lock()
            .unwrap()
            .iter()
            .find(|s| pred(s))
            .cloned()
            .unwrap()
    }

    /// Join every room this user is invited to (e.g. the bot's DM), waiting for at least one.
    pub async fn accept_invites(&self) {
        wait_until(
            Duration::from_secs(60),
            || !self.client.invited_rooms().is_empty(),
            || "no invite arrived".into(),
        )
        .await;
        for r in self.client.invited_rooms() {
            self.join(&r.room_id().to_owned()).await;
        }
    }

    /// The decrypted bytes of an encrypted file message's `content`.
    pub async fn download(&self, content: &serde_json::Value) -> Vec<u8> {
        let file: matrix_sdk::ruma::events::room::EncryptedFile =
            serde_json::from_value(content["file"].clone())
                .unwrap_or_else(|e| panic!("not an encrypted file ({e}): {content}"));
        self.client
            .media()
            .get_media_content(
                &matrix_sdk::media::MediaRequestParameters {
                    source: matrix_sdk::ruma::events::room::MediaSource::Encrypted(Box::new(file)),
                    format: matrix_sdk::media::MediaFormat::File,
                },
                false,
            )
            .await
            .unwrap()
    }

    pub fn user_id(&self) -> String {
        self.client.user_id().unwrap().to_string()
    }
}

/// The membership of `user` in `room`, read with the bot's token.
pub async fn membership(
    hs: &Synapse,
    bot: &BotProcess,
    room: &OwnedRoomId,
    user: &str,
) -> Option<String> {
    room_state(hs, bot, room)
        .await
        .get(&("m.room.member".to_string(), user.to_string()))
        .and_then(|c| c["membership"].as_str().map(String::from))
}

/// Wait until `user`'s membership in `room` is `want` (read with the bot's token).
pub async fn wait_membership(
    hs: &Synapse,
    bot: &BotProcess,
    room: &OwnedRoomId,
    user: &str,
    want: &str,
) {
    for _ in 0..150 {
        if membership(hs, bot, room, user).await.as_deref() == Some(want) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("{user} never reached {want} in {room}");
}

/// Whether `user` may post in `room` right now, by the room's power levels.
pub async fn can_post(hs: &Synapse, bot: &BotProcess, room: &OwnedRoomId, user: &str) -> bool {
    let state = room_state(hs, bot, room).await;
    let pl = &state[&("m.room.power_levels".to_string(), String::new())];
    let level = pl["users"][user]
        .as_i64()
        .unwrap_or(pl["users_default"].as_i64().unwrap_or(0));
    let needed = pl["events"]["m.room.message"]
        .as_i64()
        .unwrap_or(pl["events_default"].as_i64().unwrap_or(0));
    level >= needed
}

/// Wait (up to `secs`) until `user`'s right to post in `room` is `want`; how long it took.
pub async fn wait_can_post(
    hs: &Synapse,
    bot: &BotProcess,
    room: &OwnedRoomId,
    user: &str,
    want: bool,
    secs: u64,
) -> Option<Duration> {
    let start = std::time::Instant::now();
    while start.elapsed() < Duration::from_secs(secs) {
        if can_post(hs, bot, room, user).await == want {
            return Some(start.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    None
}
