//! Grid search over the coverage method's parameters on a sample of an evaluation set.
//!
//! cargo run --release -p roundup --example tune_coverage -- DATA.jsonl[.gz] WORDS [LIMIT]
//! Prints mean ROUGE-1/2 F for each setting, best last. Used to choose `CoverageParams::default()`.

use rayon::prelude::*;
use roundup::eval::{read_eval_clusters, reference_lines, RougeMeans, RougeScorer};
use roundup::model::Budget;
use roundup::pipeline::summary_text_for_eval;
use roundup::summarize::{CoverageParams, Method, SummaryOptions};
use roundup::text::Analyzer;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), Some(words)) = (args.get(1), args.get(2).and_then(|w| w.parse().ok())) else {
        eprintln!("usage: tune_coverage DATA WORDS [LIMIT]");
        std::process::exit(2);
    };
    let limit: usize = args.get(3).and_then(|l| l.parse().ok()).unwrap_or(1000);
    let mut clusters = read_eval_clusters(std::path::Path::new(path)).expect("readable data");
    clusters.truncate(limit);
    let scorer = RougeScorer::new(true);
    let refs: Vec<Vec<String>> = clusters
        .iter()
        .map(|c| c.summaries.iter().map(|s| reference_lines(s)).collect())
        .collect();
    let analyzer = Analyzer::new();
    let run = |method: Method, params: CoverageParams| {
        let options = SummaryOptions {
            method,
            budget: Budget::Words(words),
            fill_budget: true,
            coverage: params,
            ..SummaryOptions::default()
        };
        let means: RougeMeans = clusters
            .par_iter()
            .zip(&refs)
            .map(|(c, r)| {
                let pred = summary_text_for_eval(&c.documents, &analyzer, &options);
                scorer.score(r, &pred)
            })
            .collect();
        let m = means.mean();
        (100.0 * m.rouge1.f, 100.0 * m.rouge2.f)
    };
    for m in [Method::Lead, Method::LexRank] {
        let (r1, r2) = run(m, CoverageParams::default());
        println!("{m:<10} R1 {r1:.2} R2 {r2:.2}");
    }
    // TUNE_PARAMS="u,d,l,e[,c[,i]];u,d,l,e": (c: centrality exponent, i: importance exponent): score just these settings instead of the grid
    if let Ok(list) = std::env::var("TUNE_PARAMS") {
        for item in list.split(';').filter(|x| !x.trim().is_empty()) {
            let v: Vec<f32> = item
                .split(',')
                .filter_map(|x| x.trim().parse().ok())
                .collect();
            let (u, c, i) = match v[..] {
                [a, b, c, d] => ([a, b, c, d], 0.0, 0.0),
                [a, b, c, d, e] => ([a, b, c, d], e, 0.0),
                [a, b, c, d, e, f] => ([a, b, c, d], e, f),
                _ => {
                    eprintln!("TUNE_PARAMS items are u,d,l,e[,c[,i]]");
                    std::process::exit(2);
                }
            };
            let [unigram_weight, df_exponent, lead_boost, length_exponent] = u;
            let p = CoverageParams {
                unigram_weight,
                df_exponent,
                lead_boost,
                length_exponent,
                centrality_exponent: c,
                importance_exponent: i,
            };
            let (r1, r2) = run(Method::Coverage, p);
            println!("R1 {r1:.2} R2 {r2:.2} {p:?}");
        }
        return;
    }
    let mut results = Vec::new();
    for unigram_weight in [0.0, 0.3, 0.6, 1.0] {
        for lead_boost in [0.5, 1.0, 2.0, 4.0] {
            for length_exponent in [0.3, 0.5, 0.7] {
                for df_exponent in [1.0, 1.5] {
                    let p = CoverageParams {
                        unigram_weight,
                        df_exponent,
                        lead_boost,
                        length_exponent,
                        centrality_exponent: 0.0,
                        importance_exponent: 0.0,
                    };
                    let (r1, r2) = run(Method::Coverage, p);
                    results.push((r1 + r2, r1, r2, p));
                }
            }
        }
    }
    results.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (_, r1, r2, p) in results.iter().rev().take(15).rev() {
        println!("R1 {r1:.2} R2 {r2:.2} {p:?}");
    }
}
