//! Rumour items, the sightings of their copies (kept for the window) and the cards about them.
//!
//! | tree                       | key                                 | value                     |
//! |----------------------------|-------------------------------------|---------------------------|
//! | `districtitem_rumour`      | district \0 item id                 | `RumourItem` JSON         |
//! | `tsdistrictevent_sighting` | at_ms (u64 BE) district \0 event    | `SightingRecord` JSON (window only) |
//! | `event_districtitem`       | copy / alert / request event id     | district \0 item id      |
//! | `districtitemkind_cardevent` | district \0 item \0 alert\|request | the card's event id     |

use super::codec::{json, key, parse, prefix, put};
use crate::core::fingerprint::{self, Fingerprint};
use crate::core::rumour::RumourItem;
use crate::store::{Result, Store, Tree, Write};

pub(super) fn put_sighting(
    district: &str,
    item: &str,
    event_id: &str,
    at_ms: u64,
    fp: &Fingerprint,
) -> Vec<Write> {
    let mut k = at_ms.to_be_bytes().to_vec();
    k.extend(key(&[district, event_id]));
    let rec = SightingRecord {
        district: district.to_string(),
        item: item.to_string(),
        at_ms,
        exact: fp.exact,
        sig: fp.sig.map(|s| s.to_vec()),
    };
    vec![
        put(Tree::RumourSightings, k, json(&rec)),
        put(
            Tree::RumourEvents,
            event_id.as_bytes().to_vec(),
            key(&[district, item]),
        ),
    ]
}

pub(super) fn put_item(it: &RumourItem) -> Vec<Write> {
    vec![put(
        Tree::RumourItems,
        key(&[&it.district, &it.id]),
        json(it),
    )]
}

/// A copy's fingerprint as stored for the near-duplicate index (kept for the window).
#[derive(Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SightingRecord {
    pub district: String,
    pub item: String,
    pub at_ms: u64,
    pub exact: u64,
    pub sig: Option<Vec<u16>>,
}
impl SightingRecord {
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint {
            exact: self.exact,
            sig: self
                .sig
                .as_deref()
                .and_then(|s| <[u16; fingerprint::K]>::try_from(s).ok()),
        }
    }
}

pub fn rumour_item(s: &dyn Store, district: &str, id: &str) -> Result<Option<RumourItem>> {
    let Some(v) = s.get(Tree::RumourItems, &key(&[district, id]))? else {
        return Ok(None);
    };
    let mut it: RumourItem = parse("rumour item", &v)?;
    let card = |kind: &str| -> Result<Option<String>> {
        Ok(s.get(Tree::RumourCards, &key(&[district, id, kind]))?
            .map(|e| String::from_utf8_lossy(&e).into_owned()))
    };
    it.alert_event = card("alert")?;
    it.request_event = card("request")?;
    Ok(Some(it))
}

/// The (district, item) an event belongs to: a copy, an alert or a tipline request.
pub fn rumour_by_event(s: &dyn Store, event_id: &str) -> Result<Option<(String, String)>> {
    Ok(s.get(Tree::RumourEvents, event_id.as_bytes())?
        .and_then(|v| {
            let v = String::from_utf8_lossy(&v).into_owned();
            v.split_once('\0')
                .map(|(d, i)| (d.to_string(), i.to_string()))
        }))
}

/// The district's items with a verdict.
pub fn rumour_verdicts(s: &dyn Store, district: &str) -> Result<Vec<RumourItem>> {
    let mut out = Vec::new();
    for (_, v) in s.scan(Tree::RumourItems, &prefix(&[district]))? {
        let it: RumourItem = parse("rumour item", &v)?;
        if it.verdict.is_some() {
            out.push(it);
        }
    }
    Ok(out)
}

/// Remember a rumour alert or tipline request card (after the executor posted it).
pub fn set_rumour_card(
    s: &dyn Store,
    district: &str,
    item: &str,
    kind: &str,
    event_id: &str,
) -> Result<()> {
    s.put(&put(
        Tree::RumourCards,
        key(&[district, item, kind]),
        event_id.as_bytes().to_vec(),
    ))?;
    s.put(&put(
        Tree::RumourEvents,
        event_id.as_bytes().to_vec(),
        key(&[district, item]),
    ))
}

/// Every stored sighting, oldest first (for rebuilding the index).
pub fn sightings(s: &dyn Store) -> Result<Vec<SightingRecord>> {
    s.scan(Tree::RumourSightings, b"")?
        .iter()
        .map(|(_, v)| parse("sighting", v))
        .collect()
}

/// Drop sightings older than `before_ms` (they left the window); returns how many.
pub fn prune_sightings(s: &dyn Store, before_ms: u64) -> Result<usize> {
    let mut n = 0;
    loop {
        let batch = s.first_n(Tree::RumourSightings, 1000)?;
        let full = batch.len() == 1000;
        for (k, _) in batch {
            let at = k
                .get(..8)
                .and_then(|b| b.try_into().ok())
                .map_or(0, u64::from_be_bytes);
            if at >= before_ms {
                return Ok(n);
            }
            s.put(&Write {
                tree: Tree::RumourSightings,
                key: k,
                value: None,
            })?;
            n += 1;
        }
        if !full {
            return Ok(n);
        }
    }
}
