//! The article-extraction benchmark's scorer (scrapinghub/article-extraction-benchmark, `evaluate.py`),
//! reimplemented: token-shingle precision, recall and F1.
//!
//! - tokens: maximal runs of word characters (Python's `\w+`: letters, digits, `_`), case kept
//!   (the regex's IGNORECASE flag changes nothing for `\w`);
//! - shingles: every run of 4 consecutive tokens; a text of 1-3 tokens is one shingle of all of them,
//!   an empty text has none; counted as a multiset;
//! - per page: tp = Σ min(gold, predicted) counts, fp and fn the excesses, all three divided by their
//!   sum (so every page weighs the same);
//! - precision is averaged over the pages with tp + fp > 0, recall over those with tp + fn > 0 (a page
//!   whose prediction and gold are both empty counts in neither; an empty prediction against a
//!   non-empty gold counts as recall 0 and is left out of precision);
//! - F1 is the harmonic mean of the mean precision and the mean recall (not a mean of per-page F1).

use std::collections::HashMap;

/// Normalised (tp, fp, fn) of one page.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PageCounts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl PageCounts {
    /// This page's precision, `None` when it has no predicted shingle.
    pub fn precision(&self) -> Option<f64> {
        (self.tp + self.fp > 0.0).then(|| {
            if self.fp == 0.0 && self.fn_ == 0.0 {
                1.0
            } else {
                self.tp / (self.tp + self.fp)
            }
        })
    }

    /// This page's recall, `None` when its gold text has no shingle.
    pub fn recall(&self) -> Option<f64> {
        (self.tp + self.fn_ > 0.0).then(|| {
            if self.fp == 0.0 && self.fn_ == 0.0 {
                1.0
            } else {
                self.tp / (self.tp + self.fn_)
            }
        })
    }
}

/// The benchmark's tokens: runs of Unicode word characters.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Shingle counts of a text (joined with a separator that no token contains).
fn shingle_counts(text: &str) -> HashMap<String, usize> {
    let toks = tokens(text);
    let mut counts = HashMap::new();
    let windows = toks.len().saturating_sub(3).max(1);
    for i in 0..windows {
        let end = (i + 4).min(toks.len());
        if i >= end {
            break;
        }
        *counts.entry(toks[i..end].join(" ")).or_insert(0) += 1;
    }
    counts
}

/// Normalised tp, fp, fn of a prediction against the gold text.
pub fn page_counts(gold: &str, predicted: &str) -> PageCounts {
    let g = shingle_counts(gold);
    let p = shingle_counts(predicted);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += gc.min(pc) as f64;
        fn_ += gc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        let gc = g.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(gc) as f64;
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        PageCounts {
            tp: tp / s,
            fp: fp / s,
            fn_: fn_ / s,
        }
    } else {
        PageCounts::default()
    }
}

/// Mean precision, mean recall and their F1 over pages.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// The benchmark's summary over pages.
pub fn score(pages: &[PageCounts]) -> Score {
    let mean = |v: Vec<f64>| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let precision = mean(pages.iter().filter_map(PageCounts::precision).collect());
    let recall = mean(pages.iter().filter_map(PageCounts::recall).collect());
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Score {
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_word_runs_with_case_kept() {
        assert_eq!(
            tokens("Don't stop—it's 3.5%!"),
            ["Don", "t", "stop", "it", "s", "3", "5"]
        );
        assert_eq!(tokens("naïve café_au"), ["naïve", "café_au"]);
    }

    #[test]
    fn worked_example_by_hand() {
        // gold: a b c d e → shingles abcd, bcde; pred: a b c d x → abcd, bcdx
        let c = page_counts("a b c d e", "a b c d x");
        assert_eq!((c.tp, c.fp, c.fn_), (1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0));
        // short texts are one shingle of all their tokens
        let c = page_counts("one two", "one two");
        assert_eq!((c.tp, c.fp, c.fn_), (1.0, 0.0, 0.0));
        // a repeated shingle counts twice (multiset)
        let c = page_counts("a b c d a b c d", "a b c d");
        // gold: abcd×2, bcda, cdab, dabc → 5; pred: abcd → tp 1, fn 4
        assert_eq!((c.tp, c.fp, c.fn_), (0.2, 0.0, 0.8));
        // case matters
        assert_eq!(page_counts("The end of it", "the end of it").tp, 0.0);
    }

    #[test]
    fn empty_pages_follow_the_reference_conventions() {
        let both_empty = page_counts("", "");
        assert_eq!((both_empty.precision(), both_empty.recall()), (None, None));
        let missed = page_counts("some gold text here", "");
        assert_eq!((missed.precision(), missed.recall()), (None, Some(0.0)));
        let s = score(&[page_counts("a b c d e", "a b c d e"), missed, both_empty]);
        assert_eq!((s.precision, s.recall), (1.0, 0.5));
        assert!((s.f1 - 2.0 / 3.0).abs() < 1e-12);
    }
}
