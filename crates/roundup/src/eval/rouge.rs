//! ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum exactly as Google's `rouge-score` 0.1.2 computes them.
//!
//! The arithmetic is done by the `rougers` crate (a bit-exact port of `rouge-score`, its
//! tokenizer and NLTK's Porter stemmer); this module wraps it behind small types of our own
//! so the rest of roundup does not depend on its API.
//!
//! Conventions, all as in `rouge-score`:
//! - text is lowercased, every character outside `[a-z0-9]` separates tokens, and with
//!   stemming, tokens longer than three characters go through NLTK's Porter stemmer;
//! - ROUGE-Lsum reads sentences as the non-empty newline-separated lines of a text;
//! - with several references, each metric keeps the reference with the best F
//!   (the first one on ties), like `RougeScorer.score_multi`.

use rougers::{RougeType, Tokenizer};
use serde::{Deserialize, Serialize};

/// Precision, recall and F1 of one ROUGE variant (fractions in 0..=1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f: f64,
}

impl From<rougers::Score> for Prf {
    fn from(s: rougers::Score) -> Self {
        Prf {
            p: s.precision,
            r: s.recall,
            f: s.fmeasure,
        }
    }
}

/// The four ROUGE variants roundup reports. Serialized with `rouge-score`'s names
/// (`rouge1`, `rouge2`, `rougeL`, `rougeLsum`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RougeScores {
    pub rouge1: Prf,
    pub rouge2: Prf,
    #[serde(rename = "rougeL")]
    pub rouge_l: Prf,
    #[serde(rename = "rougeLsum")]
    pub rouge_lsum: Prf,
}

impl RougeScores {
    /// The four variants with their `rouge-score` names, in report order.
    pub fn named(&self) -> [(&'static str, Prf); 4] {
        [
            ("rouge1", self.rouge1),
            ("rouge2", self.rouge2),
            ("rougeL", self.rouge_l),
            ("rougeLsum", self.rouge_lsum),
        ]
    }

    fn from_rougers(scores: &rougers::Scores) -> Self {
        let get = |t| scores.get(t).map(Prf::from).unwrap_or_default();
        RougeScores {
            rouge1: get(RougeType::N(1)),
            rouge2: get(RougeType::N(2)),
            rouge_l: get(RougeType::L),
            rouge_lsum: get(RougeType::LSum),
        }
    }

    /// Keeps, per metric, whichever of `self` and `other` has the higher F
    /// (`self` on ties), as `score_multi` does over references.
    fn keep_best(&mut self, other: &RougeScores) {
        for (mine, theirs) in [
            (&mut self.rouge1, &other.rouge1),
            (&mut self.rouge2, &other.rouge2),
            (&mut self.rouge_l, &other.rouge_l),
            (&mut self.rouge_lsum, &other.rouge_lsum),
        ] {
            if theirs.f > mine.f {
                *mine = *theirs;
            }
        }
    }
}

/// A text tokenized once by a [`RougeScorer`], for scoring it against many others.
///
/// Only valid with the scorer (stemmed or not) that made it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RougeText {
    doc: rougers::Document,
}

impl RougeText {
    /// The number of ROUGE tokens in the text.
    pub fn token_count(&self) -> usize {
        self.doc.tokens.len()
    }

    /// The number of non-empty lines (ROUGE-Lsum sentences).
    pub fn sentence_count(&self) -> usize {
        self.doc.sentences.len()
    }
}

/// Scores summaries against references with ROUGE-1, -2, -L and -Lsum.
///
/// `Send + Sync`: share one across threads.
#[derive(Clone, Debug)]
pub struct RougeScorer {
    inner: rougers::RougeScorer,
    stemmed: bool,
}

impl RougeScorer {
    /// A scorer with (`stemmed = true`) or without NLTK Porter stemming.
    pub fn new(stemmed: bool) -> Self {
        let types = vec![
            RougeType::N(1),
            RougeType::N(2),
            RougeType::L,
            RougeType::LSum,
        ];
        let inner = rougers::RougeScorer::with_tokenizer(types, Tokenizer::new(stemmed))
            .expect("rouge1, rouge2, rougeL and rougeLsum are valid rougers types");
        RougeScorer { inner, stemmed }
    }

    /// Whether tokens are Porter-stemmed.
    pub fn stemmed(&self) -> bool {
        self.stemmed
    }

    /// Scores `prediction` against each reference and keeps, per metric, the reference with
    /// the best F (the first on ties), like `rouge-score`'s `score_multi`.
    /// With no references every score is zero.
    pub fn score(&self, references: &[&str], prediction: &str) -> RougeScores {
        match self.inner.score_multi(references, prediction) {
            Some(scores) => RougeScores::from_rougers(&scores),
            None => RougeScores::default(),
        }
    }

    /// Scores `prediction` against one reference (`rouge-score`'s `score(target, prediction)`).
    pub fn score_pair(&self, reference: &str, prediction: &str) -> RougeScores {
        RougeScores::from_rougers(&self.inner.score(reference, prediction))
    }

    /// Tokenizes (and stems) `text` once, for [`RougeScorer::score_prepared`].
    pub fn prepare(&self, text: &str) -> RougeText {
        RougeText {
            doc: self.inner.document(text),
        }
    }

    /// Like [`RougeScorer::score`], on texts prepared by this scorer: use it when the same
    /// reference or prediction is scored many times.
    pub fn score_prepared(&self, references: &[RougeText], prediction: &RougeText) -> RougeScores {
        let mut refs = references.iter();
        let Some(first) = refs.next() else {
            return RougeScores::default();
        };
        let mut best =
            RougeScores::from_rougers(&self.inner.score_documents(&first.doc, &prediction.doc));
        for r in refs {
            let s = RougeScores::from_rougers(&self.inner.score_documents(&r.doc, &prediction.doc));
            best.keep_best(&s);
        }
        best
    }
}

/// Running means of [`RougeScores`] over many summaries (macro average, as
/// `rouge-score`'s aggregators report without bootstrap).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RougeMeans {
    sum: [f64; 12],
    count: usize,
}

fn flatten(s: &RougeScores) -> [f64; 12] {
    let mut out = [0.0; 12];
    for (i, (_, prf)) in s.named().iter().enumerate() {
        out[3 * i] = prf.p;
        out[3 * i + 1] = prf.r;
        out[3 * i + 2] = prf.f;
    }
    out
}

impl RougeMeans {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one summary's scores.
    pub fn add(&mut self, scores: RougeScores) {
        for (acc, v) in self.sum.iter_mut().zip(flatten(&scores)) {
            *acc += v;
        }
        self.count += 1;
    }

    /// Adds everything another accumulator holds (for parallel reductions).
    pub fn merge(&mut self, other: &RougeMeans) {
        for (acc, v) in self.sum.iter_mut().zip(other.sum) {
            *acc += v;
        }
        self.count += other.count;
    }

    /// How many scores were added.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The mean of every figure; all zeros when nothing was added.
    pub fn mean(&self) -> RougeScores {
        if self.count == 0 {
            return RougeScores::default();
        }
        let n = self.count as f64;
        let m = |i: usize| Prf {
            p: self.sum[3 * i] / n,
            r: self.sum[3 * i + 1] / n,
            f: self.sum[3 * i + 2] / n,
        };
        RougeScores {
            rouge1: m(0),
            rouge2: m(1),
            rouge_l: m(2),
            rouge_lsum: m(3),
        }
    }
}

impl FromIterator<RougeScores> for RougeMeans {
    fn from_iter<I: IntoIterator<Item = RougeScores>>(iter: I) -> Self {
        let mut m = RougeMeans::new();
        m.extend(iter);
        m
    }
}

impl Extend<RougeScores> for RougeMeans {
    fn extend<I: IntoIterator<Item = RougeScores>>(&mut self, iter: I) {
        for s in iter {
            self.add(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn readme_example_of_rouge_score() {
        // rouge-score's README: score("The quick brown fox jumps over the lazy dog",
        // "The quick brown dog jumps on the log.") with stemming.
        let s = RougeScorer::new(true).score(
            &["The quick brown fox jumps over the lazy dog"],
            "The quick brown dog jumps on the log.",
        );
        assert!(close(s.rouge1.p, 0.75));
        assert!(close(s.rouge1.r, 6.0 / 9.0));
        assert!(close(s.rouge_l.p, 0.625));
        assert!(close(s.rouge_l.r, 5.0 / 9.0));
    }

    #[test]
    fn stemming_changes_matches() {
        let refs = ["The runners were running"];
        let pred = "A runner runs";
        let plain = RougeScorer::new(false).score(&refs, pred);
        let stemmed = RougeScorer::new(true).score(&refs, pred);
        assert_eq!(plain.rouge1.f, 0.0);
        // Stemmed: runners → runner, running/runs → run; "a" and "the", "were" stay unmatched.
        assert!(close(stemmed.rouge1.p, 2.0 / 3.0));
        assert!(close(stemmed.rouge1.r, 2.0 / 4.0));
    }

    #[test]
    fn multi_reference_keeps_best_f_per_metric() {
        let scorer = RougeScorer::new(false);
        // Against ref A the unigrams all match (out of order); against ref B the order matches.
        let a = "c b a";
        let b = "a b c d e f";
        let pred = "a b c";
        let sa = scorer.score(&[a], pred);
        let sb = scorer.score(&[b], pred);
        let both = scorer.score(&[a, b], pred);
        assert!(sa.rouge1.f > sb.rouge1.f);
        assert!(sb.rouge2.f > sa.rouge2.f);
        assert_eq!(both.rouge1, sa.rouge1);
        assert_eq!(both.rouge2, sb.rouge2);
        let both_rev = scorer.score(&[b, a], pred);
        assert_eq!(both_rev.rouge1, sa.rouge1);
        assert_eq!(both_rev.rouge2, sb.rouge2);
    }

    #[test]
    fn prepared_path_matches_text_path() {
        let scorer = RougeScorer::new(true);
        let refs = [
            "Police said the fire started at night.\nNobody was hurt.",
            "A fire broke out overnight; no injuries were reported.",
        ];
        let pred = "The fire started at night, police said.\nNo one was injured.";
        let direct = scorer.score(&refs, pred);
        let prepared: Vec<RougeText> = refs.iter().map(|r| scorer.prepare(r)).collect();
        let p = scorer.prepare(pred);
        assert_eq!(p.sentence_count(), 2);
        assert_eq!(scorer.score_prepared(&prepared, &p), direct);
        assert!(direct.rouge1.f > 0.3);
    }

    #[test]
    fn empty_inputs_score_zero_without_panicking() {
        let scorer = RougeScorer::new(true);
        assert_eq!(scorer.score(&[], "anything"), RougeScores::default());
        assert_eq!(scorer.score(&[""], ""), RougeScores::default());
        assert_eq!(scorer.score(&["数字"], "数字 é"), RougeScores::default());
        assert_eq!(
            scorer.score_prepared(&[], &scorer.prepare("x")),
            RougeScores::default()
        );
    }

    #[test]
    fn serializes_with_rouge_score_names() {
        let s = RougeScorer::new(false).score(&["a b"], "a b");
        let v = serde_json::to_value(s).expect("serializable");
        assert_eq!(v["rougeL"]["f"], 1.0);
        assert_eq!(v["rougeLsum"]["p"], 1.0);
        assert_eq!(v["rouge2"]["r"], 1.0);
    }

    #[test]
    fn means_accumulate_and_merge() {
        let scorer = RougeScorer::new(false);
        let s1 = scorer.score(&["a b c d"], "a b");
        let s2 = scorer.score(&["a b c d"], "a b c d");
        let mut m = RougeMeans::new();
        assert_eq!(m.count(), 0);
        assert_eq!(m.mean(), RougeScores::default());
        m.add(s1);
        m.add(s2);
        assert_eq!(m.count(), 2);
        let mean = m.mean();
        assert!(close(mean.rouge1.p, 1.0));
        assert!(close(mean.rouge1.r, 0.75));
        assert!(close(mean.rouge1.f, (s1.rouge1.f + s2.rouge1.f) / 2.0));
        assert!(close(mean.rouge2.r, (1.0 / 3.0 + 1.0) / 2.0));

        let mut left: RougeMeans = [s1].into_iter().collect();
        let right: RougeMeans = [s2].into_iter().collect();
        left.merge(&right);
        assert_eq!(left.count(), 2);
        assert_eq!(left.mean(), mean);
    }
}
