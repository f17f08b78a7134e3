//! Times the whole summarize path and the whole compare path on one long article made of DUC 2004
//! documents run together: `cargo run --release -p roundup --example compare_scale -- MB`.

use std::time::Instant;

use roundup::clean::clean_cluster;
use roundup::compare::compare;
use roundup::eval::dataset::{read_eval_clusters, shared_path};
use roundup::model::{Article, Cluster};
use roundup::pipeline::{prepare, summarize_cluster};
use roundup::summarize::{ClusterStats, Method, SummaryOptions};
use roundup::text::Analyzer;

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let path = shared_path("data/duc/duc2004-task2-docs-only.jsonl").expect("shared data");
    let docs: Vec<String> = read_eval_clusters(&path)
        .expect("DUC 2004")
        .into_iter()
        .flat_map(|c| c.documents)
        .collect();
    let mut text = String::new();
    for d in docs.iter().cycle() {
        if text.len() >= mb * 1_000_000 {
            break;
        }
        text.push_str(d);
        text.push('\n');
    }
    let cluster = Cluster {
        id: "long".into(),
        articles: vec![Article {
            id: "long".into(),
            origin: "long".into(),
            text,
            ..Article::default()
        }],
    };
    prepare(Method::Coverage);
    let analyzer = Analyzer::new();
    let t = Instant::now();
    let s = summarize_cluster(cluster.clone(), &analyzer, &SummaryOptions::default());
    let summarize_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let analysed = analyzer.analyse(clean_cluster(cluster));
    let stats = ClusterStats::new(&analysed);
    let c = compare(&analysed, &stats);
    let compare_s = t.elapsed().as_secs_f64();
    println!(
        "{mb} MB: summarize {summarize_s:.2} s ({} sentences), compare {compare_s:.2} s ({} quotes): {:.2}x",
        s.summary.sentences.len(),
        c.quotes.len(),
        compare_s / summarize_s
    );
}
