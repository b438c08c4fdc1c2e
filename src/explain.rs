//! `saathi explain`: the moderation rules over sample messages, offline — no homeserver, no
//! store. The messages go through the same core as live ones, with the configured district's
//! rules, so what it prints is what the bot would do. For ops tuning a district's lexicon and
//! thresholds before deploying.
//!
//! Input: one message per line, or JSON lines
//! `{"text": "...", "role": "volunteer|staff|officer", "sender": "@u:s", "ts": <ms or RFC 3339>,
//!   "joined": <ms or RFC 3339>, "mentions": <n>}`. Messages without `ts` are one second apart.
//! Output: one JSON line per message: the normalised text, the rules that fired, the actions.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use crate::core::district::{District, RoomKind, RoomPlace, Station};
use crate::core::event::{BotEvent, EventBody, Place};
use crate::core::text::normalise;
use crate::core::{Directory, Inputs, evaluate};
use crate::core::{
    change::{Change, Reminder},
    moderation::model::{Mute, Sanction},
    moderation::settings::RoomSettings,
    vetting::model::{BlockEntry, JoinRequest, Volunteer},
    view::StateView,
};

const STAFF: &str = "@staff:explain";
const OFFICER: &str = "@officer:explain";
const VOLUNTEER: &str = "@volunteer:explain";
/// 2026-01-01, the clock of samples without a timestamp.
const START_MS: u64 = 1_767_225_600_000;

#[derive(Deserialize)]
#[serde(untagged)]
enum Time {
    Ms(u64),
    Text(String),
}

impl Time {
    fn ms(&self) -> Option<u64> {
        match self {
            Time::Ms(ms) => Some(*ms),
            Time::Text(t) => humantime::parse_rfc3339_weak(t)
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_millis() as u64),
        }
    }
}

#[derive(Deserialize)]
struct Sample {
    text: String,
    role: Option<String>,
    sender: Option<String>,
    ts: Option<Time>,
    joined: Option<Time>,
    #[serde(default)]
    mentions: usize,
}

#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct Explained {
    pub text: String,
    pub normalised: String,
    pub rules: Vec<String>,
    pub actions: Vec<&'static str>,
    pub action: String,
}

/// The state the samples build up (posts for the flood rule, strikes, mutes, join times).
#[derive(Default)]
struct Scratch {
    posts: RefCell<Vec<(String, u64)>>,
    joins: RefCell<BTreeMap<String, u64>>,
    sanctions: RefCell<BTreeMap<String, Sanction>>,
    mutes: RefCell<BTreeMap<String, Mute>>,
}

impl Scratch {
    fn apply(&self, changes: &[Change]) {
        for c in changes {
            match c {
                Change::PutSanction(s) => {
                    self.sanctions.borrow_mut().insert(s.id.clone(), s.clone());
                }
                Change::PutMute(m) => {
                    self.mutes.borrow_mut().insert(m.user.clone(), m.clone());
                }
                Change::RemoveMute { user, .. } => {
                    self.mutes.borrow_mut().remove(user);
                }
                _ => {}
            }
        }
    }
}

impl StateView for Scratch {
    fn request(&self, _: &str, _: &str, _: &str) -> Option<JoinRequest> {
        None
    }
    fn request_by_card(&self, _: &str) -> Option<JoinRequest> {
        None
    }
    fn open_requests(&self, _: &str, _: &str) -> Vec<JoinRequest> {
        vec![]
    }
    fn volunteer(&self, _: &str, _: &str, _: &str) -> Option<Volunteer> {
        None
    }
    fn volunteer_records(&self, _: &str) -> Vec<Volunteer> {
        vec![]
    }
    fn volunteer_by_code(&self, _: &str) -> Option<Volunteer> {
        None
    }
    fn volunteers(&self, _: &str) -> Vec<Volunteer> {
        vec![]
    }
    fn block(&self, _: &str, _: &str) -> Option<BlockEntry> {
        None
    }
    fn blocks(&self, _: &str) -> Vec<BlockEntry> {
        vec![]
    }
    fn reminded_on(&self, _: Reminder, _: &str) -> Option<u64> {
        None
    }
    fn external_ban(&self, _: &str) -> Option<(String, String)> {
        None
    }
    fn room_id(&self, p: &RoomPlace) -> Option<String> {
        Some(format!("!{:?}", p.kind))
    }
    fn sanction(&self, id: &str) -> Option<Sanction> {
        self.sanctions.borrow().get(id).cloned()
    }
    fn sanctions_of(&self, _: &str, user: &str) -> Vec<Sanction> {
        let mut v: Vec<_> = (self.sanctions.borrow().values())
            .filter(|s| s.target == user)
            .cloned()
            .collect();
        v.sort_by_key(|s| s.at_ms);
        v
    }
    fn mute(&self, _: &str, _: &str, user: &str) -> Option<Mute> {
        self.mutes.borrow().get(user).cloned()
    }
    fn mutes(&self) -> Vec<Mute> {
        self.mutes.borrow().values().cloned().collect()
    }
    fn room_settings(&self, _: &str, _: &str) -> RoomSettings {
        RoomSettings::default()
    }
    fn joined_at(&self, _: &str, _: &str, user: &str) -> Option<u64> {
        self.joins.borrow().get(user).copied()
    }
    fn messages_since(&self, _: &str, user: &str, since: u64) -> u32 {
        let posts = self.posts.borrow();
        posts
            .iter()
            .filter(|(u, t)| u == user && *t >= since)
            .count() as u32
    }
}

/// A one-station copy of `district` whose staff and officer are the explain roles.
pub fn directory(base: &Directory, district: &District) -> Directory {
    let mut d = district.clone();
    let mut station: Station = d.stations.first().cloned().unwrap_or(Station {
        slug: "explain".into(),
        names: d.names.clone(),
        staff: vec![],
        leads: vec![],
    });
    station.staff = vec![STAFF.into()];
    station.leads = vec![];
    d.officers = vec![OFFICER.into()];
    d.stations = vec![station];
    Directory {
        districts: vec![d],
        ..base.clone()
    }
}

/// Explain every line of `input` onto `out`; returns how many messages were read.
pub fn run(
    dir: &Directory,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<usize> {
    let Some(district) = dir.districts.first() else {
        return Ok(0);
    };
    let station = district.stations.first().map_or("explain", |s| &s.slug);
    let place = Place::District(RoomPlace {
        district: district.slug.clone(),
        kind: RoomKind::Station(station.to_string()),
    });
    let scratch = Scratch::default();
    let mut clock = START_MS;
    let mut n = 0;
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let sample = match serde_json::from_str::<Sample>(&line) {
            Ok(s) if line.trim_start().starts_with('{') => s,
            _ => Sample {
                text: line,
                role: None,
                sender: None,
                ts: None,
                joined: None,
                mentions: 0,
            },
        };
        clock = sample
            .ts
            .as_ref()
            .and_then(Time::ms)
            .unwrap_or(clock + 1000);
        let volunteer = sample.sender.clone().unwrap_or_else(|| VOLUNTEER.into());
        if let Some(j) = sample.joined.as_ref().and_then(Time::ms) {
            scratch.joins.borrow_mut().insert(volunteer.clone(), j);
        }
        let exempt = match sample.role.as_deref() {
            Some("staff") => Some(STAFF),
            Some("officer") => Some(OFFICER),
            _ => None,
        };
        let mut ev = BotEvent {
            event_id: format!("$line{n}"),
            room_id: format!("!{:?}", RoomKind::Station(station.to_string())),
            sender: volunteer.clone(),
            origin_ts_ms: clock,
            place: place.clone(),
            body: EventBody::Text {
                room_mention: sample.text.contains("@room"),
                mentions: (0..sample.mentions)
                    .map(|i| format!("@m{i}:explain"))
                    .collect(),
                body: sample.text.clone(),
            },
            hops: 0,
            reply_to: None,
        };
        let inputs = Inputs {
            now_ms: clock,
            fresh_code: "EXPL-AIN0",
        };
        // The rules that fire for a volunteer; for staff they are reported, not acted on.
        let as_volunteer = evaluate(dir, &scratch, &ev, &inputs);
        let mut rules: Vec<String> = as_volunteer
            .changes
            .iter()
            .find_map(|c| match c {
                Change::PutSanction(s) => Some(s.rule.split('+').map(String::from).collect()),
                _ => None,
            })
            .unwrap_or_default();
        if let Some(word) = dir.emergency.as_ref().and_then(|e| e.find(&sample.text)) {
            rules.push(format!("emergency:{word}"));
        }
        let decision = match exempt {
            Some(sender) => {
                ev.sender = sender.to_string();
                evaluate(dir, &scratch, &ev, &inputs)
            }
            None => as_volunteer,
        };
        scratch.apply(&decision.changes);
        scratch.posts.borrow_mut().push((ev.sender.clone(), clock));
        let actions: Vec<&'static str> = decision.actions.iter().map(|a| a.kind()).collect();
        let acting: Vec<&str> = actions
            .iter()
            .copied()
            .filter(|k| !matches!(*k, "notice" | "dm" | "reply"))
            .collect();
        let alerts = rules.iter().any(|r| r.starts_with("emergency:"));
        let mut action = match (acting.is_empty(), rules.is_empty(), exempt.is_some()) {
            (true, false, true) => "none (sender exempt)".to_string(),
            (true, _, _) => "none".to_string(),
            (false, ..) => acting.join("+"),
        };
        if alerts && exempt.is_none() && actions.contains(&"reply") {
            action = if action == "none" {
                "alert".into()
            } else {
                format!("{action}+alert")
            };
        }
        let e = Explained {
            normalised: normalise(&sample.text).text,
            text: sample.text,
            rules,
            actions,
            action,
        };
        writeln!(out, "{}", serde_json::to_string(&e).unwrap_or_default())?;
        n += 1;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::district::Lang;
    use crate::core::rules::greeting::{Lexicon, LexiconLists};

    #[test]
    fn plain_and_json_lines() {
        let lists: LexiconLists = toml::from_str(include_str!("../assets/greetings.toml")).unwrap();
        let mut base = crate::core::test_view::directory(Lang::En);
        base.greetings = Some(Lexicon::new(&lists));
        let dir = directory(&base, &base.districts[0].clone());
        let mut input = String::from(
            "g00d m0rning 🙏\n\n{\"text\": \"good morning\", \"role\": \"staff\"}\nmarket mein jhagda\n",
        );
        input.push_str("{\"text\": \"see bit.ly/x\", \"joined\": \"2026-01-01T00:00:00Z\"}\n");
        for i in 0..6 {
            input.push_str(&format!(
                "{{\"text\": \"update {i}\", \"sender\": \"@f:s\"}}\n"
            ));
        }
        let mut out = Vec::new();
        assert_eq!(run(&dir, &mut input.as_bytes(), &mut out).unwrap(), 10);
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0]["normalised"], "good morning 🙏");
        assert_eq!(lines[0]["action"], "redact");
        assert_eq!(lines[1]["action"], "none (sender exempt)");
        assert_eq!(lines[1]["rules"], serde_json::json!(["greeting"]));
        assert_eq!(lines[2]["rules"], serde_json::json!([]));
        assert_eq!(lines[3]["rules"], serde_json::json!(["links"]));
        assert_eq!(lines[8]["action"], "none");
        assert_eq!(lines[9]["rules"], serde_json::json!(["flood"]));
        assert_eq!(lines[9]["action"], "mute");
    }
}
