//! `evaluate`: one event in, a [`Decision`] out. Pure: everything it needs comes in as
//! arguments.

use super::action::Action;
use super::command::{self, Parsed};
use super::district::{District, Lang};
use super::event::{BotEvent, EventBody, Place};
use super::help;
use super::i18n;
use super::roles::role_in;

/// What the core knows of the deployment: the topology and the bot itself.
#[derive(Debug, Clone)]
pub struct Directory {
    pub districts: Vec<District>,
    pub bot_user: String,
    pub prefix: String,
    /// The language for DMs and places outside any district.
    pub default_lang: Lang,
}

impl Directory {
    pub fn lang_for(&self, place: &Place) -> Lang {
        match place {
            Place::District(p) => self
                .districts
                .iter()
                .find(|d| d.slug == p.district)
                .map_or(self.default_lang, |d| d.lang),
            Place::Dm => self.default_lang,
        }
    }
}

/// What to do about an event. Actions are carried out in order by an executor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decision {
    pub actions: Vec<Action>,
}

pub fn evaluate(dir: &Directory, ev: &BotEvent) -> Decision {
    if ev.sender == dir.bot_user {
        return Decision::default();
    }
    let EventBody::Text { body, .. } = &ev.body else {
        return Decision::default();
    };
    let lang = dir.lang_for(&ev.place);
    let role = role_in(&dir.districts, &ev.sender, &ev.place);
    let reply = match command::parse(&dir.prefix, body) {
        Parsed::NotACommand => return Decision::default(),
        Parsed::Help { topic: None } => help::overview(lang, &dir.prefix, role, &ev.place),
        Parsed::Help { topic: Some(t) } => match help::find(&t) {
            Some(spec) => help::detail(lang, &dir.prefix, spec),
            None => i18n::unknown_command(lang, &dir.prefix, &t),
        },
        Parsed::Unknown(name) => i18n::unknown_command(lang, &dir.prefix, &name),
        Parsed::BadArgs(spec) => i18n::bad_arguments(lang, &spec.usage(&dir.prefix, lang)),
        Parsed::Unimplemented(spec) if !spec.allowed(role, &ev.place) => {
            format!(
                "{}\n{}: {}",
                i18n::NOT_HERE.get(lang),
                i18n::USAGE.get(lang),
                spec.usage(&dir.prefix, lang)
            )
        }
        Parsed::Unimplemented(_) => i18n::NOT_YET.get(lang).to_string(),
    };
    Decision {
        actions: vec![reply_to(ev, reply)],
    }
}

fn reply_to(ev: &BotEvent, body: String) -> Action {
    Action::Reply {
        room_id: ev.room_id.clone(),
        in_reply_to: ev.event_id.clone(),
        mention: ev.sender.clone(),
        body,
        html: None,
    }
}

#[cfg(test)]
#[path = "evaluate_tests.rs"]
mod tests;
