//! Telling a homeserver error that will pass (rate limit, outage) from one that will not
//! (forbidden, unknown room), and waiting the right time before trying again.
//!
//! matrix-sdk already retries 429s and 5xx for a while; what still surfaces here is handled
//! by the callers' loops, which never give up on a transient error.

use std::time::{Duration, SystemTime};

use matrix_sdk::ruma::api::error::{ErrorKind, RetryAfter};
use matrix_sdk::{Error, HttpError};

/// How an attempt failed.
#[derive(Debug)]
pub enum Failure {
    /// Try again after this long (rate limit with its `retry_after`, or an outage backoff).
    Transient {
        wait: Option<Duration>,
        reason: String,
    },
    /// Trying again will not help: the reason is kept for the operator.
    Permanent(String),
}

fn retry_after(r: &RetryAfter) -> Duration {
    match r {
        RetryAfter::Delay(d) => *d,
        RetryAfter::DateTime(t) => t.duration_since(SystemTime::now()).unwrap_or_default(),
    }
}

/// Classify an HTTP-level error.
pub fn classify_http(e: &HttpError) -> Failure {
    if let Some(api) = e.as_client_api_error() {
        let status = api.status_code.as_u16();
        return match e.client_api_error_kind() {
            Some(ErrorKind::LimitExceeded(data)) => Failure::Transient {
                wait: Some(
                    data.retry_after
                        .as_ref()
                        .map(retry_after)
                        .unwrap_or(Duration::from_secs(5)),
                ),
                reason: "rate limited (M_LIMIT_EXCEEDED)".into(),
            },
            _ if status >= 500 || status == 429 || status == 408 => Failure::Transient {
                wait: None,
                reason: format!("homeserver error {status}"),
            },
            kind => Failure::Permanent(format!(
                "{status} {}: {e}",
                kind.map(|k| k.errcode().to_string()).unwrap_or_default()
            )),
        };
    }
    // Connection refused, timeouts, TLS: the homeserver is away for now.
    Failure::Transient {
        wait: None,
        reason: e.to_string(),
    }
}

/// Classify any matrix-sdk error.
pub fn classify(e: &Error) -> Failure {
    match e {
        Error::Http(h) => classify_http(h),
        // Crypto and store hiccups (e.g. keys still being claimed) are worth another try.
        other => Failure::Transient {
            wait: None,
            reason: other.to_string(),
        },
    }
}

/// Exponential backoff with a cap, for the `attempt`-th consecutive failure (from 0). The cap
/// is short: a failed request to a homeserver that is down costs nothing, and after an outage
/// the bot should be back within seconds of its homeserver, not a minute later.
pub fn backoff(attempt: u32) -> Duration {
    let secs = 1u64 << attempt.min(4);
    Duration::from_secs(secs.min(15))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_caps() {
        let got: Vec<u64> = (0..9).map(|a| backoff(a).as_secs()).collect();
        assert_eq!(got, [1, 2, 4, 8, 15, 15, 15, 15, 15]);
    }
}
