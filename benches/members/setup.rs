//! Members with real E2EE devices, made over plain HTTP: a user through the admin API, a
//! password login as device `M` (a real device on the homeserver), identity keys and signed
//! one-time keys from a vodozemac account uploaded with `/keys/upload`, then an invite by the
//! bot and a join. No client per member: the members never sync; they only have devices that
//! the bot must track, claim keys of and send room keys to.

use std::sync::Arc;

use matrix_sdk::encryption::vodozemac::olm::Account;
use matrix_sdk::ruma::canonical_json::to_canonical_value;
use serde_json::{Value, json};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// Requests in flight at once while setting up (Synapse has two cores to answer them).
const PARALLEL: usize = 16;

/// One-time keys per member device: one per bot device that will claim (two runs) and spare.
const ONE_TIME_KEYS: usize = 4;

pub const MEMBER_PASSWORD: &str = "member-password-1";

#[derive(Clone)]
pub struct Member {
    pub user: String,
    pub token: String,
}

fn sign(account: &Account, object: &Value) -> String {
    let canonical = to_canonical_value(object).expect("canonical JSON");
    account.sign(canonical.to_string()).to_base64()
}

async fn ok(r: reqwest::Response, what: &str) -> Value {
    let status = r.status();
    let body: Value = r.json().await.unwrap_or(Value::Null);
    assert!(status.is_success(), "{what}: {status} {body}");
    body
}

/// Creates `@name:localhost`, logs in as device `M`, uploads its keys.
async fn make(http: reqwest::Client, url: String, admin: String, name: String) -> Member {
    let user = format!("@{name}:localhost");
    ok(
        http.put(format!("{url}/_synapse/admin/v2/users/{user}"))
            .bearer_auth(&admin)
            .json(&json!({ "password": MEMBER_PASSWORD, "displayname": name }))
            .send()
            .await
            .unwrap(),
        "create user",
    )
    .await;
    let login = ok(
        http.post(format!("{url}/_matrix/client/v3/login"))
            .json(&json!({
                "type": "m.login.password",
                "identifier": { "type": "m.id.user", "user": name },
                "password": MEMBER_PASSWORD,
                "device_id": "M",
            }))
            .send()
            .await
            .unwrap(),
        "login",
    )
    .await;
    let token = login["access_token"].as_str().unwrap().to_string();

    let mut account = Account::new();
    let keys = account.identity_keys();
    let mut device = json!({
        "user_id": user,
        "device_id": "M",
        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
        "keys": {
            "curve25519:M": keys.curve25519.to_base64(),
            "ed25519:M": keys.ed25519.to_base64(),
        },
    });
    let sig = sign(&account, &device);
    device["signatures"] = json!({ user.clone(): { "ed25519:M": sig } });
    account.generate_one_time_keys(ONE_TIME_KEYS);
    let mut otks = serde_json::Map::new();
    for (id, key) in account.one_time_keys() {
        let mut k = json!({ "key": key.to_base64() });
        let sig = sign(&account, &k);
        k["signatures"] = json!({ user.clone(): { "ed25519:M": sig } });
        otks.insert(format!("signed_curve25519:{}", id.to_base64()), k);
    }
    account.mark_keys_as_published();
    ok(
        http.post(format!("{url}/_matrix/client/v3/keys/upload"))
            .bearer_auth(&token)
            .json(&json!({ "device_keys": device, "one_time_keys": otks }))
            .send()
            .await
            .unwrap(),
        "keys upload",
    )
    .await;
    Member { user, token }
}

/// `POST /_matrix/client/v3/rooms/{room}/{what}` with `token`, asserting success.
async fn room_post(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    room: &str,
    what: &str,
    body: Value,
) {
    ok(
        http.post(format!("{url}/_matrix/client/v3/rooms/{room}/{what}"))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap(),
        what,
    )
    .await;
}

/// `names.len()` members with devices and keys, `PARALLEL` at a time.
pub async fn members(url: &str, admin: &str, names: Vec<String>) -> Vec<Member> {
    let http = reqwest::Client::new();
    let gate = Arc::new(Semaphore::new(PARALLEL));
    let mut set = JoinSet::new();
    for (i, name) in names.into_iter().enumerate() {
        let (http, url, admin, gate) = (
            http.clone(),
            url.to_string(),
            admin.to_string(),
            gate.clone(),
        );
        set.spawn(async move {
            let _permit = gate.acquire_owned().await.unwrap();
            (i, make(http, url, admin, name).await)
        });
    }
    let mut out: Vec<(usize, Member)> = set.join_all().await;
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, m)| m).collect()
}

/// The bot invites each member to `room` and the member joins, `PARALLEL` at a time.
pub async fn join(url: &str, bot_token: &str, room: &str, members: &[Member]) {
    let http = reqwest::Client::new();
    let gate = Arc::new(Semaphore::new(PARALLEL));
    let mut set = JoinSet::new();
    for m in members.iter().cloned() {
        let (http, url, bot, room, gate) = (
            http.clone(),
            url.to_string(),
            bot_token.to_string(),
            room.to_string(),
            gate.clone(),
        );
        set.spawn(async move {
            let _permit = gate.acquire_owned().await.unwrap();
            room_post(
                &http,
                &url,
                &bot,
                &room,
                "invite",
                json!({ "user_id": m.user }),
            )
            .await;
            room_post(&http, &url, &m.token, &room, "join", json!({})).await;
        });
    }
    set.join_all().await;
}

/// Each member leaves `room`, `PARALLEL` at a time.
pub async fn leave(url: &str, room: &str, members: &[Member]) {
    let http = reqwest::Client::new();
    let gate = Arc::new(Semaphore::new(PARALLEL));
    let mut set = JoinSet::new();
    for m in members.iter().cloned() {
        let (http, url, room, gate) = (
            http.clone(),
            url.to_string(),
            room.to_string(),
            gate.clone(),
        );
        set.spawn(async move {
            let _permit = gate.acquire_owned().await.unwrap();
            room_post(&http, &url, &m.token, &room, "leave", json!({})).await;
        });
    }
    set.join_all().await;
}
