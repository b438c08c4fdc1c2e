//! The flood rule's memory: when each member last posted in each room. In memory only (a
//! restart forgets at most the last hour, which only makes the rule lenient for a moment);
//! bounded in time and in entries per member.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use crate::core::moderation::settings::{FLOOD_COUNT_MAX, FLOOD_WINDOW_MAX_MS};

/// How far back the window reaches (the longest flood window settings allow).
pub const KEEP_MS: u64 = FLOOD_WINDOW_MAX_MS;
/// Timestamps kept per member and room (more than the highest flood limit).
const PER_MEMBER: usize = FLOOD_COUNT_MAX as usize + 1;

#[derive(Default)]
pub struct Recent {
    posts: Mutex<HashMap<(String, String), VecDeque<u64>>>,
}

impl Recent {
    /// `user` posted in `room_id` at `ts_ms` (homeserver time).
    pub fn record(&self, room_id: &str, user: &str, ts_ms: u64) {
        let mut posts = self.posts.lock().unwrap_or_else(|e| e.into_inner());
        if posts.len() > 50_000 {
            let horizon = ts_ms.saturating_sub(KEEP_MS);
            posts.retain(|_, q| q.back().is_some_and(|t| *t >= horizon));
        }
        let q = posts
            .entry((room_id.to_string(), user.to_string()))
            .or_default();
        // Catch-up may deliver older events after newer ones: keep the queue sorted.
        let at = q.partition_point(|t| *t <= ts_ms);
        q.insert(at, ts_ms);
        while q.len() > PER_MEMBER || q.front().is_some_and(|t| *t + KEEP_MS < ts_ms) {
            q.pop_front();
        }
    }

    /// Posts of `user` in `room_id` at or after `since_ms`.
    pub fn count_since(&self, room_id: &str, user: &str, since_ms: u64) -> u32 {
        let posts = self.posts.lock().unwrap_or_else(|e| e.into_inner());
        posts
            .get(&(room_id.to_string(), user.to_string()))
            .map_or(0, |q| q.iter().filter(|t| **t >= since_ms).count() as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_within_the_window_in_any_arrival_order() {
        let r = Recent::default();
        for t in [1_000, 5_000, 3_000, 61_000] {
            r.record("!r", "@u", t);
        }
        r.record("!r", "@other", 4_000);
        assert_eq!(r.count_since("!r", "@u", 2_000), 3);
        assert_eq!(r.count_since("!r", "@u", 0), 4);
        assert_eq!(r.count_since("!x", "@u", 0), 0);
        // An hour later the old posts are forgotten.
        r.record("!r", "@u", 61_000 + KEEP_MS + 1);
        assert_eq!(r.count_since("!r", "@u", 0), 1);
    }
}
