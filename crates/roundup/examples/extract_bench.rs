//! Main-content extraction on the article-extraction benchmark (181 pages with gold `articleBody`),
//! scored with the benchmark's own token-shingle metric; and the plain-text boilerplate filter scored on
//! the lines of those pages.
//!
//! ```sh
//! cargo run --release -p roundup --features html --example extract_bench -- [BENCH.jsonl.gz]
//! ```
//!
//! Single-threaded, so pages/s is the speed of one core.

use std::io::{BufRead, BufReader};
use std::time::Instant;

use roundup::clean::{classify_lines, clean_text, normalize_text};
use roundup::ingest::html::score::{page_counts, score, tokens, PageCounts};
use roundup::ingest::html::{extract_page, html_to_lines};

struct Bench {
    html: String,
    url: String,
    gold: String,
}

fn load(path: &str) -> Vec<Bench> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("cannot open {path}: {e}"));
    BufReader::new(flate2::read::MultiGzDecoder::new(file))
        .lines()
        .map(|l| {
            let v: serde_json::Value =
                serde_json::from_str(&l.expect("readable line")).expect("JSON line");
            Bench {
                html: v["html"].as_str().unwrap_or_default().to_string(),
                url: v["url"].as_str().unwrap_or_default().to_string(),
                gold: v["articleBody"].as_str().unwrap_or_default().to_string(),
            }
        })
        .collect()
}

fn run(name: &str, pages: &[Bench], f: impl Fn(&Bench) -> String) {
    let start = Instant::now();
    let out: Vec<String> = pages.iter().map(&f).collect();
    let secs = start.elapsed().as_secs_f64();
    let counts: Vec<PageCounts> = pages
        .iter()
        .zip(&out)
        .map(|(p, o)| page_counts(&p.gold, o))
        .collect();
    let s = score(&counts);
    println!(
        "| {name} | {:.4} | {:.4} | **{:.4}** | {:.2} | {:.0} |",
        s.precision,
        s.recall,
        s.f1,
        secs * 1000.0 / pages.len() as f64,
        pages.len() as f64 / secs
    );
}

/// " tok tok tok " of a text, for contiguous token-sequence containment.
fn joined(text: &str) -> String {
    let mut s = String::from(" ");
    for t in tokens(text) {
        s.push_str(t);
        s.push(' ');
    }
    s
}

/// Precision and recall of the lines the filter keeps: a line is news when its tokens occur, in order
/// and contiguously, in the gold body.
fn line_report(name: &str, pages: &[Bench], lines_of: impl Fn(&Bench) -> Vec<String>) {
    let (mut kept, mut kept_news, mut news, mut total) = (0usize, 0usize, 0usize, 0usize);
    for p in pages {
        let gold = joined(&p.gold);
        let text = normalize_text(&lines_of(p).join("\n"));
        let lines: Vec<&str> = text.lines().filter(|l| !tokens(l).is_empty()).collect();
        let junk = classify_lines(&lines);
        for (line, j) in lines.iter().zip(junk) {
            let is_news = gold.contains(&joined(line));
            total += 1;
            news += usize::from(is_news);
            if !j {
                kept += 1;
                kept_news += usize::from(is_news);
            }
        }
    }
    println!(
        "| {name} | {total} | {news} | {kept} | {:.4} | {:.4} | {:.4} |",
        kept_news as f64 / kept.max(1) as f64,
        kept_news as f64 / news.max(1) as f64,
        news as f64 / total.max(1) as f64,
    );
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/html/article-extraction-benchmark.jsonl.gz"
        )
        .to_string()
    });
    let pages = load(&path);
    if let Ok(dump) = std::env::var("EXTRACT_BENCH_DUMP") {
        // per-page outputs, to inspect differences by hand
        let rows: Vec<serde_json::Value> = pages
            .iter()
            .map(|p| {
                let o = trafilatura::Options::default()
                    .with_focus(trafilatura::ExtractionFocus::FavorRecall);
                let t = trafilatura::extract(&p.html, &o).ok();
                let ours = extract_page(p.html.as_bytes(), None, Some(&p.url)).ok();
                serde_json::json!({
                    "url": p.url, "gold": p.gold,
                    "trafilatura": t.as_ref().map(|r| r.content_text.clone()),
                    "html": t.as_ref().map(|r| r.content_html.clone()),
                    "raw": ours.as_ref().map(|x| x.text.clone()),
                    "text": ours.as_ref().map(|x| clean_text(&x.text).0),
                })
            })
            .collect();
        std::fs::write(&dump, serde_json::to_string(&rows).expect("json")).expect("write dump");
    }
    println!("{} pages from {path}\n", pages.len());
    println!("| extractor | precision | recall | F1 | ms/page | pages/s |");
    println!("|---|---|---|---|---|---|");
    run("trafilatura 0.6, defaults (content_text)", &pages, |p| {
        trafilatura::extract(&p.html, &trafilatura::Options::default())
            .map(|r| r.content_text)
            .unwrap_or_default()
    });
    run(
        "trafilatura 0.6, favor recall (content_text)",
        &pages,
        |p| {
            let o = trafilatura::Options::default()
                .with_focus(trafilatura::ExtractionFocus::FavorRecall);
            trafilatura::extract(&p.html, &o)
                .map(|r| r.content_text)
                .unwrap_or_default()
        },
    );
    run(
        "**roundup extract** (trafilatura recall + lines + headline dropped)",
        &pages,
        |p| {
            extract_page(p.html.as_bytes(), None, Some(&p.url))
                .map(|page| page.text)
                .unwrap_or_default()
        },
    );
    run("roundup extract + clean_text as a last pass", &pages, |p| {
        extract_page(p.html.as_bytes(), None, Some(&p.url))
            .map(|page| clean_text(&page.text).0)
            .unwrap_or_default()
    });

    println!(
        "\nBoilerplate filter (roundup::clean::classify_lines) on the lines of these pages:\n"
    );
    println!("| lines | lines | news lines | kept | precision of kept | recall of news | news share before |");
    println!("|---|---|---|---|---|---|---|");
    line_report("extractor output (before the pass)", &pages, |p| {
        extract_page(p.html.as_bytes(), None, Some(&p.url))
            .map(|page| page.text.lines().map(str::to_string).collect())
            .unwrap_or_default()
    });
    line_report("whole page text (every block of the page)", &pages, |p| {
        html_to_lines(&p.html)
    });
}
