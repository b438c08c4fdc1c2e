//! The bot account remembers on its homeserver that it has a Saathi store (global account data
//! `org.saathi.store`, written when the store is created): read and written here; what to do
//! with it is `data_dir::refuse_lost_store`.

use matrix_sdk::Client;
use matrix_sdk::ruma::events::GlobalAccountDataEventType;
use matrix_sdk::ruma::serde::Raw;

pub use crate::data_dir::StoreRecord;

pub const EVENT_TYPE: &str = "org.saathi.store";

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
    save_account_data(client, event_type(), &record).await
}

/// Writes `value` as the bot's global account data of type `kind` (also `handled_mark`).
pub async fn save_account_data<T: serde::Serialize>(
    client: &Client,
    kind: GlobalAccountDataEventType,
    value: &T,
) -> Result<(), matrix_sdk::Error> {
    let raw = Raw::new(value)
        .map_err(matrix_sdk::Error::SerdeJson)?
        .cast_unchecked();
    client.account().set_account_data_raw(kind, raw).await?;
    Ok(())
}
