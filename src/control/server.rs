//! The running bot's side of the control socket.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{UnixListener, UnixStream};
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use super::answer::{Served, answer};
use super::protocol::{Reply, Request};

/// A request line longer than this is refused (requests are a few hundred bytes).
const MAX_REQUEST: u64 = 64 * 1024;
/// How long a connected peer may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Bind the socket at `path` so that only the bot's user can connect: bound under a temporary
/// name, made 0600, then renamed into place (never reachable with wider rights). A socket left
/// by a bot that died is replaced (sled's lock has already said no other bot runs here).
fn bind(path: &Path) -> std::io::Result<UnixListener> {
    let tmp = path.with_extension(format!("sock.{}", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let listener = UnixListener::bind(&tmp)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(listener)
}

/// Serve until `cancel`; the socket file is removed on the way out.
pub async fn serve(path: PathBuf, served: Arc<Served>, cancel: CancellationToken) {
    let listener = match bind(&path) {
        Ok(l) => l,
        Err(e) => {
            warn!(socket = %path.display(), error = %e, "cannot open the control socket: `saathi status`, `export` and `backup` will not work while the bot runs");
            return;
        }
    };
    info!(socket = %path.display(), "control socket ready");
    loop {
        tokio::select! {
            _ = cancel.cancelled() => break,
            conn = listener.accept() => match conn {
                Ok((stream, _)) => {
                    let served = served.clone();
                    tokio::spawn(async move { connection(stream, served).await });
                }
                Err(e) => {
                    warn!(error = %e, "control socket: accept failed");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            },
        }
    }
    let _ = std::fs::remove_file(&path);
}

/// The peer must run as the bot's user (or root): the socket's mode says so already; this
/// holds even where the data directory's rights were widened by hand.
fn peer_allowed(stream: &UnixStream) -> bool {
    match stream.peer_cred() {
        Ok(cred) => {
            // SAFETY: geteuid has no preconditions and cannot fail.
            let me = unsafe { libc::geteuid() };
            cred.uid() == me || cred.uid() == 0
        }
        Err(_) => false,
    }
}

async fn connection(mut stream: UnixStream, served: Arc<Served>) {
    let reply = if !peer_allowed(&stream) {
        warn!("control socket: a peer of another user was refused");
        Reply::failed(2, "control", "refused: not the bot's user")
    } else {
        match read_request(&mut stream).await {
            Ok(req) => {
                let tool = req.tool();
                info!(tool, "control socket request");
                let s = served.clone();
                match tokio::task::spawn_blocking(move || answer(&s, &req)).await {
                    Ok(r) => r,
                    Err(e) => Reply::failed(2, tool, format!("the bot failed to answer: {e}")),
                }
            }
            Err(why) => Reply::failed(2, "control", why),
        }
    };
    let mut line = serde_json::to_vec(&reply).unwrap_or_default();
    line.push(b'\n');
    if let Err(e) = stream.write_all(&line).await {
        warn!(error = %e, "control socket: the reply could not be written");
    }
    let _ = stream.shutdown().await;
}

async fn read_request(stream: &mut UnixStream) -> Result<Request, String> {
    let mut line = String::new();
    let mut reader = BufReader::new(stream.take(MAX_REQUEST));
    match tokio::time::timeout(READ_TIMEOUT, reader.read_line(&mut line)).await {
        Err(_) => return Err("no request within 10 s".into()),
        Ok(Err(e)) => return Err(format!("cannot read the request: {e}")),
        Ok(Ok(_)) => {}
    }
    if !line.ends_with('\n') {
        return Err("the request is not one JSON line of at most 64 KiB".into());
    }
    serde_json::from_str(&line).map_err(|e| format!("not a request this bot understands ({e}): are the bot and this command the same version?"))
}
