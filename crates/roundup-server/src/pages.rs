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
