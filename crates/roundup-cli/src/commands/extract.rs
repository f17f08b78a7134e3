//! `roundup extract PAGE.html|URL|ARCHIVE.warc.gz...`: what roundup keeps of a page — its main text and
//! metadata (title, author, publication date, site name, canonical URL, language).
//!
//! Text output: a header of `Field: value` lines, a blank line, the text; pages separated by a line
//! `----`. JSON output: JSON Lines, one object a page (`schema: "roundup.extract/1"`). A WARC archive is
//! streamed: each page is printed as it is read, with a progress bar (records, bytes) on a terminal.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use roundup::ingest::fetch::{fetch_page, is_url, FetchOptions};
use roundup::ingest::html::{extract_page, Page, MAX_HTML_BYTES};
use roundup::ingest::warc::{read_warc, WarcItem};

use super::{output, warn};
use crate::cli::ExtractArgs;

/// Prints pages in the chosen format and counts them.
struct Printer<'a> {
    out: Box<dyn Write + 'a>,
    json: bool,
    printed: usize,
}

impl Printer<'_> {
    fn page(&mut self, input: &str, page: &Page) -> anyhow::Result<()> {
        if self.json {
            let mut v = serde_json::to_value(page)?;
            if let Some(obj) = v.as_object_mut() {
                obj.insert("schema".into(), "roundup.extract/1".into());
                obj.insert("input".into(), input.into());
            }
            writeln!(self.out, "{v}")?;
        } else {
            if self.printed > 0 {
                writeln!(self.out, "----")?;
            }
            writeln!(self.out, "Input: {input}")?;
            let fields = [
                ("Title", &page.title),
                ("Author", &page.author),
                ("Date", &page.date),
                ("Site", &page.site_name),
                ("URL", &page.url),
                ("Language", &page.language),
            ];
            for (name, value) in fields {
                writeln!(self.out, "{name}: {}", value.as_deref().unwrap_or("-"))?;
            }
            writeln!(self.out, "\n{}", page.text)?;
        }
        self.printed += 1;
        Ok(())
    }
}

fn warc_progress(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    let style = ProgressStyle::with_template(
        "{spinner} {msg} {bar:30} {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left)",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let json = args.format == "json";
    let mut printer = Printer {
        out: output(args.output.as_deref())?,
        json,
        printed: 0,
    };
    for input in &args.inputs {
        let lower = input.to_ascii_lowercase();
        if is_url(input) {
            match fetch_page(input, &FetchOptions::default()) {
                Ok(page) => printer.page(input, &page)?,
                Err(reason) => warn(format!("{input}: {reason}")),
            }
        } else if lower.ends_with(".warc") || lower.ends_with(".warc.gz") {
            let file = match std::fs::File::open(input) {
                Ok(f) => f,
                Err(e) => {
                    warn(format!("{input}: cannot open: {e}"));
                    continue;
                }
            };
            let total = file.metadata().map(|m| m.len()).unwrap_or(0);
            let bar = warc_progress(total);
            let mut failure = None;
            let result = read_warc(
                file,
                |item| {
                    if failure.is_some() {
                        return;
                    }
                    match item {
                        WarcItem::Page(p) => {
                            let at = format!("{input}:record {}", p.record);
                            if let Err(e) = printer.page(&at, &p.page) {
                                failure = Some(e);
                            }
                        }
                        WarcItem::Problem {
                            record,
                            target_uri,
                            reason,
                            fatal,
                        } => bar.suspend(|| {
                            let uri = target_uri.map(|u| format!(" ({u})")).unwrap_or_default();
                            if fatal {
                                warn(format!("{input}: {reason}"));
                            } else {
                                warn(format!("{input}:record {record}{uri}: {reason}"));
                            }
                        }),
                    }
                },
                |records, bytes| {
                    bar.set_position(bytes);
                    bar.set_message(format!("{records} records"));
                },
            );
            bar.finish_and_clear();
            if let Some(e) = failure {
                return Err(e).context("cannot write the output");
            }
            match result {
                Ok(stats) => {
                    if stats.pages == 0 {
                        warn(format!(
                            "{input}: no HTML pages in the archive ({} records read)",
                            stats.records
                        ));
                    }
                }
                Err(reason) => warn(format!("{input}: {reason}")),
            }
        } else {
            if let Ok(meta) = std::fs::metadata(input) {
                if meta.len() > MAX_HTML_BYTES as u64 {
                    warn(format!(
                        "{input}: page is {:.1} MiB; pages over {} MiB are not extracted",
                        meta.len() as f64 / (1u64 << 20) as f64,
                        MAX_HTML_BYTES >> 20
                    ));
                    continue;
                }
            }
            let mut bytes = Vec::new();
            let read = if input == "-" {
                std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
            } else {
                std::fs::File::open(input).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
            };
            if let Err(e) = read {
                warn(format!("{input}: cannot read: {e}"));
                continue;
            }
            match extract_page(&bytes, None, None) {
                Ok(page) => printer.page(input, &page)?,
                Err(reason) => warn(format!("{input}: {reason}")),
            }
        }
    }
    printer.out.flush().context("cannot write the output")?;
    if printer.printed == 0 {
        anyhow::bail!("no page could be extracted from the input");
    }
    Ok(ExitCode::SUCCESS)
}
