//! `roundup serve`: a news desk in the browser and a JSON API over a durable embedded store.
//!
//! Articles are written to SQLite ([`store`]) and acknowledged only once committed; they then join
//! stories incrementally in memory ([`desk`], the stories library's grouper), whose cited
//! summaries are recomputed when a story changed. At start-up the stored placements show every
//! story at once, while a background thread rebuilds the grouper by replaying the stored articles
//! in order (writes wait for it; reads do not), so story ids stay stable across restarts. See the
//! README's "Serve" section for the API.

mod api;
pub mod desk;
pub mod html;
/// Headlines and outlets (the library's, shared with the CLI's source lists).
pub use roundup::headline;
mod import;
mod pages;
mod state;
pub mod store;

pub use import::{ImportCounts, Importer};
pub use state::{open, AppState, Shared, SAVE_GROUPER_EVERY};

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::extract::DefaultBodyLimit;
use axum::middleware;
use axum::routing::{get, post};
use axum::Router;

use api::*;
use pages::*;
/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// When set, writes need `Authorization: Bearer TOKEN`.
    pub token: Option<String>,
    /// Largest request body, bytes (larger gets 413).
    pub max_body: usize,
    /// Let URLs pasted into `/paste` reach loopback and private-network addresses (refused by
    /// default, so that the server cannot be used to reach into its own network).
    pub fetch_private: bool,
}

/// Most articles in one request.
pub const MAX_BATCH: usize = 1000;

/// The web app and API.
pub fn router(state: Shared, max_body: usize) -> Router {
    Router::new()
        .route("/", get(page_list))
        .route("/stories/{id}", get(page_story))
        .route("/articles/{id}", get(page_article))
        .route("/paste", get(page_paste).post(page_paste_submit))
        .route("/api/articles", post(api_add))
        .route("/api/articles/{id}", get(api_article))
        .route("/api/stories", get(api_stories))
        .route("/api/stories/{id}", get(api_story))
        .route("/api/summarize", post(api_summarize))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .fallback(fallback)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(middleware::from_fn(move |req, next| {
            too_large_as_error(req, next, max_body)
        }))
        .layer(middleware::from_fn_with_state(state.clone(), observe))
        .with_state(state)
}

/// Most articles one `/api/summarize` request or one `/paste` may give.
pub const SUMMARIZE_MAX_ARTICLES: usize = 100;
/// Most text (bytes, all articles together) one `/api/summarize` request or one `/paste` may give.
pub const SUMMARIZE_MAX_BYTES: usize = 2 << 20;
/// Most URLs one `/paste` may fetch.
pub const PASTE_MAX_URLS: usize = 10;
/// Longest one ad-hoc summary (`/api/summarize`, `/paste`) may take.
pub const SUMMARIZE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Waits for Ctrl-C (SIGINT) or, on Unix, SIGTERM (what systemd and container runtimes send).
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let term = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut s) => {
                    s.recv().await;
                }
                Err(e) => {
                    eprintln!("roundup: cannot listen for SIGTERM ({e}); stop with Ctrl-C");
                    std::future::pending::<()>().await
                }
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    eprintln!("roundup: shutting down: saving the placements and the grouper's state");
}

/// The warning for a server others can reach that takes writes from anyone.
pub fn open_to_writes_warning(addr: &SocketAddr, token: Option<&str>) -> Option<String> {
    (!addr.ip().is_loopback() && token.is_none()).then(|| {
        format!(
            "roundup: warning: listening on {addr}, which is not a loopback address, without --token: \
anyone who can reach it can add articles (set --token or ROUNDUP_TOKEN)"
        )
    })
}

/// Runs the server until Ctrl-C or SIGTERM (both save the state); prints the address it listens on.
pub fn run(config: Config) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    // the pipeline's pattern tables and shipped priors, built before the first article arrives
    roundup::pipeline::prepare(roundup::summarize::SummaryOptions::default().method);
    rt.block_on(async move {
        let state = open(&config)?;
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        if let Some(w) = open_to_writes_warning(&addr, config.token.as_deref()) {
            eprintln!("{w}");
        }
        {
            let d = state.desk.read();
            eprintln!(
                "roundup: serving {} articles in {} stories from {} on http://{addr}/",
                d.articles.len(),
                d.stories.len(),
                config.db.display()
            );
        }
        println!("listening on http://{addr}/");
        let app = router(state.clone(), config.max_body);
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await?;
        state.shut_down()?;
        Ok(())
    })
}
