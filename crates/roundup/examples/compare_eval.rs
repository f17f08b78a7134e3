//! The compare sections of this build scored on the hand labels of
//! `bench/labels/compare/*.jsonl`:
//! `cargo run --release -p roundup --example compare_eval -- [--dump] [--sheet]`.
//!
//! Each labelled cluster is compared again (default options: disputes off). A consensus or
//! "only here" statement keeps its label when the label names the same section, document and
//! sentence; other statements are pending (`--sheet` prints them with a key line to judge; the
//! sheet shows the data's text: print it outside the repository). Printed per section and half
//! (test when `sentence_hash(cluster id)` is odd) and source (DUC/TAC and the seeds, or Multi-News
//! val, set `multinews-val`): items listed, judged right, precision,
//! pending. `--dump` prints, for every labelled only-here item (listed now or not), its verdict
//! and the measures of the other article that carries most of it, then each other article's
//! best window as `coverage:likeness:event coverage` (for tuning on the development half).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use roundup::attribute::{AttributionParams, Attributor};
use roundup::clean::clean_cluster;
use roundup::compare::{compare_with, CompareOptions};
use roundup::eval::dataset::{input_document_number, is_test_cluster, labelled_set_clusters};
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::ClusterStats;
use roundup::text::Analyzer;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
struct Label {
    set: String,
    cluster: String,
    section: String,
    doc: usize,
    sentence: usize,
    verdict: String,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dump = args.iter().any(|a| a == "--dump");
    let sheet = args.iter().any(|a| a == "--sheet");
    let ranks = args.iter().any(|a| a == "--ranks");
    // with --dump: the development half's sentence and its nearest other window, to read
    let texts = args.iter().any(|a| a == "--texts");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/labels/compare");
    let mut labels: Vec<Label> = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("bench/labels/compare")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for f in files {
        for line in std::fs::read_to_string(&f).unwrap().lines() {
            if !line.trim().is_empty() {
                labels.push(serde_json::from_str(line).expect("label line"));
            }
        }
    }
    // later files (by name) override earlier ones
    let mut by_key: HashMap<(String, String, String, usize, usize), String> = HashMap::new();
    // the clusters judged: consensus on every quote-labelled cluster, only-here where it has labels
    #[derive(Deserialize)]
    struct QuoteLabel {
        set: String,
        cluster: String,
    }
    let mut consensus_judged: Vec<(String, String)> = Vec::new();
    let quotes_dir = dir.join("../quotes");
    for f in std::fs::read_dir(&quotes_dir).expect("bench/labels/quotes") {
        let f = f.unwrap().path();
        for line in std::fs::read_to_string(&f).unwrap().lines() {
            if let Ok(q) = serde_json::from_str::<QuoteLabel>(line) {
                let set = q
                    .set
                    .trim_start_matches("duc/")
                    .trim_end_matches(".jsonl")
                    .to_string();
                if !consensus_judged.contains(&(set.clone(), q.cluster.clone())) {
                    consensus_judged.push((set, q.cluster));
                }
            }
        }
    }
    // (and every cluster with a consensus label: the Multi-News clusters judged for it alone)
    for l in labels.iter().filter(|l| l.section == "consensus") {
        let key = (l.set.clone(), l.cluster.clone());
        if !consensus_judged.contains(&key) {
            consensus_judged.push(key);
        }
    }
    let only_here_judged: Vec<(String, String)> = labels
        .iter()
        .filter(|l| l.section == "only_here")
        .map(|l| (l.set.clone(), l.cluster.clone()))
        .collect();
    let mut sets: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (set, cluster) in consensus_judged.iter().chain(&only_here_judged) {
        let ids = sets.entry(set.clone()).or_default();
        if !ids.contains(cluster) {
            ids.push(cluster.clone());
        }
    }
    for l in &labels {
        by_key.insert(
            (
                l.set.clone(),
                l.cluster.clone(),
                l.section.clone(),
                l.doc,
                l.sentence,
            ),
            l.verdict.clone(),
        );
    }
    let analyzer = Analyzer::new();
    // (section, half) -> (listed, right, pending)
    // (section, source, half) -> (listed, right, pending)
    let mut tally: BTreeMap<(&str, &str, &str), (usize, usize, usize)> = BTreeMap::new();
    for (set, ids) in &sets {
        // (the web pages' quote labels are of single pages: no other outlet to compare)
        if set == roundup::eval::dataset::HTML_PAGES {
            continue;
        }
        // (`multinews-val`: the Multi-News validation clusters, lower-cased web news)
        let (path, source) = match set.as_str() {
            "seeds" => (set.clone(), "wire+seeds"),
            "multinews-val" => ("multinews/val.jsonl.gz".to_string(), "multinews"),
            _ => (format!("duc/{set}.jsonl"), "wire+seeds"),
        };
        for (id, docs) in labelled_set_clusters(&path, ids).expect("labelled clusters") {
            let half = if is_test_cluster(&id) { "test" } else { "dev" };
            let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(&id, &docs)));
            let stats = ClusterStats::new(&analysed);
            let doc_of = |a: usize| input_document_number(&analysed.articles[a].id);
            let c = compare_with(&analysed, &stats, &CompareOptions::default());
            // (article, sentence) of every only-here statement listed now
            let listed_here: Vec<(usize, usize)> = c
                .unique
                .iter()
                .flat_map(|u| u.statements.iter())
                .map(|st| (st.statement.article, st.statement.sentence_index))
                .collect();
            let mut listed: Vec<(&str, usize, usize)> = c
                .consensus
                .iter()
                .map(|k| ("consensus", k.statement.article, k.statement.sentence_index))
                .collect();
            for u in &c.unique {
                for (rank, st) in u.statements.iter().enumerate() {
                    listed.push((
                        "only_here",
                        st.statement.article,
                        st.statement.sentence_index,
                    ));
                    if ranks {
                        let key = (
                            set.clone(),
                            id.clone(),
                            "only_here".to_string(),
                            doc_of(st.statement.article),
                            st.statement.sentence_index,
                        );
                        println!(
                            "RANK {half} {id} {} {} {rank} {} {:.3} {}",
                            key.3,
                            key.4,
                            u.statements.len(),
                            st.score,
                            by_key.get(&key).map_or("?", String::as_str)
                        );
                    }
                }
            }
            let judged = |section: &str| {
                let key = (set.clone(), id.clone());
                match section {
                    "consensus" => consensus_judged.contains(&key),
                    _ => only_here_judged.contains(&key),
                }
            };
            for (section, article, index) in listed.into_iter().filter(|l| judged(l.0)) {
                let key = (
                    set.clone(),
                    id.clone(),
                    section.to_string(),
                    doc_of(article),
                    index,
                );
                let e = tally.entry((section, source, half)).or_default();
                match by_key.get(&key) {
                    Some(v) => {
                        e.0 += 1;
                        e.1 += (v == "right") as usize;
                    }
                    None => {
                        e.2 += 1;
                        if sheet {
                            let s = &analysed.sentences
                                [analysed.article_sentences[article].start + index];
                            println!(
                                "PENDING {{\"set\": \"{set}\", \"cluster\": \"{id}\", \"section\": \"{section}\", \"doc\": {}, \"sentence\": {index}, \"verdict\": \"?\"}}\n    {}",
                                doc_of(article),
                                s.text
                            );
                        }
                    }
                }
            }
            if dump {
                let attributor = Attributor::new(
                    &analysed,
                    &stats.idf,
                    &stats.content_terms,
                    AttributionParams::default(),
                );
                for l in labels
                    .iter()
                    .filter(|l| l.section == "only_here" && l.set == *set && l.cluster == id)
                {
                    let Some(a) = (0..analysed.articles.len()).find(|&a| doc_of(a) == l.doc) else {
                        continue;
                    };
                    let s = analysed.article_sentences[a].start + l.sentence;
                    let best = (0..analysed.articles.len())
                        .filter(|&b| b != a)
                        .filter_map(|b| attributor.explain(s, b))
                        .max_by(|x, y| x.0.coverage.total_cmp(&y.0.coverage));
                    let best_article = (0..analysed.articles.len())
                        .filter(|&b| b != a)
                        .filter_map(|b| attributor.explain(s, b))
                        .max_by(|x, y| x.0.article_coverage.total_cmp(&y.0.article_coverage));
                    // the share of the sentence's content weight on terms no other article has
                    let terms = &stats.content_terms[s];
                    let weight = |t: &u32| stats.idf[*t as usize];
                    let total: f32 = terms.iter().map(weight).sum();
                    let own: f32 = terms
                        .iter()
                        .filter(|&&t| stats.article_df[t as usize] <= 1)
                        .map(weight)
                        .sum();
                    let own_terms = terms
                        .iter()
                        .filter(|&&t| stats.article_df[t as usize] <= 1)
                        .count();
                    // each other article's best window: its coverage and the two articles' likeness
                    let pairs: Vec<String> = (0..analysed.articles.len())
                        .filter(|&b| b != a)
                        .filter_map(|b| attributor.explain(s, b))
                        .map(|(m, _)| {
                            format!(
                                "{:.3}:{:.3}:{:.3}",
                                m.coverage, m.article_similarity, m.event_coverage
                            )
                        })
                        .collect();
                    if let (Some((m, _)), Some((ma, _))) = (best, best_article) {
                        println!(
                            "DUMP {half} {id} {} {} {} cov={:.2} event={:.2} art_cov={:.2} art_event_cov_best={:.2} sim={:.2} own={:.2} own_n={own_terms} told={} listed={} quoted={} pairs={}",
                            l.doc, l.sentence, l.verdict, m.coverage, m.event_coverage,
                            ma.article_coverage, ma.event_coverage, ma.article_similarity,
                            own / total.max(1e-6),
                            attributor.told_elsewhere(s),
                            listed_here.contains(&(a, l.sentence)),
                            roundup::attribute::quotation::quoted_claim(&analysed.sentences[s].text)
                                .is_some(),
                            pairs.join(",")
                        );
                        if texts && half == "dev" {
                            println!("    HERE  {}", analysed.sentences[s].text);
                            if let Some((b, text)) = nearest_window(&attributor, &analysed, s, a) {
                                println!("    NEAR  doc {}: {text}", doc_of(b));
                            }
                        }
                    } else {
                        println!(
                            "DUMP {half} {id} {} {} {} none",
                            l.doc, l.sentence, l.verdict
                        );
                    }
                }
            }
        }
    }
    println!("section    source      half  judged  right  precision  pending");
    for ((section, source, half), (n, right, pending)) in &tally {
        println!(
            "{section:<10} {source:<11} {half:<5} {n:>6} {right:>6}  {:>9.3}  {pending:>7}",
            *right as f64 / (*n).max(1) as f64
        );
    }
}

/// The other article's window that comes nearest to telling sentence `s` of article `a` (the most
/// coverage plus likeness), as its article and its text.
fn nearest_window(
    attributor: &Attributor,
    analysed: &roundup::text::AnalysedCluster,
    s: usize,
    a: usize,
) -> Option<(usize, String)> {
    let (b, (_, indices)) = (0..analysed.articles.len())
        .filter(|&b| b != a)
        .filter_map(|b| attributor.explain(s, b).map(|e| (b, e)))
        .max_by(|x, y| {
            (x.1 .0.coverage + x.1 .0.article_similarity)
                .total_cmp(&(y.1 .0.coverage + y.1 .0.article_similarity))
        })?;
    let start = analysed.article_sentences[b].start;
    let text: Vec<&str> = indices
        .iter()
        .map(|&i| analysed.sentences[start + i].text.as_str())
        .collect();
    Some((b, text.join(" ")))
}
