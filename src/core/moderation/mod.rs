//! Automatic moderation of station rooms (SPEC §6): greetings, floods, links from new
//! members, `@room` and mass mentions, with a strike ladder. Staff, officers and the bot are
//! never actioned. Every action is a [`records::Sanction`] with a short id, a line in the
//! station desk, and an audit entry; in dry-run mode only the desk line is posted.

pub mod commands;
pub mod links;
pub mod model;
pub mod sanction;
pub mod settings;
pub mod texts;

pub use model::extra_words;
pub mod timers;

use crate::core::action::Action;
use crate::core::change::{Change, Reminder};
use crate::core::credential;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::Place;
use crate::core::moderation::texts as tm;
use crate::core::roles::Role;
use crate::core::text::normalise;
use model::Measure;
use model::Rules;
use sanction::{Station, Verdict};

/// What the rules look at in a member's post.
pub struct Post<'a> {
    /// The text, for text messages.
    pub body: Option<&'a str>,
    pub mentions: &'a [String],
    pub room_mention: bool,
}

/// A rule that fired on a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hit {
    Greeting,
    Links(String),
    AtRoom,
    Mentions(usize),
    Flood(u32),
    /// A message whose content cannot be read (`moderation.malformed = "remove"`).
    Malformed,
}

impl Hit {
    pub fn rule(&self) -> &'static str {
        match self {
            Hit::Greeting => "greeting",
            Hit::Links(_) => "links",
            Hit::AtRoom => "atroom",
            Hit::Mentions(_) => "mentions",
            Hit::Flood(_) => "flood",
            Hit::Malformed => "malformed",
        }
    }
    fn redacts(&self) -> bool {
        !matches!(self, Hit::Flood(_))
    }
    /// Floods and mass mentions are strikes; greetings, links and `@room` only reminders.
    fn strikes(&self) -> bool {
        matches!(self, Hit::Flood(_) | Hit::Mentions(_))
    }
}

/// The station room a post is in, and its effective rules, if moderation applies to its
/// sender at all.
fn station_for<'a>(c: &'a Ctx<'_>) -> Option<(Station<'a>, Rules)> {
    let Place::District(p) = &c.ev.place else {
        return None;
    };
    let RoomKind::Station(slug) = &p.kind else {
        return None;
    };
    let district = c.district(&p.district)?;
    if c.role != Role::Volunteer || c.is_privileged(district, &c.ev.sender) {
        return None;
    }
    let st = Station::new(c, district, slug)?;
    let rules = st.rules(c);
    Some((st, rules))
}

/// Which rules fire on `post`.
pub fn hits(c: &Ctx<'_>, st: &Station<'_>, rules: &Rules, post: &Post<'_>) -> Vec<Hit> {
    let sender = &c.ev.sender;
    let mut hits = Vec::new();
    if let Some(body) = post.body {
        if post.room_mention && rules.atroom_staff_only {
            hits.push(Hit::AtRoom);
        }
        if let Some(max) = rules.max_mentions
            && post.mentions.len() > max as usize
        {
            hits.push(Hit::Mentions(post.mentions.len()));
        }
        if let Some(age) = rules.link_age_ms
            && is_new_member(c, st, age)
            && let Some(host) = links::first_unallowed(body, &rules.link_allow)
        {
            hits.push(Hit::Links(host));
        }
        if rules.greeting
            && let Some(lexicon) = c.dir.lexicon_of(st.district_slug())
            && lexicon.is_only_greeting_with(&normalise(body), &st.extra)
        {
            hits.push(Hit::Greeting);
        }
    }
    if let Some(rate) = rules.flood {
        let since = c.ev.origin_ts_ms.saturating_sub(rate.window_ms);
        let count = c.view.messages_since(&c.ev.room_id, sender, since) + 1;
        let muted = c
            .view
            .mute(st.district_slug(), st.slug, sender)
            .is_some_and(|m| m.until_ms > c.now_ms);
        if count > rate.count && !muted {
            hits.push(Hit::Flood(count));
        }
    }
    hits
}

/// A member's message whose content cannot be read: it still counts for the flood rule, and
/// with `malformed = remove` it is removed (nobody can tell what it says, the rules included).
pub fn on_unreadable(c: &Ctx<'_>) -> Option<Decision> {
    let (st, rules) = station_for(c)?;
    let post = Post {
        body: None,
        mentions: &[],
        room_mention: false,
    };
    let mut hits = hits(c, &st, &rules, &post);
    if rules.malformed_remove {
        hits.push(Hit::Malformed);
    }
    if hits.is_empty() {
        return None;
    }
    Some(decide(c, &st, &rules, &hits, &post))
}

/// A member is new until `age` after they joined (as seen by the bot, or their approval).
fn is_new_member(c: &Ctx<'_>, st: &Station<'_>, age: u64) -> bool {
    let d = st.district_slug();
    let joined = c.view.joined_at(d, st.slug, &c.ev.sender).or_else(|| {
        c.view
            .volunteer(d, st.slug, &c.ev.sender)
            .map(|v| v.since_ms)
    });
    joined.is_some_and(|at| c.ev.origin_ts_ms < at.saturating_add(age))
}

/// The decision for a member's post in a station room, if a rule fires.
pub fn on_post(c: &Ctx<'_>, post: &Post<'_>) -> Option<Decision> {
    let (st, rules) = station_for(c)?;
    let hits = hits(c, &st, &rules, post);
    if hits.is_empty() {
        return None;
    }
    Some(decide(c, &st, &rules, &hits, post))
}

fn decide(c: &Ctx<'_>, st: &Station<'_>, rules: &Rules, hits: &[Hit], post: &Post<'_>) -> Decision {
    let sender = c.ev.sender.clone();
    let redacted = hits.iter().any(Hit::redacts);
    let strike = hits.iter().any(Hit::strikes);
    let base = if hits.iter().any(|h| matches!(h, Hit::Flood(_))) {
        Measure::Mute {
            until_ms: c.now_ms + rules.flood_mute_ms,
        }
    } else if strike {
        Measure::Warn
    } else {
        Measure::None
    };
    let (measure, count) = if strike {
        let (m, n) = sanction::ladder(c, st, rules, &sender, base);
        (m, Some((n, rules.strikes.count)))
    } else {
        (base, None)
    };
    let rule_names: Vec<&str> = hits.iter().map(Hit::rule).collect();
    let rule = rule_names.join("+");
    let reason = tm::redact_reason(c.lang, &rule_names);
    let s = sanction::new(
        c,
        st,
        Verdict {
            rule: &rule,
            measure,
            redacted,
            strike,
            target: &sender,
            reason: &reason,
            actor: &format!("rule:{rule}"),
            dry_run: rules.dry_run,
        },
    );
    let mut d = Decision::default();
    if rules.dry_run {
        sanction::record(c, st, &s, count, post.body, &mut d);
        return d;
    }
    if redacted {
        d.actions.push(Action::Redact {
            room_id: c.ev.room_id.clone(),
            event_id: c.ev.event_id.clone(),
        });
    }
    sanction::carry_out(c, st, &s, &mut d);
    sanction::record(c, st, &s, count, post.body, &mut d);
    if rule_names == ["greeting"] {
        greeting_reminder(c, st, &mut d);
    } else {
        let outcome = tm::outcome(c.lang, &s.measure, redacted, c.now_ms, count);
        d.actions.push(Action::Dm {
            user: sender,
            body: tm::member_notice(c.lang, &c.dir.prefix, &st.name(c), &rule, &outcome, ""),
        });
    }
    d
}

/// "Please do not post greetings", at most once a day.
fn greeting_reminder(c: &Ctx<'_>, st: &Station<'_>, d: &mut Decision) {
    let today = credential::day(c.now_ms);
    if c.view.reminded_on(Reminder::Greeting, &c.ev.sender) == Some(today) {
        return;
    }
    d.actions.push(Action::Dm {
        user: c.ev.sender.clone(),
        body: tm::greeting_reminder(c.lang, &st.name(c)),
    });
    d.changes.push(Change::Reminded {
        kind: Reminder::Greeting,
        user: c.ev.sender.clone(),
        day: today,
    });
}

/// A member joined a station room: remember when (for the new-member link rule).
pub fn on_join(c: &Ctx<'_>, district: &str, station: &str, target: &str) -> Decision {
    Decision {
        actions: vec![],
        changes: vec![Change::Joined {
            district: district.to_string(),
            station: station.to_string(),
            user: target.to_string(),
            at_ms: c.ev.origin_ts_ms,
        }],
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
