//! Reading sheets for judging outputs by hand (BENCHMARKS.md says how they were judged):
//! `cargo run --release -p roundup --example judge_sheet -- summaries|compare SET [CLUSTER_ID...]`.
//!
//! `summaries`: for each cluster, the summaries of the `coverage`, `lead` and `lexrank` methods at
//! 100 words as a reader sees them (edits included), each sentence keyed by method, position,
//! article and sentence index. `compare`: the cluster's articles as numbered sentences, then every
//! consensus statement, "only here" statement and (with disputes on) disputed pair, each keyed by
//! section and position. `SET` as in `label_sheet`. Print the sheets outside the repository.

use roundup::clean::clean_cluster;
use roundup::compare::{compare_with, CompareOptions};
use roundup::eval::dataset::labelled_set_clusters;
use roundup::model::Budget;
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::{summarize_with_stats, ClusterStats, Method, SummaryOptions};
use roundup::text::Analyzer;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(set)) = (args.first(), args.get(1)) else {
        eprintln!("usage: judge_sheet summaries|compare SET [CLUSTER_ID...]");
        std::process::exit(2);
    };
    let ids = &args[2..];
    let clusters = labelled_set_clusters(set, ids).unwrap_or_else(|e| {
        eprintln!("cannot read {set}: {e}");
        std::process::exit(1)
    });
    let analyzer = Analyzer::new();
    for (id, docs) in clusters {
        let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(&id, &docs)));
        let stats = ClusterStats::new(&analysed);
        let doc = |a: usize| {
            analysed.articles[a]
                .id
                .rsplit('#')
                .next()
                .unwrap_or("?")
                .to_string()
        };
        println!("=== CLUSTER set={set} id={id}");
        for s in &analysed.set_aside {
            println!("(set aside: {} — {})", s.article.id, s.reason);
        }
        if mode == "summaries" {
            for method in [Method::Coverage, Method::Lead, Method::LexRank] {
                let options = SummaryOptions {
                    method,
                    budget: Budget::Words(100),
                    ..SummaryOptions::default()
                };
                let summary = summarize_with_stats(&analysed, &stats, &options);
                println!("--- SUMMARY method={method}");
                for (i, s) in summary.sentences.iter().enumerate() {
                    println!(
                        "P{} method={method} doc={} sentence={}\n    {}",
                        i + 1,
                        doc(s.article),
                        s.sentence_index,
                        s.text
                    );
                }
            }
        } else {
            for a in 0..analysed.articles.len() {
                println!("\n--- DOC {}", doc(a));
                for s in analysed.sentences_of(a) {
                    println!("[{}.{}] {}", doc(a), s.index, s.text);
                }
            }
            let options = CompareOptions {
                disputes: true,
                ..CompareOptions::default()
            };
            let c = compare_with(&analysed, &stats, &options);
            println!("\n--- CONSENSUS");
            for (i, k) in c.consensus.iter().enumerate() {
                let outlets: Vec<String> = k.articles.iter().map(|&a| doc(a)).collect();
                println!(
                    "C{} doc={} sentence={} cited_docs={}",
                    i + 1,
                    doc(k.statement.article),
                    k.statement.sentence_index,
                    outlets.join(",")
                );
            }
            println!("--- ONLY HERE");
            let mut n = 0;
            for u in &c.unique {
                for st in &u.statements {
                    n += 1;
                    println!(
                        "U{n} doc={} sentence={}",
                        doc(st.statement.article),
                        st.statement.sentence_index
                    );
                }
            }
            println!("--- DISPUTED");
            for (i, d) in c.disputed.iter().enumerate() {
                println!(
                    "D{} kind={:?} figures={} a_doc={} a_sentence={} b_doc={} b_sentence={}",
                    i + 1,
                    d.kind,
                    d.shared.join(";"),
                    doc(d.claim.article),
                    d.claim.sentence_index,
                    doc(d.counter.article),
                    d.counter.sentence_index
                );
            }
        }
        println!();
    }
}
