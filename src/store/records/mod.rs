//! Key layouts of the record trees and typed access to them, one file per feature, each
//! opening with its part of the key-layout table. Every key part is separated by a NUL byte
//! (Matrix ids and slugs never contain one). `writes` turns a core `Change` into the writes
//! that carry it out; the readers answer the pipeline's `StateView`; the `set_*` write-backs
//! are the executor's (through `matrix::outbound::receipts`).

mod broadcast;
mod codec;
mod digest;
mod impersonation;
mod member_reports;
mod moderation;
mod relay;
mod rumour;
mod tasks;
mod tickets;
mod tips;
mod vetting;

pub use broadcast::*;
pub use codec::key;
pub use digest::*;
pub use impersonation::*;
pub use member_reports::*;
pub use moderation::*;
pub use relay::*;
pub use rumour::*;
pub use tasks::*;
pub use tickets::*;
pub use tips::*;
pub use vetting::*;

use super::Write;
use crate::core::change::Change;

/// The writes that carry out `change`.
pub fn writes(change: &Change) -> Vec<Write> {
    match change {
        Change::PutRequest(r) => vetting::put_request(r),
        Change::PutVolunteer(v) => vetting::put_volunteer(v),
        Change::PutBlock(b) => vetting::put_block(b),
        Change::RemoveBlock { district, user } => vetting::remove_block(district, user),
        Change::Reminded { kind, user, day } => vetting::reminded(*kind, user, *day),
        Change::Joined {
            district,
            station,
            user,
            at_ms,
        } => vetting::joined(district, station, user, *at_ms),
        Change::Audit(a) => moderation::put_audit(a),
        Change::PutSanction(x) => moderation::put_sanction(x),
        Change::PutMute(m) => moderation::put_mute(m),
        Change::RemoveMute {
            district,
            station,
            user,
        } => moderation::remove_mute(district, station, user),
        Change::PutRoomSettings {
            district,
            station,
            settings,
        } => moderation::put_room_settings(district, station, settings),
        Change::PutTicket(tk) => tickets::put_ticket(tk),
        Change::PutSighting {
            district,
            item,
            event_id,
            at_ms,
            fp,
        } => rumour::put_sighting(district, item, event_id, *at_ms, fp),
        Change::PutRumourItem(it) => rumour::put_item(it),
        Change::PutTask(t) => tasks::put_task(t),
        Change::PutEvidence(e) => tasks::put_evidence(e),
        Change::PutTally {
            day,
            district,
            station,
            metric,
            value,
        } => digest::put_tally(*day, district, station, metric, *value),
        Change::PutRelayRule(r) => relay::put_relay_rule(r),
        Change::PutBroadcast(b) => broadcast::put_broadcast(b),
        Change::PutTip(t) => tips::put_tip(t),
        Change::PutMemberReport(r) => member_reports::put_member_report(r),
        Change::PutSuspect(s) => impersonation::put_suspect(s),
        Change::PutOfficialName(n) => impersonation::put_official_name(n),
    }
}
