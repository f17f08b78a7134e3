//! WARC archives the test writes itself: request, response, metadata and revisit records, one gzip
//! member per record (as CC-News), and a truncated record at the end.
#![cfg(feature = "warc")]

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;
use roundup::ingest::read_inputs;
use roundup::ingest::warc::{read_warc, WarcItem};

fn record(kind: &str, uri: &str, block: &[u8], extra: &str) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{:08}-0000-0000-0000-000000000000>\r\nWARC-Date: 2024-09-11T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n{extra}Content-Length: {}\r\n\r\n",
        block.len() * 7 + uri.len(),
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

fn page(title: &str, body: &str) -> String {
    format!("<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"Ledger\"></head><body><nav>Home | News | Sport</nav><article><h1>{title}</h1><p>{body}</p><p>Officials said the work would continue through the winter and that residents would be kept informed of any changes to the plan.</p></article></body></html>")
}

fn response(html: &str, content_type: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{html}",
        html.len()
    )
    .into_bytes()
}

/// The archive: 8 records, 2 of them HTML responses, the last one cut off mid-member.
fn archive() -> Vec<u8> {
    let first = page("Bridge closes", "The Harbor Street drawbridge was closed on Tuesday after inspectors found corrosion in its main girders.");
    let second = page("Ferries added", "The city added twelve ferry crossings a day while the Harbor Street bridge stays closed for repairs.");
    let third = page(
        "Never read",
        "This page sits in the truncated record and must not be half-read as an article.",
    );
    let records = [
        record(
            "warcinfo",
            "",
            b"software: roundup-test\r\n",
            "Content-Type: application/warc-fields\r\n",
        ),
        record(
            "request",
            "https://ledger.example/bridge",
            b"GET /bridge HTTP/1.1\r\nHost: ledger.example\r\n\r\n",
            "Content-Type: application/http; msgtype=request\r\n",
        ),
        record(
            "response",
            "https://ledger.example/bridge",
            &response(&first, "text/html; charset=utf-8"),
            "Content-Type: application/http; msgtype=response\r\n",
        ),
        record(
            "metadata",
            "https://ledger.example/bridge",
            b"fetchTimeMs: 120\r\n",
            "Content-Type: application/warc-fields\r\n",
        ),
        record(
            "response",
            "https://ledger.example/logo.png",
            &response("\u{89}PNG....", "image/png"),
            "Content-Type: application/http; msgtype=response\r\n",
        ),
        record(
            "revisit",
            "https://ledger.example/bridge",
            b"HTTP/1.1 200 OK\r\n\r\n",
            "WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n",
        ),
        record(
            "response",
            "https://ledger.example/ferries",
            &response(&second, "text/html"),
            "Content-Type: application/http; msgtype=response\r\n",
        ),
        record(
            "response",
            "https://ledger.example/never",
            &response(&third, "text/html"),
            "Content-Type: application/http; msgtype=response\r\n",
        ),
    ];
    let mut out = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let member = gz(r);
        if i == records.len() - 1 {
            out.extend_from_slice(&member[..member.len() / 2]);
        } else {
            out.extend_from_slice(&member);
        }
    }
    out
}

#[test]
fn archive_yields_exactly_the_html_responses_and_warns_about_the_broken_record() {
    let bytes = archive();
    let mut pages = Vec::new();
    let mut problems = Vec::new();
    let mut last_progress = (0, 0);
    let stats = read_warc(
        &bytes[..],
        |item| match item {
            WarcItem::Page(p) => pages.push(p),
            WarcItem::Problem {
                record,
                reason,
                fatal,
                ..
            } => problems.push((record, reason, fatal)),
        },
        |records, bytes| last_progress = (records, bytes),
    )
    .expect("a WARC archive");
    let uris: Vec<_> = pages
        .iter()
        .map(|p| p.target_uri.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        uris,
        [
            "https://ledger.example/bridge",
            "https://ledger.example/ferries"
        ]
    );
    assert_eq!(pages[0].record, 3);
    assert!(pages[0].page.text.contains("corrosion in its main girders"));
    assert!(!pages[0].page.text.contains("Sport"));
    assert_eq!(pages[1].page.title.as_deref(), Some("Ferries added"));
    // one problem: the truncated record, fatal, naming its position
    assert_eq!(problems.len(), 1, "{problems:?}");
    let (record, reason, fatal) = &problems[0];
    assert_eq!((*record, *fatal), (8, true));
    assert!(
        reason.contains("record 8 is broken") && reason.contains("7 records before it"),
        "{reason}"
    );
    assert_eq!(stats.pages, 2);
    for kind in [
        "warcinfo",
        "request",
        "metadata",
        "revisit",
        "non-HTML response",
    ] {
        assert_eq!(
            stats.skipped.get(kind),
            Some(&1),
            "{kind}: {:?}",
            stats.skipped
        );
    }
    assert_eq!(last_progress, (8, bytes.len() as u64));
}

#[test]
fn warc_files_flow_through_ingest_with_origins_and_metadata() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("crawl.warc.gz");
    std::fs::write(&path, archive()).expect("write");
    let plain = dir.path().join("plain.warc");
    let mut uncompressed = Vec::new();
    flate2::read::MultiGzDecoder::new(&archive()[..])
        .read_to_end(&mut uncompressed)
        .ok(); // stops at the truncated member: the first seven records
    std::fs::write(&plain, &uncompressed).expect("write");
    let got = read_inputs(&[path.to_string_lossy(), plain.to_string_lossy()]);
    assert_eq!(got.articles.len(), 4, "{:?}", got.problems);
    let a = &got.articles[0];
    assert_eq!(a.id, "crawl:3");
    assert!(
        a.origin
            .ends_with("crawl.warc.gz:record 3 (https://ledger.example/bridge)"),
        "{}",
        a.origin
    );
    assert_eq!(a.source.as_deref(), Some("Ledger"));
    assert_eq!(a.url.as_deref(), Some("https://ledger.example/bridge"));
    // one warning per archive: the record cut off at its end
    assert_eq!(got.problems.len(), 2, "{:?}", got.problems);
    assert!(
        got.problems
            .iter()
            .all(|p| p.reason.contains("record 8 is broken")),
        "{:?}",
        got.problems
    );
}

#[test]
fn not_an_archive_is_refused_with_a_reason() {
    let err = read_warc(&b"<html>not a warc</html>"[..], |_| {}, |_, _| {}).unwrap_err();
    assert!(err.contains("not a WARC archive"), "{err}");
    let err = read_warc(&gz(b"hello")[..], |_| {}, |_, _| {}).unwrap_err();
    assert!(err.contains("not a WARC archive"), "{err}");
    assert!(read_warc(&b""[..], |_| {}, |_, _| {})
        .unwrap_err()
        .contains("empty"));
}

use std::io::Read;

#[test]
fn reading_an_archive_reports_progress_by_record_and_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("crawl.warc.gz");
    let bytes = archive();
    std::fs::write(&path, &bytes).expect("write");
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = seen.clone();
    let got = roundup::ingest::read_inputs_observed(&[path.to_string_lossy()], move |p| {
        sink.borrow_mut().push(p.clone())
    });
    assert_eq!(got.articles.len(), 2, "{:?}", got.problems);
    let seen = seen.borrow();
    assert!(seen.len() >= 7, "one report a record read: {seen:?}");
    assert!(seen
        .windows(2)
        .all(|w| w[0].records < w[1].records && w[0].bytes <= w[1].bytes));
    assert!(seen.iter().all(|p| p.origin.ends_with("crawl.warc.gz")));
    assert!(seen.last().unwrap().bytes <= bytes.len() as u64);
    // without an observer nothing is reported, and reading is the same
    assert_eq!(
        read_inputs(&[path.to_string_lossy()]).articles,
        got.articles
    );
}
