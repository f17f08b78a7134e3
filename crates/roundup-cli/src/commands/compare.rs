//! `roundup compare PATH...`: who said what, what most outlets agree on, what only one reports,
//! what is disputed.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;
use roundup::clean::clean_cluster;
use roundup::compare::{compare_with, render_comparison, CompareOptions, Comparison};
use roundup::ingest::read_inputs;
use roundup::render::Format;
use roundup::summarize::ClusterStats;
use roundup::text::{AnalysedCluster, Analyzer};

use super::{output, warn};
use crate::cli::CompareArgs;

pub fn run(args: CompareArgs) -> anyhow::Result<ExitCode> {
    super::check_inputs(&args.inputs, args.keep_going)?;
    let ingested = read_inputs(&args.inputs);
    for problem in &ingested.problems {
        warn(problem);
    }
    let clusters = ingested.into_clusters(&super::loose_cluster_id(&args.inputs));
    if clusters.is_empty() {
        anyhow::bail!("no usable articles in the input");
    }
    let analyzer = args
        .language
        .map_or_else(Analyzer::new, Analyzer::for_language);
    let results: Vec<(AnalysedCluster, Comparison)> = clusters
        .into_par_iter()
        .map(|c| {
            let analysed = analyzer.analyse(clean_cluster(c));
            let stats = ClusterStats::new(&analysed);
            let options = CompareOptions {
                disputes: args.disputes,
                ..CompareOptions::default()
            };
            let comparison = compare_with(&analysed, &stats, &options);
            (analysed, comparison)
        })
        .collect();

    let mut out = output(args.output.as_deref())?;
    let mut produced = 0;
    let several = results.len() > 1;
    for (analysed, comparison) in &results {
        if analysed.sentences.is_empty() {
            warn(format!(
                "{}: nothing to compare (no sentences left after cleaning)",
                analysed.id
            ));
            continue;
        }
        let rendered = render_comparison(&analysed.id, &analysed.articles, comparison, args.format);
        match args.format {
            // several clusters in JSON: one object a line (JSON Lines)
            Format::Json if several => {
                let value: serde_json::Value = serde_json::from_str(&rendered)?;
                writeln!(out, "{value}")?;
            }
            format => {
                if several {
                    if produced > 0 {
                        writeln!(out)?;
                    }
                    if format == Format::Text {
                        writeln!(out, "== {} ==", analysed.id)?;
                    }
                }
                write!(out, "{rendered}")?;
            }
        }
        produced += 1;
    }
    out.flush().context("cannot write the output")?;
    if produced == 0 {
        anyhow::bail!("nothing to compare in the input");
    }
    Ok(ExitCode::SUCCESS)
}
