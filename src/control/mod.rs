//! The control socket: `saathi status`, `export`, `verify-evidence` and `backup` from the shell
//! while the bot runs. sled admits one process, so the shell asks the running bot, which holds
//! the store, over a Unix socket in the data directory (`control.sock`, mode 0600, and a peer
//! whose uid is not the bot's is refused). With the bot stopped the same requests are answered
//! by opening the store directly: one [`answer`] for both, so the output and exit codes are
//! the same either way.

mod answer;
pub mod client;
mod protocol;
pub mod server;
mod tool;

pub use answer::{Served, answer};
pub use protocol::{Reply, Request, socket_path};
pub use tool::run_tool;

#[cfg(test)]
mod tests;
