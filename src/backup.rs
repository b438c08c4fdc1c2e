//! `saathi backup <dir>` and `saathi restore <dir>`: a consistent copy of the bot's data
//! directory, made while the bot runs, and the way back into an empty data directory.
//!
//! A backup holds what `matrix::session` and `data_dir` describe: the Matrix SQLite stores
//! (room state, sync token, E2EE keys — each copied with SQLite's `VACUUM INTO`, a snapshot
//! taken beside the running client), `session.json`, and the bot's own store (copied tree by
//! tree while writers wait, so it is one moment between two decisions). The Matrix stores are
//! copied first: a restored bot then syncs from a point a little *before* its ledger, and the
//! events it sees again are in the ledger and skipped — none handled twice, none missed. The
//! manifest (`backup.json`) is written last: a directory without one is an unfinished backup
//! and is refused by `restore`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::data_dir;
use crate::matrix::session::{session_file, store_dir};
use crate::store::sled_store::SledStore;
use crate::store::{Meta, Store};

pub const MANIFEST: &str = "backup.json";

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0}")]
    Refused(String),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("SQLite {path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("the bot's store: {0}")]
    Store(#[from] crate::store::StoreError),
    #[error("{path} is not a Saathi backup manifest: {source}")]
    Manifest {
        path: PathBuf,
        source: serde_json::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What a backup holds, written beside it as `backup.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub v: u32,
    /// When the copy of the bot's store was taken (ms since the epoch).
    pub taken_ms: u64,
    pub bot_user: String,
    pub saathi_version: String,
    pub schema_version: u64,
    /// Records copied from the bot's store.
    pub records: u64,
    /// The Matrix SQLite stores copied (file names under `matrix/`).
    pub matrix_stores: Vec<String>,
}

impl Manifest {
    /// One line for the operator.
    pub fn summary(&self, dir: &Path) -> String {
        format!(
            "{}: {} records of the bot's store, {} Matrix store(s), session; taken {} for {}",
            dir.display(),
            self.records,
            self.matrix_stores.len(),
            crate::export::iso(self.taken_ms),
            self.bot_user
        )
    }
}

/// Refuse a destination that holds anything: a backup never overwrites an earlier one.
fn fresh_destination(dest: &Path) -> Result<(), BackupError> {
    match std::fs::read_dir(dest) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(BackupError::Refused(format!(
                    "{} is not empty: back up into a new directory (a backup never overwrites an earlier one)",
                    dest.display()
                )));
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dest).map_err(io(dest))
        }
        Err(e) => Err(BackupError::Io {
            path: dest.to_path_buf(),
            source: e,
        }),
    }
}

/// The Matrix SQLite stores in `dir`, by file name.
fn sqlite_files(dir: &Path) -> Result<Vec<String>, BackupError> {
    let mut names = Vec::new();
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            for e in entries {
                let name = e
                    .map_err(io(dir))?
                    .file_name()
                    .to_string_lossy()
                    .into_owned();
                if name.ends_with(".sqlite3") {
                    names.push(name);
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io(dir)(e)),
    }
    names.sort();
    Ok(names)
}

/// A snapshot of one SQLite database beside its running writer.
fn snapshot_sqlite(from: &Path, to: &Path) -> Result<(), BackupError> {
    let err = |source| BackupError::Sqlite {
        path: from.to_path_buf(),
        source,
    };
    let conn = rusqlite::Connection::open_with_flags(
        from,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(err)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(err)?;
    conn.execute("VACUUM INTO ?1", [to.to_string_lossy().as_ref()])
        .map_err(err)?;
    Ok(())
}

fn copy_private(from: &Path, to: &Path) -> Result<(), BackupError> {
    std::fs::copy(from, to).map_err(io(from))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(to, std::fs::Permissions::from_mode(0o600)).map_err(io(to))?;
    }
    Ok(())
}

fn write_manifest(dest: &Path, m: &Manifest) -> Result<(), BackupError> {
    let path = dest.join(MANIFEST);
    let tmp = dest.join(format!("{MANIFEST}.tmp"));
    let body = serde_json::to_vec_pretty(m).unwrap_or_default();
    std::fs::write(&tmp, body).map_err(io(&tmp))?;
    std::fs::rename(&tmp, &path).map_err(io(&path))
}

/// Copy the data directory of the bot whose store is `store` into `dest` (absent or empty).
pub fn backup(
    store: &SledStore,
    data_dir: &Path,
    bot_user: &str,
    dest: &Path,
    now_ms: u64,
) -> Result<Manifest, BackupError> {
    fresh_destination(dest)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The copy holds the bot's keys and access token: its owner only.
        std::fs::set_permissions(dest, std::fs::Permissions::from_mode(0o700)).map_err(io(dest))?;
    }
    let matrix = store_dir(data_dir);
    let names = sqlite_files(&matrix)?;
    if !names.is_empty() {
        let to = store_dir(dest);
        std::fs::create_dir_all(&to).map_err(io(&to))?;
        for name in &names {
            snapshot_sqlite(&matrix.join(name), &to.join(name))?;
        }
    }
    let session = session_file(data_dir);
    if session.exists() {
        copy_private(&session, &session_file(dest))?;
    }
    let records = store.copy_to(&data_dir::sled_dir(dest))?;
    let m = Manifest {
        v: 1,
        taken_ms: now_ms,
        bot_user: bot_user.to_string(),
        saathi_version: env!("CARGO_PKG_VERSION").to_string(),
        schema_version: store.meta_get(Meta::SchemaVersion)?.unwrap_or(0),
        records,
        matrix_stores: names,
    };
    write_manifest(dest, &m)?;
    Ok(m)
}

/// Read and check a backup's manifest.
pub fn manifest(dir: &Path) -> Result<Manifest, BackupError> {
    let path = dir.join(MANIFEST);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(BackupError::Refused(format!(
                "{} has no {MANIFEST}: it is not a finished Saathi backup",
                dir.display()
            )));
        }
        Err(e) => return Err(io(&path)(e)),
    };
    serde_json::from_slice(&bytes).map_err(|source| BackupError::Manifest { path, source })
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), BackupError> {
    std::fs::create_dir_all(to).map_err(io(to))?;
    for e in std::fs::read_dir(from).map_err(io(from))? {
        let e = e.map_err(io(from))?;
        let target = to.join(e.file_name());
        if e.file_type().map_err(io(from))?.is_dir() {
            copy_tree(&e.path(), &target)?;
        } else {
            copy_private(&e.path(), &target)?;
        }
    }
    Ok(())
}

/// Whatever of the bot's data is in `data_dir` (a restore goes into an empty one only).
fn existing_data(data_dir: &Path) -> Vec<PathBuf> {
    [
        data_dir::sled_dir(data_dir),
        data_dir::store_marker(data_dir),
        data_dir::restored_marker(data_dir),
        store_dir(data_dir),
        session_file(data_dir),
    ]
    .into_iter()
    .filter(|p| p.exists())
    .collect()
}

/// Put the backup in `from` into the config's data directory, which must hold no bot data:
/// restoring never overwrites a store (move the current data directory aside first).
pub fn restore(cfg: &Config, from: &Path) -> Result<Manifest, BackupError> {
    let m = manifest(from)?;
    if m.bot_user != cfg.bot.user_id {
        return Err(BackupError::Refused(format!(
            "{} is a backup of {}, but this config's bot is {} (bot.user_id): wrong backup or wrong config",
            from.display(),
            m.bot_user,
            cfg.bot.user_id
        )));
    }
    let present = existing_data(&cfg.data_dir);
    if !present.is_empty() {
        let names: Vec<String> = present.iter().map(|p| p.display().to_string()).collect();
        return Err(BackupError::Refused(format!(
            "the data directory {} already holds the bot's data ({}): restore into an empty data \
             directory (stop the bot and move this one aside first); a restore never overwrites a store",
            cfg.data_dir.display(),
            names.join(", ")
        )));
    }
    let sled_from = data_dir::sled_dir(from);
    if !sled_from.is_dir() {
        return Err(BackupError::Refused(format!(
            "{} is missing from the backup",
            sled_from.display()
        )));
    }
    std::fs::create_dir_all(&cfg.data_dir).map_err(io(&cfg.data_dir))?;
    copy_tree(&sled_from, &data_dir::sled_dir(&cfg.data_dir))?;
    // Open it here, before the bot does: a damaged or too-new copy is refused now, by name.
    drop(data_dir::open_store(cfg).map_err(|e| BackupError::Refused(e.to_string()))?);
    if store_dir(from).is_dir() {
        copy_tree(&store_dir(from), &store_dir(&cfg.data_dir))?;
        // The copy's Olm sessions and outbound room keys were used after the backup.
        crate::matrix::after_restore::forget_used_sessions(&store_dir(&cfg.data_dir)).map_err(
            |source| BackupError::Sqlite {
                path: store_dir(&cfg.data_dir).join(crate::matrix::after_restore::CRYPTO_DB),
                source,
            },
        )?;
    }
    if session_file(from).exists() {
        copy_private(&session_file(from), &session_file(&cfg.data_dir))?;
    }
    let marker = data_dir::restored_marker(&cfg.data_dir);
    std::fs::write(&marker, serde_json::to_vec_pretty(&m).unwrap_or_default())
        .map_err(io(&marker))?;
    Ok(m)
}

#[cfg(test)]
mod tests;
