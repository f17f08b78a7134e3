//! The HTML pages: the story list, a story, an article, the paste form.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Form;
use roundup::Article;
use serde::Deserialize;

use crate::api::*;
use crate::desk;
use crate::html;
use crate::state::*;

pub(crate) async fn page_list(
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

pub(crate) async fn page_story(State(state): State<Shared>, Path(id): Path<String>) -> Response {
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

pub(crate) async fn page_article(State(state): State<Shared>, Path(id): Path<String>) -> Response {
    match article_with_text(&state, &id) {
        Ok(Some((e, text))) => {
            let headline = {
                let desk = state.desk.read();
                desk.resolve(&e.story)
                    .and_then(|s| desk.stories.get(s))
                    .map(|s| s.headline.clone())
            };
            Html(html::article_page(&e, &text, headline.as_deref())).into_response()
        }
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

pub(crate) async fn page_paste() -> Response {
    Html(html::paste_form("", None)).into_response()
}

#[derive(Debug, Deserialize)]
pub(crate) struct PasteForm {
    #[serde(default)]
    articles: String,
}

pub(crate) async fn page_paste_submit(
    State(state): State<Shared>,
    Form(form): Form<PasteForm>,
) -> Response {
    let text = form.articles;
    // The bounds of one request's work, checked before any of it is done.
    let parts: Vec<String> = text
        .split("\n---")
        .map(|part| part.trim().trim_start_matches("---").trim().to_string())
        .filter(|part| !part.is_empty())
        .collect();
    let is_url = |part: &str| {
        let lower = part.to_ascii_lowercase();
        !part.contains(char::is_whitespace)
            && (lower.starts_with("http://") || lower.starts_with("https://"))
    };
    let urls = parts.iter().filter(|p| is_url(p)).count();
    let too_much = if parts.len() > crate::SUMMARIZE_MAX_ARTICLES {
        Some(format!(
            "At most {} articles at once ({} pasted).",
            crate::SUMMARIZE_MAX_ARTICLES,
            parts.len()
        ))
    } else if urls > crate::PASTE_MAX_URLS {
        Some(format!(
            "At most {} links to fetch at once ({urls} pasted).",
            crate::PASTE_MAX_URLS
        ))
    } else if text.len() > crate::SUMMARIZE_MAX_BYTES {
        Some(format!(
            "At most {} MiB of text at once.",
            crate::SUMMARIZE_MAX_BYTES >> 20
        ))
    } else {
        None
    };
    if let Some(why) = too_much {
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            Html(html::paste_form(&text, Some(&why))),
        )
            .into_response();
    }
    let fetch_options = roundup::ingest::fetch::FetchOptions {
        public_addresses_only: !state.fetch_private,
        ..Default::default()
    };
    let work = tokio::task::spawn_blocking(move || {
        let mut articles = Vec::new();
        let mut problems = Vec::new();
        for (i, part) in parts.into_iter().enumerate() {
            if is_url(&part) {
                let mut got = roundup::ingest::Ingested::default();
                roundup::ingest::fetch::read_url(&part, &fetch_options, &mut got);
                articles.extend(got.articles);
                problems.extend(got.problems.into_iter().map(|p| p.to_string()));
            } else {
                articles.push(Article {
                    id: (i + 1).to_string(),
                    origin: format!("pasted #{}", i + 1),
                    title: None,
                    text: part,
                    ..Article::default()
                });
            }
        }
        for (i, a) in articles.iter_mut().enumerate() {
            a.id = (i + 1).to_string();
        }
        // Fetched pages count against the same bounds as pasted text.
        if let Err(e) = check_summary_bounds(&articles) {
            problems.push(e.1);
            return (None, problems);
        }
        (desk::summarize("pasted", articles, false), problems)
    });
    // Fetching has its own time limits (per URL); summarizing is bounded by the size limits and
    // by this one.
    let limit = crate::SUMMARIZE_TIMEOUT
        + roundup::ingest::fetch::FetchOptions::default().timeout * urls as u32;
    let r = match tokio::time::timeout(limit, work).await {
        Ok(r) => r,
        Err(_) => {
            let why = format!(
                "Summarizing took longer than {} s: paste fewer or shorter articles.",
                limit.as_secs()
            );
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                Html(html::paste_form(&text, Some(&why))),
            )
                .into_response();
        }
    };
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
