//! `roundup summarize PATH...`

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;
use roundup::ingest::read_inputs_observed;
use roundup::model::{Article, Budget};
use roundup::pipeline::{summarize_and_compare_cluster, summarize_cluster, SummarizedCluster};
use roundup::render::{render, summary_json_text, Format};
use roundup::stories::{group_stories, StoryOptions};
use roundup::summarize::SummaryOptions;
use roundup::text::Analyzer;

use super::{output, warn};
use crate::cli::SummarizeArgs;

/// Default word budget of `summarize`.
pub const DEFAULT_WORDS: usize = 120;

pub fn run(args: SummarizeArgs) -> anyhow::Result<ExitCode> {
    super::check_inputs(&args.inputs, args.keep_going)?;
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
    // Loose articles are summarized as one story: say so when they clearly are several.
    if let Some(note) = several_stories(&ingested.articles) {
        warn(note);
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
            warn(format!("{}: {}", result.analysed.id, why_empty(result)));
            continue;
        }
        produced += 1;
        let doc = result.document();
        match args.format {
            // several clusters in JSON: one object a line (JSON Lines)
            Format::Json if results.len() > 1 => {
                writeln!(out, "{}", summary_json_text(&doc, false))?;
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

/// Why a summary came out empty: no sentences were left after cleaning, or none fits the budget.
fn why_empty(result: &SummarizedCluster) -> String {
    let shortest = result
        .analysed
        .sentences
        .iter()
        .map(|s| s.text.split_whitespace().count())
        .filter(|&n| n > 0)
        .min();
    match (shortest, result.budget) {
        (None, _) => "nothing to summarize (no sentences left after cleaning)".to_string(),
        (Some(n), Budget::Words(w)) => format!(
            "no sentence fits the budget of {w} words (the shortest has {n}); raise --words"
        ),
        (Some(_), Budget::Sentences(_)) => {
            "no sentence could be selected (every sentence is a headline, question or fragment)"
                .to_string()
        }
    }
}

/// A note when loose articles clearly tell several unrelated stories: the story grouper
/// (`roundup stories`) splits them into two or more stories of two or more articles each, or
/// leaves the largest with under half of them.
fn several_stories(articles: &[Article]) -> Option<String> {
    if articles.len() < 4 {
        return None;
    }
    let (stories, _) = group_stories(
        articles.to_vec(),
        StoryOptions {
            keep_text: false,
            ..StoryOptions::default()
        },
    );
    let mut sizes: Vec<usize> = stories
        .iter()
        .filter(|s| s.flag.is_none())
        .map(|s| s.articles.len())
        .collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    let largest = sizes.first().copied().unwrap_or(0);
    let several = sizes.iter().filter(|&&n| n >= 2).count();
    (sizes.len() >= 2 && (several >= 2 || largest * 2 < articles.len())).then(|| {
        format!(
            "these {} articles look like {} unrelated stories (the largest has {largest}); \
they are summarized as one. `roundup stories` groups them and summarizes each",
            articles.len(),
            sizes.len()
        )
    })
}
