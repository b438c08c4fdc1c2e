//! Golden samples of every persisted type: one stored JSON file per type in
//! `tests/data/golden/`. A sample must read back into the type and write out exactly as
//! stored, so renaming a serde field (which would lose data already on disk) fails here.
//! After a deliberate, migrated change: `SAATHI_BLESS=1 cargo test --lib golden` rewrites them.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Handled, OutboxItem};
use crate::core::action::{Action, CardOf, CopyOrigin, Tracked};
use crate::core::audit::AuditEntry;
use crate::core::broadcast::Broadcast;
use crate::core::digest::Table;
use crate::core::district::Lang;
use crate::core::event::MediaKind;
use crate::core::lock::Lock;
use crate::core::moderation::model::{Measure, Mute, Sanction, Undone};
use crate::core::moderation::settings::RoomSettings;
use crate::core::relay::{CopyRecord, RelayRule, Senders, Spot};
use crate::core::rumour::{RumourItem, Sighting, Verdict, VerdictKind};
use crate::core::tasks::{Assignee, Evidence as TaskEvidence, Need, Task, TaskRef};
use crate::core::tickets::{Evidence, Step, Ticket, TicketRef};
use crate::core::vetting::model::{
    BlockEntry, JoinRequest, RequestStatus, Via, Volunteer, VolunteerStatus,
};
use crate::store::records::SightingRecord;

fn s(v: &str) -> String {
    v.to_string()
}

fn step() -> Step {
    Step {
        by: s("@sho:example.org"),
        at_ms: 1_700_000_100_000,
    }
}

/// Check (or with `SAATHI_BLESS=1`, write) `tests/data/golden/<name>.json`.
fn golden<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(name: &str, value: &T) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/golden")
        .join(format!("{name}.json"));
    let now = serde_json::to_string_pretty(value).unwrap() + "\n";
    if std::env::var_os("SAATHI_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &now).unwrap();
        return;
    }
    let stored = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (a new persisted type needs its sample)",
            path.display()
        )
    });
    let read: T = serde_json::from_str(&stored)
        .unwrap_or_else(|e| panic!("stored {name} no longer reads: {e}"));
    assert_eq!(&read, value, "stored {name} reads back differently");
    let stored_v: serde_json::Value = serde_json::from_str(&stored).unwrap();
    let now_v: serde_json::Value = serde_json::from_str(&now).unwrap();
    assert_eq!(
        now_v, stored_v,
        "{name} is now written differently from what is stored"
    );
}

#[test]
fn golden_vetting_records() {
    golden(
        "join_request",
        &JoinRequest {
            v: 1,
            district: s("lucknow"),
            station: s("hazratganj"),
            user: s("@asha:example.org"),
            display_name: Some(s("Asha")),
            reason: Some(s("मोहल्ला समिति")),
            via: Via::Knock,
            at_ms: 1_700_000_000_000,
            status: RequestStatus::Denied {
                by: s("@sho:example.org"),
                at_ms: 1_700_000_100_000,
                reason: Some(s("duplicate")),
            },
            card_event: Some(s("$card")),
        },
    );
    golden(
        "volunteer",
        &Volunteer {
            v: 1,
            district: s("lucknow"),
            station: s("hazratganj"),
            user: s("@asha:example.org"),
            category: s("teacher"),
            locality: Some(s("Narhi")),
            approved_by: s("@sho:example.org"),
            since_ms: 1_700_000_000_000,
            status: VolunteerStatus::Active,
            status_at_ms: 1_700_000_000_000,
            code: s("ABCD-EFGH"),
        },
    );
    golden(
        "block_entry",
        &BlockEntry {
            v: 1,
            district: s("lucknow"),
            user: s("@tout:example.org"),
            reason: s("tout"),
            by: s("@sp:example.org"),
            at_ms: 1_700_000_000_000,
        },
    );
}

#[test]
fn golden_moderation_records() {
    golden(
        "sanction",
        &Sanction {
            v: 1,
            id: s("s1"),
            district: s("lucknow"),
            station: s("hazratganj"),
            room_id: s("!room:example.org"),
            rule: s("greeting"),
            measure: Measure::Mute {
                until_ms: 1_700_003_600_000,
            },
            redacted: true,
            strike: true,
            target: s("@v:example.org"),
            evidence: s("$ev"),
            actor: s("@bot:example.org"),
            reason: s("greeting-only message"),
            at_ms: 1_700_000_000_000,
            dry_run: false,
            undone: Some(Undone {
                by: s("@sho:example.org"),
                at_ms: 1_700_000_100_000,
            }),
        },
    );
    golden(
        "mute",
        &Mute {
            v: 1,
            district: s("lucknow"),
            station: s("hazratganj"),
            room_id: s("!room:example.org"),
            user: s("@v:example.org"),
            until_ms: 1_700_003_600_000,
            sanction: s("s1"),
        },
    );
    golden(
        "room_settings",
        &RoomSettings {
            v: 1,
            values: BTreeMap::from([(s("flood.max"), s("5"))]),
            lexicon_add: vec![s("jai bhole")],
            lexicon_remove: vec![s("ram ram")],
            night_active: true,
            lock: Some(Lock {
                by: s("@sho:example.org"),
                reason: s("mela"),
                at_ms: 1_700_000_000_000,
                until_ms: Some(1_700_003_600_000),
            }),
            last_alert_ms: Some(1_700_000_000_000),
        },
    );
    golden(
        "audit_entry",
        &AuditEntry {
            v: 1,
            at_ms: 1_700_000_000_000,
            district: s("lucknow"),
            actor: s("@sho:example.org"),
            action: s("approve"),
            target: s("@asha:example.org"),
            detail: s("teacher"),
            event_id: s("$ev"),
        },
    );
}

fn ticket() -> Ticket {
    Ticket {
        v: 1,
        district: s("lucknow"),
        station: s("hazratganj"),
        number: 7,
        reporter: s("@asha:example.org"),
        text: s("accident near the crossing"),
        at_ms: 1_700_000_000_000,
        room_id: s("!dm:example.org"),
        event_id: s("$report"),
        via_dm: true,
        evidence: vec![Evidence {
            event_id: s("$photo"),
            kind: MediaKind::Image,
            at_ms: 1_700_000_010_000,
        }],
        acked: Some(step()),
        assignee: Some(s("@constable:example.org")),
        resolved: None,
        note: Some(s("sent a PCR")),
        escalated_ack: false,
        escalated_resolve: true,
        card_event: None,
    }
}

fn task() -> Task {
    Task {
        v: 1,
        district: s("lucknow"),
        number: 3,
        station: Some(s("hazratganj")),
        by: s("@sho:example.org"),
        room_id: s("!desk:example.org"),
        event_id: s("$task"),
        text: s("photo of the market gate"),
        at_ms: 1_700_000_000_000,
        due_ms: Some(1_700_007_200_000),
        need: Need::Photo,
        assignees: vec![Assignee {
            user: s("@asha:example.org"),
            done: Some(step()),
            note: Some(s("done")),
            evidence: vec![1],
        }],
        cancelled: None,
        reminded: true,
        overdue_alerted: false,
        card_event: None,
    }
}

#[test]
fn golden_reports_and_tasks() {
    golden("ticket", &ticket());
    golden("task", &task());
    golden(
        "task_evidence",
        &TaskEvidence {
            v: 1,
            district: s("lucknow"),
            task: 3,
            number: 1,
            sender: s("@asha:example.org"),
            at_ms: 1_700_000_500_000,
            room_id: s("!dm:example.org"),
            event_id: s("$photo"),
            kind: MediaKind::Location,
            sha256: Some(s("ab12")),
            size: Some(2048),
            mimetype: Some(s("image/jpeg")),
            filename: Some(s("gate.jpg")),
            geo_uri: Some(s("geo:26.85,80.95")),
        },
    );
}

#[test]
fn golden_relay_rumour_broadcast() {
    golden(
        "relay_rule",
        &RelayRule {
            v: 1,
            district: s("lucknow"),
            number: 2,
            from: Spot::Station(s("hazratganj")),
            to: Spot::OwnDesk,
            senders: Senders::Volunteers,
            words: vec![s("accident")],
            kinds: vec![s("image")],
            by: s("@sp:example.org"),
            at_ms: 1_700_000_000_000,
            removed: Some(step()),
        },
    );
    golden(
        "copy_record",
        &CopyRecord {
            room_id: s("!desk:example.org"),
            event_id: s("$copy"),
            caption: s("from Asha"),
            text: true,
        },
    );
    let verdict = Verdict {
        kind: VerdictKind::Misleading,
        clarification: s("old video"),
        by: s("@sp:example.org"),
        at_ms: 1_700_000_300_000,
    };
    golden(
        "rumour_item",
        &RumourItem {
            v: 1,
            district: s("lucknow"),
            id: s("00ff"),
            excerpt: s("बच्चा चोर गिरोह"),
            media: false,
            first_at_ms: 1_700_000_000_000,
            first_sender: s("@x:example.org"),
            first_room: s("!room:example.org"),
            sightings: vec![Sighting {
                room_id: s("!room:example.org"),
                event_id: s("$s"),
                sender: s("@x:example.org"),
                at_ms: 1_700_000_000_000,
                labelled: true,
            }],
            more: 4,
            flagged_at_ms: Some(1_700_000_200_000),
            verdict: Some(verdict.clone()),
            history: vec![verdict],
            askers: vec![s("@y:example.org")],
            alert_event: None,
            request_event: None,
        },
    );
    golden(
        "sighting_record",
        &SightingRecord {
            district: s("lucknow"),
            item: s("00ff"),
            at_ms: 1_700_000_000_000,
            exact: 42,
            sig: Some(vec![1, 2, 3]),
        },
    );
    golden(
        "broadcast",
        &Broadcast {
            v: 1,
            id: s("$cmd"),
            district: s("lucknow"),
            by: s("@sp:example.org"),
            at_ms: 1_700_000_000_000,
            urgent: true,
            pin: false,
            rooms: BTreeMap::from([(s("hazratganj"), s("!room:example.org"))]),
            delivered: BTreeMap::from([(s("hazratganj"), s("$sent"))]),
            failed: BTreeMap::new(),
            progress_event: Some(s("$progress")),
            control_room: s("!control:example.org"),
            final_posted: true,
        },
    );
}

/// Every kind of effect, as the outbox stores it.
fn actions() -> Vec<Action> {
    let room = || s("!room:example.org");
    vec![
        Action::Reply {
            room_id: room(),
            in_reply_to: s("$ev"),
            mention: s("@v:example.org"),
            body: s("hello"),
            html: Some(s("<b>hello</b>")),
        },
        Action::Notice {
            room_id: room(),
            body: s("card"),
            card: Some(CardOf {
                district: s("lucknow"),
                station: s("hazratganj"),
                user: s("@asha:example.org"),
            }),
        },
        Action::Edit {
            room_id: room(),
            event_id: s("$card"),
            body: s("answered"),
        },
        Action::Dm {
            user: s("@asha:example.org"),
            body: s("welcome"),
        },
        Action::Invite {
            room_id: room(),
            user: s("@asha:example.org"),
        },
        Action::Kick {
            room_id: room(),
            user: s("@v:example.org"),
            reason: s("flood"),
        },
        Action::Ban {
            room_id: room(),
            user: s("@tout:example.org"),
            reason: s("blocked"),
        },
        Action::Unban {
            room_id: room(),
            user: s("@tout:example.org"),
        },
        Action::Redact {
            room_id: room(),
            event_id: s("$greeting"),
        },
        Action::Progress {
            room_id: room(),
            in_reply_to: s("$cmd"),
            body: s("1/3"),
            broadcast: s("$cmd"),
        },
        Action::Broadcast {
            room_id: room(),
            body: s("advisory"),
            urgent: true,
            pin: true,
            broadcast: s("$cmd"),
        },
        Action::Mute {
            room_id: room(),
            user: s("@v:example.org"),
        },
        Action::Unmute {
            room_id: room(),
            user: s("@v:example.org"),
        },
        Action::Quiet {
            room_id: room(),
            on: true,
        },
        Action::Card {
            room_id: room(),
            body: s("ticket #7"),
            of: Tracked::Ticket(TicketRef {
                district: s("lucknow"),
                station: s("hazratganj"),
                number: 7,
            }),
        },
        Action::Card {
            room_id: room(),
            body: s("task #3"),
            of: Tracked::Task(TaskRef {
                district: s("lucknow"),
                number: 3,
            }),
        },
        Action::Card {
            room_id: room(),
            body: s("rumour"),
            of: Tracked::RumourAlert {
                district: s("lucknow"),
                item: s("00ff"),
            },
        },
        Action::Card {
            room_id: room(),
            body: s("tipline"),
            of: Tracked::RumourRequest {
                district: s("lucknow"),
                item: s("00ff"),
            },
        },
        Action::Label {
            room_id: room(),
            event_id: s("$s"),
            body: s("fact-check"),
        },
        Action::Copy {
            room_id: room(),
            content: serde_json::json!({"msgtype": "m.text", "body": "copy"}),
            caption: s("from Asha"),
            origin: Some(CopyOrigin {
                room_id: room(),
                event_id: s("$orig"),
                rule: s("2"),
                hops: 1,
                sender: s("@asha:example.org"),
            }),
        },
        Action::Digest {
            room_id: room(),
            in_reply_to: None,
            text: s("digest"),
            csv: s("date,station\n"),
            table: Table {
                district: s("lucknow"),
                district_name: s("Lucknow"),
                date: s("2026-12-06"),
                lang: Lang::Hi,
                rows: vec![(s("Hazratganj"), vec![1, 2, 3])],
            },
            district: s("lucknow"),
        },
        Action::SetState {
            room_id: room(),
            event_type: s("m.room.topic"),
            state_key: String::new(),
            content: serde_json::json!({"topic": "t"}),
        },
    ]
}

#[test]
fn golden_ledger_and_outbox() {
    golden(
        "handled",
        &Handled {
            v: 1,
            event_id: s("$ev"),
            room_id: s("!room:example.org"),
            origin_ts_ms: 1_700_000_000_000,
            handled_at_ms: 1_700_000_000_500,
            actions: 2,
        },
    );
    let items: Vec<OutboxItem> = actions()
        .into_iter()
        .enumerate()
        .map(|(i, action)| OutboxItem {
            v: 1,
            seq: i as u64,
            txn_id: format!("saathi-{i}"),
            action,
        })
        .collect();
    golden("outbox_items", &items);
}

#[test]
fn golden_impersonation() {
    use crate::core::impersonation::model::{OfficialName, Outcome, Suspect};
    let suspect = |outcome| Suspect {
        v: 1,
        district: s("lucknow"),
        user: s("@x:example.org"),
        name: s("SH0 Hazratganj"),
        resembles: s("sho + Hazratganj"),
        station: Some(s("hazratganj")),
        rooms: vec![s("!station:example.org"), s("!space:example.org")],
        flagged_ms: 1_700_000_000_000,
        remove_at_ms: Some(1_700_003_600_000),
        outcome,
    };
    let at_ms = 1_700_000_100_000;
    golden(
        "suspects",
        &vec![
            suspect(None),
            suspect(Some(Outcome::Renamed { at_ms })),
            suspect(Some(Outcome::Removed { at_ms })),
            suspect(Some(Outcome::Left { at_ms })),
        ],
    );
    golden(
        "official_name",
        &OfficialName {
            v: 1,
            user: s("@sho:example.org"),
            name: s("Rajesh Yadav SHO"),
        },
    );
}

#[test]
fn golden_tips() {
    use crate::core::tips::model::{Reveal, Said, Tip, TipMessage, TipRef};
    golden(
        "tip",
        &Tip {
            v: 1,
            district: s("lucknow"),
            station: s("hazratganj"),
            number: 3,
            tipster: s("@asha:example.org"),
            dm_room: s("!dm:example.org"),
            text: s("smack sold behind the bus stand"),
            at_ms: 1_700_000_000_000,
            last_from_tipster_ms: 1_700_000_060_000,
            messages: vec![
                TipMessage {
                    said: Said::Police {
                        by: s("@sho:example.org"),
                    },
                    at_ms: 1_700_000_030_000,
                    text: s("which one?"),
                    media: None,
                },
                TipMessage {
                    said: Said::Tipster,
                    at_ms: 1_700_000_060_000,
                    text: s("image"),
                    media: Some(MediaKind::Image),
                },
            ],
            reveals: vec![Reveal {
                by: s("@sp:example.org"),
                at_ms: 1_700_000_090_000,
                reason: s("witness summons"),
            }],
            card_event: None,
        },
    );
    let tip = TipRef {
        district: s("lucknow"),
        number: 3,
    };
    golden(
        "tip_actions",
        &vec![
            Action::Card {
                room_id: s("!desk:example.org"),
                body: s("tip"),
                of: Tracked::Tip(tip),
            },
            Action::AnonymousImage {
                room_id: s("!desk:example.org"),
                content: serde_json::json!({"msgtype": "m.image", "body": "x.jpg", "url": "mxc://example.org/x"}),
                caption: s("TIP-3 photo"),
            },
        ],
    );
}

#[test]
fn golden_member_reports() {
    use crate::core::member_reports::model::{
        Decided, MemberReport, MemberReportRef, Reporter, Verdict,
    };
    let reporter = |user: &str, id| Reporter {
        user: s(user),
        reason: s("scam link"),
        at_ms: 1_700_000_000_000 + id * 1_000,
        report_id: id,
    };
    let report = |decided| MemberReport {
        v: 1,
        district: s("lucknow"),
        number: 4,
        station: Some(s("hazratganj")),
        room_id: s("!station:example.org"),
        event_id: s("$reported"),
        sender: s("@spammer:example.org"),
        text: s("send 500 rupees"),
        sent_ms: Some(1_699_999_000_000),
        reporters: vec![
            reporter("@r1:example.org", 1),
            reporter("@r2:example.org", 2),
        ],
        hidden_ms: Some(1_700_000_003_000),
        decided,
        card_event: None,
    };
    let by = |verdict| {
        Some(Decided {
            verdict,
            by: s("@sho:example.org"),
            at_ms: 1_700_000_100_000,
        })
    };
    golden(
        "member_reports",
        &vec![
            report(None),
            report(by(Verdict::Removed)),
            report(by(Verdict::Warned)),
            report(by(Verdict::Dismissed)),
            report(by(Verdict::Restored)),
        ],
    );
    golden(
        "member_report_card",
        &Action::Card {
            room_id: s("!desk:example.org"),
            body: s("🚩 R-4"),
            of: Tracked::MemberReport(MemberReportRef {
                district: s("lucknow"),
                number: 4,
            }),
        },
    );
}
