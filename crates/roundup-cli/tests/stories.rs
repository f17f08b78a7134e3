//! `roundup stories` end to end: output, ids kept, scoring, exit codes.

use std::path::PathBuf;

use assert_cmd::Command;
use roundup::eval::dataset::shared_path;

/// A file or folder of the shared evaluation data (`ROUNDUP_SHARED` or `../shared`).
fn shared(relative: &str) -> PathBuf {
    shared_path(relative).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn groups_duc_events_into_story_lines_with_ids_kept_and_scores_them() {
    let data = shared("data/stories/duc2003-events.jsonl");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stories.jsonl");
    let assert = Command::cargo_bin("roundup")
        .unwrap()
        .arg("stories")
        .arg(&data)
        .arg("--gold")
        .arg(&data)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("289 articles"), "{stderr}");
    assert!(stderr.contains("B-cubed P"), "{stderr}");
    let text = std::fs::read_to_string(&out).unwrap();
    let mut ids = Vec::new();
    let mut summarized = 0;
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["schema"], "roundup.stories/1");
        assert!(!v["headline"].as_str().unwrap().is_empty());
        for a in v["articles"].as_array().unwrap() {
            ids.push(a["id"].as_str().unwrap().to_string());
            assert!(a["date"].as_str().unwrap().starts_with("1998-"));
        }
        if let Some(sum) = v["summary"].as_array() {
            summarized += 1;
            let members: Vec<&str> = v["articles"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|a| a.get("duplicate_of").is_none())
                .map(|a| a["id"].as_str().unwrap())
                .collect();
            for s in sum {
                for c in s["citations"].as_array().unwrap() {
                    assert!(
                        members.contains(&c.as_str().unwrap()),
                        "cites outside the story or a copy: {c}"
                    );
                }
            }
        }
    }
    assert!(summarized > 10);
    ids.sort();
    let n = ids.len();
    ids.dedup();
    assert_eq!((n, ids.len()), (289, 289), "every input id once");
    assert!(ids.iter().any(|i| i == "NYT19981001.0271"));

    // The written stories score the same through --score-only.
    let scored = Command::cargo_bin("roundup")
        .unwrap()
        .args(["stories", "--gold"])
        .arg(&data)
        .arg("--score-only")
        .arg(&out)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&scored.get_output().stdout).unwrap();
    let f1 = v["bcubed_f1"].as_f64().unwrap();
    assert!(f1 > 0.5 && f1 <= 1.0, "{v}");
    assert!(stderr.contains(&format!("F1 {f1:.4}")), "{stderr} vs {v}");
}

#[test]
fn markdown_output_and_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"a\", \"title\": \"Bridge closed\", \"text\": \"The Harbor Street drawbridge was closed on Tuesday after inspectors found corroded girders beneath the deck.\"}\n\
         not json\n\
         {\"id\": \"b\", \"text\": \"Inspectors found corroded girders beneath the Harbor Street drawbridge deck, and the city closed it on Tuesday.\"}\n",
    )
    .unwrap();
    let assert = Command::cargo_bin("roundup")
        .unwrap()
        .args(["stories", "--no-summary", "-f", "markdown"])
        .arg(&input)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).to_string();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stdout.contains("## Bridge closed"), "{stdout}");
    assert!(stdout.contains("`a`") && stdout.contains("`b`"), "{stdout}");
    assert!(stderr.contains("line 2"), "the bad line is named: {stderr}");
    assert!(stderr.contains("2 articles"), "{stderr}");

    // Nothing usable: exit 1. A usage error: exit 2.
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "   \n").unwrap();
    Command::cargo_bin("roundup")
        .unwrap()
        .arg("stories")
        .arg(&empty)
        .assert()
        .code(1);
    Command::cargo_bin("roundup")
        .unwrap()
        .args(["stories", "--format", "yaml"])
        .arg(&input)
        .assert()
        .code(2);
}
