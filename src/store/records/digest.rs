//! The day's counts behind the digest, per station and metric.
//!
//! | tree                       | key                                 | value                     |
//! |----------------------------|-------------------------------------|---------------------------|
//! | `daydistrictstationmetric_count` | day (i64 BE) district \0 station \0 metric | count (u64 BE) |

use super::codec::{key, put};
use crate::store::{Result, Store, Tree, Write};

pub(super) fn put_tally(
    day: i64,
    district: &str,
    station: &str,
    metric: &str,
    value: u64,
) -> Vec<Write> {
    vec![put(
        Tree::Tallies,
        tally_key(day, &[district, station, metric]),
        value.to_be_bytes().to_vec(),
    )]
}

fn tally_key(day: i64, parts: &[&str]) -> Vec<u8> {
    let mut k = day.to_be_bytes().to_vec();
    k.extend(key(parts));
    k
}

pub fn tally(s: &dyn Store, day: i64, district: &str, station: &str, metric: &str) -> Result<u64> {
    Ok(
        s.get(Tree::Tallies, &tally_key(day, &[district, station, metric]))?
            .and_then(|v| v.as_slice().try_into().ok())
            .map_or(0, u64::from_be_bytes),
    )
}

/// Every count of a district's day: (station, metric, value).
pub fn tallies(s: &dyn Store, day: i64, district: &str) -> Result<Vec<(String, String, u64)>> {
    let mut p = tally_key(day, &[district]);
    p.push(0);
    Ok(s.scan(Tree::Tallies, &p)?
        .into_iter()
        .filter_map(|(k, v)| {
            let rest = String::from_utf8_lossy(&k[p.len()..]).into_owned();
            let (station, metric) = rest.split_once('\0')?;
            let n = u64::from_be_bytes(v.as_slice().try_into().ok()?);
            Some((station.to_string(), metric.to_string(), n))
        })
        .collect())
}
