//! Command-line flags, defined in one place.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use roundup::model::Budget;
use roundup::render::Format;
use roundup::summarize::{Method, SentenceOrder};

#[derive(Debug, Parser)]
#[command(
    name = "roundup",
    version,
    about = "Turn many news articles about one story into one short, faithful, cited summary."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Summarize articles about one story, citing every source for every sentence.
    Summarize(SummarizeArgs),
    /// Compare the outlets: who is quoted saying what, what most report, what only one reports, what is disputed.
    Compare(CompareArgs),
    /// Show what roundup keeps of a page: its main text and metadata (HTML file, URL or WARC archive).
    Extract(ExtractArgs),
    /// Summarize every cluster of an evaluation file and score it with ROUGE.
    Eval(EvalArgs),
    /// Train the learned sentence scorer on clusters with human summaries; write its model file.
    Train(TrainArgs),
    /// Group a stream of articles into de-duplicated stories, each summarized with citations.
    Stories(crate::commands::stories::StoriesArgs),
    /// Run the news desk: a web app and JSON API over an embedded store of articles and stories.
    Serve(crate::commands::serve::ServeArgs),
    /// Fill a `roundup serve` store from files and archives.
    Import(crate::commands::import::ImportArgs),
}

/// The summary length: words or sentences.
#[derive(Debug, Args, Clone, Copy)]
#[group(multiple = false)]
pub struct BudgetArgs {
    /// Budget in words (default 120); summaries stay within it in whole sentences.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub words: Option<u32>,
    /// Budget in sentences.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub sentences: Option<u32>,
}

impl BudgetArgs {
    pub fn budget(&self, default_words: usize) -> Budget {
        match (self.words, self.sentences) {
            (_, Some(k)) => Budget::Sentences(k as usize),
            (Some(n), None) => Budget::Words(n as usize),
            (None, None) => Budget::Words(default_words),
        }
    }
}

#[derive(Debug, Args)]
pub struct SummarizeArgs {
    /// Files or folders of articles (.txt .md, .jsonl[.gz] .json, Multi-News `|||||` files), or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub budget: BudgetArgs,
    /// Output format: text, markdown or json.
    #[arg(long, short = 'f', default_value = "text")]
    pub format: Format,
    /// Summarization method: coverage (default), lexrank, lead or learned.
    #[arg(long, short = 'm', default_value = "coverage")]
    pub method: Method,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Sentence order: reading (lead with what most outlets report) or date (as the story unfolded,
    /// by the publication date of each sentence's article).
    #[arg(long, default_value = "reading")]
    pub order: SentenceOrder,
    /// Summarize the other inputs when one cannot be found (a warning names it; without this the
    /// command stops with an error, so a mistyped path never yields a summary of less).
    #[arg(long)]
    pub keep_going: bool,
    /// The articles' language (a name or ISO 639-1 code such as fr); detected per article when not given.
    #[arg(long, value_name = "LANG")]
    pub language: Option<roundup::lang::Language>,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Evaluation clusters, JSONL (optionally gzip): {"id", "documents": [...], "summaries": [...]}.
    #[arg(value_name = "DATA")]
    pub data: PathBuf,
    /// Word budget: each summary is cut at N words.
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    pub words: u32,
    /// Summarization method: coverage (default), lexrank, lead or learned.
    #[arg(long, short = 'm', default_value = "coverage")]
    pub method: Method,
    /// Output format: text or json.
    #[arg(long, short = 'f', default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    /// Write the produced summaries to FILE as JSONL {"id", "summary"}.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
    /// Score summaries made elsewhere (JSONL {"id", "summary"}) instead of summarizing.
    #[arg(long, value_name = "PRED.jsonl")]
    pub score_only: Option<PathBuf>,
    /// Only the first N clusters.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Score without stemming (the default stems, as the field reports: Porter with the
    /// rouge-score tokenizer, the cluster language's Snowball stemmer with the unicode one).
    #[arg(long)]
    pub no_stemming: bool,
    /// ROUGE tokenizer: rouge-score (identical to Google's rouge-score: [a-z0-9] only) or unicode
    /// (lower-case \w+ runs of any script, for languages other than English).
    #[arg(long, default_value = "rouge-score", value_parser = ["rouge-score", "unicode"])]
    pub tokenizer: String,
    /// The clusters' language (a name or ISO 639-1 code), over any `language` field in the data;
    /// without either, each cluster's language is detected.
    #[arg(long, value_name = "LANG")]
    pub language: Option<roundup::lang::Language>,
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Training clusters, JSONL (optionally gzip) with human summaries (Multi-News train).
    #[arg(value_name = "DATA")]
    pub data: PathBuf,
    /// Only the first N clusters.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// The folder to write into (created when missing): the model as `learned-v1.json` and the
    /// word-importance priors as `word-priors-v1.tsv`. `--out crates/roundup/models` (from the
    /// workspace root) replaces the shipped files.
    #[arg(long, value_name = "DIR", default_value = "roundup-model")]
    pub out: PathBuf,
    /// Write the model to FILE instead of DIR/learned-v1.json.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write the word-importance priors (per-stem summary likelihood; made first from the same
    /// clusters, the model's features read them) to FILE instead of DIR/word-priors-v1.tsv.
    #[arg(long, value_name = "FILE")]
    pub priors_output: Option<PathBuf>,
    /// Only write the word-importance priors (no trees).
    #[arg(long)]
    pub priors_only: bool,
    /// At most this many stems in the priors table (those in the most training clusters).
    #[arg(long, default_value_t = 6_000)]
    pub max_stems: usize,
    /// Stems in fewer training clusters than this get the table's default prior.
    #[arg(long, default_value_t = 20)]
    pub min_clusters: u32,
    /// Training target: oracle (the greedy ROUGE oracle takes the sentence, log loss), or recall, f,
    /// relative-f or precision (a sentence's own ROUGE-1 + ROUGE-2 vs the reference, squared loss).
    #[arg(long, default_value = "oracle")]
    pub label: roundup::summarize::train::Label,
    /// Number of boosted trees.
    #[arg(long, default_value_t = 100)]
    pub trees: usize,
    /// Shrinkage: how much each tree's output counts (smaller learns slower, generalises better).
    #[arg(long, default_value_t = 0.2)]
    pub learning_rate: f32,
    /// Deepest a tree may grow.
    #[arg(long, default_value_t = 5)]
    pub max_depth: usize,
    /// Least total hessian (sample weight) in a leaf: larger makes smoother trees.
    #[arg(long, default_value_t = 20.0)]
    pub min_leaf_weight: f32,
    /// Random seed of the tree trainer (the same seed and data give the same model).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// After training, evaluate the new model on these clusters (e.g. Multi-News val).
    #[arg(long, value_name = "DATA")]
    pub eval: Option<PathBuf>,
    /// Evaluate on the first N clusters of --eval.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub eval_limit: usize,
    /// Word budget of the evaluation.
    #[arg(long, value_name = "N", default_value_t = 230)]
    pub words: usize,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Compare the other inputs when one cannot be found (a warning names it; without this the
    /// command stops with an error).
    #[arg(long)]
    pub keep_going: bool,
    /// Files or folders of articles (.txt .md, .jsonl[.gz] .json, Multi-News `|||||` files), or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub inputs: Vec<String>,
    /// Output format: text, markdown or json.
    #[arg(long, short = 'f', default_value = "text")]
    pub format: Format,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The articles' language (a name or ISO 639-1 code such as fr); detected per article when not given.
    #[arg(long, value_name = "LANG")]
    pub language: Option<roundup::lang::Language>,
    /// Also list outlets that give different figures for the same thing. Off by default and
    /// shown as unverified: on hand-judged clusters most such pairs are not real disputes.
    #[arg(long)]
    pub disputes: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// HTML files, http(s):// URLs or WARC archives (.warc, .warc.gz), or - for an HTML page on stdin.
    #[arg(required = true, value_name = "PAGE|URL|ARCHIVE")]
    pub inputs: Vec<String>,
    /// Output format: text or json (JSON Lines, one object a page).
    #[arg(long, short = 'f', default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}
