//! Prints reading sheets for labelling citations and stand-alone sentences by hand:
//! `cargo run --release -p roundup --example label_sheet -- SET CLUSTER_ID... [--words N]`.
//!
//! `SET` is a cluster file relative to `$ROUNDUP_SHARED/data` (`duc/duc2003-task2.jsonl`,
//! `multinews/val.jsonl.gz`, ...) or `seeds` (the five files of `data/seeds`, in name order, as one
//! cluster with id `seeds`). For each cluster it prints every kept article (after cleaning and
//! folding copies) as numbered sentences `[doc.sentence]`, then the sentences that the `coverage`,
//! `lead` and `lexrank` methods choose at the word budget, each with a key: `doc`, `sentence` and
//! an 8-hex FNV-1a hash of the sentence text. Labels keep those keys, never the text; the hash lets
//! the scorer notice when a change to cleaning or splitting moved a sentence.
//!
//! The sheets are data read from `shared/`: print them outside the repository.

use roundup::clean::clean_cluster;
use roundup::eval::dataset::labelled_set_clusters;
use roundup::model::Budget;
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::{select_cited, ClusterStats, Method, SummaryOptions};
use roundup::text::Analyzer;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut words = 100;
    if let Some(i) = args.iter().position(|a| a == "--words") {
        words = args.get(i + 1).and_then(|w| w.parse().ok()).unwrap_or(100);
        args.drain(i..(i + 2).min(args.len()));
    }
    let Some((set, ids)) = args.split_first() else {
        eprintln!("usage: label_sheet SET CLUSTER_ID... [--words N]");
        std::process::exit(2);
    };
    let clusters = labelled_set_clusters(set, ids).unwrap_or_else(|e| {
        eprintln!("cannot read {set}: {e}");
        std::process::exit(1)
    });
    // an id the set does not hold is a typing slip (`45000` for `multinews-val-45000`): say so
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| !clusters.iter().any(|(c, _)| c == *id))
        .collect();
    if !missing.is_empty() {
        eprintln!("{set} holds no cluster with id {missing:?}");
        std::process::exit(1);
    }
    let analyzer = Analyzer::new();
    for (id, docs) in clusters {
        print_sheet(set, &id, &docs, &analyzer, words);
    }
}

fn print_sheet(set: &str, id: &str, docs: &[String], analyzer: &Analyzer, words: usize) {
    let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(id, docs)));
    let stats = ClusterStats::new(&analysed);
    let doc_number = |a: usize| doc_of(&analysed.articles[a].id);
    println!(
        "=== CLUSTER set={set} id={id} ({} kept articles of {})",
        analysed.articles.len(),
        docs.len()
    );
    for dup in &analysed.duplicates {
        println!(
            "(doc {} folded into doc {} as a copy)",
            doc_of(&dup.copy.id),
            doc_number(dup.kept)
        );
    }
    for a in 0..analysed.articles.len() {
        println!("\n--- DOC {}", doc_number(a));
        for s in analysed.sentences_of(a) {
            println!("[{}.{}] {}", doc_number(a), s.index, s.text);
        }
    }
    println!("\n--- SUMMARY SENTENCES ({words} words)");
    let mut seen: Vec<(usize, Vec<&str>)> = Vec::new();
    for method in [Method::Coverage, Method::Lead, Method::LexRank] {
        let options = SummaryOptions {
            method,
            budget: Budget::Words(words),
            ..SummaryOptions::default()
        };
        for (c, _) in select_cited(&analysed, &stats, &options) {
            match seen.iter_mut().find(|(s, _)| *s == c.sentence) {
                Some((_, methods)) => methods.push(method.name()),
                None => seen.push((c.sentence, vec![method.name()])),
            }
        }
    }
    for (n, (sentence, methods)) in seen.iter().enumerate() {
        let s = &analysed.sentences[*sentence];
        println!(
            "S{} doc={} sentence={} hash={} methods={}\n    {}",
            n + 1,
            doc_number(s.article),
            s.index,
            roundup::attribute::sentence_hash(&s.text),
            methods.join(","),
            s.text
        );
    }
    println!();
}

/// The input document number (1-based) of an article numbered by `cluster_from_texts`.
fn doc_of(id: &str) -> usize {
    id.rsplit('#')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}
