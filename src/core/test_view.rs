//! An in-memory [`StateView`] for the core's table tests: records are applied as the
//! pipeline would store them.

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::core::district::{District, Lang, Names, RoomKind, RoomPlace, Station};
use crate::core::event::{BotEvent, EventBody, Place};
use crate::core::{
    change::{Change, Reminder},
    moderation::model::{Mute, Sanction},
    moderation::settings::RoomSettings,
    tickets::Ticket,
    vetting::model::{BlockEntry, JoinRequest, RequestStatus, Volunteer},
    view::StateView,
};
use crate::core::{
    decision::{Decision, Inputs},
    directory::Directory,
    evaluate::evaluate,
};

#[derive(Default)]
pub struct TestView {
    pub requests: RefCell<BTreeMap<(String, String, String), JoinRequest>>,
    pub volunteers: RefCell<BTreeMap<(String, String, String), Volunteer>>,
    pub blocks: RefCell<BTreeMap<(String, String), BlockEntry>>,
    pub reminded: RefCell<BTreeMap<(&'static str, String), u64>>,
    /// (glob, list, reason) rules of subscribed policy lists.
    pub external: RefCell<Vec<(String, String, String)>>,
    pub sanctions: RefCell<BTreeMap<String, Sanction>>,
    pub mutes: RefCell<BTreeMap<(String, String, String), Mute>>,
    pub settings: RefCell<BTreeMap<(String, String), RoomSettings>>,
    pub joins: RefCell<BTreeMap<(String, String, String), u64>>,
    pub tickets: RefCell<BTreeMap<(String, String, u32), Ticket>>,
    pub relay_rules: RefCell<BTreeMap<(String, u32), crate::core::relay::RelayRule>>,
    pub rumour_items: RefCell<BTreeMap<(String, String), crate::core::rumour::RumourItem>>,
    /// (district, item, event, fingerprint) of every tracked copy.
    pub sightings: RefCell<
        Vec<(
            String,
            String,
            String,
            crate::core::fingerprint::Fingerprint,
        )>,
    >,
    /// Alert and request cards: event → (district, item).
    pub rumour_cards: RefCell<BTreeMap<String, (String, String)>>,
    pub tasks: RefCell<BTreeMap<(String, u32), crate::core::tasks::Task>>,
    pub evidence: RefCell<Vec<crate::core::tasks::Evidence>>,
    /// (day, district, station, metric) → count.
    pub tallies: RefCell<BTreeMap<(i64, String, String, String), u64>>,
    /// (original event, copy) as the executor records them.
    pub copies: RefCell<Vec<(String, crate::core::relay::CopyRecord)>>,
    /// (room, user, ts) of earlier posts, for the flood rule.
    pub posts: RefCell<Vec<(String, String, u64)>>,
    pub member_reports:
        RefCell<BTreeMap<(String, u32), crate::core::member_reports::model::MemberReport>>,
    pub tips: RefCell<BTreeMap<(String, u32), crate::core::tips::model::Tip>>,
    pub suspects: RefCell<BTreeMap<(String, String), crate::core::impersonation::model::Suspect>>,
    pub official_names: RefCell<BTreeMap<String, crate::core::impersonation::model::OfficialName>>,
}

impl TestView {
    pub fn apply(&self, d: &Decision) {
        for c in &d.changes {
            match c {
                Change::Audit(_) => {}
                Change::PutSighting {
                    district,
                    item,
                    event_id,
                    fp,
                    ..
                } => self.sightings.borrow_mut().push((
                    district.clone(),
                    item.clone(),
                    event_id.clone(),
                    *fp,
                )),
                Change::PutRumourItem(it) => {
                    let key = (it.district.clone(), it.id.clone());
                    let mut items = self.rumour_items.borrow_mut();
                    let (alert, request) = items
                        .get(&key)
                        .map(|o| (o.alert_event.clone(), o.request_event.clone()))
                        .unwrap_or_default();
                    items.insert(
                        key,
                        crate::core::rumour::RumourItem {
                            alert_event: alert,
                            request_event: request,
                            ..it.clone()
                        },
                    );
                }
                Change::PutTask(t) => {
                    let key = (t.district.clone(), t.number);
                    let mut tasks = self.tasks.borrow_mut();
                    let card = tasks.get(&key).and_then(|o| o.card_event.clone());
                    tasks.insert(
                        key,
                        crate::core::tasks::Task {
                            card_event: card,
                            ..t.clone()
                        },
                    );
                }
                Change::PutEvidence(e) => self.evidence.borrow_mut().push(e.clone()),
                Change::PutTally {
                    day,
                    district,
                    station,
                    metric,
                    value,
                } => drop(self.tallies.borrow_mut().insert(
                    (*day, district.clone(), station.clone(), metric.clone()),
                    *value,
                )),
                Change::PutRelayRule(r) => drop(
                    self.relay_rules
                        .borrow_mut()
                        .insert((r.district.clone(), r.number), r.clone()),
                ),
                Change::PutTicket(t) => {
                    // The card's id is kept apart from the record, as in the store.
                    let key = (t.district.clone(), t.station.clone(), t.number);
                    let mut tickets = self.tickets.borrow_mut();
                    let card = tickets.get(&key).and_then(|old| old.card_event.clone());
                    tickets.insert(
                        key,
                        Ticket {
                            card_event: card,
                            ..t.clone()
                        },
                    );
                }
                Change::PutRequest(r) => drop(self.requests.borrow_mut().insert(
                    (r.district.clone(), r.station.clone(), r.user.clone()),
                    r.clone(),
                )),
                Change::PutVolunteer(v) => drop(self.volunteers.borrow_mut().insert(
                    (v.district.clone(), v.station.clone(), v.user.clone()),
                    v.clone(),
                )),
                Change::PutBlock(b) => drop(
                    self.blocks
                        .borrow_mut()
                        .insert((b.district.clone(), b.user.clone()), b.clone()),
                ),
                Change::RemoveBlock { district, user } => drop(
                    self.blocks
                        .borrow_mut()
                        .remove(&(district.clone(), user.clone())),
                ),
                Change::Reminded { kind, user, day } => {
                    self.reminded
                        .borrow_mut()
                        .insert((kind.name(), user.clone()), *day);
                }
                Change::PutSanction(x) => {
                    drop(self.sanctions.borrow_mut().insert(x.id.clone(), x.clone()))
                }
                Change::PutMute(m) => drop(self.mutes.borrow_mut().insert(
                    (m.district.clone(), m.station.clone(), m.user.clone()),
                    m.clone(),
                )),
                Change::RemoveMute {
                    district,
                    station,
                    user,
                } => drop(self.mutes.borrow_mut().remove(&(
                    district.clone(),
                    station.clone(),
                    user.clone(),
                ))),
                Change::PutRoomSettings {
                    district,
                    station,
                    settings,
                } => drop(
                    self.settings
                        .borrow_mut()
                        .insert((district.clone(), station.clone()), settings.clone()),
                ),
                Change::PutBroadcast(_) => {}
                Change::PutMemberReport(r) => {
                    let mut all = self.member_reports.borrow_mut();
                    let key = (r.district.clone(), r.number);
                    let card = all.get(&key).and_then(|old| old.card_event.clone());
                    let mut r = r.clone();
                    r.card_event = r.card_event.or(card);
                    all.insert(key, r);
                }
                Change::PutTip(t) => {
                    let mut tips = self.tips.borrow_mut();
                    let card = tips
                        .get(&(t.district.clone(), t.number))
                        .and_then(|old| old.card_event.clone());
                    let mut t = t.clone();
                    t.card_event = t.card_event.or(card);
                    tips.insert((t.district.clone(), t.number), t);
                }
                Change::PutSuspect(s) => drop(
                    self.suspects
                        .borrow_mut()
                        .insert((s.district.clone(), s.user.clone()), s.clone()),
                ),
                Change::PutOfficialName(n) => drop(
                    self.official_names
                        .borrow_mut()
                        .insert(n.user.clone(), n.clone()),
                ),
                Change::Joined {
                    district,
                    station,
                    user,
                    at_ms,
                } => drop(
                    self.joins
                        .borrow_mut()
                        .insert((district.clone(), station.clone(), user.clone()), *at_ms),
                ),
            }
        }
    }

    /// Pretend the executor posted the card of `user`'s request as `event`.
    /// What the executor does when it posted a rumour alert (`alert`) or request card.
    pub fn set_rumour_card(&self, district: &str, item: &str, alert: bool, event: &str) {
        if let Some(it) = self
            .rumour_items
            .borrow_mut()
            .get_mut(&(district.to_string(), item.to_string()))
        {
            if alert {
                it.alert_event = Some(event.to_string());
            } else {
                it.request_event = Some(event.to_string());
            }
        }
        self.rumour_cards
            .borrow_mut()
            .insert(event.to_string(), (district.to_string(), item.to_string()));
    }

    /// What the executor does when it posted a task's card.
    pub fn set_task_card(&self, number: u32, event: &str) {
        for t in self
            .tasks
            .borrow_mut()
            .values_mut()
            .filter(|t| t.number == number)
        {
            t.card_event = Some(event.to_string());
        }
    }

    /// What the executor does when it posted a ticket's card.
    pub fn set_ticket_card(&self, number: u32, event: &str) {
        for t in self
            .tickets
            .borrow_mut()
            .values_mut()
            .filter(|t| t.number == number)
        {
            t.card_event = Some(event.to_string());
        }
    }

    pub fn set_member_report_card(&self, number: u32, event: &str) {
        for r in self
            .member_reports
            .borrow_mut()
            .values_mut()
            .filter(|r| r.number == number)
        {
            r.card_event = Some(event.to_string());
        }
    }

    pub fn set_tip_card(&self, number: u32, event: &str) {
        for t in self
            .tips
            .borrow_mut()
            .values_mut()
            .filter(|t| t.number == number)
        {
            t.card_event = Some(event.to_string());
        }
    }

    pub fn set_card(&self, user: &str, event: &str) {
        for r in self
            .requests
            .borrow_mut()
            .values_mut()
            .filter(|r| r.user == user)
        {
            r.card_event = Some(event.to_string());
        }
    }
}

impl StateView for TestView {
    fn request(&self, d: &str, s: &str, u: &str) -> Option<JoinRequest> {
        self.requests
            .borrow()
            .get(&(d.into(), s.into(), u.into()))
            .cloned()
    }
    fn request_by_card(&self, card: &str) -> Option<JoinRequest> {
        self.requests
            .borrow()
            .values()
            .find(|r| r.card_event.as_deref() == Some(card))
            .cloned()
    }
    fn open_requests(&self, d: &str, s: &str) -> Vec<JoinRequest> {
        self.requests
            .borrow()
            .values()
            .filter(|r| r.district == d && r.station == s && r.status == RequestStatus::Open)
            .cloned()
            .collect()
    }
    fn volunteer(&self, d: &str, s: &str, u: &str) -> Option<Volunteer> {
        self.volunteers
            .borrow()
            .get(&(d.into(), s.into(), u.into()))
            .cloned()
    }
    fn volunteer_records(&self, u: &str) -> Vec<Volunteer> {
        self.volunteers
            .borrow()
            .values()
            .filter(|v| v.user == u)
            .cloned()
            .collect()
    }
    fn volunteer_by_code(&self, code: &str) -> Option<Volunteer> {
        self.volunteers
            .borrow()
            .values()
            .find(|v| v.code == code)
            .cloned()
    }
    fn volunteers(&self, d: &str) -> Vec<Volunteer> {
        self.volunteers
            .borrow()
            .values()
            .filter(|v| v.district == d)
            .cloned()
            .collect()
    }
    fn block(&self, d: &str, u: &str) -> Option<BlockEntry> {
        self.blocks.borrow().get(&(d.into(), u.into())).cloned()
    }
    fn blocks(&self, d: &str) -> Vec<BlockEntry> {
        self.blocks
            .borrow()
            .values()
            .filter(|b| b.district == d)
            .cloned()
            .collect()
    }
    fn reminded_on(&self, kind: Reminder, u: &str) -> Option<u64> {
        self.reminded
            .borrow()
            .get(&(kind.name(), u.to_string()))
            .copied()
    }
    fn external_ban(&self, u: &str) -> Option<(String, String)> {
        self.external
            .borrow()
            .iter()
            .find(|(g, _, _)| crate::core::vetting::blocklist::entity_matches(g, u))
            .map(|(_, l, r)| (l.clone(), r.clone()))
    }
    fn room_id(&self, p: &RoomPlace) -> Option<String> {
        Some(match &p.kind {
            RoomKind::Space => "!space".into(),
            RoomKind::Control => "!control".into(),
            RoomKind::Announcements => "!ann".into(),
            RoomKind::Station(s) => format!("!station-{s}"),
            RoomKind::Desk(s) => format!("!desk-{s}"),
            RoomKind::Policy => "!policy".into(),
        })
    }
    fn sanction(&self, id: &str) -> Option<Sanction> {
        self.sanctions.borrow().get(id).cloned()
    }
    fn sanctions_of(&self, d: &str, u: &str) -> Vec<Sanction> {
        let mut v: Vec<_> = self
            .sanctions
            .borrow()
            .values()
            .filter(|s| s.district == d && s.target == u)
            .cloned()
            .collect();
        v.sort_by_key(|s| s.at_ms);
        v
    }
    fn mute(&self, d: &str, s: &str, u: &str) -> Option<Mute> {
        self.mutes
            .borrow()
            .get(&(d.into(), s.into(), u.into()))
            .cloned()
    }
    fn mutes(&self) -> Vec<Mute> {
        self.mutes.borrow().values().cloned().collect()
    }
    fn room_settings(&self, d: &str, s: &str) -> RoomSettings {
        self.settings
            .borrow()
            .get(&(d.into(), s.into()))
            .cloned()
            .unwrap_or_default()
    }
    fn joined_at(&self, d: &str, s: &str, u: &str) -> Option<u64> {
        self.joins
            .borrow()
            .get(&(d.into(), s.into(), u.into()))
            .copied()
    }
    fn messages_since(&self, room: &str, u: &str, since: u64) -> u32 {
        self.posts
            .borrow()
            .iter()
            .filter(|(r, w, t)| r == room && w == u && *t >= since)
            .count() as u32
    }
    fn ticket(&self, d: &str, s: &str, n: u32) -> Option<Ticket> {
        self.tickets.borrow().get(&(d.into(), s.into(), n)).cloned()
    }
    fn ticket_by_card(&self, card: &str) -> Option<Ticket> {
        self.tickets
            .borrow()
            .values()
            .find(|t| t.card_event.as_deref() == Some(card))
            .cloned()
    }
    fn last_ticket_number(&self, d: &str, s: &str) -> u32 {
        self.tickets
            .borrow()
            .keys()
            .filter(|(td, ts, _)| td == d && ts == s)
            .map(|(_, _, n)| *n)
            .max()
            .unwrap_or(0)
    }
    fn latest_ticket_of(&self, reporter: &str) -> Option<Ticket> {
        self.tickets
            .borrow()
            .values()
            .filter(|t| t.reporter == reporter)
            .max_by_key(|t| t.at_ms)
            .cloned()
    }
    fn rumour_match(&self, d: &str, fp: &crate::core::fingerprint::Fingerprint) -> Option<String> {
        self.sightings
            .borrow()
            .iter()
            .find(|(sd, _, _, f)| sd == d && crate::core::fingerprint::same(f, fp))
            .map(|(_, item, _, _)| item.clone())
    }
    fn rumour_item(&self, d: &str, id: &str) -> Option<crate::core::rumour::RumourItem> {
        self.rumour_items
            .borrow()
            .get(&(d.to_string(), id.to_string()))
            .cloned()
    }
    fn rumour_by_event(&self, event: &str) -> Option<(String, String)> {
        if let Some(x) = self.rumour_cards.borrow().get(event) {
            return Some(x.clone());
        }
        self.sightings
            .borrow()
            .iter()
            .find(|(_, _, e, _)| e == event)
            .map(|(d, i, _, _)| (d.clone(), i.clone()))
    }
    fn rumour_verdicts(&self, d: &str) -> Vec<crate::core::rumour::RumourItem> {
        self.rumour_items
            .borrow()
            .values()
            .filter(|i| i.district == d && i.verdict.is_some())
            .cloned()
            .collect()
    }
    fn task(&self, d: &str, n: u32) -> Option<crate::core::tasks::Task> {
        self.tasks.borrow().get(&(d.to_string(), n)).cloned()
    }
    fn task_by_card(&self, card: &str) -> Option<crate::core::tasks::Task> {
        self.tasks
            .borrow()
            .values()
            .find(|t| t.card_event.as_deref() == Some(card))
            .cloned()
    }
    fn last_task_number(&self, d: &str) -> u32 {
        self.tasks
            .borrow()
            .keys()
            .filter(|(td, _)| td == d)
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0)
    }
    fn open_tasks(&self, d: &str) -> Vec<crate::core::tasks::Task> {
        self.tasks
            .borrow()
            .values()
            .filter(|t| (d.is_empty() || t.district == d) && t.is_open())
            .cloned()
            .collect()
    }
    fn task_evidence(&self, d: &str, n: u32) -> Vec<crate::core::tasks::Evidence> {
        self.evidence
            .borrow()
            .iter()
            .filter(|e| e.district == d && e.task == n)
            .cloned()
            .collect()
    }
    fn tally(&self, day: i64, d: &str, s: &str, m: &str) -> u64 {
        self.tallies
            .borrow()
            .get(&(day, d.to_string(), s.to_string(), m.to_string()))
            .copied()
            .unwrap_or(0)
    }
    fn tallies(&self, day: i64, d: &str) -> Vec<(String, String, u64)> {
        self.tallies
            .borrow()
            .iter()
            .filter(|((td, dd, _, _), _)| *td == day && dd == d)
            .map(|((_, _, s, m), v)| (s.clone(), m.clone(), *v))
            .collect()
    }
    fn relay_rules(&self, d: &str) -> Vec<crate::core::relay::RelayRule> {
        self.relay_rules
            .borrow()
            .values()
            .filter(|r| r.district == d)
            .cloned()
            .collect()
    }
    fn member_report(
        &self,
        d: &str,
        n: u32,
    ) -> Option<crate::core::member_reports::model::MemberReport> {
        self.member_reports.borrow().get(&(d.into(), n)).cloned()
    }
    fn member_report_by_event(
        &self,
        e: &str,
    ) -> Option<crate::core::member_reports::model::MemberReport> {
        let all = self.member_reports.borrow();
        all.values().find(|r| r.event_id == e).cloned()
    }
    fn member_report_by_card(
        &self,
        e: &str,
    ) -> Option<crate::core::member_reports::model::MemberReport> {
        let all = self.member_reports.borrow();
        all.values()
            .find(|r| r.card_event.as_deref() == Some(e))
            .cloned()
    }
    fn last_member_report_number(&self, d: &str) -> u32 {
        let all = self.member_reports.borrow();
        all.keys()
            .filter(|(x, _)| x == d)
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0)
    }
    fn tip(&self, d: &str, n: u32) -> Option<crate::core::tips::model::Tip> {
        self.tips.borrow().get(&(d.into(), n)).cloned()
    }
    fn last_tip_number(&self, d: &str) -> u32 {
        let tips = self.tips.borrow();
        tips.keys()
            .filter(|(x, _)| x == d)
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0)
    }
    fn latest_tip_of(&self, u: &str) -> Option<crate::core::tips::model::Tip> {
        let tips = self.tips.borrow();
        tips.values()
            .filter(|t| t.tipster == u)
            .max_by_key(|t| t.at_ms)
            .cloned()
    }
    fn suspect(&self, d: &str, u: &str) -> Option<crate::core::impersonation::model::Suspect> {
        self.suspects.borrow().get(&(d.into(), u.into())).cloned()
    }
    fn open_suspects(&self) -> Vec<crate::core::impersonation::model::Suspect> {
        let all = self.suspects.borrow();
        all.values().filter(|s| s.is_open()).cloned().collect()
    }
    fn official_name(&self, u: &str) -> Option<crate::core::impersonation::model::OfficialName> {
        self.official_names.borrow().get(u).cloned()
    }
    fn copies_of(&self, event_id: &str) -> Vec<crate::core::relay::CopyRecord> {
        self.copies
            .borrow()
            .iter()
            .filter(|(o, _)| o == event_id)
            .map(|(_, c)| c.clone())
            .collect()
    }
    fn open_tickets(&self, d: &str) -> Vec<Ticket> {
        self.tickets
            .borrow()
            .values()
            .filter(|t| (d.is_empty() || t.district == d) && t.is_open())
            .cloned()
            .collect()
    }
}

/// District `lko` with stations `a` (staff @sho:s lead, @c:s) and `b` (staff @b:s); officer @sp:s.
pub fn directory(lang: Lang) -> Directory {
    let n = |s: &str| Names {
        hi: format!("{s}-hi"),
        en: s.to_string(),
    };
    Directory {
        districts: vec![District {
            slug: "lko".into(),
            names: n("Lucknow"),
            office: Names {
                hi: "पुलिस अधीक्षक लखनऊ कार्यालय".into(),
                en: "SP Lucknow's office".into(),
            },
            lang,
            officers: vec!["@sp:s".into()],
            stations: vec![
                Station {
                    slug: "a".into(),
                    names: n("A"),
                    staff: vec!["@sho:s".into(), "@c:s".into()],
                    leads: vec!["@sho:s".into()],
                },
                Station {
                    slug: "b".into(),
                    names: n("B"),
                    staff: vec!["@b:s".into()],
                    leads: vec![],
                },
            ],
        }],
        bot_user: "@bot:s".into(),
        bot_name: "Saathi".into(),
        peer_bots: vec!["@peer:s".into()],
        prefix: "!".into(),
        default_lang: lang,
        categories: vec!["teacher".into(), "trader".into(), "other".into()],
        remind_after_ms: 86_400_000,
        greetings: None,
        district_greetings: BTreeMap::new(),
        emergency: None,
        rules: BTreeMap::new(),
        utc_offset_min: 330,
        reports: Default::default(),
        rumours: Default::default(),
        digest_at_min: None,
    }
}

pub fn at(kind: RoomKind) -> Place {
    Place::District(RoomPlace {
        district: "lko".into(),
        kind,
    })
}

pub fn ev(id: &str, sender: &str, place: Place, body: EventBody) -> BotEvent {
    BotEvent {
        event_id: id.into(),
        room_id: "!r".into(),
        sender: sender.into(),
        origin_ts_ms: 1_000,
        place,
        body,
        hops: 0,
        reply_to: None,
    }
}

/// Evaluate at a fixed time with a fixed fresh code, and apply the changes to `view`.
pub fn run(dir: &Directory, view: &TestView, e: &BotEvent) -> Decision {
    let d = evaluate(
        dir,
        view,
        e,
        &Inputs {
            now_ms: 86_400_000 * 20_000,
            fresh_code: "ABCD-EFGH",
        },
    );
    view.apply(&d);
    d
}
