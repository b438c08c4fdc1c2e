//! Relay rules as a graph of rooms: a rule that would let a message come back to where it
//! started (directly or through other rules) is refused when it is added.

use std::collections::{BTreeMap, BTreeSet};

use super::{RelayRule, Spot};
use crate::core::district::{District, RoomKind};

/// Every (from, to) room pair the rules relay along.
fn edges(d: &District, rules: &[&RelayRule]) -> BTreeMap<RoomKind, BTreeSet<RoomKind>> {
    let mut out: BTreeMap<RoomKind, BTreeSet<RoomKind>> = BTreeMap::new();
    for r in rules {
        for from in r.from.sources(d) {
            for to in r.to.targets(d, Some(&from)) {
                if to != from {
                    out.entry(from.clone()).or_default().insert(to);
                }
            }
        }
    }
    out
}

/// A path from `from` to `to` along the edges, if there is one (breadth first: the shortest).
fn path(
    edges: &BTreeMap<RoomKind, BTreeSet<RoomKind>>,
    from: &RoomKind,
    to: &RoomKind,
) -> Option<Vec<RoomKind>> {
    let mut came_from: BTreeMap<RoomKind, RoomKind> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([from.clone()]);
    let mut seen = BTreeSet::from([from.clone()]);
    while let Some(at) = queue.pop_front() {
        if at == *to {
            let mut p = vec![at.clone()];
            let mut cur = at;
            while let Some(prev) = came_from.get(&cur) {
                p.push(prev.clone());
                cur = prev.clone();
            }
            p.reverse();
            return Some(p);
        }
        for next in edges.get(&at).into_iter().flatten() {
            if seen.insert(next.clone()) {
                came_from.insert(next.clone(), at.clone());
                queue.push_back(next.clone());
            }
        }
    }
    None
}

/// The loop `new` would close with `rules`, as the rooms it passes (first = last), if any.
pub fn cycle(d: &District, rules: &[RelayRule], new: &RelayRule) -> Option<Vec<RoomKind>> {
    let mut all: Vec<&RelayRule> = rules.iter().collect();
    all.push(new);
    let edges = edges(d, &all);
    for from in new.from.sources(d) {
        for to in new.to.targets(d, Some(&from)) {
            if to == from {
                continue;
            }
            if let Some(back) = path(&edges, &to, &from) {
                let mut out = vec![from.clone()];
                out.extend(back);
                return Some(out);
            }
        }
    }
    None
}

/// How a room of a loop is named in the refusal.
pub fn show(k: &RoomKind) -> String {
    match k {
        RoomKind::Announcements => Spot::Announcements.show(),
        RoomKind::Control => Spot::Control.show(),
        RoomKind::Station(s) => s.clone(),
        RoomKind::Desk(s) => format!("desk:{s}"),
        RoomKind::Space => "space".into(),
        RoomKind::Policy => "policy".into(),
    }
}
