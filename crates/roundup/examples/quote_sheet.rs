//! Prints reading sheets for labelling quotations and their speakers by hand, and the outlets'
//! discrepancies met while reading:
//! `cargo run --release -p roundup --example quote_sheet -- SET CLUSTER_ID...`.
//!
//! `SET` as in `label_sheet` (a cluster file under `$ROUNDUP_SHARED/data`, `seeds`, or `html-pages`). For each
//! cluster: every kept article as numbered sentences `[doc.sentence]`, then every quotation-mark
//! pair of its cleaned text (`compare::quotes::quote_spans`: marks paired within a paragraph, an
//! unclosed one running to the paragraph's end) as `Qn doc=D start=S end=E sentence=I`, where
//! `start..end` are the byte offsets of the quoted words in the cleaned article text. Labels keep
//! doc and start offset, never the text. Print the sheets outside the repository.

use roundup::clean::clean_cluster;
use roundup::compare::quotes::quote_spans;
use roundup::eval::dataset::labelled_set_clusters;
use roundup::pipeline::cluster_from_texts;
use roundup::text::Analyzer;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((set, ids)) = args.split_first() else {
        eprintln!("usage: quote_sheet SET CLUSTER_ID...");
        std::process::exit(2);
    };
    let clusters = labelled_set_clusters(set, ids).unwrap_or_else(|e| {
        eprintln!("cannot read {set}: {e}");
        std::process::exit(1)
    });
    let analyzer = Analyzer::new();
    for (id, docs) in clusters {
        let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(&id, &docs)));
        let doc_number = |a: usize| doc_of(&analysed.articles[a].id);
        println!(
            "=== CLUSTER set={set} id={id} ({} kept articles of {})",
            analysed.articles.len(),
            docs.len()
        );
        for a in 0..analysed.articles.len() {
            println!("\n--- DOC {}", doc_number(a));
            let sentences = analysed.sentences_of(a);
            for s in sentences {
                println!("[{}.{}] {}", doc_number(a), s.index, s.text);
            }
            let text = &analysed.articles[a].text;
            println!("--- QUOTATION MARKS OF DOC {}", doc_number(a));
            for (n, q) in quote_spans(text).iter().enumerate() {
                let sentence = sentences
                    .iter()
                    .find(|s| s.span.end > q.start)
                    .map_or(0, |s| s.index);
                let quoted: String = text[q.start..q.end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                println!(
                    "Q{} doc={} start={} end={} sentence={}{}\n    \u{201c}{}\u{201d}",
                    n + 1,
                    doc_number(a),
                    q.start,
                    q.end,
                    sentence,
                    if q.close.is_none() { " (unclosed)" } else { "" },
                    quoted
                );
            }
        }
        println!();
    }
}

/// The input document number (1-based) of an article numbered by `cluster_from_texts`.
fn doc_of(id: &str) -> usize {
    id.rsplit('#')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}
