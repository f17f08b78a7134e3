//! `roundup train DATA.jsonl[.gz]`: fit the learned sentence scorer and write its model file.
//!
//! The shipped model (`crates/roundup/models/learned-v1.json`) is reproduced, from the
//! workspace root, by the command recorded in its `command` field:
//!
//! ```text
//! cargo run --release -p roundup-cli -- train ../shared/data/multinews/train.jsonl.gz --out crates/roundup/models
//! ```
//!
//! (all 44,972 clusters, the default settings; deterministic: the same file, byte for byte).

use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use roundup::eval::read_eval_clusters;
use roundup::summarize::importance::{PriorOptions, StemCounts};
use roundup::summarize::train::{evaluate, extract, fit, TrainOptions};

use crate::cli::TrainArgs;

pub fn run(args: TrainArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let model_path = args
        .output
        .clone()
        .unwrap_or_else(|| args.out.join("learned-v1.json"));
    let priors_path = args
        .priors_output
        .clone()
        .unwrap_or_else(|| args.out.join("word-priors-v1.tsv"));
    let mut clusters = read_eval_clusters(&args.data)
        .with_context(|| format!("cannot read training data {}", args.data.display()))?;
    if let Some(limit) = args.limit {
        clusters.truncate(limit);
    }
    if clusters.iter().all(|c| c.summaries.is_empty()) {
        anyhow::bail!(
            "{}: no cluster has a human summary to learn from",
            args.data.display()
        );
    }
    super::note(format_args!(
        "read {} clusters in {:.1} s",
        clusters.len(),
        start.elapsed().as_secs_f64()
    ));

    let t = Instant::now();
    let prior_options = PriorOptions {
        max_stems: args.max_stems,
        min_clusters: args.min_clusters,
        ..PriorOptions::default()
    };
    let mut prior_command = format!("roundup train {}", args.data.display());
    if let Some(limit) = args.limit {
        prior_command.push_str(&format!(" --limit {limit}"));
    }
    prior_command.push_str(&format!(
        " --max-stems {} --min-clusters {}",
        prior_options.max_stems, prior_options.min_clusters
    ));
    let priors = StemCounts::count(&clusters).priors(&prior_options, &prior_command);
    write_file(&priors_path, &priors.to_tsv())?;
    println!(
        "wrote {} ({} stems, mean prior {}, default {}) in {:.1} s",
        priors_path.display(),
        priors.len(),
        priors.mean,
        priors.default,
        t.elapsed().as_secs_f64()
    );
    if args.priors_only {
        return Ok(ExitCode::SUCCESS);
    }

    let t = Instant::now();
    let examples = extract(&clusters, &priors);
    drop(clusters);
    super::note(format_args!(
        "features and labels of {} sentences in {:.1} s",
        examples.len(),
        t.elapsed().as_secs_f64()
    ));

    let options = TrainOptions {
        label: args.label,
        trees: args.trees,
        learning_rate: args.learning_rate,
        max_depth: args.max_depth,
        min_leaf_weight: args.min_leaf_weight,
        seed: args.seed,
        ..TrainOptions::default()
    };
    // what determines the model (not where it is written or evaluated), so the same training
    // writes the same file byte for byte: the priors' command, then the trees' settings
    let mut command = prior_command;
    command.push_str(&format!(
        " --label {} --trees {} --learning-rate {} --max-depth {} --min-leaf-weight {} --seed {}",
        options.label.name(),
        options.trees,
        options.learning_rate,
        options.max_depth,
        options.min_leaf_weight,
        options.seed
    ));
    let t = Instant::now();
    let model = fit(&examples, &options, &command).map_err(anyhow::Error::msg)?;
    drop(examples);
    super::note(format_args!(
        "{} trees fitted in {:.1} s",
        model.trees.len(),
        t.elapsed().as_secs_f64()
    ));

    write_file(&model_path, &model.to_json())?;
    println!(
        "wrote {} ({} trees) in {:.1} s",
        model_path.display(),
        model.trees.len(),
        start.elapsed().as_secs_f64()
    );

    if let Some(path) = &args.eval {
        let mut val = read_eval_clusters(path)
            .with_context(|| format!("cannot read evaluation data {}", path.display()))?;
        val.truncate(args.eval_limit);
        let m = evaluate(&model, &val, args.words);
        println!(
            "{} · {} clusters · {} words: ROUGE-1 F {:.2} · ROUGE-2 F {:.2} · ROUGE-L F {:.2}",
            path.display(),
            val.len(),
            args.words,
            100.0 * m.rouge1.f,
            100.0 * m.rouge2.f,
            100.0 * m.rouge_l.f
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn write_file(path: &std::path::Path, text: &str) -> anyhow::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}
