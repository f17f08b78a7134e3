//! How often each method would pick a sentence that does not stand alone, and why:
//! `cargo run --release -p roundup --example standalone_audit -- DATA.jsonl[.gz] WORDS [LIMIT]`.
//! Runs each method with the stand-alone rule switched off (every eligible sentence allowed) and
//! counts the reasons ([`standalone::dependency`]) among the sentences it picks, and how many of
//! those a visible edit would mend ([`standalone::standalone_text`]).

use std::collections::BTreeMap;

use roundup::clean::clean_cluster;
use roundup::eval::dataset::read_eval_clusters;
use roundup::model::Budget;
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::standalone::{dependency, standalone_text};
use roundup::summarize::{select, ClusterStats, Method, SummaryOptions};
use roundup::text::Analyzer;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("DATA.jsonl");
    let words: usize = args.get(1).and_then(|w| w.parse().ok()).unwrap_or(100);
    let limit: usize = args
        .get(2)
        .and_then(|w| w.parse().ok())
        .unwrap_or(usize::MAX);
    let clusters = read_eval_clusters(std::path::Path::new(path)).expect("data");
    let analyzer = Analyzer::new();
    for method in [Method::Coverage, Method::Lead, Method::LexRank] {
        let mut reasons: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let mut picked = 0;
        for c in clusters.iter().take(limit) {
            let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(&c.id, &c.documents)));
            let mut stats = ClusterStats::new(&analysed);
            stats.without_standalone_rule();
            let options = SummaryOptions {
                method,
                budget: Budget::Words(words),
                ..SummaryOptions::default()
            };
            for sel in select(&analysed, &stats, &options) {
                picked += 1;
                let text = &analysed.sentences[sel.sentence].text;
                if let Some(why) = dependency(text) {
                    if std::env::var_os("SHOW")
                        .is_some_and(|v| v.to_string_lossy() == format!("{why:?}"))
                        && method == Method::Coverage
                    {
                        eprintln!("{why:?}: {text}");
                    }
                    let e = reasons.entry(format!("{why:?}")).or_default();
                    e.0 += 1;
                    e.1 += standalone_text(text).is_ok() as usize;
                }
            }
        }
        println!("{method}: {picked} sentences picked without the rule");
        for (why, (n, mended)) in reasons {
            println!(
                "  {why:<18} {n:>5} ({:.1}%), {mended} mended by an edit",
                100.0 * n as f64 / picked.max(1) as f64
            );
        }
    }
}
