//! Stories: turn a stream of articles into de-duplicated, summarized stories.
//!
//! [`StoryGrouper`] takes articles one at a time or in batches, in time order, and keeps a bounded
//! window of open stories; [`group_stories`] is batch mode over the same code. For each article:
//!
//! 1. **Features** ([`features`], in parallel over a batch): stemmed content terms from the shared
//!    tokenizer, marked when they occur in the title or lead, leaving out the sentences that are
//!    page furniture ([`crate::clean::page_furniture_spans`]: a sign-up box atop every page of a
//!    site would glue its stories); a MinHash signature of the clean stage's word shingles
//!    ([`minhash`]); the publication day.
//! 2. **Copies**: the signature is looked up in an LSH index of the open stories' distinct
//!    articles. A copy (estimated containment ≥ [`crate::clean::DUPLICATE_THRESHOLD`], as the clean
//!    stage decides) joins the story of the article it copies, in that article's duplicate group, and
//!    counts once: it changes neither the term statistics nor the story's profile, and only the
//!    group's first article is summarized and cited.
//! 3. **Shared text**: a text copied into more than [`StoryOptions::max_copies`] articles is not a
//!    story but boilerplate shared across stories (crawler notices, cookie walls, "tweet with a
//!    location", a flood of re-posts). Its articles leave their story and stand alone, flagged
//!    [`StoryFlag::SharedText`], so such stubs never glue stories together. Articles with fewer than
//!    [`StoryOptions::min_content_words`] content words stand alone too ([`StoryFlag::Short`],
//!    [`StoryFlag::Empty`]).
//! 4. **Story similarity**: the article's TF-IDF vector (IDF from a running document-frequency table;
//!    sublinear term counts; headline and lead terms weighted up by [`StoryOptions::lead_boost`]) is
//!    compared with a few candidate stories, found through an inverted index over each article's
//!    rarest, heaviest terms. The similarity mixes the cosine with the story's profile (summed member
//!    vectors, capped to the heaviest terms) and the best cosine with its recent members
//!    ([`StoryOptions::member_weight`]), so a story is matched by its best matching article as well
//!    as by its centre. When both have dates the similarity is divided by
//!    `1 + gap / time_scale_days`. The best story at or above the threshold takes the article;
//!    otherwise it opens a new story. The threshold follows the stream
//!    ([`StoryOptions::relative_threshold`]): a multiple of the running mean similarity between
//!    articles and the candidate stories they do not join best, so one setting serves long dated
//!    newswire (low similarities all round) and short undated snippets (high ones).
//! 5. **Window**: a story closes when the stream's dates move [`StoryOptions::window_days`] past its
//!    last article, or when more than [`StoryOptions::max_open_stories`] are open (the least recently
//!    updated closes first). A closed story is returned and forgotten, so memory stays bounded.
//! 6. **Second look**: before a story closes by the window, and when the stream pauses
//!    ([`StoryGrouper::settle`]: the end of a batch run, which closes every story, and the end of
//!    a `roundup import`, which leaves them open), the open story nearest to it under average
//!    linkage (the mean cosine between their members, time-discounted) takes it when the linkage
//!    reaches
//!    [`StoryOptions::merge_threshold`] × the join threshold: splits left by the one-article-at-a-time
//!    assignment (an article that came before its story had taken shape) are mended with every
//!    member of both stories in view. The merged story keeps the older number; the other id is
//!    never emitted (an article placed in it while it was open is then found under the older id).
//!
//! Assignment is sequential and deterministic: the same input in the same order gives the same
//! stories, whatever the batch sizes and thread count.

pub mod features;
mod grouper;
mod headline;
mod members;
pub mod minhash;
pub mod output;
pub mod scorer;
mod second_look;
mod state;
mod vectors;

use serde::{Deserialize, Serialize};

use crate::model::{Article, Cluster};
use crate::pipeline::{summarize_cluster, SummarizedCluster};
use crate::summarize::SummaryOptions;
use crate::text::Analyzer;

pub use features::{parse_day, ArticleFeatures, FeatureExtractor};
pub use grouper::StoryGrouper;
pub use headline::lead_sentence;
pub use minhash::{LshIndex, Signature};
pub use scorer::{adjusted_rand_index, score, score_by_id, ClusteringScore};

/// The thresholds that matter. One set of defaults for the DUC 2003/2004 event sets and Multi-News
/// train (see BENCHMARKS.md).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StoryOptions {
    /// Least (time-discounted) cosine between an article and a story's profile for the article to
    /// join the story.
    pub threshold: f32,
    /// Extra weight of a term found in the headline or lead (0 = none; 1 = double).
    pub lead_boost: f32,
    /// A gap of this many days between an article and a story halves their similarity.
    pub time_scale_days: f32,
    /// A story closes once the stream's dates are this many days past its last article.
    pub window_days: u32,
    /// At most this many open stories; beyond, the least recently updated closes.
    pub max_open_stories: usize,
    /// A text copied into more articles than this is shared boilerplate, not a story.
    pub max_copies: usize,
    /// Articles with fewer content words stand alone.
    pub min_content_words: u32,
    /// Keep article texts in the stories (needed to summarize them); off for grouping only.
    pub keep_text: bool,
    /// Share of the story similarity that comes from the story's best matching recent members
    /// (the rest from its profile): 0 = profile only, 1 = members only.
    pub member_weight: f32,
    /// Exponent of the inverse document frequency in term weights (1 = plain TF-IDF; higher lets
    /// rare terms and names dominate).
    pub idf_power: f32,
    /// Extra weight of a term written as a name (capitalized inside a sentence) in the article.
    pub name_boost: f32,
    /// When > 0, an article joins a story only at a similarity of at least this many times the
    /// stream's background similarity (the running mean similarity between articles and the
    /// candidate stories they do not join best), and at least [`StoryOptions::threshold`]: the
    /// threshold follows the stream (long dated newswire has low similarities all round, short
    /// undated snippets high ones) instead of per-dataset settings.
    pub relative_threshold: f32,
    /// The background assumed before the stream has shown its own.
    pub background_prior: f32,
    /// When > 0, a story about to close (by the window, or at the end of the stream) first looks
    /// for the open story nearest to it under average linkage (mean member-to-member cosine,
    /// time-discounted), and joins it when that reaches this many times the join threshold: a
    /// second look, with every member of both stories, at splits the one-article-at-a-time
    /// assignment made. 0 = off.
    pub merge_threshold: f32,
}

impl Default for StoryOptions {
    fn default() -> Self {
        StoryOptions {
            threshold: 0.05,
            lead_boost: 0.5,
            time_scale_days: 14.0,
            window_days: 60,
            max_open_stories: 200_000,
            max_copies: 8,
            min_content_words: 5,
            keep_text: true,
            member_weight: 0.5,
            idf_power: 1.0,
            name_boost: 0.0,
            relative_threshold: 2.5,
            background_prior: 0.05,
            merge_threshold: 0.65,
        }
    }
}

/// Why an article stands alone instead of being grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoryFlag {
    /// The article has no words.
    Empty,
    /// Too few content words to tell its story.
    Short,
    /// Its text is copied into more than `max_copies` articles: boilerplate, not news.
    SharedText,
}

impl StoryFlag {
    pub fn name(self) -> &'static str {
        match self {
            StoryFlag::Empty => "empty",
            StoryFlag::Short => "short",
            StoryFlag::SharedText => "shared_text",
        }
    }
}

/// Where a story's headline came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadlineSource {
    /// The title of its most central article.
    Title,
    /// The lead sentence of its most central article.
    Lead,
    None,
}

/// One article of a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryArticle {
    /// The article (its text empty unless [`StoryOptions::keep_text`]).
    #[serde(with = "state::article_as_tuple")]
    pub article: Article,
    /// Position in the stream (0-based).
    pub position: u64,
    /// When the article is a copy: the id of the article it copies (first of its duplicate group).
    pub duplicate_of: Option<String>,
    /// Estimated copy similarity to that article.
    pub similarity: f32,
}

/// A story: the articles telling it, their duplicate groups, and its headline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// `story-N`, numbered in the order stories were opened (from 1).
    pub id: String,
    pub headline: String,
    pub headline_source: HeadlineSource,
    /// Articles in arrival order.
    pub articles: Vec<StoryArticle>,
    /// Groups of copies (ids; the first is the article kept), only groups of two or more.
    pub duplicate_groups: Vec<Vec<String>>,
    /// Earliest and latest dates of its articles, as given (none when no article had a readable date).
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Set when the story is a single article kept out of grouping.
    pub flag: Option<StoryFlag>,
}

impl Story {
    /// The articles to summarize: each duplicate group once (its first article), in arrival order.
    pub fn cluster(&self) -> Cluster {
        Cluster {
            id: self.id.clone(),
            articles: self
                .articles
                .iter()
                .filter(|a| a.duplicate_of.is_none())
                .map(|a| a.article.clone())
                .collect(),
        }
    }

    /// Number of distinct (non-copy) articles.
    pub fn distinct_articles(&self) -> usize {
        self.articles
            .iter()
            .filter(|a| a.duplicate_of.is_none())
            .count()
    }
}

/// Cleans, analyses and summarizes a story's distinct articles with citations
/// ([`crate::pipeline::summarize_cluster`]); `None` for flagged stories and stories without text.
pub fn summarize_story(
    story: &Story,
    analyzer: &Analyzer,
    options: &SummaryOptions,
) -> Option<SummarizedCluster> {
    if story.flag.is_some() {
        return None;
    }
    let cluster = story.cluster();
    if cluster.articles.iter().all(|a| a.text.trim().is_empty()) {
        return None;
    }
    Some(summarize_cluster(cluster, analyzer, options))
}

/// A story that joined another one before closing (the second look, see the module documentation):
/// every article of story `from` now belongs to story `into`, and `from` is never emitted.
/// Reported by [`StoryGrouper::take_merges`], for callers that show stories while they are open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryMerge {
    /// The id (`story-N`) of the story that joined the other.
    pub from: String,
    /// The id of the story that took it (the older of the two).
    pub into: String,
}

/// Counts over a stream.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupingStats {
    pub articles: u64,
    /// Articles folded into a duplicate group as copies.
    pub duplicates: u64,
    /// Articles whose text is shared boilerplate.
    pub shared_text: u64,
    pub short: u64,
    pub empty: u64,
    /// Articles without a readable date.
    pub undated: u64,
    /// Stories emitted (flagged single articles included).
    pub stories: u64,
    /// Stories closed because too many were open.
    pub evicted: u64,
    /// Most stories open at once.
    pub max_open: u64,
    /// Stories merged into another one.
    pub merged: u64,
}

/// Batch mode: groups all articles (in the given order) and returns every story, in the order stories
/// were opened, with the counts.
pub fn group_stories(articles: Vec<Article>, options: StoryOptions) -> (Vec<Story>, GroupingStats) {
    let mut grouper = StoryGrouper::new(options);
    let mut stories = Vec::new();
    // Each article moved once (not the whole tail at every batch).
    let mut rest = articles.into_iter();
    loop {
        let batch: Vec<Article> = rest.by_ref().take(4096).collect();
        if batch.is_empty() {
            break;
        }
        stories.extend(grouper.push_batch(batch));
    }
    let (last, stats) = grouper.finish();
    stories.extend(last);
    stories.sort_by_key(|s| story_number(&s.id));
    (stories, stats)
}

/// The number N of a `story-N` id (0 when it has none).
pub fn story_number(id: &str) -> u64 {
    id.rsplit('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::grouper::*;
    use super::headline::*;
    use super::state::*;
    use super::vectors::*;
    use super::*;

    #[test]
    fn a_state_from_other_grouping_code_or_version_is_refused() {
        let grouper = StoryGrouper::new(StoryOptions::default());
        let mut good = Vec::new();
        grouper.save_state(&mut good).unwrap();
        assert!(StoryGrouper::load_state(&good).is_ok());
        let foreign = |code: u64, version: &str| {
            let header = StateHeader {
                magic: STATE_MAGIC.to_string(),
                version: version.to_string(),
                code,
            };
            postcard::to_stdvec(&(header, &grouper)).unwrap()
        };
        let err = StoryGrouper::load_state(&foreign(GROUPING_CODE ^ 1, crate::VERSION))
            .err()
            .unwrap();
        assert!(err.contains("other grouping code"), "{err}");
        let err = StoryGrouper::load_state(&foreign(GROUPING_CODE, "0.0.0-other"))
            .err()
            .unwrap();
        assert!(err.contains("0.0.0-other"), "{err}");
        assert!(StoryGrouper::load_state(&foreign(GROUPING_CODE, crate::VERSION)).is_ok());
    }

    #[test]
    fn a_lead_sentence_passes_over_page_furniture() {
        // (a paragraph long enough for the clean stage to keep it whole)
        let body = "The false alarm on Saturday sent residents scrambling for shelter for 38 minutes \
                    before a correction went out, and the state agency apologized. The governor said \
                    the employee who pushed the wrong button had been reassigned. Federal regulators \
                    opened an investigation into how the alert was sent and why it took so long to \
                    correct it. Lawmakers in Honolulu called for hearings next week.";
        // the sign-up box many pages of one site open with would head all their stories
        let nbc = format!(
            "Breaking News Emails Get breaking news alerts and special reports. The news and \
             stories that matter, delivered weekday mornings. Hawaii will require two employees \
             to send a missile alert, officials said Sunday. {body}"
        );
        assert_eq!(
            lead_sentence(&nbc).as_deref(),
            Some(
                "Hawaii will require two employees to send a missile alert, officials said Sunday."
            )
        );
        let caption = format!(
            "FILE - In this Jan. 13, 2018 file photo, a sign shows the false missile alert. \
             Hawaii will require two employees to send a missile alert, officials said Sunday. {body}"
        );
        assert_eq!(
            lead_sentence(&caption).as_deref(),
            Some(
                "Hawaii will require two employees to send a missile alert, officials said Sunday."
            )
        );
        assert_eq!(
            lead_sentence(body).as_deref(),
            Some(
                "The false alarm on Saturday sent residents scrambling for shelter for 38 minutes \
                 before a correction went out, and the state agency apologized."
            )
        );
        // nothing but furniture in the opening words (photo captions, which the clean stage keeps):
        // no lead, so the headline takes the next article's, and only a story of nothing else is
        // headed by furniture
        let captions = "In this undated photo provided by the family, the two sisters stand \
                        on a porch in Ohio. "
            .repeat(8);
        assert_eq!(
            lead_sentence(&captions),
            None,
            "not even the piece cut at 120 words"
        );
        assert_eq!(
            opening_sentence(&captions, false).as_deref(),
            Some(
                "In this undated photo provided by the family, the two sisters stand on a porch \
                 in Ohio."
            )
        );
    }

    #[test]
    fn term_table_dot_matches_the_merge_walk() {
        let a = vec![(3u32, 0.5f32), (17, 0.25), (1 << 30, 0.75), (99, 1.0)];
        let mut sorted_a = a.clone();
        sorted_a.sort_unstable_by_key(|x| x.0);
        let b = vec![(3u32, 2.0f32), (5, 1.0), (99, 0.5), (1 << 30, 4.0)];
        let mut t = TermTable::default();
        t.fill(&sorted_a);
        let expect = cosine(&sorted_a, &b, 1.0);
        assert!((t.dot(&b) - expect).abs() < 1e-6);
        assert!((expect - (1.0 + 0.5 + 3.0)).abs() < 1e-6);
        // Refilling forgets the previous vector.
        t.fill(&[(5, 1.0)]);
        assert_eq!(t.dot(&b), 1.0);
        t.fill(&[]);
        assert_eq!(t.dot(&b), 0.0);
    }

    #[test]
    fn the_relative_threshold_starts_at_the_prior_and_follows_the_background() {
        let o = StoryOptions::default();
        let mut g = StoryGrouper::new(o);
        assert!((g.threshold() - o.relative_threshold * o.background_prior).abs() < 1e-6);
        // A stream whose unrelated candidates look alike (high background) asks for more.
        g.background = 0.2;
        g.background_n = 1000;
        let expect = o.relative_threshold * (0.2 * 1000.0 + o.background_prior * 20.0) / 1020.0;
        assert!((g.threshold() - expect).abs() < 1e-4, "{}", g.threshold());
        assert!(g.threshold() > 0.4);
        // Never below the fixed floor.
        g.background = 0.0;
        assert!((g.threshold() - o.threshold).abs() < 1e-6);
        let fixed = StoryGrouper::new(StoryOptions {
            relative_threshold: 0.0,
            ..o
        });
        assert_eq!(fixed.threshold(), o.threshold);
    }
    fn article(id: &str, text: &str, date: &str) -> Article {
        Article {
            id: id.to_string(),
            origin: id.to_string(),
            text: text.to_string(),
            date: Some(date.to_string()),
            ..Article::default()
        }
    }

    #[test]
    fn merged_stories_keep_arrival_order_copies_and_indexes() {
        let quake = "A strong earthquake struck the mountain province of Quetzal on Monday, \
            toppling houses and cutting roads, officials said, as rescuers searched the rubble \
            of the provincial capital for survivors of the quake.";
        let storm = "Hurricane Belinda flooded the coastal town of Marrow overnight, forcing \
            thousands of residents from their homes, and forecasters warned the storm would \
            strengthen as it moved north along the coast.";
        let mut g = StoryGrouper::new(StoryOptions {
            merge_threshold: 0.0,
            ..StoryOptions::default()
        });
        g.push(article("q1", quake, "2000-01-01"));
        g.push(article("s1", storm, "2000-01-02"));
        g.push(article(
            "q2",
            &format!("{quake} More aftershocks."),
            "2000-01-03",
        ));
        assert_eq!(g.open_stories(), 2);
        let (a, b) = (1u64, 2u64);
        g.merge_stories(a, b);
        assert_eq!(g.open_stories(), 1);
        assert_eq!(g.stats().merged, 1);
        let story = &g.stories[&a];
        let ids: Vec<&str> = story
            .members
            .iter()
            .map(|m| m.article.article.id.as_str())
            .collect();
        assert_eq!(ids, ["q1", "s1", "q2"]);
        for (gi, dg) in story.groups.iter().enumerate() {
            for &i in &dg.members {
                assert_eq!(story.members[i].group, gi);
            }
        }
        let slot = story.slot;
        assert!(g
            .postings
            .values()
            .flatten()
            .all(|&(s, _)| g.slot_story[s as usize] != 0));
        assert!(g.postings.values().flatten().any(|&(s, _)| s == slot));
        // A copy of the merged-in article finds it in the kept story.
        g.push(article("s2", storm, "2000-01-04"));
        let (id, placed) = g.last_placement().unwrap();
        assert_eq!(id, "story-1");
        assert_eq!(placed.duplicate_of.as_deref(), Some("s1"));
        // The state still saves and loads, and the stories close as one.
        let mut saved = Vec::new();
        g.save_state(&mut saved).unwrap();
        let g = StoryGrouper::load_state(&saved).unwrap();
        let (stories, stats) = g.finish();
        assert_eq!(stories.len(), 1);
        assert_eq!(stats.merged, 1);
        assert_eq!(stories[0].articles.len(), 4);
        assert_eq!(stories[0].duplicate_groups, [["q1", "q2"], ["s1", "s2"]]);
    }

    /// Two reports of one dam burst, worded apart enough to open two stories, and an unrelated
    /// article over 60 days later that closes them (see `merges_are_reported_when_stories_close`).
    fn dam_stream() -> [Article; 3] {
        let dated = |id: &str, title: &str, text: &str, date: &str| Article {
            title: Some(title.to_string()),
            ..article(id, text, date)
        };
        [
            dated(
                "d1",
                "Millbrook dam bursts, floodwater sweeps through villages",
                "The Millbrook dam burst on Friday and floodwater swept through two villages below \
                 the dam, officials said. Rescue crews used boats to reach families stranded on \
                 rooftops, and the regional governor asked the army for help with the evacuation.",
                "2024-03-01",
            ),
            dated(
                "d2",
                "Engineers warned of weak dam",
                "Engineers had warned for years that the Millbrook dam was weak, a report said on \
                 Sunday. Inspectors found cracks in the concrete wall, and repairs had been \
                 postponed twice for lack of money.",
                "2024-03-03",
            ),
            dated(
                "f1",
                "Football team wins championship",
                "The national football team won the championship final on penalties after a \
                 goalless draw, and thousands of fans celebrated in the streets of the capital \
                 until dawn.",
                "2024-06-20",
            ),
        ]
    }

    #[test]
    fn merges_are_reported_when_stories_close() {
        // Without the second look the two reports stay apart.
        let mut g = StoryGrouper::new(StoryOptions {
            merge_threshold: 0.0,
            ..StoryOptions::default()
        });
        let mut stories = Vec::new();
        for a in dam_stream() {
            stories.extend(g.push(a));
        }
        assert!(g.take_merges().is_empty());
        stories.extend(g.finish().0);
        assert_eq!(stories.len(), 3);

        // With the second look but nobody asking for merges, none are kept.
        let mut g = StoryGrouper::new(StoryOptions::default());
        for a in dam_stream() {
            g.push(a);
        }
        assert_eq!(g.stats().merged, 1);
        assert!(g.take_merges().is_empty(), "kept without being asked for");

        let mut g = StoryGrouper::new(StoryOptions::default());
        g.report_merges(true);
        let [d1, d2, f1] = dam_stream();
        g.push(d1);
        assert_eq!(g.last_placement().unwrap().0, "story-1");
        g.push(d2);
        assert_eq!(g.last_placement().unwrap().0, "story-2");
        assert!(g.take_merges().is_empty());
        // The late article moves the dates on: story 1, about to close, takes story 2 and stays
        // open as one; story 2 is never emitted.
        let closed = g.push(f1);
        assert!(closed.is_empty(), "{closed:?}");
        assert_eq!(g.last_placement().unwrap().0, "story-3");
        let merges = g.take_merges();
        assert_eq!(
            merges,
            [StoryMerge {
                from: "story-2".to_string(),
                into: "story-1".to_string(),
            }]
        );
        assert!(g.take_merges().is_empty(), "taken once");
        assert_eq!(g.stats().merged, 1);
        let (stories, _) = g.finish();
        let ids: Vec<(&str, Vec<&str>)> = stories
            .iter()
            .map(|s| {
                let a = s.articles.iter().map(|a| a.article.id.as_str()).collect();
                (s.id.as_str(), a)
            })
            .collect();
        assert_eq!(
            ids,
            [("story-1", vec!["d1", "d2"]), ("story-3", vec!["f1"])]
        );
    }
}
