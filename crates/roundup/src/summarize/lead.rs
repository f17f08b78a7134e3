//! The lead baseline: the first sentence of every article, then the second, and so on
//! (round-robin lead, as the field's multi-document lead baseline does), until the budget is met.
//! Like every method it takes only sentences that may stand in a summary (standing alone: no
//! breadcrumbs, captions, furniture, or sentences that lean on the one before), counting positions
//! among those, within the articles' opening sentences ([`super::select::early_reach`]), and never
//! one that repeats a sentence already taken (two outlets often open with the same wire sentence;
//! the field's baseline would show it twice).

use crate::text::AnalysedCluster;

use super::select::{Selected, SelectionLimits, Selector};
use super::vectors::ClusterStats;

pub fn select(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    limits: SelectionLimits,
) -> Vec<Selected> {
    let mut selector = Selector::new(cluster, stats, limits, None);
    let leads: Vec<Vec<usize>> = cluster
        .article_sentences
        .iter()
        .map(|r| {
            r.clone()
                .filter(|&s| !selector.beyond_reach(s) && stats.stands_alone(cluster, s))
                .collect()
        })
        .collect();
    let longest = leads.iter().map(Vec::len).max().unwrap_or(0);
    let mut order = Vec::new();
    'rounds: for position in 0..longest {
        for lead in &leads {
            if selector.is_full() {
                break 'rounds;
            }
            if let Some(&s) = lead.get(position) {
                let score = 1.0 / (position as f32 + 1.0);
                order.push((s, score));
                selector.try_add(s, score);
            }
        }
    }
    selector.finish(order)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Budget;

    #[test]
    fn two_outlets_opening_with_the_same_wire_sentence_show_it_once() {
        let wire = "Syria's official newspaper said on Saturday that the appointment of Ariel Sharon ends the peace process.";
        let a = format!(
            "{wire} Sharon said on Sunday that he would not shake the hand of Yasser Arafat."
        );
        let b = format!("{wire} Palestinian negotiators in Gaza said the summit near Washington depends on Benjamin Netanyahu.");
        let c = crate::text::analysed_texts(&[&a, &b]);
        let stats = ClusterStats::new(&c);
        let chosen = select(&c, &stats, SelectionLimits::new(Budget::Words(60), true));
        let texts: Vec<&str> = chosen
            .iter()
            .map(|s| c.sentences[s.sentence].text.as_str())
            .collect();
        assert_eq!(texts.iter().filter(|t| **t == wire).count(), 1, "{texts:?}");
        assert_eq!(texts.len(), 3, "{texts:?}");
    }
}
