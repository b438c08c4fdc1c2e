//! What every decision of one event has at hand: the directory, the records, the event, the
//! time, the caller's role and language; and small helpers to build actions.

use crate::core::action::Action;
use crate::core::district::{District, Lang, RoomKind, RoomPlace};
use crate::core::event::BotEvent;
use crate::core::roles::Role;
use crate::core::{audit::AuditEntry, change::Change, view::StateView};
use crate::core::{decision::Decision, directory::Directory};

pub struct Ctx<'a> {
    pub dir: &'a Directory,
    pub view: &'a dyn StateView,
    pub ev: &'a BotEvent,
    pub now_ms: u64,
    /// A fresh verification code, in case this event creates a volunteer.
    pub fresh_code: &'a str,
    pub lang: Lang,
    pub role: Role,
}

impl Ctx<'_> {
    /// A reply to this event. A reaction cannot be quoted by clients ("Failed to load
    /// message"), so the answer to a ✅ or 👍 replies to the card it was put on, mentioning
    /// whoever reacted.
    pub fn reply(&self, body: impl Into<String>) -> Action {
        let in_reply_to = match &self.ev.body {
            crate::core::event::EventBody::Reaction { target_event, .. } => target_event.clone(),
            _ => self.ev.event_id.clone(),
        };
        Action::Reply {
            room_id: self.ev.room_id.clone(),
            in_reply_to,
            mention: self.ev.sender.clone(),
            body: body.into(),
            html: None,
        }
    }

    /// A moment as the reader's clock shows it: `2 Dec 2026, 14:05` (local time).
    pub fn when(&self, ms: u64) -> String {
        crate::core::time::date_time(self.lang, ms, self.dir.utc_offset_min)
    }

    /// A local date: `2 Dec 2026`.
    pub fn day(&self, ms: u64) -> String {
        crate::core::time::date(self.lang, ms, self.dir.utc_offset_min)
    }

    /// A decision that only replies.
    pub fn answer(&self, body: impl Into<String>) -> Decision {
        Decision {
            actions: vec![self.reply(body)],
            changes: vec![],
        }
    }

    pub fn district(&self, slug: &str) -> Option<&District> {
        self.dir.districts.iter().find(|d| d.slug == slug)
    }

    pub fn room(&self, district: &str, kind: RoomKind) -> Option<String> {
        self.view.room_id(&RoomPlace {
            district: district.to_string(),
            kind,
        })
    }

    /// Every room of a district the bot is in (for bans and unbans).
    pub fn district_rooms(&self, d: &District) -> Vec<String> {
        let mut kinds = vec![RoomKind::Space, RoomKind::Control, RoomKind::Announcements];
        for s in &d.stations {
            kinds.push(RoomKind::Station(s.slug.clone()));
            kinds.push(RoomKind::Desk(s.slug.clone()));
        }
        kinds
            .into_iter()
            .filter_map(|k| self.room(&d.slug, k))
            .collect()
    }

    pub fn station_name(&self, district: &str, station: &str) -> String {
        self.district(district)
            .and_then(|d| d.station(station))
            .map(|s| s.names.get(self.lang).to_string())
            .unwrap_or_else(|| station.to_string())
    }

    /// An audit entry for a decision of this event's sender.
    pub fn audit(&self, district: &str, action: &str, target: &str, detail: &str) -> Change {
        Change::Audit(AuditEntry {
            v: 1,
            at_ms: self.now_ms,
            district: district.to_string(),
            actor: self.ev.sender.clone(),
            action: action.to_string(),
            target: target.to_string(),
            detail: detail.to_string(),
            event_id: self.ev.event_id.clone(),
        })
    }

    /// Whether `user` is staff, an officer or the bot anywhere in `d` (never blocked or vetted).
    pub fn is_privileged(&self, d: &District, user: &str) -> bool {
        user == self.dir.bot_user
            || self.dir.peer_bots.iter().any(|p| p == user)
            || d.is_officer(user)
            || d.stations.iter().any(|s| s.staff.iter().any(|u| u == user))
    }
}

/// The user an argument names: a full MXID, or else the one user the message mentions (a pill).
pub fn user_arg(arg: Option<&str>, mentions: &[String]) -> Option<String> {
    match arg {
        Some(a) if a.starts_with('@') && a.contains(':') && a.len() <= 255 => Some(a.to_string()),
        _ if mentions.len() == 1 => Some(mentions[0].clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::user_arg;

    #[test]
    fn user_args() {
        let pill = vec!["@ravi:s".to_string()];
        let cases: [(Option<&str>, &[String], Option<&str>); 5] = [
            (Some("@a:s"), &[], Some("@a:s")),
            (Some("Ravi"), &pill, Some("@ravi:s")),
            (Some("Ravi"), &[], None),
            (None, &[], None),
            (Some("@nocolon"), &[], None),
        ];
        for (arg, mentions, want) in cases {
            assert_eq!(user_arg(arg, mentions).as_deref(), want, "{arg:?}");
        }
    }
}
