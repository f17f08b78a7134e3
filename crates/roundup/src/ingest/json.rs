//! JSON Lines (`.jsonl`, `.ndjson`, gzipped or not) and JSON (`.json`: one object or an array).
//!
//! Each line (or array item) is one of:
//! - an article object: `text` (or `body`, `content`, `article`, `articleBody`) required; optional `id`,
//!   `title` (`headline`), `source` (`outlet`, `publisher`, `site`, or an object with a `name`), `url`
//!   (`link`), `date` (`published`, `published_at`, `publish_date`, `pubDate`);
//! - a cluster object: `documents`, an array of strings or article objects (or one string split on
//!   `|||||`), or Multi-News' `document` string; optional `id`;
//! - a bare JSON string: an article text.
//!
//! A bad line is a problem `path:line N: reason`; the other lines go on.

use serde_json::{Map, Value};

use super::decode::decode_utf8;
use super::plain::split_documents;
use super::{Ingested, InputProblem, Source};
use crate::model::{Article, Cluster};

const TEXT_KEYS: [&str; 5] = ["text", "body", "content", "article", "articleBody"];
const TITLE_KEYS: [&str; 2] = ["title", "headline"];
const SOURCE_KEYS: [&str; 4] = ["source", "outlet", "publisher", "site"];
const URL_KEYS: [&str; 2] = ["url", "link"];
const DATE_KEYS: [&str; 5] = [
    "date",
    "published",
    "published_at",
    "publish_date",
    "pubDate",
];

/// Bad lines listed one by one per file; beyond this they are counted in one summary problem.
const MAX_LISTED_PROBLEMS: usize = 20;

/// Where one JSON item sits in its file.
#[derive(Debug, Clone, Copy)]
enum Loc {
    /// The whole file is the item.
    Whole,
    /// Line N (1-based) of a JSON Lines file.
    Line(usize),
    /// Item N (1-based) of a top-level JSON array.
    Item(usize),
}

impl Loc {
    fn origin(self, src: &Source) -> String {
        match self {
            Loc::Whole => src.origin.clone(),
            Loc::Line(n) => format!("{}:line {n}", src.origin),
            Loc::Item(n) => format!("{}:item {n}", src.origin),
        }
    }

    fn default_id(self, src: &Source) -> String {
        match self {
            Loc::Whole => src.stem.clone(),
            Loc::Line(n) | Loc::Item(n) => format!("{}:{n}", src.stem),
        }
    }
}

/// Collects per-item problems of one file, listing the first few and counting the rest.
struct ProblemSink<'a> {
    out: &'a mut Ingested,
    bad: usize,
}

impl ProblemSink<'_> {
    fn push(&mut self, origin: String, reason: String) {
        self.bad += 1;
        if self.bad <= MAX_LISTED_PROBLEMS {
            self.out.problems.push(InputProblem { origin, reason });
        }
    }

    /// Adds the summary problems: unlisted bad items, and a file that gave nothing.
    /// `produced_before`: the output size before this file, to report a file that gave nothing.
    fn finish(self, src: &Source, produced_before: Option<usize>, what: &str) {
        let ProblemSink { out, bad } = self;
        if bad > MAX_LISTED_PROBLEMS {
            out.problems.push(InputProblem::new(
                &src.origin,
                format!("{} more bad {what}s not listed", bad - MAX_LISTED_PROBLEMS),
            ));
        }
        if bad > 0 && produced_before == Some(out.produced()) {
            out.problems.push(InputProblem::new(
                &src.origin,
                format!(
                    "no readable articles ({bad} bad {what}{})",
                    if bad == 1 { "" } else { "s" }
                ),
            ));
        }
    }
}

/// Reads JSON Lines from raw bytes, decoding each line on its own so one bad line costs only itself.
pub(crate) fn parse_jsonl(src: &Source, bytes: &[u8], out: &mut Ingested) {
    let before = out.produced();
    let mut sink = ProblemSink { out, bad: 0 };
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let n = i + 1;
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let loc = Loc::Line(n);
        let decoded = match decode_utf8(raw) {
            Ok(d) => d,
            Err(reason) => {
                sink.push(loc.origin(src), reason);
                continue;
            }
        };
        let line = decoded.text.trim();
        if line.is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(value) => {
                if let Some(note) = decoded.note {
                    sink.out
                        .problems
                        .push(InputProblem::new(loc.origin(src), note));
                }
                item(src, value, loc, &mut sink);
            }
            Err(e) => sink.push(loc.origin(src), json_error(&e, false)),
        }
    }
    if sink.bad == 0 && sink.out.produced() == before {
        // Every line was blank once decoded (byte-order marks, Unicode spaces).
        sink.out
            .problems
            .push(InputProblem::new(&src.origin, "contains only whitespace"));
    }
    sink.finish(src, Some(before), "line");
}

/// Reads a `.json` file: one object (article or cluster), a string, or an array of those. A file that is
/// not one JSON value but whose lines are is read as JSON Lines.
pub(crate) fn parse_json(src: &Source, text: &str, out: &mut Ingested) {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => {
            let before = out.produced();
            let mut sink = ProblemSink { out, bad: 0 };
            for (i, value) in items.into_iter().enumerate() {
                item(src, value, Loc::Item(i + 1), &mut sink);
            }
            if sink.bad == 0 && sink.out.produced() == before {
                sink.out
                    .problems
                    .push(InputProblem::new(&src.origin, "empty JSON array"));
            }
            sink.finish(src, Some(before), "item");
        }
        Ok(value) => {
            // One item: its own problem already names the file; no summary needed.
            let mut sink = ProblemSink { out, bad: 0 };
            item(src, value, Loc::Whole, &mut sink);
            sink.finish(src, None, "item");
        }
        Err(e) => {
            if looks_like_json_lines(text) {
                parse_jsonl(src, text.as_bytes(), out);
            } else {
                out.problems
                    .push(InputProblem::new(&src.origin, json_error(&e, true)));
            }
        }
    }
}

/// Several non-blank lines, the first of which is a complete JSON object on its own.
pub(crate) fn looks_like_json_lines(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    lines.next().is_some()
        && first.starts_with('{')
        && serde_json::from_str::<Value>(first).is_ok_and(|v| v.is_object())
}

/// serde_json's message; within one line the "line 1" part says nothing, so only the column is kept.
fn json_error(e: &serde_json::Error, whole_file: bool) -> String {
    let msg = e.to_string();
    let bare = msg
        .rfind(" at line ")
        .and_then(|at| msg.get(..at))
        .unwrap_or(&msg);
    if whole_file {
        format!(
            "invalid JSON at line {} column {}: {bare}",
            e.line(),
            e.column()
        )
    } else {
        format!("invalid JSON at column {}: {bare}", e.column())
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// One line or array item: an article, a cluster, or a problem.
fn item(src: &Source, value: Value, loc: Loc, sink: &mut ProblemSink<'_>) {
    let origin = loc.origin(src);
    let default_id = loc.default_id(src);
    match value {
        Value::Object(map) if map.contains_key("documents") || map.contains_key("document") => {
            match cluster(map, default_id, &origin) {
                Ok((c, doc_problems)) => {
                    for (o, r) in doc_problems {
                        sink.push(o, r);
                    }
                    sink.out.clusters.push(c);
                }
                Err(reason) => sink.push(origin, reason),
            }
        }
        Value::Object(map) => match article(map, default_id, origin.clone()) {
            Ok(a) => sink.out.articles.push(a),
            Err(reason) => sink.push(origin, reason),
        },
        Value::String(text) if !text.trim().is_empty() => sink.out.articles.push(Article {
            id: default_id,
            origin,
            text,
            ..Article::default()
        }),
        Value::String(_) => sink.push(origin, "empty text".to_string()),
        other => sink.push(
            origin,
            format!(
                "expected a JSON object (an article or a cluster), found {}",
                kind(&other)
            ),
        ),
    }
}

/// One article given as a JSON value (an article object or a bare string), as a line of a JSON Lines
/// file would be read: for callers holding articles in memory (the Python bindings). `default_id`
/// is used when the object has no `id`. `Err` gives the same reason the reader gives for such a line.
pub fn article_from_value(
    value: Value,
    default_id: String,
    origin: String,
) -> Result<Article, String> {
    match value {
        Value::Object(map) => article(map, default_id, origin),
        Value::String(text) if !text.trim().is_empty() => Ok(Article {
            id: default_id,
            origin,
            text,
            ..Article::default()
        }),
        Value::String(_) => Err("empty text".to_string()),
        other => Err(format!(
            "expected a JSON object (an article) or a string, found {}",
            kind(&other)
        )),
    }
}

/// A scalar field as text: strings trimmed (blank = absent), numbers and booleans written out.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_string())
        }
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn first_field(map: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| map.get(*k).and_then(scalar))
}

/// The outlet: a plain value, or an object carrying a `name` (as news APIs write it).
fn source_field(map: &Map<String, Value>) -> Option<String> {
    SOURCE_KEYS.iter().find_map(|k| match map.get(*k)? {
        Value::Object(o) => o.get("name").and_then(scalar),
        v => scalar(v),
    })
}

/// An article object; `Err` says why it is not one.
fn article(
    mut map: Map<String, Value>,
    default_id: String,
    origin: String,
) -> Result<Article, String> {
    let Some(key) = TEXT_KEYS.iter().copied().find(|k| map.contains_key(*k)) else {
        return Err(format!(
            "no article text (expected a `text` field, or `body`, `content`, `article`; or `documents` for a cluster); fields: {}",
            field_list(&map)
        ));
    };
    let text = match map.remove(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => s,
        Some(Value::String(_)) => return Err(format!("empty `{key}`")),
        Some(other) => return Err(format!("`{key}` is {}, not a string", kind(&other))),
        None => return Err(format!("no `{key}` field")),
    };
    Ok(Article {
        id: map.get("id").and_then(scalar).unwrap_or(default_id),
        title: first_field(&map, &TITLE_KEYS),
        source: source_field(&map),
        url: first_field(&map, &URL_KEYS),
        date: first_field(&map, &DATE_KEYS),
        origin,
        text,
    })
}

fn field_list(map: &Map<String, Value>) -> String {
    if map.is_empty() {
        return "none".to_string();
    }
    let mut names: Vec<&str> = map.keys().map(String::as_str).take(8).collect();
    if map.len() > names.len() {
        names.push("…");
    }
    names.join(", ")
}

type DocProblems = Vec<(String, String)>;

/// A cluster object. Blank documents are skipped silently (Multi-News has many); bad document objects are
/// problems of their own; a cluster left with no documents is an error.
fn cluster(
    mut map: Map<String, Value>,
    default_id: String,
    origin: &str,
) -> Result<(Cluster, DocProblems), String> {
    let id = map.get("id").and_then(scalar).unwrap_or(default_id);
    let field = if map.contains_key("documents") {
        "documents"
    } else {
        "document"
    };
    let mut problems = Vec::new();
    let mut articles = Vec::new();
    match map.remove(field) {
        Some(Value::Array(docs)) => {
            for (i, doc) in docs.into_iter().enumerate() {
                let k = i + 1;
                let doc_origin = format!("{origin}:doc {k}");
                let doc_id = format!("{id}:{k}");
                match doc {
                    Value::String(s) if s.trim().is_empty() => {}
                    Value::String(s) => articles.push(Article {
                        id: doc_id,
                        origin: doc_origin,
                        text: s,
                        ..Article::default()
                    }),
                    Value::Object(m) => match article(m, doc_id, doc_origin.clone()) {
                        Ok(a) => articles.push(a),
                        Err(reason) => problems.push((doc_origin, reason)),
                    },
                    Value::Null => {}
                    other => problems.push((
                        doc_origin,
                        format!(
                            "document is {}, not a string or an article object",
                            kind(&other)
                        ),
                    )),
                }
            }
        }
        Some(Value::String(s)) => {
            for (k, doc) in split_documents(&s) {
                articles.push(Article {
                    id: format!("{id}:{k}"),
                    origin: format!("{origin}:doc {k}"),
                    text: doc,
                    ..Article::default()
                });
            }
        }
        Some(other) => {
            return Err(format!(
                "`{field}` is {}, not an array of documents",
                kind(&other)
            ))
        }
        None => return Err(format!("no `{field}` field")),
    }
    if articles.is_empty() {
        return Err(format!("cluster `{id}` has no non-empty documents"));
    }
    Ok((Cluster { id, articles }, problems))
}
