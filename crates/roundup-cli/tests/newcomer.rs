//! The CLI as a newcomer meets it: web pages on standard input, plain-text headlines as titles,
//! clear words when nothing fits or an input is mistyped, short source lists, several stories
//! flagged, `train --out`, counts and JSON written for people.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use roundup::eval::dataset::shared_path;
use serde_json::Value;

fn shared(relative: &str) -> PathBuf {
    shared_path(relative).unwrap_or_else(|e| panic!("{e}"))
}

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/harbor-bridge")
}

fn roundup() -> Command {
    Command::cargo_bin("roundup").expect("the roundup binary is built")
}

fn run(args: &[&str]) -> (bool, String, String) {
    let out = roundup().args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><title>Bridge closed after inspectors find corrosion | Port Calloway Ledger</title>
<meta property="og:site_name" content="Port Calloway Ledger">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge closed after inspectors find corrosion</h1>
<p>The Harbor Street drawbridge in Port Calloway was closed to all traffic on Tuesday after state inspectors found severe corrosion in two of its four main support girders, city officials said.</p>
<p>The City Council voted on Wednesday night to spend $3.8 million on temporary steel shoring that could let cars, but not trucks, cross again within ten weeks.</p>
<p>About 14,000 vehicles cross the 92-year-old bridge on a typical weekday, according to city traffic counts, and shop owners on the east side fear a long closure.</p>
</article><footer>Copyright 2024. All rights reserved.</footer></body></html>"#;

#[test]
fn a_web_page_on_standard_input_is_read_as_a_page() {
    let out = roundup()
        .args(["summarize", "-"])
        .write_stdin(PAGE)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Harbor Street drawbridge"), "{text}");
    for junk in ["dataLayer", "gtag", "<p>", "Copyright"] {
        assert!(!text.contains(junk), "{junk} in {text}");
    }
    // Its title and outlet come from the page.
    assert!(
        text.contains("Bridge closed after inspectors find corrosion"),
        "{text}"
    );
}

#[test]
fn plain_text_headline_lines_are_titles_with_outlet_and_date_in_the_sources() {
    let (ok, text, err) = run(&["summarize", example().to_str().unwrap()]);
    assert!(ok, "{err}");
    let sources = text.split("\nSources:\n").nth(1).unwrap_or_default();
    assert!(
        sources.contains(
            "Harbor Street bridge closed indefinitely after inspectors find corroded beams (Port Calloway Ledger"
        ),
        "{sources}"
    );
    assert!(
        !sources.contains("01-calloway-ledger.txt"),
        "file names instead of titles: {sources}"
    );
    assert!(!err.contains("unrelated stories"), "{err}");
}

#[test]
fn a_budget_no_sentence_fits_says_so() {
    let (ok, _, err) = run(&["summarize", example().to_str().unwrap(), "--words", "5"]);
    assert!(!ok);
    assert!(
        err.contains("no sentence fits the budget of 5 words"),
        "{err}"
    );
    assert!(!err.contains("no sentences left after cleaning"), "{err}");
}

#[test]
fn many_unrelated_articles_list_the_cited_sources_and_suggest_roundup_stories() {
    let duc = shared("data/stories/duc2004-events.jsonl");
    let (ok, text, err) = run(&["summarize", duc.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(err.contains("unrelated stories"), "{err}");
    assert!(err.contains("roundup stories"), "{err}");
    let sources: Vec<&str> = text
        .split("\nSources:\n")
        .nth(1)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .collect();
    // The cited articles, then one line for the rest (489 articles, most of them not cited).
    assert!(sources.len() < 40, "{} source lines", sources.len());
    let last = sources.last().unwrap();
    assert!(
        last.starts_with("and ") && last.ends_with("more articles, not cited"),
        "{last}"
    );
}

#[test]
fn a_mistyped_path_among_several_stops_unless_keep_going() {
    let ex = example();
    let ex = ex.to_str().unwrap();
    let (ok, text, err) = run(&["summarize", ex, "examples/harbour-bridge-typo"]);
    assert!(!ok);
    assert!(text.is_empty(), "{text}");
    assert!(err.contains("examples/harbour-bridge-typo"), "{err}");
    assert!(err.contains("--keep-going"), "{err}");
    let (ok, text, err) = run(&[
        "summarize",
        ex,
        "examples/harbour-bridge-typo",
        "--keep-going",
    ]);
    assert!(ok, "{err}");
    assert!(err.contains("examples/harbour-bridge-typo"), "{err}");
    assert!(text.contains("Sources:"), "{text}");
    for command in ["compare", "stories"] {
        let (ok, _, err) = run(&[command, ex, "nope.txt"]);
        assert!(!ok && err.contains("nope.txt"), "{command}: {err}");
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("news.db");
    let (ok, _, err) = run(&["import", ex, "nope.txt", "--db", db.to_str().unwrap()]);
    assert!(!ok && err.contains("nope.txt"), "{err}");
    assert!(!db.exists(), "nothing is stored");
}

#[test]
fn train_writes_into_its_out_folder_and_every_option_has_help() {
    let (ok, help, _) = run(&["train", "--help"]);
    assert!(ok);
    assert!(help.contains("--out <DIR>"), "{help}");
    assert!(help.contains("[default: roundup-model]"), "{help}");
    // Every option line is followed by words saying what it does.
    let lines: Vec<&str> = help.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim_start();
        if t.starts_with("--")
            || (t.starts_with('-') && t.chars().nth(1).is_some_and(char::is_alphabetic))
        {
            let described = t.split("  ").filter(|p| !p.trim().is_empty()).count() > 1
                || lines
                    .get(i + 1)
                    .is_some_and(|n| n.starts_with("          ") && !n.trim().is_empty());
            assert!(described, "no help for: {l}\n{help}");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("model");
    let data = shared("data/multinews/val.jsonl.gz");
    roundup()
        .current_dir(dir.path())
        .args([
            "train",
            data.to_str().unwrap(),
            "--limit",
            "200",
            "--priors-only",
            "--min-clusters",
            "5",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    assert!(out.join("word-priors-v1.tsv").exists());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        [std::ffi::OsString::from("model")],
        "written outside --out"
    );
}

#[test]
fn one_story_is_one_story_and_json_opens_with_its_schema() {
    let (ok, _, err) = run(&[
        "stories",
        "--no-summary",
        example().to_str().unwrap(),
        "-o",
        "/dev/null",
    ]);
    assert!(ok, "{err}");
    assert!(
        err.contains(" 1 story ") || err.contains(" 1 story,"),
        "{err}"
    );
    assert!(!err.contains("1 stories"), "{err}");

    let (ok, text, err) = run(&["summarize", example().to_str().unwrap(), "--format", "json"]);
    assert!(ok, "{err}");
    assert!(
        text.starts_with("{\n  \"schema\": \"roundup.summary/1\""),
        "{}",
        &text[..80.min(text.len())]
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    let mut similarities = Vec::new();
    for s in v["summary"].as_array().unwrap() {
        for x in s["support"].as_array().unwrap() {
            similarities.push(x["similarity"].clone());
        }
    }
    for a in v["articles"].as_array().unwrap() {
        for d in a["duplicates"].as_array().unwrap() {
            similarities.push(d["similarity"].clone());
        }
    }
    assert!(!similarities.is_empty());
    for s in similarities {
        let t = s.to_string();
        let decimals = t.split('.').nth(1).map_or(0, str::len);
        assert!(decimals <= 3, "{t}");
    }
}

#[test]
fn the_readme_shows_the_real_output_of_its_first_command() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let first = "cargo run --release -p roundup-cli -- summarize examples/harbor-bridge/";
    assert!(readme.contains(first), "the README's first command changed");
    let shown = readme
        .split("`roundup summarize examples/harbor-bridge/` prints:\n\n```\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("the README shows the example's output");
    let out = roundup()
        .current_dir(&root)
        .args(["summarize", "examples/harbor-bridge/"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim_end(),
        shown.trim_end()
    );
}
