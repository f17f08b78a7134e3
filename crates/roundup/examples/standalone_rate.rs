//! The share of summary sentences that do not stand alone, on this build, from the hand labels
//! of `bench/labels/standalone/`:
//! `cargo run --release -p roundup --example standalone_rate -- [LABEL_DIR] [--sheet] [--dev-labels]`.
//!
//! For each labelled cluster and method (`coverage`, `lead`, `lexrank`, 100 words, as the labels
//! were made) the summary is made again. A summary sentence keeps its label when the label's
//! document and sentence are the same and the sentence is shown as it was judged (no bracketed
//! name put back since); otherwise it is pending. Printed: per method and half (test when
//! `sentence_hash(cluster id)` is odd), the labelled sentences, the share judged `context` or
//! `junk`, and the pending count; with `--sheet`, every pending sentence with its summary around
//! it and a key line to copy into a label file (the sheet shows the data's text: print it
//! outside the repository).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use roundup::attribute::sentence_hash;
use roundup::clean::clean_cluster;
use roundup::eval::dataset::{input_document_number, is_test_cluster, labelled_set_clusters};
use roundup::model::Budget;
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::{summarize, Method, SummaryOptions};
use roundup::text::Analyzer;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
struct Label {
    set: String,
    cluster: String,
    method: String,
    doc: usize,
    sentence: usize,
    verdict: String,
    #[serde(default)]
    shown: Option<String>,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sheet = args.iter().any(|a| a == "--sheet");
    // `--dev-labels`: print the dev half's labelled sentences this build shows, with their verdicts
    let dev_labels = args.iter().any(|a| a == "--dev-labels");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/labels/standalone")
        });
    let mut labels: Vec<Label> = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for f in &files {
        for (i, line) in std::fs::read_to_string(f).unwrap().lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let label: Label = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", f.display(), i + 1));
            labels.push(label);
        }
    }
    // the label of a later file (by name) wins: re-judgements live in `standalone-labels-v2-*`
    let mut by_key: HashMap<(String, String, String, usize, usize), Label> = HashMap::new();
    for l in &labels {
        by_key.insert(
            (
                l.set.clone(),
                l.cluster.clone(),
                l.method.clone(),
                l.doc,
                l.sentence,
            ),
            l.clone(),
        );
    }
    let mut sets: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for l in &labels {
        let ids = sets.entry(l.set.clone()).or_default();
        if !ids.contains(&l.cluster) {
            ids.push(l.cluster.clone());
        }
    }
    let analyzer = Analyzer::new();
    // (method, half) -> (labelled, not alone, pending)
    let mut tally: BTreeMap<(String, &str), (usize, usize, usize)> = BTreeMap::new();
    for (set, ids) in &sets {
        let clusters = labelled_set_clusters(set, ids).expect("labelled clusters");
        for (id, docs) in clusters {
            let half = if is_test_cluster(&id) { "test" } else { "dev" };
            let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(&id, &docs)));
            let doc_of = |a: usize| input_document_number(&analysed.articles[a].id);
            if dev_labels && half == "dev" {
                // every labelled sentence of the cluster, shown now or not, once
                let mut seen = std::collections::HashSet::new();
                for l in by_key.values().filter(|l| &l.set == set && l.cluster == id) {
                    if !seen.insert((l.doc, l.sentence)) {
                        continue;
                    }
                    let article = (0..analysed.articles.len()).find(|&a| doc_of(a) == l.doc);
                    let text = article.and_then(|a| {
                        analysed
                            .sentences
                            .get(analysed.article_sentences[a].start + l.sentence)
                    });
                    if let (Some(t), Some(a)) = (text, article) {
                        // with the two sentences before it in its article
                        let start = analysed.article_sentences[a].start;
                        let before: Vec<&str> = (l.sentence.saturating_sub(2)..l.sentence)
                            .filter_map(|k| analysed.sentences.get(start + k))
                            .map(|s| s.text.as_str())
                            .collect();
                        println!(
                            "ANY\t{}\t{id}\t{}\t{}\t{}",
                            l.verdict,
                            t.text,
                            before.join(" ||| "),
                            l.sentence
                        );
                    }
                }
            }
            for method in [Method::Coverage, Method::Lead, Method::LexRank] {
                let options = SummaryOptions {
                    method,
                    budget: Budget::Words(100),
                    ..SummaryOptions::default()
                };
                let summary = summarize(&analysed, &options);
                let entry = tally.entry((method.name().to_string(), half)).or_default();
                for (position, s) in summary.sentences.iter().enumerate() {
                    let doc = doc_of(s.article);
                    let raw = &analysed.sentences
                        [analysed.article_sentences[s.article].start + s.sentence_index]
                        .text;
                    let name_edit = s.text.contains("] ") && !raw.contains("] ");
                    let key = (
                        set.clone(),
                        id.clone(),
                        method.name().to_string(),
                        doc,
                        s.sentence_index,
                    );
                    let label = by_key.get(&key).filter(|l| {
                        !name_edit || l.shown.as_deref() == Some(&sentence_hash(&s.text))
                    });
                    match label {
                        Some(l) => {
                            entry.0 += 1;
                            entry.1 += (l.verdict != "alone") as usize;
                            if dev_labels && half == "dev" {
                                println!(
                                    "LABEL\t{}\t{}\t{id}\t{}\tdoc={doc} s={}\t{}",
                                    l.verdict,
                                    set.rsplit('/').next().unwrap_or(set),
                                    method.name(),
                                    s.sentence_index,
                                    s.text
                                );
                            }
                        }
                        None => {
                            entry.2 += 1;
                            if sheet {
                                println!("=== PENDING set={set} cluster={id} method={} position={} doc={doc} sentence={}{}",
                                    method.name(), position + 1, s.sentence_index,
                                    if name_edit { " (name edit)" } else { "" });
                                for (k, other) in summary.sentences.iter().enumerate() {
                                    let mark = if k == position { ">>" } else { "  " };
                                    println!("{mark} {}", other.text);
                                }
                                let shown = if name_edit {
                                    format!(", \"shown\": \"{}\"", sentence_hash(&s.text))
                                } else {
                                    String::new()
                                };
                                println!(
                                    "KEY {{\"set\": \"{set}\", \"cluster\": \"{id}\", \"method\": \"{}\", \"position\": {}, \"doc\": {doc}, \"sentence\": {}, \"verdict\": \"?\"{shown}}}\n",
                                    method.name(), position + 1, s.sentence_index
                                );
                            }
                        }
                    }
                }
            }
        }
    }
    println!("method    half  labelled  not alone  pending");
    for ((method, half), (n, bad, pending)) in &tally {
        println!(
            "{method:<9} {half:<5} {n:>8}  {:>8.1}%  {pending:>7}",
            100.0 * *bad as f64 / (*n).max(1) as f64
        );
    }
    for method in ["coverage", "lead", "lexrank"] {
        let (n, bad, pending) = tally
            .iter()
            .filter(|((m, _), _)| m == method)
            .fold((0, 0, 0), |a, (_, v)| (a.0 + v.0, a.1 + v.1, a.2 + v.2));
        println!(
            "{method:<9} all   {n:>8}  {:>8.1}%  {pending:>7}",
            100.0 * bad as f64 / n.max(1) as f64
        );
    }
}
