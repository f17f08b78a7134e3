//! Documents that are not about the story, set aside before anything reads them as news.
//!
//! A cluster built from links or a crawl carries pages that are not articles: an archive's crawl
//! notice, an error page, a "JavaScript is disabled" wall, a paywall stub, or a page about something
//! else entirely. Such a document is never summarized, cited or counted as a source; every output
//! lists it with the reason ([`crate::model::SetAside`]).
//!
//! - **Not an article** ([`not_an_article`]): the cleaned text is made of notice sentences (phrases
//!   only such pages use) with fewer than [`MIN_ARTICLE_WORDS`] words besides. A real article that
//!   carries one such line (a video player's "please enable JavaScript") keeps its news and stays.
//! - **Another story** ([`unrelated`]): in a cluster of three or more documents, a document that
//!   shares almost none of its distinctive words with any other. Its threshold sits below every
//!   article of the DUC 2003, DUC 2004 and TAC 2011 clusters (a test checks that none is set aside).

use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Fewest words, outside notice sentences, that make a document an article.
pub const MIN_ARTICLE_WORDS: usize = 40;

/// Longest page (words) that opens with an archive's or server's notice and is that notice.
const MAX_NOTICE_PAGE_WORDS: usize = 150;
const CRAWL_NOTICE: &str = "a web archive's crawl notice";
const ERROR_PAGE: &str = "an error page";

/// Phrases of pages that are not articles, with what they are (lower case; matched on lower-cased
/// text, ASCII case-insensitively).
const NOTICES: [(&str, &str); 22] = [
    (
        "these crawls are part of an effort",
        "a web archive's crawl notice",
    ),
    (
        "donating their crawl data to the internet archive",
        "a web archive's crawl notice",
    ),
    ("a daily crawl of more than", "a web archive's crawl notice"),
    ("wayback machine", "a web archive's crawl notice"),
    ("page not found", "an error page"),
    ("the page you requested", "an error page"),
    ("the page you are looking for", "an error page"),
    ("could not be found", "an error page"),
    ("404 error", "an error page"),
    ("error 404", "an error page"),
    ("this page is no longer available", "an error page"),
    ("access denied", "an error page"),
    ("javascript is disabled", "a browser notice"),
    ("enable javascript", "a browser notice"),
    ("please enable cookies", "a browser notice"),
    ("log in to your subscriber account", "a paywall notice"),
    (
        "this article is available to subscribers",
        "a paywall notice",
    ),
    ("subscribe to continue reading", "a paywall notice"),
    ("to continue reading, please", "a paywall notice"),
    ("already a subscriber", "a paywall notice"),
    (
        "you have reached your limit of free articles",
        "a paywall notice",
    ),
    (
        "thank you for reading! on your next view",
        "a paywall notice",
    ),
];

/// The notice phrases, found ASCII-case-insensitively, leftmost first, in a text's
/// [`crate::words::ascii_lowered`] form.
static NOTICE_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| crate::words::lowered_phrase_matcher(NOTICES.iter().map(|(p, _)| *p)));

/// Builds the phrase automaton now (see [`super::prepare`]).
pub fn prepare() {
    LazyLock::force(&NOTICE_MATCHER);
    LazyLock::force(&COMMON_HASHES);
}

/// What the cleaned `text` is when it is not an article: the kind of notice page, else `None`.
/// Notice sentences are cut at `.`, `!`, `?` and line breaks; the words of the other sentences
/// must reach [`MIN_ARTICLE_WORDS`].
pub fn not_an_article(text: &str) -> Option<&'static str> {
    let mut kind = None;
    let mut first_match = None;
    let mut notice_words = 0;
    let mut last_end = 0;
    // the lowered text has the original's offsets
    for m in NOTICE_MATCHER.find_iter(crate::words::ascii_lowered(text).as_ref()) {
        if m.start() < last_end {
            continue;
        }
        kind.get_or_insert(NOTICES[m.pattern().as_usize()].1);
        first_match.get_or_insert(m.start());
        let start = text[..m.start()]
            .rfind(['.', '!', '?', '\n'])
            .map_or(0, |i| i + 1)
            .max(last_end);
        let end = text[m.end()..]
            .find(['.', '!', '?', '\n'])
            .map_or(text.len(), |i| m.end() + i + 1);
        notice_words += text[start..end].split_whitespace().count();
        last_end = end;
    }
    let kind = kind?;
    let words = text.split_whitespace().count();
    let other = words.saturating_sub(notice_words);
    // an archive's or server's notice page explains itself over several sentences: one that
    // opens with the notice and stays short is that page
    let notice_page = matches!(kind, CRAWL_NOTICE | ERROR_PAGE)
        && first_match.is_some_and(|at| at < 300)
        && words < MAX_NOTICE_PAGE_WORDS;
    (other < MIN_ARTICLE_WORDS || notice_page).then_some(kind)
}

/// Common words of four letters or more that say nothing about a story (lower case).
const COMMON: [&str; 40] = [
    "that", "with", "have", "this", "from", "they", "were", "said", "their", "would", "there",
    "about", "which", "been", "will", "more", "when", "what", "also", "into", "than", "after",
    "other", "some", "could", "only", "over", "them", "these", "just", "like", "time", "people",
    "year", "years", "first", "because", "most", "new", "says",
];

/// [`COMMON`]'s word hashes, sorted.
static COMMON_HASHES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut v: Vec<u64> = COMMON.iter().map(|w| crate::words::word_hash(w)).collect();
    v.sort_unstable();
    v
});

/// Shortest document (distinct distinctive words) the story test judges.
const MIN_DISTINCT_WORDS: usize = 25;
/// A document sharing less than this share of its distinctive words with all the others together
/// is about something else.
const MIN_SHARED_SHARE: f32 = 0.04;

/// A document sharing this share of its distinctive words with the others tells the story they tell.
const MIN_STORY_SHARE: f32 = 0.15;

/// Indices of the documents (in a cluster of three or more) that share less than
/// [`MIN_SHARED_SHARE`] of their distinctive words (four letters or more, not [`COMMON`]) with the
/// other documents together, when two or more others share at least [`MIN_STORY_SHARE`] of theirs
/// (so the others tell one story). Linear in the cluster's words.
pub fn unrelated(texts: &[&str]) -> Vec<usize> {
    if texts.len() < 3 {
        return Vec::new();
    }
    let words: Vec<super::ArticleWords> =
        texts.iter().map(|t| super::ArticleWords::of(t)).collect();
    unrelated_by_words(words.into_iter().map(|w| w.distinctive).collect())
}

/// [`unrelated`] of texts given as the hashes of their distinctive words (four letters or more,
/// not all digits: [`super::ArticleWords::distinctive`]), in order.
pub(super) fn unrelated_by_words(distinctive: Vec<Vec<u64>>) -> Vec<usize> {
    if distinctive.len() < 3 {
        return Vec::new();
    }
    let sets: Vec<Vec<u64>> = distinctive
        .into_iter()
        .map(|mut v| {
            v.sort_unstable();
            v.dedup();
            // the common words out, once per distinct word
            v.retain(|h| COMMON_HASHES.binary_search(h).is_err());
            v
        })
        .collect();
    // in how many documents each word occurs
    let mut all: Vec<u64> = sets.iter().flatten().copied().collect();
    all.sort_unstable();
    let df = |h: u64| all.partition_point(|&x| x <= h) - all.partition_point(|&x| x < h);
    let shares: Vec<Option<f32>> = sets
        .iter()
        .map(|set| {
            let shared = set.iter().filter(|&&h| df(h) >= 2).count();
            (set.len() >= MIN_DISTINCT_WORDS).then(|| shared as f32 / set.len() as f32)
        })
        .collect();
    // the others must evidently tell one story: a cluster of pieces that each tell their own
    // (a "best articles of the year" list; a real article among two junk pages) has no outlier
    let story_tellers = shares
        .iter()
        .filter(|s| s.is_some_and(|s| s >= MIN_STORY_SHARE))
        .count();
    shares
        .iter()
        .enumerate()
        .filter(|(_, s)| s.is_some_and(|s| s < MIN_SHARED_SHARE) && story_tellers >= 2)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_pages_are_not_articles_but_articles_with_a_notice_line_are() {
        let crawl = "These crawls are part of an effort to archive pages as they are created and \
                     archive the pages that they refer to. That way, as the pages that are \
                     referenced are changed or taken from the web, a link to the version that was \
                     live when the page was written will be preserved.";
        assert_eq!(not_an_article(crawl), Some("a web archive's crawl notice"));
        assert_eq!(
            not_an_article("Page not found. Try the search box."),
            Some("an error page")
        );
        let article = "Please enable JavaScript to watch this video. The city council voted on \
                       Tuesday to close the bridge after inspectors found corroded beams under its \
                       deck, and the mayor said repairs would take at least two years and cost \
                       about $40 million, paid from the state's infrastructure fund and local taxes \
                       raised for the purpose last spring.";
        assert_eq!(not_an_article(article), None);
        assert_eq!(not_an_article("The council voted on Tuesday."), None);
    }

    #[test]
    fn a_page_about_something_else_is_unrelated() {
        let bridge = |extra: &str| {
            format!(
                "The harbor bridge closed on Tuesday after inspectors found corroded beams. \
                 Commuters crowded the ferries while the council debated repairs, and the mayor \
                 promised engineers would report within weeks on whether the bridge could reopen \
                 to traffic before winter. {extra}"
            )
        };
        let a = bridge("Shops near the ramps lost customers.");
        let b = bridge("Ferry operators added sailings.");
        let recipe = "Whisk eggs, sugar and butter until pale, fold in flour and cinnamon, pour \
                      into a greased tin and bake for forty minutes. Serve the cake warm with \
                      cream, berries or vanilla custard; it keeps three days wrapped in foil and \
                      freezes beautifully for a month.";
        assert_eq!(unrelated(&[&a, &b, recipe]), vec![2]);
        assert!(
            unrelated(&[&a, &b]).is_empty(),
            "two documents: no majority"
        );
    }

    #[test]
    fn pieces_that_each_tell_their_own_story_have_no_outlier() {
        // a real article between two pages about other things (Multi-News carries such
        // clusters): no two documents tell one story, so none is set aside as off the story
        let article = "A wildfire started at a gender reveal party burned forty-seven thousand                        acres of forest near Green Valley, and the border patrol agent who lit the                        target pleaded guilty, agreeing to pay restitution of two hundred twenty                        thousand dollars over twenty years to the forest service and the state.";
        let hashtags = "Hashtags can brand and promote your business. Choose a tag unique to your                         company, such as its name or tagline, print it on packaging, menus and                         receipts, and encourage customers to photograph purchases and share them                         online with friends, followers and family members everywhere.";
        let collection = "This collection gathers captures of educational websites curated by                           librarians using an archiving service: lesson plans, open textbooks,                           teaching videos and repositories of classroom materials preserved for                           researchers studying how schools publish learning resources online.";
        assert!(unrelated(&[collection, article, hashtags]).is_empty());
    }
}
