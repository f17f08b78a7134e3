//! `roundup eval DATA.jsonl[.gz]`

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use indicatif::ParallelProgressIterator;
use rayon::prelude::*;
use roundup::eval::{
    read_eval_clusters, read_predictions, reference_lines, reference_lines_in, write_predictions,
    Prediction, RougeMeans, RougeScorer, RougeScores,
};
use roundup::model::Budget;
use roundup::pipeline::summary_text_for_eval;
use roundup::summarize::SummaryOptions;
use roundup::text::Analyzer;
use serde_json::json;

use super::{progress, warn};
use crate::cli::EvalArgs;

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let mut clusters = read_eval_clusters(&args.data)
        .with_context(|| format!("cannot read evaluation data {}", args.data.display()))?;
    if let Some(limit) = args.limit {
        clusters.truncate(limit);
    }
    if clusters.is_empty() {
        anyhow::bail!("{}: no clusters", args.data.display());
    }
    let without_refs = clusters.iter().filter(|c| c.summaries.is_empty()).count();
    if without_refs > 0 {
        warn(format!(
            "{}: {without_refs} clusters have no reference summary; they score 0",
            args.data.display()
        ));
    }

    // 1. the summaries: made here, or read from --score-only
    let (predictions, summarize_seconds) = match &args.score_only {
        Some(path) => {
            let read = read_predictions(path)
                .with_context(|| format!("cannot read predictions {}", path.display()))?;
            let mut by_id: HashMap<String, String> =
                read.into_iter().map(|p| (p.id, p.summary)).collect();
            let mut missing = 0;
            let preds: Vec<String> = clusters
                .iter()
                .map(|c| {
                    by_id.remove(&c.id).unwrap_or_else(|| {
                        missing += 1;
                        String::new()
                    })
                })
                .collect();
            if missing > 0 {
                warn(format!(
                    "{}: no summary for {missing} of {} clusters; they score 0",
                    path.display(),
                    clusters.len()
                ));
            }
            (preds, None)
        }
        None => {
            let options = SummaryOptions {
                method: args.method,
                budget: Budget::Words(args.words as usize),
                fill_budget: true,
                ..SummaryOptions::default()
            };
            let analyzer = Analyzer::new();
            // a language from --language or the data: analysed in it, detection skipped
            let analyzers: Vec<Option<Analyzer>> = clusters
                .iter()
                .map(|c| args.language.or(c.language).map(Analyzer::for_language))
                .collect();
            // start-up tables are built before the clock starts, as at a server's start-up: the
            // figure is summarizing throughput (README, BENCHMARKS)
            roundup::pipeline::prepare(args.method);
            let bar = progress(clusters.len() as u64, "summarizing");
            let start = Instant::now();
            let preds: Vec<String> = clusters
                .par_iter()
                .zip(&analyzers)
                .progress_with(bar.clone())
                .map(|(c, a)| {
                    summary_text_for_eval(&c.documents, a.as_ref().unwrap_or(&analyzer), &options)
                })
                .collect();
            let seconds = start.elapsed().as_secs_f64();
            bar.finish_and_clear();
            (preds, Some(seconds))
        }
    };

    if let Some(path) = &args.predictions {
        let rows: Vec<Prediction> = clusters
            .iter()
            .zip(&predictions)
            .map(|(c, s)| Prediction {
                id: c.id.clone(),
                summary: s.clone(),
            })
            .collect();
        write_predictions(path, &rows)
            .with_context(|| format!("cannot write predictions {}", path.display()))?;
    }

    // 2. the scores. References are split into sentences (one a line, for ROUGE-Lsum) as part of
    // reading the data; the timer covers ROUGE scoring alone.
    let references: Vec<Vec<String>> = clusters
        .par_iter()
        .map(|c| match args.language.or(c.language) {
            Some(l) => c
                .summaries
                .iter()
                .map(|s| reference_lines_in(s, l))
                .collect(),
            None => c.summaries.iter().map(|s| reference_lines(s)).collect(),
        })
        .collect();
    let unicode = args.tokenizer == "unicode";
    // the unicode tokenizer stems with the cluster language's Snowball stemmer (none when
    // rust-stemmers has no stemmer for it, or the language is neither given nor detectable)
    let scorers: Vec<RougeScorer> = clusters
        .iter()
        .map(|c| {
            if !unicode {
                return RougeScorer::new(!args.no_stemming);
            }
            let stemmer = if args.no_stemming {
                None
            } else {
                args.language
                    .or(c.language)
                    .or_else(|| {
                        let all = c.documents.join("\n");
                        roundup::lang::Language::detect(&all)
                    })
                    .and_then(|l| l.stemmer())
            };
            RougeScorer::unicode(stemmer)
        })
        .collect();
    let bar = progress(clusters.len() as u64, "scoring");
    let start = Instant::now();
    let scores: Vec<RougeScores> = references
        .par_iter()
        .zip(&predictions)
        .zip(&scorers)
        .progress_with(bar.clone())
        .map(|((refs, pred), scorer)| scorer.score(refs, pred))
        .collect();
    let score_seconds = start.elapsed().as_secs_f64();
    bar.finish_and_clear();
    let pairs: usize = clusters.iter().map(|c| c.summaries.len().max(1)).sum();
    let means: RougeMeans = scores.into_iter().collect();
    let mean = means.mean();

    let n = clusters.len();
    let per_second = summarize_seconds.map(|s| n as f64 / s.max(1e-9));
    let mut out = std::io::stdout().lock();
    if args.format == "json" {
        let prf = |p: roundup::eval::Prf| json!({"p": p.p, "r": p.r, "f": p.f});
        let value = json!({
            "data": args.data.display().to_string(),
            "method": if args.score_only.is_some() { "score-only".to_string() } else { args.method.to_string() },
            "words": args.words,
            "stemmed": !args.no_stemming,
            "tokenizer": args.tokenizer,
            "language": args.language.map(|l| l.code()),
            "clusters": n,
            "rouge1": prf(mean.rouge1),
            "rouge2": prf(mean.rouge2),
            "rougeL": prf(mean.rouge_l),
            "rougeLsum": prf(mean.rouge_lsum),
            "clusters_per_second": per_second,
            "summarize_seconds": summarize_seconds,
            "score_seconds": score_seconds,
            "score_pairs_per_second": pairs as f64 / score_seconds.max(1e-9),
            "roundup_version": roundup::VERSION,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
    } else {
        let what = match &args.score_only {
            Some(p) => format!("predictions {}", p.display()),
            None => format!("method {}", args.method),
        };
        writeln!(
            out,
            "{} · {what} · {} words · {n} clusters · {}",
            args.data.display(),
            args.words,
            match (args.no_stemming, unicode) {
                (true, false) => "no stemming",
                (false, false) => "Porter-stemmed",
                (true, true) => "unicode tokens, no stemming",
                (false, true) => "unicode tokens, Snowball-stemmed per language",
            }
        )?;
        writeln!(out, "{:<11}{:>8}{:>8}{:>8}", "", "P", "R", "F")?;
        for (name, p) in [
            ("ROUGE-1", mean.rouge1),
            ("ROUGE-2", mean.rouge2),
            ("ROUGE-L", mean.rouge_l),
            ("ROUGE-Lsum", mean.rouge_lsum),
        ] {
            writeln!(
                out,
                "{name:<11}{:>8.2}{:>8.2}{:>8.2}",
                100.0 * p.p,
                100.0 * p.r,
                100.0 * p.f
            )?;
        }
        if let (Some(s), Some(rate)) = (summarize_seconds, per_second) {
            writeln!(
                out,
                "summarized {n} clusters in {s:.2} s ({rate:.0} clusters/s)"
            )?;
        }
        writeln!(
            out,
            "scored {pairs} summary/reference pairs in {score_seconds:.2} s ({:.0} pairs/s)",
            pairs as f64 / score_seconds.max(1e-9)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
