//! Media in the homeserver's repository: where a message's file is, and its bytes (decrypted).

use super::retry::Failure;
use matrix_sdk::Client;
use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use matrix_sdk::ruma::OwnedMxcUri;
use matrix_sdk::ruma::events::room::{EncryptedFile, MediaSource};
use serde_json::Value;

pub(super) fn permanent(what: impl std::fmt::Display) -> Failure {
    Failure::Permanent(what.to_string())
}

/// The media of `content` (its `file`, or else its `url`), if it has any.
pub(super) fn source(content: &Value) -> Result<Option<MediaSource>, Failure> {
    if let Some(file) = content.get("file") {
        let file: EncryptedFile =
            serde_json::from_value(file.clone()).map_err(|e| permanent(format!("file: {e}")))?;
        return Ok(Some(MediaSource::Encrypted(Box::new(file))));
    }
    match content.get("url").and_then(Value::as_str) {
        Some(url) => Ok(Some(MediaSource::Plain(OwnedMxcUri::from(url)))),
        None => Ok(None),
    }
}

/// The file's bytes, decrypted if it was encrypted (from the SDK's media cache when there).
pub(super) async fn fetch(client: &Client, src: MediaSource) -> matrix_sdk::Result<Vec<u8>> {
    client
        .media()
        .get_media_content(
            &MediaRequestParameters {
                source: src,
                format: MediaFormat::File,
            },
            true,
        )
        .await
}
