//! The whole summarizing pipeline never panics, whatever the text: line layouts the normaliser
//! re-joins (hard wraps, indents, tabs, carriage returns, blank lines), non-ASCII letters and
//! spaces, quotation marks, furniture phrases and datelines; and what it returns points into the
//! sentences it read.

use proptest::prelude::*;
use roundup::model::{Article, Budget, Cluster};
use roundup::pipeline::{prepare, summarize_cluster};
use roundup::summarize::{Method, SummaryOptions};
use roundup::text::Analyzer;

const PIECE: &str = "([ \\t\\r\\n]|\\n\\n|\\n    |\u{00a0}|\u{3000}|\\.|,|\"|\u{201c}|\u{201d}|'|\\(|\\)|said|the|a|Sign up for our newsletter|file photo|WASHINGTON \\(AP\\) _|[A-Z][a-z]{1,7}|[a-z]{1,9}|[0-9]{1,4}|Zürich|日本|é){0,120}";

fn article(i: usize, text: &str) -> Article {
    Article {
        id: format!("a{i}"),
        origin: format!("a{i}"),
        text: text.to_string(),
        ..Article::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn summarizing_never_panics_and_points_into_the_articles(
        a in PIECE, b in PIECE, c in "\\PC{0,200}", words in 1usize..120, sentences in 1usize..6,
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
