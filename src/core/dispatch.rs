//! Running an allowed command: one line per command to the feature that owns it. The router
//! (`evaluate`) has checked who may use it where; each handler checks its own arguments.

use crate::core::ctx::Ctx;
use crate::core::decision::Decision;
use crate::core::help::{self, CommandSpec};
use crate::core::i18n;
use crate::core::member_reports::commands::Step;
use crate::core::moderation;
use crate::core::relay;
use crate::core::rumour;
use crate::core::vetting;
use crate::core::vetting::blocklist;
use crate::core::vetting::volunteers;

/// Carry out an allowed command.
pub fn run(c: &Ctx<'_>, spec: &CommandSpec, args: &[String], mentions: &[String]) -> Decision {
    let usage = spec.usage(&c.dir.prefix, c.lang);
    match spec.name {
        "join" => vetting::cmd_join(c, args, &usage),
        "approve" => vetting::cmd_decide(c, args, mentions, true, &usage),
        "deny" => vetting::cmd_decide(c, args, mentions, false, &usage),
        "pending" => vetting::cmd_pending(c),
        "volunteers" => volunteers::cmd_volunteers(c, args),
        "volunteer" => volunteers::cmd_volunteer(c, args, mentions, &usage),
        "verify" => match crate::core::ctx::user_arg(args.first().map(String::as_str), mentions) {
            Some(user) => crate::core::impersonation::verify::cmd_verify_account(c, &user),
            None => volunteers::cmd_verify(c, args, &usage),
        },
        "mycard" => volunteers::cmd_mycard(c),
        "block" => blocklist::cmd_block(c, args, mentions, &usage),
        "unblock" => blocklist::cmd_unblock(c, args, mentions, &usage),
        "blocklist" => blocklist::cmd_blocklist(c),
        "broadcast" => crate::core::broadcast::cmd_broadcast(c, &usage),
        "announce" => crate::core::broadcast::announce::cmd_announce(c, args, &usage),
        "lock" => crate::core::lock::cmd_lock(c, args, true),
        "report" => crate::core::tickets::commands::cmd_report(c, &usage),
        "tip" => crate::core::tips::cmd_tip(c, args, &usage),
        "reply" => crate::core::tips::commands::cmd_reply(c, args, &usage),
        "reveal" => crate::core::tips::commands::cmd_reveal(c, args, &usage),
        "ack" => crate::core::tickets::commands::cmd_ack(c, args, &usage),
        "assign" => crate::core::tickets::commands::cmd_assign(c, args, mentions, &usage),
        "resolve" => crate::core::tickets::commands::cmd_resolve(c, args, &usage),
        "tickets" => crate::core::tickets::commands::cmd_tickets(c, args, &usage),
        "relay" => relay::commands::run(c, args, &usage),
        "fact" => rumour::commands::cmd_fact(c, args, &usage),
        "task" => crate::core::tasks::commands::cmd_task(c, args, mentions, &usage),
        "done" => crate::core::tasks::commands::cmd_done(c, args, &usage),
        "tasks" => crate::core::tasks::commands::cmd_tasks(c, args, &usage),
        "cancel" => crate::core::tasks::commands::cmd_cancel(c, args, &usage),
        "digest" => crate::core::digest::cmd_digest(c, args, &usage),
        "facts" => rumour::commands::cmd_facts(c),
        "unlock" => crate::core::lock::cmd_lock(c, args, false),
        "warn" if crate::core::member_reports::commands::names_a_report(args) => {
            report_step(c, Step::Warn, args, &usage)
        }
        "remove" => report_step(c, Step::Remove, args, &usage),
        "dismiss" => report_step(c, Step::Dismiss, args, &usage),
        "restore" => report_step(c, Step::Restore, args, &usage),
        "rules" | "warn" | "mute" | "unmute" | "kick" | "ban" | "strikes" | "undo" | "dryrun"
        | "filters" | "set" | "lexicon" => {
            moderation::commands::run(c, spec.name, args, mentions, &usage)
        }
        _ => c.answer(i18n::NOT_YET.get(c.lang)),
    }
}

/// A decision on a member's report; a warning adds moderation's warning of the sender.
fn report_step(c: &Ctx<'_>, step: Step, args: &[String], usage: &str) -> Decision {
    let (mut d, warn) = crate::core::member_reports::commands::cmd(c, step, args, usage);
    warn_reported(c, &mut d, warn);
    d
}

pub fn warn_reported(c: &Ctx<'_>, d: &mut Decision, sender: Option<String>) {
    let Some(sender) = sender else { return };
    let usage = help::find("warn").map_or_else(String::new, |s| s.usage(&c.dir.prefix, c.lang));
    let reason = crate::core::i18n::pick(
        c.lang,
        "रिपोर्ट किया गया संदेश".into(),
        "reported message".into(),
    );
    let args = vec![sender, reason];
    d.merge(Some(moderation::commands::run(
        c,
        "warn",
        &args,
        &[],
        &usage,
    )));
}
