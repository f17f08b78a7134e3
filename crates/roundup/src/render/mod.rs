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

pub use json::{summary_json, summary_json_text, SCHEMA};

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
    /// Documents set aside as not about the story, with the reason.
    pub set_aside: &'a [crate::model::SetAside],
    /// The analysed cluster, for the text of the evidence sentences.
    pub analysed: Option<&'a crate::text::AnalysedCluster>,
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
            let mut s = summary_json_text(doc, true);
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

/// What a source list calls an article: its title, else a headline-length clause of its lead,
/// else its label (the file name it came from).
pub fn display_name(article: &Article) -> String {
    crate::headline::title(article)
        .or_else(|| crate::headline::lead_clause(&article.text))
        .unwrap_or_else(|| article.label())
}

/// [`source_details`], and for an untitled article (named by [`display_name`] from its text)
/// where it came from, so that it can be found.
pub fn source_details_with_origin(article: &Article) -> String {
    let mut details = source_details(article);
    if article.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
        if !details.is_empty() {
            details.push_str("; ");
        }
        details.push_str(&article.label());
    }
    details
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

/// The articles a source list shows: those the summary cites (0-based, ascending), and how
/// many it leaves out. All of them when the summary cites none.
pub fn cited_articles(doc: &SummaryDocument<'_>) -> (Vec<usize>, usize) {
    let mut cited: Vec<usize> = doc
        .summary
        .sentences
        .iter()
        .flat_map(|s| s.cited_articles())
        .filter(|&a| a < doc.articles.len())
        .collect();
    cited.sort_unstable();
    cited.dedup();
    if cited.is_empty() {
        return ((0..doc.articles.len()).collect(), 0);
    }
    let rest = doc.articles.len() - cited.len();
    (cited, rest)
}

/// "and 3 more articles, not cited" (empty for none).
pub fn more_line(rest: usize) -> String {
    match rest {
        0 => String::new(),
        1 => "and 1 more article, not cited".to_string(),
        n => format!("and {n} more articles, not cited"),
    }
}

/// How a folded copy is named beside the article it copies (`kept`): as [`copy_label`], or by the
/// file or place it came from when that would only repeat the kept article's name.
pub fn copy_name(copy: &Article, kept: &Article) -> String {
    let label = copy_label(copy);
    if label == display_name(kept) || copy.label() == display_name(kept) {
        let from = Article {
            title: None,
            ..copy.clone()
        };
        let mut name = from.label();
        if let Some(s) = copy
            .source
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            name.push_str(&format!(" ({s})"));
        }
        return name;
    }
    label
}

/// Copies folded into article `index`.
/// The text of sentence `index` of article `article`, when the document carries the analysed cluster.
pub fn sentence_text<'a>(
    doc: &SummaryDocument<'a>,
    article: usize,
    index: usize,
) -> Option<&'a str> {
    let cluster = doc.analysed?;
    let range = cluster.article_sentences.get(article)?;
    cluster
        .sentences
        .get(range.start + index)
        .filter(|_| index < range.len())
        .map(|s| s.text.as_str())
}

/// "1 article set aside: a web archive's crawl notice, not an article (label)", one line each.
pub fn set_aside_lines(doc: &SummaryDocument<'_>) -> Vec<String> {
    doc.set_aside
        .iter()
        .map(|s| format!("{} — {}", s.article.label(), s.reason))
        .collect()
}

/// "1 article set aside" / "3 articles set aside".
pub fn set_aside_heading(n: usize) -> String {
    format!(
        "{n} {} set aside as not about this story",
        if n == 1 { "article" } else { "articles" }
    )
}

pub fn duplicates_of<'a>(doc: &SummaryDocument<'a>, index: usize) -> Vec<&'a DuplicateArticle> {
    doc.duplicates.iter().filter(|d| d.kept == index).collect()
}
