//! The comparison on the canonical messy cluster (`../shared/data/seeds/`: five outlets on Lavrov's
//! remarks about Iranian forces in Syria): quotes and speakers, consensus, only-here lists and the
//! disputed pair the issue names.

use std::path::PathBuf;

use roundup::clean::{clean_cluster, is_boilerplate};
use roundup::compare::{compare, Comparison, DisputeKind};
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
fn the_officials_account_and_lavrovs_denial_are_disputed() {
    let (_, c) = seeds();
    let pair = c.disputed.iter().find(|d| {
        d.claim
            .text
            .contains("agreed to work with the Syrian regime to remove Iranian-backed forces")
            && d.counter.text.contains("Lavrov")
    });
    let pair = pair.unwrap_or_else(|| panic!("no such pair in {:#?}", c.disputed));
    assert_ne!(pair.claim.article, pair.counter.article);
    assert!(matches!(
        pair.kind,
        DisputeKind::Denial | DisputeKind::Negation
    ));
    let counter = pair.counter.text.to_lowercase();
    assert!(
        counter.contains("denied")
            || counter.contains("never promised")
            || counter.contains("no such promise"),
        "{counter}"
    );
}

#[test]
fn only_the_withdrawal_promise_is_disputed_on_the_seeds() {
    // the seeds disagree on one thing: whether Russia promised to get Iranian-backed forces out.
    // Topic words shared with a denial (talks, Moscow, accusations) make no dispute.
    let (_, c) = seeds();
    assert!(!c.disputed.is_empty());
    for d in &c.disputed {
        let both = format!("{} {}", d.claim.text, d.counter.text).to_lowercase();
        assert!(
            both.contains("official") && (both.contains("withdraw") || both.contains("remove")),
            "not about the promise: {d:#?}"
        );
    }
}

#[test]
fn every_outlet_has_its_own_only_here_list_without_boilerplate() {
    let (cluster, c) = seeds();
    assert_eq!(c.unique.len(), cluster.articles.len());
    for (a, list) in c.unique.iter().enumerate() {
        assert_eq!(list.article, a);
        assert!(
            !list.statements.is_empty(),
            "article {a} has nothing of its own"
        );
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
