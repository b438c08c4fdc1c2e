//! One answer for the running bot and for the store of a stopped one.

use std::path::PathBuf;
use std::sync::Arc;

use super::protocol::{Reply, Request};
use crate::store::sled_store::SledStore;

/// What answering needs: the store and a little of the config.
pub struct Served {
    pub store: Arc<SledStore>,
    pub districts: Vec<String>,
    pub data_dir: PathBuf,
    pub bot_user: String,
}

/// Answer `req` from the store (blocking: call it off the async runtime).
pub fn answer(s: &Served, req: &Request) -> Reply {
    let tool = req.tool();
    match req {
        Request::Status => match crate::status::report(s.store.as_ref()) {
            Ok(r) => Reply::ok(r, String::new()),
            Err(e) => Reply::failed(2, tool, e),
        },
        Request::Export {
            what,
            format,
            filter,
        } => {
            let mut out = Vec::new();
            match crate::export::export(s.store.as_ref(), *what, *format, filter, &mut out) {
                Ok(n) => Reply::ok(
                    String::from_utf8_lossy(&out).into_owned(),
                    format!("{n} records exported\n"),
                ),
                Err(e) => Reply::failed(1, tool, e),
            }
        }
        Request::VerifyEvidence {
            file,
            task,
            district,
        } => {
            match crate::evidence::verify(
                s.store.as_ref(),
                &s.districts,
                district.as_deref(),
                file,
                task,
            ) {
                Ok(v) => Reply {
                    exit: if v.matches.is_empty() { 1 } else { 0 },
                    stdout: v.report,
                    stderr: String::new(),
                },
                Err(e) => Reply::failed(2, tool, e),
            }
        }
        Request::Backup { dir } => {
            let now = crate::matrix::inbound::bot::now_ms();
            match crate::backup::backup(&s.store, &s.data_dir, &s.bot_user, dir, now) {
                Ok(m) => Reply::ok(format!("{}\n", m.summary(dir)), String::new()),
                Err(e) => Reply::failed(1, tool, e),
            }
        }
    }
}
