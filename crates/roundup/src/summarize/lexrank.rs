//! LexRank (Erkan & Radev, 2004), continuous variant: sentences are nodes, TF-IDF cosine similarities
//! above a threshold are edges, and a sentence's score is its stationary probability under a random
//! walk with damping. Kept as the classic unsupervised baseline.

use crate::text::AnalysedCluster;

use super::select::{rank, select_ranked, Selected, SelectionLimits};
use super::vectors::ClusterStats;

const SIMILARITY_THRESHOLD: f32 = 0.1;
const DAMPING: f32 = 0.85;
const ITERATIONS: usize = 50;
const TOLERANCE: f32 = 1e-6;

/// LexRank keeps to a tighter opening than the other methods ([`super::select::early_reach_of`]
/// at twice the budget, not three times): centrality favours the sentences that retell the lead,
/// and past an article's first sentence those are its elaborations (`stuck the deal Tuesday`,
/// `faces a life term for the killings`), which lean on the sentence before them. On the
/// development half of the stand-alone labels, LexRank's first sentences never needed context
/// (66 of 66), its second ones did 4 times in 48 and its third 2 times in 6 (BENCHMARKS.md).
pub const REACH_BUDGETS: usize = 2;

/// LexRank centrality of every sentence (sums to 1).
pub fn centrality(stats: &ClusterStats) -> Vec<f32> {
    let n = stats.vectors.len();
    centrality_with(n, |i, j| stats.vectors[i].cosine(&stats.vectors[j]))
}

/// [`centrality`] from a similarity function over sentence pairs `i < j` (say, a matrix already
/// computed).
pub fn centrality_with(n: usize, similarity: impl Fn(usize, usize) -> f32) -> Vec<f32> {
    if n == 0 {
        return Vec::new();
    }
    // row-normalised similarity matrix, kept sparse as adjacency lists
    let mut edges: Vec<Vec<(usize, f32)>> = vec![Vec::new(); n];
    for i in 0..n {
        for j in (i + 1)..n {
            let sim = similarity(i, j);
            if sim >= SIMILARITY_THRESHOLD {
                edges[i].push((j, sim));
                edges[j].push((i, sim));
            }
        }
    }
    let out_weight: Vec<f32> = edges.iter().map(|e| e.iter().map(|x| x.1).sum()).collect();
    let mut p = vec![1.0 / n as f32; n];
    let mut next = vec![0.0f32; n];
    for _ in 0..ITERATIONS {
        let dangling: f32 = (0..n).filter(|&i| out_weight[i] == 0.0).map(|i| p[i]).sum();
        let base = (1.0 - DAMPING) / n as f32 + DAMPING * dangling / n as f32;
        next.iter_mut().for_each(|x| *x = base);
        for i in 0..n {
            if out_weight[i] > 0.0 {
                let share = DAMPING * p[i] / out_weight[i];
                for &(j, w) in &edges[i] {
                    next[j] += share * w;
                }
            }
        }
        let delta: f32 = p.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut p, &mut next);
        if delta < TOLERANCE {
            break;
        }
    }
    p
}

pub fn select(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    limits: SelectionLimits,
) -> Vec<Selected> {
    let scores = centrality(stats);
    select_ranked(cluster, stats, &rank(&scores), limits)
}
