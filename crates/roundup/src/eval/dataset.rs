//! Evaluation data: cluster files with human reference summaries, and system predictions.
//!
//! Cluster files are JSONL (optionally gzip-compressed, `.gz`), one cluster a line:
//! `{"id": "...", "documents": ["article text", ...], "summaries": ["human summary", ...]}`.
//! An optional `language` (a name or ISO 639-1 code) names the cluster's language. Other fields
//! are ignored; a cluster without `summaries` has none (documents-only sets).
//!
//! Predictions are JSONL `{"id": "...", "summary": "..."}`, the format `peers.py --out` writes.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use serde::{Deserialize, Serialize};

/// One evaluation cluster: the articles to summarize and the human summaries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvalCluster {
    pub id: String,
    pub documents: Vec<String>,
    #[serde(default)]
    pub summaries: Vec<String>,
    /// The cluster's language when the data names it (`"language": "french"` or `"fr"`): eval then
    /// summarizes with that language's analysis and stems with its Snowball stemmer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::lang::Language>,
}

/// A system's summary for the cluster with the same id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prediction {
    pub id: String,
    pub summary: String,
}

/// The folder holding the shared evaluation data (`data/`, `fixtures/`, `tools/`): `$ROUNDUP_SHARED`
/// when set, else `shared` beside the workspace checkout (`../shared`). For tests, benchmarks and
/// examples; the data is never copied into the repository.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("ROUNDUP_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")))
}

/// `relative` (e.g. `data/seeds`) inside [`shared_dir`], if it exists.
pub fn shared_path(relative: &str) -> Result<PathBuf, MissingSharedData> {
    let path = shared_dir().join(relative);
    if path.exists() {
        Ok(path)
    } else {
        Err(MissingSharedData(path))
    }
}

/// A file or folder of the shared evaluation data that is not there.
#[derive(Debug, thiserror::Error)]
#[error(
    "shared evaluation data missing: {} (set ROUNDUP_SHARED to the folder holding data/ and fixtures/)",
    .0.display()
)]
pub struct MissingSharedData(pub PathBuf);

/// Whether a hand-labelled cluster belongs to the test half of its label set: the project's
/// split, by the parity of [`crate::attribute::sentence_hash`] of the cluster id.
pub fn is_test_cluster(cluster_id: &str) -> bool {
    u32::from_str_radix(&crate::attribute::sentence_hash(cluster_id), 16).is_ok_and(|h| h % 2 == 1)
}

/// The input document number (1-based) of an article numbered by
/// [`crate::pipeline::cluster_from_texts`] (`ID#N`), as label files name documents; 0 if none.
pub fn input_document_number(article_id: &str) -> usize {
    article_id
        .rsplit('#')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The clusters of a shared set as hand labels name them: `set` is a cluster file under
/// `data/` ("duc/duc2003-task2.jsonl") or "seeds" (the files of `data/seeds` in name order, as one
/// cluster with id "seeds") or [`HTML_PAGES`]; with `ids`, only those clusters. Each as (id,
/// documents).
pub fn labelled_set_clusters(
    set: &str,
    ids: &[String],
) -> Result<Vec<(String, Vec<String>)>, EvalDataError> {
    let data = shared_dir().join("data");
    if set == "seeds" {
        let dir = data.join("seeds");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(io_err(&dir))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        let docs = files
            .iter()
            .map(|f| std::fs::read_to_string(f).map_err(io_err(f)))
            .collect::<Result<Vec<String>, _>>()?;
        return Ok(vec![("seeds".to_string(), docs)]);
    }
    #[cfg(feature = "html")]
    if set == HTML_PAGES {
        return html_pages(
            &data.join("html/article-extraction-benchmark.jsonl.gz"),
            ids,
        );
    }
    #[cfg(not(feature = "html"))]
    if set == HTML_PAGES {
        return Err(EvalDataError::Line {
            path: data.join("html/article-extraction-benchmark.jsonl.gz"),
            line: 0,
            message: "reading web pages needs the `html` feature".to_string(),
        });
    }
    Ok(read_eval_clusters(&data.join(set))?
        .into_iter()
        .filter(|c| ids.is_empty() || ids.contains(&c.id))
        .map(|c| (c.id, c.documents))
        .collect())
}

/// The label set of the HTML extraction benchmark's pages, each page one cluster of one article.
pub const HTML_PAGES: &str = "html-pages";

/// The pages of the HTML extraction benchmark (`{"id","url","html"}` a line) as [`HTML_PAGES`]
/// names them: each page's main text as roundup extracts it (the path a `.html` input takes), one
/// cluster per page, its id the page's; with `ids`, only those pages. A page that cannot be
/// extracted is a cluster with no documents.
#[cfg(feature = "html")]
fn html_pages(path: &Path, ids: &[String]) -> Result<Vec<(String, Vec<String>)>, EvalDataError> {
    #[derive(Deserialize)]
    struct Page {
        id: String,
        url: Option<String>,
        html: String,
    }
    let pages: Vec<Page> = read_jsonl(path)?;
    Ok(pages
        .into_iter()
        .filter(|p| ids.is_empty() || ids.contains(&p.id))
        .map(|p| {
            let text = crate::ingest::html::extract_html(&p.html, p.url.as_deref())
                .map(|page| page.text)
                .ok();
            (p.id, text.into_iter().collect())
        })
        .collect())
}

/// Why an evaluation file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum EvalDataError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: line {line}: {message}", path.display())]
    Line {
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        message: String,
    },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> EvalDataError + '_ {
    move |source| EvalDataError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn is_gzip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Opens `path` for reading, decompressing (all gzip members) when it ends in `.gz`.
fn open(path: &Path) -> Result<Box<dyn BufRead>, EvalDataError> {
    let file = File::open(path).map_err(io_err(path))?;
    let reader: Box<dyn Read> = if is_gzip(path) {
        Box::new(MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    Ok(Box::new(BufReader::with_capacity(1 << 16, reader)))
}

/// Parses every non-blank line of a JSONL file (gzip when it ends in `.gz`) as a `T`.
fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, EvalDataError> {
    let mut reader = open(path)?;
    let mut out = Vec::new();
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf).map_err(io_err(path))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let line_err = |message: String| EvalDataError::Line {
            path: path.to_path_buf(),
            line: line_no,
            message,
        };
        let text =
            std::str::from_utf8(&buf).map_err(|e| line_err(format!("not valid UTF-8: {e}")))?;
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let item = serde_json::from_str(text).map_err(|e| line_err(e.to_string()))?;
        out.push(item);
    }
    Ok(out)
}

/// Reads an evaluation cluster file (`.jsonl` or `.jsonl.gz`), one cluster a line.
/// Blank lines are skipped; a malformed line is an error naming the file and line.
pub fn read_eval_clusters(path: &Path) -> Result<Vec<EvalCluster>, EvalDataError> {
    read_jsonl(path)
}

/// Reads predictions written by [`write_predictions`] or `peers.py --out`
/// (`.jsonl` or `.jsonl.gz`).
pub fn read_predictions(path: &Path) -> Result<Vec<Prediction>, EvalDataError> {
    read_jsonl(path)
}

/// Writes predictions as JSONL `{"id","summary"}`, one a line (uncompressed).
pub fn write_predictions(path: &Path, predictions: &[Prediction]) -> Result<(), EvalDataError> {
    let file = File::create(path).map_err(io_err(path))?;
    let mut w = BufWriter::new(file);
    for p in predictions {
        serde_json::to_writer(&mut w, p).map_err(|e| io_err(path)(std::io::Error::other(e)))?;
        w.write_all(b"\n").map_err(io_err(path))?;
    }
    w.flush().map_err(io_err(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use flate2::Compression;

    fn temp_dir() -> tempfile::TempDir {
        tempfile::tempdir().expect("temporary directory")
    }

    const TWO_CLUSTERS: &str = concat!(
        r#"{"id": "c1", "documents": ["First article.", "Second \u00e9 article."], "summaries": ["A summary."], "topic_title": "ignored"}"#,
        "\n\n",
        r#"{"id": "c2", "documents": ["Only docs."]}"#,
        "\n"
    );

    #[test]
    fn reads_plain_jsonl_with_optional_summaries() {
        let dir = temp_dir();
        let path = dir.path().join("set.jsonl");
        std::fs::write(&path, TWO_CLUSTERS).expect("write");
        let clusters = read_eval_clusters(&path).expect("read");
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters[0].id, "c1");
        assert_eq!(clusters[0].documents[1], "Second é article.");
        assert_eq!(clusters[0].summaries, vec!["A summary.".to_string()]);
        assert_eq!(clusters[1].documents.len(), 1);
        assert!(clusters[1].summaries.is_empty());
    }

    #[test]
    fn reads_multi_member_gzip() {
        let dir = temp_dir();
        let path = dir.path().join("set.jsonl.gz");
        // Two gzip members back to back, as `cat a.gz b.gz` makes: MultiGzDecoder reads both.
        let mut bytes = Vec::new();
        for part in TWO_CLUSTERS.split_inclusive("\n\n") {
            let mut enc = GzEncoder::new(Vec::new(), Compression::default());
            enc.write_all(part.as_bytes()).expect("compress");
            bytes.extend(enc.finish().expect("compress"));
        }
        std::fs::write(&path, bytes).expect("write");
        let clusters = read_eval_clusters(&path).expect("read");
        let ids: Vec<&str> = clusters.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c1", "c2"]);
    }

    #[test]
    fn bad_line_names_file_and_line() {
        let dir = temp_dir();
        let path = dir.path().join("broken.jsonl");
        let text = format!("{TWO_CLUSTERS}{{\"id\": \"c3\", \"documents\": [\"x\"\n");
        std::fs::write(&path, text).expect("write");
        let err = read_eval_clusters(&path).expect_err("line 4 is truncated");
        match &err {
            EvalDataError::Line { line, .. } => assert_eq!(*line, 4),
            other => panic!("expected a line error, got {other:?}"),
        }
        let msg = err.to_string();
        assert!(
            msg.contains("broken.jsonl") && msg.contains("line 4"),
            "{msg}"
        );

        // A missing required field is also a line error.
        std::fs::write(&path, "{\"id\": \"c1\"}\n").expect("write");
        let err = read_eval_clusters(&path).expect_err("documents missing");
        assert!(err.to_string().contains("line 1"), "{err}");
    }

    #[test]
    fn invalid_utf8_and_missing_file_are_errors() {
        let dir = temp_dir();
        let path = dir.path().join("latin1.jsonl");
        std::fs::write(&path, b"{\"id\": \"caf\xe9\", \"documents\": []}\n").expect("write");
        let err = read_eval_clusters(&path).expect_err("not UTF-8");
        assert!(err.to_string().contains("line 1"), "{err}");

        let missing = dir.path().join("nope.jsonl");
        let err = read_eval_clusters(&missing).expect_err("missing file");
        assert!(matches!(err, EvalDataError::Io { .. }));
        assert!(err.to_string().contains("nope.jsonl"));
    }

    #[test]
    fn predictions_round_trip() {
        let dir = temp_dir();
        let path = dir.path().join("preds.jsonl");
        let preds = vec![
            Prediction {
                id: "c1".into(),
                summary: "Line one.\nLine \"two\" — café.".into(),
            },
            Prediction {
                id: "c2".into(),
                summary: String::new(),
            },
        ];
        write_predictions(&path, &preds).expect("write");
        let text = std::fs::read_to_string(&path).expect("read back");
        assert_eq!(text.lines().count(), 2, "one JSON object a line");
        assert_eq!(read_predictions(&path).expect("read"), preds);
    }

    #[test]
    fn reads_peers_py_output_format() {
        // peers.py writes json.dumps({"id": ..., "summary": ...}) with ASCII escapes.
        let dir = temp_dir();
        let path = dir.path().join("lead.jsonl");
        std::fs::write(
            &path,
            "{\"id\": \"multinews-val-1\", \"summary\": \"caf\\u00e9 opens.\\nIt rains.\"}\n",
        )
        .expect("write");
        let preds = read_predictions(&path).expect("read");
        assert_eq!(preds.len(), 1);
        assert_eq!(preds[0].summary, "café opens.\nIt rains.");
    }
}
