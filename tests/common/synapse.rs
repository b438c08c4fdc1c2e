//! A real Synapse for one test: installed from PyPI into a cached virtualenv
//! (`scripts/synapse-venv.sh`), SQLite, 127.0.0.1 on a free port, rate limits raised unless the
//! test asks for Synapse's defaults. Stopped (killed) when dropped.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use sha1::Sha1;

pub const SHARED_SECRET: &str = "saathi-test-shared-secret";

pub struct Synapse {
    pub dir: tempfile::TempDir,
    pub port: u16,
    child: Option<Child>,
}

fn python() -> &'static PathBuf {
    static PY: OnceLock<PathBuf> = OnceLock::new();
    PY.get_or_init(|| {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/synapse-venv.sh");
        let out = Command::new("bash")
            .arg(script)
            .stderr(Stdio::inherit())
            .output()
            .expect("run synapse-venv.sh");
        assert!(out.status.success(), "installing Synapse failed");
        PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
    })
}

/// A plain HTTP/1.0 GET that answers 200 (no client library needed before Synapse is up).
fn http_ok(port: u16, path: &str) -> bool {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if s.write_all(format!("GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").as_bytes())
        .is_err()
    {
        return false;
    }
    let mut buf = [0u8; 16];
    s.read(&mut buf).is_ok_and(|n| {
        buf[..n].starts_with(b"HTTP/1.1 200") || buf[..n].starts_with(b"HTTP/1.0 200")
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

const RAISED_LIMITS: &str = r#"
rc_message: {per_second: 1000, burst_count: 1000}
rc_registration: {per_second: 1000, burst_count: 1000}
rc_login:
  address: {per_second: 1000, burst_count: 1000}
  account: {per_second: 1000, burst_count: 1000}
  failed_attempts: {per_second: 1000, burst_count: 1000}
rc_joins:
  local: {per_second: 1000, burst_count: 1000}
  remote: {per_second: 1000, burst_count: 1000}
rc_joins_per_room: {per_second: 1000, burst_count: 1000}
rc_invites:
  per_room: {per_second: 1000, burst_count: 1000}
  per_user: {per_second: 1000, burst_count: 1000}
  per_issuer: {per_second: 1000, burst_count: 1000}
rc_room_creation: {per_second: 1000, burst_count: 1000}
rc_admin_redaction: {per_second: 1000, burst_count: 1000}
rc_key_requests: {per_second: 1000, burst_count: 1000}
rc_3pid_validation: {per_second: 1000, burst_count: 1000}
rc_media_create: {per_second: 1000, burst_count: 1000}
"#;

impl Synapse {
    /// Start a Synapse with raised rate limits.
    pub fn start() -> Synapse {
        Self::start_with(false)
    }

    /// `default_limits`: keep Synapse's own rate limits (logins stay raised so the harness can work).
    pub fn start_with(default_limits: bool) -> Synapse {
        let dir = tempfile::Builder::new()
            .prefix("saathi-synapse-")
            .tempdir()
            .unwrap();
        let port = free_port();
        let d = dir.path().display();
        let mut cfg = format!(
            r#"server_name: "localhost"
pid_file: "{d}/homeserver.pid"
listeners:
  - port: {port}
    tls: false
    type: http
    x_forwarded: false
    bind_addresses: ["127.0.0.1"]
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: "{d}/homeserver.db"
media_store_path: "{d}/media"
signing_key_path: "{d}/signing.key"
registration_shared_secret: "{SHARED_SECRET}"
macaroon_secret_key: "saathi-test-macaroon"
form_secret: "saathi-test-form"
report_stats: false
# Cheap password hashing: thousands of test users log in.
bcrypt_rounds: 4
trusted_key_servers: []
suppress_key_server_warning: true
enable_registration: false
"#
        );
        if default_limits {
            cfg.push_str("rc_login:\n  address: {per_second: 1000, burst_count: 1000}\n  account: {per_second: 1000, burst_count: 1000}\n");
        } else {
            cfg.push_str(RAISED_LIMITS);
        }
        let path = dir.path().join("homeserver.yaml");
        std::fs::write(&path, cfg).unwrap();
        let st = Command::new(python())
            .args(["-m", "synapse.app.homeserver", "-c"])
            .arg(&path)
            .arg("--generate-keys")
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(st.success(), "synapse --generate-keys failed");
        let mut s = Synapse {
            dir,
            port,
            child: None,
        };
        s.spawn();
        s
    }

    fn spawn(&mut self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join("synapse.log"))
            .unwrap();
        let child = Command::new(python())
            .args(["-m", "synapse.app.homeserver", "-c"])
            .arg(self.dir.path().join("homeserver.yaml"))
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        self.child = Some(child);
        self.wait_ready();
    }

    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(120);
        while Instant::now() < deadline {
            if let Some(c) = self.child.as_mut()
                && let Ok(Some(status)) = c.try_wait()
            {
                panic!("synapse exited with {status}; log: {}", self.log_tail());
            }
            if http_ok(self.port, "/_matrix/client/versions") {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("synapse did not start; log: {}", self.log_tail());
    }

    pub fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.dir.path().join("synapse.log")).unwrap_or_default();
        log.lines()
            .rev()
            .take(30)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Synapse's process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Synapse's log so far (requests included: `Processed request: … "PUT /…"`).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("synapse.log")).unwrap_or_default()
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Stop Synapse (SIGKILL) and keep its data.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Start it again on the same port and data.
    pub fn restart(&mut self) {
        self.stop();
        self.spawn();
    }

    /// Register a user through the shared-secret admin API.
    pub async fn register(&self, user: &str, password: &str, admin: bool) {
        let http = reqwest::Client::new();
        let url = format!("{}/_synapse/admin/v1/register", self.url());
        let nonce: serde_json::Value = http.get(&url).send().await.unwrap().json().await.unwrap();
        let nonce = nonce["nonce"].as_str().unwrap().to_string();
        let mut mac = Hmac::<Sha1>::new_from_slice(SHARED_SECRET.as_bytes()).unwrap();
        mac.update(
            format!(
                "{nonce}\0{user}\0{password}\0{}",
                if admin { "admin" } else { "notadmin" }
            )
            .as_bytes(),
        );
        let body = serde_json::json!({
            "nonce": nonce, "username": user, "password": password, "admin": admin,
            "mac": hex::encode(mac.finalize().into_bytes()),
        });
        let resp = http.post(&url).json(&body).send().await.unwrap();
        assert!(
            resp.status().is_success(),
            "register {user}: {}",
            resp.text().await.unwrap()
        );
    }
    /// Make `user` a server admin (through a throwaway admin account's admin API).
    pub async fn make_admin(&self, user: &str) {
        self.register("root", "root-password-1", true).await;
        let http = reqwest::Client::new();
        let login: serde_json::Value = http
            .post(format!("{}/_matrix/client/v3/login", self.url()))
            .json(&serde_json::json!({
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": "root"},
                "password": "root-password-1",
            }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let token = login["access_token"].as_str().expect("root logs in");
        let resp = http
            .put(format!("{}/_synapse/admin/v2/users/{user}", self.url()))
            .bearer_auth(token)
            .json(&serde_json::json!({ "admin": true }))
            .send()
            .await
            .unwrap();
        assert!(
            resp.status().is_success(),
            "make admin: {}",
            resp.text().await.unwrap()
        );
    }
}

impl Drop for Synapse {
    fn drop(&mut self) {
        self.stop();
    }
}
