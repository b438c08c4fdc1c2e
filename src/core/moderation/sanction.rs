//! Building moderation actions: the station they happen in, the strike ladder, the effects
//! of each measure, and the records (sanction, audit entry, desk line) every action leaves.

use super::model::Rules;
use super::model::{Measure, Mute, Sanction, sanction_id};
use crate::core::action::Action;
use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::district::{District, RoomKind};
use crate::core::moderation::texts as tm;
use crate::core::rules::greeting::Extra;
use crate::core::{
    change::Change,
    moderation::settings::RoomSettings,
    vetting::model::{Volunteer, VolunteerStatus},
};

/// A station as moderation sees it: its room, its desk and its live settings.
pub struct Station<'a> {
    pub district: &'a District,
    pub slug: &'a str,
    pub room_id: String,
    pub desk: Option<String>,
    pub settings: RoomSettings,
    pub extra: Extra,
}

impl<'a> Station<'a> {
    /// `None` when the bot does not know the station room.
    pub fn new(c: &Ctx<'_>, district: &'a District, slug: &'a str) -> Option<Station<'a>> {
        let room_id = c.room(&district.slug, RoomKind::Station(slug.to_string()))?;
        let settings = c.view.room_settings(&district.slug, slug);
        Some(Station {
            district,
            slug,
            room_id,
            desk: c.room(&district.slug, RoomKind::Desk(slug.to_string())),
            extra: super::extra_words(&settings),
            settings,
        })
    }

    pub fn district_slug(&self) -> &str {
        &self.district.slug
    }

    pub fn rules(&self, c: &Ctx<'_>) -> Rules {
        self.settings
            .effective(&c.dir.rules_of(&self.district.slug))
    }

    pub fn name(&self, c: &Ctx<'_>) -> String {
        c.station_name(&self.district.slug, self.slug)
    }
}

/// What was decided about a member.
pub struct Verdict<'a> {
    pub rule: &'a str,
    pub measure: Measure,
    pub redacted: bool,
    pub strike: bool,
    pub target: &'a str,
    pub reason: &'a str,
    pub actor: &'a str,
    pub dry_run: bool,
}

/// The record of a verdict, with a fresh short id.
pub fn new(c: &Ctx<'_>, st: &Station<'_>, v: Verdict<'_>) -> Sanction {
    let mut salt = 0;
    let id = loop {
        let id = sanction_id(&c.ev.event_id, v.rule, salt);
        if c.view.sanction(&id).is_none() {
            break id;
        }
        salt += 1;
    };
    Sanction {
        v: 1,
        id,
        district: st.district.slug.clone(),
        station: st.slug.to_string(),
        room_id: st.room_id.clone(),
        rule: v.rule.to_string(),
        measure: v.measure,
        redacted: v.redacted,
        strike: v.strike,
        target: v.target.to_string(),
        evidence: c.ev.event_id.clone(),
        actor: v.actor.to_string(),
        reason: v.reason.to_string(),
        at_ms: c.now_ms,
        dry_run: v.dry_run,
        undone: None,
    }
}

/// Strikes of `user` that count now (within the window, not undone, not dry runs).
pub fn strikes(c: &Ctx<'_>, district: &str, rules: &Rules, user: &str) -> u32 {
    let since = c.now_ms.saturating_sub(rules.strikes.window_ms);
    c.view
        .sanctions_of(district, user)
        .iter()
        .filter(|s| s.strike && s.undone.is_none() && !s.dry_run && s.at_ms >= since)
        .count() as u32
}

/// The measure for one more strike: `base` until the limit, then a long mute, then removal.
/// Returns the measure and the strike's number.
pub fn ladder(
    c: &Ctx<'_>,
    st: &Station<'_>,
    rules: &Rules,
    user: &str,
    base: Measure,
) -> (Measure, u32) {
    let n = strikes(c, st.district_slug(), rules, user) + 1;
    let limit = rules.strikes.count;
    let measure = if n > limit {
        Measure::Kick
    } else if n == limit {
        let until_ms = c.now_ms + rules.strike_mute_ms;
        match base {
            Measure::Mute { until_ms: b } if b > until_ms => base,
            _ => Measure::Mute { until_ms },
        }
    } else {
        base
    };
    (measure, n)
}

fn set_volunteer(c: &Ctx<'_>, s: &Sanction, status: VolunteerStatus, d: &mut Decision) {
    if let Some(v) = c.view.volunteer(&s.district, &s.station, &s.target)
        && v.status != status
        && matches!(v.status, VolunteerStatus::Active | VolunteerStatus::Removed)
    {
        d.changes.push(Change::PutVolunteer(Volunteer {
            status,
            status_at_ms: c.now_ms,
            ..v
        }));
    }
}

/// The effects of a sanction's measure (not the redaction, not the records).
pub fn carry_out(c: &Ctx<'_>, st: &Station<'_>, s: &Sanction, d: &mut Decision) {
    let (room_id, user) = (st.room_id.clone(), s.target.clone());
    match &s.measure {
        Measure::None | Measure::Warn => {}
        Measure::Mute { until_ms } => {
            d.actions.push(Action::Mute { room_id, user });
            d.changes.push(Change::PutMute(Mute {
                v: 1,
                district: s.district.clone(),
                station: s.station.clone(),
                room_id: st.room_id.clone(),
                user: s.target.clone(),
                until_ms: *until_ms,
                sanction: s.id.clone(),
            }));
        }
        Measure::Unmute => {
            d.actions.push(Action::Unmute { room_id, user });
            d.changes.push(remove_mute(s));
        }
        Measure::Kick => {
            d.actions.push(Action::Kick {
                room_id,
                user,
                reason: tm::public_reason(c.lang, &s.rule),
            });
            set_volunteer(c, s, VolunteerStatus::Removed, d);
        }
        Measure::Ban => {
            d.actions.push(Action::Ban {
                room_id,
                user,
                reason: tm::public_reason(c.lang, &s.rule),
            });
            set_volunteer(c, s, VolunteerStatus::Removed, d);
        }
    }
}

fn remove_mute(s: &Sanction) -> Change {
    Change::RemoveMute {
        district: s.district.clone(),
        station: s.station.clone(),
        user: s.target.clone(),
    }
}

/// Reverse what a sanction did (`!undo`): unmute, re-invite, unban, withdraw the strike.
pub fn reverse(c: &Ctx<'_>, st: &Station<'_>, s: &Sanction, d: &mut Decision) {
    let (room_id, user) = (st.room_id.clone(), s.target.clone());
    match &s.measure {
        Measure::None | Measure::Warn | Measure::Unmute => {}
        Measure::Mute { .. } => {
            d.actions.push(Action::Unmute { room_id, user });
            if c.view
                .mute(&s.district, &s.station, &s.target)
                .is_some_and(|m| m.sanction == s.id)
            {
                d.changes.push(remove_mute(s));
            }
        }
        Measure::Kick => {
            d.actions.push(Action::Invite { room_id, user });
            set_volunteer(c, s, VolunteerStatus::Active, d);
        }
        Measure::Ban => {
            d.actions.push(Action::Unban {
                room_id: room_id.clone(),
                user: user.clone(),
            });
            d.actions.push(Action::Invite { room_id, user });
            set_volunteer(c, s, VolunteerStatus::Active, d);
        }
    }
}

/// Store the sanction and its audit entry, and (unless the command was typed in the desk,
/// where its reply is the log line) post its line to the desk.
/// `what`: the text of the post the rule fired on, if any.
pub fn record(
    c: &Ctx<'_>,
    st: &Station<'_>,
    s: &Sanction,
    strike: Option<(u32, u32)>,
    what: Option<&str>,
    d: &mut Decision,
) {
    let outcome = tm::outcome(c.lang, &s.measure, s.redacted, c.now_ms, strike);
    let line = tm::desk_line(
        c.lang,
        &tm::DeskLine {
            prefix: &c.dir.prefix,
            id: &s.id,
            rule: &s.rule,
            target: &s.target,
            outcome: &outcome,
            what,
            link: &c.dir.link(&c.ev.room_id, &s.evidence),
            undoable: s.measure != Measure::None || s.strike,
            dry_run: s.dry_run,
        },
    );
    match &st.desk {
        Some(desk) if *desk != c.ev.room_id => d.actions.push(Action::Notice {
            room_id: desk.clone(),
            body: line,
            card: None,
        }),
        _ => {}
    }
    d.changes
        .push(Change::Audit(crate::core::audit::AuditEntry {
            v: 1,
            at_ms: c.now_ms,
            district: s.district.clone(),
            actor: s.actor.clone(),
            action: format!(
                "{}{}",
                if s.dry_run { "dryrun:" } else { "" },
                measure_name(&s.measure, s.redacted)
            ),
            target: s.target.clone(),
            detail: format!("[{}] {} {}: {}", s.id, s.station, s.rule, s.reason),
            event_id: s.evidence.clone(),
        }));
    d.changes.push(Change::PutSanction(s.clone()));
}

pub fn measure_name(m: &Measure, redacted: bool) -> &'static str {
    match m {
        Measure::None if redacted => "redact",
        Measure::None => "none",
        Measure::Warn => "warn",
        Measure::Mute { .. } => "mute",
        Measure::Kick => "kick",
        Measure::Ban => "ban",
        Measure::Unmute => "unmute",
    }
}
