//! The lead baseline: the first sentence of every article, then the second, and so on
//! (round-robin lead, as the field's multi-document lead baseline does), until the budget is met.
//! No redundancy check: it is the yardstick, kept as plain as the field's; but like every method it
//! takes only sentences that may stand in a summary (standing alone: no breadcrumbs, captions, furniture,
//! or sentences that lean on the one before), counting positions among those.

use crate::model::Budget;
use crate::text::AnalysedCluster;

use super::select::{Selected, SelectionLimits};
use super::vectors::ClusterStats;

pub fn select(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    limits: SelectionLimits,
) -> Vec<Selected> {
    let mut chosen = Vec::new();
    let mut words = 0usize;
    let leads: Vec<Vec<usize>> = cluster
        .article_sentences
        .iter()
        .map(|r| {
            r.clone()
                .filter(|&s| stats.stands_alone(cluster, s))
                .collect()
        })
        .collect();
    let longest = leads.iter().map(Vec::len).max().unwrap_or(0);
    'rounds: for position in 0..longest {
        for lead in &leads {
            let Some(&s) = lead.get(position) else {
                continue;
            };
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
