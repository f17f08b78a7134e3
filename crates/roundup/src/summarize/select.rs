//! Selection under a budget, without repetition.
//!
//! Every method ranks or scores sentences; the [`Selector`] decides what fits: the budget (words or
//! sentences), eligibility (no fragments, questions or run-ons), and redundancy (no sentence that
//! repeats one already chosen).

use crate::model::Budget;
use crate::text::AnalysedCluster;

use super::vectors::{set_overlap, ClusterStats, Readability};

/// A chosen sentence (index into [`AnalysedCluster::sentences`]) with the score that chose it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Selected {
    pub sentence: usize,
    pub score: f32,
}

/// Limits that every method's selection obeys.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SelectionLimits {
    pub budget: Budget,
    /// With a word budget: keep adding until the budget is reached, letting the last sentence run
    /// over (evaluation cuts the text at the budget, as the field does). Without it, the summary
    /// stays within the budget in whole sentences.
    pub fill_budget: bool,
    /// A candidate sharing this share (or more) of its distinct words with a chosen sentence repeats it.
    pub max_unigram_overlap: f32,
    /// A candidate this close (TF-IDF cosine) to a chosen sentence repeats it.
    pub max_cosine: f32,
}

impl SelectionLimits {
    pub fn new(budget: Budget, fill_budget: bool) -> Self {
        SelectionLimits {
            budget,
            fill_budget,
            max_unigram_overlap: 0.5,
            max_cosine: 0.5,
        }
    }
}

/// Greedy budgeted selection state.
pub struct Selector<'a> {
    cluster: &'a AnalysedCluster,
    stats: &'a ClusterStats,
    limits: SelectionLimits,
    chosen: Vec<Selected>,
    words: usize,
}

impl<'a> Selector<'a> {
    pub fn new(
        cluster: &'a AnalysedCluster,
        stats: &'a ClusterStats,
        limits: SelectionLimits,
    ) -> Self {
        Selector {
            cluster,
            stats,
            limits,
            chosen: Vec::new(),
            words: 0,
        }
    }

    /// Whether nothing more can be added.
    pub fn is_full(&self) -> bool {
        match self.limits.budget {
            Budget::Sentences(k) => self.chosen.len() >= k,
            Budget::Words(n) => {
                if self.limits.fill_budget {
                    self.words >= n
                } else {
                    // no eligible sentence is shorter than this
                    self.words + super::vectors::MIN_SUMMARY_SENTENCE_WORDS > n
                }
            }
        }
    }

    pub fn words(&self) -> usize {
        self.words
    }

    pub fn chosen(&self) -> &[Selected] {
        &self.chosen
    }

    pub fn contains(&self, sentence: usize) -> bool {
        self.chosen.iter().any(|c| c.sentence == sentence)
    }

    /// Whether `sentence` could be added now: eligible and standing alone (or following the
    /// sentence before it in its article, already chosen), fits the budget, repeats nothing chosen.
    pub fn admits(&self, sentence: usize) -> bool {
        let readable = match self.stats.readability(self.cluster, sentence) {
            Readability::Alone => true,
            Readability::AfterPrevious => self.contains(sentence - 1),
            Readability::Unreadable => false,
        };
        if !readable || self.contains(sentence) || self.is_full() {
            return false;
        }
        let words = self.cluster.sentences[sentence].words;
        if let Budget::Words(n) = self.limits.budget {
            if !self.limits.fill_budget && self.words + words > n {
                return false;
            }
        }
        !self.repeats_chosen(sentence)
    }

    /// Whether `sentence` says what a chosen sentence already says.
    pub fn repeats_chosen(&self, sentence: usize) -> bool {
        let words = &self.stats.word_sets[sentence];
        let v = &self.stats.vectors[sentence];
        self.chosen.iter().any(|c| {
            v.cosine(&self.stats.vectors[c.sentence]) >= self.limits.max_cosine
                || set_overlap(words, &self.stats.word_sets[c.sentence])
                    >= self.limits.max_unigram_overlap
        })
    }

    /// Adds `sentence` if [`Selector::admits`] it; returns whether it was added.
    pub fn try_add(&mut self, sentence: usize, score: f32) -> bool {
        if !self.admits(sentence) {
            return false;
        }
        self.words += self.cluster.sentences[sentence].words;
        self.chosen.push(Selected { sentence, score });
        true
    }

    /// The selection, in the order it was made. Never empty when the cluster has an eligible
    /// sentence: if nothing fit a tiny budget, the best-ranked eligible sentence is returned alone.
    pub fn finish(self, best_first: impl IntoIterator<Item = (usize, f32)>) -> Vec<Selected> {
        if !self.chosen.is_empty() {
            return self.chosen;
        }
        best_first
            .into_iter()
            .find(|&(s, _)| self.stats.stands_alone(self.cluster, s))
            .map(|(sentence, score)| vec![Selected { sentence, score }])
            .unwrap_or_default()
    }
}

/// Selects from a fixed ranking (best first): the common case for score-then-select methods.
pub fn select_ranked(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    ranking: &[(usize, f32)],
    limits: SelectionLimits,
) -> Vec<Selected> {
    let mut selector = Selector::new(cluster, stats, limits);
    for &(s, score) in ranking {
        if selector.is_full() {
            break;
        }
        selector.try_add(s, score);
    }
    selector.finish(ranking.iter().copied())
}

/// Sorts `scores` into a best-first ranking (ties: earlier sentence first).
pub fn rank(scores: &[f32]) -> Vec<(usize, f32)> {
    let mut ranking: Vec<(usize, f32)> = scores.iter().copied().enumerate().collect();
    ranking.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranking
}
