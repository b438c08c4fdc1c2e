//! How keys and values are written: key parts joined by NUL bytes, values as JSON.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::store::{Result, StoreError, Tree, Write};

pub fn key(parts: &[&str]) -> Vec<u8> {
    parts.join("\0").into_bytes()
}

pub(super) fn prefix(parts: &[&str]) -> Vec<u8> {
    let mut k = key(parts);
    k.push(0);
    k
}

pub(super) fn json<T: Serialize>(v: &T) -> Vec<u8> {
    // Plain structs with string keys always serialise.
    serde_json::to_vec(v).unwrap_or_default()
}

pub(super) fn parse<T: DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|source| StoreError::Codec { what, source })
}

pub(super) fn put(tree: Tree, key: Vec<u8>, value: Vec<u8>) -> Write {
    Write {
        tree,
        key,
        value: Some(value),
    }
}
