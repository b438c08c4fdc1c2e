//! Anonymous tips, by tipster (for their replies), and their desk cards (kept beside the tip,
//! so the executor never rewrites a record the pipeline may be changing).
//!
//! | tree                       | key                                 | value                     |
//! |----------------------------|-------------------------------------|---------------------------|
//! | `districtnumber_tip`       | district \0 number (u32 BE)         | `Tip` JSON                |
//! | `tipsterts_tipkey`         | tipster \0 at_ms (u64 BE) tip key   | tip key                   |
//! | `tipkey_cardevent`         | tip key                             | the card's event id       |

use super::codec::{json, parse, prefix, put};
use crate::core::tips::model::{Tip, TipRef};
use crate::store::{Result, Store, Tree, Write};

fn tip_key(district: &str, number: u32) -> Vec<u8> {
    let mut k = prefix(&[district]);
    k.extend(number.to_be_bytes());
    k
}

pub(super) fn put_tip(t: &Tip) -> Vec<Write> {
    let k = tip_key(&t.district, t.number);
    let mut by_tipster = prefix(&[&t.tipster]);
    by_tipster.extend(t.at_ms.to_be_bytes());
    by_tipster.extend(&k);
    vec![
        put(Tree::Tips, k.clone(), json(t)),
        put(Tree::TipsterTips, by_tipster, k),
    ]
}

fn tip_at(s: &dyn Store, k: &[u8]) -> Result<Option<Tip>> {
    let Some(v) = s.get(Tree::Tips, k)? else {
        return Ok(None);
    };
    let mut t: Tip = parse("tip", &v)?;
    t.card_event = s
        .get(Tree::TipCardOf, k)?
        .map(|c| String::from_utf8_lossy(&c).into_owned());
    Ok(Some(t))
}

pub fn tip(s: &dyn Store, district: &str, number: u32) -> Result<Option<Tip>> {
    tip_at(s, &tip_key(district, number))
}

/// The highest tip number of a district (0 before its first).
pub fn last_tip_number(s: &dyn Store, district: &str) -> Result<u32> {
    Ok(s.last(Tree::Tips, &prefix(&[district]))?
        .and_then(|(k, _)| k.get(k.len().saturating_sub(4)..)?.try_into().ok())
        .map_or(0, u32::from_be_bytes))
}

/// The newest tip `tipster` sent.
pub fn latest_tip_of(s: &dyn Store, tipster: &str) -> Result<Option<Tip>> {
    match s.last(Tree::TipsterTips, &prefix(&[tipster]))? {
        Some((_, k)) => tip_at(s, &k),
        None => Ok(None),
    }
}

/// Every tip, in key order (for `saathi export tips`).
pub fn all_tips(s: &dyn Store) -> Result<Vec<Tip>> {
    let mut out = Vec::new();
    for (k, _) in s.scan(Tree::Tips, b"")? {
        out.extend(tip_at(s, &k)?);
    }
    Ok(out)
}

/// Remember a tip's desk card (after the executor posted it).
pub fn set_tip_card(s: &dyn Store, t: &TipRef, card_event: &str) -> Result<()> {
    s.put(&put(
        Tree::TipCardOf,
        tip_key(&t.district, t.number),
        card_event.as_bytes().to_vec(),
    ))
}
