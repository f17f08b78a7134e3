//! Disputed: outlets that give different figures for the same thing.
//!
//! Built on the attribute stage ([`Attributor::disagreements`]): two statements of different
//! articles conflict only when one tells the other's claim (most of its content, its event
//! included, in articles that tell the same news) with another value of the same measure: the same
//! count of the same thing (`21 people` / `24 people`), the same kind of amount or share, the
//! same year or month. The same figure in other words is agreement and never listed. When both
//! articles are dated and the dates differ, the later figure is an **update** (a rising toll), not
//! a dispute. Each pair is listed once, with the figures that differ.
//!
//! Denials and negations are not listed: on hand-judged clusters they were rarely real
//! disagreements (BENCHMARKS.md, "Disputes"). The section is off by default (`--disputes`) and
//! labelled unverified when shown.

use super::{statement, Dispute, DisputeKind};
use crate::attribute::{Attributor, Quantity, QuantityKind};
use crate::summarize::ClusterStats;
use crate::text::AnalysedCluster;

/// A figure as a reader reads it: `24`, `$33.5 million`, `56%`, `July`.
pub fn figure(q: &Quantity) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let number = |v: f64| {
        if v >= 1e9 {
            format!("{} billion", trim(v / 1e9))
        } else if v >= 1e6 {
            format!("{} million", trim(v / 1e6))
        } else {
            trim(v)
        }
    };
    match q.kind {
        QuantityKind::Month => MONTHS
            .get((q.value as usize).saturating_sub(1))
            .map_or_else(|| trim(q.value), |m| m.to_string()),
        QuantityKind::Money => format!("${}", number(q.value)),
        QuantityKind::Percent => format!("{}%", trim(q.value)),
        QuantityKind::Year | QuantityKind::Count => number(q.value),
    }
}

fn trim(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub(crate) fn disputed(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    attributor: &Attributor,
    max: usize,
) -> Vec<Dispute> {
    let mut out: Vec<Dispute> = Vec::new();
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for s in 0..cluster.sentences.len() {
        if !stats.eligible[s] {
            continue;
        }
        for (support, figures) in attributor.disagreements(s) {
            if figures.is_empty() {
                continue;
            }
            let other = cluster.article_sentences[support.article].start + support.sentence_index;
            let key = (s.min(other), s.max(other));
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let (a, b) = (
                &cluster.articles[cluster.sentences[s].article],
                &cluster.articles[support.article],
            );
            let (day_a, day_b) = (
                a.date.as_deref().and_then(crate::dates::parse_day),
                b.date.as_deref().and_then(crate::dates::parse_day),
            );
            let kind = match (day_a, day_b) {
                (Some(x), Some(y)) if x != y => DisputeKind::Update,
                _ => DisputeKind::Numbers,
            };
            // an update reads from the earlier report to the later one
            let (claim, counter, figures) = match (kind, day_a, day_b) {
                (DisputeKind::Update, Some(x), Some(y)) if y < x => (
                    statement(cluster, other),
                    statement(cluster, s),
                    figures.iter().map(|(p, q)| (*q, *p)).collect::<Vec<_>>(),
                ),
                _ => (statement(cluster, s), statement(cluster, other), figures),
            };
            out.push(Dispute {
                claim,
                counter,
                kind,
                shared: figures
                    .iter()
                    .map(|(p, q)| format!("{} / {}", figure(p), figure(q)))
                    .collect(),
                score: support.similarity,
            });
        }
    }
    out.sort_by(|x, y| y.score.total_cmp(&x.score));
    out.truncate(max);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_as_a_reader_reads_them() {
        let q = |value, kind| Quantity {
            value,
            kind,
            unit: None,
            context: [crate::attribute::NO_TERM; 4],
        };
        assert_eq!(figure(&q(33.5e6, QuantityKind::Money)), "$33.5 million");
        assert_eq!(figure(&q(24.0, QuantityKind::Count)), "24");
        assert_eq!(figure(&q(56.0, QuantityKind::Percent)), "56%");
        assert_eq!(figure(&q(7.0, QuantityKind::Month)), "July");
    }
}
