//! Summary quality must not regress: the default method (and the learned one) on the first 200
//! Multi-News validation clusters at 230 words must stay within 0.3 ROUGE F points of the
//! figures recorded in `tests/quality_baseline.json`. After an intended change, re-record them
//! with `roundup eval ../shared/data/multinews/val.jsonl.gz --words 230 --limit 200 -m METHOD`.

use std::path::PathBuf;

use rayon::prelude::*;
use roundup::eval::dataset::shared_path;
use roundup::eval::{read_eval_clusters, reference_lines, RougeMeans, RougeScorer, RougeScores};
use roundup::model::Budget;
use roundup::pipeline::summary_text_for_eval;
use roundup::summarize::{Method, SummaryOptions};
use roundup::text::Analyzer;
use serde::Deserialize;

/// A file or folder of the shared evaluation data (`ROUNDUP_SHARED` or `../shared`).
fn shared(relative: &str) -> PathBuf {
    shared_path(relative).unwrap_or_else(|e| panic!("{e}"))
}

const TOLERANCE: f64 = 0.3;

#[derive(Deserialize)]
struct Figures {
    rouge1: f64,
    rouge2: f64,
}

#[derive(Deserialize)]
struct Baseline {
    clusters: usize,
    words: usize,
    methods: std::collections::HashMap<String, Figures>,
}

fn measure(method: Method, clusters: usize, words: usize) -> (f64, f64) {
    let path = shared("data/multinews/val.jsonl.gz");
    let mut data = read_eval_clusters(&path).unwrap_or_else(|e| {
        panic!("Multi-News val is missing ({e}): set ROUNDUP_SHARED to the shared folder")
    });
    data.truncate(clusters);
    assert_eq!(data.len(), clusters);
    let analyzer = Analyzer::new();
    let scorer = RougeScorer::new(true);
    let options = SummaryOptions {
        method,
        budget: Budget::Words(words),
        fill_budget: true,
        ..SummaryOptions::default()
    };
    let scores: Vec<RougeScores> = data
        .par_iter()
        .map(|c| {
            let pred = summary_text_for_eval(&c.documents, &analyzer, &options);
            let refs: Vec<String> = c.summaries.iter().map(|s| reference_lines(s)).collect();
            scorer.score(&refs, &pred)
        })
        .collect();
    let mean = scores.into_iter().collect::<RougeMeans>().mean();
    (100.0 * mean.rouge1.f, 100.0 * mean.rouge2.f)
}

fn check(method: Method) {
    let baseline: Baseline = serde_json::from_str(include_str!("quality_baseline.json"))
        .expect("tests/quality_baseline.json is readable");
    let want = baseline
        .methods
        .get(method.name())
        .unwrap_or_else(|| panic!("no baseline recorded for method {method}"));
    let (r1, r2) = measure(method, baseline.clusters, baseline.words);
    eprintln!(
        "{method}: ROUGE-1 F {r1:.2} (baseline {:.2}), ROUGE-2 F {r2:.2} (baseline {:.2})",
        want.rouge1, want.rouge2
    );
    assert!(
        r1 >= want.rouge1 - TOLERANCE,
        "{method}: ROUGE-1 F fell to {r1:.2} from {:.2}",
        want.rouge1
    );
    assert!(
        r2 >= want.rouge2 - TOLERANCE,
        "{method}: ROUGE-2 F fell to {r2:.2} from {:.2}",
        want.rouge2
    );
}

#[test]
fn the_default_method_keeps_its_rouge() {
    check(Method::default());
}

#[test]
fn the_learned_method_keeps_its_rouge() {
    check(Method::Learned);
}
