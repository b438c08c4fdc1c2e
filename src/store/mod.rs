//! The bot's own persistent state behind one port, [`Store`]: the processed-event ledger,
//! the outbox of effects still to carry out, and a few meta values.
//!
//! Two adapters: [`sled_store::SledStore`] (production; one tree per concern, named
//! `key_value`) and [`memory::MemoryStore`] (tests). Both pass the same contract tests.
//! Must not depend on matrix-sdk or tokio.

pub mod memory;
pub mod migrate;
pub mod records;
pub mod sled_store;

use serde::{Deserialize, Serialize};

use crate::core::action::Action;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sled::Error),
    #[error("database transaction error: {0}")]
    Tx(String),
    #[error("stored record {what} cannot be read: {source}")]
    Codec {
        what: &'static str,
        source: serde_json::Error,
    },
    #[error(
        "the data directory has schema version {found}, this saathi knows up to {supported}: upgrade saathi"
    )]
    TooNew { found: u64, supported: u64 },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The ledger entry of one handled event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handled {
    pub v: u8,
    pub event_id: String,
    pub room_id: String,
    /// The homeserver's timestamp of the event (ms).
    pub origin_ts_ms: u64,
    /// When the bot handled it (ms, the bot's clock).
    pub handled_at_ms: u64,
    /// How many outbox entries it produced.
    pub actions: u32,
}

/// One effect waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub v: u8,
    /// Position in the outbox (monotonic; also the tree key).
    pub seq: u64,
    /// The Matrix transaction id: derived from the cause, so a resend after a crash is
    /// deduplicated by the homeserver instead of posting twice.
    pub txn_id: String,
    pub action: Action,
}

/// The record trees. Key layouts are in [`records`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tree {
    Requests,
    Cards,
    Volunteers,
    Codes,
    Blocks,
    Reminded,
    UserStations,
    Audit,
    Sanctions,
    UserSanctions,
    Mutes,
    RoomSettings,
    Joins,
    Broadcasts,
    Tickets,
    OpenTickets,
    ReporterTickets,
    TicketCards,
    TicketCardOf,
    Copies,
    RelayRules,
    RumourItems,
    RumourSightings,
    RumourEvents,
    RumourCards,
    Tasks,
    OpenTasks,
    TaskCards,
    TaskCardOf,
    TaskEvidence,
    Tallies,
    RequestCardOf,
    Suspects,
    OfficialNames,
    Tips,
    TipsterTips,
    TipCardOf,
    MemberReports,
    MemberReportEvents,
    MemberReportCardOf,
    MemberReportCards,
}

impl Tree {
    pub const ALL: [Tree; 41] = [
        Tree::Requests,
        Tree::Cards,
        Tree::Volunteers,
        Tree::Codes,
        Tree::Blocks,
        Tree::Reminded,
        Tree::UserStations,
        Tree::Audit,
        Tree::Sanctions,
        Tree::UserSanctions,
        Tree::Mutes,
        Tree::RoomSettings,
        Tree::Joins,
        Tree::Broadcasts,
        Tree::Tickets,
        Tree::OpenTickets,
        Tree::ReporterTickets,
        Tree::TicketCards,
        Tree::TicketCardOf,
        Tree::Copies,
        Tree::RelayRules,
        Tree::RumourItems,
        Tree::RumourSightings,
        Tree::RumourEvents,
        Tree::RumourCards,
        Tree::Tasks,
        Tree::OpenTasks,
        Tree::TaskCards,
        Tree::TaskCardOf,
        Tree::TaskEvidence,
        Tree::Tallies,
        Tree::RequestCardOf,
        Tree::Suspects,
        Tree::OfficialNames,
        Tree::Tips,
        Tree::TipsterTips,
        Tree::TipCardOf,
        Tree::MemberReports,
        Tree::MemberReportEvents,
        Tree::MemberReportCardOf,
        Tree::MemberReportCards,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Tree::Requests => "stationuser_request",
            Tree::Cards => "cardevent_requestkey",
            Tree::Volunteers => "stationuser_volunteer",
            Tree::Codes => "code_volunteerkey",
            Tree::Blocks => "districtuser_block",
            Tree::Reminded => "kinduser_reminderday",
            Tree::UserStations => "userstation_volunteerkey",
            Tree::Audit => "tsevent_audit",
            Tree::Sanctions => "id_sanction",
            Tree::UserSanctions => "districtuser_sanctionid",
            Tree::Mutes => "stationuser_mute",
            Tree::RoomSettings => "station_roomsettings",
            Tree::Joins => "stationuser_joinedms",
            Tree::Broadcasts => "eventid_broadcast",
            Tree::Tickets => "stationnumber_ticket",
            Tree::OpenTickets => "stationnumber_open",
            Tree::ReporterTickets => "reporterts_ticketkey",
            Tree::TicketCards => "cardevent_ticketkey",
            Tree::TicketCardOf => "ticketkey_cardevent",
            Tree::Copies => "originroom_copy",
            Tree::RelayRules => "districtnumber_relayrule",
            Tree::RumourItems => "districtitem_rumour",
            Tree::RumourSightings => "tsdistrictevent_sighting",
            Tree::RumourEvents => "event_districtitem",
            Tree::RumourCards => "districtitemkind_cardevent",
            Tree::Tasks => "districtnumber_task",
            Tree::OpenTasks => "districtnumber_opentask",
            Tree::TaskCards => "cardevent_taskkey",
            Tree::TaskCardOf => "taskkey_cardevent",
            Tree::TaskEvidence => "districttasknumber_evidence",
            Tree::Tallies => "daydistrictstationmetric_count",
            Tree::RequestCardOf => "requestkey_cardevent",
            Tree::Suspects => "districtuser_suspect",
            Tree::OfficialNames => "user_officialname",
            Tree::Tips => "districtnumber_tip",
            Tree::TipsterTips => "tipsterts_tipkey",
            Tree::TipCardOf => "tipkey_cardevent",
            Tree::MemberReports => "districtnumber_memberreport",
            Tree::MemberReportEvents => "event_memberreportkey",
            Tree::MemberReportCardOf => "memberreportkey_cardevent",
            Tree::MemberReportCards => "cardevent_memberreportkey",
        }
    }

    pub fn index(self) -> usize {
        Tree::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }
}

/// One record write: a value, or `None` to remove the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Write {
    pub tree: Tree,
    pub key: Vec<u8>,
    pub value: Option<Vec<u8>>,
}

/// Meta values kept by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meta {
    SchemaVersion,
    /// When the bot first synced (ms): older events are history and never handled.
    FirstStartMs,
    /// The bot's clock when the last sync response was fully handled (ms).
    SyncCheckpointMs,
    /// The store's creation time as recorded in the bot account's data on the homeserver
    /// (`matrix::store_record`); absent until recorded.
    StoreRecordedMs,
    /// A hash of the avatar image last set on the bot's profile (set again when it changes).
    AvatarHash,
    /// The highest homeserver event-report id handed to the pipeline.
    EventReportsCursor,
    /// The highest homeserver user-report id handed to the pipeline.
    UserReportsCursor,
    /// Added to sled's id generator for outbox sequence numbers. A store copied by
    /// `saathi backup` starts a new generator at 0; the copy records here where the original's
    /// stood, so a restored store never reuses the number of an effect still pending.
    OutboxSeqFloor,
    /// Set by the first start after `saathi restore` from the homeserver's handled mark
    /// (`matrix::handled_mark`): events up to this origin time (ms) were handled by the bot
    /// that ran after the backup, and are not handled again.
    HandledElsewhereUntilMs,
}

impl Meta {
    pub fn key(self) -> &'static str {
        match self {
            Meta::SchemaVersion => "schema_version",
            Meta::FirstStartMs => "first_start_ms",
            Meta::SyncCheckpointMs => "sync_checkpoint_ms",
            Meta::StoreRecordedMs => "store_recorded_ms",
            Meta::AvatarHash => "avatar_hash",
            Meta::EventReportsCursor => "event_reports_cursor",
            Meta::UserReportsCursor => "user_reports_cursor",
            Meta::OutboxSeqFloor => "outbox_seq_floor",
            Meta::HandledElsewhereUntilMs => "handled_elsewhere_until_ms",
        }
    }
}

/// The outbox transaction id for the `index`-th action caused by `event_id`.
pub fn txn_id_for(event_id: &str, index: usize) -> String {
    let clean: String = event_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    format!("saathi.{clean}.{index}")
}

pub trait Store: Send + Sync + 'static {
    fn is_handled(&self, event_id: &str) -> Result<bool>;

    /// The exactly-once step: in one transaction, record `handled` in the ledger, apply
    /// `writes` to the records and append `actions` to the outbox. Returns `false` and writes
    /// nothing if the event was already handled.
    fn commit_handled(
        &self,
        handled: &Handled,
        actions: &[Action],
        writes: &[Write],
    ) -> Result<bool>;

    /// One record (see [`records`] for the key layouts).
    fn get(&self, tree: Tree, key: &[u8]) -> Result<Option<Vec<u8>>>;

    /// Every record whose key starts with `prefix`, in key order.
    fn scan(&self, tree: Tree, prefix: &[u8]) -> Result<Vec<(Vec<u8>, Vec<u8>)>>;

    /// The first `n` records of a tree, in key order.
    fn first_n(&self, tree: Tree, n: usize) -> Result<Vec<(Vec<u8>, Vec<u8>)>>;

    /// The record with the greatest key that starts with `prefix`.
    fn last(&self, tree: Tree, prefix: &[u8]) -> Result<Option<(Vec<u8>, Vec<u8>)>>;

    /// A write outside any event (e.g. the id of a card the executor just posted).
    fn put(&self, write: &Write) -> Result<()>;

    fn handled_count(&self) -> Result<usize>;

    /// Drop ledger entries handled before `before_ms`; returns how many.
    fn prune_handled(&self, before_ms: u64) -> Result<usize>;

    /// The oldest `limit` outbox entries, in order.
    fn outbox_peek(&self, limit: usize) -> Result<Vec<OutboxItem>>;

    /// The entry was carried out: remove it.
    fn outbox_complete(&self, seq: u64) -> Result<()>;

    /// The entry cannot be carried out (e.g. the bot lost its power): keep it, with the reason,
    /// among the failed entries and take it out of the queue.
    fn outbox_fail(&self, seq: u64, reason: &str) -> Result<()>;

    fn outbox_len(&self) -> Result<usize>;

    /// Entries that could not be carried out (kept with their reasons).
    fn outbox_failed_len(&self) -> Result<usize>;

    fn meta_get(&self, key: Meta) -> Result<Option<u64>>;
    fn meta_set(&self, key: Meta, value: u64) -> Result<()>;

    /// Make everything written so far durable.
    fn flush(&self) -> Result<()>;

    /// Make every decision that queued effects durable before those effects are carried out
    /// (write-ahead); cheap when nothing was decided since the last call.
    fn flush_decisions(&self) -> Result<()> {
        self.flush()
    }
}

/// Build the outbox items for the actions of one event, numbered from `first_seq`.
pub(crate) fn outbox_items(
    event_id: &str,
    actions: &[Action],
    seqs: impl Iterator<Item = u64>,
) -> Vec<OutboxItem> {
    actions
        .iter()
        .zip(seqs)
        .enumerate()
        .map(|(i, (action, seq))| OutboxItem {
            v: 1,
            seq,
            txn_id: txn_id_for(event_id, i),
            action: action.clone(),
        })
        .collect()
}

#[cfg(test)]
mod contract_tests;
#[cfg(test)]
mod golden_tests;
