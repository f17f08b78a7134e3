//! `roundup import`: articles are stored and placed in stories, so a server shows them at once.

use assert_cmd::Command;
use roundup_server::store::Store;

#[test]
fn import_stores_and_places_articles_and_adds_to_an_existing_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("news.db");
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/harbor-bridge");
    let out = Command::cargo_bin("roundup")
        .unwrap()
        .args(["import", example, "--db"])
        .arg(&db)
        .assert()
        .success();
    let said = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(said.contains("imported 5 articles"), "{said}");

    let stored = Store::open(&db).unwrap().all().unwrap();
    assert_eq!(stored.len(), 5);
    // Five outlets on one bridge closure: one story, every article placed in it.
    let stories: std::collections::BTreeSet<&str> = stored
        .iter()
        .map(|s| s.placement.as_ref().expect("placed").story.as_str())
        .collect();
    assert_eq!(stories.len(), 1, "{stories:?}");
    assert!(stored[0].placement.as_ref().unwrap().headline.is_some());

    // A second import continues the same store: the copies join the same story as duplicates.
    Command::cargo_bin("roundup")
        .unwrap()
        .args(["import", example, "--db"])
        .arg(&db)
        .assert()
        .success();
    let stored = Store::open(&db).unwrap().all().unwrap();
    assert_eq!(stored.len(), 10);
    let again = stored[5..]
        .iter()
        .map(|s| s.placement.as_ref().expect("placed"))
        .collect::<Vec<_>>();
    assert!(again.iter().all(|p| stories.contains(p.story.as_str())));
    assert!(again.iter().all(|p| p.duplicate_of.is_some()), "{again:?}");
}

#[test]
fn import_stores_the_placements_a_merge_changed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("news.db");
    // Two reports of one dam burst that open two stories, and an article over 60 days later that
    // closes them: the grouper's second look merges the second story into the first.
    let input = dir.path().join("dam.jsonl");
    let lines = [
        serde_json::json!({"id": "d1", "title": "Millbrook dam bursts, floodwater sweeps through villages", "date": "2024-03-01",
            "text": "The Millbrook dam burst on Friday and floodwater swept through two villages below the dam, officials said. Rescue crews used boats to reach families stranded on rooftops, and the regional governor asked the army for help with the evacuation."}),
        serde_json::json!({"id": "d2", "title": "Engineers warned of weak dam", "date": "2024-03-03",
            "text": "Engineers had warned for years that the Millbrook dam was weak, a report said on Sunday. Inspectors found cracks in the concrete wall, and repairs had been postponed twice for lack of money."}),
        serde_json::json!({"id": "f1", "title": "Football team wins championship", "date": "2024-06-20",
            "text": "The national football team won the championship final on penalties after a goalless draw, and thousands of fans celebrated in the streets of the capital until dawn."}),
    ];
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&input, text).unwrap();
    Command::cargo_bin("roundup")
        .unwrap()
        .arg("import")
        .arg(&input)
        .arg("--db")
        .arg(&db)
        .assert()
        .success();

    let stored = Store::open(&db).unwrap().all().unwrap();
    assert_eq!(stored.len(), 3);
    let placed: Vec<_> = stored
        .iter()
        .map(|s| s.placement.clone().expect("placed"))
        .collect();
    // Both reports are in the first story; the second remembers the story it was first put in.
    assert_eq!(placed[1].story, placed[0].story);
    assert_ne!(placed[2].story, placed[0].story);
    assert!(placed[1]
        .first_story
        .as_ref()
        .is_some_and(|f| *f != placed[0].story));
    assert_eq!(placed[0].first_story, None);
    // What is stored is what a replay of the stored articles gives.
    let replayed = roundup_server::desk::Desk::replay(stored.clone());
    let (shown, complete) = roundup_server::desk::Desk::from_placements(stored);
    assert!(complete);
    assert_eq!(shown.placements(), replayed.placements());
    let old = placed[1].first_story.as_deref().unwrap();
    assert_eq!(shown.resolve(old), Some(placed[0].story.as_str()));
}

/// The stories a store shows: each story's input article ids, sorted, the stories sorted.
fn stored_partition(db: &std::path::Path) -> Vec<Vec<String>> {
    let mut by_story: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for s in Store::open(db).unwrap().all().unwrap() {
        let p = s.placement.expect("placed");
        by_story.entry(p.story).or_default().push(s.article.id);
    }
    let mut stories: Vec<Vec<String>> = by_story
        .into_values()
        .map(|mut ids| {
            ids.sort();
            ids
        })
        .collect();
    stories.sort();
    stories
}

#[test]
fn import_and_stories_group_the_duc_2004_file_alike_and_a_late_article_reshapes_nothing() {
    let data = roundup::eval::dataset::shared_path("data/stories/duc2004-events.jsonl")
        .unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap();
    // `roundup stories`: one story a line, with the input's article ids.
    let out = dir.path().join("stories.jsonl");
    let said = Command::cargo_bin("roundup")
        .unwrap()
        .args(["stories", "--no-summary", "-o"])
        .arg(&out)
        .arg(&data)
        .assert()
        .success();
    let said = String::from_utf8_lossy(&said.get_output().stderr).to_string();
    let mut batch: Vec<Vec<String>> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let mut ids: Vec<String> = v["articles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["id"].as_str().unwrap().to_string())
                .collect();
            ids.sort();
            ids
        })
        .collect();
    batch.sort();
    // `roundup import`: the same stories in the store, and the same count said.
    let db = dir.path().join("news.db");
    let imported = Command::cargo_bin("roundup")
        .unwrap()
        .arg("import")
        .arg(&data)
        .arg("--db")
        .arg(&db)
        .assert()
        .success();
    let imported = String::from_utf8_lossy(&imported.get_output().stderr).to_string();
    let shown = stored_partition(&db);
    assert_eq!(shown.len(), batch.len(), "{said}\n{imported}");
    assert_eq!(shown, batch);
    let n = format!("{} stories", batch.len());
    assert!(
        said.contains(&n) && imported.contains(&n),
        "{said}\n{imported}"
    );

    // One article dated 2024 closes every story (their dates are in 1998): they stay as they are.
    let late = dir.path().join("late.jsonl");
    std::fs::write(
        &late,
        serde_json::json!({"id": "late-1", "date": "2024-05-01", "source": "Coast Herald",
            "text": "A strong earthquake struck the coastal city of Port Town on Monday, killing at least 12 people, officials said. Rescue teams searched collapsed buildings through the night."})
            .to_string(),
    )
    .unwrap();
    Command::cargo_bin("roundup")
        .unwrap()
        .arg("import")
        .arg(&late)
        .arg("--db")
        .arg(&db)
        .assert()
        .success();
    let after = stored_partition(&db);
    let mut expected = batch.clone();
    expected.push(vec!["late-1".to_string()]);
    expected.sort();
    assert_eq!(after, expected);
}
