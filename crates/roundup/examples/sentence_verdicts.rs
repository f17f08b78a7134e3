//! Every sentence of one cluster with how the summary selection sees it: eligible or not, how it
//! reads out of its article, and why not:
//! `cargo run --release -p roundup --example sentence_verdicts -- DATA.jsonl[.gz] CLUSTER_ID`.

use roundup::clean::clean_cluster;
use roundup::eval::dataset::read_eval_clusters;
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::standalone::dependency;
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
    for (s, sentence) in analysed.sentences.iter().enumerate() {
        println!(
            "{}/{} {:>3}w eligible={} {:?} {:?} st={:?} nn={}\n    {}",
            sentence.article,
            sentence.index,
            sentence.words,
            stats.eligible[s],
            stats.readability(&analysed, s),
            dependency(&sentence.text),
            roundup::summarize::standalone::standalone_text(&sentence.text).is_ok(),
            roundup::summarize::article_context::names_nothing(&sentence.text),
            sentence.text
        );
    }
}
