//! How long the outlet comparison takes per cluster, on DUC 2003 task 2 (30 clusters of ~10 full
//! newswire articles): `cargo run --release -p roundup --example compare_speed [-- FILE]`.
//! Clean, analyse and statistics are done first and timed apart; the comparison alone is repeated
//! five times and the median per cluster reported.

use std::time::Instant;

use roundup::clean::clean_cluster;
use roundup::compare::compare;
use roundup::eval::dataset::read_eval_clusters;
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::ClusterStats;
use roundup::text::Analyzer;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/duc/duc2003-task2.jsonl"
        )
        .into()
    });
    let clusters = read_eval_clusters(std::path::Path::new(&path)).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(1);
    });
    let analyzer = Analyzer::new();
    let started = Instant::now();
    let prepared: Vec<_> = clusters
        .iter()
        .map(|c| {
            let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(&c.id, &c.documents)));
            let stats = ClusterStats::new(&analysed);
            (analysed, stats)
        })
        .collect();
    let prepare_ms = started.elapsed().as_secs_f64() * 1000.0;
    let articles: usize = prepared.iter().map(|(a, _)| a.articles.len()).sum();
    let mut per_cluster: Vec<f64> = Vec::new();
    let (mut quotes, mut disputed, mut consensus) = (0, 0, 0);
    for (analysed, stats) in &prepared {
        let mut runs: Vec<f64> = (0..5)
            .map(|_| {
                let t = Instant::now();
                let c = compare(analysed, stats);
                std::hint::black_box(&c);
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        runs.sort_by(f64::total_cmp);
        per_cluster.push(runs[2]);
        let c = compare(analysed, stats);
        quotes += c.quotes.len();
        disputed += c.disputed.len();
        consensus += c.consensus.len();
    }
    per_cluster.sort_by(f64::total_cmp);
    let mean = per_cluster.iter().sum::<f64>() / per_cluster.len().max(1) as f64;
    println!(
        "{} clusters, {articles} articles (after folding copies); clean+analyse+stats {prepare_ms:.1} ms in all",
        prepared.len()
    );
    println!(
        "compare per cluster: mean {mean:.2} ms, median {:.2} ms, max {:.2} ms",
        per_cluster[per_cluster.len() / 2],
        per_cluster[per_cluster.len() - 1]
    );
    println!("found {quotes} distinct quotations, {consensus} consensus statements, {disputed} disputed pairs");
}
