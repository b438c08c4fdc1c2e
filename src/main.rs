//! The `saathi` command: parse the command line, load the config, call `saathi::app`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use saathi::config::{self, Config, LogFormat};
use saathi::control::Request;
use saathi::matrix::inbound::sync::Readiness;
use tokio_util::sync::CancellationToken;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "saathi",
    version,
    about = "Saathi: a Matrix bot for a police district's police–public network"
)]
struct Cli {
    /// The config file (TOML). Environment variables SAATHI_<SECTION>__<KEY> override it.
    #[arg(
        short,
        long,
        env = "SAATHI_CONFIG",
        default_value = "config.toml",
        global = true
    )]
    config: PathBuf,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the bot (the default).
    Run {
        /// Begin with an empty store although this bot account had one before (it refuses
        /// otherwise: an empty data directory is usually a wrong volume, not a new start).
        #[arg(long)]
        new_store: bool,
    },
    /// Create or adopt the rooms of every district and apply the config to them.
    Provision,
    /// Check a config file and list every problem in it.
    CheckConfig {
        /// The file to check (defaults to --config).
        file: Option<PathBuf>,
    },
    /// Run the moderation rules over sample messages (a file, or stdin), offline.
    Explain {
        /// One message per line, or JSON lines {"text", "role", "sender", "ts", "joined",
        /// "mentions"}; `-` for stdin. Uses the first district's rules.
        #[arg(default_value = "-")]
        file: PathBuf,
        /// Pictures instead: one JSON line per file {"file", "ocr", "rules", "action"}.
        #[arg(long, num_args = 1.., value_name = "FILE")]
        image: Vec<PathBuf>,
    },
    /// Would rumour control take two items (texts or pictures) for the same content? JSON
    /// lines {"a": {"text"}|{"file"}, "b": …} in, {"similarity", "same"} out.
    Similar {
        #[arg(long, value_name = "FILE")]
        pairs: PathBuf,
    },
    /// Check that a downloaded file is the evidence recorded for a task (exit 0: it is; 1: it
    /// is not). Asks the running bot, or reads the store when the bot is stopped.
    VerifyEvidence {
        file: PathBuf,
        /// `T-12`.
        task: String,
        /// The district's slug, when several districts have that task number.
        #[arg(long)]
        district: Option<String>,
    },
    /// What the bot's store holds: events handled, outbox pending and failed, open tickets and
    /// tasks, volunteers, blocks (asks the running bot, or reads the store when it is stopped).
    Status,
    /// Write the bot's records to stdout (asks the running bot, or reads the store when it is
    /// stopped).
    Export {
        what: saathi::export::What,
        #[arg(long, value_enum, default_value = "csv")]
        format: saathi::export::Format,
        /// Records from this day on (YYYY-MM-DD, the district's local time).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// One station's records (its slug).
        #[arg(long)]
        station: Option<String>,
        /// One district's records (its slug).
        #[arg(long)]
        district: Option<String>,
    },
    /// Copy the bot's data directory into DIR (new or empty), consistently, while the bot runs
    /// (or while it is stopped).
    Backup { dir: PathBuf },
    /// Put a backup made by `saathi backup` into the config's data directory, which must hold
    /// no bot data. The bot must be stopped.
    Restore { dir: PathBuf },
}

fn init_logging(cfg: &Config) {
    // matrix-sdk logs every failed request at ERROR (expected 404s included) and its sync
    // internals at INFO with very long fields: ops see Saathi's own log and the SDK's warnings.
    let default = format!(
        "{},matrix_sdk=warn,matrix_sdk_base=warn,matrix_sdk_crypto=warn,matrix_sdk_crypto::backups=error,matrix_sdk_crypto::identities=error,matrix_sdk::http_client=off",
        cfg.log.level
    );
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match cfg.log.format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

/// A command the running bot answers (or the store, when it is stopped).
fn tool(path: &std::path::Path, make: impl FnOnce(&Config) -> Result<Request, String>) -> ExitCode {
    let cfg = match load(path) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match make(&cfg) {
        Ok(req) => ExitCode::from(saathi::control::run_tool(&cfg, req)),
        Err(why) => {
            eprintln!("{why}");
            ExitCode::from(2)
        }
    }
}

fn load(path: &std::path::Path) -> Result<Config, ExitCode> {
    // Logging is not set up yet (its settings are in the config): stderr, like config errors.
    for name in config::load::ignored_env_vars(
        std::env::vars_os().filter_map(|(k, _)| k.into_string().ok()),
    ) {
        eprintln!(
            "warning: ignoring environment variable {name}: config overrides are SAATHI_<SECTION>__<KEY> (e.g. SAATHI_BOT__PASSWORD), and {} selects the file",
            config::load::CONFIG_SELECTOR
        );
    }
    config::load(path).map_err(|e| {
        eprint!("{e}");
        ExitCode::from(2)
    })
}

fn shutdown_on_signals() -> CancellationToken {
    let token = CancellationToken::new();
    let t = token.clone();
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            match signal(SignalKind::terminate()) {
                Ok(mut term) => {
                    tokio::select! {
                        _ = term.recv() => {}
                        _ = tokio::signal::ctrl_c() => {}
                    }
                }
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        t.cancel();
    });
    token
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Run { new_store: false }) {
        Command::CheckConfig { file } => {
            let path = file.unwrap_or(cli.config);
            match load(&path) {
                Ok(cfg) => {
                    let stations: usize = cfg.districts.iter().map(|d| d.stations.len()).sum();
                    println!(
                        "{}: OK — {} district(s), {stations} station(s), {} rooms",
                        path.display(),
                        cfg.districts.len(),
                        saathi::matrix::places_by_alias(&cfg).len()
                    );
                    if cfg.reports.homeserver_reports {
                        println!(
                            "reports.homeserver_reports: the bot account {} must be a server admin to read the homeserver's event reports; `saathi run` checks it at start and says so in its log",
                            cfg.bot.user_id
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(code) => code,
            }
        }
        Command::Provision => {
            let cfg = match load(&cli.config) {
                Ok(c) => c,
                Err(code) => return code,
            };
            init_logging(&cfg);
            // A closed stdout (e.g. piped into `head`) must not abort provisioning half-way.
            let mut out = |line: &str| {
                use std::io::Write;
                let _ = writeln!(std::io::stdout(), "{line}");
            };
            match saathi::app::provision(&cfg, &mut out).await {
                Ok(s) if s.is_noop() => {
                    println!(
                        "Nothing to change: all {} rooms are as configured.",
                        s.rooms
                    );
                    ExitCode::SUCCESS
                }
                Ok(s) => {
                    println!(
                        "Done: {} rooms ({} created, {} adopted, {} existing rooms changed), {} state changes, {} invites, {} warnings.",
                        s.rooms,
                        s.created,
                        s.adopted,
                        s.rooms_changed,
                        s.state_changes,
                        s.invites,
                        s.warnings.len()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("provisioning failed: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::VerifyEvidence {
            file,
            task,
            district,
        } => tool(&cli.config, |_| {
            let file = saathi::evidence::FileHash::of(&file)
                .map_err(|e| format!("saathi verify-evidence: {e}"))?;
            Ok(Request::VerifyEvidence {
                file,
                task,
                district,
            })
        }),
        Command::Status => tool(&cli.config, |_| Ok(Request::Status)),
        Command::Export {
            what,
            format,
            since,
            station,
            district,
        } => tool(&cli.config, |cfg| {
            let since_ms = match since {
                None => None,
                Some(day) => Some(
                    saathi::core::time::local_day_start_ms(&day, cfg.utc_offset_min).ok_or_else(
                        || format!("saathi export: --since {day:?} is not a date like 2026-11-01"),
                    )?,
                ),
            };
            let filter = saathi::export::Filter {
                district,
                station,
                since_ms,
            };
            Ok(Request::Export {
                what,
                format,
                filter,
            })
        }),
        Command::Backup { dir } => tool(&cli.config, |_| {
            let dir = std::path::absolute(&dir)
                .map_err(|e| format!("saathi backup: {}: {e}", dir.display()))?;
            Ok(Request::Backup { dir })
        }),
        Command::Restore { dir } => {
            let cfg = match load(&cli.config) {
                Ok(c) => c,
                Err(code) => return code,
            };
            restore(&cfg, &dir)
        }
        Command::Similar { pairs } => {
            let cfg = match load(&cli.config) {
                Ok(c) => c,
                Err(code) => return code,
            };
            similar(&cfg, &pairs)
        }
        Command::Explain { image, .. } if !image.is_empty() => {
            let cfg = match load(&cli.config) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let dir = saathi::app::directory(&cfg);
            let Some(district) = dir.districts.first().map(|d| d.slug.clone()) else {
                eprintln!("saathi explain: the config has no district");
                return ExitCode::FAILURE;
            };
            let out = &mut std::io::stdout().lock();
            match saathi::picture::explain::run(&dir, &district, &image, out) {
                Ok(_) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("saathi explain: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Explain { file, .. } => {
            let cfg = match load(&cli.config) {
                Ok(c) => c,
                Err(code) => return code,
            };
            let mut input: Box<dyn std::io::BufRead> = if file.as_os_str() == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                match std::fs::File::open(&file) {
                    Ok(f) => Box::new(std::io::BufReader::new(f)),
                    Err(e) => {
                        eprintln!("saathi explain: cannot read {}: {e}", file.display());
                        return ExitCode::FAILURE;
                    }
                }
            };
            let base = saathi::app::directory(&cfg);
            let Some(district) = base.districts.first() else {
                eprintln!("saathi explain: the config has no district");
                return ExitCode::FAILURE;
            };
            let dir = saathi::explain::directory(&base, district);
            match saathi::explain::run(&dir, &mut input, &mut std::io::stdout().lock()) {
                Ok(_) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("saathi explain: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Run { new_store } => {
            let cfg = match load(&cli.config) {
                Ok(c) => c,
                Err(code) => return code,
            };
            init_logging(&cfg);
            match run(cfg, saathi::app::RunOptions { new_store }).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("saathi: {e:#}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

async fn run(cfg: Config, opts: saathi::app::RunOptions) -> anyhow::Result<()> {
    let shutdown = shutdown_on_signals();
    saathi::app::run(cfg, opts, shutdown, Arc::new(Readiness::default()))
        .await
        .context("the bot stopped with an error")
}

/// `saathi similar --pairs FILE` (`-`: stdin); relative picture paths are the file's.
fn similar(cfg: &Config, pairs: &std::path::Path) -> ExitCode {
    let (mut input, base): (Box<dyn std::io::BufRead>, PathBuf) = if pairs.as_os_str() == "-" {
        (Box::new(std::io::stdin().lock()), PathBuf::from("."))
    } else {
        match std::fs::File::open(pairs) {
            Ok(f) => (
                Box::new(std::io::BufReader::new(f)),
                pairs.parent().map(PathBuf::from).unwrap_or_default(),
            ),
            Err(e) => {
                eprintln!("saathi similar: cannot read {}: {e}", pairs.display());
                return ExitCode::FAILURE;
            }
        }
    };
    let dir = saathi::app::directory(cfg);
    let greetings = dir.districts.first().and_then(|d| dir.lexicon_of(&d.slug));
    match saathi::picture::similar::run(greetings, &mut input, &base, &mut std::io::stdout().lock())
    {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("saathi similar: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `saathi restore DIR`: refused while a bot answers on the data directory's control socket.
fn restore(cfg: &Config, dir: &std::path::Path) -> ExitCode {
    if let Ok(saathi::control::client::Reached::Answered(_)) =
        saathi::control::client::call(&cfg.data_dir, &Request::Status)
    {
        eprintln!(
            "saathi restore: the bot is running on {}: stop it first",
            cfg.data_dir.display()
        );
        return ExitCode::from(2);
    }
    match saathi::backup::restore(cfg, dir) {
        Ok(m) => {
            println!(
                "restored into {}: {}",
                cfg.data_dir.display(),
                m.summary(dir)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("saathi restore: {e}");
            ExitCode::from(2)
        }
    }
}
