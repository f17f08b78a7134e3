//! Plain text files (`.txt`, `.md`, anything else named explicitly) and Multi-News `|||||` clusters.

use super::{Ingested, InputProblem, Source};
use crate::model::{Article, Cluster};

/// The Multi-News document separator.
pub const MULTI_NEWS_SEPARATOR: &str = "|||||";

/// Multi-News' stand-in for a line break inside one line of its `.src` files.
const NEWLINE_MARK: &str = "NEWLINE_CHAR";

/// Reads one decoded text: an article, or Multi-News clusters when it holds `|||||`.
pub(crate) fn parse_text(src: &Source, text: &str, out: &mut Ingested) {
    if !text.contains(MULTI_NEWS_SEPARATOR) {
        out.articles.push(Article {
            id: src.stem.clone(),
            origin: src.origin.clone(),
            text: text.to_string(),
            ..Article::default()
        });
        return;
    }
    if is_line_format(text) {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let n = i + 1;
            let id = format!("{}:{n}", src.stem);
            let origin = format!("{}:line {n}", src.origin);
            push_cluster(id, &origin, line, out);
        }
    } else {
        push_cluster(src.stem.clone(), &src.origin, text, out);
    }
}

/// The original Multi-News `.src` layout: one cluster a line. Recognised when at least two lines hold
/// the separator, at least half the non-blank lines do, and no line is a bare separator (a bare
/// separator line means multi-line articles split by `|||||` lines: one cluster for the file).
fn is_line_format(text: &str) -> bool {
    let mut nonblank = 0usize;
    let mut with_sep = 0usize;
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        nonblank += 1;
        if t.contains(MULTI_NEWS_SEPARATOR) {
            if t.split(MULTI_NEWS_SEPARATOR).all(|p| p.trim().is_empty()) {
                return false;
            }
            with_sep += 1;
        }
    }
    with_sep >= 2 && with_sep * 2 >= nonblank
}

/// Splits Multi-News text into its documents: `NEWLINE_CHAR` becomes a line break, each line is trimmed,
/// blank documents are dropped. Returns (1-based position among the pieces, text).
pub(crate) fn split_documents(s: &str) -> Vec<(usize, String)> {
    s.split(MULTI_NEWS_SEPARATOR)
        .enumerate()
        .filter_map(|(i, piece)| {
            let doc = restore_newlines(piece);
            (!doc.is_empty()).then_some((i + 1, doc))
        })
        .collect()
}

fn restore_newlines(piece: &str) -> String {
    let lines: Vec<&str> = piece
        .split(NEWLINE_MARK)
        .flat_map(str::lines)
        .map(str::trim)
        .collect();
    // Drop blank lines at either end, keep inner blank lines (paragraph breaks).
    let start = lines.iter().position(|l| !l.is_empty());
    let end = lines.iter().rposition(|l| !l.is_empty());
    match (start, end) {
        (Some(a), Some(b)) => lines[a..=b].join("\n"),
        _ => String::new(),
    }
}

fn push_cluster(id: String, origin: &str, text: &str, out: &mut Ingested) {
    let articles: Vec<Article> = split_documents(text)
        .into_iter()
        .map(|(k, doc)| Article {
            id: format!("{id}:{k}"),
            origin: format!("{origin}:doc {k}"),
            text: doc,
            ..Article::default()
        })
        .collect();
    if articles.is_empty() {
        out.problems.push(InputProblem::new(
            origin,
            "Multi-News cluster with no non-empty documents",
        ));
    } else {
        out.clusters.push(Cluster { id, articles });
    }
}
