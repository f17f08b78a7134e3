//! The compare stage: how the outlets of one cluster relate to each other.
//!
//! [`compare`] reads an [`AnalysedCluster`] and its [`ClusterStats`] (the same sentences, term ids
//! and TF-IDF vectors the summarizer uses — no second sentence splitter or stemmer) and returns a
//! [`Comparison`], plain serializable data:
//!
//! - [`quotes`]: direct quotations found on each article's cleaned text (a quotation may span
//!   several sentences), each with its speaker ([`speakers`]: name variants merged, titles
//!   stripped, pronouns and definite descriptions resolved) and speech verb; the same quotation
//!   carried by several outlets is listed once with all of them.
//! - [`consensus`]: the statements most outlets report, with how many and which.
//! - [`unique`]: for each article, what it reports that no other article does, ranked by how much
//!   it is about the story.
//! - [`disputed`]: pairs of statements from different articles that give different figures for
//!   the same thing (or, dated apart, an update); off unless asked for, and unverified.
//!
//! Article numbers in these types are 0-based indices into [`AnalysedCluster::articles`]; the
//! renderers show them 1-based, like the summary's citations.

mod antecedents;
mod appositions;
mod attribution;
mod clauses;
pub mod consensus;
mod description_speakers;
mod descriptions;
pub mod disputed;
mod document_sources;
mod english_words;
mod given_name_corrections;
mod given_names;
mod it_speaker;
mod mentions;
mod names;
mod noun_phrases;
mod opening_words;
mod phrase_tokens;
mod places;
mod quote_marks;
mod quote_merge;
mod quote_reading;
mod quote_speakers;
mod quoted_titles;
pub mod quotes;
pub mod render;
pub mod speakers;
mod speech;
pub mod unique;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::attribute::{AttributionParams, Attributor};
use crate::summarize::ClusterStats;
use crate::text::AnalysedCluster;

pub use render::{comparison_json, render_comparison, COMPARISON_SCHEMA};

/// Everything the comparison found in one cluster.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Comparison {
    /// Direct quotations, in order of first appearance; one entry per distinct quotation.
    pub quotes: Vec<Quote>,
    /// Who is quoted: one entry per speaker, with the name variants that were merged.
    pub speakers: Vec<Speaker>,
    /// Statements most outlets report, most widely carried first.
    pub consensus: Vec<Consensus>,
    /// For every article (in cluster order), what only it reports.
    pub unique: Vec<UniqueList>,
    /// Statements of different articles that give different figures for the same thing (only
    /// when asked for: [`CompareOptions::disputes`]).
    pub disputed: Vec<Dispute>,
    /// Whether disputes were looked for (they are unverified when shown).
    #[serde(default)]
    pub disputes_checked: bool,
}

/// A sentence of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Index of the article in the cluster.
    pub article: usize,
    /// Index of the sentence within its article (0-based, after cleaning).
    pub sentence_index: usize,
    pub text: String,
}

/// How a quotation's speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionForm {
    /// `"…," Lavrov said` / `"…," said Lavrov` / `"…" Lavrov was quoted as saying`.
    After,
    /// `Lavrov said: "…"` / `Lavrov said that it was "legitimate"` / `Lavrov told reporters, "…"`.
    Before,
    /// `according to Lavrov, "…"` / `"…," according to Lavrov`.
    According,
    /// `Lavrov: "…"` / `Lavrov made his wish: "…"` (a colon, no speech verb).
    Colon,
    /// A quotation continuing the previous one (next sentence or next paragraph) without its own
    /// attribution.
    Continued,
}

/// Where one outlet carries a quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteOccurrence {
    pub article: usize,
    /// The sentence (0-based within the article) where the quotation opens.
    pub sentence_index: usize,
    /// Byte range of the quoted words (without the quotation marks) in the cleaned article text.
    /// For a quotation interrupted by its attribution (`"We will go," he said, "and we will win."`)
    /// it runs from the first part's start to the last part's end, attribution included; the
    /// quote's `text` joins the parts.
    pub start: usize,
    pub end: usize,
    /// The speaker as this article names it (`he`, `the minister`, `Lavrov`), if found.
    pub speaker_as_written: Option<String>,
    /// The speaker after resolution (a person's full name or a description), if found.
    pub speaker: Option<String>,
    /// The speech verb (`said`, `told`, `stressed`, `according to`), if any.
    pub verb: Option<String>,
    pub form: Option<AttributionForm>,
}

/// One distinct quotation and every outlet that carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, whitespace collapsed (the longest version when outlets differ).
    pub text: String,
    /// The speaker: the merged canonical name, or a description such as "a US official".
    pub speaker: Option<String>,
    /// The speech verb of the first attributed occurrence.
    pub verb: Option<String>,
    /// Articles carrying it, ascending.
    pub articles: Vec<usize>,
    pub occurrences: Vec<QuoteOccurrence>,
}

/// A quoted speaker with the name variants that were merged into one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    /// Every way the articles wrote this speaker (full names, surnames, descriptions, pronouns
    /// excluded), in order of appearance.
    pub variants: Vec<String>,
    /// Indices into [`Comparison::quotes`].
    pub quotes: Vec<usize>,
    /// Articles quoting this speaker, ascending.
    pub articles: Vec<usize>,
}

/// A statement several outlets report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consensus {
    /// The clearest wording (from the article whose sentence is closest to all the others).
    pub statement: Statement,
    /// Every article reporting it (the statement's own included), ascending.
    pub articles: Vec<usize>,
    /// The other articles' closest sentences.
    pub support: Vec<Statement>,
}

/// What one article reports that no other does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UniqueList {
    pub article: usize,
    pub statements: Vec<UniqueStatement>,
}

/// One statement only its article reports, with its importance score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UniqueStatement {
    pub statement: Statement,
    pub score: f32,
}

/// Why two statements are in dispute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisputeKind {
    /// One statement denies, rejects or dismisses what the other asserts.
    Denial,
    /// One statement negates (never, not, no such) what the other asserts.
    Negation,
    /// Both report the same count or amount with different numbers.
    Numbers,
    /// A later report gives a new figure for the same count (a rising toll): not a dispute.
    Update,
}

/// Two statements from different articles that contradict each other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dispute {
    /// The asserting statement.
    pub claim: Statement,
    /// The denying, negating or conflicting statement.
    pub counter: Statement,
    pub kind: DisputeKind,
    /// The figures that differ, the claim's first (`21 / 24`).
    pub shared: Vec<String>,
    pub score: f32,
}

/// Tunable limits of the comparison.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CompareOptions {
    /// At most this many consensus statements.
    pub max_consensus: usize,
    /// At most this many "only here" statements per article.
    pub max_unique: usize,
    /// At most this many disputed pairs.
    pub max_disputed: usize,
    /// Look for disputes at all: off by default, since the section does not yet reach its
    /// precision bar on hand-judged clusters (BENCHMARKS.md); shown labelled as unverified.
    pub disputes: bool,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            max_consensus: 6,
            max_unique: 3,
            max_disputed: 6,
            disputes: false,
        }
    }
}

/// Compares the articles of an analysed cluster with the default limits.
pub fn compare(cluster: &AnalysedCluster, stats: &ClusterStats) -> Comparison {
    compare_with(cluster, stats, &CompareOptions::default())
}

/// Compares the articles of an analysed cluster.
pub fn compare_with(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    options: &CompareOptions,
) -> Comparison {
    let (quotes, speakers) = quotes::find_quotes(cluster);
    let attributor = Attributor::new(
        cluster,
        &stats.idf,
        &stats.content_terms,
        AttributionParams::default(),
    );
    Comparison {
        quotes,
        speakers,
        consensus: consensus::consensus(cluster, stats, &attributor, options.max_consensus),
        unique: unique::unique(cluster, stats, &attributor, options.max_unique),
        disputed: if options.disputes {
            disputed::disputed(cluster, stats, &attributor, options.max_disputed)
        } else {
            Vec::new()
        },
        disputes_checked: options.disputes,
    }
}

/// Sentence `sentence` as a statement shown on its own: with the visible edit that makes it stand
/// alone, where it has one ([`ClusterStats::shown_text`]).
pub(crate) fn shown_statement(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    sentence: usize,
) -> Statement {
    Statement {
        text: stats.shown_text(cluster, sentence).to_string(),
        ..statement(cluster, sentence)
    }
}

pub(crate) fn statement(cluster: &AnalysedCluster, sentence: usize) -> Statement {
    let s = &cluster.sentences[sentence];
    Statement {
        article: s.article,
        sentence_index: s.index,
        text: s.text.clone(),
    }
}

/// Byte ranges of the word tokens of `text[range]`: maximal runs of alphanumeric characters, the
/// same rule as the tokenizer's ([`crate::words`]), so the k-th range of a sentence's span
/// is the surface of its k-th term id. Used to recover letter case and offsets, which term ids drop.
pub(crate) fn word_ranges(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let offset = range.start;
    crate::words::word_ranges(&text[range])
        .into_iter()
        .map(|r| r.start + offset..r.end + offset)
        .collect()
}

/// The speaker of the quotation starting with `start` in one English article `text` (for the
/// speaker rules' unit tests).
#[cfg(test)]
pub(crate) fn speaker_of_quote(text: &str, start: &str) -> Option<String> {
    let article = crate::model::Article {
        id: "a0".into(),
        origin: "a0".into(),
        text: text.to_string(),
        ..Default::default()
    };
    let cluster = crate::text::Analyzer::new().analyse(crate::model::CleanCluster {
        id: "c".into(),
        articles: vec![article],
        ..Default::default()
    });
    let (quotes, _) = quotes::find_quotes(&cluster);
    quotes
        .into_iter()
        .find(|q| q.text.trim_start().starts_with(start))
        .unwrap_or_else(|| panic!("no quotation starting {start:?}"))
        .speaker
}
