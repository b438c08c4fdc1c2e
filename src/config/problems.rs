//! [`Problem`]: one thing wrong with the config, named by its key; [`Problems`] collects them all
//! so the operator sees every problem at once.

use std::fmt;

use matrix_sdk::ruma::UserId;

use crate::core::district::Lang;

/// One problem with the config: the key it concerns and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

#[derive(Default)]
pub(super) struct Problems(pub(super) Vec<Problem>);

impl Problems {
    pub(super) fn add(&mut self, key: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            key: key.into(),
            message: message.into(),
        });
    }

    /// Take a required value, or note that it is missing.
    pub(super) fn required<T: Clone>(&mut self, key: &str, value: &Option<T>) -> Option<T> {
        if value.is_none() {
            self.add(key, "is required");
        }
        value.clone()
    }

    pub(super) fn user_id(&mut self, key: &str, value: &str) -> Option<String> {
        match UserId::parse(value) {
            Ok(u) => Some(u.to_string()),
            Err(e) => {
                self.add(
                    key,
                    format!("\"{value}\" is not a Matrix user id like @name:server ({e})"),
                );
                None
            }
        }
    }

    pub(super) fn slug(&mut self, key: &str, value: &str) {
        let ok = !value.is_empty()
            && value.len() <= 40
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !value.starts_with('-');
        if !ok {
            self.add(
                key,
                format!("\"{value}\" must be 1–40 characters of a-z, 0-9 and '-'"),
            );
        }
    }

    pub(super) fn lang(&mut self, key: &str, value: &Option<String>, default: Lang) -> Lang {
        match value.as_deref() {
            None => default,
            Some(s) => Lang::parse(s).unwrap_or_else(|| {
                self.add(
                    key,
                    format!("\"{s}\" is not a language; use \"hi\" or \"en\""),
                );
                default
            }),
        }
    }
}
