//! Phase two of the config: check everything the user typed and build the typed [`Config`].
//! Every problem is collected (never stop at the first), each naming its key, so one run of
//! `saathi check-config` lists all of them.

use std::path::{Path, PathBuf};

use url::Url;

use super::model::{BotConfig, Config, Secret};
pub use super::problems::Problem;
use super::problems::Problems;
use super::raw::RawConfig;
use super::validate_options::{categories, greetings, log, rooms};
use crate::core::district::Lang;

/// Read a secret from a file named by the config, relative to the config file's folder.
/// A secret file anyone on the machine may read is refused (`chmod 600` it).
fn read_secret_file(base: &Path, file: &str) -> Result<Secret, String> {
    let path = base.join(file);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(&path)
            && meta.permissions().mode() & 0o004 != 0
        {
            return Err(format!(
                "{} is readable by every user of this machine; make it private: chmod 600 {}",
                path.display(),
                path.display()
            ));
        }
    }
    std::fs::read_to_string(&path)
        .map(|s| Secret::new(s.trim_end_matches(['\r', '\n'])))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Either the inline secret or the one in its `_file`; exactly one of the two.
fn secret(
    p: &mut Problems,
    base: &Path,
    key: &str,
    inline: &Option<String>,
    file: &Option<String>,
    required: bool,
) -> Option<Secret> {
    match (inline, file) {
        (Some(_), Some(_)) => {
            p.add(key, format!("give either {key} or {key}_file, not both"));
            None
        }
        (Some(s), None) => Some(Secret::new(s.clone())),
        (None, Some(f)) => read_secret_file(base, f)
            .map_err(|e| p.add(format!("{key}_file"), e))
            .ok(),
        (None, None) => {
            if required {
                p.add(key, format!("is required (or {key}_file)"));
            }
            None
        }
    }
}

/// Check the raw config. `base` is the config file's folder (relative paths start there).
pub fn validate(raw: &RawConfig, base: &Path) -> Result<Config, Vec<Problem>> {
    let mut p = Problems::default();
    let hs = raw.homeserver.as_ref();
    let homeserver_url = p
        .required("homeserver.url", &hs.and_then(|h| h.url.clone()))
        .and_then(|u| {
            Url::parse(&u)
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https"))
                .or_else(|| {
                    p.add("homeserver.url", format!("\"{u}\" is not an http(s) URL"));
                    None
                })
        });

    let bot = raw.bot.as_ref();
    let bot_user = p
        .required("bot.user_id", &bot.and_then(|b| b.user_id.clone()))
        .and_then(|u| p.user_id("bot.user_id", &u));
    let password = secret(
        &mut p,
        base,
        "bot.password",
        &bot.and_then(|b| b.password.clone()),
        &bot.and_then(|b| b.password_file.clone()),
        true,
    );
    let prefix = bot
        .and_then(|b| b.command_prefix.clone())
        .unwrap_or_else(|| "!".into());
    if prefix.is_empty() || prefix.chars().any(char::is_whitespace) {
        p.add("bot.command_prefix", "must be non-empty and without spaces");
    }
    let mut peers = Vec::new();
    for (i, v) in bot
        .and_then(|b| b.peers.clone())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let key = format!("bot.peers[{i}]");
        if let Some(u) = p.user_id(&key, v) {
            if bot_user.as_ref() == Some(&u) {
                p.add(
                    &key,
                    "is this bot itself; list the other instances' bot accounts",
                );
            } else {
                peers.push(u);
            }
        }
    }

    let storage = raw.storage.as_ref();
    let data_dir = storage
        .and_then(|s| s.data_dir.clone())
        .unwrap_or_else(|| "data".into());
    let store_passphrase = secret(
        &mut p,
        base,
        "storage.store_passphrase",
        &storage.and_then(|s| s.store_passphrase.clone()),
        &storage.and_then(|s| s.store_passphrase_file.clone()),
        false,
    );

    let server_name = hs.and_then(|h| h.server_name.clone()).or_else(|| {
        bot_user
            .as_ref()
            .map(|u| u[u.find(':').map_or(0, |i| i + 1)..].to_string())
    });
    let default_lang = p.lang("language", &raw.language, Lang::Hi);
    let rooms = rooms(&mut p, raw.rooms.as_ref());
    let log = log(&mut p, raw);
    let categories = categories(&mut p, raw);
    let (greetings, district_greetings) = greetings(&mut p, raw, base);
    let rules = super::validate_moderation::rules(&mut p, raw);
    let utc_offset_min = super::validate_moderation::utc_offset(&mut p, raw);
    let emergency = super::validate_moderation::emergency(&mut p, raw);
    let reports = super::validate_moderation::reports(&mut p, raw);
    let rumours = super::validate_moderation::rumours(&mut p, raw);
    let digest_at_min = super::validate_moderation::digest(&mut p, raw);
    let metrics_listen = match raw.metrics.as_ref().and_then(|m| m.listen.as_deref()) {
        None => None,
        Some(v) => match v.parse() {
            Ok(addr) => Some(addr),
            Err(_) => {
                p.add(
                    "metrics.listen",
                    format!("\"{v}\" is not an address like 127.0.0.1:9464"),
                );
                None
            }
        },
    };
    let subscribe: Vec<String> = raw
        .blocklist
        .as_ref()
        .and_then(|b| b.subscribe.clone())
        .unwrap_or_default();
    for (i, s) in subscribe.iter().enumerate() {
        let is_room = s.starts_with('!') || (s.starts_with('#') && s.contains(':'));
        if !is_room {
            p.add(
                format!("blocklist.subscribe[{i}]"),
                format!("\"{s}\" is not a room alias (#name:server) or room id (!id)"),
            );
        }
    }
    let districts =
        super::validate_districts::districts(&mut p, &raw.districts, default_lang, &rooms.aliases);

    if !p.0.is_empty() {
        return Err(p.0);
    }
    // Every `None` above added a problem, so these are present when there were none.
    let (Some(homeserver_url), Some(user_id), Some(password), Some(server_name)) =
        (homeserver_url, bot_user, password, server_name)
    else {
        return Err(vec![Problem {
            key: "config".into(),
            message: "incomplete".into(),
        }]);
    };
    let localpart = user_id[1..user_id.find(':').unwrap_or(user_id.len())].to_string();
    let avatar_file = bot
        .and_then(|b| b.avatar_file.as_deref())
        .map(|f| base.join(f));
    if let Some(f) = &avatar_file
        && !f.is_file()
    {
        return Err(vec![Problem {
            key: "bot.avatar_file".into(),
            message: format!("cannot read {}", f.display()),
        }]);
    }
    Ok(Config {
        homeserver_url,
        server_name,
        bot: BotConfig {
            user_id,
            localpart,
            password,
            device_name: bot
                .and_then(|b| b.device_name.clone())
                .unwrap_or_else(|| "Saathi bot".into()),
            display_name: bot
                .and_then(|b| b.display_name.clone())
                .unwrap_or_else(|| "साथी Saathi".into()),
            avatar_file,
            command_prefix: prefix,
            peers,
        },
        data_dir: base.join(PathBuf::from(data_dir)),
        store_passphrase,
        rooms,
        log,
        remind_after: std::time::Duration::from_secs(
            3600 * raw
                .vetting
                .as_ref()
                .and_then(|v| v.remind_after_hours)
                .unwrap_or(24),
        ),
        subscribe,
        greetings,
        district_greetings,
        emergency,
        reports,
        rumours,
        digest_at_min,
        metrics_listen,
        rules,
        utc_offset_min,
        categories,
        districts,
    })
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
