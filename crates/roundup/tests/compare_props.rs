//! The comparison never panics, whatever the text: unbalanced and curly quotation marks, stray
//! punctuation, hyphens, capitals, digits, non-ASCII letters.

use proptest::prelude::*;
use roundup::clean::clean_cluster;
use roundup::compare::{compare, quotes::quote_spans};
use roundup::model::{Article, Cluster};
use roundup::summarize::ClusterStats;
use roundup::text::Analyzer;

fn article(i: usize, text: &str) -> Article {
    Article {
        id: format!("a{i}"),
        origin: format!("a{i}"),
        text: text.to_string(),
        ..Article::default()
    }
}

const PIECE: &str = "([\"\u{201c}\u{201d}',.:;!?()_\\-\u{2014} \\n]|said|told|he|she|the|according to|Lavrov|Mr\\.|A\\.|Sergei|ISLAMABAD|who|a|not|never|denied|12|[A-Z][a-z]{1,6}|[a-z]{1,8}|Zürich|é){0,80}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn quote_spans_lie_inside_the_text(s in "\\PC{0,200}") {
        for q in quote_spans(&s) {
            prop_assert!(q.open < q.start && q.start <= q.end && q.end <= s.len());
            prop_assert!(s.is_char_boundary(q.start) && s.is_char_boundary(q.end));
        }
    }

    #[test]
    fn compare_never_panics_and_offsets_are_valid(a in PIECE, b in PIECE, c in "\\PC{0,120}") {
        let cluster = Cluster {
            id: "p".into(),
            articles: vec![article(0, &a), article(1, &b), article(2, &c)],
        };
        let analysed = Analyzer::new().analyse(clean_cluster(cluster));
        let stats = ClusterStats::new(&analysed);
        let comparison = compare(&analysed, &stats);
        for q in &comparison.quotes {
            for o in &q.occurrences {
                let text = &analysed.articles[o.article].text;
                prop_assert!(o.start <= o.end && o.end <= text.len());
                prop_assert!(text.is_char_boundary(o.start) && text.is_char_boundary(o.end));
            }
        }
        prop_assert_eq!(comparison.unique.len(), analysed.articles.len());
        for d in &comparison.disputed {
            prop_assert!(d.claim.article != d.counter.article);
        }
    }
}
