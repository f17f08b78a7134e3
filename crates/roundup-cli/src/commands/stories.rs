//! `roundup stories INPUT...`: group a stream of articles into de-duplicated, summarized stories.

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use roundup::ingest::read_inputs;
use roundup::model::{Article, Budget};
use roundup::stories::output::{story_json, story_markdown};
use roundup::stories::{
    score_by_id, summarize_story, ClusteringScore, Story, StoryGrouper, StoryOptions,
};
use roundup::summarize::SummaryOptions;
use roundup::text::Analyzer;

use super::{output, plural, progress, warn};

/// Output format of `roundup stories`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StoriesFormat {
    /// One JSON object a line (schema roundup.stories/1).
    Jsonl,
    Markdown,
}

#[derive(Debug, Args)]
pub struct StoriesArgs {
    /// Articles: files or folders (.txt .md, .jsonl[.gz] .json, Multi-News `|||||` files), or - for stdin;
    /// read in order (give them in time order). Articles inside cluster lines are taken one by one.
    #[arg(value_name = "INPUT", required_unless_present = "score_only")]
    pub inputs: Vec<String>,
    /// Write the stories to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "jsonl")]
    pub format: StoriesFormat,
    /// Least similarity to join a story, whatever the stream (time-discounted mix of the TF-IDF
    /// cosine with the story's profile and with its best matching recent article).
    #[arg(long, value_name = "X", default_value_t = StoryOptions::default().threshold)]
    pub threshold: f32,
    /// Join a story only at this many times the stream's background similarity (the running mean
    /// similarity to the candidate stories an article does not join); 0 = the fixed --threshold only.
    #[arg(long, value_name = "K", default_value_t = StoryOptions::default().relative_threshold)]
    pub relative_threshold: f32,
    /// Share of the similarity from the story's best matching recent article (rest: its profile).
    #[arg(long, value_name = "X", default_value_t = StoryOptions::default().member_weight)]
    pub member_weight: f32,
    /// Extra weight of headline and lead terms (0 = none).
    #[arg(long, value_name = "X", default_value_t = StoryOptions::default().lead_boost)]
    pub lead_boost: f32,
    /// A gap of this many days between an article and a story halves their similarity.
    #[arg(long, value_name = "DAYS", default_value_t = StoryOptions::default().time_scale_days)]
    pub time_scale: f32,
    /// Before a story closes, merge it into the open story nearest to it under average linkage
    /// (mean member-to-member cosine, time-discounted) when that reaches K × the join threshold;
    /// 0 = never.
    #[arg(long, value_name = "K", default_value_t = StoryOptions::default().merge_threshold)]
    pub merge_threshold: f32,
    /// A story closes once the stream's dates are this many days past its last article.
    #[arg(long, value_name = "DAYS", default_value_t = StoryOptions::default().window_days)]
    pub window_days: u32,
    /// At most this many open stories (the least recently updated closes first).
    #[arg(long, value_name = "N", default_value_t = StoryOptions::default().max_open_stories)]
    pub max_open: usize,
    /// A text copied into more articles than this is shared boilerplate, not a story.
    #[arg(long, value_name = "N", default_value_t = StoryOptions::default().max_copies)]
    pub max_copies: usize,
    /// Group only: no summaries (article texts are not kept).
    #[arg(long)]
    pub no_summary: bool,
    /// Group the other inputs when one cannot be found (a warning names it; without this the
    /// command stops with an error).
    #[arg(long)]
    pub keep_going: bool,
    /// Summary budget in words.
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    pub words: u32,
    /// Score the stories against gold labels: JSONL with `id` and `cluster` (or `clusters`, the first
    /// counts) per article. Prints B-cubed precision/recall/F1 and the adjusted Rand index on stderr.
    #[arg(long, value_name = "GOLD.jsonl")]
    pub gold: Option<PathBuf>,
    /// Score stories written earlier (or by another system: lines with `id` and `articles: [{"id"}]`)
    /// against --gold instead of grouping; prints the scores as JSON on stdout.
    #[arg(long, value_name = "STORIES.jsonl", requires = "gold")]
    pub score_only: Option<PathBuf>,
}

fn options(args: &StoriesArgs) -> StoryOptions {
    StoryOptions {
        threshold: args.threshold,
        relative_threshold: args.relative_threshold,
        member_weight: args.member_weight,
        lead_boost: args.lead_boost,
        time_scale_days: args.time_scale,
        window_days: args.window_days,
        merge_threshold: args.merge_threshold,
        max_open_stories: args.max_open,
        max_copies: args.max_copies,
        keep_text: !args.no_summary,
        ..StoryOptions::default()
    }
}

fn score_json(s: &ClusteringScore) -> serde_json::Value {
    serde_json::json!({
        "bcubed_precision": s.precision,
        "bcubed_recall": s.recall,
        "bcubed_f1": s.f1,
        "ari": s.ari,
        "articles": s.articles,
        "gold_stories": s.gold_stories,
        "predicted_stories": s.predicted_stories,
    })
}

pub fn run(args: StoriesArgs) -> anyhow::Result<ExitCode> {
    if let Some(pred) = &args.score_only {
        let gold_path = args.gold.as_deref().context("--score-only needs --gold")?;
        let gold = read_labels(gold_path)?;
        let predicted = read_story_labels(pred)?;
        let s = score_by_id(&gold, &predicted);
        println!("{}", score_json(&s));
        return Ok(ExitCode::SUCCESS);
    }
    let gold = args.gold.as_deref().map(read_labels).transpose()?;
    super::check_inputs(&args.inputs, args.keep_going)?;
    let start = Instant::now();
    let ingested = read_inputs(&args.inputs);
    for problem in &ingested.problems {
        warn(problem);
    }
    let mut articles: Vec<Article> = ingested.articles;
    for c in ingested.clusters {
        articles.extend(c.articles);
    }
    if articles.is_empty() {
        anyhow::bail!("no usable articles in the input");
    }
    let read_s = start.elapsed().as_secs_f64();

    // Group: features of the next batch are computed while the current one is assigned.
    let t = Instant::now();
    let bar = progress(articles.len() as u64, "grouping");
    let mut grouper = StoryGrouper::new(options(&args));
    let extractor = grouper.extractor().clone();
    let mut stories: Vec<Story> = Vec::new();
    // Each article moved once (splitting the tail off again and again copied the rest each time).
    let mut batches: Vec<Vec<Article>> = Vec::new();
    let mut rest = articles.into_iter();
    loop {
        let batch: Vec<Article> = rest.by_ref().take(2048).collect();
        if batch.is_empty() {
            break;
        }
        batches.push(batch);
    }
    let mut pending: Option<(Vec<Article>, Vec<_>)> = None;
    let mut batches = batches.into_iter();
    loop {
        let next = batches.next();
        if next.is_none() && pending.is_none() {
            break;
        }
        let (features, closed) = rayon::join(
            || {
                next.as_deref()
                    .map(|b| StoryGrouper::extract_batch(&extractor, b))
            },
            || match pending.take() {
                Some((a, f)) => {
                    let n = a.len() as u64;
                    let closed = grouper.push_extracted(a, f);
                    bar.inc(n);
                    closed
                }
                None => Vec::new(),
            },
        );
        stories.extend(closed);
        if let (Some(b), Some(f)) = (next, features) {
            pending = Some((b, f));
        }
    }
    let (last, stats) = grouper.finish();
    stories.extend(last);
    stories.sort_by_key(|s| roundup::stories::story_number(&s.id));
    bar.finish_and_clear();
    let group_s = t.elapsed().as_secs_f64();

    // Summaries: each story once, at the end.
    let t = Instant::now();
    let summaries = if args.no_summary {
        vec![None; stories.len()]
    } else {
        let analyzer = Analyzer::new();
        let opts = SummaryOptions {
            budget: Budget::Words(args.words as usize),
            ..SummaryOptions::default()
        };
        let bar = progress(stories.len() as u64, "summarizing");
        let out: Vec<_> = stories
            .par_iter()
            .map(|s| {
                let r = summarize_story(s, &analyzer, &opts);
                bar.inc(1);
                r
            })
            .collect();
        bar.finish_and_clear();
        out
    };
    let summary_s = t.elapsed().as_secs_f64();

    let mut out = output(args.output.as_deref())?;
    for (story, summary) in stories.iter().zip(&summaries) {
        match args.format {
            StoriesFormat::Jsonl => writeln!(out, "{}", story_json(story, summary.as_ref()))?,
            StoriesFormat::Markdown => {
                writeln!(out, "{}", story_markdown(story, summary.as_ref()))?
            }
        }
    }
    out.flush().context("cannot write the output")?;

    let grouped = stories.iter().filter(|s| s.flag.is_none()).count();
    let mut report = format!(
        "roundup: {}, {}, {} ({} kept apart: {} shared text, {} short, {} empty; {} undated) in {:.2} s (reading {:.2} s, grouping {:.2} s = {:.0} articles/s",
        plural(stats.articles as usize, "article", "articles"),
        plural(stats.duplicates as usize, "duplicate", "duplicates"),
        plural(grouped, "story", "stories"),
        plural(stories.len() - grouped, "single article", "single articles"),
        stats.shared_text,
        stats.short,
        stats.empty,
        stats.undated,
        start.elapsed().as_secs_f64(),
        read_s,
        group_s,
        stats.articles as f64 / group_s.max(1e-9),
    );
    if !args.no_summary {
        report.push_str(&format!(", summaries {summary_s:.2} s"));
    }
    report.push(')');
    super::note(format_args!("{report}"));
    if let Some(gold) = gold {
        let mut predicted = HashMap::new();
        for s in &stories {
            for a in &s.articles {
                predicted.insert(a.article.id.clone(), s.id.clone());
            }
        }
        let s = score_by_id(&gold, &predicted);
        super::note(format_args!("roundup: B-cubed P {:.4} R {:.4} F1 {:.4}, ARI {:.4} over {} articles ({} gold stories, {} predicted)",
            s.precision, s.recall, s.f1, s.ari, s.articles, s.gold_stories, s.predicted_stories
        ));
    }
    Ok(ExitCode::SUCCESS)
}

fn lines(path: &Path) -> anyhow::Result<Vec<(usize, serde_json::Value)>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let reader = std::io::BufReader::new(file);
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("cannot read {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str(&line) {
            Ok(v) => out.push((i + 1, v)),
            Err(e) => warn(format!("{}:line {}: not JSON ({e})", path.display(), i + 1)),
        }
    }
    Ok(out)
}

/// Gold labels: `id` → `cluster` (or the first of `clusters`).
fn read_labels(path: &Path) -> anyhow::Result<HashMap<String, String>> {
    let mut gold = HashMap::new();
    for (n, v) in lines(path)? {
        let id = v["id"].as_str();
        let cluster = v["cluster"]
            .as_str()
            .or_else(|| v["clusters"].get(0).and_then(|c| c.as_str()));
        match (id, cluster) {
            (Some(id), Some(c)) => {
                gold.insert(id.to_string(), c.to_string());
            }
            _ => warn(format!(
                "{}:line {n}: no `id` and `cluster` strings",
                path.display()
            )),
        }
    }
    if gold.is_empty() {
        anyhow::bail!("{}: no gold labels (`id` and `cluster`)", path.display());
    }
    Ok(gold)
}

/// Predicted labels from story lines: every `articles[].id` → the story's `id`.
fn read_story_labels(path: &Path) -> anyhow::Result<HashMap<String, String>> {
    let mut predicted = HashMap::new();
    for (n, v) in lines(path)? {
        let Some(story) = v["id"]
            .as_str()
            .map(String::from)
            .or_else(|| v["id"].as_u64().map(|x| x.to_string()))
        else {
            warn(format!("{}:line {n}: no story `id`", path.display()));
            continue;
        };
        for a in v["articles"].as_array().into_iter().flatten() {
            if let Some(id) = a["id"].as_str() {
                predicted.insert(id.to_string(), story.clone());
            }
        }
    }
    Ok(predicted)
}
