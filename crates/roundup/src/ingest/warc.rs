//! WARC archives (`.warc`, `.warc.gz`, as Common Crawl's CC-News ships them): every HTTP `response`
//! record whose body is HTML becomes an article; `request`, `metadata`, `revisit`, `warcinfo` and other
//! records, non-HTML responses and non-2xx answers are skipped and counted.
//!
//! Reading streams: records are parsed one at a time by the `warc` crate from a `flate2`
//! `MultiGzDecoder` (a `.warc.gz` is one gzip member per record), bodies are read only for responses
//! and only up to [`super::html::MAX_HTML_BYTES`], so memory stays flat on a multi-gigabyte archive.
//! A broken record (a truncated gzip member, a cut body, a bad header) ends the reading with a
//! problem that says which record and where; every page before it is kept.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read};

use flate2::read::MultiGzDecoder;
use warc::{RecordType, WarcHeader, WarcReader};

use super::html::{extract_page, sniff_html, Page, MAX_HTML_BYTES};
use super::{Ingested, InputProblem, Source};

/// One HTML page found in an archive.
#[derive(Debug, Clone)]
pub struct WarcPage {
    /// 1-based position of the record in the archive.
    pub record: u64,
    /// `WARC-Target-URI`.
    pub target_uri: Option<String>,
    /// `WARC-Date` (when it was crawled), RFC 3339.
    pub crawl_date: String,
    pub page: Page,
}

/// What reading an archive yields, one item at a time.
#[derive(Debug, Clone)]
pub enum WarcItem {
    Page(WarcPage),
    /// A record that could not be used, or the archive's end in a broken record (`fatal`).
    Problem {
        record: u64,
        target_uri: Option<String>,
        reason: String,
        fatal: bool,
    },
}

/// Counts over one archive.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WarcStats {
    /// Records read (the broken one included).
    pub records: u64,
    pub pages: u64,
    /// Skipped records by why: record type (`request`, `metadata`, …), `non-HTML response`, `HTTP 404`, …
    pub skipped: BTreeMap<String, u64>,
    /// Bytes of the archive file consumed (compressed bytes for `.warc.gz`).
    pub bytes_read: u64,
}

/// A reader that counts the bytes taken from it.
struct Counting<R> {
    inner: R,
    count: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count
            .fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
        Ok(n)
    }
}

/// Reads an archive (gzip or not, detected from its first bytes), calling `each` for every page and
/// problem and `progress(records, bytes_read)` after every record. Returns the counts, or an error when
/// the input is not a WARC archive at all.
pub fn read_warc<R: Read>(
    input: R,
    mut each: impl FnMut(WarcItem),
    mut progress: impl FnMut(u64, u64),
) -> Result<WarcStats, String> {
    let count = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let mut raw = BufReader::with_capacity(
        1 << 16,
        Counting {
            inner: input,
            count: count.clone(),
        },
    );
    let gz = raw
        .fill_buf()
        .map_err(|e| format!("cannot read: {e}"))?
        .starts_with(&[0x1f, 0x8b]);
    let inner: Box<dyn Read> = if gz {
        Box::new(MultiGzDecoder::new(raw))
    } else {
        Box::new(raw)
    };
    let mut reader = BufReader::with_capacity(1 << 16, inner);
    match reader.fill_buf() {
        Ok([]) => return Err("empty archive".to_string()),
        Ok(b) if !b.starts_with(b"WARC/") => {
            return Err("not a WARC archive (it does not start with a WARC/1.x record)".to_string())
        }
        Ok(_) => {}
        Err(e) => return Err(format!("cannot read the archive: {e}")),
    }
    let mut stats = WarcStats::default();
    let mut warc = WarcReader::new(reader);
    let mut records = warc.stream_records();
    loop {
        let bytes = || count.load(std::sync::atomic::Ordering::Relaxed);
        let next = records.next_item();
        let Some(next) = next else { break };
        stats.records += 1;
        let n = stats.records;
        let mut record = match next {
            Ok(r) => r,
            Err(e) => {
                each(WarcItem::Problem {
                    record: n,
                    target_uri: None,
                    reason: broken_reason(&e, n, bytes()),
                    fatal: true,
                });
                break;
            }
        };
        let kind = record.warc_type().clone();
        if kind != RecordType::Response {
            *stats.skipped.entry(kind.to_string()).or_default() += 1;
            progress(stats.records, bytes());
            continue;
        }
        let uri = record
            .header(WarcHeader::TargetURI)
            .map(|u| u.trim().trim_matches(['<', '>']).to_string());
        let crawl_date = record.date().to_rfc3339();
        let declared = record.content_length();
        let cap = MAX_HTML_BYTES as u64 + 64 * 1024;
        let mut body = Vec::new();
        let read = (&mut record).take(cap + 1).read_to_end(&mut body);
        drop(record);
        let cut = match read {
            Err(e) => Some(format!("cannot read it ({e})")),
            Ok(got) if (got as u64) < declared.min(cap + 1) => Some(format!(
                "the archive ends inside it ({got} of its {declared} bytes)"
            )),
            Ok(_) => None,
        };
        if let Some(what) = cut {
            each(WarcItem::Problem {
                record: n,
                target_uri: uri,
                reason: broken(n, bytes(), &what),
                fatal: true,
            });
            break;
        }
        if body.len() as u64 > cap {
            each(WarcItem::Problem {
                record: n,
                target_uri: uri,
                reason: format!("response over {} MiB; skipped", cap >> 20),
                fatal: false,
            });
            progress(stats.records, bytes());
            continue;
        }
        match http_payload(&body) {
            Err(reason) => each(WarcItem::Problem {
                record: n,
                target_uri: uri,
                reason,
                fatal: false,
            }),
            Ok(http) if !(200..300).contains(&http.status) => {
                *stats
                    .skipped
                    .entry(format!("HTTP {}", http.status))
                    .or_default() += 1;
            }
            Ok(http) => {
                let html = http.content_type.as_deref().map_or_else(
                    || sniff_html(&http.body),
                    |c| c.to_ascii_lowercase().contains("html"),
                );
                if !html {
                    *stats
                        .skipped
                        .entry("non-HTML response".to_string())
                        .or_default() += 1;
                } else {
                    match extract_page(&http.body, http.content_type.as_deref(), uri.as_deref()) {
                        Ok(page) => {
                            stats.pages += 1;
                            each(WarcItem::Page(WarcPage {
                                record: n,
                                target_uri: uri,
                                crawl_date,
                                page,
                            }));
                        }
                        Err(reason) => each(WarcItem::Problem {
                            record: n,
                            target_uri: uri,
                            reason,
                            fatal: false,
                        }),
                    }
                }
            }
        }
        progress(stats.records, bytes());
    }
    stats.bytes_read = count.load(std::sync::atomic::Ordering::Relaxed);
    progress(stats.records, stats.bytes_read);
    Ok(stats)
}

fn broken_reason(e: &warc::Error, n: u64, at: u64) -> String {
    let what = match e {
        warc::Error::ReadData(io) => format!("cannot read it ({io})"),
        warc::Error::UnexpectedEOB => "the archive ends inside it".to_string(),
        warc::Error::ParseHeaders(_) => "its WARC header does not parse".to_string(),
        other => other.to_string(),
    };
    broken(n, at, &what)
}

fn broken(n: u64, at: u64, what: &str) -> String {
    let before = n.saturating_sub(1);
    format!(
        "record {n} is broken (after {at} bytes of the archive): {what}; stopped reading there, the {before} record{} before it were read",
        if before == 1 { "" } else { "s" }
    )
}

/// The parts of an HTTP response that matter here.
#[derive(Debug)]
struct HttpPayload {
    status: u16,
    content_type: Option<String>,
    body: Vec<u8>,
}

/// Splits a response record's block into status, content type and body (de-chunked, gunzipped).
fn http_payload(block: &[u8]) -> Result<HttpPayload, String> {
    let (head_end, sep) = match find(block, b"\r\n\r\n") {
        Some(p) => (p, 4),
        None => match find(block, b"\n\n") {
            Some(p) => (p, 2),
            None => return Err("response record without an HTTP header".to_string()),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .filter(|_| status_line.starts_with("HTTP/"))
        .ok_or_else(|| format!("response record with a bad HTTP status line: {status_line:.80}"))?;
    let mut content_type = None;
    let mut chunked = false;
    let mut gzipped = false;
    for line in lines {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let (k, v) = (k.trim(), v.trim());
        if k.eq_ignore_ascii_case("content-type") {
            content_type = Some(v.to_string());
        } else if k.eq_ignore_ascii_case("transfer-encoding") {
            chunked = v.to_ascii_lowercase().contains("chunked");
        } else if k.eq_ignore_ascii_case("content-encoding") {
            let v = v.to_ascii_lowercase();
            gzipped = v.contains("gzip");
        }
    }
    let mut body = block[head_end + sep..].to_vec();
    if chunked {
        if let Some(d) = dechunk(&body) {
            body = d;
        }
    }
    if gzipped && body.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        MultiGzDecoder::new(&body[..])
            .take(MAX_HTML_BYTES as u64 + 1)
            .read_to_end(&mut out)
            .map_err(|e| format!("gzip-encoded response does not decompress: {e}"))?;
        body = out;
    }
    Ok(HttpPayload {
        status,
        content_type,
        body,
    })
}

/// Undoes chunked transfer coding; `None` when the body is not validly chunked (it is then kept as is).
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let eol = find(b, b"\r\n")?;
        let size_text = std::str::from_utf8(&b[..eol]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        b = &b[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size..)?;
        b = b.strip_prefix(b"\r\n").unwrap_or(b);
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Reads an archive into `out`: pages as loose articles (id `stem:N`, origin `path:record N`).
pub(crate) fn parse_warc<R: Read>(src: &Source, input: R, out: &mut Ingested) {
    let origin = &src.origin;
    let result = read_warc(
        input,
        |item| match item {
            WarcItem::Page(p) => {
                let id = format!("{}:{}", src.stem, p.record);
                let mut origin = format!("{origin}:record {}", p.record);
                if let Some(u) = &p.target_uri {
                    origin.push_str(&format!(" ({u})"));
                }
                let url = p.target_uri.clone();
                let mut article = p.page.into_article(id, origin);
                if article.url.is_none() {
                    article.url = url;
                }
                out.articles.push(article);
            }
            WarcItem::Problem {
                record,
                target_uri,
                reason,
                fatal,
            } => {
                let mut at = if fatal {
                    origin.to_string()
                } else {
                    format!("{origin}:record {record}")
                };
                if let (false, Some(u)) = (fatal, target_uri) {
                    at.push_str(&format!(" ({u})"));
                }
                out.problems.push(InputProblem::new(at, reason));
            }
        },
        |records, bytes| super::report_progress(origin, records, bytes),
    );
    match result {
        Ok(stats) if stats.pages == 0 => out.problems.push(InputProblem::new(
            origin,
            format!(
                "no HTML pages in the archive ({} record{} read)",
                stats.records,
                if stats.records == 1 { "" } else { "s" }
            ),
        )),
        Ok(_) => {}
        Err(reason) => out.problems.push(InputProblem::new(origin, reason)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_payloads_parse() {
        let p = http_payload(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>hi\r\n4\r\n</p>\r\n0\r\n\r\n").unwrap();
        assert_eq!(p.status, 200);
        assert_eq!(p.content_type.as_deref(), Some("text/html; charset=utf-8"));
        assert_eq!(p.body, b"<p>hi</p>");
        assert_eq!(
            http_payload(b"HTTP/1.0 404 Not Found\n\nnope")
                .unwrap()
                .status,
            404
        );
        assert!(http_payload(b"garbage").is_err());
        assert!(http_payload(b"FTP 200\r\n\r\n").is_err());
    }
}
