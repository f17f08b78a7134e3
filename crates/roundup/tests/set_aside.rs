//! The set-aside step on real data: no article of the DUC 2003, DUC 2004 or TAC 2011 clusters (all
//! real news) is set aside, and the web-archive crawl notices that Multi-News clusters carry are.

use roundup::clean::clean_cluster;
use roundup::eval::dataset::{read_eval_clusters, shared_path};
use roundup::pipeline::cluster_from_texts;

fn clusters(relative: &str) -> Vec<roundup::eval::dataset::EvalCluster> {
    let path = shared_path(relative).unwrap_or_else(|e| panic!("{e}"));
    read_eval_clusters(&path).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn no_real_article_of_duc_or_tac_is_set_aside() {
    for set in [
        "data/duc/duc2003-task2.jsonl",
        "data/duc/duc2004-task2-docs-only.jsonl",
        "data/duc/tac2011-english.jsonl",
    ] {
        let mut documents = 0;
        for c in clusters(set) {
            documents += c.documents.len();
            let clean = clean_cluster(cluster_from_texts(&c.id, &c.documents));
            assert!(
                clean.set_aside.is_empty(),
                "{set} {}: {:?}",
                c.id,
                clean
                    .set_aside
                    .iter()
                    .map(|s| (&s.article.id, &s.reason))
                    .collect::<Vec<_>>()
            );
        }
        assert!(documents >= 100, "{set}: {documents} documents");
    }
}

#[test]
fn crawl_notices_in_multinews_clusters_are_set_aside_with_the_reason() {
    let mut notices = 0;
    for c in clusters("data/multinews/val.jsonl.gz")
        .into_iter()
        .take(600)
    {
        let clean = clean_cluster(cluster_from_texts(&c.id, &c.documents));
        for (i, d) in c.documents.iter().enumerate() {
            if !d.starts_with("These crawls are part of an effort to archive pages") {
                continue;
            }
            notices += 1;
            let id = format!("{}#{}", c.id, i + 1);
            let aside = clean.set_aside.iter().find(|s| s.article.id == id);
            let aside = aside.unwrap_or_else(|| panic!("{id} kept: {d:.200}"));
            assert!(aside.reason.contains("crawl notice"), "{}", aside.reason);
            assert!(clean.articles.iter().all(|a| a.id != id));
        }
    }
    assert!(notices >= 10, "only {notices} crawl notices met");
}
