//! End-to-end tests of the `roundup` binary: real text in, cited summaries and ROUGE out.
//! The seed articles and evaluation data are read from `../shared` (or `ROUNDUP_SHARED`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use roundup::eval::dataset::shared_path;
use serde_json::Value;

/// A file or folder of the shared evaluation data (`ROUNDUP_SHARED` or `../shared`).
fn shared(relative: &str) -> PathBuf {
    shared_path(relative).unwrap_or_else(|e| panic!("{e}"))
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn roundup() -> Command {
    Command::cargo_bin("roundup").expect("the roundup binary is built")
}

fn json_summary(args: &[&str]) -> Value {
    let out = roundup()
        .arg("summarize")
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("roundup runs");
    assert!(
        out.status.success(),
        "roundup failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Share of the smaller sentence's distinct words found in the other.
fn unigram_overlap(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    let shared = a.intersection(&b).count();
    shared as f64 / a.len().min(b.len()).max(1) as f64
}

const SEED_BOILERPLATE: &[&str] = &[
    "OpenCart",
    "Home /",
    "Photo Credit",
    "Comments are closed",
    "Loading Facebook",
    "Subscribe",
    "Adar",
    "contact-form",
    "avatar by",
    "Share this Story",
    "Share On",
    "Let your voice",
    "Join the Algemeiner",
    "Algemeiner.com",
    "reCAPTCHA",
    "About web sub editor",
    "Check Also",
    "Priyanka",
    "contributed to this report",
    "Article source",
    "Leave a Reply",
    "email address",
    "HTML tags",
    "Photo: File",
];

#[test]
fn seeds_summary_states_the_news_cites_outlets_and_has_no_junk_or_repetition() {
    let seeds = shared("data/seeds");
    let summary = json_summary(&[seeds.to_str().unwrap()]);
    let sentences = summary["summary"].as_array().expect("summary sentences");
    assert!(sentences.len() >= 2, "{summary:#}");
    let texts: Vec<&str> = sentences
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    let all = texts.join("\n");

    for junk in SEED_BOILERPLATE {
        assert!(
            !all.contains(junk),
            "boilerplate {junk:?} in summary:\n{all}"
        );
    }
    // default budget: 120 words, whole sentences
    assert!(summary["words"].as_u64().unwrap() <= 120, "{all}");

    let cited: BTreeSet<u64> = sentences
        .iter()
        .flat_map(|s| {
            s["citations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_u64().unwrap())
        })
        .collect();
    assert!(cited.len() >= 2, "only {cited:?} cited:\n{all}");
    // every citation of another outlet shows the sentence(s) of it that carry the claim
    for s in sentences {
        for support in s["support"].as_array().unwrap() {
            let evidence = support["evidence"].as_array().unwrap();
            assert!(
                !evidence.is_empty(),
                "a citation without evidence: {support}"
            );
            for e in evidence {
                assert!(
                    e["text"]
                        .as_str()
                        .is_some_and(|t| t.split_whitespace().count() >= 3),
                    "evidence without its sentence: {support}"
                );
            }
        }
    }

    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            let o = unigram_overlap(a, b);
            assert!(o < 0.5, "sentences repeat each other ({o:.2}):\n{a}\n{b}");
        }
    }

    let first = texts[0].to_lowercase();
    assert!(
        first.contains("legitimate")
            && (first.contains("lavrov") || first.contains("foreign minister")),
        "the first sentence should state the news, got: {}",
        texts[0]
    );
    assert!(first.contains("iran"), "{}", texts[0]);
}

#[test]
fn every_sentence_cites_its_origin_and_supporters_exist() {
    let seeds = shared("data/seeds");
    let summary = json_summary(&[seeds.to_str().unwrap(), "--words", "200"]);
    let n_articles = summary["articles"].as_array().unwrap().len() as u64;
    assert_eq!(n_articles, 5);
    for s in summary["summary"].as_array().unwrap() {
        let origin = s["article"].as_u64().unwrap();
        let citations: Vec<u64> = s["citations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_u64().unwrap())
            .collect();
        assert!(citations.contains(&origin), "{s}");
        assert!(
            citations.iter().all(|&c| (1..=n_articles).contains(&c)),
            "{s}"
        );
        for support in s["support"].as_array().unwrap() {
            assert_ne!(support["article"], s["article"]);
            let sim = support["similarity"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&sim));
        }
    }
}

#[test]
fn text_output_has_markers_and_a_numbered_source_list() {
    let example = workspace().join("examples/harbor-bridge");
    roundup()
        .args(["summarize", example.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"(?m)^.+\[\d\](\[\d\])*$").unwrap())
        .stdout(predicate::str::contains("\nSources:\n[1] "))
        // the syndicated copy is folded into the wire story, not cited twice
        .stdout(predicate::str::contains("also published as"));
}

#[test]
fn the_example_opens_with_the_closure_the_outlets_lead_with() {
    // Every outlet tells the closure before the council's vote (Wednesday): the summary does
    // too, and does not open with the mayor's words.
    let example = workspace().join("examples/harbor-bridge");
    let v = json_summary(&[example.to_str().unwrap()]);
    let texts: Vec<&str> = v["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(texts.len() >= 3, "{texts:#?}");
    assert!(texts[0].contains("closed"), "{texts:#?}");
    let vote = texts.iter().position(|t| t.contains("voted"));
    assert!(vote.is_none_or(|v| v > 0), "{texts:#?}");
    assert!(!texts[0].starts_with(['"', '\u{201C}']), "{texts:#?}");
}

#[test]
fn markdown_and_json_name_outlets_from_jsonl_metadata() {
    let example = workspace().join("examples/harbor-bridge.jsonl");
    roundup()
        .args(["summarize", example.to_str().unwrap(), "-f", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("## "))
        .stdout(predicate::str::contains("### Sources"))
        .stdout(predicate::str::contains("Coastal Press Wire"));
    let v = json_summary(&[example.to_str().unwrap()]);
    assert_eq!(v["schema"], "roundup.summary/1");
    assert!(v["options"]["method"].is_string());
    assert_eq!(v["options"]["budget"]["words"], 120);
    assert!(v["roundup_version"].is_string());
    let articles = v["articles"].as_array().unwrap();
    assert!(articles
        .iter()
        .any(|a| !a["duplicates"].as_array().unwrap().is_empty()));
    assert!(articles
        .iter()
        .all(|a| a["source"].is_string() && a["url"].is_string()));
}

#[test]
fn budgets_in_words_and_sentences_are_kept() {
    let seeds = shared("data/seeds");
    for n in [40, 80, 150] {
        let v = json_summary(&[seeds.to_str().unwrap(), "--words", &n.to_string()]);
        let w = v["words"].as_u64().unwrap();
        assert!(w <= n, "{w} words for a budget of {n}");
        assert!(w > 0);
    }
    for k in [1, 2, 4] {
        let v = json_summary(&[seeds.to_str().unwrap(), "--sentences", &k.to_string()]);
        assert_eq!(v["summary"].as_array().unwrap().len(), k);
    }
    roundup()
        .args([
            "summarize",
            seeds.to_str().unwrap(),
            "--words",
            "50",
            "--sentences",
            "2",
        ])
        .assert()
        .code(2);
}

#[test]
fn every_method_runs_and_output_goes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = shared("data/seeds");
    for method in ["coverage", "lexrank", "lead"] {
        let out = dir.path().join(format!("{method}.txt"));
        roundup()
            .args([
                "summarize",
                seeds.to_str().unwrap(),
                "--method",
                method,
                "-o",
            ])
            .arg(&out)
            .assert()
            .success()
            .stdout("");
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains("Sources:"), "{method}: {text}");
    }
    roundup()
        .args(["summarize", seeds.to_str().unwrap(), "--method", "magic"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown method"));
}

#[test]
fn bad_files_are_named_and_the_rest_is_still_summarized() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = shared("data/seeds");
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        dir.path().join("photo.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    std::fs::write(
        dir.path().join("latin1.txt"),
        b"Caf\xe9 au lait \xe0 la cr\xe8me, \xe9t\xe9 \xe0 Paris.",
    )
    .unwrap();
    roundup()
        .args(["summarize"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("photo.txt"))
        .stderr(predicate::str::contains("empty.txt"))
        .stderr(predicate::str::contains("latin1.txt"))
        .stdout(predicate::str::contains("legitimate"));
}

#[test]
fn nothing_usable_is_an_error_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("data.txt");
    std::fs::write(&bin, [0u8, 1, 2, 3, 255, 0, 7]).unwrap();
    roundup()
        .args(["summarize"])
        .arg(&bin)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("data.txt"))
        .stderr(predicate::str::contains("no usable articles"));
    roundup()
        .args(["summarize", "/nonexistent/roundup/input.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/roundup/input.txt"));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let text = std::fs::read_to_string(shared("data/seeds/003_3ccf4f1fb7630145.txt")).unwrap();
    roundup()
        .args(["summarize", "-", "--sentences", "2"])
        .write_stdin(text)
        .assert()
        .success()
        .stdout(predicate::str::contains("[1]"));
}

#[test]
fn clusters_in_one_file_are_summarized_separately_as_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("two.jsonl");
    let mut lines = String::new();
    for line in std::fs::read_to_string(shared("data/duc/duc2003-task2.jsonl"))
        .unwrap()
        .lines()
        .take(2)
    {
        let v: Value = serde_json::from_str(line).unwrap();
        lines
            .push_str(&serde_json::json!({"id": v["id"], "documents": v["documents"]}).to_string());
        lines.push('\n');
    }
    std::fs::write(&data, lines).unwrap();
    let out = roundup()
        .args(["summarize", "-f", "json"])
        .arg(&data)
        .output()
        .unwrap();
    assert!(out.status.success());
    let docs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2);
    assert_ne!(docs[0]["cluster"], docs[1]["cluster"]);
    assert!(docs
        .iter()
        .all(|d| !d["summary"].as_array().unwrap().is_empty()));
}

#[test]
fn eval_reports_rouge_and_score_only_reproduces_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = shared("data/duc/duc2003-task2.jsonl");
    let preds = dir.path().join("preds.jsonl");
    let out = roundup()
        .args([
            "eval",
            data.to_str().unwrap(),
            "--words",
            "100",
            "--limit",
            "6",
            "--format",
            "json",
            "--predictions",
        ])
        .arg(&preds)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let made: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(made["clusters"], 6);
    for metric in ["rouge1", "rouge2", "rougeL", "rougeLsum"] {
        for k in ["p", "r", "f"] {
            let x = made[metric][k].as_f64().unwrap();
            assert!(x > 0.05 && x < 1.0, "{metric}.{k} = {x}");
        }
    }
    assert!(made["clusters_per_second"].as_f64().unwrap() > 0.0);
    // predictions are cut at the budget
    for line in std::fs::read_to_string(&preds).unwrap().lines() {
        let p: Value = serde_json::from_str(line).unwrap();
        assert!(p["summary"].as_str().unwrap().split_whitespace().count() <= 100);
    }
    let out = roundup()
        .args([
            "eval",
            data.to_str().unwrap(),
            "--words",
            "100",
            "--limit",
            "6",
            "--format",
            "json",
            "--score-only",
        ])
        .arg(&preds)
        .output()
        .unwrap();
    assert!(out.status.success());
    let scored: Value = serde_json::from_slice(&out.stdout).unwrap();
    for metric in ["rouge1", "rouge2", "rougeL", "rougeLsum"] {
        assert_eq!(made[metric], scored[metric], "{metric}");
    }
}

#[test]
fn eval_text_output_is_a_table_and_missing_data_is_an_error() {
    let data = shared("data/duc/duc2003-task2.jsonl");
    roundup()
        .args([
            "eval",
            data.to_str().unwrap(),
            "--limit",
            "2",
            "--method",
            "lead",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("ROUGE-1"))
        .stdout(predicate::str::contains("ROUGE-Lsum"))
        .stdout(predicate::str::contains("clusters/s"));
    roundup()
        .args(["eval", "/nonexistent/data.jsonl"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/data.jsonl"));
}

#[test]
fn order_by_date_follows_the_articles_publication_dates() {
    let example = workspace().join("examples/harbor-bridge.jsonl");
    // the round-robin lead takes sentences from every article, the one of the second day too (the
    // default method's 200 words come from the first day's articles alone)
    let v = json_summary(&[
        example.to_str().unwrap(),
        "--order",
        "date",
        "--words",
        "200",
        "--method",
        "lead",
    ]);
    let dates: Vec<String> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["date"].as_str().unwrap_or("").to_string())
        .collect();
    let sentence_dates: Vec<&str> = v["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| dates[s["article"].as_u64().unwrap() as usize - 1].as_str())
        .collect();
    assert!(sentence_dates.len() >= 3, "{v:#}");
    assert!(
        sentence_dates.windows(2).all(|w| w[0] <= w[1]),
        "not in date order: {sentence_dates:?}"
    );
    // the example spans two days, so the order is really exercised
    assert!(
        sentence_dates.first() != sentence_dates.last(),
        "{sentence_dates:?}"
    );
    roundup()
        .args([
            "summarize",
            example.to_str().unwrap(),
            "--order",
            "sideways",
        ])
        .assert()
        .code(2);
}

#[test]
fn train_writes_the_same_word_prior_table_twice_and_it_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = shared("data/multinews/val.jsonl.gz");
    let mut tables = Vec::new();
    for run in 0..2 {
        let out = dir.path().join(format!("priors-{run}.tsv"));
        roundup()
            .args([
                "train",
                data.to_str().unwrap(),
                "--limit",
                "300",
                "--priors-only",
            ])
            .args([
                "--min-clusters",
                "5",
                "--priors-output",
                out.to_str().unwrap(),
            ])
            .args(["-o", dir.path().join("unused.json").to_str().unwrap()])
            .assert()
            .success()
            .stdout(predicate::str::contains("stems"));
        tables.push(std::fs::read_to_string(&out).unwrap());
    }
    assert_eq!(tables[0], tables[1], "deterministic");
    let table = roundup::summarize::importance::WordPriors::parse(&tables[0]).unwrap();
    assert!(table.len() > 500, "{} stems", table.len());
    assert!(table.get("the") > table.get("http"));
    assert!(
        !dir.path().join("unused.json").exists(),
        "--priors-only fits no trees"
    );
}

#[test]
fn a_reader_that_closes_the_pipe_early_is_no_error() {
    // `roundup summarize … | head -1`: the output goes on after the reader has gone
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("roundup"))
        .arg("summarize")
        .arg(shared("data/duc/duc2006.jsonl"))
        .args(["--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("roundup starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("a first line");
    assert!(first.contains("roundup.summary"), "{first}");
    // (the reader is dropped here: the pipe closes)
    let out = child.wait_with_output().expect("roundup ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(!stderr.contains("error"), "{stderr}");
}

#[test]
fn warnings_to_a_closed_stderr_are_no_panic() {
    // `roundup summarize … 2>&1 | head -1` with an input that warns: the warning is written to a
    // pipe whose reader has gone; the summary is still made
    use std::process::Stdio;
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let missing = tempfile::tempdir().expect("temporary folder");
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("roundup"))
        .arg("summarize")
        .arg(workspace().join("examples/harbor-bridge"))
        .arg(missing.path().join("not-there.txt"))
        .arg("--keep-going")
        .stdout(Stdio::piped())
        .stderr(Stdio::from(writer))
        .output()
        .expect("roundup runs");
    assert!(out.status.success(), "{:?}", out.status);
    assert!(String::from_utf8_lossy(&out.stdout).contains("[1]"));
}
