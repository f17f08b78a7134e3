//! `roundup summarize PATH...`

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;
use roundup::ingest::read_inputs_observed;
use roundup::pipeline::{summarize_and_compare_cluster, summarize_cluster, SummarizedCluster};
use roundup::render::{render, summary_json, Format};
use roundup::summarize::SummaryOptions;
use roundup::text::Analyzer;

use super::{output, warn};
use crate::cli::SummarizeArgs;

/// Default word budget of `summarize`.
pub const DEFAULT_WORDS: usize = 120;

pub fn run(args: SummarizeArgs) -> anyhow::Result<ExitCode> {
    let bar = super::reading_progress();
    let ingested = {
        let bar = bar.clone();
        read_inputs_observed(&args.inputs, move |p| {
            bar.set_message(format!("{}: {} records", p.origin, p.records));
            bar.set_position(p.bytes);
        })
    };
    bar.finish_and_clear();
    for problem in &ingested.problems {
        warn(problem);
    }
    let clusters = ingested.into_clusters(&super::loose_cluster_id(&args.inputs));
    if clusters.is_empty() {
        anyhow::bail!("no usable articles in the input");
    }

    let options = SummaryOptions {
        method: args.method,
        budget: args.budget.budget(DEFAULT_WORDS),
        order: args.order,
        ..SummaryOptions::default()
    };
    let analyzer = args
        .language
        .map_or_else(Analyzer::new, Analyzer::for_language);
    let results: Vec<SummarizedCluster> = clusters
        .into_par_iter()
        .map(|c| {
            // JSON carries the outlet comparison too (the `comparison` section)
            if args.format == Format::Json {
                summarize_and_compare_cluster(c, &analyzer, &options)
            } else {
                summarize_cluster(c, &analyzer, &options)
            }
        })
        .collect();

    let mut out = output(args.output.as_deref())?;
    let mut produced = 0;
    for (i, result) in results.iter().enumerate() {
        if result.summary.sentences.is_empty() {
            warn(format!(
                "{}: nothing to summarize (no sentences left after cleaning)",
                result.analysed.id
            ));
            continue;
        }
        produced += 1;
        let doc = result.document();
        match args.format {
            // several clusters in JSON: one object a line (JSON Lines)
            Format::Json if results.len() > 1 => {
                writeln!(out, "{}", summary_json(&doc))?;
            }
            format => {
                if results.len() > 1 {
                    if i > 0 {
                        writeln!(out)?;
                    }
                    if format == Format::Text {
                        writeln!(out, "== {} ==", result.analysed.id)?;
                    }
                }
                write!(out, "{}", render(&doc, format))?;
            }
        }
    }
    out.flush().context("cannot write the output")?;
    if produced == 0 {
        anyhow::bail!("no summary could be made from the input");
    }
    Ok(std::process::ExitCode::SUCCESS)
}
