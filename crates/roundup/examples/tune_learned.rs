//! The learned scorer's selection settings on a sample of an evaluation set: a model file (as
//! `roundup train` writes it) with several redundancy limits.
//!
//! cargo run --release -p roundup --features train --example tune_learned -- MODEL.json DATA.jsonl[.gz] WORDS [LIMIT]
//! TUNE_LIMITS="cos,overlap;cos,overlap" picks the (max cosine, max word overlap) pairs tried.

use rayon::prelude::*;
use roundup::clean::clean_cluster;
use roundup::eval::{read_eval_clusters, reference_lines, RougeMeans, RougeScorer};
use roundup::model::Budget;
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::coverage::select_with_prior;
use roundup::summarize::learned::{scores, select_with, Model};
use roundup::summarize::train::ordered_text;
use roundup::summarize::CoverageParams;
use roundup::summarize::{ClusterStats, SelectionLimits};
use roundup::text::Analyzer;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(model), Some(path), Some(words)) = (
        args.get(1),
        args.get(2),
        args.get(3).and_then(|w| w.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: tune_learned MODEL DATA WORDS [LIMIT]");
        std::process::exit(2);
    };
    let limit: usize = args.get(4).and_then(|l| l.parse().ok()).unwrap_or(1000);
    let model = Model::from_json(&std::fs::read_to_string(model).expect("model file"))
        .expect("valid model");
    let mut clusters = read_eval_clusters(std::path::Path::new(path)).expect("readable data");
    clusters.truncate(limit);
    let scorer = RougeScorer::new(true);
    let analyzer = Analyzer::new();
    let prepared: Vec<_> = clusters
        .par_iter()
        .map(|c| {
            let a = analyzer.analyse(clean_cluster(cluster_from_texts(&c.id, &c.documents)));
            let stats = ClusterStats::new(&a);
            let refs: Vec<String> = c.summaries.iter().map(|s| reference_lines(s)).collect();
            (a, stats, refs)
        })
        .collect();
    let settings: Vec<(f32, f32)> = std::env::var("TUNE_LIMITS")
        .unwrap_or_else(|_| "0.5,0.5".into())
        .split(';')
        .filter_map(|p| {
            let v: Vec<f32> = p.split(',').filter_map(|x| x.trim().parse().ok()).collect();
            (v.len() == 2).then(|| (v[0], v[1]))
        })
        .collect();
    let hybrid: Vec<Vec<f32>> = std::env::var("TUNE_HYBRID")
        .unwrap_or_default()
        .split(';')
        .map(|p| {
            p.split(',')
                .filter_map(|x| x.trim().parse().ok())
                .collect::<Vec<f32>>()
        })
        .filter(|v| v.len() == 4)
        .collect();
    for h in hybrid {
        let (a, e, floor, lead) = (h[0], h[1], h[2], h[3]);
        let means: RougeMeans = prepared
            .par_iter()
            .map(|(c, stats, refs)| {
                let limits = SelectionLimits::new(Budget::Words(words), true);
                let l = roundup::summarize::lexrank::centrality(stats);
                let max = l.iter().copied().fold(0.0f32, f32::max).max(1e-9);
                let base: Vec<f32> = scores(&model, c, stats)
                    .iter()
                    .zip(&l)
                    .map(|(&x, &lr)| (1.0 / (1.0 + (-x).exp())).powf(a) * (lr / max).powf(floor))
                    .collect();
                let prior: Vec<f32> = base
                    .iter()
                    .zip(&c.sentences)
                    .map(|(&p, s)| {
                        p * (1.0 + lead / (s.index as f32 + 1.0)) / (s.words.max(1) as f32).powf(e)
                    })
                    .collect();
                let chosen = select_with_prior(
                    c,
                    stats,
                    limits,
                    &CoverageParams::default(),
                    &prior,
                    floor,
                    None,
                );
                scorer.score(refs, &ordered_text(c, stats, chosen, words))
            })
            .collect();
        let m = means.mean();
        println!(
            "hybrid p^{a} lexrank^{floor} lead {lead} / words^{e}: {}",
            m.r1_r2()
        );
    }
    for (cos, overlap) in settings {
        let means: RougeMeans = prepared
            .par_iter()
            .map(|(a, stats, refs)| {
                let mut limits = SelectionLimits::new(Budget::Words(words), true);
                limits.max_cosine = cos;
                limits.max_unigram_overlap = overlap;
                let chosen = select_with(&model, a, stats, limits, None);
                let text = ordered_text(a, stats, chosen, words);
                if std::env::var_os("SHOW").is_some() && a.id == prepared[0].0.id {
                    println!("{text}\n");
                }
                scorer.score(refs, &text)
            })
            .collect();
        let m = means.mean();
        println!("cos {cos:.2} overlap {overlap:.2}: {}", m.r1_r2());
    }
}
