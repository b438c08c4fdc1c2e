//! The district blocklist (SPEC §6): `!block` bans a user from every room of the district and
//! refuses their future knocks and `!join`s; `!unblock` lifts the bans; `!blocklist` lists.
//! Blocking is always a human decision: no rule blocks on its own.

use crate::core::action::Action;
use crate::core::ctx::{Ctx, user_arg};
use crate::core::decision::Decision;
use crate::core::district::RoomKind;
use crate::core::event::Place;
use crate::core::vetting::texts as t;
use crate::core::{
    change::Change,
    vetting::model::{BlockEntry, JoinRequest, RequestStatus, Volunteer, VolunteerStatus},
};

/// Recommendations that mean "ban" (the stable one and Mjolnir's older one).
pub fn is_ban(recommendation: &str) -> bool {
    matches!(recommendation, "m.ban" | "org.matrix.mjolnir.ban")
}

/// Whether a policy rule's entity (with `*` and `?` globs) matches `user`.
pub fn entity_matches(glob: &str, user: &str) -> bool {
    wildmatch::WildMatch::new(glob).matches(user)
}

/// An `m.ban` rule arrived in a subscribed policy list. A rule naming one user is enforced at
/// once in every district (banned everywhere, recorded as a block by that list); rules with
/// globs are enforced when a matching user asks to join.
pub fn on_external_rule(
    c: &Ctx<'_>,
    list: &str,
    entity: &str,
    recommendation: &str,
    reason: &str,
) -> Decision {
    let mut dec = Decision::default();
    if !is_ban(recommendation) || entity.contains(['*', '?']) || !entity.starts_with('@') {
        return dec;
    }
    for d in &c.dir.districts {
        if c.is_privileged(d, entity) || c.view.block(&d.slug, entity).is_some() {
            continue;
        }
        let rooms = c.district_rooms(d);
        for room in &rooms {
            dec.actions.push(Action::Ban {
                room_id: room.clone(),
                user: entity.to_string(),
                reason: t::blocked_public_reason(d.lang),
            });
        }
        if let Some(control) = c.room(&d.slug, RoomKind::Control) {
            dec.actions.push(Action::Notice {
                room_id: control,
                body: t::external_ban(d.lang, entity, list, reason, rooms.len()),
                card: None,
            });
        }
        let by = format!("policy list {list}");
        dec.changes
            .push(Change::Audit(crate::core::audit::AuditEntry {
                v: 1,
                at_ms: c.now_ms,
                district: d.slug.clone(),
                actor: by.clone(),
                action: "block".into(),
                target: entity.to_string(),
                detail: reason.to_string(),
                event_id: c.ev.event_id.clone(),
            }));
        dec.changes.push(Change::PutBlock(BlockEntry {
            v: 1,
            district: d.slug.clone(),
            user: entity.to_string(),
            reason: reason.to_string(),
            by,
            at_ms: c.now_ms,
        }));
    }
    dec
}

/// MSC2313 user rule (the stable event type).
pub const POLICY_RULE: &str = "m.policy.rule.user";

pub fn rule_key(user: &str) -> String {
    format!("rule:{user}")
}

impl Ctx<'_> {
    /// The policy rule banning `user` in the district's policy list, or withdrawing it (`None`).
    fn room_rule(&self, policy_room: String, user: &str, ban_reason: Option<&str>) -> Action {
        let content = match ban_reason {
            Some(reason) => {
                serde_json::json!({ "entity": user, "recommendation": "m.ban", "reason": reason })
            }
            None => serde_json::json!({}),
        };
        Action::SetState {
            room_id: policy_room,
            event_type: POLICY_RULE.into(),
            state_key: rule_key(user),
            content,
        }
    }
}

fn district_of(c: &Ctx<'_>) -> Option<String> {
    match &c.ev.place {
        Place::District(p) => Some(p.district.clone()),
        Place::Dm | Place::PolicyList(_) => None,
    }
}

pub fn cmd_block(c: &Ctx<'_>, args: &[String], mentions: &[String], usage: &str) -> Decision {
    let (Some(slug), Some(user)) = (
        district_of(c),
        user_arg(args.first().map(String::as_str), mentions),
    ) else {
        return c.answer(crate::core::i18n::bad_arguments(c.lang, usage));
    };
    if args.len() < 2 {
        return c.answer(crate::core::i18n::bad_arguments(c.lang, usage));
    }
    let Some(d) = c.district(&slug) else {
        return Decision::default();
    };
    if c.is_privileged(d, &user) {
        return c.answer(t::cannot_block_staff(c.lang));
    }
    if c.view.block(&slug, &user).is_some() {
        return c.answer(t::already_blocked(c.lang, &user));
    }
    let reason = args[1..].join(" ");
    let rooms = c.district_rooms(d);
    let mut dec = Decision::default();
    for room in &rooms {
        dec.actions.push(Action::Ban {
            room_id: room.clone(),
            user: user.clone(),
            reason: t::blocked_public_reason(c.lang),
        });
    }
    if let Some(policy) = c.room(&slug, RoomKind::Policy) {
        dec.actions.push(c.room_rule(policy, &user, Some(&reason)));
    }
    dec.actions
        .push(c.reply(t::blocked(c.lang, &user, rooms.len())));
    dec.changes.push(c.audit(&slug, "block", &user, &reason));
    dec.changes.push(Change::PutBlock(BlockEntry {
        v: 1,
        district: slug.clone(),
        user: user.clone(),
        reason: reason.clone(),
        by: c.ev.sender.clone(),
        at_ms: c.now_ms,
    }));
    for v in c
        .view
        .volunteer_records(&user)
        .into_iter()
        .filter(|v| v.district == slug && v.status == VolunteerStatus::Active)
    {
        dec.changes.push(Change::PutVolunteer(Volunteer {
            status: VolunteerStatus::Blocked,
            status_at_ms: c.now_ms,
            ..v
        }));
    }
    for s in &d.stations {
        if let Some(r) = c
            .view
            .request(&slug, &s.slug, &user)
            .filter(|r| r.status == RequestStatus::Open)
        {
            let status = RequestStatus::Denied {
                by: c.ev.sender.clone(),
                at_ms: c.now_ms,
                reason: Some(reason.clone()),
            };
            dec.changes
                .push(Change::PutRequest(JoinRequest { status, ..r }));
        }
    }
    dec
}

pub fn cmd_unblock(c: &Ctx<'_>, args: &[String], mentions: &[String], usage: &str) -> Decision {
    let (Some(slug), Some(user)) = (
        district_of(c),
        user_arg(args.first().map(String::as_str), mentions),
    ) else {
        return c.answer(crate::core::i18n::bad_arguments(c.lang, usage));
    };
    let Some(d) = c.district(&slug) else {
        return Decision::default();
    };
    if c.view.block(&slug, &user).is_none() {
        return c.answer(t::not_blocked(c.lang, &user));
    }
    let rooms = c.district_rooms(d);
    let mut dec = Decision::default();
    for room in &rooms {
        dec.actions.push(Action::Unban {
            room_id: room.clone(),
            user: user.clone(),
        });
    }
    if let Some(policy) = c.room(&slug, RoomKind::Policy) {
        dec.actions.push(c.room_rule(policy, &user, None));
    }
    dec.actions
        .push(c.reply(t::unblocked(c.lang, &user, rooms.len())));
    dec.changes.push(c.audit(&slug, "unblock", &user, ""));
    dec.changes.push(Change::RemoveBlock {
        district: slug,
        user,
    });
    dec
}

pub fn cmd_blocklist(c: &Ctx<'_>) -> Decision {
    let Some(slug) = district_of(c) else {
        return Decision::default();
    };
    let mut entries = c.view.blocks(&slug);
    entries.sort_by_key(|b| b.at_ms);
    c.answer(t::blocklist(c.lang, &entries, |ms| c.when(ms)))
}
