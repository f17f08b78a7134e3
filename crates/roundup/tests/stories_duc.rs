//! Story grouping on the DUC 2003/2004 event sets (real newswire, labelled by event).

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use roundup::clean::{copy_similarity, shingles, DUPLICATE_THRESHOLD};
use roundup::eval::dataset::shared_path;
use roundup::model::Article;
use roundup::stories::{group_stories, score, StoryGrouper, StoryOptions};

/// A file or folder of the shared evaluation data (`ROUNDUP_SHARED` or `../shared`).
fn shared(relative: &str) -> PathBuf {
    shared_path(relative).unwrap_or_else(|e| panic!("{e}"))
}

/// Articles in file order (time order) and their gold event (the first for multi-label articles).
fn events(name: &str) -> (Vec<Article>, Vec<String>) {
    let path = shared(&format!("data/stories/{name}"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut articles = Vec::new();
    let mut gold = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let s = |k: &str| v[k].as_str().map(String::from);
        let id = s("id").expect("id");
        gold.push(s("cluster").expect("cluster"));
        articles.push(Article {
            id: id.clone(),
            origin: id,
            title: s("title").filter(|t| !t.is_empty()),
            source: s("source"),
            date: s("date"),
            text: s("text").unwrap_or_default(),
            url: None,
        });
    }
    (articles, gold)
}

fn labels(stories: &[roundup::stories::Story]) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for s in stories {
        for a in &s.articles {
            assert!(
                out.insert(a.article.id.clone(), s.id.clone()).is_none(),
                "article {} in two stories",
                a.article.id
            );
        }
    }
    out
}

fn check(name: &str, articles_expected: usize, events_expected: usize) {
    let (articles, gold) = events(name);
    assert_eq!(articles.len(), articles_expected, "{name}: article count");
    let distinct: HashSet<&String> = gold.iter().collect();
    assert_eq!(distinct.len(), events_expected, "{name}: event count");
    let texts: HashMap<String, String> = articles
        .iter()
        .map(|a| (a.id.clone(), a.text.clone()))
        .collect();
    let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    let (stories, stats) = group_stories(articles.clone(), StoryOptions::default());
    let predicted = labels(&stories);
    assert_eq!(
        predicted.len(),
        ids.len(),
        "every article in exactly one story"
    );
    let p: Vec<&String> = ids.iter().map(|id| &predicted[id]).collect();
    let s = score(&gold, &p);
    eprintln!("{name}: {s:?} {stats:?}");
    // A regression floor, below the measured figure in BENCHMARKS.md (not the bar).
    assert!(s.f1 >= 0.81, "{name}: B-cubed F1 {:.3}", s.f1);
    assert!(
        s.precision >= 0.80,
        "{name}: B-cubed precision {:.3}",
        s.precision
    );

    // Duplicate groups hold real copies: exact shingle containment at the clean stage's threshold.
    let mut copies = 0;
    for story in &stories {
        for a in story.articles.iter().filter(|a| a.duplicate_of.is_some()) {
            let kept = a.duplicate_of.as_ref().unwrap();
            let sim = copy_similarity(&shingles(&texts[&a.article.id]), &shingles(&texts[kept]));
            assert!(
                sim >= DUPLICATE_THRESHOLD - 0.1,
                "{} is no copy of {kept}: {sim}",
                a.article.id
            );
            copies += 1;
        }
        assert!(
            story.headline.split_whitespace().count() >= 3,
            "{}: headline {:?}",
            story.id,
            story.headline
        );
    }
    assert_eq!(copies as u64, stats.duplicates);
    assert!(copies > 0, "{name}: the DUC sets repeat wire articles");

    // Incremental and batch mode agree, whatever the batch size.
    let mut grouper = StoryGrouper::new(StoryOptions::default());
    let mut one_by_one = Vec::new();
    for a in articles {
        one_by_one.extend(grouper.push(a));
    }
    one_by_one.extend(grouper.finish().0);
    assert_eq!(
        labels(&one_by_one),
        predicted,
        "{name}: one at a time = batch"
    );
}

#[test]
fn duc2003_events() {
    check("duc2003-events.jsonl", 289, 30);
}

#[test]
fn duc2004_events() {
    check("duc2004-events.jsonl", 489, 50);
}
