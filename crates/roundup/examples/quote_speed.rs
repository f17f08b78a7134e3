//! How quotation finding and speaker resolution scale with one article's size:
//! `cargo run --release -p roundup --example quote_speed -- [MB...]` (default 6 50).
//!
//! Builds one article of the given size by repeating the DUC 2004 documents
//! (`$ROUNDUP_SHARED/data/duc/duc2004-task2-docs-only.jsonl`, real newswire, paragraphs kept)
//! one after another, cleans and analyses it (timed apart), then times
//! `compare::quotes::find_quotes` on it and prints quotations found per megabyte.

use std::time::Instant;

use roundup::clean::clean_cluster;
use roundup::compare::quotes::find_quotes;
use roundup::eval::dataset::{read_eval_clusters, shared_dir};
use roundup::pipeline::cluster_from_texts;
use roundup::text::Analyzer;

fn main() {
    let sizes: Vec<f64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![6.0, 50.0]
    } else {
        sizes
    };
    let path = shared_dir().join("data/duc/duc2004-task2-docs-only.jsonl");
    let docs: Vec<String> = read_eval_clusters(&path)
        .unwrap_or_else(|e| {
            eprintln!("cannot read {}: {e}", path.display());
            std::process::exit(1)
        })
        .into_iter()
        .flat_map(|c| c.documents)
        .collect();
    let analyzer = Analyzer::new();
    for mb in sizes {
        let target = (mb * 1_000_000.0) as usize;
        let mut text = String::with_capacity(target + 100_000);
        'fill: loop {
            for d in &docs {
                if text.len() >= target {
                    break 'fill;
                }
                text.push_str(d);
                text.push_str("\n\n");
            }
        }
        let t = Instant::now();
        let analysed = analyzer.analyse(clean_cluster(cluster_from_texts("big", &[text])));
        let prepare = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let (quotes, speakers) = find_quotes(&analysed);
        let secs = t.elapsed().as_secs_f64();
        let size = analysed.articles.first().map_or(0, |a| a.text.len());
        println!(
            "{mb} MB asked, {:.1} MB cleaned, {} sentences: clean+analyse {prepare:.2} s; quotes+speakers {secs:.2} s ({} quotations, {} speakers)",
            size as f64 / 1e6,
            analysed.sentences.len(),
            quotes.len(),
            speakers.len()
        );
    }
}
