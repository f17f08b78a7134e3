//! Quote attribution measured against hand labels: every quotation of 29 DUC 2003 articles
//! (`tests/data/speaker-labels-single-articles.tsv`, offsets and speakers only — the text is read from the shared
//! data). Prints speaker precision and recall and holds them to the bars (≥ 0.90, ≥ 0.80).
//!
//! `cargo test --release -p roundup --test compare_attribution -- --nocapture` prints every miss.

use std::collections::HashMap;
use std::io::BufRead;

use roundup::clean::clean_text;
use roundup::compare::compare;
use roundup::eval::dataset::shared_path;
use roundup::model::{Article, CleanCluster};
use roundup::summarize::ClusterStats;
use roundup::text::Analyzer;

struct Label {
    doc: String,
    start: usize,
    end: usize,
    speaker: Option<String>,
}

fn labels() -> Vec<Label> {
    let text = include_str!("data/speaker-labels-single-articles.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "bad label line: {l}");
            Label {
                doc: f[0].to_string(),
                start: f[1].parse().expect("start"),
                end: f[2].parse().expect("end"),
                speaker: (f[3] != "-").then(|| f[3].to_string()),
            }
        })
        .collect()
}

fn duc_documents(wanted: &[&str]) -> HashMap<String, String> {
    let path = shared_path("data/duc/duc2003-task2.jsonl").unwrap_or_else(|e| panic!("{e}"));
    let file = std::fs::File::open(&path).unwrap_or_else(|e| {
        panic!(
            "the shared evaluation data is missing: cannot read {} ({e}); set ROUNDUP_SHARED to the folder holding data/",
            path.display()
        )
    });
    let mut out = HashMap::new();
    for line in std::io::BufReader::new(file).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.expect("read")).expect("json");
        let docs = v["documents"].as_array().expect("documents");
        let ids = v["doc_ids"].as_array().expect("doc_ids");
        for (d, id) in docs.iter().zip(ids) {
            let id = id.as_str().unwrap_or_default();
            if wanted.contains(&id) {
                out.insert(id.to_string(), d.as_str().unwrap_or_default().to_string());
            }
        }
    }
    out
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A predicted speaker is right when all its words (determiners aside) are in the label:
/// "Lavrov" and "Sergei Lavrov" match "Sergei Lavrov"; "one official" matches "a US official".
fn speaker_matches(predicted: &str, gold: &str) -> bool {
    let gold = words(gold);
    let predicted: Vec<String> = words(predicted)
        .into_iter()
        .filter(|w| !["the", "a", "an", "one"].contains(&w.as_str()))
        .collect();
    !predicted.is_empty() && predicted.iter().all(|w| gold.contains(w))
}

#[test]
fn speaker_precision_and_recall_on_labelled_duc_quotes() {
    let labels = labels();
    assert!(labels.len() >= 150, "at least 150 labelled quotes");
    let ids: Vec<&str> = labels.iter().map(|l| l.doc.as_str()).collect();
    let docs = duc_documents(&ids);
    let analyzer = Analyzer::new();
    let (mut predicted, mut correct, mut gold_total, mut found_quotes) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    let mut by_doc: Vec<&str> = ids.clone();
    by_doc.dedup();
    for doc in by_doc {
        let raw = docs
            .get(doc)
            .unwrap_or_else(|| panic!("{doc} is not in the DUC file"));
        let (text, _) = clean_text(raw);
        let cluster = CleanCluster {
            id: doc.to_string(),
            articles: vec![Article {
                id: doc.to_string(),
                origin: doc.to_string(),
                text: text.clone(),
                ..Article::default()
            }],
            ..CleanCluster::default()
        };
        let analysed = analyzer.analyse(cluster);
        let stats = ClusterStats::new(&analysed);
        let comparison = compare(&analysed, &stats);
        let char_at = |byte: usize| text[..byte].chars().count();
        let occurrences: Vec<(usize, usize, Option<String>, String)> = comparison
            .quotes
            .iter()
            .flat_map(|q| q.occurrences.iter())
            .map(|o| {
                let how = format!(
                    "written {:?}, {:?} {:?}",
                    o.speaker_as_written, o.form, o.verb
                );
                (char_at(o.start), char_at(o.end), o.speaker.clone(), how)
            })
            .collect();
        for l in labels.iter().filter(|l| l.doc == doc) {
            if l.speaker.is_some() {
                gold_total += 1;
            }
            // inside the label's marks, or (a quotation interrupted by its attribution is one
            // system quotation covering both labelled halves) overlapping them
            let hit = occurrences
                .iter()
                .find(|(s, e, _, _)| *s > l.start && *e <= l.end)
                .or_else(|| {
                    occurrences
                        .iter()
                        .find(|(s, e, _, _)| *s < l.end && *e > l.start)
                });
            let Some((_, _, speaker, how)) = hit else {
                misses.push(format!("{doc} {}..{}: quotation not found", l.start, l.end));
                continue;
            };
            found_quotes += 1;
            let Some(speaker) = speaker else {
                if l.speaker.is_some() {
                    misses.push(format!(
                        "{doc} {}..{}: no speaker, gold {:?} ({how})",
                        l.start, l.end, l.speaker
                    ));
                }
                continue;
            };
            predicted += 1;
            match &l.speaker {
                Some(gold) if speaker_matches(speaker, gold) => correct += 1,
                gold => misses.push(format!(
                    "{doc} {}..{}: predicted {speaker:?}, gold {gold:?} ({how})",
                    l.start, l.end
                )),
            }
        }
    }
    let precision = correct as f64 / predicted.max(1) as f64;
    let recall = correct as f64 / gold_total.max(1) as f64;
    for m in &misses {
        println!("miss: {m}");
    }
    println!(
        "quotes labelled {} (with a speaker {gold_total}), found {found_quotes}; speakers predicted {predicted}, correct {correct}; precision {precision:.3} recall {recall:.3}",
        labels.len()
    );
    assert!(precision >= 0.90, "speaker precision {precision:.3} < 0.90");
    assert!(recall >= 0.80, "speaker recall {recall:.3} < 0.80");
}
