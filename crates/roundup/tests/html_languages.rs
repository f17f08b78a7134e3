//! Extraction of non-English pages: German, French and Polish test pages (six each) and two Spanish
//! and two Czech ones, written for this repo (`tests/data/html-languages/`: invented news text inside
//! the web furniture of the page's language, in varied layouts: consent layers, menus, breadcrumbs,
//! read-also boxes and lines, share bars, newsletter boxes, bylines, captions, comments, paywall
//! offers, footers, JSON-LD, `<br>`-separated text, lists and tables in the body). The main text must
//! come out whole, without the furniture (except the leaks a spec lists as `known_leaks`), its
//! language must be recognised, and the clean stage must keep every paragraph of five words or more.
//! `bench/extract_languages.py` scores the same pages against Python trafilatura.
#![cfg(feature = "html")]

use roundup::clean::clean_cluster;
use roundup::ingest::html::extract_html;
use roundup::lang::Language;
use roundup::model::Cluster;
use roundup::text::Analyzer;

/// Every test page: (file stem, HTML, paragraphs, furniture, known leaks).
struct TestPage {
    name: String,
    html: String,
    paragraphs: Vec<String>,
    furniture: Vec<String>,
    /// Furniture roundup is known to keep on this page (listed in its spec, see BENCHMARKS.md).
    known_leaks: Vec<String>,
}

fn pages() -> Vec<TestPage> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/html-languages");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("test page folder")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".html").map(str::to_string)
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let html = std::fs::read_to_string(format!("{dir}/{name}.html")).expect("test page");
            let spec: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(format!("{dir}/{name}.json")).expect("spec"),
            )
            .expect("JSON");
            let list = |k: &str| -> Vec<String> {
                spec[k]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|v| v.as_str().expect("text").to_string())
                            .collect()
                    })
                    .unwrap_or_default()
            };
            TestPage {
                html,
                paragraphs: list("paragraphs"),
                furniture: list("furniture"),
                known_leaks: list("known_leaks"),
                name,
            }
        })
        .collect()
}

/// The page's language: its file name's prefix (`de-3` is German).
fn language_of(name: &str) -> (&str, Language) {
    let code = name.split(['-', '.']).next().unwrap_or(name);
    let lang = match code {
        "de" => Language::German,
        "fr" => Language::French,
        "pl" => Language::Polish,
        "es" => Language::Spanish,
        "cs" => Language::Czech,
        other => panic!("no language for test page prefix {other:?}"),
    };
    (code, lang)
}

#[test]
fn every_language_page_keeps_the_article_and_drops_the_furniture() {
    let pages = pages();
    // the page set the benchmark reports on: at least five pages in each of German, French, Polish
    for code in ["de", "fr", "pl"] {
        let n = pages
            .iter()
            .filter(|p| language_of(&p.name).0 == code)
            .count();
        assert!(n >= 5, "only {n} {code} pages");
    }
    for page in &pages {
        let name = page.name.as_str();
        let (code, language) = language_of(name);
        assert!(
            !page.paragraphs.is_empty() && !page.furniture.is_empty(),
            "{name}: empty spec"
        );
        for leak in &page.known_leaks {
            assert!(
                page.furniture.contains(leak),
                "{name}: known leak {leak:?} is not furniture"
            );
        }
        let p = extract_html(&page.html, Some("https://example.org/a")).expect("extracted");
        assert_eq!(p.language.as_deref(), Some(code), "{name}");
        for para in &page.paragraphs {
            assert!(
                p.text.contains(para.as_str()),
                "{name}: missing {para:?} in {:?}",
                p.text
            );
        }
        for junk in page
            .furniture
            .iter()
            .filter(|j| !page.known_leaks.contains(j))
        {
            assert!(
                !p.text.contains(junk.as_str()),
                "{name}: kept furniture {junk:?} in {:?}",
                p.text
            );
        }
        // the pipeline reads it in its language, every paragraph kept by the clean stage
        let article = p.into_article(name.into(), name.into());
        let clean = clean_cluster(Cluster {
            id: name.into(),
            articles: vec![article],
        });
        let analysed = Analyzer::new().analyse(clean);
        assert_eq!(analysed.language, language, "{name}");
        // (the clean stage normalises quote marks: compare the words)
        let words = |t: &str| {
            let mut w = Vec::new();
            roundup::words::for_each_word(t, |x| w.push(x.to_string()));
            format!(" {} ", w.join(" "))
        };
        // (table cells and other lines of a few words may go: the clean stage's boilerplate filter
        // drops short lines, and they are no sentences to summarize)
        let text = words(&analysed.articles[0].text);
        for para in page
            .paragraphs
            .iter()
            .filter(|p| p.split_whitespace().count() >= 5)
        {
            assert!(text.contains(&words(para)), "{name}: cleaned away {para:?}");
        }
    }
}
