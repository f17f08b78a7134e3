//! ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum exactly as Google's `rouge-score` 0.1.2 computes them.
//!
//! Our own implementation, checked against `rouge-score`'s output (the shared fixture) and
//! against the `rougers` crate (a bit-exact port, whose NLTK Porter stemmer we use). It is
//! several times faster than `rougers` on summary-length texts: each distinct word is
//! stemmed once per process, and ROUGE-Lsum backtracks its LCS from bit-parallel columns
//! instead of filling a table per sentence pair.
//!
//! Conventions, all as in `rouge-score`:
//! - text is lowercased, every character outside `[a-z0-9]` separates tokens, and with
//!   stemming, tokens longer than three characters go through NLTK's Porter stemmer;
//! - ROUGE-Lsum reads sentences as the non-empty newline-separated lines of a text;
//! - with several references, each metric keeps the reference with the best F
//!   (the first one on ties), like `RougeScorer.score_multi`.

use std::cell::RefCell;
use std::ops::Range;

use serde::{Deserialize, Serialize};

mod metrics;
mod tokenize;

/// Precision, recall and F1 of one ROUGE variant (fractions in 0..=1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f: f64,
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
    /// `R1 44.55 R2 14.97`: ROUGE-1 and ROUGE-2 F × 100, as the tuning tools print them.
    pub fn r1_r2(&self) -> String {
        format!(
            "R1 {:.2} R2 {:.2}",
            100.0 * self.rouge1.f,
            100.0 * self.rouge2.f
        )
    }

    /// The four variants with their `rouge-score` names, in report order.
    pub fn named(&self) -> [(&'static str, Prf); 4] {
        [
            ("rouge1", self.rouge1),
            ("rouge2", self.rouge2),
            ("rougeL", self.rouge_l),
            ("rougeLsum", self.rouge_lsum),
        ]
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
/// Tokens are ids in a process-wide vocabulary, so a `RougeText` can be scored by any scorer;
/// it holds stems when a stemming scorer made it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RougeText {
    /// Token ids of the whole text (the concatenation of its sentences).
    ids: Vec<u32>,
    /// Token ranges of the non-empty lines (ROUGE-Lsum sentences).
    sentences: Vec<Range<usize>>,
}

impl RougeText {
    /// The number of ROUGE tokens in the text.
    pub fn token_count(&self) -> usize {
        self.ids.len()
    }

    /// The number of non-empty lines (ROUGE-Lsum sentences).
    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    /// The token ids of the whole text (process-wide ids: equal ids, equal tokens).
    pub fn ids(&self) -> &[u32] {
        &self.ids
    }
}

/// Scores summaries against references with ROUGE-1, -2, -L and -Lsum.
///
/// `Send + Sync`: share one across threads. Tokens are interned in a process-wide
/// vocabulary (a cache of word → stem id that grows with the distinct words seen).
#[derive(Clone, Debug)]
pub struct RougeScorer {
    stemmed: bool,
    /// `Some` for the Unicode tokenizer ([`RougeScorer::unicode`]), with its stemmer if any.
    unicode: Option<Option<rust_stemmers::Algorithm>>,
}

impl RougeScorer {
    /// A scorer with (`stemmed = true`) or without NLTK Porter stemming.
    pub fn new(stemmed: bool) -> Self {
        RougeScorer {
            stemmed,
            unicode: None,
        }
    }

    /// A scorer with the Unicode tokenizer instead of `rouge-score`'s `[a-z0-9]` one: lower-case
    /// text split into maximal runs of letters, numbers and `_` (Python's `re.findall(r"\w+",
    /// text.lower())`, which a `rouge-score` `RougeScorer(tokenizer=...)` reproduces), each token
    /// replaced by its Snowball stem when `stemmer` is given. Scores Greek, Hindi or Czech text that
    /// the default tokenizer erases or strips of its accents.
    pub fn unicode(stemmer: Option<rust_stemmers::Algorithm>) -> Self {
        RougeScorer {
            stemmed: stemmer.is_some(),
            unicode: Some(stemmer),
        }
    }

    /// Whether this scorer uses the Unicode tokenizer ([`RougeScorer::unicode`]).
    pub fn is_unicode(&self) -> bool {
        self.unicode.is_some()
    }

    /// Whether tokens are stemmed (Porter for the default tokenizer, Snowball for the Unicode one).
    pub fn stemmed(&self) -> bool {
        self.stemmed
    }

    /// Scores `prediction` against each reference and keeps, per metric, the reference with
    /// the best F (the first on ties), like `rouge-score`'s `score_multi`.
    /// With no references every score is zero.
    pub fn score(&self, references: &[impl AsRef<str>], prediction: &str) -> RougeScores {
        if references.is_empty() {
            return RougeScores::default();
        }
        let prediction = self.prepare(prediction);
        let references: Vec<RougeText> = references
            .iter()
            .map(|r| self.prepare(r.as_ref()))
            .collect();
        self.score_prepared(&references, &prediction)
    }

    /// Scores `prediction` against one reference (`rouge-score`'s `score(target, prediction)`).
    pub fn score_pair(&self, reference: &str, prediction: &str) -> RougeScores {
        score_texts(&self.prepare(reference), &self.prepare(prediction))
    }

    /// Tokenizes (and stems) `text` once, for [`RougeScorer::score_prepared`].
    pub fn prepare(&self, text: &str) -> RougeText {
        match self.unicode {
            Some(stemmer) => tokenize::encode_unicode(text, stemmer),
            None => tokenize::encode(text, self.stemmed),
        }
    }

    /// Like [`RougeScorer::score`], on prepared texts: use it when the same reference or
    /// prediction is scored many times.
    pub fn score_prepared(&self, references: &[RougeText], prediction: &RougeText) -> RougeScores {
        let mut refs = references.iter();
        let Some(first) = refs.next() else {
            return RougeScores::default();
        };
        let mut best = score_texts(first, prediction);
        for r in refs {
            best.keep_best(&score_texts(r, prediction));
        }
        best
    }
}

/// `rouge-score`'s `scoring.fmeasure`, with the same operation order.
fn fmeasure(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn prf(hits: usize, prediction_total: usize, target_total: usize) -> Prf {
    let p = hits as f64 / prediction_total as f64;
    let r = hits as f64 / target_total as f64;
    Prf {
        p,
        r,
        f: fmeasure(p, r),
    }
}

/// All four metrics for one reference (target) and one prediction.
fn score_texts(target: &RougeText, prediction: &RougeText) -> RougeScores {
    // Re-number the pair's tokens densely (0..vocabulary) so counts and match masks are arrays.
    let (t, p, vocabulary) = LOCAL_IDS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut map) => localize(&mut map, &target.ids, &prediction.ids),
        Err(_) => localize(&mut Vec::new(), &target.ids, &prediction.ids),
    });
    let t_sents: Vec<&[u32]> = sentence_slices(&t, &target.sentences);
    let p_sents: Vec<&[u32]> = sentence_slices(&p, &prediction.sentences);
    RougeScores {
        rouge1: metrics::rouge1(&t, &p, vocabulary),
        rouge2: metrics::rouge2(&t, &p),
        rouge_l: metrics::rouge_l(&t, &p, vocabulary),
        rouge_lsum: metrics::rouge_lsum(&t_sents, &p_sents, vocabulary),
    }
}

const NO_LOCAL: u32 = u32::MAX;

thread_local! {
    /// Scratch map from global token id to the pair's local id (`NO_LOCAL` between uses):
    /// an array lookup instead of hashing every token of every pair.
    static LOCAL_IDS: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}

/// The two sequences with dense local ids, and the number of distinct tokens.
fn localize(map: &mut Vec<u32>, a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>, usize) {
    let mut order: Vec<u32> = Vec::new();
    let mut convert = |ids: &[u32]| -> Vec<u32> {
        ids.iter()
            .map(|&global| {
                let g = global as usize;
                if g >= map.len() {
                    map.resize(g + 1, NO_LOCAL);
                }
                let slot = &mut map[g];
                if *slot == NO_LOCAL {
                    *slot = order.len() as u32;
                    order.push(global);
                }
                *slot
            })
            .collect()
    };
    let la = convert(a);
    let lb = convert(b);
    for &g in &order {
        if let Some(slot) = map.get_mut(g as usize) {
            *slot = NO_LOCAL;
        }
    }
    (la, lb, order.len())
}

fn sentence_slices<'a>(ids: &'a [u32], ranges: &[Range<usize>]) -> Vec<&'a [u32]> {
    ranges.iter().filter_map(|r| ids.get(r.clone())).collect()
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

/// Collects scores made in parallel in their input order, so the means do not depend on how the
/// work was split between threads (float sums are order-sensitive).
impl rayon::iter::FromParallelIterator<RougeScores> for RougeMeans {
    fn from_par_iter<I: rayon::iter::IntoParallelIterator<Item = RougeScores>>(iter: I) -> Self {
        let scores: Vec<RougeScores> = rayon::iter::ParallelIterator::collect(iter.into_par_iter());
        scores.into_iter().collect()
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
        assert_eq!(
            scorer.score(&[] as &[&str], "anything"),
            RougeScores::default()
        );
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

    /// Random texts from a small vocabulary with punctuation, digits, non-ASCII text,
    /// blank lines and repeated words, scored by us and by the `rougers` crate.
    #[test]
    fn agrees_with_rougers_on_random_texts() {
        const WORDS: &[&str] = &[
            "the",
            "The",
            "counterrevolutionaries",
            "Internationalization's",
            "running",
            "runs",
            "runner",
            "a",
            "of",
            "police",
            "Police",
            "said",
            "fire",
            "fires",
            "U.S.",
            "3.5%",
            "2017",
            "café",
            "naïve",
            "—",
            "...",
            "it's",
            "generalization",
            "generously",
            "dying",
            "news",
            "\u{212A}elvin",
            "数字",
            "and",
        ];
        struct Rng(u64);
        impl Rng {
            fn below(&mut self, bound: usize) -> usize {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                (self.0 % bound.max(1) as u64) as usize
            }
            /// About one word in `line_every / 2` ends a line.
            fn text(&mut self, max_words: usize, line_every: usize) -> String {
                let n = self.below(max_words);
                let mut s = String::new();
                for _ in 0..n {
                    s.push_str(WORDS[self.below(WORDS.len())]);
                    s.push_str(match self.below(line_every) {
                        0 => "\n",
                        1 => "\n\n",
                        2 => ", ",
                        _ => " ",
                    });
                }
                s
            }
        }
        let mut rng = Rng(0x2545_F491_4F6C_DD1D);
        let ours = [RougeScorer::new(false), RougeScorer::new(true)];
        let theirs = [false, true].map(|stem| {
            rougers::RougeScorer::new(["rouge1", "rouge2", "rougeL", "rougeLsum"], stem)
                .expect("valid types")
        });
        for case in 0..1510 {
            // Every third case has long lines (sentences over 64 tokens); the last ten are
            // single lines of thousands of tokens.
            let (line_every, ref_words, pred_words) = match case {
                1500.. => (usize::MAX, 4000, 2500),
                _ if case % 3 == 0 => (400, 300, 200),
                _ => (10, 300, 200),
            };
            let refs: Vec<String> = (0..1 + rng.below(3))
                .map(|_| rng.text(ref_words, line_every))
                .collect();
            let refs: Vec<&str> = refs.iter().map(String::as_str).collect();
            let pred = rng.text(pred_words, line_every);
            let k = case % 2;
            let got = ours[k].score(&refs, &pred);
            let want = theirs[k].score_multi(&refs, &pred).expect("refs");
            for (name, prf) in got.named() {
                let w = want.get(name.parse().expect("name")).expect("type");
                assert_eq!(
                    (prf.p, prf.r, prf.f),
                    (w.precision, w.recall, w.fmeasure),
                    "{name} stem={k} refs={refs:?} pred={pred:?}"
                );
            }
        }
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
