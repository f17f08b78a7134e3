//! The comparison on the canonical messy cluster (`../shared/data/seeds/`: five outlets on Lavrov's
//! remarks about Iranian forces in Syria): quotes and speakers, consensus, only-here lists and the
//! disputed pair the issue names.

use std::path::PathBuf;

use roundup::clean::{clean_cluster, is_boilerplate};
use roundup::compare::{compare, compare_with, CompareOptions, Comparison};
use roundup::eval::dataset::shared_path;
use roundup::ingest::read_inputs;
use roundup::model::Cluster;
use roundup::summarize::ClusterStats;
use roundup::text::{AnalysedCluster, Analyzer};

/// A file or folder of the shared evaluation data (`ROUNDUP_SHARED` or `../shared`).
fn shared(relative: &str) -> PathBuf {
    shared_path(relative).unwrap_or_else(|e| panic!("{e}"))
}

fn seeds() -> (AnalysedCluster, Comparison) {
    let path = shared("data/seeds");
    let ingested = read_inputs(&[path.to_string_lossy().into_owned()]);
    assert!(ingested.problems.is_empty(), "{:?}", ingested.problems);
    assert_eq!(ingested.articles.len(), 5);
    let cluster = Cluster {
        id: "seeds".into(),
        articles: ingested.articles,
    };
    let analysed = Analyzer::new().analyse(clean_cluster(cluster));
    let stats = ClusterStats::new(&analysed);
    let comparison = compare(&analysed, &stats);
    (analysed, comparison)
}

fn words_only(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

#[test]
fn lavrov_is_one_speaker_and_his_legitimate_remark_is_carried_by_three_outlets() {
    let (cluster, c) = seeds();
    let lavrov: Vec<_> = c
        .speakers
        .iter()
        .filter(|s| s.name.contains("Lavrov"))
        .collect();
    assert_eq!(
        lavrov.len(),
        1,
        "Lavrov's name variants must merge: {:?}",
        c.speakers
    );
    let lavrov = lavrov[0];
    for variant in ["Sergey Lavrov", "Sergei Lavrov"] {
        assert!(
            lavrov.variants.iter().any(|v| v == variant),
            "{variant} is merged into {:?}",
            lavrov.variants
        );
    }
    assert!(
        lavrov.articles.len() >= 4,
        "Lavrov is quoted in {:?}",
        lavrov.articles
    );

    let legitimate: Vec<_> = c
        .quotes
        .iter()
        .filter(|q| {
            words_only(&q.text).trim().starts_with("legitimate")
                && q.text.split_whitespace().count() == 1
        })
        .collect();
    assert_eq!(
        legitimate.len(),
        1,
        "one entry for the remark: {legitimate:?}"
    );
    let q = legitimate[0];
    assert_eq!(q.speaker.as_deref(), Some(lavrov.name.as_str()));
    assert!(q.articles.len() >= 3, "carried by {:?}", q.articles);
    for o in &q.occurrences {
        let text = &cluster.articles[o.article].text[o.start..o.end];
        assert!(text.to_lowercase().starts_with("legitimate"), "{text}");
    }
    // the quotes explicitly said by Lavrov in one outlet: "...," Lavrov said.
    let said = c
        .quotes
        .iter()
        .find(|q| {
            q.text
                .contains("biggest threat, it is the United States' charges")
        })
        .expect("the 'biggest threat' quote");
    assert_eq!(said.speaker.as_deref(), Some(lavrov.name.as_str()));
}

#[test]
fn netanyahus_security_needs_statement_is_found_with_its_two_outlets() {
    let (cluster, c) = seeds();
    let carrying: Vec<usize> = (0..cluster.articles.len())
        .filter(|&a| {
            cluster.articles[a]
                .text
                .contains("in accordance with our security needs")
        })
        .collect();
    assert_eq!(carrying.len(), 2);
    let q: Vec<_> = c
        .quotes
        .iter()
        .filter(|q| q.text.contains("in accordance with our security needs"))
        .collect();
    assert_eq!(q.len(), 1, "the two wordings are one quotation: {q:?}");
    assert_eq!(q[0].articles, carrying);
    assert!(
        q[0].speaker
            .as_deref()
            .is_some_and(|s| s.contains("Netanyahu")),
        "{:?}",
        q[0].speaker
    );
}

#[test]
fn disputes_are_off_by_default_and_on_request_list_only_differing_figures() {
    // the seeds disagree on whether Russia promised to get Iranian-backed forces out: a denial,
    // which the Disputed section no longer lists (denial pairs were rarely real disputes on
    // hand-judged clusters); and they give no figure two ways
    let (analysed, c) = seeds();
    assert!(c.disputed.is_empty() && !c.disputes_checked);
    let stats = ClusterStats::new(&analysed);
    let options = CompareOptions {
        disputes: true,
        ..CompareOptions::default()
    };
    let on = compare_with(&analysed, &stats, &options);
    assert!(on.disputes_checked);
    for d in &on.disputed {
        assert_ne!(d.claim.article, d.counter.article);
        assert!(
            !d.shared.is_empty()
                && d.shared.iter().all(|f| {
                    let (x, y) = f.split_once(" / ").expect("two figures");
                    x != y
                }),
            "{d:#?}"
        );
    }
}

#[test]
fn every_outlet_has_its_own_only_here_list_without_boilerplate() {
    let (cluster, c) = seeds();
    assert_eq!(c.unique.len(), cluster.articles.len());
    // read in the seeds: only the fourth tells of the IDF chief's trip to Brussels, only the
    // fifth gives Airwars' civilian toll. The five outlets tell one story closely, so what another
    // outlet may tell in other words is left out: some lists are empty
    let listed = |a: usize, words: &str| {
        c.unique[a]
            .statements
            .iter()
            .any(|s| s.statement.text.contains(words))
    };
    assert!(
        listed(3, "Eisenkot secretly flew to Brussels"),
        "{:#?}",
        c.unique[3]
    );
    assert!(listed(4, "monitoring group Airwars"), "{:#?}", c.unique[4]);
    for (a, list) in c.unique.iter().enumerate() {
        assert_eq!(list.article, a);
        for s in &list.statements {
            let t = &s.statement.text;
            assert_eq!(s.statement.article, a);
            assert!(!is_boilerplate(t), "boilerplate: {t}");
            assert!(t.split_whitespace().count() >= 6, "fragment: {t}");
            for junk in [
                "Share",
                "Facebook",
                "Comments",
                "Subscribe",
                "Photo",
                "contributed to this report",
                "Leave a Reply",
                "(Reuters)",
            ] {
                assert!(!t.contains(junk), "junk in the only-here list of {a}: {t}");
            }
            for (b, other) in cluster.articles.iter().enumerate().filter(|(b, _)| *b != a) {
                assert!(!other.text.contains(t.as_str()), "article {b} carries: {t}");
            }
        }
    }
}
