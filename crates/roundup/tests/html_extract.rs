//! HTML extraction on real pages (the article-extraction benchmark, scored with its own metric) and on
//! hostile input. Needs the shared data folder: `$ROUNDUP_SHARED` or `../shared` beside the workspace.
#![cfg(feature = "html")]

use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use proptest::prelude::*;
use roundup::eval::dataset::shared_path;
use roundup::ingest::html::score::{page_counts, score};
use roundup::ingest::html::{extract_html, extract_page, MAX_HTML_BYTES};
use roundup::ingest::read_inputs;

/// A file or folder of the shared evaluation data (`ROUNDUP_SHARED` or `../shared`).
fn shared(relative: &str) -> PathBuf {
    shared_path(relative).unwrap_or_else(|e| panic!("{e}"))
}

/// (url, html, gold articleBody) of every benchmark page.
fn benchmark() -> Vec<(String, String, String)> {
    let path = shared("data/html/article-extraction-benchmark.jsonl.gz");
    let file = std::fs::File::open(&path)
        .unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()));
    BufReader::new(flate2::read::MultiGzDecoder::new(file))
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l.expect("line")).expect("JSON");
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            (s("url"), s("html"), s("articleBody"))
        })
        .collect()
}

#[test]
fn benchmark_f1_reaches_the_bar() {
    let pages = benchmark();
    assert_eq!(pages.len(), 181, "the benchmark has 181 pages");
    let counts: Vec<_> = pages
        .iter()
        .map(|(url, html, gold)| {
            let text = extract_page(html.as_bytes(), None, Some(url))
                .map(|p| p.text)
                .unwrap_or_default();
            page_counts(gold, &text)
        })
        .collect();
    let s = score(&counts);
    eprintln!(
        "precision {:.4} recall {:.4} F1 {:.4}",
        s.precision, s.recall, s.f1
    );
    assert!(s.f1 >= 0.960, "benchmark F1 {:.4} is under 0.960", s.f1);
    assert!(s.precision >= 0.94 && s.recall >= 0.96, "{s:?}");
}

#[test]
fn scorer_cross_checked_by_hand_on_a_real_page() {
    let pages = benchmark();
    let (_, _, gold) = &pages[0];
    // the gold body against itself is perfect
    let c = page_counts(gold, gold);
    assert_eq!((c.precision(), c.recall()), (Some(1.0), Some(1.0)));
    // its first paragraph alone: precision 1, recall = that paragraph's share of the shingles
    let first = gold.split("\n\n").next().expect("a paragraph");
    let c = page_counts(gold, first);
    assert_eq!(c.precision(), Some(1.0));
    let toks = |t: &str| roundup::ingest::html::score::tokens(t).len();
    let expected = (toks(first) - 3) as f64 / (toks(gold) - 3) as f64;
    assert!(
        (c.recall().unwrap() - expected).abs() < 1e-9,
        "{c:?} vs {expected}"
    );
    // a boilerplate line added to the gold costs precision only
    let noisy = format!("Sign up for our newsletter today and never miss a story\n{gold}");
    let c = page_counts(gold, &noisy);
    assert_eq!(c.recall(), Some(1.0));
    assert!(c.precision().unwrap() < 1.0);
}

#[test]
fn metadata_is_extracted_from_a_real_page() {
    let pages = benchmark();
    let (url, html, _) = &pages[0];
    let page = extract_page(html.as_bytes(), None, Some(url)).expect("extracts");
    assert!(
        page.title
            .as_deref()
            .unwrap_or("")
            .contains("Google Stadia"),
        "{:?}",
        page.title
    );
    assert_eq!(page.date.as_deref(), Some("2019-11-19"));
    assert!(
        page.site_name.is_some() && page.url.is_some() && page.language.is_some(),
        "{page:?}"
    );
    // the headline is metadata, not the first line of the body
    assert!(!page
        .text
        .lines()
        .next()
        .unwrap_or("")
        .contains("Google Stadia"));
}

const ARTICLE: &str = r#"<!doctype html><html lang="en"><head><title>Harbor bridge closes | Ledger</title>
<meta property="og:site_name" content="Port Calloway Ledger">
<meta property="article:published_time" content="2024-09-11T08:00:00Z">
<link rel="canonical" href="https://ledger.example/bridge"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbor bridge closes</h1>
<p>The Harbor Street drawbridge was closed on Tuesday after inspectors found corrosion in two of its main support girders, the city said.</p>
<p>Engineers expect repairs to take at least ten weeks, and ferries will run every twenty minutes in the meantime, officials told reporters.</p>
<p>The bridge carries about 14,000 vehicles a day between the harbor district and the old town, according to the transport office.</p>
</article><footer>© 2024 Ledger. All rights reserved.</footer></body></html>"#;

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> String {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).expect("write");
    p.to_string_lossy().into_owned()
}

#[test]
fn html_files_and_folders_become_articles_with_metadata() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir, "bridge.html", ARTICLE.as_bytes());
    write(
        &dir,
        "copy.HTM",
        ARTICLE.replace("Tuesday", "Monday").as_bytes(),
    );
    let got = read_inputs(&[dir.path().to_string_lossy()]);
    assert!(got.problems.is_empty(), "{:?}", got.problems);
    assert_eq!(got.articles.len(), 2);
    let a = &got.articles[0];
    assert_eq!(a.id, "bridge");
    assert_eq!(a.source.as_deref(), Some("Port Calloway Ledger"));
    assert_eq!(a.date.as_deref(), Some("2024-09-11"));
    assert_eq!(a.url.as_deref(), Some("https://ledger.example/bridge"));
    assert!(a
        .text
        .contains("corrosion in two of its main support girders"));
    assert!(!a.text.contains("All rights reserved"), "{}", a.text);
    assert!(!a.text.contains("Sport"), "{}", a.text);
}

#[test]
fn bad_html_inputs_get_clear_reasons_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = write(&dir, "good.html", ARTICLE.as_bytes());
    let text = write(
        &dir,
        "notes.html",
        b"Just some plain notes, no markup here at all.\n",
    );
    let binary = write(
        &dir,
        "photo.html",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    );
    let mut big = ARTICLE.as_bytes().to_vec();
    big.resize(50 << 20, b' ');
    let huge = write(&dir, "huge.html", &big);
    let deep = write(
        &dir,
        "deep.html",
        format!("<html><body>{}</body></html>", "<div>".repeat(200_000)).as_bytes(),
    );
    let empty = write(&dir, "empty.html", b"");
    let got = read_inputs(&[&text, &good, &binary, &huge, &deep, &empty]);
    assert_eq!(got.articles.len(), 1, "{:?}", got.problems);
    let reason = |path: &str| {
        got.problems
            .iter()
            .find(|p| p.origin == path)
            .map(|p| p.reason.clone())
            .unwrap_or_else(|| panic!("no problem for {path}: {:?}", got.problems))
    };
    assert!(reason(&text).contains("not HTML"), "{}", reason(&text));
    assert!(reason(&binary).contains("binary"), "{}", reason(&binary));
    assert!(reason(&huge).contains("50.0 MiB"), "{}", reason(&huge));
    assert!(reason(&deep).contains("nested"), "{}", reason(&deep));
    assert!(reason(&empty).contains("empty"), "{}", reason(&empty));
}

#[test]
fn malformed_markup_still_yields_the_text() {
    let broken = "<html><body><div><p>The council approved the harbor budget on Monday after a long debate about ferry services and repairs to the old drawbridge.<p>Members voted nine to two in favour of the plan, which adds twelve new ferry crossings each day.</span></b></div></div></table><p>Unclosed <i>italic and <b>bold";
    let page = extract_html(broken, None).expect("extracts");
    assert!(page.text.contains("nine to two"), "{}", page.text);
    // just under the size limit is still read; at it, refused
    let mut at_limit = "<p>x</p>".to_string();
    at_limit.push_str(&" ".repeat(MAX_HTML_BYTES + 1 - at_limit.len()));
    assert!(extract_html(&at_limit, None).unwrap_err().contains("MiB"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any bytes through the HTML path: a page or a reason, never a panic.
    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = extract_page(&bytes, Some("text/html; charset=utf-8"), None);
    }

    /// Tag soup built from real tag names, nested and unbalanced.
    #[test]
    fn tag_soup_never_panics(parts in proptest::collection::vec(
        prop_oneof![
            Just("<div>".to_string()), Just("</div>".to_string()), Just("<p>".to_string()),
            Just("</p>".to_string()), Just("<table><tr><td>".to_string()), Just("<script>".to_string()),
            Just("<!--".to_string()), Just("-->".to_string()), Just("<br/>".to_string()),
            Just("<a href='x'>".to_string()), Just("&amp;&#x0;&#99999999;".to_string()),
            "[a-zA-Z .,]{0,40}",
        ], 0..200)) {
        let html = parts.concat();
        let _ = extract_html(&html, Some("https://example.org/a"));
    }
}

#[test]
fn nesting_just_under_the_limit_is_extracted_on_a_small_stack() {
    // test threads have 2 MiB stacks, the size of a rayon worker's: deep but allowed markup must fit
    let depth = roundup::ingest::html::MAX_DEPTH - 10;
    let html = format!(
        "<html><body>{}<p>The ferry service resumed on Friday after the storm passed, the harbor authority said in a statement.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    // a stack overflow would abort the whole test binary; a page or a clear reason is fine
    match extract_html(&html, None) {
        Ok(page) => assert!(page.text.contains("ferry service resumed"), "{}", page.text),
        Err(reason) => assert!(reason.contains("no article text"), "{reason}"),
    }
}
