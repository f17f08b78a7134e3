//! Plain data types that flow between the pipeline stages:
//! ingest → clean → analyse (text) → summarize → render.
//!
//! Every stage takes and returns these types; none reaches into another stage's internals.

use serde::{Deserialize, Serialize};

/// One news article as read from the input, before or after cleaning.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier: the input's own `id` when given, otherwise derived from where it was read.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The outlet (site or publication name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date as given by the input (ISO 8601 preferred, kept verbatim).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where the article was read from: a file path, `path:line N`, or `-` for standard input.
    pub origin: String,
    /// The article body.
    pub text: String,
}

impl Article {
    /// A short human label: the title when known, else the file name of its origin.
    pub fn label(&self) -> String {
        if let Some(t) = self.title.as_deref().filter(|t| !t.trim().is_empty()) {
            return t.trim().to_string();
        }
        let origin = self.origin.as_str();
        let name = origin.rsplit(['/', '\\']).next().unwrap_or(origin);
        if name.is_empty() {
            self.id.clone()
        } else {
            name.to_string()
        }
    }
}

/// Articles about one story, summarized together.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Cluster {
    pub id: String,
    pub articles: Vec<Article>,
}

/// An article folded into another because it is a copy of it (syndicated wire copy, re-post).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateArticle {
    /// Index (in [`CleanCluster::articles`]) of the article that was kept.
    pub kept: usize,
    /// The copy that was folded away (cleaned text).
    pub copy: Article,
    /// Similarity of the copy to the kept article (0..=1).
    pub similarity: f32,
}

/// A document set aside before summarizing because it is not about the story (a crawl notice, an
/// error page, a paywall stub, a page about something else, nothing left after cleaning).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetAside {
    /// The document as read (its cleaned text, when any was left).
    pub article: Article,
    /// Why, for a reader: "a web archive's crawl notice, not an article", "not about this story".
    pub reason: String,
}

/// The output of the clean stage: main text only, boilerplate removed, copies collapsed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CleanCluster {
    pub id: String,
    /// The distinct articles, cleaned, in input order.
    pub articles: Vec<Article>,
    /// Articles that were copies of a kept one.
    pub duplicates: Vec<DuplicateArticle>,
    /// Documents that are not about the story: never summarized, cited or counted as sources.
    #[serde(default)]
    pub set_aside: Vec<SetAside>,
    /// How many boilerplate lines were dropped, over all articles.
    pub boilerplate_lines_removed: usize,
}

/// The summary length budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Budget {
    /// At most this many whitespace-separated words.
    Words(usize),
    /// At most this many sentences.
    Sentences(usize),
}

impl Default for Budget {
    fn default() -> Self {
        Budget::Words(120)
    }
}

/// Another article that reports what a summary sentence says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Support {
    /// Index of the supporting article in the cluster's `articles`.
    pub article: usize,
    /// Index (within that article) of the first sentence that carries the claim.
    pub sentence_index: usize,
    /// Indices (within that article) of every sentence that carries the claim: one, or two
    /// adjacent ones when the article tells the fact across them.
    #[serde(default)]
    pub evidence: Vec<usize>,
    /// How sure the attribute stage is that the evidence reports the claim (0..=1).
    pub similarity: f32,
}

/// One sentence of a summary, with its provenance and citations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummarySentence {
    pub text: String,
    /// Index of the article the sentence was taken from.
    pub article: usize,
    /// Index of the sentence within that article (0-based, after cleaning).
    pub sentence_index: usize,
    /// The selection score the method gave it (method-specific scale).
    pub score: f32,
    /// Other articles reporting the same content, most similar first.
    pub support: Vec<Support>,
}

impl SummarySentence {
    /// Articles to cite for this sentence: the origin first, then the supporting ones.
    pub fn cited_articles(&self) -> Vec<usize> {
        let mut v = vec![self.article];
        v.extend(self.support.iter().map(|s| s.article));
        v
    }
}

/// A summary of one cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub sentences: Vec<SummarySentence>,
}

impl Summary {
    /// The summary as plain text, one sentence a line.
    pub fn text_lines(&self) -> String {
        let mut s = String::new();
        for (i, sent) in self.sentences.iter().enumerate() {
            if i > 0 {
                s.push('\n');
            }
            s.push_str(&sent.text);
        }
        s
    }

    pub fn word_count(&self) -> usize {
        self.sentences
            .iter()
            .map(|s| s.text.split_whitespace().count())
            .sum()
    }
}
