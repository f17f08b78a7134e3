//! `roundup import`: fills a `roundup serve` store from files and archives.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use roundup::ingest::read_inputs_observed;

use super::{plural, progress, reading_progress, warn};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Files, folders or archives of articles (as `roundup stories` reads them), or - for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// The store to fill (an SQLite file, created when missing).
    #[arg(long, value_name = "PATH", default_value = "roundup.db")]
    pub db: PathBuf,
    /// Import the other inputs when one cannot be found (a warning names it; without this the
    /// command stops with an error before storing anything).
    #[arg(long)]
    pub keep_going: bool,
}

/// Articles written per transaction.
const CHUNK: usize = 500;

pub fn run(args: ImportArgs) -> anyhow::Result<ExitCode> {
    super::check_inputs(&args.inputs, args.keep_going)?;
    let mut importer = roundup_server::Importer::open(&args.db)?;
    let reading = reading_progress();
    let ingested = {
        let r = reading.clone();
        read_inputs_observed(&args.inputs, move |p| {
            r.set_message(p.origin.clone());
            r.set_position(p.bytes);
        })
    };
    reading.finish_and_clear();
    for p in &ingested.problems {
        warn(format!("{}: {}", p.origin, p.reason));
    }
    let mut articles = ingested.articles;
    for c in ingested.clusters {
        articles.extend(c.articles);
    }
    articles.retain(|a| !a.text.trim().is_empty());
    let bar = progress(articles.len() as u64, "importing");
    for chunk in articles.chunks(CHUNK) {
        importer.add(chunk)?;
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    let counts = importer.finish()?;
    super::note(format_args!(
        "roundup: imported {} into {} ({} in the store, in {}{})",
        plural(articles.len(), "article", "articles"),
        args.db.display(),
        counts.articles,
        plural(counts.stories, "story", "stories"),
        if counts.kept_apart > 0 {
            format!(
                " and {} kept apart",
                plural(counts.kept_apart, "single article", "single articles")
            )
        } else {
            String::new()
        },
    ));
    Ok(if articles.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
