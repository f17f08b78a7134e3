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
//!
//! ```
//! use roundup::model::{Article, Budget, Cluster};
//! use roundup::pipeline::summarize_cluster;
//! use roundup::summarize::SummaryOptions;
//! use roundup::text::Analyzer;
//!
//! let article = |id: &str, text: &str| Article {
//!     id: id.into(),
//!     origin: id.into(),
//!     text: text.into(),
//!     ..Article::default()
//! };
//! let cluster = Cluster {
//!     id: "bridge".into(),
//!     articles: vec![
//!         article("a", "The city closed the Harbor Street bridge on Tuesday after inspectors found corroded girders.\nShare this story on Facebook"),
//!         article("b", "Inspectors found corroded girders, and the city closed the Harbor Street bridge on Tuesday.\nThe mayor promised repairs within ten weeks."),
//!     ],
//! };
//! let options = SummaryOptions { budget: Budget::Sentences(1), ..SummaryOptions::default() };
//! let result = summarize_cluster(cluster, &Analyzer::new(), &options);
//! let first = &result.summary.sentences[0];
//! assert!(first.text.contains("corroded girders"));
//! // both outlets report it: the sentence cites its origin and the other article
//! assert_eq!(first.cited_articles().len(), 2);
//! assert_eq!(result.boilerplate_lines_removed, 1);
//! ```

pub mod attribute;
pub mod clean;
pub mod compare;
pub mod dates;
pub mod eval;
pub mod headline;
pub mod ingest;
pub mod lang;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod sets;
pub mod stories;
pub mod summarize;
pub mod text;
pub mod words;

pub use model::{Article, Budget, CleanCluster, Cluster, Summary, SummarySentence, Support};

/// The roundup version, as written into JSON output.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
