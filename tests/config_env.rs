//! Choosing the config through the environment, as containers and systemd units do: the table
//! of environment cases through `saathi check-config` and through `saathi run`'s config loading
//! (the real binary, so the variables are the process's own).
//!
//! `SAATHI_CONFIG` selects the file and is never a key; `SAATHI_<SECTION>__<KEY>` overrides a
//! key (a misspelt one is an error naming it); any other `SAATHI_*` is ignored with a warning.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

fn example_config() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config.example.toml")
}

/// `saathi <args>` with only `vars` of the environment's `SAATHI_*` (the test's own are dropped).
fn saathi(args: &[&str], vars: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_saathi"));
    for (k, _) in std::env::vars() {
        if k.starts_with("SAATHI_") {
            cmd.env_remove(k);
        }
    }
    cmd.args(args).envs(vars.iter().copied());
    cmd
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

struct Case {
    name: &'static str,
    vars: Vec<(&'static str, String)>,
    ok: bool,
    /// Must appear on stderr (or stdout, for a good config).
    says: &'static [&'static str],
    /// Must not appear on stderr.
    never: &'static [&'static str],
}

fn cases() -> Vec<Case> {
    let cfg = example_config().display().to_string();
    vec![
        Case {
            name: "selector alone",
            vars: vec![("SAATHI_CONFIG", cfg.clone())],
            ok: true,
            says: &["OK"],
            never: &["unknown key", "warning"],
        },
        Case {
            name: "selector + override",
            vars: vec![
                ("SAATHI_CONFIG", cfg.clone()),
                ("SAATHI_BOT__DEVICE_NAME", "Saathi east".into()),
            ],
            ok: true,
            says: &["OK"],
            never: &["unknown key", "warning"],
        },
        Case {
            name: "selector + override with a bad value (the override is read)",
            vars: vec![
                ("SAATHI_CONFIG", cfg.clone()),
                ("SAATHI_BOT__USER_ID", "not-a-user".into()),
            ],
            ok: false,
            says: &["bot.user_id"],
            never: &["unknown key"],
        },
        Case {
            name: "an unrelated SAATHI_FOO",
            vars: vec![("SAATHI_CONFIG", cfg.clone()), ("SAATHI_FOO", "1".into())],
            ok: true,
            says: &["warning: ignoring environment variable SAATHI_FOO", "OK"],
            never: &["unknown key"],
        },
        Case {
            name: "a misspelt override",
            vars: vec![
                ("SAATHI_CONFIG", cfg.clone()),
                ("SAATHI_BOT__PASWORD", "x".into()),
            ],
            ok: false,
            says: &["bot.pasword", "unknown key"],
            never: &["warning"],
        },
    ]
}

#[test]
fn check_config_reads_the_environment_table() {
    for c in cases() {
        let vars: Vec<(&str, &str)> = c.vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let out: Output = saathi(&["check-config"], &vars).output().unwrap();
        let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.success(), c.ok, "{}: {all}", c.name);
        if !c.ok {
            assert_eq!(out.status.code(), Some(2), "{}: {all}", c.name);
        }
        for s in c.says {
            assert!(all.contains(s), "{}: wants {s:?} in {all}", c.name);
        }
        for s in c.never {
            assert!(!text(&out.stderr).contains(s), "{}: {s:?} in {all}", c.name);
        }
    }
}

/// `saathi run` loads the config the same way: a bad case exits 2 naming the key before it
/// touches the network; a good one gets past loading (it then looks for a homeserver that is
/// not there, which shows the config was accepted) and is stopped.
#[test]
fn run_loads_the_config_the_same_way() {
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().display().to_string();
    for c in cases() {
        let mut vars: Vec<(&str, &str)> = c.vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
        vars.push(("SAATHI_STORAGE__DATA_DIR", &data_dir));
        // A port nothing listens on: the bot retries there, harmlessly.
        vars.push(("SAATHI_HOMESERVER__URL", "http://127.0.0.1:9"));
        let mut child = saathi(&["run"], &vars)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut seen = String::new();
        // Past config loading, the first thing `run` does is reach the homeserver.
        let past_loading = |s: &str| s.contains("homeserver") || s.contains("127.0.0.1:9");
        while let Ok(line) = rx.recv_timeout(Duration::from_secs(60)) {
            seen.push_str(&line);
            seen.push('\n');
            if c.ok && past_loading(&line) {
                break;
            }
        }
        let _ = child.kill();
        let status = child.wait().unwrap();
        if c.ok {
            assert!(
                past_loading(&seen),
                "{}: run did not get past loading: {seen}",
                c.name
            );
        } else {
            assert_eq!(status.code(), Some(2), "{}: {seen}", c.name);
        }
        for s in c.says.iter().filter(|s| **s != "OK") {
            assert!(seen.contains(s), "{}: wants {s:?} in {seen}", c.name);
        }
        for s in c.never {
            assert!(!seen.contains(s), "{}: {s:?} in {seen}", c.name);
        }
    }
}
