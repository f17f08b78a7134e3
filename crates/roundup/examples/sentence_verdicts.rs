//! Every sentence of one cluster with how the summary selection sees it: eligible or not, how it
//! reads out of its article, and why not (the stand-alone rule's reason, whether a visible edit
//! mends it, and whether it names nothing past its first word):
//! `cargo run --release -p roundup --example sentence_verdicts -- DATA.jsonl[.gz] CLUSTER_ID`
//! (`all` for every cluster of the file, each line led by the cluster's id).

use roundup::clean::clean_cluster;
use roundup::eval::dataset::read_eval_clusters;
use roundup::pipeline::cluster_from_texts;
use std::io::Write;

use roundup::summarize::article_context::names_nothing;
use roundup::summarize::standalone::{dependency, standalone_text};
use roundup::summarize::ClusterStats;
use roundup::text::Analyzer;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(path), Some(id)) = (args.first(), args.get(1)) else {
        eprintln!("usage: sentence_verdicts DATA.jsonl[.gz] CLUSTER_ID");
        std::process::exit(2);
    };
    let clusters = read_eval_clusters(std::path::Path::new(path)).expect("data");
    let chosen: Vec<_> = clusters
        .iter()
        .filter(|c| id == "all" || &c.id == id)
        .collect();
    if chosen.is_empty() {
        eprintln!("no cluster {id} in {path}");
        std::process::exit(1);
    }
    let analyzer = Analyzer::new();
    // (a reader such as `head` may close the pipe: stop quietly then)
    let mut out = std::io::stdout().lock();
    for c in chosen {
        let lead = if id == "all" {
            format!("{} ", c.id)
        } else {
            String::new()
        };
        if print_cluster(&analyzer, c, &lead, &mut out).is_err() {
            break;
        }
    }
}

/// Every sentence of cluster `c`, each led by `lead`.
fn print_cluster(
    analyzer: &Analyzer,
    c: &roundup::eval::dataset::EvalCluster,
    lead: &str,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(&c.id, &c.documents)));
    let stats = ClusterStats::new(&analysed);
    for (s, sentence) in analysed.sentences.iter().enumerate() {
        writeln!(
            out,
            "{lead}{}/{} {:>3}w eligible={} {:?} {:?} edit_mends={} names_nothing={}\n    {}",
            sentence.article,
            sentence.index,
            sentence.words,
            stats.eligible[s],
            stats.readability(&analysed, s),
            dependency(&sentence.text),
            standalone_text(&sentence.text).is_ok(),
            names_nothing(&sentence.text),
            sentence.text
        )?;
    }
    Ok(())
}
