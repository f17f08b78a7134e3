//! Consensus: the statements most outlets report.
//!
//! Every summary-eligible sentence is attributed to the other articles exactly as summary
//! sentences are ([`Attributor::supports`]: each cited outlet reports the claim); the sentences
//! carried by the most articles (at least two, and at least half of the cluster) are kept, never
//! two about the same thing. A statement with figures (a count, an amount, a share) counts only the
//! outlets whose evidence gives the same figures.

use super::{shown_statement, statement, Consensus};
use crate::attribute::{Attributor, Quantity, QuantityKind};
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
        let mut support = attributor.supports(s);
        if support.len() + 1 < need {
            continue;
        }
        // each outlet listed must carry the statement's figures (`12,000 tourists` is not told
        // by `thousands of tourists`): consensus says every one of them reports it all
        let figures: Vec<Quantity> = attributor
            .facts(s)
            .quantities
            .iter()
            .filter(|q| {
                matches!(
                    q.kind,
                    QuantityKind::Count | QuantityKind::Money | QuantityKind::Percent
                )
            })
            .copied()
            .collect();
        if !figures.is_empty() {
            support.retain(|x| {
                let start = cluster.article_sentences[x.article].start;
                let theirs = x
                    .evidence
                    .iter()
                    .flat_map(|&i| attributor.facts(start + i).quantities.iter());
                figures.iter().all(|q| {
                    theirs.clone().any(|o| q.same_value(o)) && !q.conflicts_with(theirs.clone())
                })
            });
            if support.len() + 1 < need {
                continue;
            }
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

#[cfg(test)]
mod tests {
    use crate::summarize::ClusterStats;
    use crate::text::analysed_texts;

    #[test]
    fn an_outlet_without_the_figure_does_not_count_for_a_statement_with_it() {
        let texts = [
            "Park officials said on Monday that 12,000 tourists visited Kakadu National Park last \
             week to see the rock art.\nThe uranium mine would sit inside the park boundary, \
             opponents said.",
            "About 12,000 tourists visited Kakadu National Park last week to see the rock art, park \
             officials said on Monday.\nOpponents of the uranium mine held a rally in Darwin on \
             Sunday.",
            "Thousands of tourists visited Kakadu National Park last week to see the rock art, park \
             officials said on Monday.\nThe mining company says the uranium mine is safe.",
        ];
        let cluster = analysed_texts(&texts);
        let stats = ClusterStats::new(&cluster);
        let comparison = crate::compare::compare(&cluster, &stats);
        let tourists: Vec<_> = comparison
            .consensus
            .iter()
            .filter(|c| c.statement.text.contains("tourists"))
            .collect();
        assert!(!tourists.is_empty(), "{:?}", comparison.consensus);
        for c in tourists {
            // `12,000 tourists` is not told by the outlet that says `thousands`
            if c.statement.text.contains("12,000") {
                assert!(!c.articles.contains(&2), "{c:?}");
            }
        }
    }
}
