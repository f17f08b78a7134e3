//! `roundup serve`: a news desk in the browser and a JSON API over a durable embedded store.
//!
//! Articles are written to SQLite ([`store`]) and acknowledged only once committed; they then join
//! stories incrementally in memory ([`desk`], the stories library's grouper), whose cited
//! summaries are recomputed when a story changed. At start-up the stored placements show every
//! story at once, while a background thread rebuilds the grouper by replaying the stored articles
//! in order (writes wait for it; reads do not), so story ids stay stable across restarts. See the
//! README's "Serve" section for the API.

pub mod desk;
pub mod html;
pub mod store;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use parking_lot::{Condvar, Mutex, RwLock};
use roundup::render::summary_json;
use roundup::stories::StoryGrouper;
use roundup::Article;
use serde::Deserialize;
use serde_json::{json, Value};

use desk::{Desk, Sort, StoryEntry, StoryView, REFRESH_AFTER};
use store::{Placement, Store};

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

#[derive(Default)]
struct Metrics {
    requests: AtomicU64,
    status_2xx: AtomicU64,
    status_4xx: AtomicU64,
    status_5xx: AtomicU64,
    articles_added: AtomicU64,
    summaries_computed: AtomicU64,
    latency_us_total: AtomicU64,
}

pub struct AppState {
    /// The connection that writes.
    store: Mutex<Store>,
    /// A second connection for reading article texts, so reads never wait behind a write.
    reader: Mutex<Store>,
    desk: RwLock<Desk>,
    views: Mutex<HashMap<String, Arc<StoryView>>>,
    token: Option<String>,
    fetch_private: bool,
    metrics: Metrics,
    started: Instant,
    /// Placements not yet stored: they are committed with the next write (or at shutdown).
    pending: Mutex<Vec<Placement>>,
    /// The store's path (the grouper's state is saved beside it).
    db: PathBuf,
    /// How the grouper was rebuilt at start-up.
    grouper_origin: Mutex<GrouperOrigin>,
    /// The last article covered by the saved grouper state.
    grouper_saved_at: std::sync::atomic::AtomicI64,
    /// Whether the store was checked and the grouper rebuilt; writes wait for it.
    startup: Mutex<Startup>,
    started_up: Condvar,
}

/// Where the grouper of a running server came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GrouperOrigin {
    /// An empty store.
    New,
    /// The saved state, given the articles stored after it.
    Resumed,
    /// Every stored article replayed.
    Replayed,
}

impl GrouperOrigin {
    fn name(self) -> &'static str {
        match self {
            GrouperOrigin::New => "new",
            GrouperOrigin::Resumed => "resumed",
            GrouperOrigin::Replayed => "replayed",
        }
    }
}

/// What the background start-up work has done.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Startup {
    /// Checking the store and replaying its articles into the grouper.
    Replaying,
    Ready,
    /// The store failed its check or could not be read: reads go on, writes are refused.
    Failed(String),
}

pub type Shared = Arc<AppState>;

/// Opens the store and shows its stories. When every stored article has a stored placement, the
/// desk is built from them at once, and the store's integrity check and the grouper's rebuild run
/// in the background (writes wait for them); otherwise (a store from older code, or a crash before
/// the last placements were stored) both happen first and the placements are stored.
pub fn open(config: &Config) -> anyhow::Result<Shared> {
    let store = Store::open(&config.db)?;
    let (desk, complete) = Desk::from_placements(store.all_without_text()?);
    let replay = complete && !desk.articles.is_empty();
    let state = Arc::new(AppState {
        store: Mutex::new(store),
        reader: Mutex::new(Store::open(&config.db)?),
        desk: RwLock::new(desk),
        views: Mutex::new(HashMap::new()),
        token: config.token.clone(),
        fetch_private: config.fetch_private,
        metrics: Metrics::default(),
        started: Instant::now(),
        pending: Mutex::new(Vec::new()),
        db: config.db.clone(),
        grouper_saved_at: std::sync::atomic::AtomicI64::new(0),
        grouper_origin: Mutex::new(GrouperOrigin::New),
        startup: Mutex::new(if replay {
            Startup::Replaying
        } else {
            Startup::Ready
        }),
        started_up: Condvar::new(),
    });
    if !complete {
        // A crash before the last placements were stored, or a store from older code: check the
        // store, then resume the saved grouper with the articles after it, or replay them all,
        // before serving.
        state.store.lock().check_integrity()?;
        let from = Store::open(&config.db)?;
        let origin = match state.resume_grouper(&from) {
            Ok(()) => GrouperOrigin::Resumed,
            Err(why) => {
                eprintln!("roundup: replaying the stored articles ({why})");
                *state.desk.write() = Desk::replay(from.all()?);
                GrouperOrigin::Replayed
            }
        };
        *state.grouper_origin.lock() = origin;
        let placed = {
            let mut desk = state.desk.write();
            // Every placement is stored now, those that merges changed included.
            desk.take_moved();
            desk.placements()
        };
        state.store.lock().save_placements(&placed)?;
    } else if !replay {
        state.store.lock().check_integrity()?;
    }
    if replay {
        let st = state.clone();
        let db = config.db.clone();
        std::thread::Builder::new()
            .name("roundup-replay".into())
            .spawn(move || {
                let outcome = match st.check_and_rebuild(&db) {
                    Ok(()) => Startup::Ready,
                    Err(e) => {
                        eprintln!("roundup: the store cannot take writes: {e:#}");
                        Startup::Failed(format!("{e:#}"))
                    }
                };
                *st.startup.lock() = outcome;
                st.started_up.notify_all();
            })?;
    }
    let saver = Arc::downgrade(&state);
    std::thread::Builder::new()
        .name("roundup-grouper-saver".into())
        .spawn(move || save_grouper_now_and_then(saver, !replay))?;
    Ok(state)
}

/// Saves the grouper's state (see [`AppState::save_grouper`]) once at start-up when it was
/// rebuilt before serving, then every minute when at least [`SAVE_GROUPER_EVERY`] articles came
/// since the last save, so that a start-up after a crash replays at most those. Ends with the server.
fn save_grouper_now_and_then(state: std::sync::Weak<AppState>, now: bool) {
    let mut first = now;
    loop {
        if !first {
            std::thread::sleep(std::time::Duration::from_secs(60));
        }
        first = false;
        let Some(state) = state.upgrade() else {
            return;
        };
        let ready = matches!(*state.startup.lock(), Startup::Ready);
        let last = state.desk.read().last_seq();
        let due = last - state.grouper_saved_at.load(Ordering::Relaxed) >= SAVE_GROUPER_EVERY
            || (now && last > 0 && state.grouper_saved_at.load(Ordering::Relaxed) == 0);
        if ready && due {
            if let Err(e) = state.save_grouper() {
                eprintln!("roundup: {e:#}");
            }
        }
    }
}

/// Articles added between two saves of the grouper's state.
pub const SAVE_GROUPER_EVERY: i64 = 1000;

impl AppState {
    /// Checks the store, replays its articles into a new desk and puts it in place of the one
    /// built from stored placements. The same code places them the same way; where it does not
    /// (the grouping changed between versions) the replay wins and its placements are stored.
    fn check_and_rebuild(&self, db: &std::path::Path) -> anyhow::Result<()> {
        // A connection of its own: the others stay free (writes wait for this anyway).
        let store = Store::open(db)?;
        store.check_integrity()?;
        match self.resume_grouper(&store) {
            Ok(()) => {
                *self.grouper_origin.lock() = GrouperOrigin::Resumed;
                return Ok(());
            }
            Err(why) => eprintln!("roundup: replaying the stored articles ({why})"),
        }
        let replayed = Desk::replay(store.all()?);
        *self.grouper_origin.lock() = GrouperOrigin::Replayed;
        drop(store);
        let changed: Vec<Placement> = {
            let shown = self.desk.read();
            replayed
                .placements()
                .into_iter()
                .filter(|p| {
                    shown
                        .articles
                        .get(&p.seq)
                        .is_none_or(|e| shown.placement_of(p.seq, e) != *p)
                })
                .collect()
        };
        *self.desk.write() = replayed;
        if let Err(e) = self.save_grouper() {
            eprintln!("roundup: {e:#}");
        }
        if !changed.is_empty() {
            self.views.lock().clear();
            eprintln!(
                "roundup: {} stored articles are placed differently by this version; updating the store",
                changed.len()
            );
            self.store.lock().save_placements(&changed)?;
        }
        Ok(())
    }

    /// Blocks until the grouper can place new articles; the reason when it never will.
    fn wait_for_grouper(&self) -> Result<(), String> {
        let mut startup = self.startup.lock();
        loop {
            match &*startup {
                Startup::Replaying => self.started_up.wait(&mut startup),
                Startup::Ready => return Ok(()),
                Startup::Failed(why) => return Err(why.clone()),
            }
        }
    }

    /// Stores the placements that wait for the next write (call at shutdown).
    pub fn flush_placements(&self) -> anyhow::Result<()> {
        let mut store = self.store.lock();
        let pending = std::mem::take(&mut *self.pending.lock());
        store.save_placements(&pending)
    }

    /// What a clean shutdown saves: the pending placements and the grouper's state.
    pub fn shut_down(&self) -> anyhow::Result<()> {
        self.flush_placements()?;
        if matches!(*self.startup.lock(), Startup::Ready) {
            self.save_grouper()?;
        }
        Ok(())
    }

    /// Saves the grouper's state beside the store (`STORE.grouper`: written to a temporary file,
    /// flushed to disk, then renamed over the old one), so that the next start-up resumes it
    /// instead of replaying every article. Writes wait while it is serialized; reads do not.
    pub fn save_grouper(&self) -> anyhow::Result<()> {
        // Writes wait only while the state is serialized; the disk write happens without the desk.
        let t = Instant::now();
        let (last, state) = grouper_state(&self.desk.read())?;
        let serialized = t.elapsed();
        write_state_file(&self.db, &state)?;
        eprintln!(
            "roundup: saved the grouper's state after article {last} ({:.0} MB; {:.2} s with writes waiting, {:.2} s in all)",
            state.len() as f64 / 1e6,
            serialized.as_secs_f64(),
            t.elapsed().as_secs_f64()
        );
        self.grouper_saved_at.store(last, Ordering::Relaxed);
        Ok(())
    }

    /// Loads the saved grouper state and gives it the articles stored after it; an error says
    /// why it cannot be used (none saved, another store's, another version's, out of step).
    fn resume_grouper(&self, store: &Store) -> Result<(), String> {
        // Loading takes a while: the desk stays readable meanwhile.
        let (last, grouper) = {
            let desk = self.desk.read();
            read_grouper_state(&self.db, &desk)?
        };
        let tail = store.after(last).map_err(|e| format!("{e:#}"))?;
        self.desk.write().adopt_grouper(grouper, tail)?;
        self.grouper_saved_at.store(last, Ordering::Relaxed);
        Ok(())
    }
}

/// Reads the grouper state saved beside the store `db`, when it belongs to the store `desk` shows
/// (its last article is there, added at the same time); returns the last article it covers.
fn read_grouper_state(db: &std::path::Path, desk: &Desk) -> Result<(i64, StoryGrouper), String> {
    let path = grouper_path(db);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err("no saved grouper state".into())
        }
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    if bytes.len() < 16 {
        return Err(format!("{} is too short", path.display()));
    }
    let last = i64::from_le_bytes(bytes[..8].try_into().unwrap_or_default());
    let mark = i64::from_le_bytes(bytes[8..16].try_into().unwrap_or_default());
    if desk.articles.get(&last).is_none_or(|e| e.added != mark) {
        return Err(format!("{} belongs to another store", path.display()));
    }
    Ok((last, StoryGrouper::load_state(&bytes[16..])?))
}

/// Writes a desk's grouper state beside the store `db` (see [`AppState::save_grouper`]); returns
/// the last article it covers.
fn write_grouper_state(db: &std::path::Path, desk: &Desk) -> anyhow::Result<i64> {
    let (last, state) = grouper_state(desk)?;
    write_state_file(db, &state)?;
    Ok(last)
}

/// A desk's grouper state as saved (see [`write_grouper_state`]), in memory, with the last article
/// it covers: the desk is needed only while it is serialized, not while it is written to disk.
fn grouper_state(desk: &Desk) -> anyhow::Result<(i64, Vec<u8>)> {
    let last = desk.last_seq();
    let mark = desk.articles.get(&last).map_or(0, |e| e.added);
    let mut state = Vec::new();
    state.extend_from_slice(&last.to_le_bytes());
    state.extend_from_slice(&mark.to_le_bytes());
    desk.save_grouper(&mut state).map_err(anyhow::Error::msg)?;
    Ok((last, state))
}

/// Writes a saved state beside the store: a temporary file, flushed to disk, renamed over the old.
fn write_state_file(db: &std::path::Path, state: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let path = grouper_path(db);
    let tmp = path.with_extension("grouper-tmp");
    let mut file =
        std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    file.write_all(state)?;
    file.sync_all()?;
    std::fs::rename(&tmp, &path).with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}

/// Where the grouper's state is saved: beside the store, `STORE.grouper`.
fn grouper_path(db: &std::path::Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".grouper");
    PathBuf::from(name)
}

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
        .layer(middleware::from_fn_with_state(state.clone(), observe))
        .with_state(state)
}

/// Runs the server until Ctrl-C; prints the address it listens on.
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
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        state.shut_down()?;
        Ok(())
    })
}

/// Fills a store without a server (`roundup import`): articles are stored and placed in stories,
/// so that `roundup serve` shows them at once.
pub struct Importer {
    store: Store,
    desk: Desk,
    db: PathBuf,
}

impl Importer {
    /// Opens the store and replays what it holds (to place new articles after it).
    pub fn open(db: &std::path::Path) -> anyhow::Result<Importer> {
        let mut store = Store::open(db)?;
        let (mut desk, complete) = Desk::from_placements(store.all_without_text()?);
        let resumed = read_grouper_state(db, &desk).and_then(|(last, grouper)| {
            let tail = store.after(last).map_err(|e| format!("{e:#}"))?;
            desk.adopt_grouper(grouper, tail)
        });
        if resumed.is_err() {
            desk = Desk::replay(store.all()?);
        }
        if !complete || resumed.is_err() {
            desk.take_moved();
            store.save_placements(&desk.placements())?;
        }
        Ok(Importer {
            store,
            desk,
            db: db.to_path_buf(),
        })
    }

    /// Stores articles in one transaction and then their placements; returns their ids.
    pub fn add(&mut self, articles: &[Article]) -> anyhow::Result<Vec<i64>> {
        let added = now();
        let seqs = self.store.insert(articles, added, &[])?;
        let batch = seqs
            .iter()
            .zip(articles)
            .map(|(&seq, a)| (seq, a.clone(), added))
            .collect();
        let mut placements = self.desk.add_batch(batch);
        // The articles that merges moved, stored after the new placements so that they win.
        placements.extend(self.desk.take_moved());
        self.store.save_placements(&placements)?;
        Ok(seqs)
    }

    /// Saves the grouper's state beside the store, so that `roundup serve` resumes it.
    pub fn finish(self) -> anyhow::Result<()> {
        write_grouper_state(&self.db, &self.desk).map(|_| ())
    }

    /// Articles and stories in the store.
    pub fn counts(&self) -> (usize, usize) {
        (self.desk.articles.len(), self.desk.stories.len())
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

async fn observe(State(state): State<Shared>, req: Request, next: Next) -> Response {
    let t = Instant::now();
    let resp = next.run(req).await;
    let m = &state.metrics;
    m.requests.fetch_add(1, Ordering::Relaxed);
    m.latency_us_total
        .fetch_add(t.elapsed().as_micros() as u64, Ordering::Relaxed);
    let s = resp.status().as_u16();
    match s {
        200..=399 => &m.status_2xx,
        400..=499 => &m.status_4xx,
        _ => &m.status_5xx,
    }
    .fetch_add(1, Ordering::Relaxed);
    resp
}

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (status, Json(json!({ "error": message.into() }))).into_response()
}

/// A request that cannot be served: its status and a message (sent as `{"error": ...}`).
struct ApiError(StatusCode, String);

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError(status, message.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        error(self.0, self.1)
    }
}

async fn fallback() -> Response {
    error(StatusCode::NOT_FOUND, "no such page")
}

/// An article as the API takes it: `text` or `html` (a page whose main text is extracted).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewArticle {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
    /// Accepted and ignored: the server assigns ids.
    #[serde(default)]
    #[allow(dead_code)]
    id: Option<Value>,
}

impl NewArticle {
    fn into_article(self, n: usize) -> Result<Article, String> {
        let mut a = Article {
            id: String::new(),
            title: self.title,
            source: self.source,
            url: self.url.clone(),
            date: self.date,
            origin: self.url.unwrap_or_else(|| "api".to_string()),
            text: String::new(),
        };
        match (self.text, self.html) {
            (Some(t), _) if !t.trim().is_empty() => a.text = t,
            (_, Some(h)) if !h.trim().is_empty() => {
                let got = roundup::ingest::read_bytes("page.html", h.as_bytes());
                let Some(x) = got.articles.into_iter().next() else {
                    return Err(format!("article {n}: no main text found in its html"));
                };
                a.text = x.text;
                a.title = a.title.or(x.title);
                a.source = a.source.or(x.source);
                a.date = a.date.or(x.date);
                if a.url.is_none() {
                    a.url = x.url;
                }
            }
            _ => {
                return Err(format!(
                    "article {n}: give a non-empty \"text\" or \"html\""
                ))
            }
        }
        Ok(a)
    }
}

/// One article, a JSON array of them, or `{"articles": [...]}`.
fn parse_articles(body: &[u8]) -> Result<Vec<Article>, ApiError> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, format!("malformed JSON: {e}")))?;
    let items = match value {
        Value::Array(v) => v,
        Value::Object(mut o) if o.contains_key("articles") => match o.remove("articles") {
            Some(Value::Array(v)) => v,
            _ => {
                return Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "\"articles\" must be an array",
                ))
            }
        },
        v @ Value::Object(_) => vec![v],
        _ => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "expected an article object, an array of them, or {\"articles\": [...]}",
            ))
        }
    };
    if items.is_empty() {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "no articles given"));
    }
    if items.len() > MAX_BATCH {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("at most {MAX_BATCH} articles a request"),
        ));
    }
    items
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let a: NewArticle = serde_json::from_value(v).map_err(|e| {
                ApiError::new(StatusCode::BAD_REQUEST, format!("article {}: {e}", i + 1))
            })?;
            a.into_article(i + 1)
                .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, e))
        })
        .collect()
}

fn authorized(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(token) = &state.token else {
        return true;
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    // Compare without stopping at the first difference.
    given.len() == token.len()
        && given
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

async fn api_add(State(state): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    if !authorized(&state, &headers) {
        return error(
            StatusCode::UNAUTHORIZED,
            "a valid bearer token is required to write",
        );
    }
    let articles = match parse_articles(&body) {
        Ok(a) => a,
        Err(r) => return r.into_response(),
    };
    let st = state.clone();
    let result = tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<Value>> {
        st.wait_for_grouper().map_err(CannotWrite)?;
        let mut store = st.store.lock();
        let added = now();
        let earlier = std::mem::take(&mut *st.pending.lock());
        let seqs = match store.insert(&articles, added, &earlier) {
            Ok(seqs) => seqs,
            Err(e) => {
                st.pending.lock().extend(earlier);
                return Err(e);
            }
        };
        let mut desk = st.desk.write();
        let mut placed: Vec<Placement> = seqs
            .iter()
            .zip(articles)
            .map(|(&seq, a)| desk.add(seq, a, added))
            .collect();
        // Articles that merges moved (this request's included): stored after, so they win.
        placed.extend(desk.take_moved());
        // Where each article is now (a later article of the request may have merged its story).
        let out = seqs
            .iter()
            .filter_map(|seq| desk.articles.get(seq))
            .map(|e| json!({ "id": e.seq.to_string(), "story": e.story, "duplicate_of": e.duplicate_of }))
            .collect();
        drop(desk);
        st.pending.lock().extend(placed);
        st.metrics
            .articles_added
            .fetch_add(seqs.len() as u64, Ordering::Relaxed);
        Ok(out)
    })
    .await;
    match result {
        Ok(Ok(out)) => (StatusCode::CREATED, Json(json!({ "articles": out }))).into_response(),
        Ok(Err(e)) if e.is::<CannotWrite>() => {
            error(StatusCode::SERVICE_UNAVAILABLE, format!("{e}"))
        }
        Ok(Err(e)) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("cannot store: {e:#}"),
        ),
        Err(_) => error(StatusCode::INTERNAL_SERVER_ERROR, "the write failed"),
    }
}

/// The store failed its start-up check or could not be replayed.
#[derive(Debug)]
struct CannotWrite(String);

impl std::fmt::Display for CannotWrite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the store cannot take writes: {}", self.0)
    }
}

impl std::error::Error for CannotWrite {}

fn article_json(e: &desk::Entry, text: &str) -> Value {
    let a = &e.article;
    json!({
        "id": a.id, "title": a.title, "source": a.source, "url": a.url, "date": a.date,
        "text": text, "story": e.story, "duplicate_of": e.duplicate_of, "added": e.added,
    })
}

/// A stored article's entry and its text from the store; `None` for an unknown id.
fn article_with_text(state: &AppState, id: &str) -> anyhow::Result<Option<(desk::Entry, String)>> {
    let Ok(seq) = id.parse::<i64>() else {
        return Ok(None);
    };
    let Some(entry) = state.desk.read().articles.get(&seq).cloned() else {
        return Ok(None);
    };
    let text = state
        .reader
        .lock()
        .texts(&[seq])?
        .remove(&seq)
        .unwrap_or_default();
    Ok(Some((entry, text)))
}

async fn api_article(State(state): State<Shared>, Path(id): Path<String>) -> Response {
    match article_with_text(&state, &id) {
        Ok(Some((e, text))) => Json(article_json(&e, &text)).into_response(),
        Ok(None) => error(StatusCode::NOT_FOUND, format!("no article {id}")),
        Err(e) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("cannot read the store: {e:#}"),
        ),
    }
}

#[derive(Debug, Deserialize, Default)]
struct ListQuery {
    q: Option<String>,
    sort: Option<String>,
    offset: Option<usize>,
    limit: Option<usize>,
}

/// One page of the story list, as the query asked for it.
struct ListPage {
    page: Vec<StoryEntry>,
    total: usize,
    text: String,
    sort: Sort,
    offset: usize,
    limit: usize,
}

/// Reads the list query (400 when malformed) and the page of stories it asks for.
fn list_page(
    state: &Shared,
    q: Result<Query<ListQuery>, QueryRejection>,
) -> Result<ListPage, ApiError> {
    let Query(q) = q.map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, e.body_text()))?;
    let (text, sort, offset, limit) = list_params(&q)?;
    let (page, total) = state.desk.read().list(&text, sort, offset, limit);
    Ok(ListPage {
        page,
        total,
        text,
        sort,
        offset,
        limit,
    })
}

fn list_params(q: &ListQuery) -> Result<(String, Sort, usize, usize), ApiError> {
    let sort = Sort::parse(q.sort.as_deref())
        .ok_or_else(|| ApiError::new(StatusCode::BAD_REQUEST, "sort must be newest or coverage"))?;
    Ok((
        q.q.clone().unwrap_or_default(),
        sort,
        q.offset.unwrap_or(0),
        q.limit.unwrap_or(20).clamp(1, 100),
    ))
}

fn story_summary_json(s: &desk::StoryEntry) -> Value {
    json!({
        "id": s.id, "headline": s.headline, "articles": s.members.len(), "distinct_articles": s.distinct,
        "first_seen": s.first_date, "last_seen": s.last_date, "updated": s.updated, "flag": s.flag,
    })
}

async fn api_stories(
    State(state): State<Shared>,
    q: Result<Query<ListQuery>, QueryRejection>,
) -> Response {
    let ListPage {
        page,
        total,
        text: _,
        sort,
        offset,
        limit,
    } = match list_page(&state, q) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    Json(json!({
        "total": total, "offset": offset, "limit": limit, "sort": sort.name(),
        "stories": page.iter().map(story_summary_json).collect::<Vec<_>>(),
    }))
    .into_response()
}

/// A story's view, recomputed when the story changed (at most every [`REFRESH_AFTER`] while it
/// keeps changing). `None` for an unknown story.
async fn story_view(state: &Shared, id: &str) -> Option<Arc<StoryView>> {
    let (story, entries) = {
        let desk = state.desk.read();
        let story = desk.stories.get(id)?.clone();
        let entries = desk.story_articles(&story);
        (story, entries)
    };
    if let Some(v) = state.views.lock().get(id) {
        if v.version == story.version || v.computed.elapsed() < REFRESH_AFTER {
            return Some(v.clone());
        }
    }
    let st = state.clone();
    let sid = id.to_string();
    let view = tokio::task::spawn_blocking(move || {
        let distinct: Vec<&desk::Entry> =
            entries.iter().filter(|e| e.duplicate_of.is_none()).collect();
        let seqs: Vec<i64> = distinct.iter().map(|e| e.seq).collect();
        let mut texts = match st.reader.lock().texts(&seqs) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("roundup: cannot read story {}'s texts: {e:#}", story.id);
                Default::default()
            }
        };
        let distinct: Vec<Article> = distinct
            .into_iter()
            .map(|e| Article {
                text: texts.remove(&e.seq).unwrap_or_default(),
                ..(*e.article).clone()
            })
            .collect();
        let summary = if story.flag.is_some() && story.flag != Some("short") {
            None
        } else {
            desk::summarize(&story.id, distinct)
        };
        st.metrics.summaries_computed.fetch_add(1, Ordering::Relaxed);
        let html = html::story_page(&story, summary.as_ref(), &entries);
        let mut sources: Vec<&str> = entries
            .iter()
            .filter_map(|e| e.article.source.as_deref())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        let json = json!({
            "story": story_summary_json(&story),
            "summary": summary.as_ref().map(|s| summary_json(&s.document())),
            "articles": entries.iter().map(|e| json!({
                "id": e.article.id, "title": e.article.title, "source": e.article.source,
                "url": e.article.url, "date": e.article.date, "duplicate_of": e.duplicate_of,
            })).collect::<Vec<_>>(),
            "sources": sources,
            "duplicates": entries.iter().filter_map(|e| e.duplicate_of.as_ref().map(|d| json!({"id": e.article.id, "copy_of": d}))).collect::<Vec<_>>(),
        });
        Arc::new(StoryView {
            version: story.version,
            computed: Instant::now(),
            summary,
            html,
            json,
        })
    })
    .await
    .ok()?;
    st_insert(state, sid, view.clone());
    Some(view)
}

fn st_insert(state: &Shared, id: String, view: Arc<StoryView>) {
    let mut views = state.views.lock();
    match views.get(&id) {
        Some(old) if old.version > view.version => {}
        _ => {
            views.insert(id, view);
        }
    }
}

/// Where a story id that is no longer a story went: the story it merged into, when it did.
fn merged_into(state: &Shared, id: &str) -> Option<String> {
    let desk = state.desk.read();
    desk.resolve(id).filter(|to| *to != id).map(str::to_string)
}

async fn api_story(State(state): State<Shared>, Path(id): Path<String>) -> Response {
    match story_view(&state, &id).await {
        Some(v) => Json(v.json.clone()).into_response(),
        None => match merged_into(&state, &id) {
            // A story merged into another: a permanent redirect to it, saying so.
            Some(to) => (
                StatusCode::PERMANENT_REDIRECT,
                [(header::LOCATION, format!("/api/stories/{to}"))],
                Json(json!({ "error": format!("story {id} was merged into {to}"), "merged_into": to })),
            )
                .into_response(),
            None => error(StatusCode::NOT_FOUND, format!("no story {id}")),
        },
    }
}

async fn api_summarize(State(state): State<Shared>, body: Bytes) -> Response {
    let articles = match parse_articles(&body) {
        Ok(a) => a,
        Err(r) => return r.into_response(),
    };
    let st = state.clone();
    let r = tokio::task::spawn_blocking(move || {
        let articles: Vec<Article> = articles
            .into_iter()
            .enumerate()
            .map(|(i, mut a)| {
                a.id = (i + 1).to_string();
                a
            })
            .collect();
        st.metrics
            .summaries_computed
            .fetch_add(1, Ordering::Relaxed);
        desk::summarize("adhoc", articles).map(|s| summary_json(&s.document()))
    })
    .await;
    match r {
        Ok(Some(v)) => Json(v).into_response(),
        Ok(None) => error(StatusCode::BAD_REQUEST, "the articles have no text"),
        Err(_) => error(StatusCode::INTERNAL_SERVER_ERROR, "summarizing failed"),
    }
}

async fn healthz(State(state): State<Shared>) -> Response {
    let n = state.desk.read().articles.len();
    let startup = state.startup.lock().clone();
    let grouper = state.grouper_origin.lock().name();
    match startup {
        Startup::Failed(why) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "failing", "articles": n, "writes": "refused", "error": why })),
        )
            .into_response(),
        // Reads are served while the store is checked and the grouper rebuilt; writes wait.
        Startup::Replaying => {
            Json(json!({ "status": "ok", "articles": n, "writes": "waiting" })).into_response()
        }
        Startup::Ready => {
            Json(json!({ "status": "ok", "articles": n, "writes": "ready", "grouper": grouper }))
                .into_response()
        }
    }
}

async fn metrics(State(state): State<Shared>) -> Response {
    let m = &state.metrics;
    let (articles, stories) = {
        let d = state.desk.read();
        (d.articles.len(), d.stories.len())
    };
    let g = |a: &AtomicU64| a.load(Ordering::Relaxed);
    let body = format!(
        "# HELP roundup_http_requests_total HTTP requests served, by status class.\n\
# TYPE roundup_http_requests_total counter\n\
roundup_http_requests_total{{class=\"2xx\"}} {}\n\
roundup_http_requests_total{{class=\"4xx\"}} {}\n\
roundup_http_requests_total{{class=\"5xx\"}} {}\n\
# HELP roundup_http_request_seconds_total Time spent serving requests.\n\
# TYPE roundup_http_request_seconds_total counter\n\
roundup_http_request_seconds_total {:.6}\n\
# HELP roundup_articles_added_total Articles added since start.\n\
# TYPE roundup_articles_added_total counter\n\
roundup_articles_added_total {}\n\
# HELP roundup_summaries_computed_total Story and ad-hoc summaries computed.\n\
# TYPE roundup_summaries_computed_total counter\n\
roundup_summaries_computed_total {}\n\
# HELP roundup_articles Articles in the store.\n\
# TYPE roundup_articles gauge\n\
roundup_articles {articles}\n\
# HELP roundup_stories Stories.\n\
# TYPE roundup_stories gauge\n\
roundup_stories {stories}\n\
# HELP roundup_uptime_seconds Seconds since start.\n\
# TYPE roundup_uptime_seconds gauge\n\
roundup_uptime_seconds {:.3}\n",
        g(&m.status_2xx),
        g(&m.status_4xx),
        g(&m.status_5xx),
        g(&m.latency_us_total) as f64 / 1e6,
        g(&m.articles_added),
        g(&m.summaries_computed),
        state.started.elapsed().as_secs_f64(),
    );
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4"),
        )],
        body,
    )
        .into_response()
}

async fn page_list(
    State(state): State<Shared>,
    q: Result<Query<ListQuery>, QueryRejection>,
) -> Response {
    let ListPage {
        page,
        total,
        text,
        sort,
        offset,
        limit,
    } = match list_page(&state, q) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    Html(html::story_list(&page, total, &text, sort, offset, limit)).into_response()
}

async fn page_story(State(state): State<Shared>, Path(id): Path<String>) -> Response {
    match story_view(&state, &id).await {
        Some(v) => Html(v.html.clone()).into_response(),
        None => match merged_into(&state, &id) {
            // A story merged into another: a permanent redirect to it.
            Some(to) => {
                axum::response::Redirect::permanent(&format!("/stories/{to}")).into_response()
            }
            None => (
                StatusCode::NOT_FOUND,
                Html(html::not_found(&format!("No story {id}."))),
            )
                .into_response(),
        },
    }
}

async fn page_article(State(state): State<Shared>, Path(id): Path<String>) -> Response {
    match article_with_text(&state, &id) {
        Ok(Some((e, text))) => Html(html::article_page(&e, &text)).into_response(),
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            Html(html::not_found(&format!("Cannot read the store: {e:#}"))),
        )
            .into_response(),
        Ok(None) => (
            StatusCode::NOT_FOUND,
            Html(html::not_found(&format!("No article {id}."))),
        )
            .into_response(),
    }
}

async fn page_paste() -> Response {
    Html(html::paste_form("", None)).into_response()
}

#[derive(Debug, Deserialize)]
struct PasteForm {
    #[serde(default)]
    articles: String,
}

async fn page_paste_submit(State(state): State<Shared>, Form(form): Form<PasteForm>) -> Response {
    let text = form.articles;
    let t2 = text.clone();
    let fetch_options = roundup::ingest::fetch::FetchOptions {
        public_addresses_only: !state.fetch_private,
        ..Default::default()
    };
    let r = tokio::task::spawn_blocking(move || {
        let mut articles = Vec::new();
        let mut problems = Vec::new();
        for (i, part) in t2.split("\n---").enumerate() {
            let part = part.trim().trim_start_matches("---").trim();
            if part.is_empty() {
                continue;
            }
            let lower = part.to_ascii_lowercase();
            let is_url = !part.contains(char::is_whitespace)
                && (lower.starts_with("http://") || lower.starts_with("https://"));
            if is_url {
                let mut got = roundup::ingest::Ingested::default();
                roundup::ingest::fetch::read_url(part, &fetch_options, &mut got);
                articles.extend(got.articles);
                problems.extend(got.problems.into_iter().map(|p| p.to_string()));
            } else {
                articles.push(Article {
                    id: (i + 1).to_string(),
                    origin: format!("pasted #{}", i + 1),
                    title: None,
                    text: part.to_string(),
                    ..Article::default()
                });
            }
        }
        for (i, a) in articles.iter_mut().enumerate() {
            a.id = (i + 1).to_string();
        }
        (desk::summarize("pasted", articles), problems)
    })
    .await;
    match r {
        Ok((Some(sc), problems)) => Html(html::paste_result(&sc, &problems)).into_response(),
        Ok((None, problems)) => {
            let mut why = String::from("Nothing to summarize: paste some article text.");
            for p in &problems {
                why.push(' ');
                why.push_str(p);
                why.push('.');
            }
            (
                StatusCode::BAD_REQUEST,
                Html(html::paste_form(&text, Some(&why))),
            )
                .into_response()
        }
        Err(_) => error(StatusCode::INTERNAL_SERVER_ERROR, "summarizing failed"),
    }
}
