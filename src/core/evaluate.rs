//! `evaluate`: one event in, a [`Decision`] out. Pure: the records come in through a
//! [`StateView`], time and the fresh credential code as arguments.

use crate::core::action::Action;
use crate::core::command::{self, Parsed};
use crate::core::ctx::Ctx;
use crate::core::decision::{Decision, Inputs};
use crate::core::directory::Directory;
use crate::core::district::RoomKind;
use crate::core::event::{BotEvent, EventBody, MemberChange, Place};
use crate::core::help::{self};
use crate::core::i18n;
use crate::core::moderation::{self, Post};
use crate::core::relay;
use crate::core::roles::role_in;
use crate::core::rumour;
use crate::core::vetting;
use crate::core::vetting::blocklist;
use crate::core::vetting::volunteers;
use crate::core::view::StateView;

pub fn evaluate(
    dir: &Directory,
    view: &dyn StateView,
    ev: &BotEvent,
    inputs: &Inputs<'_>,
) -> Decision {
    let own = ev.sender == dir.bot_user;
    // Another Saathi instance in the same room: neither answered nor moderated nor vetted, so
    // two bots never talk to (or act on) each other.
    if (own && !matches!(ev.body, EventBody::Redaction { .. }))
        || dir.peer_bots.contains(&ev.sender)
    {
        return Decision::default();
    }
    let c = Ctx {
        dir,
        view,
        ev,
        now_ms: inputs.now_ms,
        fresh_code: inputs.fresh_code,
        lang: dir.lang_for(&ev.place),
        role: role_in(&dir.districts, &ev.sender, &ev.place),
    };
    let kind = match &ev.place {
        Place::District(p) => Some(&p.kind),
        Place::Dm | Place::PolicyList(_) => None,
    };
    let mut d = decide(&c, kind);
    // Display names are checked in every district room, beside what else a membership does.
    if let (
        EventBody::Member {
            target,
            change,
            display_name,
            ..
        },
        Place::District(p),
    ) = (&ev.body, &ev.place)
        && !own
    {
        merge(
            &mut d,
            crate::core::impersonation::on_member(
                &c,
                &p.district,
                &p.kind,
                target,
                *change,
                display_name.as_deref(),
            ),
        );
    }
    d
}

/// What the event means by its kind and place (membership checks of names aside).
fn decide(c: &Ctx<'_>, kind: Option<&RoomKind>) -> Decision {
    let (ev, dir, own) = (c.ev, c.dir, c.ev.sender == c.dir.bot_user);
    match (&ev.body, kind) {
        // The bot's own removals (moderation) take the relayed copies with them too.
        (EventBody::Redaction { target }, Some(_)) => relay::on_redaction(c, target),
        _ if own => Decision::default(),
        (
            EventBody::Text {
                body,
                mentions,
                room_mention,
            },
            _,
        ) => on_text(c, body, mentions, *room_mention),
        (
            EventBody::Media {
                kind,
                content,
                digest,
            },
            _,
        ) => {
            if let Some(d) = crate::core::tips::on_media(c, *kind, content) {
                return d;
            }
            if let Some(d) = crate::core::tickets::commands::on_media(c, *kind, content) {
                return d;
            }
            if let Some(d) =
                crate::core::tasks::evidence::on_media(c, *kind, content, digest.as_deref())
            {
                return d;
            }
            let post = Post {
                body: None,
                mentions: &[],
                room_mention: false,
            };
            let mut d = moderation::on_post(c, &post).unwrap_or_default();
            if let Some(digest) = digest
                && !removed(c, &d)
            {
                let name = content["body"].as_str().unwrap_or_default();
                let what = format!("[{}] {name}", kind.name());
                let fp = rumour::fingerprint::of_media(digest);
                merge(&mut d, rumour::on_post(c, fp, &what, true));
            }
            relay_unless_removed(c, &mut d, Some(*kind), "", content);
            d
        }
        (EventBody::Edit { target, body }, Some(k)) => {
            let mut d = match k {
                RoomKind::Station(_) => {
                    let post = Post {
                        body: Some(body),
                        mentions: &[],
                        room_mention: false,
                    };
                    moderation::on_post(c, &post).unwrap_or_default()
                }
                _ => Decision::default(),
            };
            d.actions.extend(relay::on_edit(c, target, body));
            d
        }
        (EventBody::Other, Some(RoomKind::Station(_))) => {
            let post = Post {
                body: None,
                mentions: &[],
                room_mention: false,
            };
            moderation::on_post(c, &post).unwrap_or_default()
        }
        // A member's notice is moderated like text (it is never a command), so a client cannot
        // slip a greeting or an emergency past the rules by its msgtype.
        (
            EventBody::Notice {
                body,
                mentions,
                room_mention,
            },
            Some(RoomKind::Station(_)),
        ) => {
            let post = Post {
                body: Some(body),
                mentions,
                room_mention: *room_mention,
            };
            let mut d = moderation::on_post(c, &post).unwrap_or_default();
            merge(&mut d, crate::core::emergency::on_text(c, body));
            d
        }
        (EventBody::Unreadable, Some(RoomKind::Station(_))) => {
            moderation::on_unreadable(c).unwrap_or_default()
        }
        (
            EventBody::Member {
                target,
                change: MemberChange::Join,
                ..
            },
            Some(RoomKind::Station(s)),
        ) => match &ev.place {
            Place::District(p) => moderation::on_join(c, &p.district, s, target),
            _ => Decision::default(),
        },
        (
            EventBody::Member {
                target,
                change: MemberChange::Join,
                ..
            },
            Some(RoomKind::Desk(s)),
        ) => match &ev.place {
            Place::District(p) => crate::core::briefing::on_desk_join(c, &p.district, s, target),
            _ => Decision::default(),
        },
        (
            EventBody::Member {
                target,
                change: MemberChange::Knock,
                reason,
                display_name,
            },
            Some(RoomKind::Station(s)),
        ) if *target == ev.sender => vetting::on_knock(c, s, reason.clone(), display_name.clone()),
        (
            EventBody::Member {
                target,
                change: MemberChange::Leave,
                ..
            },
            Some(RoomKind::Station(s)),
        ) => vetting::on_member_gone(c, s, target, false),
        (
            EventBody::Member {
                target,
                change: MemberChange::Kicked | MemberChange::Banned,
                ..
            },
            Some(RoomKind::Station(s)),
        ) => vetting::on_member_gone(c, s, target, true),
        (
            EventBody::Reported {
                report_id,
                target,
                target_sender,
                reason,
                excerpt,
            },
            Some(_),
        ) => match &ev.place {
            Place::District(p) => crate::core::member_reports::on_reported(
                c,
                p,
                &crate::core::member_reports::Report {
                    report_id: *report_id,
                    target,
                    target_sender,
                    reason,
                    excerpt,
                },
            ),
            _ => Decision::default(),
        },
        (
            EventBody::PolicyRule {
                entity,
                recommendation,
                reason,
            },
            None,
        ) => match &ev.place {
            Place::PolicyList(list) => {
                blocklist::on_external_rule(c, list, entity, recommendation, reason)
            }
            _ => Decision::default(),
        },
        // Someone opened a direct chat with the bot: say hello with what they can do there.
        (
            EventBody::Member {
                target,
                change: MemberChange::Invited,
                ..
            },
            None,
        ) if ev.place == Place::Dm && *target == dir.bot_user => vetting::dm_hello(c),
        (
            EventBody::Reaction { key, target_event },
            Some(RoomKind::Desk(_) | RoomKind::Control),
        ) if c.role >= crate::core::roles::Role::Staff => {
            if let Some((mut d, warn)) =
                crate::core::member_reports::commands::on_reaction(c, key, target_event)
            {
                crate::core::dispatch::warn_reported(c, &mut d, warn);
                return d;
            }
            match kind {
                Some(RoomKind::Desk(_)) => {
                    crate::core::tickets::commands::on_reaction(c, key, target_event)
                        .unwrap_or_else(|| vetting::on_reaction(c, key, target_event))
                }
                _ => Decision::default(),
            }
        }
        _ => Decision::default(),
    }
}

fn on_text(c: &Ctx<'_>, body: &str, mentions: &[String], room_mention: bool) -> Decision {
    let lang = c.lang;
    let prefix = &c.dir.prefix;
    let post = Post {
        body: Some(body),
        mentions,
        room_mention,
    };
    match command::parse(prefix, body) {
        Parsed::NotACommand => {
            // A tipster's reply in their DM goes to the police, never to the rumour tipline.
            if let Some(d) = crate::core::tips::on_dm_reply(c, body) {
                return d;
            }
            // An emergency is alerted whatever else the message is; moderation and the
            // ID-card reply decide on their own.
            let mut d = match moderation::on_post(c, &post) {
                Some(d) => d,
                None => volunteers::on_text(c, body),
            };
            merge(&mut d, crate::core::emergency::on_text(c, body));
            if d.actions.is_empty() {
                merge(&mut d, rumour::commands::on_tip(c, body));
            }
            if !removed(c, &d)
                && let Some(fp) = rumour::fingerprint::of_text(body)
            {
                merge(&mut d, rumour::on_post(c, fp, body, false));
            }
            let content = serde_json::json!({ "msgtype": "m.text", "body": body });
            relay_unless_removed(c, &mut d, None, body, &content);
            d
        }
        Parsed::Help { topic: None } => {
            let member = c
                .view
                .volunteer_records(&c.ev.sender)
                .iter()
                .any(|v| v.status == crate::core::vetting::model::VolunteerStatus::Active);
            c.answer(help::overview(lang, prefix, c.role, &c.ev.place, member))
        }
        Parsed::Help { topic: Some(t) } => match (help::find(&t), help::Topic::parse(&t)) {
            (Some(spec), _) => c.answer(help::detail(lang, prefix, spec)),
            (None, Some(topic)) => c.answer(help::topic(lang, prefix, c.role, &c.ev.place, topic)),
            (None, None) => c.answer(i18n::unknown_command(lang, prefix, &t)),
        },
        Parsed::Unknown(name) => c.answer(i18n::unknown_command(lang, prefix, &name)),
        Parsed::BadArgs(spec) => c.answer(i18n::bad_arguments(lang, &spec.usage(prefix, lang))),
        Parsed::Known { spec, .. } if !spec.allowed(c.role, &c.ev.place) => c.answer(format!(
            "{}\n{}: {}",
            i18n::NOT_HERE.get(lang),
            i18n::USAGE.get(lang),
            spec.usage(prefix, lang)
        )),
        Parsed::Known { spec, args } => crate::core::dispatch::run(c, spec, &args, mentions),
    }
}

/// Add what another part decided.
fn merge(d: &mut Decision, more: Option<Decision>) {
    d.merge(more);
}

/// Whether the decision removes the event itself (moderation, or a known-false copy).
fn removed(c: &Ctx<'_>, d: &Decision) -> bool {
    d.actions
        .iter()
        .any(|a| matches!(a, Action::Redact { event_id, .. } if *event_id == c.ev.event_id))
}

/// Relay the message by the district's rules, unless it is being removed.
fn relay_unless_removed(
    c: &Ctx<'_>,
    d: &mut Decision,
    kind: Option<crate::core::event::MediaKind>,
    text: &str,
    content: &serde_json::Value,
) {
    if !removed(c, d) {
        d.actions.extend(relay::on_message(c, kind, text, content));
    }
}

#[cfg(test)]
#[path = "evaluate_tests.rs"]
mod tests;
