//! `roundup._roundup`: the Rust side of the Python package `roundup`.
//!
//! Every function here takes and returns plain values (strings, bytes, JSON text); the Python
//! package (`python/roundup/__init__.py`) gives them their documented, typed signatures and turns
//! the JSON into dicts. Work runs with the GIL released, so Python threads summarize in parallel.
//! Bad input raises `ValueError` with the reason the CLI prints for the same input.

use std::fs::File;
use std::io::{Cursor, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use serde_json::{json, Value};

use roundup::clean::clean_cluster;
use roundup::compare::{compare as compare_cluster, render_comparison};
use roundup::eval::RougeScorer;
use roundup::ingest::html::{extract_html, extract_page};
use roundup::ingest::json::article_from_value;
use roundup::ingest::read_inputs;
use roundup::ingest::warc::{read_warc as read_warc_items, WarcItem, WarcStats};
use roundup::model::{Article, Budget, Cluster};
use roundup::pipeline::{summarize_and_compare_cluster, summarize_cluster};
use roundup::render::{summary_json, Format};
use roundup::stories::output::{cited_sentences, story_json};
use roundup::stories::{
    story_number, summarize_story as summarize_one_story, FeatureExtractor, Signature, Story,
    StoryGrouper, StoryOptions,
};
use roundup::summarize::{ClusterStats, Method, SentenceOrder, SummaryOptions};
use roundup::text::Analyzer;

// The allocator the CLI uses too: Rust's own allocations in the extension (Python's are untouched).
// Measured in BENCHMARKS.md ("Python and Spark").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::new)
}

fn value_error(message: impl Into<String>) -> PyErr {
    PyValueError::new_err(message.into())
}

/// Articles from a JSON array (each an article object or a bare string), as the JSON reader reads
/// them; a dict's `origin` is kept. Default ids are `CLUSTER:N` (as for a cluster's documents), and
/// blank strings are skipped as the reader skips a cluster's blank documents.
fn parse_articles(articles_json: &str, cluster_id: &str) -> Result<Vec<Article>, String> {
    let value: Value = serde_json::from_str(articles_json)
        .map_err(|e| format!("articles are not JSON-serializable data: {e}"))?;
    let Value::Array(items) = value else {
        return Err("articles must be a list of strings or dicts".to_string());
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let k = i + 1;
        // blank texts are skipped as the reader skips a cluster's blank documents (Multi-News has many)
        if item.is_null() || item.as_str().is_some_and(|s| s.trim().is_empty()) {
            continue;
        }
        let origin = item
            .get("origin")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("article {k}"));
        let article = article_from_value(item, format!("{cluster_id}:{k}"), origin.clone())
            .map_err(|reason| format!("{origin}: {reason}"))?;
        out.push(article);
    }
    if out.is_empty() {
        return Err("no usable articles in the input".to_string());
    }
    Ok(out)
}

fn summary_options(
    words: Option<usize>,
    sentences: Option<usize>,
    method: &str,
    order: &str,
) -> Result<SummaryOptions, String> {
    let budget = match (words, sentences) {
        (Some(_), Some(_)) => return Err("give words or sentences, not both".to_string()),
        (_, Some(0)) | (Some(0), _) => return Err("the budget must be at least 1".to_string()),
        (_, Some(n)) => Budget::Sentences(n),
        (Some(n), None) => Budget::Words(n),
        (None, None) => Budget::Words(120),
    };
    Ok(SummaryOptions {
        method: method.parse::<Method>()?,
        order: order.parse::<SentenceOrder>()?,
        budget,
        ..SummaryOptions::default()
    })
}

/// The `roundup.summary/1` document of one cluster, as `summarize --format json` writes it.
#[pyfunction]
#[pyo3(signature = (articles_json, cluster_id, words=None, sentences=None, method="coverage".to_string(), order="reading".to_string(), comparison=true))]
#[allow(clippy::too_many_arguments)]
fn summarize(
    py: Python<'_>,
    articles_json: String,
    cluster_id: String,
    words: Option<usize>,
    sentences: Option<usize>,
    method: String,
    order: String,
    comparison: bool,
) -> PyResult<String> {
    py.detach(move || -> Result<String, String> {
        let options = summary_options(words, sentences, &method, &order)?;
        let articles = parse_articles(&articles_json, &cluster_id)?;
        let cluster = Cluster {
            id: cluster_id,
            articles,
        };
        let result = if comparison {
            summarize_and_compare_cluster(cluster, analyzer(), &options)
        } else {
            summarize_cluster(cluster, analyzer(), &options)
        };
        if result.summary.sentences.is_empty() {
            return Err(format!(
                "{}: nothing to summarize (no sentences left after cleaning)",
                result.analysed.id
            ));
        }
        Ok(summary_json(&result.document()).to_string())
    })
    .map_err(value_error)
}

/// The `roundup.comparison/1` document of one cluster, as `compare --format json` writes it.
#[pyfunction]
fn compare(py: Python<'_>, articles_json: String, cluster_id: String) -> PyResult<String> {
    py.detach(move || -> Result<String, String> {
        let articles = parse_articles(&articles_json, &cluster_id)?;
        let analysed = analyzer().analyse(clean_cluster(Cluster {
            id: cluster_id,
            articles,
        }));
        if analysed.sentences.is_empty() {
            return Err(format!(
                "{}: nothing to compare (no sentences left after cleaning)",
                analysed.id
            ));
        }
        let stats = ClusterStats::new(&analysed);
        let comparison = compare_cluster(&analysed, &stats);
        Ok(render_comparison(
            &analysed.id,
            &analysed.articles,
            &comparison,
            Format::Json,
        ))
    })
    .map_err(value_error)
}

/// Main text and metadata of one page (`roundup.extract/1` fields, without `schema` and `input`).
#[pyfunction]
#[pyo3(signature = (html, url=None))]
fn extract(py: Python<'_>, html: &Bound<'_, PyAny>, url: Option<String>) -> PyResult<String> {
    let page = if let Ok(bytes) = html.cast::<PyBytes>() {
        let bytes = bytes.as_bytes().to_vec();
        py.detach(move || extract_page(&bytes, None, url.as_deref()))
    } else {
        let text: String = html
            .extract()
            .map_err(|_| value_error("html must be str or bytes"))?;
        py.detach(move || extract_html(&text, url.as_deref()))
    }
    .map_err(value_error)?;
    serde_json::to_string(&page).map_err(|e| value_error(e.to_string()))
}

/// The articles of files, folders and archives, read as the CLI reads its inputs, plus the
/// problems (one `origin: reason` line each).
#[pyfunction]
fn read_articles(py: Python<'_>, paths: Vec<String>) -> PyResult<(String, Vec<String>)> {
    Ok(py.detach(move || {
        let ingested = read_inputs(&paths);
        let problems: Vec<String> = ingested.problems.iter().map(|p| p.to_string()).collect();
        let mut articles = ingested.articles;
        for c in ingested.clusters {
            articles.extend(c.articles);
        }
        let out: Vec<Value> = articles.iter().map(article_value).collect();
        (Value::Array(out).to_string(), problems)
    }))
}

fn article_value(a: &Article) -> Value {
    json!({
        "id": a.id, "title": a.title, "source": a.source, "url": a.url, "date": a.date,
        "origin": a.origin, "text": a.text,
    })
}

/// ROUGE-1/2/L/Lsum of a prediction against references (the best reference by F, as rouge-score's
/// `score_multi`), as JSON `{"rouge1": {"p", "r", "f"}, ...}`.
#[pyfunction]
#[pyo3(signature = (prediction, references, stemming=true))]
fn rouge(
    py: Python<'_>,
    prediction: String,
    references: Vec<String>,
    stemming: bool,
) -> PyResult<String> {
    if references.is_empty() {
        return Err(value_error("no references to score against"));
    }
    static STEMMED: OnceLock<RougeScorer> = OnceLock::new();
    static PLAIN: OnceLock<RougeScorer> = OnceLock::new();
    let scores = py.detach(move || {
        let scorer = if stemming {
            STEMMED.get_or_init(|| RougeScorer::new(true))
        } else {
            PLAIN.get_or_init(|| RougeScorer::new(false))
        };
        scorer.score(&references, &prediction)
    });
    serde_json::to_string(&scores).map_err(|e| value_error(e.to_string()))
}

/// The cited summary of a story's distinct articles (as `roundup stories` writes its `summary`):
/// JSON `[{"text", "citations": [article ids]}]`, or `null` when nothing could be summarized.
#[pyfunction]
#[pyo3(signature = (articles_json, story_id, words=100))]
fn summarize_story(
    py: Python<'_>,
    articles_json: String,
    story_id: String,
    words: usize,
) -> PyResult<String> {
    py.detach(move || -> Result<String, String> {
        let options = summary_options(Some(words), None, "coverage", "reading")?;
        let articles = parse_articles(&articles_json, &story_id)?;
        if articles.iter().all(|a| a.text.trim().is_empty()) {
            return Ok("null".to_string());
        }
        let result = summarize_cluster(
            Cluster {
                id: story_id,
                articles,
            },
            analyzer(),
            &options,
        );
        let sentences: Vec<Value> = cited_sentences(&result)
            .into_iter()
            .map(|(text, ids)| json!({"text": text, "citations": ids}))
            .collect();
        Ok(Value::Array(sentences).to_string())
    })
    .map_err(value_error)
}

/// Pages of a WARC archive, read on a background thread (extraction included) and handed over one
/// at a time; dropping the reader stops the thread at the next record.
#[pyclass(module = "roundup._roundup")]
struct WarcReader {
    receiver: Option<Mutex<Receiver<Message>>>,
    cancel: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    /// Counts, once the archive has been read to its end.
    stats: Option<WarcStats>,
    problems: Vec<String>,
}

enum Message {
    Page(String),
    Problem(String),
    /// The archive ended (`Err`: it is not a WARC archive at all).
    Done(Result<WarcStats, String>),
}

/// A reader that fails once asked to stop, so an abandoned archive is not read to its end.
struct Cancellable<R> {
    inner: R,
    cancel: Arc<AtomicBool>,
}

impl<R: Read> Read for Cancellable<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(std::io::Error::other("reading stopped"));
        }
        self.inner.read(buf)
    }
}

/// The id stem the CLI gives an archive's pages: the file name without `.warc[.gz]`.
fn archive_stem(name: &str) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let lower = file.to_ascii_lowercase();
    let mut cut = file.len();
    for suffix in [".gz", ".warc"] {
        if lower[..cut].ends_with(suffix) {
            cut -= suffix.len();
        }
    }
    let stem = &file[..cut];
    if stem.is_empty() {
        "input".to_string()
    } else {
        stem.to_string()
    }
}

#[pymethods]
impl WarcReader {
    /// `source`: a path, or the archive's bytes (then `name` names it, for ids and origins).
    #[new]
    #[pyo3(signature = (source, name=None))]
    fn new(source: &Bound<'_, PyAny>, name: Option<String>) -> PyResult<Self> {
        let (input, origin): (Box<dyn Read + Send>, String) =
            if let Ok(bytes) = source.cast::<PyBytes>() {
                (
                    Box::new(Cursor::new(bytes.as_bytes().to_vec())),
                    name.unwrap_or_else(|| "archive.warc.gz".to_string()),
                )
            } else {
                let path: std::path::PathBuf = source.extract()?;
                let origin = name.unwrap_or_else(|| path.to_string_lossy().into_owned());
                let file = File::open(&path)
                    .map_err(|e| PyOSError::new_err(format!("{origin}: cannot open: {e}")))?;
                (Box::new(file), origin)
            };
        let stem = archive_stem(&origin);
        let cancel = Arc::new(AtomicBool::new(false));
        let (sender, receiver) = sync_channel::<Message>(64);
        let reader = Cancellable {
            inner: input,
            cancel: cancel.clone(),
        };
        let stop = cancel.clone();
        let thread = std::thread::spawn(move || {
            let result = read_warc_items(
                reader,
                |item| {
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let message = match item {
                        WarcItem::Page(p) => {
                            let url = p.page.url.clone().or_else(|| p.target_uri.clone());
                            let mut at = format!("{origin}:record {}", p.record);
                            if let Some(u) = &p.target_uri {
                                at.push_str(&format!(" ({u})"));
                            }
                            Message::Page(
                                json!({
                                    "id": format!("{stem}:{}", p.record),
                                    "origin": at,
                                    "record": p.record,
                                    "target_uri": p.target_uri,
                                    "crawl_date": p.crawl_date,
                                    "title": p.page.title,
                                    "author": p.page.author,
                                    "date": p.page.date,
                                    "source": p.page.site_name,
                                    "url": url,
                                    "language": p.page.language,
                                    "text": p.page.text,
                                })
                                .to_string(),
                            )
                        }
                        WarcItem::Problem {
                            record,
                            target_uri,
                            reason,
                            fatal,
                        } => {
                            let mut at = if fatal {
                                origin.clone()
                            } else {
                                format!("{origin}:record {record}")
                            };
                            if let (false, Some(u)) = (fatal, target_uri) {
                                at.push_str(&format!(" ({u})"));
                            }
                            Message::Problem(format!("{at}: {reason}"))
                        }
                    };
                    if sender.send(message).is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                },
                |_, _| {},
            );
            let result = result.map_err(|reason| format!("{origin}: {reason}"));
            let _ = sender.send(Message::Done(result));
        });
        Ok(WarcReader {
            receiver: Some(Mutex::new(receiver)),
            cancel,
            thread: Some(thread),
            stats: None,
            problems: Vec::new(),
        })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next page as JSON; `None` at the end. Problems are kept in `problems`.
    fn next_page(&mut self, py: Python<'_>) -> PyResult<Option<String>> {
        loop {
            let Some(receiver) = self.receiver.as_ref() else {
                return Ok(None);
            };
            let message = py.detach(|| match receiver.lock() {
                Ok(r) => r.recv().map_err(|_| ()),
                Err(_) => Err(()),
            });
            match message {
                Ok(Message::Page(page)) => return Ok(Some(page)),
                Ok(Message::Problem(p)) => self.problems.push(p),
                Ok(Message::Done(result)) => {
                    self.finish();
                    match result {
                        Ok(stats) => self.stats = Some(stats),
                        Err(reason) => return Err(value_error(reason)),
                    }
                }
                Err(_) => self.finish(),
            }
        }
    }

    /// Problems met so far, one `origin: reason` line each.
    #[getter]
    fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }

    /// Counts as JSON once the archive is read to its end (`None` before).
    fn stats_json(&self) -> Option<String> {
        self.stats.as_ref().map(|s| {
            json!({
                "records": s.records, "pages": s.pages, "skipped": s.skipped,
                "bytes_read": s.bytes_read,
            })
            .to_string()
        })
    }

    /// Stops reading (the background thread ends at its next record).
    fn close(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
        self.receiver = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl WarcReader {
    fn finish(&mut self) {
        self.receiver = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for WarcReader {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
        // dropping the receiver makes the thread's next send fail; it is not joined here
        self.receiver = None;
    }
}

/// The stories grouper (see `roundup::stories`), articles added in time order.
#[pyclass(module = "roundup._roundup")]
struct GrouperCore {
    grouper: Option<StoryGrouper>,
    closed: Vec<Story>,
    added: u64,
}

fn grouper_options(options_json: &str) -> Result<StoryOptions, String> {
    let given: Value = serde_json::from_str(options_json).map_err(|e| e.to_string())?;
    let mut merged = serde_json::to_value(StoryOptions::default()).map_err(|e| e.to_string())?;
    if let (Value::Object(base), Value::Object(extra)) = (&mut merged, given) {
        for (k, v) in extra {
            if !base.contains_key(&k) {
                let names: Vec<&String> = base.keys().collect();
                return Err(format!(
                    "unknown option '{k}' (choose from {})",
                    names
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            base.insert(k, v);
        }
    }
    serde_json::from_value(merged).map_err(|e| format!("bad option: {e}"))
}

fn stories_json(stories: &[Story], summarize: bool, words: usize) -> Result<String, String> {
    let options = summary_options(Some(words), None, "coverage", "reading")?;
    let out: Vec<Value> = stories
        .iter()
        .map(|s| {
            let summary = if summarize {
                summarize_one_story(s, analyzer(), &options)
            } else {
                None
            };
            story_json(s, summary.as_ref())
        })
        .collect();
    Ok(Value::Array(out).to_string())
}

#[pymethods]
impl GrouperCore {
    #[new]
    #[pyo3(signature = (options_json="{}"))]
    fn new(options_json: &str) -> PyResult<Self> {
        let options = grouper_options(options_json).map_err(value_error)?;
        let mut grouper = StoryGrouper::new(options);
        grouper.report_merges(true);
        Ok(GrouperCore {
            grouper: Some(grouper),
            closed: Vec::new(),
            added: 0,
        })
    }

    /// Adds articles (JSON array, in time order); returns their placements as JSON
    /// `[{"article", "story", "duplicate_of"}]`.
    fn add(&mut self, py: Python<'_>, articles_json: String) -> PyResult<String> {
        let Some(grouper) = self.grouper.as_mut() else {
            return Err(value_error("the grouper has finished"));
        };
        let closed = &mut self.closed;
        let added = &mut self.added;
        py.detach(move || -> Result<String, String> {
            let articles = parse_articles(&articles_json, "article")?;
            let features = StoryGrouper::extract_batch(grouper.extractor(), &articles);
            let mut placements = Vec::with_capacity(articles.len());
            for (article, f) in articles.into_iter().zip(features) {
                let id = article.id.clone();
                *added += 1;
                let before = closed.len();
                closed.extend(grouper.push_extracted(vec![article], vec![f]));
                let placement = match grouper.last_placement() {
                    Some((story, a)) => {
                        json!({"article": id, "story": story, "duplicate_of": a.duplicate_of})
                    }
                    None => {
                        // emitted at once as a single flagged story
                        let story = closed[before..]
                            .iter()
                            .rev()
                            .find(|s| s.articles.iter().any(|a| a.position == *added - 1))
                            .map(|s| s.id.clone());
                        json!({"article": id, "story": story, "duplicate_of": null})
                    }
                };
                placements.push(placement);
            }
            Ok(Value::Array(placements).to_string())
        })
        .map_err(value_error)
    }

    /// Stories closed since the last call (the window moved past them), as a JSON array.
    #[pyo3(signature = (summarize=true, words=100))]
    fn take_closed(&mut self, py: Python<'_>, summarize: bool, words: usize) -> PyResult<String> {
        let closed = std::mem::take(&mut self.closed);
        py.detach(move || stories_json(&closed, summarize, words))
            .map_err(value_error)
    }

    /// Closes every story; returns those not yet taken (ordered by id) and the counts.
    #[pyo3(signature = (summarize=true, words=100))]
    fn finish(
        &mut self,
        py: Python<'_>,
        summarize: bool,
        words: usize,
    ) -> PyResult<(String, String)> {
        let Some(grouper) = self.grouper.take() else {
            return Err(value_error("the grouper has finished"));
        };
        let mut closed = std::mem::take(&mut self.closed);
        py.detach(move || -> Result<(String, String), String> {
            let (last, stats) = grouper.finish();
            closed.extend(last);
            closed.sort_by_key(|s| story_number(&s.id));
            let stories = stories_json(&closed, summarize, words)?;
            let stats = serde_json::to_string(&stats).map_err(|e| e.to_string())?;
            Ok((stories, stats))
        })
        .map_err(value_error)
    }

    /// Stories merged into another since the last call: JSON `[{"from", "into"}]`.
    fn take_merges(&mut self) -> PyResult<String> {
        let Some(grouper) = self.grouper.as_mut() else {
            return Ok("[]".to_string());
        };
        serde_json::to_string(&grouper.take_merges()).map_err(|e| value_error(e.to_string()))
    }

    /// Counts so far (JSON).
    fn stats_json(&self) -> PyResult<String> {
        let Some(grouper) = self.grouper.as_ref() else {
            return Err(value_error("the grouper has finished"));
        };
        serde_json::to_string(&grouper.stats()).map_err(|e| value_error(e.to_string()))
    }

    /// Stories open now.
    fn open_stories(&self) -> PyResult<usize> {
        self.grouper
            .as_ref()
            .map(StoryGrouper::open_stories)
            .ok_or_else(|| value_error("the grouper has finished"))
    }

    /// The whole state as bytes (closed stories not yet taken included).
    fn save_state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let Some(grouper) = self.grouper.as_ref() else {
            return Err(value_error("the grouper has finished"));
        };
        if !self.closed.is_empty() {
            return Err(value_error(
                "take the closed stories (take_closed) before saving the state",
            ));
        }
        let mut out = Vec::new();
        grouper.save_state(&mut out).map_err(value_error)?;
        let mut header = self.added.to_le_bytes().to_vec();
        header.extend(out);
        Ok(PyBytes::new(py, &header))
    }

    /// A grouper from bytes written by `save_state` (same roundup version).
    #[staticmethod]
    fn load_state(py: Python<'_>, state: Vec<u8>) -> PyResult<Self> {
        let (grouper, added) = py
            .detach(move || -> Result<(StoryGrouper, u64), String> {
                let Some((count, rest)) = state.split_first_chunk::<8>() else {
                    return Err("not a grouper state".to_string());
                };
                let grouper = StoryGrouper::load_state(rest)?;
                Ok((grouper, u64::from_le_bytes(*count)))
            })
            .map_err(value_error)?;
        let mut grouper = grouper;
        grouper.report_merges(true);
        Ok(GrouperCore {
            grouper: Some(grouper),
            closed: Vec::new(),
            added,
        })
    }
}

/// A MinHash signature (64 values) of a story's topical terms: the stemmed content terms its
/// articles carry in their title or lead (all their content terms when none), from the grouper's
/// own feature extractor. Two stories about one event share many of these, so the Spark job finds
/// the same story on both sides of a time-block edge by banding these values. `None` without terms.
#[pyfunction]
fn story_signature(py: Python<'_>, articles_json: String) -> PyResult<Option<Vec<u32>>> {
    py.detach(move || -> Result<Option<Vec<u32>>, String> {
        let articles = parse_articles(&articles_json, "story")?;
        let extractor = FeatureExtractor::new();
        let mut lead: Vec<u64> = Vec::new();
        let mut all: Vec<u64> = Vec::new();
        for a in &articles {
            for t in extractor.extract(a).terms {
                all.push(t.key);
                if t.lead {
                    lead.push(t.key);
                }
            }
        }
        let mut keys = if lead.is_empty() { all } else { lead };
        keys.sort_unstable();
        keys.dedup();
        Ok(Signature::of(&keys).map(|s| s.mins.to_vec()))
    })
    .map_err(value_error)
}

/// The default grouping options as JSON (names and values of `StoryOptions`).
#[pyfunction]
fn default_story_options() -> String {
    serde_json::to_string(&StoryOptions::default()).unwrap_or_default()
}

#[pymodule]
fn _roundup(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", roundup::VERSION)?;
    m.add_function(wrap_pyfunction!(summarize, m)?)?;
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(read_articles, m)?)?;
    m.add_function(wrap_pyfunction!(rouge, m)?)?;
    m.add_function(wrap_pyfunction!(summarize_story, m)?)?;
    m.add_function(wrap_pyfunction!(default_story_options, m)?)?;
    m.add_function(wrap_pyfunction!(story_signature, m)?)?;
    m.add_class::<WarcReader>()?;
    m.add_class::<GrouperCore>()?;
    Ok(())
}
