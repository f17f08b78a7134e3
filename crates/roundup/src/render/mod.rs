//! The render stage: text, Markdown and JSON output of a cited summary.
//!
//! Articles are numbered from 1 in cluster order; a summary sentence's `[n]` markers name the
//! article it came from and every article supporting it. JSON follows the schema documented in
//! the README (`roundup.summary/1`).

mod json;
mod markdown;

pub use markdown::escape as escape_markdown;
mod text;

use std::fmt;
use std::str::FromStr;

use crate::model::{Article, Budget, DuplicateArticle, Summary, SummarySentence};

pub use json::{summary_json, SCHEMA};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Json,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            _ => Err(format!(
                "unknown format '{s}' (choose from text, markdown, json)"
            )),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
        })
    }
}

/// Everything a rendered summary shows: plain data from the earlier stages.
#[derive(Debug, Clone, Copy)]
pub struct SummaryDocument<'a> {
    pub cluster_id: &'a str,
    pub articles: &'a [Article],
    pub duplicates: &'a [DuplicateArticle],
    pub summary: &'a Summary,
    pub method: &'a str,
    pub budget: Budget,
    pub boilerplate_lines_removed: usize,
    /// The outlet comparison, written as the JSON `comparison` section when present.
    pub comparison: Option<&'a crate::compare::Comparison>,
    /// The language the cluster was analysed in.
    pub language: crate::lang::Language,
    /// Each article's language (given or detected), in article order.
    pub article_languages: &'a [crate::lang::Language],
}

/// Renders one summary document.
pub fn render(doc: &SummaryDocument<'_>, format: Format) -> String {
    match format {
        Format::Text => text::render(doc),
        Format::Markdown => markdown::render(doc),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&summary_json(doc)).unwrap_or_default();
            s.push('\n');
            s
        }
    }
}

/// 1-based article numbers cited by a sentence, ascending.
pub fn citation_numbers(sentence: &SummarySentence) -> Vec<usize> {
    let mut n: Vec<usize> = sentence
        .cited_articles()
        .into_iter()
        .map(|a| a + 1)
        .collect();
    n.sort_unstable();
    n.dedup();
    n
}

/// `[1][3]`-style markers.
pub fn citation_markers(sentence: &SummarySentence) -> String {
    citation_numbers(sentence)
        .iter()
        .map(|n| format!("[{n}]"))
        .collect()
}

/// "Outlet, date, url" details known for an article, comma-separated.
pub fn source_details(article: &Article) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for v in [&article.source, &article.date, &article.url]
        .into_iter()
        .flatten()
    {
        if !v.trim().is_empty() {
            parts.push(v.trim());
        }
    }
    parts.join(", ")
}

/// How a folded copy is named in a source list: its label, and its outlet when that differs.
pub fn copy_label(copy: &Article) -> String {
    let label = copy.label();
    match copy
        .source
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(source) if !label.contains(source) => format!("{label} ({source})"),
        _ => label,
    }
}

/// Copies folded into article `index`.
pub fn duplicates_of<'a>(doc: &SummaryDocument<'a>, index: usize) -> Vec<&'a DuplicateArticle> {
    doc.duplicates.iter().filter(|d| d.kept == index).collect()
}
