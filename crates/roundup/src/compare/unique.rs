//! "Only here": what each article reports that no other article does.
//!
//! A sentence is unique to its article when no other article tells it in any words
//! ([`Attributor::told_elsewhere`]: a looser test than a citation, on one sentence or two adjacent
//! ones, where a different figure still counts as telling it).
//! Unique sentences are ranked by importance: how much of their weight is on terms the story shares
//! across outlets (what makes them about this story rather than trivia), times how much they say,
//! with a mild lead prior, times how surely no other outlet tells them ([`untold_weight`]);
//! boilerplate lines and sentences a summary could not show alone
//! (captions, headlines, fragments, questions, a quotation without its speaker, a leading pronoun:
//! [`ClusterStats::stands_alone`]) never qualify.

use super::{shown_statement, UniqueList, UniqueStatement};
use crate::attribute::Attributor;
use crate::clean::is_boilerplate;
use crate::summarize::ClusterStats;
use crate::text::AnalysedCluster;

/// The importance of sentence `s`: share of its content weight on story terms (carried by at
/// least two articles) × log of its total content weight × a lead prior.
pub fn importance(cluster: &AnalysedCluster, stats: &ClusterStats, s: usize) -> f32 {
    let terms = &stats.content_terms[s];
    let total: f32 = terms.iter().map(|&t| stats.idf[t as usize]).sum();
    if total <= 0.0 {
        return 0.0;
    }
    let story: f32 = terms
        .iter()
        .filter(|&&t| stats.article_df[t as usize] >= 2)
        .map(|&t| stats.idf[t as usize])
        .sum();
    let position = cluster.sentences[s].index as f32;
    (story / total) * (1.0 + total).ln() / (1.0 + 0.03 * position)
}

/// How surely a sentence no other article tells is told only here, from how near another
/// article's best window comes to telling it ([`Attributor::elsewhere`]: 0 when nothing is
/// shared, towards 1 at the told-elsewhere threshold): 1 down to a floor of 0.05. The sentences
/// most about the story are the ones other outlets most often tell in other words: on the
/// development labels, the most important sentence of each list was the one most often wrong.
pub fn untold_weight(nearness: f32) -> f32 {
    (1.0 - nearness).max(0.05)
}

pub(crate) fn unique(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    attributor: &Attributor,
    max: usize,
) -> Vec<UniqueList> {
    let multi = cluster.articles.len() >= 2;
    (0..cluster.articles.len())
        .map(|a| {
            let mut ranked: Vec<(usize, f32)> = Vec::new();
            if multi {
                for s in cluster.article_sentences[a].clone() {
                    // shown alone, as a summary sentence is: it must read alone
                    if !stats.stands_alone(cluster, s) || is_boilerplate(&cluster.sentences[s].text)
                    {
                        continue;
                    }
                    let Some(nearness) = attributor.elsewhere(s) else {
                        continue;
                    };
                    let score = importance(cluster, stats, s) * untold_weight(nearness);
                    // a sentence with nothing in common with the story is trivia
                    if score > 0.0 {
                        ranked.push((s, score));
                    }
                }
            }
            ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            ranked.truncate(max);
            UniqueList {
                article: a,
                statements: ranked
                    .into_iter()
                    .map(|(s, score)| UniqueStatement {
                        statement: shown_statement(cluster, stats, s),
                        score: (score * 1000.0).round() / 1000.0,
                    })
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::compare::{compare_with, CompareOptions};
    use crate::summarize::ClusterStats;

    #[test]
    fn what_another_outlet_nearly_tells_ranks_below_what_none_tells() {
        let cluster = crate::text::analysed_texts(&[
            "Floodwater closed the main bridge in Riverton on Monday after three days of rain. \
             The mayor of Riverton said the flood defences on the east bank of the river held \
             through the night. A bakery in Riverton gave four hundred loaves of bread to flood \
             families sleeping in the school gym.",
            "The river burst its banks in Riverton on Monday. Officials said the flood defences \
             on the east bank held, the mayor of Riverton told reporters. Schools stayed shut, \
             buses ran late across the county and power cuts hit two thousand homes near the old \
             mill. Engineers from Leeds will inspect the weir on Thursday.",
            "Rain fell for a third day over Riverton as the river rose. Insurers expect many \
             flood claims from homes in the valley.",
        ]);
        let stats = ClusterStats::new(&cluster);
        let options = CompareOptions {
            max_unique: 1,
            ..CompareOptions::default()
        };
        let c = compare_with(&cluster, &stats, &options);
        let first = &c.unique[0].statements;
        assert_eq!(first.len(), 1, "{first:?}");
        assert!(
            first[0].statement.text.starts_with("A bakery"),
            "{:?}",
            first[0].statement.text
        );
    }

    #[test]
    fn a_close_telling_of_the_same_news_tells_a_sentence_with_fewer_of_its_words() {
        // the first two articles tell the same news closely; the second says in other words
        // what the first's rescue sentence says (a few of its words); the third is another
        // account whose words brush the first's sentence about the ferry company
        let cluster = crate::text::analysed_texts(&[
            "A ferry carrying 240 passengers ran aground off Skye on Tuesday night in a gale. \
             Coastguard helicopters from Stornoway winched eleven injured passengers aboard before dawn. \
             Island Ferries said Captain Ian Ross had asked to shelter in Portree bay at nine. \
             Divers found a gash below the waterline of the ferry on Wednesday.",
            "A ferry with 240 passengers aboard ran aground off Skye on Tuesday night in a \
             gale. Rescuers lifted eleven hurt travellers to safety overnight. \
             Divers found a gash below the waterline of the ferry on Wednesday.",
            "Fishing crews on Skye said the gale was the worst in a decade. Harbour masters \
             across the islands closed their ports, and a shop in Portree lost its roof.",
        ]);
        let stats = ClusterStats::new(&cluster);
        let c = compare_with(&cluster, &stats, &CompareOptions::default());
        let first: Vec<&str> = c.unique[0]
            .statements
            .iter()
            .map(|u| u.statement.text.as_str())
            .collect();
        assert!(
            !first.iter().any(|t| t.starts_with("Coastguard")),
            "the close telling reports the rescue: {first:?}"
        );
        assert!(
            first.iter().any(|t| t.starts_with("Island Ferries")),
            "only the first reports the captain's request: {first:?}"
        );
    }
}
