//! Checks our ROUGE against Google's rouge-score 0.1.2 on every case of the shared fixture
//! (`fixtures/rouge-score-0.1.2.jsonl`, made by the Python package itself).

use std::path::PathBuf;

use roundup::eval::dataset::shared_path;
use roundup::eval::{RougeScorer, RougeScores};
use serde::Deserialize;

/// A file or folder of the shared evaluation data (`ROUNDUP_SHARED` or `../shared`).
fn shared(relative: &str) -> PathBuf {
    shared_path(relative).unwrap_or_else(|e| panic!("{e}"))
}

const TOLERANCE: f64 = 1e-6;

#[derive(Deserialize)]
struct Case {
    prediction: String,
    references: Vec<String>,
    stemmer: bool,
    scores: RougeScores,
}

fn load_cases() -> Vec<Case> {
    let path = shared("fixtures/rouge-score-0.1.2.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "ROUGE fixture {} is missing ({e}): set ROUNDUP_SHARED to the shared folder",
            path.display()
        )
    });
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{}: line {}: {e}", path.display(), i + 1))
        })
        .collect()
}

/// Differences beyond the tolerance, as "metric.field: ours vs expected".
fn mismatches(ours: &RougeScores, expected: &RougeScores) -> Vec<String> {
    let mut out = Vec::new();
    for ((name, a), (_, b)) in ours.named().iter().zip(expected.named().iter()) {
        for (field, x, y) in [("p", a.p, b.p), ("r", a.r, b.r), ("f", a.f, b.f)] {
            // Written so that a NaN on either side counts as a mismatch.
            let within = (x - y).abs() <= TOLERANCE;
            if !within {
                out.push(format!("{name}.{field}: ours {x} vs rouge-score {y}"));
            }
        }
    }
    out
}

fn preview(s: &str) -> String {
    let short: String = s.chars().take(160).collect();
    format!("{short:?}{}", if short.len() < s.len() { "…" } else { "" })
}

#[test]
fn matches_rouge_score_0_1_2_on_every_fixture_case() {
    let cases = load_cases();
    assert!(
        cases.len() >= 300,
        "expected the full fixture (364 cases), found {}",
        cases.len()
    );
    assert!(cases.iter().any(|c| c.stemmer) && cases.iter().any(|c| !c.stemmer));
    let scorers = [RougeScorer::new(false), RougeScorer::new(true)];

    let mut failures = Vec::new();
    let mut checked = [0usize; 2];
    for (i, case) in cases.iter().enumerate() {
        let scorer = &scorers[usize::from(case.stemmer)];
        let refs: Vec<&str> = case.references.iter().map(String::as_str).collect();
        let ours = scorer.score(&refs, &case.prediction);
        // The pre-tokenized path must agree exactly with the text path.
        let prepared: Vec<_> = refs.iter().map(|r| scorer.prepare(r)).collect();
        let ours_prepared = scorer.score_prepared(&prepared, &scorer.prepare(&case.prediction));
        assert_eq!(ours, ours_prepared, "case {i}: prepared path differs");

        checked[usize::from(case.stemmer)] += 1;
        let diffs = mismatches(&ours, &case.scores);
        if !diffs.is_empty() {
            failures.push(format!(
                "case {i} (stemmer={}, {} refs)\n  prediction: {}\n  reference[0]: {}\n  {}",
                case.stemmer,
                refs.len(),
                preview(&case.prediction),
                preview(refs.first().copied().unwrap_or("")),
                diffs.join("\n  ")
            ));
        }
    }
    println!(
        "checked {} rouge-score cases ({} stemmed, {} unstemmed), 4 metrics x p/r/f each: {} mismatches",
        checked[0] + checked[1],
        checked[1],
        checked[0],
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from rouge-score 0.1.2:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The shared evaluation sets read with the counts their README gives.
#[test]
fn reads_shared_evaluation_sets() {
    use roundup::eval::read_eval_clusters;
    let data = shared("data");
    for (file, clusters, refs) in [
        ("duc/duc2003-task2.jsonl", 30, 4),
        ("duc/duc2004-task2-docs-only.jsonl", 50, 0),
        ("multinews/val.jsonl.gz", 5622, 1),
    ] {
        let path = data.join(file);
        assert!(
            path.exists(),
            "evaluation set {} is missing: set ROUNDUP_SHARED to the shared folder",
            path.display()
        );
        let set = read_eval_clusters(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(set.len(), clusters, "{file}");
        for c in &set {
            assert_eq!(c.summaries.len(), refs, "{file} {}", c.id);
            assert!(!c.documents.is_empty(), "{file} {}", c.id);
            assert!(!c.id.is_empty(), "{file}");
        }
    }
}
