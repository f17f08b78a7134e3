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
