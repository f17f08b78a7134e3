//! Whatever the text, the pipeline never panics: unbalanced and curly quotation marks, stray
//! punctuation, hyphens, capitals, digits, non-ASCII letters and spaces, line layouts the
//! normaliser re-joins (hard wraps, indents, tabs, carriage returns, blank lines), furniture
//! phrases and datelines. The comparison's offsets and the summary's sentences point into the
//! text it read.

use proptest::prelude::*;
use roundup::clean::clean_cluster;
use roundup::compare::{compare, quotes::quote_spans};
use roundup::model::{Article, Budget, Cluster};
use roundup::pipeline::{prepare, summarize_cluster};
use roundup::summarize::{ClusterStats, Method, SummaryOptions};
use roundup::text::Analyzer;

fn article(i: usize, text: &str) -> Article {
    Article {
        id: format!("a{i}"),
        origin: format!("a{i}"),
        text: text.to_string(),
        ..Article::default()
    }
}

const QUOTE_PIECE: &str = "([\"\u{201c}\u{201d}',.:;!?()_\\-\u{2014} \\n]|said|told|he|she|the|according to|Lavrov|Mr\\.|A\\.|Sergei|ISLAMABAD|who|a|not|never|denied|12|[A-Z][a-z]{1,6}|[a-z]{1,8}|Zürich|é){0,80}";

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
    fn compare_never_panics_and_offsets_are_valid(a in QUOTE_PIECE, b in QUOTE_PIECE, c in "\\PC{0,120}") {
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

const LAYOUT_PIECE: &str = "([ \\t\\r\\n]|\\n\\n|\\n    |\u{00a0}|\u{3000}|\\.|,|\"|\u{201c}|\u{201d}|'|\\(|\\)|said|the|a|Sign up for our newsletter|file photo|WASHINGTON \\(AP\\) _|[A-Z][a-z]{1,7}|[a-z]{1,9}|[0-9]{1,4}|Zürich|日本|é){0,120}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn summarizing_never_panics_and_points_into_the_articles(
        a in LAYOUT_PIECE, b in LAYOUT_PIECE, c in "\\PC{0,200}", words in 1usize..120, sentences in 1usize..6,
    ) {
        prepare(Method::Learned);
        let analyzer = Analyzer::new();
        for method in Method::ALL {
            for budget in [Budget::Words(words), Budget::Sentences(sentences)] {
                let cluster = Cluster {
                    id: "p".into(),
                    articles: vec![article(0, &a), article(1, &b), article(2, &c), article(3, &a)],
                };
                let options = SummaryOptions { method, budget, ..SummaryOptions::default() };
                let out = summarize_cluster(cluster, &analyzer, &options);
                let n = out.analysed.articles.len();
                for s in &out.summary.sentences {
                    prop_assert!(s.article < n);
                    // the sentence it names exists, and the summary quotes it (a quotation it
                    // leaves open may get its closing mark)
                    let source = out
                        .analysed
                        .sentences
                        .iter()
                        .find(|t| t.article == s.article && t.index == s.sentence_index);
                    prop_assert!(source.is_some());
                    prop_assert!(s.text.starts_with(source.unwrap().text.trim()));
                    for support in &s.support {
                        prop_assert!(support.article < n && support.article != s.article);
                    }
                }
                if let Budget::Sentences(k) = budget {
                    prop_assert!(out.summary.sentences.len() <= k);
                }
            }
        }
    }
}
