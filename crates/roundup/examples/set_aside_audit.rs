//! How many documents the clean stage sets aside, and why, on a cluster file:
//! `cargo run --release -p roundup --example set_aside_audit -- DATA.jsonl[.gz] [--show]`.
//! The DUC 2003, DUC 2004 and TAC 2011 clusters must lose none (their articles are all real news).

use std::collections::BTreeMap;

use roundup::clean::clean_cluster;
use roundup::eval::dataset::read_eval_clusters;
use roundup::pipeline::cluster_from_texts;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("DATA.jsonl");
    let show = args.iter().any(|a| a == "--show");
    let clusters = read_eval_clusters(std::path::Path::new(path)).expect("data");
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    let mut documents = 0;
    for c in &clusters {
        documents += c.documents.len();
        let clean = clean_cluster(cluster_from_texts(&c.id, &c.documents));
        for s in &clean.set_aside {
            *reasons.entry(s.reason.clone()).or_default() += 1;
            if show {
                let head: String = s.article.text.chars().take(160).collect();
                println!(
                    "{} | {} | {}",
                    s.article.id,
                    s.reason,
                    head.replace('\n', " ")
                );
            }
        }
    }
    println!("{} clusters, {documents} documents", clusters.len());
    for (reason, n) in reasons {
        println!("  {n:>6}  {reason}");
    }
}
