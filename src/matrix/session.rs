//! Logging in once, then restoring the same device on every later start.
//!
//! Data directory layout (ops back up the whole directory):
//! - `matrix/`       matrix-sdk's SQLite store: room state, sync token, E2EE keys
//! - `session.json`  the bot's access token and device id (mode 0600)
//! - `saathi.sled/`  the bot's own data (see `store::sled_store`)
//!
//! A device id is never reused without its crypto store: with the store gone, the bot logs in
//! as a new device (and says so), because the old device's keys cannot be recovered.

use std::path::{Path, PathBuf};

use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::RequestConfig;
use matrix_sdk::encryption::EncryptionSettings;
use matrix_sdk::{Client, ClientBuildError};
use tracing::{info, warn};

use crate::config::Config;

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("cannot build the Matrix client: {0}")]
    Build(Box<ClientBuildError>),
    #[error("cannot log in as {user}: {source}")]
    Login {
        user: String,
        source: matrix_sdk::Error,
    },
    #[error("cannot restore the session in {path}: {source}")]
    Restore {
        path: PathBuf,
        source: matrix_sdk::Error,
    },
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a saved session: {source}")]
    Corrupt {
        path: PathBuf,
        source: serde_json::Error,
    },
}

pub fn store_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("matrix")
}

pub fn session_file(data_dir: &Path) -> PathBuf {
    data_dir.join("session.json")
}

async fn build(cfg: &Config) -> Result<Client, SessionError> {
    let passphrase = cfg
        .store_passphrase
        .as_ref()
        .map(|s| s.expose().to_string());
    Client::builder()
        .homeserver_url(cfg.homeserver_url.as_str())
        .respect_login_well_known(false)
        .sqlite_store(store_dir(&cfg.data_dir), passphrase.as_deref())
        .with_encryption_settings(EncryptionSettings {
            auto_enable_cross_signing: true,
            ..Default::default()
        })
        // MSC4268: an invite by the bot also sends the invitee the keys to the room's history
        // (shared visibility), so a client that supports it can read what was said before.
        // A failure there would fail the invite: `effects::invite` then invites without it.
        .with_enable_share_history_on_invite(true)
        .build()
        .await
        .map_err(|e| SessionError::Build(Box::new(e)))
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> SessionError + '_ {
    move |source| SessionError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A client with the session saved in `file` restored.
async fn restore(client: Client, file: &Path) -> Result<Client, SessionError> {
    let bytes = std::fs::read(file).map_err(io(file))?;
    let session: MatrixSession =
        serde_json::from_slice(&bytes).map_err(|source| SessionError::Corrupt {
            path: file.to_path_buf(),
            source,
        })?;
    client
        .restore_session(session)
        .await
        .map_err(|source| SessionError::Restore {
            path: file.to_path_buf(),
            source,
        })?;
    Ok(client)
}

/// Write the session file atomically, readable only by the bot's user.
fn save_session(path: &Path, session: &MatrixSession) -> Result<(), SessionError> {
    let tmp = path.with_extension("json.tmp");
    let json = serde_json::to_vec_pretty(session).map_err(|source| SessionError::Corrupt {
        path: path.to_path_buf(),
        source,
    })?;
    std::fs::write(&tmp, json).map_err(io(&tmp))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600)).map_err(io(&tmp))?;
    }
    std::fs::rename(&tmp, path).map_err(io(path))
}

/// A logged-in client: the saved session restored, or a fresh password login saved for next
/// time.
pub async fn connect(cfg: &Config) -> Result<Client, SessionError> {
    std::fs::create_dir_all(&cfg.data_dir).map_err(io(&cfg.data_dir))?;
    let file = session_file(&cfg.data_dir);
    let store = store_dir(&cfg.data_dir);
    if file.exists() {
        if store.exists() {
            let client = restore(build(cfg).await?, &file).await?;
            info!(device = %client.device_id().map(|d| d.to_string()).unwrap_or_default(), "session restored");
            return Ok(client);
        }
        warn!(store = %store.display(), "the Matrix store is missing; logging in as a new device (the old device's keys are lost)");
        std::fs::rename(&file, file.with_extension("json.orphaned")).map_err(io(&file))?;
    } else if store.exists() {
        // A store without its session belongs to a device we can no longer use.
        warn!(store = %store.display(), "a Matrix store without a session; setting it aside and logging in anew");
        let aside = store.with_extension(format!("orphaned-{}", std::process::id()));
        std::fs::rename(&store, &aside).map_err(io(&store))?;
    }
    let client = build(cfg).await?;
    client
        .matrix_auth()
        .login_username(&cfg.bot.localpart, cfg.bot.password.expose())
        .initial_device_display_name(&cfg.bot.device_name)
        .send()
        .await
        .map_err(|source| SessionError::Login {
            user: cfg.bot.user_id.clone(),
            source,
        })?;
    if let Some(session) = client.matrix_auth().session() {
        save_session(&file, &session)?;
    }
    info!(device = %client.device_id().map(|d| d.to_string()).unwrap_or_default(), "logged in as a new device");
    Ok(client)
}

/// A client for administrative work (provisioning) beside a running bot: it reuses the saved
/// access token without touching the bot's SQLite store (two processes must not share one
/// crypto store), and makes plain requests only — it never syncs or encrypts. Without a saved
/// session it logs in like [`connect`] and saves the session for `run`.
pub async fn connect_for_admin(cfg: &Config) -> Result<Client, SessionError> {
    let file = session_file(&cfg.data_dir);
    if !file.exists() {
        // Log in once, which saves the session for `run`; then continue like any later call.
        drop(connect(cfg).await?);
    }
    let client = Client::builder()
        .homeserver_url(cfg.homeserver_url.as_str())
        .respect_login_well_known(false)
        // Provisioning waits out rate limits itself, one attempt per retry_after: quick
        // automatic retries would spend Synapse's per-invitee invite budget.
        .request_config(RequestConfig::new().disable_retry())
        .build()
        .await
        .map_err(|e| SessionError::Build(Box::new(e)))?;
    restore(client, &file).await
}
