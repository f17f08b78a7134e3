//! The clean stage: normalised text, boilerplate lines dropped, duplicate copies collapsed.
//!
//! [`normalize`] gives one paragraph per line with plain punctuation, [`boilerplate`] classifies each
//! line, [`inline`] cuts wire datelines and caption/player/ad leftovers out of the lines kept,
//! [`dedupe`] folds copies of an article into the one kept, and [`aside`] sets aside documents that
//! are not about the story (notice pages, error pages, paywall stubs, another story).

pub mod aside;
pub mod boilerplate;
mod boilerplate_words;
pub mod dedupe;
pub mod inline;
pub mod normalize;

pub use boilerplate::{
    boilerplate_score, classify_lines, is_boilerplate, is_page_furniture, page_furniture_spans,
};
pub use dedupe::{containment, copy_similarity, dedupe, shingles, DUPLICATE_THRESHOLD};
pub use inline::strip_inline_furniture;
pub use normalize::{normalize_inline, normalize_text};

use std::borrow::Cow;

use crate::model::{CleanCluster, Cluster, SetAside};

/// Builds the stage's pattern tables (phrase automata, dateline regexes, word sets) now instead of
/// at the first article that needs them: at a server's start-up, or before a timed run. Later
/// calls cost nothing; the stage works the same without it.
pub fn prepare() {
    boilerplate::prepare();
    inline::prepare();
    aside::prepare();
}

/// Cleans one article's text: normalises it, drops boilerplate lines and cuts inline furniture
/// (datelines, caption and player leftovers) from the rest. Returns the cleaned text (one paragraph
/// per line, no blank lines) and how many lines were dropped.
pub fn clean_text(raw: &str) -> (String, usize) {
    let normalized = normalize_text(raw);
    let lines: Vec<&str> = normalized.lines().collect();
    let junk = classify_lines(&lines);
    let mut removed = 0;
    let mut out = String::with_capacity(normalized.len());
    for (line, &junk) in lines.iter().zip(&junk) {
        let kept = if junk {
            Cow::Borrowed("")
        } else {
            strip_inline_furniture(line)
        };
        if kept.is_empty() {
            removed += 1;
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&kept);
    }
    (out, removed)
}

/// Cleans a cluster: normalises every article, drops boilerplate lines, sets aside the documents
/// that are not about the story (left empty, notice pages, another story; [`aside`]), folds copies
/// together.
pub fn clean_cluster(cluster: Cluster) -> CleanCluster {
    let mut articles = Vec::with_capacity(cluster.articles.len());
    let mut set_aside = Vec::new();
    let mut removed_total = 0;
    for mut a in cluster.articles {
        let (text, removed) = clean_text(&a.text);
        removed_total += removed;
        if text.is_empty() {
            a.text = text;
            set_aside.push(SetAside {
                article: a,
                reason: "nothing left after cleaning: page furniture only".to_string(),
            });
            continue;
        }
        if let Some(kind) = aside::not_an_article(&text) {
            a.text = text;
            set_aside.push(SetAside {
                article: a,
                reason: format!("{kind}, not an article"),
            });
            continue;
        }
        a.text = text;
        a.title = a
            .title
            .as_deref()
            .map(normalize_inline)
            .filter(|t| !t.is_empty());
        articles.push(a);
    }
    // each article's words hashed in one pass, for the story test and the copy test (a lone
    // article needs neither)
    let words: Vec<ArticleWords> = if articles.len() >= 2 {
        articles.iter().map(|a| ArticleWords::of(&a.text)).collect()
    } else {
        Vec::new()
    };
    let (hashes, distinctive): (Vec<Vec<u64>>, Vec<Vec<u64>>) =
        words.into_iter().map(|w| (w.hashes, w.distinctive)).unzip();
    let off_topic = aside::unrelated_by_words(distinctive);
    let mut kept = Vec::with_capacity(articles.len());
    let mut kept_shingles = Vec::with_capacity(articles.len());
    let mut hashes = hashes.into_iter();
    for (i, a) in articles.into_iter().enumerate() {
        let words = hashes.next();
        if off_topic.contains(&i) {
            set_aside.push(SetAside {
                article: a,
                reason: "not about this story: it shares almost no words with the other articles"
                    .to_string(),
            });
        } else {
            kept.push(a);
            if let Some(words) = words {
                kept_shingles.push(dedupe::shingles_of_word_hashes(&words));
            }
        }
    }
    let (articles, duplicates) = if kept_shingles.len() == kept.len() {
        dedupe::dedupe_by_shingles(kept, kept_shingles)
    } else {
        dedupe(kept)
    };
    CleanCluster {
        id: cluster.id,
        articles,
        duplicates,
        set_aside,
        boilerplate_lines_removed: removed_total,
    }
}

/// An article's words as the story test ([`aside::unrelated`]) and the copy test ([`dedupe`])
/// read them, hashed ([`crate::words::word_hash`]) in one pass over its text.
pub(crate) struct ArticleWords {
    /// Every word's hash, in order (the copy test's shingles are made of them).
    pub hashes: Vec<u64>,
    /// The hashes of the words of four letters or more that are not all digits, in order.
    pub distinctive: Vec<u64>,
}

impl ArticleWords {
    pub fn of(text: &str) -> Self {
        let mut hashes = Vec::with_capacity(text.len() / 5 + 1);
        let mut distinctive = Vec::with_capacity(text.len() / 8);
        crate::words::for_each_hashed_word(text, |w| {
            hashes.push(w.hash);
            if w.len >= 4 && !w.digits_only {
                distinctive.push(w.hash);
            }
        });
        ArticleWords {
            hashes,
            distinctive,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;
    use proptest::prelude::*;

    fn art(id: &str, text: &str) -> Article {
        Article {
            id: id.to_string(),
            origin: id.to_string(),
            text: text.to_string(),
            ..Article::default()
        }
    }

    const PAGE: &str = "Home / World / Floods hit Venice\n\nFloods hit Venice\n\nPhoto Credit: City of Venice via Flickr\n\nVenice was flooded again on Sunday as the tide peaked at 1.5 meters, the city council said, closing St Mark\u{2019}s Square.\n\n\u{201C}This is a disaster,\u{201D} the mayor said.\n\nComments are closed.\n\nLoading Facebook Comments ...";

    #[test]
    fn clean_text_drops_furniture_and_keeps_news() {
        let (text, removed) = clean_text(PAGE);
        assert_eq!(
            text,
            "Floods hit Venice\nVenice was flooded again on Sunday as the tide peaked at 1.5 meters, the city council said, closing St Mark's Square.\n\"This is a disaster,\" the mayor said."
        );
        assert_eq!(removed, 4);
    }

    #[test]
    fn cluster_drops_empty_articles_and_folds_copies() {
        let cluster = Cluster {
            id: "c".into(),
            articles: vec![
                art("a", PAGE),
                art("empty", "Subscribe\n\nAdvertisement\n"),
                art("b", &PAGE.replace("Comments are closed.", "Leave a Reply")),
                art("c", "Residents of Venice waded through knee-deep water on Sunday while shops in the historic centre stayed shut."),
            ],
        };
        let clean = clean_cluster(cluster);
        assert_eq!(clean.id, "c");
        let ids: Vec<&str> = clean.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["a", "c"]);
        assert_eq!(clean.duplicates.len(), 1);
        assert_eq!(clean.duplicates[0].copy.id, "b");
        assert_eq!(clean.duplicates[0].kept, 0);
        assert_eq!(clean.boilerplate_lines_removed, 4 + 2 + 4);
    }

    proptest! {
        #[test]
        fn clean_text_never_panics_and_has_no_blank_lines(s in "\\PC*") {
            let (text, _) = clean_text(&s);
            prop_assert!(!text.lines().any(|l| l.trim().is_empty()));
            prop_assert!(!text.starts_with('\n') && !text.ends_with('\n'));
        }

        #[test]
        fn clean_text_survives_markup_like_input(s in "([&;`'\\n\\t #x0-9A-Za-z\u{2013}\u{2014}\u{201C}\u{00A0}\u{200B}]|NEWLINE_CHAR|&[A-Za-z#0-9]{0,6};?){0,60}") {
            let (text, _) = clean_text(&s);
            prop_assert!(!text.lines().any(|l| l.trim().is_empty() || l != l.trim()));
        }
    }
}
