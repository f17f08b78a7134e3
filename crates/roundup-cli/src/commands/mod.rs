//! One module per subcommand.

pub mod compare;
pub mod eval;
pub mod extract;
pub mod import;
pub mod serve;
pub mod stories;
pub mod summarize;
pub mod train;

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

/// Standard output, or FILE when `-o FILE` was given.
pub fn output(path: Option<&Path>) -> anyhow::Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("cannot write {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// A progress bar on standard error when it is a terminal, hidden otherwise.
pub fn progress(len: u64, what: &str) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    let style = ProgressStyle::with_template(&format!(
        "{{spinner}} {what} {{bar:40}} {{pos}}/{{len}} ({{rate}}, {{eta}} left)"
    ))
    .map(|s| s.with_key("rate", whole_rate))
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

/// A spinner for reading long inputs (web archives): bytes read and records, on a terminal only.
pub fn reading_progress() -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    let style = ProgressStyle::with_template("{spinner} reading {msg} ({bytes}, {bytes_per_sec})")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    bar.set_style(style);
    bar
}

/// A name for the cluster made of loose input articles: the one input's file or folder name,
/// `stdin`, or `input` when several inputs were given.
pub fn loose_cluster_id(inputs: &[String]) -> String {
    match inputs {
        [one] if one == "-" => "stdin".to_string(),
        [one] => {
            let trimmed = one.trim_end_matches(['/', '\\']);
            let name = trimmed.rsplit(['/', '\\']).next().unwrap_or(trimmed);
            name.split('.')
                .next()
                .filter(|s| !s.is_empty())
                .unwrap_or(name)
                .to_string()
        }
        _ => "input".to_string(),
    }
}

/// A progress bar's rate as a whole number a second ("3168/s", not "3168.4567/s").
fn whole_rate(state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write) {
    let _ = write!(w, "{}/s", rate_text(state.per_sec()));
}

/// A rate as a whole number.
pub fn rate_text(per_sec: f64) -> String {
    if per_sec.is_finite() {
        format!("{per_sec:.0}")
    } else {
        "0".to_string()
    }
}

/// "1 story", "2 stories".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Checks that every input path exists (standard input and URLs aside): a missing one gets a
/// warning naming it, and, unless `keep_going`, an error ends the command before anything is
/// read, so that a mistyped path among several never yields a result made of fewer inputs.
pub fn check_inputs(inputs: &[String], keep_going: bool) -> anyhow::Result<()> {
    let missing: Vec<&String> = inputs
        .iter()
        .filter(|i| {
            let lower = i.to_ascii_lowercase();
            i.as_str() != "-"
                && !lower.starts_with("http://")
                && !lower.starts_with("https://")
                && !Path::new(i.as_str()).exists()
        })
        .collect();
    for m in &missing {
        warn(format!("{m}: no such file or folder"));
    }
    if !missing.is_empty() && !keep_going {
        anyhow::bail!(
            "{} of {} inputs not found (--keep-going goes on with the others)",
            missing.len(),
            inputs.len()
        );
    }
    Ok(())
}

/// Prints a warning line on standard error.
pub fn warn(message: impl std::fmt::Display) {
    note(format_args!("roundup: warning: {message}"));
}

/// Prints a line on standard error. A stderr that cannot be written (its reader closed the pipe:
/// `roundup … 2>&1 | head`) loses the line; `eprintln!` would panic.
pub fn note(line: impl std::fmt::Display) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}

#[cfg(test)]
mod tests {
    #[test]
    fn rates_and_counts_read_as_people_write_them() {
        assert_eq!(super::rate_text(3168.4567), "3168");
        assert_eq!(super::rate_text(f64::INFINITY), "0");
        assert_eq!(super::plural(1, "story", "stories"), "1 story");
        assert_eq!(super::plural(2, "story", "stories"), "2 stories");
    }
}
