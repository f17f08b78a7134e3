//! A summary tells each claim once: a sentence whose claim another outlet's chosen sentence
//! already tells in other words is not taken while a new claim fits (the default method).
//!
//! Needs the shared data folder: `$ROUNDUP_SHARED` or `../shared` beside the workspace.

use roundup::attribute::{AttributionParams, Attributor};
use roundup::clean::clean_cluster;
use roundup::eval::dataset::{read_eval_clusters, shared_path};
use roundup::ingest::read_inputs;
use roundup::model::{Budget, Cluster};
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::select::CLAIM_REPEAT_COVERAGE;
use roundup::summarize::{select, ClusterStats, SummaryOptions};
use roundup::text::{AnalysedCluster, Analyzer};

/// Pairs of chosen sentences of which the first carries the second's claim: the attribute
/// stage's loose test, with at least [`CLAIM_REPEAT_COVERAGE`] of its content.
fn claims_told_twice(cluster: &AnalysedCluster, words: usize) -> Vec<(String, String)> {
    let stats = ClusterStats::new(cluster);
    let options = SummaryOptions {
        budget: Budget::Words(words),
        ..SummaryOptions::default()
    };
    let chosen: Vec<usize> = select(cluster, &stats, &options)
        .iter()
        .map(|c| c.sentence)
        .collect();
    let attributor = Attributor::new(
        cluster,
        &stats.idf,
        &stats.content_terms,
        AttributionParams::default(),
    );
    let mut out = Vec::new();
    for (k, &s) in chosen.iter().enumerate() {
        for t in attributor
            .tellings(s)
            .into_iter()
            .filter(|t| t.similarity >= CLAIM_REPEAT_COVERAGE)
        {
            let start = cluster.article_sentences[t.article].start;
            for e in t.evidence {
                if chosen[..k].contains(&(start + e)) {
                    out.push((
                        cluster.sentences[start + e].text.clone(),
                        cluster.sentences[s].text.clone(),
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn the_seeds_summary_tells_lavrovs_denial_of_a_promise_once() {
    let path = shared_path("data/seeds").unwrap_or_else(|e| panic!("{e}"));
    let ingested = read_inputs(&[path.to_string_lossy().into_owned()]);
    assert!(ingested.problems.is_empty(), "{:?}", ingested.problems);
    let cluster = Analyzer::new().analyse(clean_cluster(Cluster {
        id: "seeds".into(),
        articles: ingested.articles,
    }));
    // `Russia never promised the United States …` (one outlet) and `Lavrov denied any talks …
    // stressing that no such promise had been made` (another) are one claim in other words
    let twice = claims_told_twice(&cluster, 100);
    assert!(twice.is_empty(), "{twice:#?}");
    let stats = ClusterStats::new(&cluster);
    let shown: Vec<&str> = select(&cluster, &stats, &SummaryOptions::default())
        .iter()
        .map(|c| cluster.sentences[c.sentence].text.as_str())
        .collect();
    let promise = shown
        .iter()
        .filter(|t| t.contains("never promised") || t.contains("no such promise"))
        .count();
    assert_eq!(promise, 1, "{shown:#?}");
}

#[test]
fn duc_2003_summaries_tell_each_claim_once() {
    let path = shared_path("data/duc/duc2003-task2.jsonl").unwrap_or_else(|e| panic!("{e}"));
    let clusters = read_eval_clusters(&path).expect("DUC 2003 task 2");
    assert_eq!(clusters.len(), 30);
    let analyzer = Analyzer::new();
    let mut twice = Vec::new();
    for c in &clusters {
        let cluster = analyzer.analyse(clean_cluster(cluster_from_texts(&c.id, &c.documents)));
        twice.extend(
            claims_told_twice(&cluster, 100)
                .into_iter()
                .map(|p| (c.id.clone(), p)),
        );
    }
    assert!(twice.is_empty(), "{twice:#?}");
}
