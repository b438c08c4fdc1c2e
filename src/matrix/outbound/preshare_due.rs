//! Which rooms are due a room-key share ahead of need, and when (see [`super::preshare`]):
//! a burst of membership changes is one share, the room due first comes first.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::Duration;

use matrix_sdk::ruma::{EventId, OwnedEventId, OwnedRoomId, RoomId};
use tokio::sync::Notify;
use tokio::time::Instant;

use crate::config::RoomOptions;

/// A membership change is shared after this long, so that a burst of joins is one share.
const SETTLE: Duration = Duration::from_secs(3);

/// Membership event ids remembered (a few MiB at most).
const SEEN_CAP: usize = 100_000;

/// Which rooms are due a share, and when.
pub struct Preshare {
    pub(super) enabled: bool,
    /// Re-share this long after a share: just after the session would have expired by time.
    pub(super) rotation: Duration,
    due: Mutex<HashMap<OwnedRoomId, Instant>>,
    /// Membership events already seen (cleared when full: a repeat then costs one share).
    seen: Mutex<HashSet<OwnedEventId>>,
    pub(super) wake: Notify,
}

impl Preshare {
    pub fn new(opts: &RoomOptions) -> Preshare {
        Preshare {
            enabled: opts.encrypt && opts.preshare_keys,
            rotation: Duration::from_secs(u64::from(opts.key_rotation_days) * 24 * 60 * 60)
                + Duration::from_secs(60),
            due: Mutex::default(),
            seen: Mutex::default(),
            wake: Notify::new(),
        }
    }

    /// A member joined, left or was invited: share once the burst has settled. Synapse sends
    /// a sender's membership again beside each of their messages (lazy-loaded members): an
    /// event already seen is no change, or every message (the share's own included) would
    /// make another share.
    pub fn membership_event(&self, room: &RoomId, event: &EventId) {
        if self.first_sight(event) {
            self.changed_at(room, Instant::now());
        }
    }

    fn first_sight(&self, event: &EventId) -> bool {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() >= SEEN_CAP {
            seen.clear();
        }
        seen.insert(event.to_owned())
    }

    fn changed_at(&self, room: &RoomId, now: Instant) {
        if self.enabled {
            self.schedule(room, now + SETTLE);
        }
    }

    /// The earlier of what was planned and `at`: a burst of changes is shared once, at most
    /// [`SETTLE`] after its first.
    pub(super) fn schedule(&self, room: &RoomId, at: Instant) {
        let mut due = self.due.lock().unwrap_or_else(|e| e.into_inner());
        let slot = due.entry(room.to_owned()).or_insert(at);
        *slot = (*slot).min(at);
        drop(due);
        self.wake.notify_one();
    }

    /// The room due first, if its time has come; otherwise when the next one is.
    pub(super) fn next(&self, now: Instant) -> Result<OwnedRoomId, Option<Instant>> {
        let mut due = self.due.lock().unwrap_or_else(|e| e.into_inner());
        match due.iter().min_by_key(|(_, at)| **at) {
            Some((room, at)) if *at <= now => {
                let room = room.clone();
                due.remove(&room);
                Ok(room)
            }
            Some((_, at)) => Err(Some(*at)),
            None => Err(None),
        }
    }

    pub fn pending(&self) -> usize {
        self.due.lock().map(|d| d.len()).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use matrix_sdk::ruma::{event_id, room_id};

    fn opts() -> RoomOptions {
        let t = |s: &str| s.to_string();
        RoomOptions {
            encrypt: true,
            history_visibility: t("shared"),
            aliases: crate::config::AliasTemplates {
                space: t("{district}"),
                control: t("{district}-control"),
                announcements: t("{district}-announcements"),
                station: t("thana-{station}"),
                desk: t("thana-{station}-desk"),
                policy: t("{district}-policy"),
            },
            preshare_keys: true,
            key_rotation_days: 7,
            key_rotation_messages: 1000,
        }
    }

    #[test]
    fn a_burst_of_changes_is_one_share_at_most_settle_after_the_first() {
        let p = Preshare::new(&opts());
        let a = room_id!("!a:x");
        let t0 = Instant::now();
        p.changed_at(a, t0);
        p.changed_at(a, t0 + Duration::from_secs(2));
        assert_eq!(p.pending(), 1);
        assert_eq!(p.next(t0 + Duration::from_secs(2)), Err(Some(t0 + SETTLE)));
        assert_eq!(p.next(t0 + SETTLE), Ok(a.to_owned()));
        assert_eq!(p.next(t0 + SETTLE), Err(None));
    }

    #[test]
    fn a_membership_seen_again_is_no_change() {
        let p = Preshare::new(&opts());
        let a = room_id!("!a:x");
        let join = event_id!("$join");
        p.membership_event(a, join);
        assert_eq!(p.pending(), 1);
        assert_eq!(p.next(Instant::now() + SETTLE), Ok(a.to_owned()));
        // The same join again, beside the member's next message: nothing to share.
        p.membership_event(a, join);
        assert_eq!(p.pending(), 0);
        p.membership_event(a, event_id!("$leave"));
        assert_eq!(p.pending(), 1);
    }

    #[test]
    fn the_room_due_first_comes_first_and_an_earlier_time_wins() {
        let p = Preshare::new(&opts());
        let (a, b) = (room_id!("!a:x"), room_id!("!b:x"));
        let now = Instant::now();
        p.schedule(a, now + Duration::from_secs(10));
        p.schedule(b, now + Duration::from_secs(5));
        p.schedule(a, now + Duration::from_secs(1));
        p.schedule(a, now + Duration::from_secs(30));
        let later = now + Duration::from_secs(6);
        assert_eq!(p.next(later), Ok(a.to_owned()));
        assert_eq!(p.next(later), Ok(b.to_owned()));
    }

    #[test]
    fn off_when_rooms_are_unencrypted_or_preshare_is_off() {
        let mut o = opts();
        assert!(Preshare::new(&o).enabled, "on by default");
        o.preshare_keys = false;
        assert!(!Preshare::new(&o).enabled);
        o.preshare_keys = true;
        o.encrypt = false;
        assert!(!Preshare::new(&o).enabled);
        let p = Preshare::new(&o);
        p.membership_event(room_id!("!a:x"), event_id!("$join"));
        assert_eq!(p.pending(), 0, "nothing scheduled when off");
    }
}
