//! Word importance: how likely a human summary is to use a word that the articles use.
//!
//! Hong & Nenkova (EACL 2014) estimate it from training data: for each stem, the share of
//! training clusters whose reference summary has the stem, among those whose articles have it
//! (smoothed towards the share over all stems). Stems are the analyser's lower-cased Snowball
//! stems, so the table does not depend on letter case; it is a property of the word, not of how
//! long an article is, so it does not depend on the ~500-word cut of the Multi-News copies either.
//!
//! The table (`crates/roundup/models/word-priors-v1.tsv`, compiled in) is written by
//! `roundup train` from Multi-News train: the stems seen in the most training clusters, at most
//! [`PriorOptions::max_stems`] of them, one `stem<TAB>prior` a line in byte order of the stem,
//! after a header line `#roundup-word-priors-1<TAB>default<TAB>mean<TAB>command`. A stem not in
//! the table gets `default`, the pooled share of the stems left out.

use std::sync::LazyLock;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::clean::clean_cluster;
use crate::eval::EvalCluster;
use crate::pipeline::cluster_from_texts;
use crate::text::{AnalysedCluster, Analyzer, Tokenizer, Vocabulary};

use super::vectors::ClusterStats;

/// The format tag on the table's header line.
pub const PRIORS_FORMAT: &str = "#roundup-word-priors-1";

/// The shipped table, as `roundup train` writes it.
pub const SHIPPED_PRIORS_TSV: &str = include_str!("../../models/word-priors-v1.tsv");

static SHIPPED: LazyLock<Result<WordPriors, String>> =
    LazyLock::new(|| WordPriors::parse(SHIPPED_PRIORS_TSV));

/// The table compiled into the library, or why it could not be read.
pub fn shipped_priors() -> Result<&'static WordPriors, &'static str> {
    SHIPPED.as_ref().map_err(String::as_str)
}

/// Per-term priors of a cluster's vocabulary from the shipped table (every term gets the same
/// neutral value, the table's mean, should it ever fail to load).
pub fn shipped_term_priors(vocabulary: &Vocabulary) -> Vec<f32> {
    match shipped_priors() {
        Ok(p) => p.term_priors(vocabulary),
        Err(_) => vec![0.0; vocabulary.len()],
    }
}

/// Summary-likelihood of stems.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordPriors {
    priors: FxHashMap<Box<str>, f32>,
    /// The prior of a stem not in the table.
    pub default: f32,
    /// The pooled share over all stems: P(in the summary | in the articles) of a typical stem.
    pub mean: f32,
    /// How the table was made, for the record.
    pub command: String,
    /// Training counts (clusters with the stem in the articles, of those with it in the summary)
    /// of the stems in the table, kept only in memory by [`StemCounts::priors`] so that training
    /// can leave a cluster's own summary out of the priors its features see.
    counts: Option<FxHashMap<Box<str>, (u32, u32)>>,
    smoothing: f32,
    /// The word model fitted beside the priors (a second header line `#word-model<TAB>w...`).
    pub word_model: Option<WordModel>,
}

/// How a table is made from counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriorOptions {
    /// At most this many stems (those in the most clusters' articles; ties by stem).
    pub max_stems: usize,
    /// A stem in fewer clusters' articles than this is left out (gets the default).
    pub min_clusters: u32,
    /// Pseudo-count pulling a stem's share towards the mean.
    pub smoothing: f32,
}

impl Default for PriorOptions {
    fn default() -> Self {
        PriorOptions {
            max_stems: 30_000,
            min_clusters: 20,
            smoothing: 5.0,
        }
    }
}

impl WordPriors {
    /// The prior of a stem.
    pub fn get(&self, stem: &str) -> f32 {
        self.priors.get(stem).copied().unwrap_or(self.default)
    }

    /// Number of stems in the table.
    pub fn len(&self) -> usize {
        self.priors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.priors.is_empty()
    }

    /// The prior of every term of a vocabulary, by term id.
    pub fn term_priors(&self, vocabulary: &Vocabulary) -> Vec<f32> {
        (0..vocabulary.len())
            .map(|t| self.get(vocabulary.stem(t as u32)))
            .collect()
    }

    /// [`WordPriors::term_priors`] as if the training cluster whose summary has the stems
    /// `summary_stems` (and whose articles have every stem of `vocabulary`) had not been counted.
    /// Without training counts (a table read from a file), the plain priors.
    pub fn term_priors_leaving_out(
        &self,
        vocabulary: &Vocabulary,
        summary_stems: &FxHashSet<String>,
    ) -> Vec<f32> {
        let Some(counts) = &self.counts else {
            return self.term_priors(vocabulary);
        };
        (0..vocabulary.len())
            .map(|t| {
                let stem = vocabulary.stem(t as u32);
                match counts.get(stem) {
                    Some(&(n, k)) => {
                        let own = summary_stems.contains(stem) as u32;
                        let (n, k) = (n.saturating_sub(1), k.saturating_sub(own));
                        round_prior(
                            (k as f32 + self.smoothing * self.mean) / (n as f32 + self.smoothing),
                        )
                    }
                    None => self.default,
                }
            })
            .collect()
    }

    /// Reads a table written by [`WordPriors::to_tsv`].
    pub fn parse(text: &str) -> Result<WordPriors, String> {
        let mut lines = text.lines();
        let head = lines.next().ok_or("empty word-prior table")?;
        let mut fields = head.split('\t');
        if fields.next() != Some(PRIORS_FORMAT) {
            return Err(format!("word-prior table is not {PRIORS_FORMAT}"));
        }
        let mut number = |what: &str| -> Result<f32, String> {
            fields
                .next()
                .and_then(|x| x.parse::<f32>().ok())
                .filter(|x| (0.0..=1.0).contains(x))
                .ok_or_else(|| format!("word-prior table: bad {what}"))
        };
        let default = number("default")?;
        let mean = number("mean")?;
        let command = fields.next().unwrap_or_default().to_string();
        let mut priors = FxHashMap::default();
        let mut word_model = None;
        for (i, line) in lines.enumerate() {
            if let Some(rest) = line.strip_prefix("#word-model\t") {
                let w: Vec<f32> = rest.split('\t').filter_map(|x| x.parse().ok()).collect();
                let weights: [f32; WORD_FEATURE_COUNT] = w
                    .try_into()
                    .map_err(|_| "word-prior table: bad word model".to_string())?;
                word_model = Some(WordModel { weights });
                continue;
            }
            let (stem, p) = line
                .split_once('\t')
                .ok_or_else(|| format!("word-prior table line {}: no tab", i + 2))?;
            let p: f32 = p
                .parse()
                .ok()
                .filter(|x| (0.0..=1.0).contains(x))
                .ok_or_else(|| format!("word-prior table line {}: bad prior", i + 2))?;
            if stem.is_empty() || priors.insert(stem.into(), p).is_some() {
                return Err(format!("word-prior table line {}: bad stem", i + 2));
            }
        }
        Ok(WordPriors {
            priors,
            default,
            mean,
            command,
            counts: None,
            smoothing: 0.0,
            word_model,
        })
    }

    /// The table as text: the header, then one `stem<TAB>prior` a line in byte order of the stem.
    pub fn to_tsv(&self) -> String {
        let mut stems: Vec<(&str, f32)> = self.priors.iter().map(|(s, &p)| (&**s, p)).collect();
        stems.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut out = String::with_capacity(stems.len() * 14 + 256);
        out.push_str(&format!(
            "{PRIORS_FORMAT}\t{}\t{}\t{}\n",
            fmt_prior(self.default),
            fmt_prior(self.mean),
            self.command
        ));
        if let Some(m) = &self.word_model {
            out.push_str("#word-model");
            for w in m.weights {
                out.push_str(&format!("\t{w}"));
            }
            out.push('\n');
        }
        for (s, p) in stems {
            out.push_str(s);
            out.push('\t');
            out.push_str(&fmt_prior(p));
            out.push('\n');
        }
        out
    }
}

/// Priors are written with three decimals; in memory they are rounded the same way, so a table
/// read back from its file gives the very priors it was made with.
fn round_prior(p: f32) -> f32 {
    fmt_prior(p).parse().unwrap_or(p)
}

fn fmt_prior(p: f32) -> String {
    let s = format!("{:.3}", p.clamp(0.0, 1.0));
    // "0.250" -> ".25": shorter lines
    let s = s.trim_end_matches('0').trim_end_matches('.');
    let s = s.strip_prefix('0').unwrap_or(s);
    if s.is_empty() {
        "0".into()
    } else {
        s.to_string()
    }
}

/// For each stem of training clusters' articles: in how many clusters' articles it is, and in how
/// many of those the reference summary has it too.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StemCounts {
    pub clusters: u32,
    pub counts: FxHashMap<String, (u32, u32)>,
}

/// The stems of a summary (the analyser's tokens and stems).
pub fn summary_stems(tokenizer: &Tokenizer, summaries: &[String]) -> FxHashSet<String> {
    let mut out = FxHashSet::default();
    for s in summaries {
        Tokenizer::for_each_word(s, |w| {
            out.insert(tokenizer.stem(w));
        });
    }
    out
}

impl StemCounts {
    /// Counts over clusters that have a summary (in parallel; the sums do not depend on order).
    pub fn count(clusters: &[EvalCluster]) -> StemCounts {
        let analyzer = Analyzer::new();
        clusters
            .par_iter()
            .filter(|c| !c.summaries.is_empty())
            .fold(StemCounts::default, |mut acc, c| {
                let a = analyzer.analyse(clean_cluster(cluster_from_texts(&c.id, &c.documents)));
                let summary = summary_stems(analyzer.tokenizer(), &c.summaries);
                acc.clusters += 1;
                for t in 0..a.vocabulary.len() {
                    let stem = a.vocabulary.stem(t as u32);
                    let in_summary = summary.contains(stem) as u32;
                    let e = acc.counts.entry(stem.to_string()).or_insert((0, 0));
                    e.0 += 1;
                    e.1 += in_summary;
                }
                acc
            })
            .reduce(StemCounts::default, |mut a, b| {
                a.clusters += b.clusters;
                for (s, (n, k)) in b.counts {
                    let e = a.counts.entry(s).or_insert((0, 0));
                    e.0 += n;
                    e.1 += k;
                }
                a
            })
    }

    /// The table of priors (deterministic: it depends only on the counts).
    pub fn priors(&self, options: &PriorOptions, command: &str) -> WordPriors {
        let (n_all, k_all) = self
            .counts
            .values()
            .fold((0u64, 0u64), |(n, k), &(a, b)| (n + a as u64, k + b as u64));
        let mean = if n_all > 0 {
            (k_all as f64 / n_all as f64) as f32
        } else {
            0.0
        };
        let mut stems: Vec<(&String, u32, u32)> = self
            .counts
            .iter()
            .filter(|(_, &(n, _))| n >= options.min_clusters)
            .map(|(s, &(n, k))| (s, n, k))
            .collect();
        stems.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        stems.truncate(options.max_stems);
        let (n_in, k_in) = stems.iter().fold((0u64, 0u64), |(n, k), &(_, a, b)| {
            (n + a as u64, k + b as u64)
        });
        let (n_out, k_out) = (n_all - n_in, k_all - k_in);
        let default = if n_out > 0 {
            (k_out as f64 / n_out as f64) as f32
        } else {
            mean
        };
        let m = options.smoothing;
        let mean = round_prior(mean);
        let priors = stems
            .iter()
            .map(|&(s, n, k)| {
                let p = (k as f32 + m * mean) / (n as f32 + m);
                (s.as_str().into(), round_prior(p))
            })
            .collect();
        let counts = stems
            .iter()
            .map(|&(s, n, k)| (s.as_str().into(), (n, k)))
            .collect();
        WordPriors {
            priors,
            default: round_prior(default),
            mean,
            command: command.to_string(),
            counts: Some(counts),
            smoothing: m,
            word_model: None,
        }
    }
}

/// Names of the word model's features, in column order (the first is the constant 1).
pub const WORD_FEATURES: [&str; 8] = [
    "bias",
    "prior_logit",
    "df_share",
    "ln_df",
    "first_share",
    "lead3_share",
    "earliest",
    "prior_x_df_share",
];

/// Number of word-model features.
pub const WORD_FEATURE_COUNT: usize = WORD_FEATURES.len();

/// Sentences of an article from the top that count as its lead for `lead3_share`.
const LEAD_SENTENCES: usize = 3;

/// Positions past this count as this (the truncated Multi-News articles rarely reach it).
const EARLIEST_CAP: usize = 10;

fn logit(p: f32) -> f32 {
    let p = p.clamp(0.005, 0.995);
    (p / (1.0 - p)).ln()
}

/// The word model's features of every content term of a cluster (stop words: all zero), by term
/// id. None depends on letter case (stems) or on how long articles are: document frequency,
/// first sentences, the first [`LEAD_SENTENCES`] and the earliest sentence index (capped), never
/// term frequency over whole articles (the Multi-News copies are cut at ~500 words).
pub fn word_features(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
) -> Vec<[f32; WORD_FEATURE_COUNT]> {
    let n = cluster.vocabulary.len();
    let articles = cluster.articles.len().max(1) as f32;
    let mut first = vec![0u16; n];
    let mut lead = vec![0u16; n];
    let mut lead_tag = vec![u32::MAX; n];
    let mut earliest = vec![EARLIEST_CAP as u16; n];
    for (s, terms) in cluster.sentences.iter().zip(&stats.content_terms) {
        let idx = s.index.min(EARLIEST_CAP) as u16;
        for &t in terms {
            let t = t as usize;
            earliest[t] = earliest[t].min(idx);
            if s.index == 0 {
                first[t] += 1;
            }
            if s.index < LEAD_SENTENCES && lead_tag[t] != s.article as u32 {
                lead_tag[t] = s.article as u32;
                lead[t] += 1;
            }
        }
    }
    (0..n)
        .map(|t| {
            let df = stats.article_df[t];
            if df == 0 || cluster.vocabulary.is_stop(t as u32) {
                return [0.0; WORD_FEATURE_COUNT];
            }
            let share = df as f32 / articles;
            let pl = logit(stats.term_prior[t]);
            [
                1.0,
                pl,
                share,
                (df as f32).ln(),
                first[t] as f32 / articles,
                lead[t] as f32 / articles,
                1.0 / (1.0 + earliest[t] as f32),
                pl * share,
            ]
        })
        .collect()
}

/// A logistic regression over [`WORD_FEATURES`]: the probability that the human summary uses a
/// content word of the articles.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordModel {
    pub weights: [f32; WORD_FEATURE_COUNT],
}

impl WordModel {
    pub fn probability(&self, row: &[f32; WORD_FEATURE_COUNT]) -> f32 {
        let z: f32 = self.weights.iter().zip(row).map(|(w, x)| w * x).sum();
        1.0 / (1.0 + (-z).exp())
    }

    /// The probability of every term of the cluster (0 for stop words and absent terms).
    pub fn term_importance(&self, cluster: &AnalysedCluster, stats: &ClusterStats) -> Vec<f32> {
        word_features(cluster, stats)
            .iter()
            .map(|row| {
                if row[0] == 0.0 {
                    0.0
                } else {
                    self.probability(row)
                }
            })
            .collect()
    }

    /// Fits by Newton's method (a few iterations of iteratively reweighted least squares, a small
    /// ridge on every weight but the bias); deterministic.
    pub fn fit(rows: &[[f32; WORD_FEATURE_COUNT]], labels: &[bool]) -> WordModel {
        const D: usize = WORD_FEATURE_COUNT;
        const RIDGE: f64 = 1.0;
        let mut w = [0.0f64; D];
        for _ in 0..12 {
            let mut grad = [0.0f64; D];
            let mut hess = [[0.0f64; D]; D];
            for (x, &y) in rows.iter().zip(labels) {
                let z: f64 = (0..D).map(|i| w[i] * x[i] as f64).sum();
                let p = 1.0 / (1.0 + (-z).exp());
                let r = p - y as u8 as f64;
                let h = (p * (1.0 - p)).max(1e-9);
                for i in 0..D {
                    let xi = x[i] as f64;
                    grad[i] += r * xi;
                    for j in 0..=i {
                        hess[i][j] += h * xi * x[j] as f64;
                    }
                }
            }
            for i in 1..D {
                grad[i] += RIDGE * w[i];
                hess[i][i] += RIDGE;
            }
            for i in 0..D {
                for j in 0..i {
                    hess[j][i] = hess[i][j];
                }
            }
            let step = solve(hess, grad);
            for i in 0..D {
                w[i] -= step[i];
            }
        }
        let mut weights = [0.0f32; D];
        for i in 0..D {
            weights[i] = round_weight(w[i] as f32);
        }
        WordModel { weights }
    }
}

/// Weights are written with four decimals (and kept so in memory: the file gives the same model).
fn round_weight(w: f32) -> f32 {
    format!("{w:.4}").parse().unwrap_or(w)
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting (0 where singular).
fn solve<const D: usize>(mut a: [[f64; D]; D], mut b: [f64; D]) -> [f64; D] {
    for c in 0..D {
        let p = (c..D)
            .max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))
            .unwrap_or(c);
        a.swap(c, p);
        b.swap(c, p);
        if a[c][c].abs() < 1e-12 {
            continue;
        }
        for r in (c + 1)..D {
            let f = a[r][c] / a[c][c];
            for k in c..D {
                a[r][k] -= f * a[c][k];
            }
            b[r] -= f * b[c];
        }
    }
    let mut x = [0.0f64; D];
    for c in (0..D).rev() {
        if a[c][c].abs() < 1e-12 {
            continue;
        }
        let s: f64 = ((c + 1)..D).map(|k| a[c][k] * x[k]).sum();
        x[c] = (b[c] - s) / a[c][c];
    }
    x
}

/// The word model's training rows: every content term of every `step`-th cluster with a
/// summary, labelled by whether the summary has its stem, with leave-one-out priors.
pub fn word_examples(
    clusters: &[EvalCluster],
    priors: &WordPriors,
    step: usize,
) -> (Vec<[f32; WORD_FEATURE_COUNT]>, Vec<bool>) {
    let analyzer = Analyzer::new();
    let parts: Vec<(Vec<[f32; WORD_FEATURE_COUNT]>, Vec<bool>)> = clusters
        .par_iter()
        .step_by(step.max(1))
        .filter(|c| !c.summaries.is_empty())
        .map(|c| {
            let a = analyzer.analyse(clean_cluster(cluster_from_texts(&c.id, &c.documents)));
            let own = summary_stems(analyzer.tokenizer(), &c.summaries);
            let mut stats = ClusterStats::new(&a);
            stats.term_prior = priors.term_priors_leaving_out(&a.vocabulary, &own);
            let mut rows = Vec::new();
            let mut labels = Vec::new();
            for (t, row) in word_features(&a, &stats).into_iter().enumerate() {
                if row[0] == 0.0 {
                    continue;
                }
                rows.push(row);
                labels.push(own.contains(a.vocabulary.stem(t as u32)));
            }
            (rows, labels)
        })
        .collect();
    let mut rows = Vec::new();
    let mut labels = Vec::new();
    for (r, l) in parts {
        rows.extend(r);
        labels.extend(l);
    }
    (rows, labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cluster(docs: &[&str], summary: &str) -> EvalCluster {
        EvalCluster {
            id: "t".into(),
            documents: docs.iter().map(|d| d.to_string()).collect(),
            summaries: vec![summary.into()],
        }
    }

    fn training() -> Vec<EvalCluster> {
        (0..30)
            .map(|i| {
                cluster(
                    &[&format!(
                        "The governor vetoed the budget bill on day {i}. Reporters asked about lunch."
                    )],
                    "The governor vetoed the budget.",
                )
            })
            .collect()
    }

    #[test]
    fn words_summaries_use_get_high_priors_and_the_table_round_trips() {
        let counts = StemCounts::count(&training());
        assert_eq!(counts.clusters, 30);
        let options = PriorOptions {
            min_clusters: 10,
            ..PriorOptions::default()
        };
        let priors = counts.priors(&options, "test");
        let tok = Tokenizer::new();
        let veto = priors.get(&tok.stem("vetoed"));
        let lunch = priors.get(&tok.stem("lunch"));
        assert!(veto > 0.8, "{veto}");
        assert!(lunch < 0.2, "{lunch}");
        // numbers of a single day are rare: not in the table
        assert_eq!(priors.get("17"), priors.default);
        let text = priors.to_tsv();
        let back = WordPriors::parse(&text).unwrap();
        assert_eq!(back.len(), priors.len());
        assert_eq!(back.get(&tok.stem("vetoed")), veto);
        assert_eq!(back.default, priors.default);
        assert_eq!(back.to_tsv(), text);
        // counted the same way twice: the same table, byte for byte
        assert_eq!(
            StemCounts::count(&training())
                .priors(&options, "test")
                .to_tsv(),
            text
        );
    }

    #[test]
    fn leaving_a_cluster_out_lowers_the_priors_of_its_summary_words() {
        let data = training();
        let priors = StemCounts::count(&data).priors(
            &PriorOptions {
                min_clusters: 10,
                ..PriorOptions::default()
            },
            "test",
        );
        let analyzer = Analyzer::new();
        let a = analyzer.analyse(clean_cluster(cluster_from_texts("t", &data[0].documents)));
        let own = summary_stems(analyzer.tokenizer(), &data[0].summaries);
        let plain = priors.term_priors(&a.vocabulary);
        let loo = priors.term_priors_leaving_out(&a.vocabulary, &own);
        let veto = a.vocabulary.lookup("vetoed").unwrap() as usize;
        let lunch = a.vocabulary.lookup("lunch").unwrap() as usize;
        assert!(loo[veto] < plain[veto]);
        assert!(loo[lunch] <= plain[lunch] + 1e-3);
    }

    #[test]
    fn the_shipped_table_loads_and_is_case_free() {
        let p = shipped_priors().expect("the shipped table is valid");
        assert!(p.len() > 1000, "{} stems", p.len());
        let analyzer = Analyzer::new();
        let upper = analyzer.analyse(clean_cluster(cluster_from_texts(
            "u",
            &["The Senate PASSED the Bill on Tuesday.".to_string()],
        )));
        let lower = analyzer.analyse(clean_cluster(cluster_from_texts(
            "l",
            &["the senate passed the bill on tuesday.".to_string()],
        )));
        assert_eq!(
            p.term_priors(&upper.vocabulary),
            p.term_priors(&lower.vocabulary)
        );
        assert!(WordPriors::parse("").is_err());
        assert!(WordPriors::parse("#other\t.1\t.1\n").is_err());
        assert!(WordPriors::parse(&format!("{PRIORS_FORMAT}\t.1\t.1\tx\nstem\t2\n")).is_err());
    }
}
