//! Measurement: ROUGE exactly as Google's rouge-score computes it, and evaluation data sets.
//!
//! - [`rouge`]: ROUGE-1/2/L/Lsum ([`RougeScorer`]) and their running means ([`RougeMeans`]).
//! - [`dataset`]: evaluation cluster files ([`read_eval_clusters`]) and predictions JSONL.

pub mod dataset;
pub mod oracle;
pub mod rouge;

pub use dataset::{
    read_eval_clusters, read_predictions, write_predictions, EvalCluster, EvalDataError, Prediction,
};
pub use rouge::{Prf, RougeMeans, RougeScorer, RougeScores, RougeText};

/// A reference summary as ROUGE-Lsum reads it: whitespace collapsed, one sentence a line (split by
/// roundup's sentence splitter, the same for every method scored).
pub fn reference_lines(text: &str) -> String {
    reference_lines_in(text, crate::lang::Language::English)
}

/// [`reference_lines`] for a summary written in `language` (its sentence rules,
/// [`crate::text::split_sentences_in`]).
pub fn reference_lines_in(text: &str, language: crate::lang::Language) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::text::split_sentences_in(&flat, language)
        .into_iter()
        .map(|r| &flat[r])
        .collect::<Vec<_>>()
        .join("\n")
}
