//! Members' reports of messages (the client's *Report* button), by reported event, and their
//! desk cards (kept beside the record, so the executor never rewrites what the pipeline may be
//! changing).
//!
//! | tree                        | key                                 | value                     |
//! |-----------------------------|-------------------------------------|---------------------------|
//! | `districtnumber_memberreport` | district \0 number (u32 BE)       | `MemberReport` JSON       |
//! | `event_memberreportkey`     | the reported event's id             | report key                |
//! | `memberreportkey_cardevent` | report key                          | the card's event id       |
//! | `cardevent_memberreportkey` | the card's event id                 | report key                |

use super::codec::{json, parse, prefix, put};
use crate::core::member_reports::model::{MemberReport, MemberReportRef};
use crate::store::{Result, Store, Tree, Write};

fn report_key(district: &str, number: u32) -> Vec<u8> {
    let mut k = prefix(&[district]);
    k.extend(number.to_be_bytes());
    k
}

pub(super) fn put_member_report(r: &MemberReport) -> Vec<Write> {
    let k = report_key(&r.district, r.number);
    vec![
        put(Tree::MemberReports, k.clone(), json(r)),
        put(Tree::MemberReportEvents, r.event_id.as_bytes().to_vec(), k),
    ]
}

fn report_at(s: &dyn Store, k: &[u8]) -> Result<Option<MemberReport>> {
    let Some(v) = s.get(Tree::MemberReports, k)? else {
        return Ok(None);
    };
    let mut r: MemberReport = parse("member report", &v)?;
    r.card_event = s
        .get(Tree::MemberReportCardOf, k)?
        .map(|c| String::from_utf8_lossy(&c).into_owned());
    Ok(Some(r))
}

pub fn member_report(s: &dyn Store, district: &str, number: u32) -> Result<Option<MemberReport>> {
    report_at(s, &report_key(district, number))
}

pub fn member_report_by_event(s: &dyn Store, event_id: &str) -> Result<Option<MemberReport>> {
    match s.get(Tree::MemberReportEvents, event_id.as_bytes())? {
        Some(k) => report_at(s, &k),
        None => Ok(None),
    }
}

pub fn member_report_by_card(s: &dyn Store, card: &str) -> Result<Option<MemberReport>> {
    match s.get(Tree::MemberReportCards, card.as_bytes())? {
        Some(k) => report_at(s, &k),
        None => Ok(None),
    }
}

/// The highest report number of a district (0 before its first).
pub fn last_member_report_number(s: &dyn Store, district: &str) -> Result<u32> {
    Ok(s.last(Tree::MemberReports, &prefix(&[district]))?
        .and_then(|(k, _)| k.get(k.len().saturating_sub(4)..)?.try_into().ok())
        .map_or(0, u32::from_be_bytes))
}

/// Remember a report's desk card (after the executor posted it).
pub fn set_member_report_card(s: &dyn Store, r: &MemberReportRef, card: &str) -> Result<()> {
    let k = report_key(&r.district, r.number);
    s.put(&put(
        Tree::MemberReportCards,
        card.as_bytes().to_vec(),
        k.clone(),
    ))?;
    s.put(&put(Tree::MemberReportCardOf, k, card.as_bytes().to_vec()))
}
