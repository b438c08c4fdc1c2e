//! The same contract, run against both adapters; sled also across a reopen.

use super::memory::MemoryStore;
use super::sled_store::SledStore;
use super::*;

fn handled(id: &str, at: u64) -> Handled {
    Handled {
        v: 1,
        event_id: id.into(),
        room_id: "!r".into(),
        origin_ts_ms: at,
        handled_at_ms: at,
        actions: 1,
    }
}

fn w(key: &[u8], value: Option<&[u8]>) -> Write {
    Write {
        tree: Tree::Blocks,
        key: key.to_vec(),
        value: value.map(<[u8]>::to_vec),
    }
}

fn reply(body: &str) -> Action {
    Action::Reply {
        room_id: "!r".into(),
        in_reply_to: "$e".into(),
        mention: "@u:s".into(),
        body: body.into(),
        html: None,
    }
}

fn contract(s: &dyn Store) {
    assert!(!s.is_handled("$a").unwrap());
    assert!(
        s.commit_handled(
            &handled("$a", 10),
            &[reply("1"), reply("2")],
            &[w(b"k1", Some(b"v1")), w(b"k2", Some(b"v2"))]
        )
        .unwrap()
    );
    assert!(s.is_handled("$a").unwrap());
    // A repeat writes nothing: no second ledger entry, no second outbox entry.
    assert!(
        !s.commit_handled(
            &handled("$a", 11),
            &[reply("1"), reply("2")],
            &[w(b"k3", Some(b"v3"))]
        )
        .unwrap()
    );
    assert_eq!(s.outbox_len().unwrap(), 2);
    assert!(
        s.commit_handled(&handled("$b", 20), &[], &[w(b"k2", None)])
            .unwrap()
    );
    assert_eq!(s.handled_count().unwrap(), 2);
    // Records: written with their event, not by a repeat; removals apply.
    assert_eq!(s.get(Tree::Blocks, b"k1").unwrap(), Some(b"v1".to_vec()));
    assert_eq!(s.get(Tree::Blocks, b"k2").unwrap(), None);
    assert_eq!(s.get(Tree::Blocks, b"k3").unwrap(), None);
    s.put(&w(b"k12", Some(b"x"))).unwrap();
    s.put(&Write {
        tree: Tree::Codes,
        key: b"k1".to_vec(),
        value: Some(b"other".to_vec()),
    })
    .unwrap();
    let keys: Vec<Vec<u8>> = s
        .scan(Tree::Blocks, b"k1")
        .unwrap()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(keys, [b"k1".to_vec(), b"k12".to_vec()]);

    let items = s.outbox_peek(10).unwrap();
    assert_eq!(
        items.iter().map(|i| i.txn_id.as_str()).collect::<Vec<_>>(),
        ["saathi.a.0", "saathi.a.1"]
    );
    assert!(items[0].seq < items[1].seq);
    s.outbox_complete(items[0].seq).unwrap();
    s.outbox_fail(items[1].seq, "forbidden").unwrap();
    assert_eq!(s.outbox_len().unwrap(), 0);

    assert_eq!(s.prune_handled(15).unwrap(), 1);
    assert!(!s.is_handled("$a").unwrap());
    assert!(s.is_handled("$b").unwrap());

    assert_eq!(s.meta_get(Meta::FirstStartMs).unwrap(), None);
    s.meta_set(Meta::FirstStartMs, 42).unwrap();
    assert_eq!(s.meta_get(Meta::FirstStartMs).unwrap(), Some(42));

    s.flush().unwrap();
}

#[test]
fn memory_store_keeps_the_contract() {
    let s = MemoryStore::new();
    migrate::run(&s).unwrap();
    contract(&s);
    assert_eq!(s.failed()[0].1, "forbidden");
}

#[test]
fn sled_store_keeps_the_contract_and_survives_reopen() {
    let dir = tempfile::tempdir().unwrap();
    {
        let s = SledStore::open(dir.path()).unwrap();
        assert!(s.is_empty());
        contract(&s);
        s.commit_handled(&handled("$c", 30), &[reply("3")], &[])
            .unwrap();
    }
    let s = SledStore::open(dir.path()).unwrap();
    assert!(s.is_handled("$c").unwrap());
    assert_eq!(s.outbox_peek(5).unwrap()[0].action, reply("3"));
    assert_eq!(
        s.meta_get(Meta::SchemaVersion).unwrap(),
        Some(migrate::SCHEMA_VERSION)
    );
}

#[test]
fn sled_refuses_a_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    {
        let s = SledStore::open(dir.path()).unwrap();
        s.meta_set(Meta::SchemaVersion, migrate::SCHEMA_VERSION + 1)
            .unwrap();
    }
    match SledStore::open(dir.path()) {
        Err(StoreError::TooNew { found, .. }) => assert_eq!(found, migrate::SCHEMA_VERSION + 1),
        other => panic!("expected TooNew, got {:?}", other.err()),
    }
}

#[test]
fn persisted_types_round_trip() {
    let h = handled("$x", 5);
    assert_eq!(
        serde_json::from_str::<Handled>(&serde_json::to_string(&h).unwrap()).unwrap(),
        h
    );
    let item = OutboxItem {
        v: 1,
        seq: 7,
        txn_id: txn_id_for("$x:y", 0),
        action: reply("hi"),
    };
    assert_eq!(
        serde_json::from_str::<OutboxItem>(&serde_json::to_string(&item).unwrap()).unwrap(),
        item
    );
}

/// The executor records a request's card beside it; a decision that rewrites the request
/// (approve, deny) without knowing the card must not lose it.
#[test]
fn a_request_card_survives_the_request_being_rewritten() {
    use crate::core::change::Change;
    use crate::core::vetting::model::{JoinRequest, RequestStatus, Via};
    let s = MemoryStore::new();
    let mut r = JoinRequest {
        v: 1,
        district: "d".into(),
        station: "a".into(),
        user: "@v:s".into(),
        display_name: None,
        reason: None,
        via: Via::Knock,
        at_ms: 1,
        status: RequestStatus::Open,
        card_event: None,
    };
    let put = |r: &JoinRequest| {
        for w in records::writes(&Change::PutRequest(r.clone())) {
            s.put(&w).unwrap();
        }
    };
    put(&r);
    records::set_request_card(&s, "d", "a", "@v:s", "$card").unwrap();
    let approved = RequestStatus::Approved {
        by: "@staff:s".into(),
        at_ms: 2,
    };
    r.status = approved.clone();
    put(&r);
    for got in [
        records::request(&s, "d", "a", "@v:s").unwrap(),
        records::request_by_card(&s, "$card").unwrap(),
        records::requests(&s, "d", "a").unwrap().pop(),
    ] {
        let got = got.expect("the request");
        assert_eq!(got.status, approved);
        assert_eq!(got.card_event.as_deref(), Some("$card"));
    }
}
