//! The greedy extractive oracle: which sentences a summarizer that could see the reference would
//! take. Each step adds the candidate that raises ROUGE-1 F + ROUGE-2 F (each the best over the
//! references) the most, the summary cut at the word budget; it stops when nothing raises it or the
//! budget is full. Used for training labels and to measure how much a set of candidate sentences
//! leaves reachable.
//!
//! Counts are kept incrementally (one pass over a candidate's tokens per step), so a cluster's
//! oracle costs far less than re-scoring every candidate summary. Bigrams that would span two
//! sentences are not counted (the final order of a summary is not known while choosing), so the
//! objective is a close approximation of the scored ROUGE, not a bit-exact copy.

use rustc_hash::FxHashMap;

use super::{RougeScorer, RougeText};

struct Counts {
    uni: FxHashMap<u32, u32>,
    bi: FxHashMap<u64, u32>,
    uni_total: usize,
    bi_total: usize,
}

fn bigram(a: u32, b: u32) -> u64 {
    ((a as u64) << 32) | b as u64
}

impl Counts {
    fn of(ids: &[u32]) -> Counts {
        let mut c = Counts {
            uni: FxHashMap::default(),
            bi: FxHashMap::default(),
            uni_total: ids.len(),
            bi_total: ids.len().saturating_sub(1),
        };
        for &t in ids {
            *c.uni.entry(t).or_insert(0) += 1;
        }
        for w in ids.windows(2) {
            *c.bi.entry(bigram(w[0], w[1])).or_insert(0) += 1;
        }
        c
    }
}

/// The summary being built, against one reference.
struct Match {
    reference: Counts,
    uni: FxHashMap<u32, u32>,
    bi: FxHashMap<u64, u32>,
    uni_hits: usize,
    bi_hits: usize,
}

impl Match {
    /// Hits `ids` would add; with `keep`, adds them for good.
    fn add(&mut self, ids: &[u32], keep: bool) -> (usize, usize) {
        let (mut h1, mut h2) = (0, 0);
        for &t in ids {
            let have = self.uni.entry(t).or_insert(0);
            if *have < self.reference.uni.get(&t).copied().unwrap_or(0) {
                h1 += 1;
            }
            *have += 1;
        }
        for w in ids.windows(2) {
            let k = bigram(w[0], w[1]);
            let have = self.bi.entry(k).or_insert(0);
            if *have < self.reference.bi.get(&k).copied().unwrap_or(0) {
                h2 += 1;
            }
            *have += 1;
        }
        if keep {
            self.uni_hits += h1;
            self.bi_hits += h2;
        } else {
            for &t in ids {
                if let Some(c) = self.uni.get_mut(&t) {
                    *c -= 1;
                }
            }
            for w in ids.windows(2) {
                if let Some(c) = self.bi.get_mut(&bigram(w[0], w[1])) {
                    *c -= 1;
                }
            }
        }
        (h1, h2)
    }
}

fn f(hits: usize, predicted: usize, target: usize) -> f64 {
    if hits == 0 || predicted == 0 || target == 0 {
        return 0.0;
    }
    let p = hits as f64 / predicted as f64;
    let r = hits as f64 / target as f64;
    2.0 * p * r / (p + r)
}

/// The greedy oracle's choice among `candidates` (indices into `sentences`), in the order chosen.
/// `sentences` are the texts a summary may take whole (a candidate that overruns `budget` words
/// counts only up to the budget, as the evaluation cuts it).
pub fn greedy_oracle(
    scorer: &RougeScorer,
    sentences: &[&str],
    candidates: &[usize],
    references: &[RougeText],
    budget: usize,
) -> Vec<usize> {
    if references.is_empty() || candidates.is_empty() {
        return Vec::new();
    }
    let mut matches: Vec<Match> = references
        .iter()
        .map(|r| Match {
            reference: Counts::of(r.ids()),
            uni: FxHashMap::default(),
            bi: FxHashMap::default(),
            uni_hits: 0,
            bi_hits: 0,
        })
        .collect();
    let prepared: Vec<Option<(RougeText, usize)>> = {
        let mut v: Vec<Option<(RougeText, usize)>> = vec![None; sentences.len()];
        for &i in candidates {
            let text = sentences[i];
            v[i] = Some((scorer.prepare(text), text.split_whitespace().count()));
        }
        v
    };
    let mut chosen: Vec<usize> = Vec::new();
    let (mut used_words, mut uni_total, mut bi_total) = (0usize, 0usize, 0usize);
    let mut best_objective = 0.0f64;
    while used_words < budget {
        let left = budget - used_words;
        let mut best: Option<(usize, f64, Option<RougeText>)> = None;
        for &i in candidates {
            if chosen.contains(&i) {
                continue;
            }
            let Some((text, words)) = &prepared[i] else {
                continue;
            };
            let cut = (*words > left).then(|| {
                let head: Vec<&str> = sentences[i].split_whitespace().take(left).collect();
                scorer.prepare(&head.join(" "))
            });
            let ids = cut.as_ref().unwrap_or(text).ids();
            if ids.is_empty() {
                continue;
            }
            let u = uni_total + ids.len();
            let b = bi_total + ids.len() - 1;
            let (mut r1, mut r2) = (0.0f64, 0.0f64);
            for m in &mut matches {
                let (h1, h2) = m.add(ids, false);
                r1 = r1.max(f(m.uni_hits + h1, u, m.reference.uni_total));
                r2 = r2.max(f(m.bi_hits + h2, b, m.reference.bi_total));
            }
            let objective = r1 + r2;
            if best.as_ref().is_none_or(|x| objective > x.1) {
                best = Some((i, objective, cut));
            }
        }
        let Some((i, objective, cut)) = best else {
            break;
        };
        if objective <= best_objective {
            break;
        }
        best_objective = objective;
        let Some((text, words)) = &prepared[i] else {
            break;
        };
        let ids = cut.as_ref().unwrap_or(text).ids();
        for m in &mut matches {
            m.add(ids, true);
        }
        uni_total += ids.len();
        bi_total += ids.len() - 1;
        used_words += words;
        chosen.push(i);
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oracle_takes_what_the_reference_says_and_skips_the_rest() {
        let scorer = RougeScorer::new(true);
        let reference = scorer.prepare("The storm flooded the harbour town. Ten homes were lost.");
        let sentences = [
            "A choir sang at the shelter all night long.",
            "The storm flooded the harbour town on Monday.",
            "Ten homes were lost, officials said.",
            "The storm flooded the harbour town, residents said.",
        ];
        let chosen = greedy_oracle(&scorer, &sentences, &[0, 1, 2, 3], &[reference], 100);
        assert_eq!(chosen.first(), Some(&1), "{chosen:?}");
        assert!(chosen.contains(&2), "{chosen:?}");
        assert!(!chosen.contains(&0), "{chosen:?}");
        // saying the same thing twice lowers precision and adds nothing: not taken
        assert!(!chosen.contains(&3), "{chosen:?}");
    }

    #[test]
    fn the_budget_cuts_the_last_sentence_and_ends_the_choice() {
        let scorer = RougeScorer::new(true);
        let reference = scorer.prepare("alpha beta gamma delta epsilon zeta");
        let sentences = ["alpha beta gamma", "delta epsilon zeta"];
        let chosen = greedy_oracle(
            &scorer,
            &sentences,
            &[0, 1],
            std::slice::from_ref(&reference),
            4,
        );
        assert_eq!(chosen.len(), 2);
        let chosen = greedy_oracle(&scorer, &sentences, &[0, 1], &[reference], 3);
        assert_eq!(chosen.len(), 1);
        assert!(greedy_oracle(&scorer, &sentences, &[], &[], 3).is_empty());
    }
}
