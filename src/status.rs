//! `saathi status`: what the bot's store holds, for an operator at 2 a.m. — events handled,
//! effects still to carry out (and of which kind), effects that failed, open tickets and tasks,
//! volunteers and blocks. It opens the store like the bot does, so a missing or damaged data
//! directory gets the same clear refusal; the bot must be stopped (sled admits one process).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::store::{Store, StoreError, Tree, records};

/// The report, one fact a line.
pub fn report(store: &dyn Store) -> Result<String, StoreError> {
    let pending = store.outbox_peek(usize::MAX)?;
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for item in &pending {
        *kinds.entry(item.action.kind()).or_default() += 1;
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let count = |tree| store.scan(tree, b"").map(|v| v.len());
    let mut out = String::new();
    let lines = [
        (
            "events handled (ledger)",
            store.handled_count()?.to_string(),
        ),
        (
            "outbox",
            if pending.is_empty() {
                "0 pending".to_string()
            } else {
                format!("{} pending ({})", pending.len(), kinds.join(", "))
            },
        ),
        ("outbox failed", store.outbox_failed_len()?.to_string()),
        (
            "open tickets",
            records::open_tickets(store, "")?.len().to_string(),
        ),
        ("tickets", count(Tree::Tickets)?.to_string()),
        ("open tasks", count(Tree::OpenTasks)?.to_string()),
        ("volunteers", count(Tree::Volunteers)?.to_string()),
        ("blocked", count(Tree::Blocks)?.to_string()),
    ];
    for (k, v) in lines {
        let _ = writeln!(out, "{k}: {v}");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::action::Action;
    use crate::store::Handled;
    use crate::store::memory::MemoryStore;

    #[test]
    fn counts_what_the_store_holds() {
        let store = MemoryStore::default();
        assert!(report(&store).unwrap().contains("outbox: 0 pending\n"));
        let reply = Action::Reply {
            room_id: "!r:x".into(),
            in_reply_to: "$e".into(),
            mention: "@u:x".into(),
            body: "hi".into(),
            html: None,
        };
        let handled = Handled {
            v: 1,
            event_id: "$e".into(),
            room_id: "!r:x".into(),
            origin_ts_ms: 1,
            handled_at_ms: 1,
            actions: 2,
        };
        store
            .commit_handled(&handled, &[reply.clone(), reply], &[])
            .unwrap();
        let r = report(&store).unwrap();
        assert!(r.contains("events handled (ledger): 1\n"), "{r}");
        assert!(r.contains("outbox: 2 pending (reply 2)\n"), "{r}");
        assert!(r.contains("outbox failed: 0\n"), "{r}");
        let seq = store.outbox_peek(1).unwrap()[0].seq;
        store.outbox_fail(seq, "forbidden").unwrap();
        let r = report(&store).unwrap();
        assert!(r.contains("outbox: 1 pending (reply 1)\n"), "{r}");
        assert!(r.contains("outbox failed: 1\n"), "{r}");
    }
}
