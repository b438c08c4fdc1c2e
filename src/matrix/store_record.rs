//! The bot account remembers on its homeserver that it has a Saathi store (global account data
//! `org.saathi.store`, written when the store is created). A bot started on an empty data
//! directory — a wrong volume after renaming the compose project, a lost disk, a restore to the
//! wrong path — then refuses with a clear message instead of silently starting afresh and
//! forgetting every volunteer, block and ticket. `saathi run --new-store` is the deliberate way
//! to begin again with an empty store.

use matrix_sdk::Client;
use matrix_sdk::ruma::events::GlobalAccountDataEventType;
use matrix_sdk::ruma::serde::Raw;
use serde::{Deserialize, Serialize};

pub const EVENT_TYPE: &str = "org.saathi.store";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreRecord {
    /// When the store was first opened (ms since the epoch).
    pub created_ms: u64,
}

/// Whether to refuse to start: the data directory holds no store, the account remembers one
/// (its creation time is returned, for the message), and the operator did not ask for a new one.
pub fn refuse(store_exists: bool, remembered: Option<StoreRecord>, new_store: bool) -> Option<u64> {
    match remembered {
        Some(r) if !store_exists && !new_store => Some(r.created_ms),
        _ => None,
    }
}

fn event_type() -> GlobalAccountDataEventType {
    EVENT_TYPE.into()
}

/// What the account remembers (from the homeserver, not a cache). A record that does not parse
/// counts as none.
pub async fn fetch(client: &Client) -> Result<Option<StoreRecord>, matrix_sdk::Error> {
    let raw = client.account().fetch_account_data(event_type()).await?;
    Ok(raw.and_then(|r| r.deserialize_as_unchecked::<StoreRecord>().ok()))
}

pub async fn save(client: &Client, record: StoreRecord) -> Result<(), matrix_sdk::Error> {
    let raw = Raw::new(&record)
        .map_err(matrix_sdk::Error::SerdeJson)?
        .cast_unchecked();
    client
        .account()
        .set_account_data_raw(event_type(), raw)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_only_a_missing_store_the_account_had() {
        let old = Some(StoreRecord { created_ms: 5 });
        let cases: &[(bool, Option<StoreRecord>, bool, Option<u64>)] = &[
            // The first start ever.
            (false, None, false, None),
            // A store from before this record existed, or the usual restart.
            (true, None, false, None),
            (true, old, false, None),
            // The data directory lost its store: refuse, naming when the old one was made…
            (false, old, false, Some(5)),
            // …unless the operator asked for a new store.
            (false, old, true, None),
        ];
        for (exists, remembered, new_store, want) in cases {
            assert_eq!(
                refuse(*exists, *remembered, *new_store),
                *want,
                "exists={exists} remembered={remembered:?} new_store={new_store}"
            );
        }
    }
}
