//! [`StateView`]: what the core may read of the records and rooms while deciding.

use crate::core::change::Reminder;
use crate::core::moderation::model::{Mute, Sanction};
use crate::core::moderation::settings::RoomSettings;
use crate::core::tickets::Ticket;
use crate::core::vetting::model::{BlockEntry, JoinRequest, Volunteer};

/// What the core may read of the records and rooms while deciding.
pub trait StateView {
    fn request(&self, district: &str, station: &str, user: &str) -> Option<JoinRequest>;
    fn request_by_card(&self, card_event: &str) -> Option<JoinRequest>;
    fn open_requests(&self, district: &str, station: &str) -> Vec<JoinRequest>;
    fn volunteer(&self, district: &str, station: &str, user: &str) -> Option<Volunteer>;
    /// Every station record of `user`, in any district.
    fn volunteer_records(&self, user: &str) -> Vec<Volunteer>;
    fn volunteer_by_code(&self, code: &str) -> Option<Volunteer>;
    fn volunteers(&self, district: &str) -> Vec<Volunteer>;
    fn block(&self, district: &str, user: &str) -> Option<BlockEntry>;
    fn blocks(&self, district: &str) -> Vec<BlockEntry>;
    /// The day `user` last got the once-a-day notice `kind`.
    fn reminded_on(&self, kind: Reminder, user: &str) -> Option<u64>;
    /// An `m.ban` user rule of a subscribed policy list that matches `user`: (list, reason).
    fn external_ban(&self, user: &str) -> Option<(String, String)>;
    /// The Matrix room id of a district room, if the bot is in it.
    fn room_id(&self, place: &crate::core::district::RoomPlace) -> Option<String>;
    fn sanction(&self, id: &str) -> Option<Sanction>;
    /// Every moderation action against `user` in the district, oldest first.
    fn sanctions_of(&self, district: &str, user: &str) -> Vec<Sanction>;
    fn mute(&self, district: &str, station: &str, user: &str) -> Option<Mute>;
    /// Every timed mute in force.
    fn mutes(&self) -> Vec<Mute>;
    /// The station's live settings (empty when staff changed nothing).
    fn room_settings(&self, district: &str, station: &str) -> RoomSettings;
    /// When `user` last joined the station room, if the bot saw it.
    fn joined_at(&self, district: &str, station: &str, user: &str) -> Option<u64>;
    /// How many messages `user` sent in `room_id` since `since_ms` (homeserver time), the
    /// event being decided included. Kept in memory: a restart forgets the last minute.
    fn messages_since(&self, room_id: &str, user: &str, since_ms: u64) -> u32;
    // Tickets; a view without them (`saathi explain`) has none.
    fn ticket(&self, _district: &str, _station: &str, _number: u32) -> Option<Ticket> {
        None
    }
    fn ticket_by_card(&self, _card_event: &str) -> Option<Ticket> {
        None
    }
    /// The highest ticket number of the station so far (0 before the first).
    fn last_ticket_number(&self, _district: &str, _station: &str) -> u32 {
        0
    }
    /// The newest ticket `reporter` opened (for attaching evidence).
    fn latest_ticket_of(&self, _reporter: &str) -> Option<Ticket> {
        None
    }
    /// The district's open tickets (`""`: every district's).
    fn open_tickets(&self, _district: &str) -> Vec<Ticket> {
        vec![]
    }
    /// Every relay rule of the district, removed ones included, by number.
    fn relay_rules(&self, _district: &str) -> Vec<crate::core::relay::RelayRule> {
        vec![]
    }
    /// The rumour item whose fingerprint matches `fp` in the district's window.
    fn rumour_match(
        &self,
        _district: &str,
        _fp: &crate::core::fingerprint::Fingerprint,
    ) -> Option<String> {
        None
    }
    fn rumour_item(&self, _district: &str, _id: &str) -> Option<crate::core::rumour::RumourItem> {
        None
    }
    /// The item an event is a copy, alert or tipline request of: (district, item).
    fn rumour_by_event(&self, _event_id: &str) -> Option<(String, String)> {
        None
    }
    /// The district's items with a verdict.
    fn rumour_verdicts(&self, _district: &str) -> Vec<crate::core::rumour::RumourItem> {
        vec![]
    }
    fn task(&self, _district: &str, _number: u32) -> Option<crate::core::tasks::Task> {
        None
    }
    fn task_by_card(&self, _card_event: &str) -> Option<crate::core::tasks::Task> {
        None
    }
    fn last_task_number(&self, _district: &str) -> u32 {
        0
    }
    /// Open tasks of the district (`""`: of every district).
    fn open_tasks(&self, _district: &str) -> Vec<crate::core::tasks::Task> {
        vec![]
    }
    /// A task's evidence items, in order.
    fn task_evidence(&self, _district: &str, _number: u32) -> Vec<crate::core::tasks::Evidence> {
        vec![]
    }
    /// A daily count (0 when nothing was counted).
    fn tally(&self, _day: i64, _district: &str, _station: &str, _metric: &str) -> u64 {
        0
    }
    /// Every count of a district's day: (station, metric, value).
    fn tallies(&self, _day: i64, _district: &str) -> Vec<(String, String, u64)> {
        vec![]
    }
    fn member_report(
        &self,
        _district: &str,
        _number: u32,
    ) -> Option<crate::core::member_reports::model::MemberReport> {
        None
    }
    fn member_report_by_event(
        &self,
        _event_id: &str,
    ) -> Option<crate::core::member_reports::model::MemberReport> {
        None
    }
    fn member_report_by_card(
        &self,
        _card: &str,
    ) -> Option<crate::core::member_reports::model::MemberReport> {
        None
    }
    fn last_member_report_number(&self, _district: &str) -> u32 {
        0
    }
    fn tip(&self, _district: &str, _number: u32) -> Option<crate::core::tips::model::Tip> {
        None
    }
    /// The highest tip number of the district so far (0 before the first).
    fn last_tip_number(&self, _district: &str) -> u32 {
        0
    }
    /// The newest tip `tipster` sent.
    fn latest_tip_of(&self, _tipster: &str) -> Option<crate::core::tips::model::Tip> {
        None
    }
    /// The impersonation case of `user` in the district (open or ended).
    fn suspect(
        &self,
        _district: &str,
        _user: &str,
    ) -> Option<crate::core::impersonation::model::Suspect> {
        None
    }
    /// Every open impersonation case (for the removal timer).
    fn open_suspects(&self) -> Vec<crate::core::impersonation::model::Suspect> {
        vec![]
    }
    /// An official account's display name as the bot last saw it.
    fn official_name(
        &self,
        _user: &str,
    ) -> Option<crate::core::impersonation::model::OfficialName> {
        None
    }
    /// The relayed copies of a message.
    fn copies_of(&self, _event_id: &str) -> Vec<crate::core::relay::CopyRecord> {
        vec![]
    }
}
