//! The shell's side of the control socket.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::Duration;

use super::protocol::{Reply, Request, socket_path};

/// How long the shell waits for the bot's answer (a backup of a large store takes a while).
const ANSWER_TIMEOUT: Duration = Duration::from_secs(600);

pub enum Reached {
    Answered(Reply),
    /// No bot listens here: no socket, or one left by a bot that is gone.
    NotRunning,
}

/// Ask the bot whose data directory is `data_dir`.
pub fn call(data_dir: &Path, req: &Request) -> Result<Reached, String> {
    let path = socket_path(data_dir);
    let mut stream = match UnixStream::connect(&path) {
        Ok(s) => s,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused
            ) =>
        {
            return Ok(Reached::NotRunning);
        }
        Err(e) => return Err(format!("cannot reach the bot at {}: {e}", path.display())),
    };
    let _ = stream.set_read_timeout(Some(ANSWER_TIMEOUT));
    let mut line = serde_json::to_vec(req).map_err(|e| e.to_string())?;
    line.push(b'\n');
    stream
        .write_all(&line)
        .map_err(|e| format!("cannot send to the bot at {}: {e}", path.display()))?;
    let mut answer = String::new();
    BufReader::new(stream)
        .read_line(&mut answer)
        .map_err(|e| format!("no answer from the bot at {}: {e}", path.display()))?;
    if answer.is_empty() {
        return Err(format!(
            "the bot at {} closed the connection without answering",
            path.display()
        ));
    }
    serde_json::from_str(&answer)
        .map(Reached::Answered)
        .map_err(|e| format!("the bot's answer cannot be read ({e})"))
}
