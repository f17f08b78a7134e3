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
