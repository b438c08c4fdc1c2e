//! The command catalog of SPEC §5 (who may use what, where) and the `!help` texts built from
//! it. A command the caller may not use in a place is not listed there.
//!
//! Commands the later issues will implement are listed with `implemented: false`; `!help`
//! marks them "coming soon" and using one says so, rather than pretending.

use crate::core::district::Lang;
use crate::core::event::Place;
use crate::core::i18n::{self};
use crate::core::roles::Role;

pub use crate::core::command_spec::{CommandSpec, Spot};

pub use crate::core::catalog::CATALOG;
pub use crate::core::help_topics::{TOPICS, Topic};

pub fn find(name: &str) -> Option<&'static CommandSpec> {
    CATALOG.iter().find(|c| c.name == name)
}

/// `!help`: what `role` may do in `place` — the everyday commands in full, the others as one
/// line per topic. `member`: the caller is a volunteer already (no `!join` for them).
pub fn overview(lang: Lang, prefix: &str, role: Role, place: &Place, member: bool) -> String {
    let mut out = String::from(i18n::HELP_HEADER.get(lang));
    let allowed: Vec<&CommandSpec> = CATALOG
        .iter()
        .filter(|c| c.allowed(role, place) && !(member && c.name == "join"))
        .collect();
    for c in allowed.iter().filter(|c| Topic::of(c).is_none()) {
        push_command(&mut out, lang, prefix, c);
    }
    for t in TOPICS {
        let names: Vec<&str> = allowed
            .iter()
            .filter(|c| Topic::of(c) == Some(t))
            .map(|c| c.name)
            .collect();
        if !names.is_empty() {
            out.push('\n');
            out.push_str(&crate::core::help_topics::line(lang, prefix, t, &names));
        }
    }
    if Spot::of(place) == Some(Spot::Station) {
        out.push('\n');
        out.push_str(&i18n::STATION_PRIVACY.get(lang).replace("{p}", prefix));
    }
    out.push('\n');
    out.push_str(&i18n::HELP_FOOTER.get(lang).replace("{p}", prefix));
    out
}

/// `!help <topic>`: that topic's commands the caller may use here, each with its summary.
pub fn topic(lang: Lang, prefix: &str, role: Role, place: &Place, t: Topic) -> String {
    let mut out = format!("{}:", t.title().get(lang));
    let mut any = false;
    for c in CATALOG
        .iter()
        .filter(|c| Topic::of(c) == Some(t) && c.allowed(role, place))
    {
        push_command(&mut out, lang, prefix, c);
        any = true;
    }
    if !any {
        out.push('\n');
        out.push_str(i18n::NOT_HERE.get(lang));
    }
    out
}

fn push_command(out: &mut String, lang: Lang, prefix: &str, c: &CommandSpec) {
    out.push_str(&format!(
        "\n• {} — {}",
        c.usage(prefix, lang),
        c.summary.get(lang)
    ));
    if !c.implemented {
        out.push(' ');
        out.push_str(i18n::SOON.get(lang));
    }
}

/// `!help <command>`: usage, what it does, who may use it and where.
pub fn detail(lang: Lang, prefix: &str, c: &CommandSpec) -> String {
    let who = match c.min_role {
        Role::Volunteer => i18n::ROLE_ANYONE,
        Role::Staff => i18n::ROLE_STAFF,
        Role::Officer => i18n::ROLE_OFFICER,
    };
    let spots: Vec<&str> = c.spots.iter().map(|s| s.name().get(lang)).collect();
    let mut out = format!(
        "{}: {}\n{}\n{}: {}\n{}: {}",
        i18n::USAGE.get(lang),
        c.usage(prefix, lang),
        c.summary.get(lang),
        i18n::WHO.get(lang),
        who.get(lang),
        i18n::WHERE.get(lang),
        spots.join(", ")
    );
    if !c.implemented {
        out.push('\n');
        out.push_str(i18n::SOON.get(lang));
    }
    out
}
