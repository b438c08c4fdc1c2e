//! Reading the config: the TOML file, then `SAATHI_<SECTION>__<KEY>` environment overrides
//! (`SAATHI_BOT__PASSWORD` overrides `bot.password`; a double underscore separates levels).
//! Only names with a double underscore are overrides: `SAATHI_CONFIG` selects the file, and any
//! other `SAATHI_*` variable (a deploy script's `SAATHI_VERSION`) is not the config's business
//! ([`ignored_env_vars`] names them for one warning at start).
//! Unknown keys are collected here, each named with where it came from, and reported together
//! with everything [`super::validate`] finds.

use std::fmt;
use std::path::Path;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use figment::value::Value;

use super::model::Config;
use super::raw::RawConfig;
use super::validate::{Problem, validate};

/// The config could not be used. Lists every problem found, each naming its key.
#[derive(Debug, thiserror::Error)]
pub struct ConfigError {
    pub file: String,
    pub problems: Vec<Problem>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} problem(s) in {}:", self.problems.len(), self.file)?;
        for p in &self.problems {
            writeln!(f, "  - {p}")?;
        }
        Ok(())
    }
}

/// The prefix of every variable that concerns Saathi.
const ENV_PREFIX: &str = "SAATHI_";
/// Separates the levels of an override's key; only names with it are overrides.
const ENV_SPLIT: &str = "__";
/// The variable that selects the config file (read by the command line, never a key).
pub const CONFIG_SELECTOR: &str = "SAATHI_CONFIG";

fn figment(path: &Path) -> Figment {
    let overrides = Env::prefixed(ENV_PREFIX)
        .filter(|k| k.as_str().contains(ENV_SPLIT))
        .split(ENV_SPLIT);
    Figment::from(Toml::file_exact(path)).merge(overrides)
}

/// The `SAATHI_*` variables among `vars` that are neither an override nor the file selector:
/// ignored, and worth one warning so a misspelt override (`SAATHI_BOT_PASSWORD`) is noticed.
pub fn ignored_env_vars(vars: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = vars
        .into_iter()
        .filter(|k| {
            k.starts_with(ENV_PREFIX) && !k.contains(ENV_SPLIT) && k.as_str() != CONFIG_SELECTOR
        })
        .collect();
    out.sort();
    out
}

/// `districts.0.stations.1.foo` → `districts[0].stations[1].foo`.
fn display_path(path: &serde_ignored::Path<'_>) -> String {
    let raw = path.to_string();
    let mut out = String::new();
    for part in raw.split('.').filter(|p| *p != "?") {
        if part.chars().all(|c| c.is_ascii_digit()) && !part.is_empty() {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(part);
        }
    }
    out
}

/// Load and validate the config at `path` with environment overrides.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let file = path.display().to_string();
    let fail = |problems| ConfigError {
        file: file.clone(),
        problems,
    };
    let fig = figment(path);
    let value: Value = fig.extract().map_err(|e| fail(figment_problems(e)))?;
    let mut value: Value = value;
    let mut problems = Vec::new();
    // A wrongly typed value stops serde at the first one; drop it and read again, so that
    // every type error (and then every other problem) is reported in one run.
    let raw: RawConfig = loop {
        let mut unknown = Vec::new();
        let attempt: Result<RawConfig, figment::Error> = serde_ignored::deserialize(&value, |p| {
            let key = display_path(&p);
            let source = fig
                .find_metadata(&p.to_string())
                .map(|m| m.name.to_string())
                .filter(|n| n.starts_with("`SAATHI_") || n.contains("environment"))
                .map(|n| format!(" (from {n})"))
                .unwrap_or_default();
            unknown.push(Problem {
                key,
                message: format!("unknown key{source}"),
            });
        });
        match attempt {
            Ok(raw) => {
                problems.extend(unknown);
                break raw;
            }
            Err(e)
                if !e.path.is_empty()
                    && problems.len() < 100
                    && remove_path(&mut value, &e.path) =>
            {
                problems.extend(figment_problems(e));
            }
            Err(e) => {
                problems.extend(figment_problems(e));
                return Err(fail(problems));
            }
        }
    };
    let base = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match validate(&raw, base) {
        Ok(cfg) if problems.is_empty() => Ok(cfg),
        Ok(_) => Err(fail(problems)),
        Err(more) => {
            problems.extend(more);
            Err(fail(problems))
        }
    }
}

/// Remove the value at `path` (keys and array indices); true if something was removed.
fn remove_path(value: &mut Value, path: &[String]) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let mut cur = value;
    for p in parents {
        cur = match cur {
            Value::Dict(_, d) => match d.get_mut(p) {
                Some(v) => v,
                None => return false,
            },
            Value::Array(_, a) => match p.parse::<usize>().ok().and_then(|i| a.get_mut(i)) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    match cur {
        Value::Dict(_, d) => d.remove(last).is_some(),
        // Replace rather than shift, so later indices in messages stay right.
        Value::Array(_, a) => match last.parse::<usize>().ok().and_then(|i| a.get_mut(i)) {
            Some(v) => {
                *v = Value::from(figment::value::Dict::new());
                true
            }
            None => false,
        },
        _ => false,
    }
}

fn figment_problems(e: figment::Error) -> Vec<Problem> {
    e.into_iter()
        .map(|e| Problem {
            key: if e.path.is_empty() {
                "(file)".to_string()
            } else {
                e.path.join(".")
            },
            message: e.kind.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(toml: &str) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, toml).unwrap();
        load(&path)
    }

    const GOOD: &str = r#"
[homeserver]
url = "http://127.0.0.1:8008"
[bot]
user_id = "@saathi:localhost"
password = "pw"
[[districts]]
slug = "d"
name_hi = "द"
name_en = "D"
"#;

    #[test]
    fn type_errors_unknown_keys_and_checks_come_together() {
        let bad = "homeserver = 5\n[bot]\nuser_id = \"x\"\npasword = \"a\"\n[[districts]]\nslug = \"A b\"\nstations = 3\n";
        let err = load_str(bad).unwrap_err();
        let keys: Vec<&str> = err.problems.iter().map(|p| p.key.as_str()).collect();
        for want in [
            "homeserver",
            "districts.0.stations",
            "bot.pasword",
            "bot.user_id",
            "districts[0].slug",
            "districts[0].name_hi",
        ] {
            assert!(keys.contains(&want), "{want} missing in {keys:?}");
        }
        assert!(err.to_string().contains("c.toml"), "names the file: {err}");
    }

    #[test]
    fn only_double_underscore_names_are_overrides() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let cases: [(&[&str], &[&str]); 5] = [
            (&["SAATHI_CONFIG"], &[]),
            (&["SAATHI_CONFIG", "SAATHI_BOT__PASSWORD"], &[]),
            (
                &["SAATHI_FOO", "SAATHI_BIN", "PATH"],
                &["SAATHI_BIN", "SAATHI_FOO"],
            ),
            (&["SAATHI_BOT__PASWORD"], &[]),
            (&["OTHER_SAATHI_X", "saathi_lower"], &[]),
        ];
        for (vars, want) in cases {
            assert_eq!(ignored_env_vars(names(vars)), names(want), "{vars:?}");
        }
    }

    #[test]
    fn a_good_file_loads() {
        let cfg = load_str(GOOD).unwrap();
        assert_eq!(cfg.districts[0].slug, "d");
    }
}
