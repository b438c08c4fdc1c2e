//! What a handled event did, counted for the metrics (kinds, commands, rules: never a text).

use super::Pipeline;
use crate::core::change::Change;
use crate::core::{self, BotEvent};

impl Pipeline {
    /// Count what a handled event did (kinds, commands, rules: never its text).
    pub(super) fn observe(
        &self,
        ev: &BotEvent,
        d: &core::Decision,
        started: std::time::Instant,
        now_ms: u64,
    ) {
        let m = &self.metrics;
        for a in &d.actions {
            m.action(a.kind());
        }
        for c in &d.changes {
            if let Change::PutSanction(s) = c
                && s.evidence == ev.event_id
                && s.undone.is_none()
            {
                m.moderation(&s.rule);
            }
        }
        if let Some(body) = ev.body_text() {
            match core::command::parse(&self.dir.prefix, body) {
                core::command::Parsed::NotACommand => {}
                core::command::Parsed::Known { spec, .. }
                | core::command::Parsed::BadArgs(spec) => m.command(spec.name),
                core::command::Parsed::Help { .. } => m.command("help"),
                core::command::Parsed::Unknown(_) => m.command("unknown"),
            }
        }
        let lag_ms = now_ms.saturating_sub(ev.origin_ts_ms);
        m.decided(started.elapsed().as_secs_f64(), lag_ms as f64 / 1000.0);
    }
}
