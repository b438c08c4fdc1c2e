//! The operator's HTTP endpoint (`[metrics] listen`): `GET /healthz` — 200 once the first sync
//! is handled and the store answers, else 503 — and `GET /metrics` in Prometheus text format.
//! Nothing else is served; no message text is ever exposed.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::matrix::inbound::sync::Readiness;
use crate::metrics::Metrics;
use crate::store::{Meta, Store, records};

pub struct Ops {
    pub metrics: Arc<Metrics>,
    pub ready: Arc<Readiness>,
    pub store: Arc<dyn Store>,
}

fn reply(status: StatusCode, content_type: &str, body: String) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = status;
    if let Ok(v) = content_type.parse() {
        r.headers_mut().insert(hyper::header::CONTENT_TYPE, v);
    }
    r
}

fn answer(ops: &Ops, method: &Method, path: &str) -> Response<Full<Bytes>> {
    if method != Method::GET {
        return reply(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain",
            "GET only\n".into(),
        );
    }
    match path {
        "/healthz" => {
            let store_ok = ops.store.meta_get(Meta::SchemaVersion).is_ok();
            if ops.ready.get() && store_ok {
                reply(StatusCode::OK, "text/plain", "ready\n".into())
            } else {
                let why = if store_ok {
                    "starting: first sync not handled yet\n"
                } else {
                    "store unavailable\n"
                };
                reply(StatusCode::SERVICE_UNAVAILABLE, "text/plain", why.into())
            }
        }
        "/metrics" => {
            let outbox = ops.store.outbox_len().unwrap_or(0);
            let open = records::open_tickets(ops.store.as_ref(), "").map_or(0, |t| t.len());
            reply(
                StatusCode::OK,
                "text/plain; version=0.0.4; charset=utf-8",
                ops.metrics.render(outbox, open, ops.ready.get()),
            )
        }
        _ => reply(
            StatusCode::NOT_FOUND,
            "text/plain",
            "not found: /healthz, /metrics\n".into(),
        ),
    }
}

/// Serve until `cancel` fires.
pub async fn serve(addr: SocketAddr, ops: Arc<Ops>, cancel: CancellationToken) {
    let listener = match TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            warn!(%addr, error = %e, "cannot listen for /healthz and /metrics");
            return;
        }
    };
    info!(%addr, "serving /healthz and /metrics");
    loop {
        let (stream, _) = tokio::select! {
            _ = cancel.cancelled() => return,
            r = listener.accept() => match r {
                Ok(s) => s,
                Err(e) => {
                    warn!(error = %e, "metrics endpoint: accept failed");
                    continue;
                }
            },
        };
        let ops = ops.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                let r = answer(&ops, req.method(), req.uri().path());
                async move { Ok::<_, Infallible>(r) }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::memory::MemoryStore;

    fn status(ops: &Ops, method: Method, path: &str) -> StatusCode {
        answer(ops, &method, path).status()
    }

    #[test]
    fn health_follows_readiness_and_only_get_is_served() {
        let ops = Ops {
            metrics: Arc::new(Metrics::new()),
            ready: Arc::new(Readiness::default()),
            store: Arc::new(MemoryStore::new()),
        };
        assert_eq!(
            status(&ops, Method::GET, "/healthz"),
            StatusCode::SERVICE_UNAVAILABLE
        );
        ops.ready.set();
        assert_eq!(status(&ops, Method::GET, "/healthz"), StatusCode::OK);
        assert_eq!(status(&ops, Method::GET, "/metrics"), StatusCode::OK);
        assert_eq!(
            status(&ops, Method::POST, "/metrics"),
            StatusCode::METHOD_NOT_ALLOWED
        );
        assert_eq!(status(&ops, Method::GET, "/config"), StatusCode::NOT_FOUND);
    }
}
