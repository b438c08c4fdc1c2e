//! What the bot does, for Prometheus: counters and histograms recorded where things happen
//! (the pipeline, the executor, the sync loop) and gauges read at scrape time. No message text,
//! user or room ever goes into a label.

use std::sync::atomic::AtomicU64;

use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

type Labels = Vec<(&'static str, String)>;

pub struct Metrics {
    registry: Registry,
    events: Family<Labels, Counter>,
    actions: Family<Labels, Counter>,
    commands: Family<Labels, Counter>,
    moderation: Family<Labels, Counter>,
    malformed: Family<Labels, Counter>,
    decide: Histogram,
    lag: Histogram,
    executor_failures: Family<Labels, Counter>,
    rate_limit_waits: Counter,
    preshare: Histogram,
    sync_seconds: Gauge<f64, AtomicU64>,
    outbox_depth: Gauge,
    open_tickets: Gauge,
    ready: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

/// Bucket bounds in seconds, from 1 ms to ~16 s.
fn seconds_buckets() -> impl Iterator<Item = f64> {
    prometheus_client::metrics::histogram::exponential_buckets(0.001, 2.0, 15)
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("saathi");
        let m = Metrics {
            events: Family::default(),
            actions: Family::default(),
            commands: Family::default(),
            moderation: Family::default(),
            malformed: Family::default(),
            decide: Histogram::new(seconds_buckets()),
            lag: Histogram::new(seconds_buckets()),
            executor_failures: Family::default(),
            rate_limit_waits: Counter::default(),
            preshare: Histogram::new(seconds_buckets()),
            sync_seconds: Gauge::default(),
            outbox_depth: Gauge::default(),
            open_tickets: Gauge::default(),
            ready: Gauge::default(),
            registry: Registry::default(),
        };
        registry.register(
            "events",
            "Events looked at, by outcome (handled, duplicate, history, error)",
            m.events.clone(),
        );
        registry.register(
            "actions",
            "Actions queued, by kind (reply, redact, mute, broadcast…)",
            m.actions.clone(),
        );
        registry.register("commands", "Commands received, by name", m.commands.clone());
        registry.register(
            "moderation_actions",
            "Moderation actions decided, by rule (greeting, flood, links…, manual)",
            m.moderation.clone(),
        );
        registry.register(
            "malformed_events",
            "Events the typed reader refused, by how they were handled (lenient: read leniently; unreadable: no content to read; sealed: encrypted with a malformed wrapper, not decryptable)",
            m.malformed.clone(),
        );
        registry.register(
            "pipeline_seconds",
            "Time to decide an event and commit it with its effects",
            m.decide.clone(),
        );
        registry.register(
            "event_lag_seconds",
            "From the homeserver receiving an event to the bot's decision",
            m.lag.clone(),
        );
        registry.register(
            "executor_failures",
            "Effects the homeserver refused, by kind (transient, permanent)",
            m.executor_failures.clone(),
        );
        registry.register(
            "rate_limit_waits",
            "Times an effect waited for the homeserver's rate limit",
            m.rate_limit_waits.clone(),
        );
        registry.register(
            "room_key_preshare_seconds",
            "Time to share one room's key with its members' devices ahead of need",
            m.preshare.clone(),
        );
        registry.register(
            "sync_seconds",
            "Duration of the last sync round (request and handling)",
            m.sync_seconds.clone(),
        );
        registry.register(
            "outbox_depth",
            "Effects waiting in the outbox",
            m.outbox_depth.clone(),
        );
        registry.register(
            "open_tickets",
            "Tickets not yet resolved",
            m.open_tickets.clone(),
        );
        registry.register("ready", "1 once the first sync is handled", m.ready.clone());
        Metrics { registry, ..m }
    }

    pub fn event(&self, outcome: &'static str) {
        self.events
            .get_or_create(&vec![("outcome", outcome.into())])
            .inc();
    }

    pub fn malformed(&self, how: &'static str) {
        self.malformed
            .get_or_create(&vec![("how", how.into())])
            .inc();
    }

    pub fn action(&self, kind: &'static str) {
        self.actions
            .get_or_create(&vec![("kind", kind.into())])
            .inc();
    }

    pub fn command(&self, name: &str) {
        self.commands
            .get_or_create(&vec![("command", name.into())])
            .inc();
    }

    pub fn moderation(&self, rule: &str) {
        self.moderation
            .get_or_create(&vec![("rule", rule.into())])
            .inc();
    }

    pub fn decided(&self, seconds: f64, lag_seconds: f64) {
        self.decide.observe(seconds);
        self.lag.observe(lag_seconds);
    }

    pub fn failure(&self, kind: &'static str, rate_limited: bool) {
        self.executor_failures
            .get_or_create(&vec![("kind", kind.into())])
            .inc();
        if rate_limited {
            self.rate_limit_waits.inc();
        }
    }

    pub fn preshared(&self, seconds: f64) {
        self.preshare.observe(seconds);
    }

    pub fn synced(&self, seconds: f64) {
        self.sync_seconds.set(seconds);
    }

    /// The exposition text, with the gauges read now.
    pub fn render(&self, outbox: usize, open_tickets: usize, ready: bool) -> String {
        self.outbox_depth.set(outbox as i64);
        self.open_tickets.set(open_tickets as i64);
        self.ready.set(i64::from(ready));
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = encode(&mut out, &self.registry);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_histograms_and_gauges() {
        let m = Metrics::new();
        m.event("handled");
        m.event("handled");
        m.action("redact");
        m.command("report");
        m.moderation("greeting");
        m.decided(0.004, 0.120);
        m.failure("transient", true);
        let text = m.render(3, 2, true);
        for want in [
            "saathi_events_total{outcome=\"handled\"} 2",
            "saathi_actions_total{kind=\"redact\"} 1",
            "saathi_commands_total{command=\"report\"} 1",
            "saathi_moderation_actions_total{rule=\"greeting\"} 1",
            "saathi_pipeline_seconds_count 1",
            "saathi_event_lag_seconds_bucket{le=\"0.128\"} 1",
            "saathi_rate_limit_waits_total 1",
            "saathi_outbox_depth 3",
            "saathi_open_tickets 2",
            "saathi_ready 1",
        ] {
            assert!(text.contains(want), "{want} missing in:\n{text}");
        }
    }

    /// The sample Grafana dashboard (`deploy/grafana-dashboard.json`) asks only for series the
    /// bot serves.
    #[test]
    fn the_dashboard_reads_only_served_metrics() {
        let m = Metrics::new();
        m.event("handled");
        m.action("reply");
        m.command("help");
        m.moderation("flood");
        m.decided(0.001, 0.01);
        m.failure("transient", true);
        m.synced(0.5);
        let served = m.render(0, 0, true);
        let dashboard: serde_json::Value =
            serde_json::from_str(include_str!("../deploy/grafana-dashboard.json")).unwrap();
        let mut asked = 0;
        for panel in dashboard["panels"].as_array().unwrap() {
            for target in panel["targets"].as_array().unwrap() {
                let expr = target["expr"].as_str().unwrap();
                for name in expr
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .filter(|w| w.starts_with("saathi_"))
                {
                    asked += 1;
                    assert!(
                        served.lines().any(|l| l.starts_with(name)),
                        "{name} (panel {}) is not served",
                        panel["title"]
                    );
                }
            }
        }
        assert!(asked >= 14, "{asked}");
    }
}
