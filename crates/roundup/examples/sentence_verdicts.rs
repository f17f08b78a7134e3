//! Every sentence of one cluster with how the summary selection sees it: eligible or not, how it
//! reads out of its article, and why not (the stand-alone rule's reason, whether a visible edit
//! mends it, and whether it names nothing past its first word):
//! `cargo run --release -p roundup --example sentence_verdicts -- DATA.jsonl[.gz] CLUSTER_ID`.

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
    let Some(c) = clusters.iter().find(|c| &c.id == id) else {
        eprintln!("no cluster {id} in {path}");
        std::process::exit(1);
    };
    let analysed = Analyzer::new().analyse(clean_cluster(cluster_from_texts(&c.id, &c.documents)));
    let stats = ClusterStats::new(&analysed);
    // (a reader such as `head` may close the pipe: stop quietly then)
    let mut out = std::io::stdout().lock();
    for (s, sentence) in analysed.sentences.iter().enumerate() {
        let written = writeln!(
            out,
            "{}/{} {:>3}w eligible={} {:?} {:?} edit_mends={} names_nothing={}\n    {}",
            sentence.article,
            sentence.index,
            sentence.words,
            stats.eligible[s],
            stats.readability(&analysed, s),
            dependency(&sentence.text),
            standalone_text(&sentence.text).is_ok(),
            names_nothing(&sentence.text),
            sentence.text
        );
        if written.is_err() {
            break;
        }
    }
}
