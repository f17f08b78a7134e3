//! Selection under a budget, without repetition.
//!
//! Every method ranks or scores sentences; the [`Selector`] decides what fits: the budget (words or
//! sentences), eligibility (no fragments, questions or run-ons), and redundancy (no sentence that
//! repeats one already chosen: in its words, or, for the methods that ask, in its claim).

use std::cell::{Cell, OnceCell};

use crate::attribute::Attributor;
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
    /// Sentences at this position in their article or later are not taken ([`early_reach`]);
    /// `usize::MAX` takes any.
    pub reach: usize,
}

impl SelectionLimits {
    pub fn new(budget: Budget, fill_budget: bool) -> Self {
        SelectionLimits {
            budget,
            fill_budget,
            max_unigram_overlap: 0.5,
            max_cosine: 0.5,
            reach: usize::MAX,
        }
    }
}

/// How many times the budget the articles' early sentences must hold.
pub const REACH_BUDGETS: usize = 3;

/// How far into its article a sentence may be and still be taken: the fewest first positions
/// whose eligible sentences hold [`REACH_BUDGETS`] times the `budget` (in words, or in
/// sentences), over all articles. An article's first sentences are written to be read first:
/// on the stand-alone labels 4% of first sentences need context, 15% of second ones and 45% of
/// those after them (BENCHMARKS.md). With many articles the summary keeps to their openings;
/// with few (a 230-word summary of two articles) it reaches as far as it must.
pub fn early_reach(cluster: &AnalysedCluster, stats: &ClusterStats, budget: Budget) -> usize {
    early_reach_of(cluster, stats, budget, REACH_BUDGETS)
}

/// [`early_reach`] with the early sentences holding `budgets` times the budget.
pub fn early_reach_of(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    budget: Budget,
    budgets: usize,
) -> usize {
    let target = match budget {
        Budget::Words(n) => n.saturating_mul(budgets),
        Budget::Sentences(k) => k.saturating_mul(budgets),
    };
    // what the eligible sentences at each position hold
    let mut held: Vec<usize> = Vec::new();
    for range in &cluster.article_sentences {
        for (position, s) in range.clone().enumerate() {
            if !stats.eligible.get(s).copied().unwrap_or(false) {
                continue;
            }
            if held.len() <= position {
                held.resize(position + 1, 0);
            }
            held[position] += match budget {
                Budget::Words(_) => cluster.sentences[s].words,
                Budget::Sentences(_) => 1,
            };
        }
    }
    let mut total = 0;
    for (position, h) in held.iter().enumerate() {
        total += h;
        if total >= target {
            return position + 1;
        }
    }
    usize::MAX
}

/// How much of a candidate's content (rarity-weighted, [`Attributor::tellings`]' coverage) a
/// chosen sentence of another article must carry, its event words included, for the candidate to
/// tell the same claim: `Lavrov denied any talks … stressing that no such promise had been made`
/// against `Russia never promised the United States that Iran … would withdraw …` (0.58), but not
/// the lead `A fire turned a dance hall … into a deathtrap, killing 60 people` against `A panicky
/// telephone call … was the first word authorities got of a fire racing through a dance hall`.
/// The attribute stage's loose test alone (0.3) took such leads for repeats. At 0.5, over the
/// ROUGE sets: DUC 2003 task 2 44.12 / 15.04 → 44.08 / 15.40, Multi-News val unchanged at
/// 43.90 R1 (BENCHMARKS.md).
pub const CLAIM_REPEAT_COVERAGE: f32 = 0.5;

/// Greedy budgeted selection state.
pub struct Selector<'a> {
    cluster: &'a AnalysedCluster,
    stats: &'a ClusterStats,
    limits: SelectionLimits,
    chosen: Vec<Selected>,
    words: usize,
    /// When claims count as repeats: who tells each candidate's claim, asked once per candidate.
    claims: Option<ClaimTellings<'a>>,
    /// Per sentence, how many of the first chosen sentences it is known not to repeat
    /// ([`Selector::repeats_chosen`]): the chosen list only grows, and a greedy method asks again
    /// about the same candidates at every step, so each candidate is compared with each chosen
    /// sentence once.
    unrepeated: Vec<Cell<u32>>,
}

/// Where the other articles tell each sentence's claim, read once per sentence.
struct ClaimTellings<'a> {
    attributor: &'a Attributor<'a>,
    /// Per sentence, the sentences (cluster indices) of other articles that tell its claim.
    told_by: Vec<OnceCell<Vec<usize>>>,
    /// Set once nothing that tells a new claim fits: repeating a claim is allowed from then on.
    relaxed: bool,
}

impl<'a> Selector<'a> {
    /// With `claims`, a candidate whose claim a chosen sentence of another article tells in other
    /// words (the attribute stage's loose test, [`Attributor::tellings`], carrying at least
    /// [`CLAIM_REPEAT_COVERAGE`] of its content) repeats it too, until nothing else fits
    /// ([`Selector::relax`]).
    pub fn new(
        cluster: &'a AnalysedCluster,
        stats: &'a ClusterStats,
        limits: SelectionLimits,
        claims: Option<&'a Attributor<'a>>,
    ) -> Self {
        let claims = claims.map(|attributor| ClaimTellings {
            attributor,
            told_by: vec![OnceCell::new(); cluster.sentences.len()],
            relaxed: false,
        });
        Selector {
            cluster,
            stats,
            limits,
            chosen: Vec::new(),
            words: 0,
            claims,
            unrepeated: vec![Cell::new(0); cluster.sentences.len()],
        }
    }

    /// Allows candidates that repeat a chosen sentence's claim in other words, once every new
    /// claim that fits is taken: always with [`SelectionLimits::fill_budget`], else only while
    /// the summary holds less than half its budget. Returns whether anything changed (false
    /// without claims, when already relaxed, or when the summary is to stop short).
    pub fn relax(&mut self) -> bool {
        let (used, budget) = match self.limits.budget {
            Budget::Words(n) => (self.words, n),
            Budget::Sentences(k) => (self.chosen.len(), k),
        };
        // a summary that must fill its budget (evaluation) fills it; another one stops short
        // rather than tell a claim twice, unless it is not yet half its budget
        if !self.limits.fill_budget && used * 2 >= budget {
            return false;
        }
        match &mut self.claims {
            Some(c) if !c.relaxed => {
                c.relaxed = true;
                true
            }
            _ => false,
        }
    }

    /// Whether a chosen sentence of another article tells `sentence`'s claim (the loose test, with
    /// at least [`CLAIM_REPEAT_COVERAGE`] of its content); false once relaxed.
    fn tells_a_chosen_claim(&self, sentence: usize) -> bool {
        let Some(claims) = self.claims.as_ref().filter(|c| !c.relaxed) else {
            return false;
        };
        if self.chosen.is_empty() {
            return false;
        }
        let tellers = claims.told_by[sentence].get_or_init(|| {
            claims
                .attributor
                .tellings(sentence)
                .into_iter()
                .filter(|t| t.similarity >= CLAIM_REPEAT_COVERAGE)
                .flat_map(|t| {
                    let start = self.cluster.article_sentences[t.article].start;
                    t.evidence.into_iter().map(move |i| start + i)
                })
                .collect()
        });
        self.chosen.iter().any(|c| tellers.contains(&c.sentence))
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
        if self.beyond_reach(sentence) {
            return false;
        }
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
        !self.repeats_chosen(sentence) && !self.tells_a_chosen_claim(sentence)
    }

    /// Whether `sentence` lies past [`SelectionLimits::reach`] in its article.
    pub fn beyond_reach(&self, sentence: usize) -> bool {
        self.cluster.sentences[sentence].index >= self.limits.reach
    }

    /// Whether `sentence` says what a chosen sentence already says.
    pub fn repeats_chosen(&self, sentence: usize) -> bool {
        let words = &self.stats.word_sets[sentence];
        let v = &self.stats.vectors[sentence];
        let repeats = |c: &Selected| {
            v.cosine(&self.stats.vectors[c.sentence]) >= self.limits.max_cosine
                || set_overlap(words, &self.stats.word_sets[c.sentence])
                    >= self.limits.max_unigram_overlap
        };
        let known = &self.unrepeated[sentence];
        // only the sentences chosen since the last answer are compared
        let from = known.get() as usize;
        match self.chosen[from..].iter().position(repeats) {
            Some(k) => {
                known.set((from + k) as u32);
                true
            }
            None => {
                known.set(self.chosen.len() as u32);
                false
            }
        }
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
    let mut selector = Selector::new(cluster, stats, limits, None);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `articles` articles of six 15-word sentences each.
    fn cluster(articles: usize) -> AnalysedCluster {
        let texts: Vec<String> = (0..articles)
            .map(|a| {
                (0..6)
                    .map(|s| {
                        format!(
                            "Officials in Riverton {a} said on Monday that the river rose {s} feet above the flood line."
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        crate::text::analysed_texts(&refs)
    }

    #[test]
    fn the_reach_keeps_to_the_openings_only_when_they_hold_the_budget_several_times() {
        let many = cluster(10);
        let stats = ClusterStats::new(&many);
        let words = many.sentences[0].words;
        // each position holds 10 sentences: the budget three times over needs this many
        let positions = (3 * 100usize).div_ceil(10 * words);
        assert_eq!(early_reach(&many, &stats, Budget::Words(100)), positions);
        assert_eq!(early_reach(&many, &stats, Budget::Sentences(5)), 2);
        // two articles of 90 words cannot hold 3 × 230 words: any position may be taken
        let few = cluster(2);
        let stats = ClusterStats::new(&few);
        assert_eq!(early_reach(&few, &stats, Budget::Words(230)), usize::MAX);
    }
}
