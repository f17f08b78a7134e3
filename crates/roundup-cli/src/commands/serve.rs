//! `roundup serve`: the web app and JSON API over an embedded store (crate `roundup-server`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The store: an SQLite file, created when missing.
    #[arg(long, value_name = "PATH", default_value = "roundup.db")]
    pub db: PathBuf,
    /// Address to listen on (loopback by default).
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Require `Authorization: Bearer TOKEN` on every write.
    #[arg(long, value_name = "TOKEN", env = "ROUNDUP_TOKEN")]
    pub token: Option<String>,
    /// Largest request body in bytes (larger gets 413).
    #[arg(long, value_name = "BYTES", default_value_t = 8 * 1024 * 1024)]
    pub max_body: usize,
    /// Let URLs pasted into the /paste page reach loopback and private-network addresses. Off by
    /// default: the server refuses them, so that it cannot be used to reach into its own network.
    #[arg(long)]
    pub fetch_private: bool,
}

pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    roundup_server::run(roundup_server::Config {
        db: args.db,
        addr: args.addr,
        token: args.token.filter(|t| !t.is_empty()),
        max_body: args.max_body,
        fetch_private: args.fetch_private,
    })?;
    Ok(ExitCode::SUCCESS)
}
