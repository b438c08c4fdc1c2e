//! Which rooms are due a room-key share ahead of need, and when (see [`super::preshare`]):
//! a burst of membership changes is one share, the room due first comes first.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use matrix_sdk::ruma::{OwnedRoomId, RoomId};
use tokio::sync::Notify;
use tokio::time::Instant;

use crate::config::RoomOptions;

/// A membership change is shared after this long, so that a burst of joins is one share.
const SETTLE: Duration = Duration::from_secs(3);

/// Which rooms are due a share, and when.
pub struct Preshare {
    pub(super) enabled: bool,
    /// Re-share this long after a share: just after the session would have expired by time.
    pub(super) rotation: Duration,
    due: Mutex<HashMap<OwnedRoomId, Instant>>,
    pub(super) wake: Notify,
}

impl Preshare {
    pub fn new(opts: &RoomOptions) -> Preshare {
        Preshare {
            enabled: opts.encrypt && opts.preshare_keys,
            rotation: Duration::from_secs(u64::from(opts.key_rotation_days) * 24 * 60 * 60)
                + Duration::from_secs(60),
            due: Mutex::default(),
            wake: Notify::new(),
        }
    }

    /// A member joined, left or was invited: share once the burst has settled.
    pub fn membership_changed(&self, room: &RoomId) {
        self.changed_at(room, Instant::now());
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
    use matrix_sdk::ruma::room_id;

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
        p.membership_changed(room_id!("!a:x"));
        assert_eq!(p.pending(), 0, "nothing scheduled when off");
    }
}
