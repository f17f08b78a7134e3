//! Ranking by the learned model inside the domain it was trained on: variants of the learned
//! method's selection on a sample of an evaluation set, all from one pass of features.
//!
//! cargo run --release -p roundup --example tune_domain -- DATA.jsonl[.gz] WORDS [LIMIT]
//!
//! TUNE_VARIANTS="mode,cap,a,lead,cent,quote,out[,centroid,imp];..." where
//! - mode `r`: rank by the score alone (the selector's redundancy rules); `c`: the coverage greedy
//!   with the score as its prior;
//! - cap: a sentence is in the domain when fewer than `cap` words of its article come before it
//!   (0: no cap);
//! - score = p^a × (1 + lead / (index + 1)) × lexrank_rel^cent × centroid_rel^centroid ×
//!   (mean importance prior / table mean)^imp × (quote if the sentence has a quote mark), ×
//!   `out` outside the domain;
//! - with mode `c` the score is also divided by words^0.3 (the coverage method's length term).
//!
//! `c,0,0,1.5,0,1,1,1,1` is the coverage method, `c,0,1,2,1,1,1` the learned method before
//! `learned::selection_prior`, `c,0,3,2,0.5,1,1,0.5,1` after it, `r,0,1,0,0,1,1` the model alone.
//! Other knobs: TRUNC=N cuts every article to its first N words before anything else, FLOOR the
//! coverage greedy's gain floor, MODEL a model file instead of the shipped one, DIAG prints the
//! chosen sentences' index, words before, words, quote mark and probability to stderr.

use rayon::prelude::*;
use roundup::clean::clean_cluster;
use roundup::eval::{read_eval_clusters, reference_lines, RougeMeans, RougeScorer};
use roundup::model::Budget;
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::coverage::{select_with_prior, GAIN_FLOOR};
use roundup::summarize::features::{sentence_features, FEATURE_NAMES};
use roundup::summarize::learned::{probability, shipped_model, Model};
use roundup::summarize::select::{rank, select_ranked};
use roundup::summarize::train::ordered_text;
use roundup::summarize::{ClusterStats, CoverageParams, SelectionLimits};
use roundup::text::Analyzer;

fn col(name: &str) -> usize {
    FEATURE_NAMES.iter().position(|n| *n == name).unwrap()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), Some(words)) = (
        args.get(1),
        args.get(2).and_then(|w| w.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: tune_domain DATA WORDS [LIMIT]");
        std::process::exit(2);
    };
    let limit: usize = args
        .get(3)
        .and_then(|l| l.parse().ok())
        .unwrap_or(usize::MAX);
    let model: Model = match std::env::var("MODEL") {
        Ok(p) => Model::from_json(&std::fs::read_to_string(p).expect("model file")).unwrap(),
        Err(_) => shipped_model().unwrap().clone(),
    };
    let mut clusters = read_eval_clusters(std::path::Path::new(path)).expect("readable data");
    clusters.truncate(limit);
    let scorer = RougeScorer::new(true);
    let analyzer = Analyzer::new();
    let lex = col("lexrank_rel");
    let prepared: Vec<_> = clusters
        .par_iter()
        .map(|c| {
            // TRUNC=N: every article cut to its first N words first (as Multi-News copies are)
            let docs: Vec<String> = match std::env::var("TRUNC").ok().and_then(|t| t.parse().ok()) {
                Some(n) => c
                    .documents
                    .iter()
                    .map(|d| d.split_whitespace().take(n).collect::<Vec<_>>().join(" "))
                    .collect(),
                None => c.documents.clone(),
            };
            let a = analyzer.analyse(clean_cluster(cluster_from_texts(&c.id, &docs)));
            let stats = ClusterStats::new(&a);
            let rows = sentence_features(&a, &stats);
            let p: Vec<f32> = rows.iter().map(|r| probability(model.score(r))).collect();
            let lexrank: Vec<f32> = rows.iter().map(|r| r[lex]).collect();
            let centroid: Vec<f32> = rows.iter().map(|r| r[col("centroid_rel")]).collect();
            let imp: Vec<f32> = rows.iter().map(|r| r[col("imp_mean")]).collect();
            let mut before = vec![0usize; a.sentences.len()];
            for r in &a.article_sentences {
                let mut acc = 0;
                for i in r.clone() {
                    before[i] = acc;
                    acc += a.sentences[i].words;
                }
            }
            let refs: Vec<String> = c.summaries.iter().map(|s| reference_lines(s)).collect();
            (a, stats, p, lexrank, before, refs, centroid, imp)
        })
        .collect();
    let variants: Vec<(String, Vec<f32>)> = std::env::var("TUNE_VARIANTS")
        .unwrap_or_else(|_| "r,0,1,0,0,1,1".into())
        .split(';')
        .filter_map(|v| {
            let mut it = v.split(',');
            let mode = it.next()?.trim().to_string();
            let x: Vec<f32> = it.filter_map(|x| x.trim().parse().ok()).collect();
            (x.len() == 6 || x.len() == 8).then_some((mode, x))
        })
        .collect();
    // FLOOR: the coverage greedy's gain floor (larger: closer to ranking by the prior)
    let floor: f32 = std::env::var("FLOOR")
        .ok()
        .and_then(|f| f.parse().ok())
        .unwrap_or(GAIN_FLOOR);
    let imp_mean = roundup::summarize::importance::shipped_priors()
        .unwrap()
        .mean
        .max(1e-6);
    for (mode, x) in variants {
        let (cap, a, lead, cent, quote, out) = (x[0], x[1], x[2], x[3], x[4], x[5]);
        let (centroid_e, imp_e) = (
            x.get(6).copied().unwrap_or(0.0),
            x.get(7).copied().unwrap_or(0.0),
        );
        let means: RougeMeans = prepared
            .par_iter()
            .map(|(c, stats, p, lexrank, before, refs, centroid, imp)| {
                let limits = SelectionLimits::new(Budget::Words(words), true);
                let score: Vec<f32> = (0..c.sentences.len())
                    .map(|i| {
                        if !stats.eligible[i] {
                            return 0.0;
                        }
                        let s = &c.sentences[i];
                        let mut v = p[i].powf(a) * (1.0 + lead / (s.index as f32 + 1.0));
                        if cent != 0.0 {
                            v *= lexrank[i].powf(cent);
                        }
                        if centroid_e != 0.0 {
                            v *= centroid[i].powf(centroid_e);
                        }
                        if imp_e != 0.0 && imp[i] > 0.0 {
                            v *= (imp[i] / imp_mean).powf(imp_e);
                        }
                        if quote != 1.0 && s.text.contains(['"', '\u{201C}', '\u{201D}']) {
                            v *= quote;
                        }
                        if cap > 0.0 && before[i] as f32 >= cap {
                            v *= out;
                        }
                        if mode == "c" {
                            v /= (s.words.max(1) as f32).powf(0.3);
                        }
                        v
                    })
                    .collect();
                let chosen = if mode == "c" {
                    let params = CoverageParams::default();
                    select_with_prior(c, stats, limits, &params, &score, floor, None)
                } else {
                    select_ranked(c, stats, &rank(&score), limits)
                };
                if std::env::var_os("DIAG").is_some() {
                    for ch in &chosen {
                        let s = &c.sentences[ch.sentence];
                        eprintln!(
                            "DIAG {} {} {} {} {}",
                            s.index,
                            before[ch.sentence],
                            s.words,
                            s.text.contains(['"', '\u{201C}', '\u{201D}']) as u8,
                            p[ch.sentence]
                        );
                    }
                }
                scorer.score(refs, &ordered_text(c, stats, chosen, words))
            })
            .collect();
        let m = means.mean();
        println!(
            "{mode} cap {cap} p^{a} lead {lead} lexrank^{cent} quote {quote} out {out} centroid^{centroid_e} imp^{imp_e}: {}",
            m.r1_r2()
        );
    }
}
