//! Consensus: the statements most outlets report.
//!
//! Every summary-eligible sentence is attributed to the other articles exactly as summary
//! sentences are ([`Attributor::supports`]: each cited outlet reports the claim); the sentences
//! carried by the most articles (at least two, and at least half of the cluster) are kept, never
//! two about the same thing.

use super::{shown_statement, statement, Consensus};
use crate::attribute::Attributor;
use crate::summarize::ClusterStats;
use crate::text::AnalysedCluster;

/// How many articles must report a statement for it to count as consensus.
pub fn required_articles(articles: usize) -> usize {
    articles.div_ceil(2).max(2)
}

pub(crate) fn consensus(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    attributor: &Attributor,
    max: usize,
) -> Vec<Consensus> {
    let n = cluster.articles.len();
    if n < 2 {
        return Vec::new();
    }
    let need = required_articles(n);
    let mut candidates = Vec::new();
    for s in 0..cluster.sentences.len() {
        // shown alone, as a summary sentence is: it must read alone
        if !stats.stands_alone(cluster, s) {
            continue;
        }
        let support = attributor.supports(s);
        if support.len() + 1 < need {
            continue;
        }
        let strength: f32 = support.iter().map(|x| x.similarity).sum();
        candidates.push((s, support, strength));
    }
    candidates.sort_by(|a, b| {
        b.1.len()
            .cmp(&a.1.len())
            .then(b.2.total_cmp(&a.2))
            .then(a.0.cmp(&b.0))
    });
    let mut chosen: Vec<Consensus> = Vec::new();
    let mut used: Vec<usize> = Vec::new();
    for (s, support, _) in candidates {
        if chosen.len() >= max {
            break;
        }
        let globals: Vec<usize> = support
            .iter()
            .flat_map(|x| {
                let start = cluster.article_sentences[x.article].start;
                x.evidence.iter().map(move |&i| start + i)
            })
            .collect();
        let repeats = used.iter().any(|&u| {
            u == s || globals.contains(&u) || stats.vectors[u].cosine(&stats.vectors[s]) >= 0.3
        });
        if repeats {
            continue;
        }
        used.push(s);
        used.extend(&globals);
        let mut articles: Vec<usize> = support.iter().map(|x| x.article).collect();
        articles.push(cluster.sentences[s].article);
        articles.sort_unstable();
        chosen.push(Consensus {
            statement: shown_statement(cluster, stats, s),
            articles,
            support: globals.iter().map(|&g| statement(cluster, g)).collect(),
        });
    }
    chosen
}
