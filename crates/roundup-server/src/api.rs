//! The JSON API: adding articles, reading stories and articles, ad-hoc summaries, health and
//! metrics; the error shape every answer shares.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use roundup::render::summary_json;
use roundup::Article;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::desk::{self, Sort, StoryEntry, StoryView, REFRESH_AFTER};
use crate::html;
use crate::state::*;
use crate::store::Placement;
use crate::MAX_BATCH;

pub(crate) async fn observe(State(state): State<Shared>, req: Request, next: Next) -> Response {
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

/// A body over the limit is refused by the body extractors with a plain-text 413: the API answers
/// it as JSON like every other error, the pages with a page.
pub(crate) async fn too_large_as_error(req: Request, next: Next, max_body: usize) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let resp = next.run(req).await;
    let json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if resp.status() != StatusCode::PAYLOAD_TOO_LARGE || json {
        return resp;
    }
    let message = format!("the request body is over the limit of {max_body} bytes (--max-body)");
    if api {
        error(StatusCode::PAYLOAD_TOO_LARGE, message)
    } else {
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            Html(html::message_page("Too large", &message)),
        )
            .into_response()
    }
}

/// Refuses ad-hoc work over the bounds of one request ([`crate::SUMMARIZE_MAX_ARTICLES`],
/// [`crate::SUMMARIZE_MAX_BYTES`]).
pub(crate) fn check_summary_bounds(articles: &[Article]) -> Result<(), ApiError> {
    if articles.len() > crate::SUMMARIZE_MAX_ARTICLES {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "at most {} articles in one summary ({} given)",
                crate::SUMMARIZE_MAX_ARTICLES,
                articles.len()
            ),
        ));
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    if bytes > crate::SUMMARIZE_MAX_BYTES {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "at most {} MiB of article text in one summary ({:.1} MiB given)",
                crate::SUMMARIZE_MAX_BYTES >> 20,
                bytes as f64 / (1u64 << 20) as f64
            ),
        ));
    }
    Ok(())
}

pub(crate) fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (status, Json(json!({ "error": message.into() }))).into_response()
}

/// A request that cannot be served: its status and a message (sent as `{"error": ...}`).
pub(crate) struct ApiError(pub(crate) StatusCode, pub(crate) String);

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

pub(crate) async fn fallback() -> Response {
    error(StatusCode::NOT_FOUND, "no such page")
}

/// An article as the API takes it: `text` or `html` (a page whose main text is extracted).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewArticle {
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
    /// The input's own id (a string or a number), kept beside the id the server assigns.
    #[serde(default)]
    id: Option<Value>,
}

impl NewArticle {
    fn into_article(self, n: usize) -> Result<Article, String> {
        if let Some(d) = self.date.as_deref() {
            if !desk::is_iso_date(d) {
                return Err(format!(
                    "article {n}: \"date\" must be an ISO 8601 date (2024-05-01, 2024-05-01T09:30:00Z), not {d:?}"
                ));
            }
        }
        let id = match &self.id {
            Some(Value::String(s)) => s.trim().to_string(),
            Some(Value::Number(x)) => x.to_string(),
            None | Some(Value::Null) => String::new(),
            Some(_) => return Err(format!("article {n}: \"id\" must be a string or a number")),
        };
        let mut a = Article {
            id,
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
pub(crate) fn parse_articles(body: &[u8]) -> Result<Vec<Article>, ApiError> {
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

pub(crate) fn authorized(state: &AppState, headers: &HeaderMap) -> bool {
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

pub(crate) async fn api_add(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
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
pub(crate) struct CannotWrite(String);

impl std::fmt::Display for CannotWrite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the store cannot take writes: {}", self.0)
    }
}

impl std::error::Error for CannotWrite {}

pub(crate) fn article_json(e: &desk::Entry, text: &str) -> Value {
    let a = &e.article;
    json!({
        "id": a.id, "input_id": e.input_id, "title": a.title, "source": a.source,
        "outlet": e.outlet(), "url": a.url, "date": a.date, "text": text, "story": e.story, "duplicate_of": e.duplicate_of, "added": e.added,
    })
}

/// A stored article's entry and its text from the store; `None` for an unknown id.
pub(crate) fn article_with_text(
    state: &AppState,
    id: &str,
) -> anyhow::Result<Option<(desk::Entry, String)>> {
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

pub(crate) async fn api_article(State(state): State<Shared>, Path(id): Path<String>) -> Response {
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
pub(crate) struct ListQuery {
    q: Option<String>,
    sort: Option<String>,
    offset: Option<usize>,
    limit: Option<usize>,
}

/// One page of the story list, as the query asked for it.
pub(crate) struct ListPage {
    pub(crate) page: Vec<StoryEntry>,
    pub(crate) total: usize,
    pub(crate) text: String,
    pub(crate) sort: Sort,
    pub(crate) offset: usize,
    pub(crate) limit: usize,
}

/// Reads the list query (400 when malformed) and the page of stories it asks for.
pub(crate) fn list_page(
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

pub(crate) fn list_params(q: &ListQuery) -> Result<(String, Sort, usize, usize), ApiError> {
    let sort = Sort::parse(q.sort.as_deref())
        .ok_or_else(|| ApiError::new(StatusCode::BAD_REQUEST, "sort must be newest or coverage"))?;
    Ok((
        q.q.clone().unwrap_or_default(),
        sort,
        q.offset.unwrap_or(0),
        q.limit.unwrap_or(20).clamp(1, 100),
    ))
}

pub(crate) fn story_summary_json(s: &desk::StoryEntry) -> Value {
    json!({
        "id": s.id, "headline": s.headline, "articles": s.members.len(), "distinct_articles": s.distinct,
        "outlets": s.outlets.len(), "first_seen": s.first_date, "last_seen": s.last_date, "updated": s.updated, "flag": s.flag,
    })
}

pub(crate) async fn api_stories(
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
pub(crate) async fn story_view(state: &Shared, id: &str) -> Option<Arc<StoryView>> {
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
            desk::summarize(&story.id, distinct, true)
        };
        st.metrics.summaries_computed.fetch_add(1, Ordering::Relaxed);
        let html = html::story_page(&story, summary.as_ref(), &entries);
        let json = json!({
            "story": story_summary_json(&story),
            "summary": summary.as_ref().map(|s| summary_json(&s.document())),
            "articles": entries.iter().map(|e| json!({
                "id": e.article.id, "input_id": e.input_id, "title": e.article.title,
                "source": e.article.source, "outlet": e.outlet(), "url": e.article.url,
                "date": e.article.date, "duplicate_of": e.duplicate_of,
            })).collect::<Vec<_>>(),
            "sources": story.outlets,
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

pub(crate) fn st_insert(state: &Shared, id: String, view: Arc<StoryView>) {
    let mut views = state.views.lock();
    match views.get(&id) {
        Some(old) if old.version > view.version => {}
        _ => {
            views.insert(id, view);
        }
    }
}

/// Where a story id that is no longer a story went: the story it merged into, when it did.
pub(crate) fn merged_into(state: &Shared, id: &str) -> Option<String> {
    let desk = state.desk.read();
    desk.resolve(id).filter(|to| *to != id).map(str::to_string)
}

pub(crate) async fn api_story(State(state): State<Shared>, Path(id): Path<String>) -> Response {
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

pub(crate) async fn api_summarize(State(state): State<Shared>, body: Bytes) -> Response {
    let articles = match parse_articles(&body) {
        Ok(a) => a,
        Err(r) => return r.into_response(),
    };
    if let Err(e) = check_summary_bounds(&articles) {
        return e.into_response();
    }
    let st = state.clone();
    let work = tokio::task::spawn_blocking(move || {
        // The input's own ids are kept; articles without one are numbered.
        let articles: Vec<Article> = articles
            .into_iter()
            .enumerate()
            .map(|(i, mut a)| {
                if a.id.is_empty() {
                    a.id = (i + 1).to_string();
                }
                a
            })
            .collect();
        st.metrics
            .summaries_computed
            .fetch_add(1, Ordering::Relaxed);
        desk::summarize("adhoc", articles, false).map(|s| summary_json(&s.document()))
    });
    match tokio::time::timeout(crate::SUMMARIZE_TIMEOUT, work).await {
        Ok(Ok(Some(v))) => Json(v).into_response(),
        Ok(Ok(None)) => error(StatusCode::BAD_REQUEST, "the articles have no text"),
        Ok(Err(_)) => error(StatusCode::INTERNAL_SERVER_ERROR, "summarizing failed"),
        Err(_) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "summarizing took longer than {} s: send fewer or shorter articles",
                crate::SUMMARIZE_TIMEOUT.as_secs()
            ),
        ),
    }
}

pub(crate) async fn healthz(State(state): State<Shared>) -> Response {
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

pub(crate) async fn metrics(State(state): State<Shared>) -> Response {
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
