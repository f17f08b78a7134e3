//! roundup: turn many news articles about one story into one short, faithful, cited summary.
//!
//! The data flows one way, one module per stage, plain data types between them:
//!
//! ```text
//! ingest ──► clean ──► text (analyse) ──► summarize (+ attribution) ──► render
//!                                                     └──► eval (ROUGE)
//! ```
//!
//! - [`ingest`] reads files, folders, JSONL, Multi-News `|||||` clusters and stdin into [`model::Article`]s.
//! - [`clean`] normalises text, drops web boilerplate lines and collapses duplicate copies.
//! - [`text`] splits sentences and tokenizes them once into term ids ([`text::AnalysedCluster`]).
//! - [`summarize`] scores and selects sentences under a [`model::Budget`] and cites supporting articles.
//! - [`render`] writes text, Markdown or JSON.
//! - [`eval`] computes ROUGE exactly as Google's rouge-score does.

pub mod clean;
pub mod eval;
pub mod ingest;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod summarize;
pub mod text;

pub use model::{Article, Budget, CleanCluster, Cluster, Summary, SummarySentence, Support};

/// The roundup version, as written into JSON output.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
