//! The `saathi` command: parse the command line, load the config, call `saathi::app`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use saathi::config::{self, Config, LogFormat};
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
    /// is not). The bot must be stopped: its store allows one process.
    VerifyEvidence {
        file: PathBuf,
        /// `T-12`.
        task: String,
        /// The district's slug, when several districts have that task number.
        #[arg(long)]
        district: Option<String>,
    },
    /// What the bot's store holds: events handled, outbox pending and failed, open tickets and
    /// tasks, volunteers, blocks (the bot must be stopped: its store allows one process).
    Status,
    /// Write the bot's records to stdout (the bot must be stopped: its store allows one process).
    Export {
        what: ExportWhat,
        #[arg(long, value_enum, default_value = "csv")]
        format: saathi::export::Format,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportWhat {
    Volunteers,
    Audit,
    Tickets,
    Tasks,
    /// Anonymous tips, without the tipsters' identities.
    Tips,
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

/// The config and the bot's existing store, for a tool that reads it while the bot is stopped
/// (`status`, `export`, `verify-evidence`); exit 2 with the reason otherwise.
fn open_stopped_store(
    path: &std::path::Path,
    tool: &str,
) -> Result<(Config, saathi::store::sled_store::SledStore), ExitCode> {
    let cfg = load(path)?;
    match saathi::data_dir::open_existing_store(&cfg) {
        Ok(store) => Ok((cfg, store)),
        Err(e) => {
            eprintln!("saathi {tool}: {e} (is the bot running? stop it first)");
            Err(ExitCode::from(2))
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
        } => {
            let (cfg, store) = match open_stopped_store(&cli.config, "verify-evidence") {
                Ok(v) => v,
                Err(code) => return code,
            };
            let slugs: Vec<String> = cfg.districts.iter().map(|d| d.slug.clone()).collect();
            match saathi::evidence::verify(&store, &slugs, district.as_deref(), &file, &task) {
                Ok(v) => {
                    print!("{}", v.report);
                    if v.matches.is_empty() {
                        ExitCode::FAILURE
                    } else {
                        ExitCode::SUCCESS
                    }
                }
                Err(e) => {
                    eprintln!("saathi verify-evidence: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Status => {
            let (_, store) = match open_stopped_store(&cli.config, "status") {
                Ok(v) => v,
                Err(code) => return code,
            };
            match saathi::status::report(&store) {
                Ok(r) => {
                    print!("{r}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("saathi status: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Export { what, format } => {
            let (_, store) = match open_stopped_store(&cli.config, "export") {
                Ok(v) => v,
                Err(code) => return code,
            };
            let mut out = std::io::stdout().lock();
            let written = match what {
                ExportWhat::Volunteers => saathi::export::volunteers(&store, format, &mut out),
                ExportWhat::Audit => saathi::export::audit(&store, format, &mut out),
                ExportWhat::Tickets => saathi::export::tickets(&store, format, &mut out),
                ExportWhat::Tasks => saathi::export::tasks(&store, format, &mut out),
                ExportWhat::Tips => saathi::export::tips(&store, format, &mut out),
            };
            match written {
                Ok(n) => {
                    eprintln!("{n} records exported");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("saathi export: {e}");
                    ExitCode::FAILURE
                }
            }
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
