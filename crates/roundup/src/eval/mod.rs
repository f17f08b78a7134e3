//! Measurement: ROUGE exactly as Google's rouge-score computes it, and evaluation data sets.
//!
//! - [`rouge`]: ROUGE-1/2/L/Lsum ([`RougeScorer`]) and their running means ([`RougeMeans`]).
//! - [`dataset`]: evaluation cluster files ([`read_eval_clusters`]) and predictions JSONL.

pub mod dataset;
pub mod rouge;

pub use dataset::{
    read_eval_clusters, read_predictions, write_predictions, EvalCluster, EvalDataError, Prediction,
};
pub use rouge::{Prf, RougeMeans, RougeScorer, RougeScores, RougeText};
