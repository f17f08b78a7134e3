//! Word importance: how likely a human summary is to use a word that the articles use.
//!
//! Hong & Nenkova (EACL 2014) estimate it from training data: for each stem, the share of
//! training clusters whose reference summary has the stem, among those whose articles have it
//! (smoothed towards the share over all stems). Stems are the analyser's lower-cased Snowball
//! stems, so the table does not depend on letter case. It is estimated on the Multi-News copies
//! (cut at ~500 words), but a stem's prior is a property of the word: it is the same however long
//! the articles being summarized are.
//!
//! Where it is used: the coverage method multiplies a sentence's prior by the mean prior of its
//! content stems ([`super::CoverageParams::importance_exponent`]), and the learned model has five
//! features over it ([`super::features`]). Tried and not kept (first 1,000 Multi-News val
//! clusters): the priors as weights of the coverage concepts (+0.05 R1 at best), concepts of one
//! article weighted by importance (−0.1 to −0.25 R1), and a word-level logistic model (prior,
//! article frequency, first sentences, lead, earliest position) weighting the concepts (±0.03).
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
use crate::text::{Analyzer, Tokenizer, Vocabulary};

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

/// Per-term priors of a cluster's vocabulary from the shipped table (all 0 should it ever fail to
/// load: the coverage method then leaves importance out, see `coverage::select`).
pub fn shipped_term_priors(vocabulary: &Vocabulary) -> Vec<f32> {
    match shipped_priors() {
        Ok(p) => p.term_priors(vocabulary),
        Err(_) => vec![0.0; vocabulary.len()],
    }
}

/// Summary-likelihood of stems.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordPriors {
    /// The table's stems and priors, in byte order of the stem.
    stems: Vec<(Box<str>, f32)>,
    /// The lookup path: stem hash → prior.
    priors: FxHashMap<u64, f32>,
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
}

/// How a table is made from counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriorOptions {
    /// At most this many stems (those in the most clusters' articles; ties by stem). 6,000 (stems
    /// in ≥ ~100 of the 44,972 Multi-News train clusters) scored as 16,000 did on Multi-News val
    /// (44.74 / 15.33 vs 44.75 / 15.35 on the first 1,000 clusters) and better on DUC 2006 and TAC
    /// 2011 (rare stems carry one story's names), in a table that costs less to look up in.
    pub max_stems: usize,
    /// A stem in fewer clusters' articles than this is left out (gets the default).
    pub min_clusters: u32,
    /// Pseudo-count pulling a stem's share towards the mean.
    pub smoothing: f32,
}

impl Default for PriorOptions {
    fn default() -> Self {
        PriorOptions {
            max_stems: 6_000,
            min_clusters: 20,
            smoothing: 5.0,
        }
    }
}

impl WordPriors {
    /// The prior of a stem.
    pub fn get(&self, stem: &str) -> f32 {
        self.priors
            .get(&stem_key(stem))
            .copied()
            .unwrap_or(self.default)
    }

    /// Number of stems in the table.
    pub fn len(&self) -> usize {
        self.stems.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }

    /// The prior of every term of a vocabulary, by term id.
    /// Stop words get the default: summaries and features use content words' priors only.
    pub fn term_priors(&self, vocabulary: &Vocabulary) -> Vec<f32> {
        // hashes first, then the table: the second loop's loads do not wait on one another, so
        // the processor overlaps their cache misses
        let keys: Vec<Option<u64>> = (0..vocabulary.len() as u32)
            .map(|t| (!vocabulary.is_stop(t)).then(|| stem_key(vocabulary.stem(t))))
            .collect();
        keys.into_iter()
            .map(|k| {
                k.and_then(|k| self.priors.get(&k).copied())
                    .unwrap_or(self.default)
            })
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
        (0..vocabulary.len() as u32)
            .map(|t| {
                if vocabulary.is_stop(t) {
                    return self.default;
                }
                let stem = vocabulary.stem(t);
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
        let mut stems = Vec::new();
        for (i, line) in lines.enumerate() {
            let (stem, p) = line
                .split_once('\t')
                .ok_or_else(|| format!("word-prior table line {}: no tab", i + 2))?;
            let p: f32 = p
                .parse()
                .ok()
                .filter(|x| (0.0..=1.0).contains(x))
                .ok_or_else(|| format!("word-prior table line {}: bad prior", i + 2))?;
            if stem.is_empty()
                || stems
                    .last()
                    .is_some_and(|(s, _): &(Box<str>, f32)| **s >= *stem)
            {
                return Err(format!(
                    "word-prior table line {}: empty or out-of-order stem",
                    i + 2
                ));
            }
            stems.push((stem.into(), p));
        }
        Ok(WordPriors {
            priors: keyed(&stems),
            stems,
            default,
            mean,
            command,
            counts: None,
            smoothing: 0.0,
        })
    }

    /// The table as text: the header, then one `stem<TAB>prior` a line in byte order of the stem.
    pub fn to_tsv(&self) -> String {
        let mut out = String::with_capacity(self.stems.len() * 14 + 256);
        out.push_str(&format!(
            "{PRIORS_FORMAT}\t{}\t{}\t{}\n",
            fmt_prior(self.default),
            fmt_prior(self.mean),
            self.command
        ));
        for (s, p) in &self.stems {
            out.push_str(s);
            out.push('\t');
            out.push_str(&fmt_prior(*p));
            out.push('\n');
        }
        out
    }
}

/// The lookup key of a stem: its 64-bit Fx hash.
fn stem_key(stem: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(stem.as_bytes());
    h.finish()
}

/// The lookup table: the 64-bit hash of each stem to its prior (no strings compared on lookup).
fn keyed(stems: &[(Box<str>, f32)]) -> FxHashMap<u64, f32> {
    stems.iter().map(|(stem, p)| (stem_key(stem), *p)).collect()
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
        let mut table: Vec<(Box<str>, f32)> = stems
            .iter()
            .map(|&(s, n, k)| {
                let p = (k as f32 + m * mean) / (n as f32 + m);
                (s.as_str().into(), round_prior(p))
            })
            .collect();
        table.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let counts = stems
            .iter()
            .map(|&(s, n, k)| (s.as_str().into(), (n, k)))
            .collect();
        WordPriors {
            priors: keyed(&table),
            stems: table,
            default: round_prior(default),
            mean,
            command: command.to_string(),
            counts: Some(counts),
            smoothing: m,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cluster(docs: &[&str], summary: &str) -> EvalCluster {
        EvalCluster {
            id: "t".into(),
            documents: docs.iter().map(|d| d.to_string()).collect(),
            summaries: vec![summary.into()],
            language: None,
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
        let tok = analyzer.tokenizer();
        let veto = a.vocabulary.find_stem(&tok.stem("vetoed")).unwrap() as usize;
        let lunch = a.vocabulary.find_stem(&tok.stem("lunch")).unwrap() as usize;
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
