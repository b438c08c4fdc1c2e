//! The bot's data directory: its store (sled) and the marker that says a store was once there.
//! A missing, emptied or damaged store is refused with a message that names the path and the
//! way out — never a silent fresh start that forgets the blocklist, the volunteers and the
//! tickets. A data directory lost as a whole is caught with the bot account's [`StoreRecord`].

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::store::StoreError;
use crate::store::sled_store::SledStore;

#[derive(Debug, thiserror::Error)]
pub enum DataDirError {
    #[error("{0}")]
    Refused(String),
    #[error(
        "the bot's store at {path} cannot be opened: {source}. Restore the data directory from a backup (README: Backup)."
    )]
    Store { path: String, source: StoreError },
}

pub fn sled_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("saathi.sled")
}

/// Written beside the store once it exists: a data directory with the marker but no store has
/// lost the bot's data (a bad restore, a wrong volume), and must not silently start afresh.
pub(crate) fn store_marker(data_dir: &Path) -> PathBuf {
    data_dir.join("saathi.sled.initialised")
}

/// Written by `saathi restore`, removed by the first start after it (`matrix::after_restore`).
pub fn restored_marker(data_dir: &Path) -> PathBuf {
    data_dir.join("restored.json")
}

/// What the bot account remembers on its homeserver about its store (`matrix::store_record`):
/// a data directory lost as a whole — a wrong volume after renaming the compose project, a lost
/// disk, a restore to the wrong path — has no marker left to tell, but the account does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StoreRecord {
    /// When the store was first opened (ms since the epoch).
    pub created_ms: u64,
}

/// Refuse to start where the data directory holds no store but the account remembers one,
/// unless the operator asked for a new store (`saathi run --new-store`).
pub fn refuse_lost_store(
    cfg: &Config,
    store_exists: bool,
    remembered: Option<StoreRecord>,
    new_store: bool,
) -> Result<(), DataDirError> {
    match remembered {
        Some(r) if !store_exists && !new_store => Err(DataDirError::Refused(format!(
            "{} has no store, but {} already had one, created {}: the bot's data (volunteers, \
             blocks, tickets) is not here. Check data_dir and the volume, or restore the data \
             directory from a backup; to really begin again with an empty store, run \
             `saathi run --new-store` once.",
            cfg.data_dir.display(),
            cfg.bot.user_id,
            crate::export::iso(r.created_ms)
        ))),
        _ => Ok(()),
    }
}

/// Open the bot's store, creating it on the first start, refusing where the store existed
/// before and is gone, empty or unreadable.
pub fn open_store(cfg: &Config) -> Result<SledStore, DataDirError> {
    let dir = sled_dir(&cfg.data_dir);
    let marker = store_marker(&cfg.data_dir);
    let had_store = marker.exists();
    if had_store && !dir.is_dir() {
        return Err(DataDirError::Refused(format!(
            "{} is missing although this data directory had it (see {}): the bot's data is lost. Restore the data \
             directory from a backup; to really start as a new, empty bot, delete the marker file.",
            dir.display(),
            marker.display()
        )));
    }
    std::fs::create_dir_all(&cfg.data_dir).map_err(|e| {
        DataDirError::Refused(format!("cannot create {}: {e}", cfg.data_dir.display()))
    })?;
    let store = SledStore::open(&dir).map_err(|source| DataDirError::Store {
        path: dir.display().to_string(),
        source,
    })?;
    if had_store && store.was_blank() {
        return Err(DataDirError::Refused(format!(
            "the bot's store at {} opened empty although this data directory had a store (see {}): \
             its files are damaged or were replaced. Restore the data directory from a backup; to \
             really start as a new, empty bot, delete the marker file and the store.",
            dir.display(),
            marker.display()
        )));
    }
    if !had_store {
        std::fs::write(&marker, b"saathi's store was created here\n").map_err(|e| {
            DataDirError::Refused(format!("cannot write {}: {e}", marker.display()))
        })?;
    }
    Ok(store)
}

/// Open the store for a tool that reads it (`status`, `export`, `verify-evidence`): never
/// creates one — a wrong `data_dir` must say so, not show an empty store.
pub fn open_existing_store(cfg: &Config) -> Result<SledStore, DataDirError> {
    let dir = sled_dir(&cfg.data_dir);
    if !dir.exists() {
        return Err(DataDirError::Refused(format!(
            "there is no store at {} (data_dir = {:?} in the config): has the bot run with this \
             data directory?",
            dir.display(),
            cfg.data_dir.display().to_string()
        )));
    }
    open_store(cfg)
}

#[cfg(test)]
pub(crate) mod tests;
