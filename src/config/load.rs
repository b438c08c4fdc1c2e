//! Reading the config: the TOML file, then `SAATHI_*` environment overrides
//! (`SAATHI_BOT__PASSWORD` overrides `bot.password`; a double underscore separates levels).
//! Unknown keys are collected here, each named with where it came from, and reported together
//! with everything [`super::validate`] finds.

use std::fmt;
use std::path::Path;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use figment::value::Value;

use super::Config;
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

fn figment(path: &Path) -> Figment {
    Figment::from(Toml::file_exact(path)).merge(Env::prefixed("SAATHI_").split("__"))
}

/// `districts.0.stations.1.foo` → `districts[0].stations[1].foo`.
fn display_path(path: &serde_ignored::Path<'_>) -> String {
    let raw = path.to_string();
    let mut out = String::new();
    for part in raw.split('.') {
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
    let fail = |problems| ConfigError { file: file.clone(), problems };
    let fig = figment(path);
    let value: Value = fig.extract().map_err(|e| fail(figment_problems(e)))?;
    let mut problems = Vec::new();
    let raw: RawConfig = serde_ignored::deserialize(&value, |p| {
        let key = display_path(&p);
        let source = fig
            .find_metadata(&p.to_string())
            .map(|m| m.name.to_string())
            .filter(|n| n.starts_with("`SAATHI_") || n.contains("environment"))
            .map(|n| format!(" (from {n})"))
            .unwrap_or_default();
        problems.push(Problem { key, message: format!("unknown key{source}") });
    })
    .map_err(|e| fail(figment_problems(e)))?;
    let base = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    match validate(&raw, base) {
        Ok(cfg) if problems.is_empty() => Ok(cfg),
        Ok(_) => Err(fail(problems)),
        Err(more) => {
            problems.extend(more);
            Err(fail(problems))
        }
    }
}

fn figment_problems(e: figment::Error) -> Vec<Problem> {
    e.into_iter()
        .map(|e| Problem {
            key: if e.path.is_empty() { "(file)".to_string() } else { e.path.join(".") },
            message: e.kind.to_string(),
        })
        .collect()
}
