//! The ingest stage: files, folders, JSONL, Multi-News `|||||` clusters and standard input.
//!
//! [`read_inputs`] takes paths (files or folders) and `-` for standard input; [`read_bytes`] reads one
//! input already in memory. Both return an [`Ingested`]: loose articles (to be summarized together),
//! clusters the input defined itself, and problems — one line each naming the input and why. Reading
//! never panics and never stops at a bad input: the rest goes on.
//!
//! Formats, chosen by the (lower-cased) file name:
//! - `.jsonl`, `.ndjson`: JSON Lines, one article or cluster a line (see [`json`] for the fields);
//! - `.json`: one object, or an array of them (a `.json` file holding JSON Lines is read as such);
//! - `.gz` after any of these (`.jsonl.gz`): gzip, then the inner name decides;
//! - `.html`, `.htm`, `.xhtml` (feature `html`): a web page; its main text and metadata (title, site
//!   name, canonical URL, date) are extracted (see [`html`]);
//! - `.warc`, `.warc.gz` (feature `warc`): a web archive, streamed; every HTML response record becomes
//!   an article (see [`warc`]);
//! - `http://…`, `https://…` (feature `fetch`): fetched, then read as a page (see [`fetch`]);
//! - anything else (`.txt`, `.md`, …): plain text, one article a file, id = the file stem, no title.
//!   Text holding `|||||` is Multi-News: one cluster a line when several lines carry the separator
//!   (the `.src` layout, `NEWLINE_CHAR` for line breaks; cluster id `stem:LINE`), else the whole file
//!   split on `|||||` is one cluster (id `stem`).
//! - `-` (standard input): gunzipped when it starts like gzip, then JSON when the first non-blank
//!   character is `{` (or `[` and it parses), else plain text.
//!
//! Folders are walked recursively in sorted path order, skipping hidden entries (names starting with
//! `.`) and files whose extension is none of the above; a file named explicitly is read whatever its
//! extension.
//!
//! Text must be UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured). When at most one byte in a
//! thousand is invalid the text is decoded lossily (U+FFFD) and kept, with a problem saying where;
//! otherwise the input is rejected with the offset of the first bad byte. Binary data (a NUL byte, or
//! over 5% control bytes) and empty or whitespace-only inputs are problems.

mod decode;
#[cfg(feature = "fetch")]
pub mod fetch;
#[cfg(feature = "html")]
pub mod html;
pub mod json;
mod plain;
#[cfg(feature = "warc")]
pub mod warc;

use std::collections::HashSet;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::model::{Article, Cluster};

pub use plain::MULTI_NEWS_SEPARATOR;

/// Why one input (or one line of it) gave no article, or gave one with a caveat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputProblem {
    /// The file, `path:line N`, folder, or `-`.
    pub origin: String,
    pub reason: String,
}

impl InputProblem {
    pub fn new(origin: impl Into<String>, reason: impl Into<String>) -> Self {
        InputProblem {
            origin: origin.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

/// What the inputs held.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ingested {
    /// Loose articles, in input order: summarized together as one cluster.
    pub articles: Vec<Article>,
    /// Clusters the input defined itself (a JSONL line with `documents`, a Multi-News line).
    pub clusters: Vec<Cluster>,
    pub problems: Vec<InputProblem>,
}

impl Ingested {
    /// No article and no cluster (there may still be problems).
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty() && self.clusters.is_empty()
    }

    /// Articles read in all: loose ones plus those inside clusters.
    pub fn article_count(&self) -> usize {
        self.articles.len()
            + self
                .clusters
                .iter()
                .map(|c| c.articles.len())
                .sum::<usize>()
    }

    /// Everything as clusters: the loose articles first (as one cluster named `loose_id`, when there are
    /// any), then the input's own clusters in order.
    pub fn into_clusters(self, loose_id: &str) -> Vec<Cluster> {
        let mut out = Vec::with_capacity(self.clusters.len() + 1);
        if !self.articles.is_empty() {
            out.push(Cluster {
                id: loose_id.to_string(),
                articles: self.articles,
            });
        }
        out.extend(self.clusters);
        out
    }

    /// Appends another result after this one.
    pub fn extend(&mut self, other: Ingested) {
        self.articles.extend(other.articles);
        self.clusters.extend(other.clusters);
        self.problems.extend(other.problems);
    }

    /// Articles plus clusters produced so far (to tell whether an input added anything).
    fn produced(&self) -> usize {
        self.articles.len() + self.clusters.len()
    }
}

/// Progress while a long input (a web archive) is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadProgress {
    /// The input being read.
    pub origin: String,
    /// Records read so far from it.
    pub records: u64,
    /// Bytes read so far from it (compressed size for a gzip archive).
    pub bytes: u64,
}

/// A caller's progress observer.
type ProgressObserver = Box<dyn FnMut(&ReadProgress)>;

thread_local! {
    static PROGRESS: std::cell::RefCell<Option<ProgressObserver>> =
        const { std::cell::RefCell::new(None) };
}

/// Reports progress to the observer installed by [`read_inputs_observed`], if any (web archives
/// are the only inputs long enough to report).
#[cfg(feature = "warc")]
pub(crate) fn report_progress(origin: &str, records: u64, bytes: u64) {
    PROGRESS.with(|p| {
        if let Some(observer) = p.borrow_mut().as_mut() {
            observer(&ReadProgress {
                origin: origin.to_string(),
                records,
                bytes,
            });
        }
    });
}

/// Like [`read_inputs`], calling `observer` as records of long inputs (web archives) are read, so
/// a caller can show a progress bar.
pub fn read_inputs_observed<S: AsRef<str>>(
    inputs: &[S],
    observer: impl FnMut(&ReadProgress) + 'static,
) -> Ingested {
    PROGRESS.with(|p| *p.borrow_mut() = Some(Box::new(observer)));
    let out = read_inputs(inputs);
    PROGRESS.with(|p| *p.borrow_mut() = None);
    out
}

/// Reads each input in order: a file, a folder (recursively), or `-` for standard input.
pub fn read_inputs<S: AsRef<str>>(inputs: &[S]) -> Ingested {
    let mut out = Ingested::default();
    let mut stdin_read = false;
    for input in inputs {
        let input = input.as_ref();
        if input == "-" {
            if stdin_read {
                out.problems
                    .push(InputProblem::new("-", "standard input was already read"));
                continue;
            }
            stdin_read = true;
            let mut bytes = Vec::new();
            match std::io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => ingest_bytes("-", &bytes, &mut out),
                Err(e) => out.problems.push(InputProblem::new(
                    "-",
                    format!("cannot read standard input: {e}"),
                )),
            }
            continue;
        }
        if is_url_input(input) {
            read_url(input, &mut out);
            continue;
        }
        let path = Path::new(input);
        match std::fs::metadata(path) {
            Err(e) => out
                .problems
                .push(InputProblem::new(input, format!("cannot open: {e}"))),
            Ok(meta) if meta.is_dir() => read_folder(path, &mut out),
            Ok(_) => read_file(path, input, &mut out),
        }
    }
    out
}

/// Reads one input held in memory; `origin` (a path, or `-`) names it and its extension picks the format.
pub fn read_bytes(origin: &str, bytes: &[u8]) -> Ingested {
    let mut out = Ingested::default();
    ingest_bytes(origin, bytes, &mut out);
    out
}

/// Whether a folder walk reads this file: a known extension, possibly followed by `.gz`.
pub fn is_known_extension(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let inner = name.strip_suffix(".gz").unwrap_or(&name);
    matches!(
        Path::new(inner).extension().and_then(|e| e.to_str()),
        Some(
            "txt"
                | "text"
                | "md"
                | "markdown"
                | "jsonl"
                | "ndjson"
                | "json"
                | "html"
                | "htm"
                | "xhtml"
                | "warc"
        )
    )
}

/// Whether an input is an `http://` or `https://` URL (fetched, never opened as a file).
fn is_url_input(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

#[cfg(feature = "fetch")]
fn read_url(url: &str, out: &mut Ingested) {
    fetch::read_url(url, &fetch::FetchOptions::default(), out);
}

#[cfg(not(feature = "fetch"))]
fn read_url(url: &str, out: &mut Ingested) {
    out.problems.push(InputProblem::new(
        url,
        "cannot fetch URLs: roundup was built without the `fetch` feature",
    ));
}

/// What is known about an input before its bytes are parsed.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    /// As shown in problems and stored in `Article::origin`.
    pub origin: String,
    /// The id stem: the file name without its extension(s); `stdin` for `-`.
    pub stem: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    JsonLines,
    /// A web page.
    Html,
    /// A WARC archive (its own gzip handling: streamed, never read whole).
    Warc,
    /// Decide from the content (standard input, or a bare `.gz`).
    Sniff,
}

/// Format, gzip flag and id stem from a name; `-` sniffs.
fn classify(origin: &str) -> (Format, bool, String) {
    if origin == "-" {
        return (Format::Sniff, false, "stdin".to_string());
    }
    let name = Path::new(origin)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| origin.to_string());
    let lower = name.to_lowercase();
    let gz = lower.ends_with(".gz");
    let (inner, inner_lower) = if gz {
        // Only ASCII lower-cases to ".gz", so the original name ends with 3 ASCII bytes too;
        // `get` keeps this panic-free regardless.
        let cut = name.len().saturating_sub(3);
        (
            name.get(..cut).unwrap_or(&name).to_string(),
            lower
                .get(..lower.len().saturating_sub(3))
                .unwrap_or(&lower)
                .to_string(),
        )
    } else {
        (name.clone(), lower.clone())
    };
    let ext = Path::new(&inner_lower)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("");
    let format = match ext {
        "jsonl" | "ndjson" => Format::JsonLines,
        "json" => Format::Json,
        "html" | "htm" | "xhtml" => Format::Html,
        "warc" => Format::Warc,
        "" if gz => Format::Sniff,
        _ => Format::Text,
    };
    let stem = Path::new(&inner)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| {
            if inner.is_empty() {
                "input".to_string()
            } else {
                inner.clone()
            }
        });
    (format, gz, stem)
}

fn ingest_bytes(origin: &str, bytes: &[u8], out: &mut Ingested) {
    let (mut format, named_gz, stem) = classify(origin);
    let src = Source {
        origin: origin.to_string(),
        stem,
    };
    let problem = |out: &mut Ingested, reason: String| {
        out.problems.push(InputProblem::new(origin, reason));
    };
    if format == Format::Warc {
        return read_warc(&src, bytes, out);
    }

    // gzip: required by the name, or detected on standard input / a bare `.gz`.
    let unzipped;
    let mut bytes = bytes;
    if named_gz || (format == Format::Sniff && decode::looks_gzipped(bytes)) {
        if bytes.is_empty() {
            return problem(out, "empty file".to_string());
        }
        match decode::gunzip(bytes) {
            Ok(v) => {
                unzipped = v;
                bytes = &unzipped;
            }
            Err(reason) => return problem(out, reason),
        }
    }
    // A web page on standard input (or a bare `.gz`) is read as one, as a `.html` file is.
    if format == Format::Html || (format == Format::Sniff && looks_like_html(bytes)) {
        return read_html(&src, bytes, out);
    }

    // UTF-16 (with a byte-order mark) becomes UTF-8 before anything looks at bytes.
    let converted;
    if let Some((text, bad)) = decode::utf16_to_utf8(bytes) {
        if bad > 0 {
            problem(
                out,
                format!("invalid UTF-16: {bad} bad code units replaced with U+FFFD"),
            );
        }
        converted = text.into_bytes();
        bytes = &converted;
    }

    if bytes.iter().all(u8::is_ascii_whitespace) {
        return problem(out, decode::blank_reason(bytes.len()));
    }
    if let Err(reason) = decode::check_not_binary(bytes) {
        return problem(out, reason);
    }

    // JSON Lines decode line by line (a bad line costs only itself).
    if format == Format::JsonLines {
        return json::parse_jsonl(&src, bytes, out);
    }
    let decoded = match decode::decode_utf8(bytes) {
        Ok(d) => d,
        Err(reason) => return problem(out, reason),
    };
    let text: &str = &decoded.text;
    if text.trim().is_empty() {
        return problem(out, decode::blank_reason(bytes.len()));
    }
    if let Some(note) = &decoded.note {
        problem(out, note.clone());
    }
    if format == Format::Sniff {
        format = sniff(text);
    }
    match format {
        Format::Json => json::parse_json(&src, text, out),
        Format::JsonLines => json::parse_jsonl(&src, text.as_bytes(), out),
        // Html and Warc were dispatched before decoding
        Format::Text | Format::Sniff | Format::Html | Format::Warc => {
            plain::parse_text(&src, text, out)
        }
    }
}

#[cfg(feature = "html")]
fn read_html(src: &Source, bytes: &[u8], out: &mut Ingested) {
    html::parse_html(src, bytes, out);
}

#[cfg(not(feature = "html"))]
fn read_html(src: &Source, _bytes: &[u8], out: &mut Ingested) {
    out.problems.push(InputProblem::new(
        &src.origin,
        "cannot read HTML: roundup was built without the `html` feature",
    ));
}

#[cfg(feature = "warc")]
fn read_warc<R: Read>(src: &Source, input: R, out: &mut Ingested) {
    warc::parse_warc(src, input, out);
}

#[cfg(not(feature = "warc"))]
fn read_warc<R: Read>(src: &Source, _input: R, out: &mut Ingested) {
    out.problems.push(InputProblem::new(
        &src.origin,
        "cannot read WARC archives: roundup was built without the `warc` feature",
    ));
}

/// Whether bytes of unknown format are a web page: they open (after any byte-order mark and
/// blanks) with a doctype, a comment or an `<html>`, `<head>` or `<body>` tag.
fn looks_like_html(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let head: Vec<u8> = b[start..b.len().min(start + 512)]
        .iter()
        .map(u8::to_ascii_lowercase)
        .collect();
    head.starts_with(b"<!doctype html")
        || head.starts_with(b"<html")
        || head.starts_with(b"<head")
        || head.starts_with(b"<body")
        || (head.starts_with(b"<!--") && head.windows(5).any(|w| w == b"<html"))
}

/// JSON when the first non-blank character is `{` (one object if it parses whole, else lines) or `[`
/// and the whole text parses; otherwise plain text.
fn sniff(text: &str) -> Format {
    let t = text.trim_start();
    if t.starts_with('{') {
        if serde_json::from_str::<serde_json::Value>(t).is_ok() {
            Format::Json
        } else {
            Format::JsonLines
        }
    } else if t.starts_with('[')
        && serde_json::from_str::<serde_json::Value>(t).is_ok_and(|v| v.is_array())
    {
        Format::Json
    } else {
        Format::Text
    }
}

fn read_file(path: &Path, origin: &str, out: &mut Ingested) {
    if classify(origin).0 == Format::Warc {
        // archives can be many gigabytes: streamed from the file
        return match std::fs::File::open(path) {
            Ok(file) => {
                let (_, _, stem) = classify(origin);
                let src = Source {
                    origin: origin.to_string(),
                    stem,
                };
                read_warc(&src, file, out)
            }
            Err(e) => out
                .problems
                .push(InputProblem::new(origin, format!("cannot read: {e}"))),
        };
    }
    match std::fs::read(path) {
        Ok(bytes) => ingest_bytes(origin, &bytes, out),
        Err(e) => out
            .problems
            .push(InputProblem::new(origin, format!("cannot read: {e}"))),
    }
}

fn read_folder(dir: &Path, out: &mut Ingested) {
    let mut files = Vec::new();
    let mut visited = HashSet::new();
    walk(dir, &mut files, &mut visited, out);
    files.sort();
    let before = out.produced();
    for file in &files {
        read_file(file, &file.to_string_lossy(), out);
    }
    if out.produced() == before {
        let reason = if files.is_empty() {
            "no readable articles: the folder holds no .txt, .md, .json, .jsonl, .jsonl.gz, .html or .warc files"
                .to_string()
        } else {
            format!(
                "no readable articles in this folder ({} file{} tried)",
                files.len(),
                if files.len() == 1 { "" } else { "s" }
            )
        };
        out.problems
            .push(InputProblem::new(dir.to_string_lossy(), reason));
    }
}

/// Collects readable files under `dir`, following symbolic links but never into a folder twice.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, visited: &mut HashSet<PathBuf>, out: &mut Ingested) {
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !visited.insert(key) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.problems.push(InputProblem::new(
                dir.to_string_lossy(),
                format!("cannot list folder: {e}"),
            ));
            return;
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => {
                if !entry.file_name().to_string_lossy().starts_with('.') {
                    paths.push(entry.path());
                }
            }
            Err(e) => out.problems.push(InputProblem::new(
                dir.to_string_lossy(),
                format!("cannot list folder: {e}"),
            )),
        }
    }
    paths.sort();
    for path in paths {
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, files, visited, out),
            Ok(_) if is_known_extension(&path) => files.push(path),
            Ok(_) => {}
            Err(e) => {
                // A dangling link or a file that vanished: worth saying if it looked like an article.
                if is_known_extension(&path) {
                    out.problems.push(InputProblem::new(
                        path.to_string_lossy(),
                        format!("cannot open: {e}"),
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_names() {
        let (f, gz, stem) = classify("data/multi.JSONL.gz");
        assert_eq!((f, gz, stem.as_str()), (Format::JsonLines, true, "multi"));
        let (f, gz, stem) = classify("notes/story.md");
        assert_eq!((f, gz, stem.as_str()), (Format::Text, false, "story"));
        let (f, _, stem) = classify("-");
        assert_eq!((f, stem.as_str()), (Format::Sniff, "stdin"));
        let (f, gz, stem) = classify("dump.gz");
        assert_eq!((f, gz, stem.as_str()), (Format::Sniff, true, "dump"));
        // Lower-casing that changes byte lengths must not break the cut.
        let (_, gz, _) = classify("İİİ.GZ");
        assert!(gz);
    }

    #[test]
    fn sniffing_standard_input() {
        assert_eq!(
            sniff("  {\"text\": \"a\"}\n{\"text\": \"b\"}"),
            Format::JsonLines
        );
        assert_eq!(sniff("{\n \"text\": \"a\"\n}"), Format::Json);
        assert_eq!(sniff("[Photo: AP] The bridge opened."), Format::Text);
        assert_eq!(sniff("[{\"text\": \"a\"}]"), Format::Json);
    }

    #[test]
    fn stdin_origin_reads_json_lines_with_stdin_ids() {
        let got = read_bytes("-", b"{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["stdin:1", "stdin:2"]);
        assert_eq!(got.articles[1].origin, "-:line 2");
    }
}
