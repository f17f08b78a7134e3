//! Quotation finding and speaker resolution grow near-linearly with one article's size: an article
//! four times longer (real newswire, the DUC 2004 documents one after another) takes well under
//! sixteen times as long (what a quadratic step would cost). Times are the fastest of three runs,
//! so a busy machine does not decide the ratio.

use std::time::Instant;

use roundup::clean::clean_cluster;
use roundup::compare::quotes::find_quotes;
use roundup::eval::dataset::{read_eval_clusters, shared_path};
use roundup::pipeline::cluster_from_texts;
use roundup::text::{AnalysedCluster, Analyzer};

fn article(docs: &[String], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 20_000);
    'fill: loop {
        for d in docs {
            if text.len() >= bytes {
                break 'fill;
            }
            text.push_str(d);
            text.push_str("\n\n");
        }
    }
    text
}

fn fastest(analysed: &AnalysedCluster) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut quotes = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let (q, _) = find_quotes(analysed);
        best = best.min(t.elapsed().as_secs_f64());
        quotes = q.len();
    }
    (best, quotes)
}

#[test]
fn quotes_and_speakers_scale_near_linearly_with_article_size() {
    let path =
        shared_path("data/duc/duc2004-task2-docs-only.jsonl").unwrap_or_else(|e| panic!("{e}"));
    let docs: Vec<String> = read_eval_clusters(&path)
        .unwrap_or_else(|e| {
            panic!(
                "the shared evaluation data is missing: cannot read {} ({e}); set ROUNDUP_SHARED",
                path.display()
            )
        })
        .into_iter()
        .flat_map(|c| c.documents)
        .collect();
    let analyzer = Analyzer::new();
    let small = analyzer.analyse(clean_cluster(cluster_from_texts(
        "small",
        &[article(&docs, 500_000)],
    )));
    let large = analyzer.analyse(clean_cluster(cluster_from_texts(
        "large",
        &[article(&docs, 2_000_000)],
    )));
    let (t_small, q_small) = fastest(&small);
    let (t_large, q_large) = fastest(&large);
    let ratio = t_large / t_small.max(1e-4);
    println!(
        "0.5 MB: {t_small:.3} s ({q_small} quotations); 2 MB: {t_large:.3} s ({q_large} quotations); ratio {ratio:.1}"
    );
    assert!(q_small > 100, "the small article has quotations: {q_small}");
    assert!(
        ratio < 8.0,
        "4x the text took {ratio:.1}x the time ({t_small:.3} s -> {t_large:.3} s): not near-linear"
    );
}
