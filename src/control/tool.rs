//! A shell command answered by the running bot, or by the store when the bot is stopped.

use std::io::Write;
use std::sync::Arc;

use super::answer::{Served, answer};
use super::client::{Reached, call};
use super::protocol::{Reply, Request, socket_path};
use crate::config::Config;

/// Answer `req` and print the answer; returns the exit code.
pub fn run_tool(cfg: &Config, req: Request) -> u8 {
    let tool = req.tool();
    let reply = match call(&cfg.data_dir, &req) {
        Ok(Reached::Answered(r)) => r,
        Ok(Reached::NotRunning) => match crate::data_dir::open_existing_store(cfg) {
            Ok(store) => {
                let served = Served {
                    store: Arc::new(store),
                    districts: cfg.districts.iter().map(|d| d.slug.clone()).collect(),
                    data_dir: cfg.data_dir.clone(),
                    bot_user: cfg.bot.user_id.clone(),
                };
                answer(&served, &req)
            }
            Err(e) => Reply::failed(
                2,
                tool,
                format!(
                    "{e} (no bot answers at {}; if one runs, it is too old to answer there: stop it first)",
                    socket_path(&cfg.data_dir).display()
                ),
            ),
        },
        Err(e) => Reply::failed(2, tool, e),
    };
    // A closed stdout (piped into `head`) is not an error of the command.
    let _ = std::io::stdout().lock().write_all(reply.stdout.as_bytes());
    let _ = std::io::stderr().lock().write_all(reply.stderr.as_bytes());
    reply.exit
}
