//! The lead baseline: the first sentence of every article, then the second, and so on
//! (round-robin lead, as the field's multi-document lead baseline does), until the budget is met.
//! No redundancy check: it is the yardstick, kept as plain as the field's.

use crate::model::Budget;
use crate::text::AnalysedCluster;

use super::select::{Selected, SelectionLimits};

pub fn select(cluster: &AnalysedCluster, limits: SelectionLimits) -> Vec<Selected> {
    let mut chosen = Vec::new();
    let mut words = 0usize;
    let longest = cluster
        .article_sentences
        .iter()
        .map(|r| r.len())
        .max()
        .unwrap_or(0);
    'rounds: for position in 0..longest {
        for range in &cluster.article_sentences {
            if position >= range.len() {
                continue;
            }
            let s = range.start + position;
            let w = cluster.sentences[s].words;
            match limits.budget {
                Budget::Sentences(k) => {
                    if chosen.len() >= k {
                        break 'rounds;
                    }
                }
                Budget::Words(n) => {
                    if words >= n || (!limits.fill_budget && words + w > n) {
                        if limits.fill_budget || chosen.is_empty() {
                            if chosen.is_empty() {
                                chosen.push(Selected {
                                    sentence: s,
                                    score: 1.0,
                                });
                            }
                            break 'rounds;
                        }
                        continue;
                    }
                }
            }
            words += w;
            // earlier positions score higher, so "best first" means reading order
            chosen.push(Selected {
                sentence: s,
                score: 1.0 / (position as f32 + 1.0),
            });
        }
    }
    chosen
}
