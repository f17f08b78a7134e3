//! `compare` stays near-linear: on one long article (DUC 2004 documents run together into ~2 MB,
//! the 50 MB case scaled down) the whole compare path (clean, analyse, compare) takes at
//! most 5× the whole summarize path on the same text. The 50 MB figure is in BENCHMARKS.md
//! (`cargo run --release -p roundup --example compare_scale -- 50`).

use std::time::Instant;

use roundup::clean::clean_cluster;
use roundup::compare::compare;
use roundup::eval::dataset::{read_eval_clusters, shared_path};
use roundup::model::{Article, Cluster};
use roundup::pipeline::{prepare, summarize_cluster};
use roundup::summarize::{ClusterStats, Method, SummaryOptions};
use roundup::text::Analyzer;

fn long_article(bytes: usize) -> Cluster {
    let path =
        shared_path("data/duc/duc2004-task2-docs-only.jsonl").unwrap_or_else(|e| panic!("{e}"));
    let docs: Vec<String> = read_eval_clusters(&path)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .flat_map(|c| c.documents)
        .collect();
    let mut text = String::with_capacity(bytes + 10_000);
    for d in docs.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(d);
        text.push('\n');
    }
    Cluster {
        id: "long".into(),
        articles: vec![Article {
            id: "long".into(),
            origin: "long".into(),
            text,
            ..Article::default()
        }],
    }
}

#[test]
fn compare_takes_at_most_five_times_summarize_on_one_long_article() {
    let cluster = long_article(2_000_000);
    prepare(Method::Coverage);
    let analyzer = Analyzer::new();
    // best of two runs each, so a passing hiccup of the machine does not decide
    let mut summarize_s = f64::MAX;
    let mut compare_s = f64::MAX;
    for _ in 0..2 {
        let t = Instant::now();
        let s = summarize_cluster(cluster.clone(), &analyzer, &SummaryOptions::default());
        assert!(!s.summary.sentences.is_empty());
        summarize_s = summarize_s.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let analysed = analyzer.analyse(clean_cluster(cluster.clone()));
        let stats = ClusterStats::new(&analysed);
        let c = compare(&analysed, &stats);
        assert!(!c.quotes.is_empty());
        compare_s = compare_s.min(t.elapsed().as_secs_f64());
    }
    eprintln!("2 MB: summarize {summarize_s:.2} s, compare {compare_s:.2} s");
    assert!(
        compare_s <= 5.0 * summarize_s,
        "compare {compare_s:.2} s against summarize {summarize_s:.2} s"
    );
}
