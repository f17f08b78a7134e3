//! `roundup extract` end to end: a saved page, JSON output, a WARC archive, bad input and exit codes.

use assert_cmd::Command;
use predicates::prelude::*;

const PAGE: &str = r#"<!doctype html><html lang="en"><head><title>Harbor bridge closes | Ledger</title>
<meta property="og:site_name" content="Port Calloway Ledger"><meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2024-09-11T08:00:00Z">
<link rel="canonical" href="https://ledger.example/bridge"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbor bridge closes</h1>
<p>The Harbor Street drawbridge was closed on Tuesday after inspectors found corrosion in two of its main support girders, the city said.</p>
<p>Engineers expect repairs to take at least ten weeks, and ferries will run every twenty minutes in the meantime.</p>
</article><footer>All rights reserved.</footer></body></html>"#;

fn roundup() -> Command {
    Command::cargo_bin("roundup").expect("binary")
}

#[test]
fn text_output_shows_metadata_then_the_main_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bridge.html");
    std::fs::write(&path, PAGE).expect("write");
    roundup()
        .args(["extract", &path.to_string_lossy()])
        .assert()
        .success()
        .stdout(predicate::str::contains("Site: Port Calloway Ledger"))
        .stdout(predicate::str::contains("Date: 2024-09-11"))
        .stdout(predicate::str::contains(
            "URL: https://ledger.example/bridge",
        ))
        .stdout(predicate::str::contains("Language: en"))
        .stdout(predicate::str::contains(
            "corrosion in two of its main support girders",
        ))
        .stdout(predicate::str::contains("All rights reserved").not());
}

#[test]
fn json_output_is_one_object_a_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bridge.html");
    std::fs::write(&path, PAGE).expect("write");
    let out = roundup()
        .args(["extract", "--format", "json", &path.to_string_lossy()])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).trim()).expect("one JSON line");
    assert_eq!(v["schema"], "roundup.extract/1");
    assert_eq!(v["site_name"], "Port Calloway Ledger");
    assert_eq!(v["date"], "2024-09-11");
    assert!(v["text"].as_str().unwrap_or("").contains("ten weeks"));
}

#[test]
fn bad_inputs_warn_and_the_rest_goes_on_exit_1_when_nothing_is_left() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.html");
    std::fs::write(&good, PAGE).expect("write");
    let binary = dir.path().join("photo.html");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").expect("write");
    let missing = dir.path().join("missing.html");
    roundup()
        .args([
            "extract",
            &binary.to_string_lossy(),
            &good.to_string_lossy(),
            &missing.to_string_lossy(),
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("photo.html: binary data"))
        .stderr(predicate::str::contains("missing.html: cannot read"))
        .stdout(predicate::str::contains("ten weeks"));
    roundup()
        .args(["extract", &binary.to_string_lossy()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no page could be extracted"));
    roundup().args(["extract"]).assert().code(2);
}

#[test]
fn summarize_takes_html_pages_and_names_the_outlet_and_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.html"), PAGE).expect("write");
    std::fs::write(
        dir.path().join("b.html"),
        PAGE.replace("Port Calloway Ledger", "Northshore Post")
            .replace("2024-09-11", "2024-09-12")
            .replace(
                "Engineers expect repairs to take at least ten weeks, and ferries will run every twenty minutes in the meantime.",
                "Commuters crowded the ferry terminal on Wednesday morning, and the mayor promised extra buses to the old town by Friday.",
            ),
    )
    .expect("write");
    roundup()
        .args([
            "summarize",
            "--format",
            "json",
            &dir.path().to_string_lossy(),
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("\"source\":\"Port Calloway Ledger\"").or(
                predicate::str::contains("\"source\": \"Port Calloway Ledger\""),
            ),
        )
        .stdout(predicate::str::contains("2024-09-11"))
        .stdout(predicate::str::contains("Northshore Post"))
        .stdout(predicate::str::contains("2024-09-12"));
}
