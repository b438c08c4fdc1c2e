//! The core's `StateView` over the store: every read the core makes goes through here, and a
//! failed read is kept so the decision made on it is never committed.

use std::cell::RefCell;

use super::{Pipeline, RoomIndex};
use crate::core::district::RoomPlace;
use crate::core::fingerprint::Fingerprint;
use crate::core::{
    self,
    change::Reminder,
    moderation::model::{Mute, Sanction},
    moderation::settings::RoomSettings,
    tickets::Ticket,
    vetting::model::{BlockEntry, JoinRequest, RequestStatus, Volunteer},
    view::StateView,
};
use crate::recent::Recent;
use crate::rumour_index::RumourIndex;
use crate::store::{self, Store, StoreError, records};

/// The core's read access to the store. A failed read is remembered, and the event is then
/// not committed (it stays for catch-up) rather than decided on missing data.
pub(super) struct StoreView<'a> {
    store: &'a dyn Store,
    rooms: &'a dyn RoomIndex,
    recent: &'a Recent,
    rumours: &'a RumourIndex,
    pub(super) error: RefCell<Option<StoreError>>,
}

impl Pipeline {
    /// A fresh view: what the previous decision wrote is visible to the next.
    pub(super) fn view(&self) -> StoreView<'_> {
        StoreView {
            store: self.store.as_ref(),
            rooms: self.rooms.as_ref(),
            recent: &self.recent,
            rumours: &self.rumours,
            error: RefCell::new(None),
        }
    }
}

impl StoreView<'_> {
    fn ok<T: Default>(&self, r: store::Result<T>) -> T {
        r.unwrap_or_else(|e| {
            self.error.borrow_mut().get_or_insert(e);
            T::default()
        })
    }
}

impl StateView for StoreView<'_> {
    fn request(&self, district: &str, station: &str, user: &str) -> Option<JoinRequest> {
        self.ok(records::request(self.store, district, station, user))
    }
    fn request_by_card(&self, card_event: &str) -> Option<JoinRequest> {
        self.ok(records::request_by_card(self.store, card_event))
    }
    fn open_requests(&self, district: &str, station: &str) -> Vec<JoinRequest> {
        self.ok(records::requests(self.store, district, station))
            .into_iter()
            .filter(|r| r.status == RequestStatus::Open)
            .collect()
    }
    fn volunteer(&self, district: &str, station: &str, user: &str) -> Option<Volunteer> {
        self.ok(records::volunteer(self.store, district, station, user))
    }
    fn volunteer_records(&self, user: &str) -> Vec<Volunteer> {
        self.ok(records::volunteer_records(self.store, user))
    }
    fn volunteer_by_code(&self, code: &str) -> Option<Volunteer> {
        self.ok(records::volunteer_by_code(self.store, code))
    }
    fn volunteers(&self, district: &str) -> Vec<Volunteer> {
        self.ok(records::volunteers(self.store, district))
    }
    fn block(&self, district: &str, user: &str) -> Option<BlockEntry> {
        self.ok(records::block(self.store, district, user))
    }
    fn blocks(&self, district: &str) -> Vec<BlockEntry> {
        self.ok(records::blocks(self.store, district))
    }
    fn reminded_on(&self, kind: Reminder, user: &str) -> Option<u64> {
        self.ok(records::reminded_on(self.store, kind, user))
    }
    fn room_id(&self, place: &RoomPlace) -> Option<String> {
        self.rooms.room_id(place)
    }
    fn external_ban(&self, user: &str) -> Option<(String, String)> {
        self.rooms.external_ban(user)
    }
    fn sanction(&self, id: &str) -> Option<Sanction> {
        self.ok(records::sanction(self.store, id))
    }
    fn sanctions_of(&self, district: &str, user: &str) -> Vec<Sanction> {
        self.ok(records::sanctions_of(self.store, district, user))
    }
    fn mute(&self, district: &str, station: &str, user: &str) -> Option<Mute> {
        self.ok(records::mute(self.store, district, station, user))
    }
    fn mutes(&self) -> Vec<Mute> {
        self.ok(records::mutes(self.store))
    }
    fn room_settings(&self, district: &str, station: &str) -> RoomSettings {
        self.ok(records::room_settings(self.store, district, station))
    }
    fn joined_at(&self, district: &str, station: &str, user: &str) -> Option<u64> {
        self.ok(records::joined_at(self.store, district, station, user))
    }
    fn messages_since(&self, room_id: &str, user: &str, since_ms: u64) -> u32 {
        self.recent.count_since(room_id, user, since_ms)
    }
    fn ticket(&self, district: &str, station: &str, number: u32) -> Option<Ticket> {
        self.ok(records::ticket(self.store, district, station, number))
    }
    fn ticket_by_card(&self, card_event: &str) -> Option<Ticket> {
        self.ok(records::ticket_by_card(self.store, card_event))
    }
    fn last_ticket_number(&self, district: &str, station: &str) -> u32 {
        self.ok(records::last_ticket_number(self.store, district, station))
    }
    fn latest_ticket_of(&self, reporter: &str) -> Option<Ticket> {
        self.ok(records::latest_ticket_of(self.store, reporter))
    }
    fn open_tickets(&self, district: &str) -> Vec<Ticket> {
        self.ok(records::open_tickets(self.store, district))
    }
    fn rumour_match(&self, district: &str, fp: &Fingerprint) -> Option<String> {
        self.rumours.find(district, fp).map(|i| format!("{i:016x}"))
    }
    fn rumour_item(&self, district: &str, id: &str) -> Option<core::rumour::RumourItem> {
        self.ok(records::rumour_item(self.store, district, id))
    }
    fn rumour_by_event(&self, event_id: &str) -> Option<(String, String)> {
        self.ok(records::rumour_by_event(self.store, event_id))
    }
    fn rumour_verdicts(&self, district: &str) -> Vec<core::rumour::RumourItem> {
        self.ok(records::rumour_verdicts(self.store, district))
    }
    fn task(&self, district: &str, number: u32) -> Option<core::tasks::Task> {
        self.ok(records::task(self.store, district, number))
    }
    fn task_by_card(&self, card_event: &str) -> Option<core::tasks::Task> {
        self.ok(records::task_by_card(self.store, card_event))
    }
    fn last_task_number(&self, district: &str) -> u32 {
        self.ok(records::last_task_number(self.store, district))
    }
    fn open_tasks(&self, district: &str) -> Vec<core::tasks::Task> {
        self.ok(records::open_tasks(self.store, district))
    }
    fn task_evidence(&self, district: &str, number: u32) -> Vec<core::tasks::Evidence> {
        self.ok(records::task_evidence(self.store, district, number))
    }
    fn tally(&self, day: i64, district: &str, station: &str, metric: &str) -> u64 {
        self.ok(records::tally(self.store, day, district, station, metric))
    }
    fn tallies(&self, day: i64, district: &str) -> Vec<(String, String, u64)> {
        self.ok(records::tallies(self.store, day, district))
    }
    fn relay_rules(&self, district: &str) -> Vec<core::relay::RelayRule> {
        self.ok(records::relay_rules(self.store, district))
    }
    fn copies_of(&self, event_id: &str) -> Vec<core::relay::CopyRecord> {
        self.ok(records::copies_of(self.store, event_id))
    }
    fn member_report(
        &self,
        district: &str,
        number: u32,
    ) -> Option<core::member_reports::model::MemberReport> {
        self.ok(records::member_report(self.store, district, number))
    }
    fn member_report_by_event(
        &self,
        id: &str,
    ) -> Option<core::member_reports::model::MemberReport> {
        self.ok(records::member_report_by_event(self.store, id))
    }
    fn member_report_by_card(
        &self,
        card: &str,
    ) -> Option<core::member_reports::model::MemberReport> {
        self.ok(records::member_report_by_card(self.store, card))
    }
    fn last_member_report_number(&self, district: &str) -> u32 {
        self.ok(records::last_member_report_number(self.store, district))
    }
    fn tip(&self, district: &str, number: u32) -> Option<core::tips::model::Tip> {
        self.ok(records::tip(self.store, district, number))
    }
    fn last_tip_number(&self, district: &str) -> u32 {
        self.ok(records::last_tip_number(self.store, district))
    }
    fn latest_tip_of(&self, tipster: &str) -> Option<core::tips::model::Tip> {
        self.ok(records::latest_tip_of(self.store, tipster))
    }
    fn suspect(&self, district: &str, user: &str) -> Option<core::impersonation::model::Suspect> {
        self.ok(records::suspect(self.store, district, user))
    }
    fn open_suspects(&self) -> Vec<core::impersonation::model::Suspect> {
        let mut all = self.ok(records::suspects(self.store));
        all.retain(core::impersonation::model::Suspect::is_open);
        all
    }
    fn official_name(&self, user: &str) -> Option<core::impersonation::model::OfficialName> {
        self.ok(records::official_name(self.store, user))
    }
}
