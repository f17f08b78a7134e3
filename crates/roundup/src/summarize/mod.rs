//! The summarize stage: score sentences, select under a budget without repetition, cite sources.
//!
//! Methods (see [`Method`]) share one [`ClusterStats`] per cluster, one [`select::Selector`] for the
//! budget and redundancy rules, and one citation step ([`cite`]).

pub mod cite;
pub mod coverage;
pub mod lead;
pub mod lexrank;
pub mod select;
pub mod vectors;

use std::fmt;
use std::str::FromStr;

use crate::model::{Budget, Summary, SummarySentence};
use crate::text::AnalysedCluster;

pub use cite::CitationParams;
pub use coverage::CoverageParams;
pub use select::{SelectionLimits, Selected};
pub use vectors::ClusterStats;

/// A summarization method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Method {
    /// Shared-concept coverage with a lead prior (the default).
    #[default]
    Coverage,
    /// LexRank centrality (classic unsupervised baseline).
    LexRank,
    /// Round-robin lead (the field's baseline).
    Lead,
}

impl Method {
    pub const ALL: [Method; 3] = [Method::Coverage, Method::LexRank, Method::Lead];

    pub fn name(self) -> &'static str {
        match self {
            Method::Coverage => "coverage",
            Method::LexRank => "lexrank",
            Method::Lead => "lead",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Method {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Method::ALL
            .into_iter()
            .find(|m| m.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                let names: Vec<&str> = Method::ALL.iter().map(|m| m.name()).collect();
                format!("unknown method '{s}' (choose from {})", names.join(", "))
            })
    }
}

/// How to summarize.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SummaryOptions {
    pub method: Method,
    pub budget: Budget,
    /// See [`SelectionLimits::fill_budget`]: true for evaluation at a word budget.
    pub fill_budget: bool,
    pub coverage: CoverageParams,
    pub citations: CitationParams,
}

impl Default for SummaryOptions {
    fn default() -> Self {
        SummaryOptions {
            method: Method::default(),
            budget: Budget::default(),
            fill_budget: false,
            coverage: CoverageParams::default(),
            citations: CitationParams::default(),
        }
    }
}

/// Chooses the summary's sentences (indices into `cluster.sentences`), in selection order.
pub fn select(cluster: &AnalysedCluster, stats: &ClusterStats, options: &SummaryOptions) -> Vec<Selected> {
    let limits = SelectionLimits::new(options.budget, options.fill_budget);
    match options.method {
        Method::Lead => lead::select(cluster, limits),
        Method::LexRank => lexrank::select(cluster, stats, limits),
        Method::Coverage => coverage::select(cluster, stats, limits, &options.coverage),
    }
}

/// Orders chosen sentences for reading: by position in their article (so each article's order is
/// kept and leads come first), ties by score, so the summary opens with the best lead sentence.
pub fn reading_order(cluster: &AnalysedCluster, chosen: &mut [Selected]) {
    chosen.sort_by(|a, b| {
        let (sa, sb) = (&cluster.sentences[a.sentence], &cluster.sentences[b.sentence]);
        sa.index
            .cmp(&sb.index)
            .then(b.score.total_cmp(&a.score))
            .then(sa.article.cmp(&sb.article))
    });
}

/// Summarizes an analysed cluster: select, order, cite.
pub fn summarize(cluster: &AnalysedCluster, options: &SummaryOptions) -> Summary {
    let stats = ClusterStats::new(cluster);
    let mut chosen = select(cluster, &stats, options);
    reading_order(cluster, &mut chosen);
    let sentences = chosen
        .into_iter()
        .map(|c| {
            let s = &cluster.sentences[c.sentence];
            SummarySentence {
                text: s.text.clone(),
                article: s.article,
                sentence_index: s.index,
                score: c.score,
                support: cite::supports(cluster, &stats, c.sentence, &options.citations),
            }
        })
        .collect();
    Summary { sentences }
}
