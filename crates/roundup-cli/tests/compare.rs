//! End-to-end tests of `roundup compare` and of the `comparison` section of `summarize --format
//! json`, on the seed cluster (`../shared/data/seeds`, or `ROUNDUP_SHARED`).

use assert_cmd::Command;
use predicates::prelude::*;
use roundup::eval::dataset::shared_path;
use serde_json::Value;

fn seeds() -> String {
    shared_path("data/seeds")
        .unwrap_or_else(|e| panic!("{e}"))
        .to_string_lossy()
        .into_owned()
}

fn roundup() -> Command {
    Command::cargo_bin("roundup").expect("the roundup binary is built")
}

#[test]
fn compare_prints_every_section_in_text_and_markdown() {
    let text = roundup().args(["compare", &seeds()]).assert().success();
    let out = String::from_utf8(text.get_output().stdout.clone()).unwrap();
    for section in ["Quotes", "Consensus", "Only in one outlet", "Sources"] {
        assert!(out.contains(section), "missing {section}:\n{out}");
    }
    assert!(out.contains("Lavrov"));
    // disputes only when asked for, and then marked unverified
    assert!(!out.contains("Disputed"), "{out}");
    roundup()
        .args(["compare", &seeds(), "--format", "markdown", "--disputes"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("### Disputed (unverified")
                .and(predicate::str::contains("](#source-")),
        );
}

#[test]
fn compare_json_numbers_articles_from_one_and_names_its_schema() {
    let out = roundup()
        .args(["compare", &seeds(), "-f", "json"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["schema"], "roundup.comparison/1");
    let articles = v["articles"].as_array().unwrap().len();
    assert_eq!(articles, 5);
    let quotes = v["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    for q in quotes {
        for a in q["articles"].as_array().unwrap() {
            let n = a.as_u64().unwrap() as usize;
            assert!((1..=articles).contains(&n));
        }
    }
    assert_eq!(v["unique"].as_array().unwrap().len(), articles);
    assert!(v["disputed"].as_array().unwrap().is_empty());
    assert_eq!(v["disputes_checked"], false);
}

#[test]
fn summarize_json_carries_the_comparison_and_keeps_its_fields() {
    let out = roundup()
        .args(["summarize", &seeds(), "--format", "json"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    for field in [
        "schema", "summary", "articles", "cleaning", "words", "options",
    ] {
        assert!(v.get(field).is_some(), "summary field {field} kept");
    }
    let c = &v["comparison"];
    for section in ["quotes", "speakers", "consensus", "unique", "disputed"] {
        assert!(c[section].is_array(), "comparison.{section}");
    }
    // text output stays as it was: no comparison there
    roundup()
        .args(["summarize", &seeds()])
        .assert()
        .success()
        .stdout(predicate::str::contains("Disputed").not());
}

#[test]
fn bad_input_and_usage_errors_exit_with_their_codes() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    roundup()
        .args(["compare", &empty.to_string_lossy()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty.txt"));
    roundup().args(["compare"]).assert().code(2);
    roundup()
        .args(["compare", &seeds(), "--format", "yaml"])
        .assert()
        .code(2);
}

#[test]
fn compare_names_an_untitled_article_by_its_lead_as_the_summary_does() {
    // two seed pages carry no title: the summary's source list names them by their opening words
    // and gives the file; the comparison must name them the same way, not by the file alone
    let out = roundup().args(["compare", &seeds()]).assert().success();
    let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let sources = out.split("\nSources\n").nth(1).expect("a Sources section");
    let line = sources
        .lines()
        .find(|l| l.starts_with("[2] "))
        .expect("source 2");
    assert!(line.contains("Lavrov"), "{line}");
    assert!(line.contains("(001_a67b0ba7d04de232.txt)"), "{line}");
    let only_here = out.split("Only in one outlet").nth(1).unwrap();
    assert!(
        only_here.contains("  [2] Russian Foreign Minister Sergey Lavrov"),
        "{only_here}"
    );
}
