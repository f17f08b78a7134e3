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
pub mod minhash;
pub mod output;
pub mod scorer;

use std::collections::BTreeSet;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::clean::{clean_text, is_page_furniture, DUPLICATE_THRESHOLD};
use crate::model::{Article, Cluster};
use crate::pipeline::{summarize_cluster, SummarizedCluster};
use crate::summarize::SummaryOptions;
use crate::text::{split_sentences, Analyzer};

pub use features::{parse_day, ArticleFeatures, FeatureExtractor};
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

/// An article as a plain tuple of its fields: the model's serde form leaves out empty fields,
/// which a compact (not self-describing) format such as the grouper's saved state cannot read back.
mod article_as_tuple {
    use super::Article;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    type Fields = (
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
        String,
    );

    pub fn serialize<S: Serializer>(a: &Article, s: S) -> Result<S::Ok, S::Error> {
        (
            &a.id, &a.title, &a.source, &a.url, &a.date, &a.origin, &a.text,
        )
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Article, D::Error> {
        let (id, title, source, url, date, origin, text) = Fields::deserialize(d)?;
        Ok(Article {
            id,
            title,
            source,
            url,
            date,
            origin,
            text,
        })
    }
}

/// Marks a saved grouper state.
const STATE_MAGIC: &str = "roundup.grouper/2";

#[derive(Serialize, Deserialize)]
struct StateHeader {
    magic: String,
    version: String,
    /// [`GROUPING_CODE`] of the code that wrote it.
    code: u64,
}

/// A fingerprint of the code that decides groupings (this module, its features and MinHash, the
/// tokenizer, the word splitting and the copy shingles), computed at compile time: a state saved by other code, even of the same version
/// number, is refused rather than continued with different term ids or rules.
const GROUPING_CODE: u64 = fnv1a(include_bytes!("mod.rs"))
    ^ fnv1a(include_bytes!("features.rs")).rotate_left(17)
    ^ fnv1a(include_bytes!("minhash.rs")).rotate_left(31)
    ^ fnv1a(include_bytes!("../text/tokens.rs")).rotate_left(47)
    ^ fnv1a(include_bytes!("../words.rs")).rotate_left(7)
    ^ fnv1a(include_bytes!("../clean/dedupe.rs")).rotate_left(53);

/// Inserts `x` into `top[..*n]`, kept sorted best first by `better` and at most `top.len()` long
/// (a small top-k without sorting everything offered).
fn insert_top<T: Copy>(top: &mut [T], n: &mut usize, x: T, better: impl Fn(T, T) -> bool) {
    let k = top.len();
    if *n == k && !better(x, top[k - 1]) {
        return;
    }
    let mut i = (*n).min(k - 1);
    while i > 0 && better(x, top[i - 1]) {
        top[i] = top[i - 1];
        i -= 1;
    }
    top[i] = x;
    *n = (*n + 1).min(k);
}

const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// A term inside the grouper: the high 32 bits of its stem hash, so vectors have 8-byte entries
/// (among the few hundred thousand terms of a long stream about ten pairs share an id and are then
/// counted as one term). Never 0 (the empty slot of [`TermTable`]).
type Term = u32;

fn term_of(key: u64) -> Term {
    ((key >> 32) as Term).max(1)
}

/// Query terms per article (its heaviest terms) used to find candidate stories.
const QUERY_TERMS: usize = 10;
/// Stories kept per term in the inverted index (the most recent; the older half goes when full).
const MAX_POSTINGS: usize = 32;
/// Candidate stories compared in full per article (those sharing the most query terms).
const MAX_CANDIDATES: usize = 8;
/// Terms kept in a story's profile.
const PROFILE_TERMS: usize = 120;
/// Terms kept per article to find a story's most central article.
const MEMBER_TERMS: usize = 16;
/// Articles over which the background similarity is averaged (beyond: a moving average over about
/// this many, so the threshold follows a background that drifts as stories accumulate).
const BACKGROUND_HORIZON: u32 = 1_000;
/// The background is measured on this many candidates (the first by partial score), however many
/// are compared in full.
const BACKGROUND_CANDIDATES: usize = 4;
/// Weight, in articles, of the background prior.
const BACKGROUND_PRIOR: f32 = 20.0;
/// Terms kept of a member's vector for member-level similarity.
const MEMBER_VECTOR_TERMS: usize = 32;
/// Recent members of a story compared one by one (bounded work and memory).
const MEMBER_VECTORS: usize = 8;

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
    #[serde(with = "article_as_tuple")]
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

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Member {
    article: StoryArticle,
    day: Option<i32>,
    /// The article's heaviest terms (normalised weights), for centrality.
    top: Vec<(Term, f32)>,
    /// Index of its duplicate group in the story.
    group: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct DupGroup {
    /// Member indices, the kept article first.
    members: Vec<usize>,
    /// LSH id of the kept article.
    lsh_id: u64,
    signature: Option<Signature>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct OpenStory {
    number: u64,
    /// Its index in the grouper's slot table (see `StoryGrouper::slot_story`).
    slot: u32,
    /// Summed member vectors, sorted by term, capped.
    profile: Vec<(Term, f32)>,
    norm: f32,
    members: Vec<Member>,
    groups: Vec<DupGroup>,
    first_day: Option<i32>,
    last_day: Option<i32>,
    last_position: u64,
    /// Terms under which the story is in the inverted index.
    indexed: Vec<Term>,
    /// The most recent distinct members' vectors (heaviest terms, sorted by term), oldest first, one
    /// after another in one buffer (compared one by one with each article: contiguous memory).
    recent: Vec<(Term, f32)>,
    /// Their lengths.
    recent_lens: RecentLens,
}

/// The lengths of a story's recent member vectors, oldest first, held in the story itself (one
/// cache line fewer to fetch per candidate story than a separate buffer).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
struct RecentLens {
    lens: [u8; MEMBER_VECTORS],
    n: u8,
}

// A member vector's length fits a byte.
const _: () = assert!(MEMBER_VECTOR_TERMS <= u8::MAX as usize);

impl RecentLens {
    fn from_slice(lens: &[u8]) -> Self {
        let mut r = RecentLens::default();
        r.lens[..lens.len()].copy_from_slice(lens);
        r.n = lens.len() as u8;
        r
    }

    fn as_slice(&self) -> &[u8] {
        &self.lens[..self.n as usize]
    }

    fn len(&self) -> usize {
        self.n as usize
    }

    /// Removes and returns the oldest length (0 when none).
    fn pop_front(&mut self) -> u8 {
        if self.n == 0 {
            return 0;
        }
        let first = self.lens[0];
        self.lens.copy_within(1.., 0);
        self.n -= 1;
        first
    }

    /// Appends a length (room made by `pop_front`; at most [`MEMBER_VECTORS`]).
    fn push_back(&mut self, len: usize) {
        self.lens[self.n as usize] = len as u8;
        self.n += 1;
    }
}

/// What the LSH index points at.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
enum LshEntry {
    /// A kept article: its story and duplicate group.
    Kept { story: u64, group: usize },
    /// A shared (boilerplate) text.
    Shared,
}

/// Groups a stream of articles into stories. See the module documentation.
///
/// Its whole state can be saved and loaded ([`StoryGrouper::save_state`]), so that a long-running
/// service restarts without replaying its stream.
#[derive(Serialize, Deserialize)]
pub struct StoryGrouper {
    options: StoryOptions,
    #[serde(skip)]
    extractor: FeatureExtractor,
    df: DocFreq,
    docs: u64,
    stories: FxHashMap<u64, OpenStory>,
    /// (last position, story number) of open stories: the least recently updated first.
    recency: BTreeSet<(u64, u64)>,
    /// term → (story slot, weight of the term in the article that indexed the story under it).
    postings: FxHashMap<Term, Vec<(u32, f32)>>,
    /// Open stories by slot (a small dense number, reused once its story closes; 0 = free), so
    /// the partial dot products accumulate in a dense array instead of a hash map.
    slot_story: Vec<u64>,
    free_slots: Vec<u32>,
    lsh: LshIndex,
    lsh_entries: FxHashMap<u64, (LshEntry, Signature)>,
    next_lsh: u64,
    next_story: u64,
    position: u64,
    clock: Option<i32>,
    stats: GroupingStats,
    closed: Vec<Story>,
    /// For each closed story, its articles in headline order (most central first).
    closed_order: Vec<Vec<usize>>,
    /// Working memory for finding candidate stories and comparing with them.
    #[serde(skip)]
    scratch: Scratch,
    /// Set by `finish`: stories close without leaving the (dropped) indexes.
    finishing: bool,
    /// Running mean of each article's similarity to the candidate stories it does not join best.
    background: f32,
    background_n: u32,
    /// Merges not yet taken by [`StoryGrouper::take_merges`]: (gone, kept) story numbers. Kept only
    /// when a caller asked for them ([`StoryGrouper::report_merges`]), so a stream that never takes
    /// them does not grow this list without bound.
    merges: Vec<(u64, u64)>,
    /// Whether merges are kept for [`StoryGrouper::take_merges`]: the caller's choice, not grouping
    /// state (not saved; a loaded grouper reports none until asked again).
    #[serde(skip)]
    report_merges: bool,
}

impl StoryGrouper {
    pub fn new(options: StoryOptions) -> Self {
        StoryGrouper {
            options,
            extractor: FeatureExtractor::new(),
            df: DocFreq::default(),
            docs: 0,
            stories: FxHashMap::default(),
            recency: BTreeSet::new(),
            postings: FxHashMap::default(),
            lsh: LshIndex::new(),
            lsh_entries: FxHashMap::default(),
            next_lsh: 0,
            next_story: 0,
            position: 0,
            clock: None,
            stats: GroupingStats::default(),
            closed: Vec::new(),
            closed_order: Vec::new(),
            scratch: Scratch::default(),
            slot_story: Vec::new(),
            free_slots: Vec::new(),
            finishing: false,
            background: 0.0,
            background_n: 0,
            merges: Vec::new(),
            report_merges: false,
        }
    }

    /// Asks the grouper to keep its merges for [`StoryGrouper::take_merges`] (off by default:
    /// callers that only read closed stories have no use for them, and a merge not taken stays in
    /// memory). A caller that shows open stories turns it on and takes them after every push.
    pub fn report_merges(&mut self, on: bool) {
        self.report_merges = on;
        if !on {
            self.merges.clear();
        }
    }

    pub fn options(&self) -> &StoryOptions {
        &self.options
    }

    /// Writes the grouper's whole state (open stories, indexes, term statistics, closed stories
    /// not yet taken), tagged with the format and the library version.
    pub fn save_state(&self, out: impl std::io::Write) -> Result<(), String> {
        let header = StateHeader {
            magic: STATE_MAGIC.to_string(),
            version: crate::VERSION.to_string(),
            code: GROUPING_CODE,
        };
        postcard::to_io(&(header, self), out)
            .map(|_| ())
            .map_err(|e| format!("cannot write the grouper's state: {e}"))
    }

    /// Reads a state written by [`StoryGrouper::save_state`] of this same library version (another
    /// version may group differently, so its state is refused: replay the stream instead).
    pub fn load_state(bytes: &[u8]) -> Result<StoryGrouper, String> {
        let (header, _): (StateHeader, &[u8]) =
            postcard::take_from_bytes(bytes).map_err(|e| format!("not a grouper state: {e}"))?;
        if header.magic != STATE_MAGIC {
            return Err("not a grouper state".to_string());
        }
        if header.version != crate::VERSION {
            return Err(format!(
                "a grouper state of roundup {}, not {}",
                header.version,
                crate::VERSION
            ));
        }
        if header.code != GROUPING_CODE {
            return Err("a grouper state saved by other grouping code".to_string());
        }
        let (_, grouper): (StateHeader, StoryGrouper) = postcard::from_bytes(bytes)
            .map_err(|e| format!("the grouper state is damaged: {e}"))?;
        Ok(grouper)
    }

    /// Counts so far.
    pub fn stats(&self) -> GroupingStats {
        self.stats
    }

    /// The merges since the last call, in the order they happened (see [`StoryMerge`]): a caller
    /// that shows open stories (as `roundup serve` does) moves the articles it filed under `from`
    /// to `into`. A merge happens while an article is added (it moves the stream's dates on, and
    /// an idle story takes its second look before it closes), before that article is placed.
    /// Empty unless [`StoryGrouper::report_merges`] was turned on; callers that only read closed
    /// stories need not ask (closed stories already hold their merged articles).
    pub fn take_merges(&mut self) -> Vec<StoryMerge> {
        self.merges
            .drain(..)
            .map(|(gone, kept)| StoryMerge {
                from: format!("story-{gone}"),
                into: format!("story-{kept}"),
            })
            .collect()
    }

    /// Stories currently open.
    pub fn open_stories(&self) -> usize {
        self.stories.len()
    }

    /// Adds one article; returns the stories that closed meanwhile.
    pub fn push(&mut self, article: Article) -> Vec<Story> {
        let features = self.extractor.extract(&article);
        self.assign(article, features);
        self.take_closed()
    }

    /// Adds a batch of articles (in stream order): features in parallel, then assignment in order.
    /// Returns the stories that closed meanwhile.
    pub fn push_batch(&mut self, articles: Vec<Article>) -> Vec<Story> {
        let features: Vec<ArticleFeatures> = articles
            .par_iter()
            .map(|a| self.extractor.extract(a))
            .collect();
        self.push_extracted(articles, features)
    }

    /// Computes features for a batch without assigning it (so a caller can overlap the next batch's
    /// extraction with this one's assignment; see [`StoryGrouper::push_extracted`]).
    pub fn extract_batch(
        extractor: &FeatureExtractor,
        articles: &[Article],
    ) -> Vec<ArticleFeatures> {
        articles.par_iter().map(|a| extractor.extract(a)).collect()
    }

    /// The feature extractor this grouper uses.
    pub fn extractor(&self) -> &FeatureExtractor {
        &self.extractor
    }

    /// Adds a batch whose features were computed with [`StoryGrouper::extract_batch`] (same order).
    pub fn push_extracted(
        &mut self,
        articles: Vec<Article>,
        features: Vec<ArticleFeatures>,
    ) -> Vec<Story> {
        for (a, f) in articles.into_iter().zip(features) {
            self.assign(a, f);
        }
        self.take_closed()
    }

    /// The stream pauses: every open story, oldest first, takes its second look (see
    /// [`StoryOptions::merge_threshold`]) and stays open. [`StoryGrouper::finish`] does the same
    /// before it closes them, so a caller that keeps its stories open (`roundup import`, then
    /// `roundup serve`) shows the stories a batch run (`roundup stories`) gives for the same
    /// articles; and a late article that later closes them finds them settled, with nothing left
    /// to merge.
    pub fn settle(&mut self) {
        let mut numbers: Vec<u64> = self.stories.keys().copied().collect();
        numbers.sort_unstable();
        for n in numbers {
            self.refine_before_close(n);
        }
    }

    /// Closes every open story; returns them (in the order they were opened) with the counts.
    pub fn finish(mut self) -> (Vec<Story>, GroupingStats) {
        let mut numbers: Vec<u64> = self.stories.keys().copied().collect();
        numbers.sort_unstable();
        // Each story, before it closes, may join a nearer open one (as when it closes by the window).
        // Copies are no longer looked up: the LSH index goes first (merges then skip its entries).
        self.lsh = LshIndex::new();
        self.lsh_entries = FxHashMap::default();
        for &n in &numbers {
            self.refine_before_close(n);
        }
        let mut numbers: Vec<u64> = self.stories.keys().copied().collect();
        numbers.sort_unstable();
        // Everything closes: the indexes go with the grouper instead of story by story.
        self.postings = FxHashMap::default();
        self.lsh = LshIndex::new();
        self.lsh_entries = FxHashMap::default();
        self.finishing = true;
        // No index or slot is kept up to date any more: the stories close side by side.
        let open: Vec<OpenStory> = numbers
            .iter()
            .filter_map(|n| self.stories.remove(n))
            .collect();
        self.recency.clear();
        self.stats.stories += open.len() as u64;
        let (stories, orders): (Vec<Story>, Vec<Vec<usize>>) =
            open.into_par_iter().map(closed_story).unzip();
        self.closed.extend(stories);
        self.closed_order.extend(orders);
        let closed = self.take_closed();
        (closed, self.stats)
    }

    /// The stories closed so far, their headlines made (in parallel: a lead sentence needs the
    /// cleaner and the sentence splitter).
    fn take_closed(&mut self) -> Vec<Story> {
        let mut closed = std::mem::take(&mut self.closed);
        let orders = std::mem::take(&mut self.closed_order);
        closed
            .par_iter_mut()
            .zip(orders.par_iter())
            .for_each(|(story, order)| {
                let (h, source) = headline(&story.articles, order);
                story.headline = h;
                story.headline_source = source;
            });
        closed
    }

    fn assign(&mut self, mut article: Article, f: ArticleFeatures) {
        let position = self.position;
        self.position += 1;
        self.stats.articles += 1;
        if f.day.is_none() {
            self.stats.undated += 1;
        }
        if let Some(day) = f.day {
            if self.clock.is_none_or(|c| day > c) {
                self.clock = Some(day);
                self.close_idle(day);
            }
        }
        if !self.options.keep_text {
            // Only the start is kept: enough for a lead-sentence headline.
            // Measured during extraction; re-measured should the features not fit this text.
            let mut cut = f.lead_text_len;
            if cut > article.text.len() || !article.text.is_char_boundary(cut) {
                cut = features::prefix_words(&article.text, features::LEAD_TEXT_WORDS).len();
            }
            article.text.truncate(cut);
            article.text.shrink_to_fit();
        }
        let member = |article: Article| Member {
            article: StoryArticle {
                article,
                position,
                duplicate_of: None,
                similarity: 0.0,
            },
            day: f.day,
            top: Vec::new(),
            group: 0,
        };
        if f.words == 0 {
            self.stats.empty += 1;
            self.emit_single(member(article), StoryFlag::Empty);
            return;
        }
        // Copies (the band keys come with the features; computed here should they not).
        let band_keys = f
            .band_keys
            .or_else(|| f.signature.as_ref().map(Signature::band_keys));
        if let (Some(sig), Some(keys)) = (&f.signature, &band_keys) {
            let mut best: Option<(u64, f32)> = None;
            for id in self.lsh.candidates_keyed(keys) {
                if let Some((_, s)) = self.lsh_entries.get(&id) {
                    let sim = sig.copy_similarity(s);
                    if sim >= DUPLICATE_THRESHOLD && best.is_none_or(|(_, b)| sim > b) {
                        best = Some((id, sim));
                    }
                }
            }
            if let Some((id, sim)) = best {
                self.stats.duplicates += 1;
                match self.lsh_entries[&id].0 {
                    LshEntry::Shared => {
                        self.stats.shared_text += 1;
                        self.emit_single(member(article), StoryFlag::SharedText);
                    }
                    LshEntry::Kept { story, group } => {
                        self.add_copy(story, group, id, sim, member(article));
                    }
                }
                return;
            }
        }
        // Term statistics count each distinct text once; the article's vector uses them updated.
        self.docs += 1;
        let short = f.content_words < self.options.min_content_words;
        let vector = self.count_and_weigh(&f, !short);
        if short {
            self.stats.short += 1;
            self.emit_single(member(article), StoryFlag::Short);
            return;
        }
        // Its heaviest terms, heaviest first: the query for candidate stories, the terms for
        // centrality, and the member vector compared with later articles.
        let heavy = |a: &(Term, f32), b: &(Term, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        let mut by_weight: Vec<(Term, f32)> = vector.clone();
        let keep = MEMBER_VECTOR_TERMS.max(MEMBER_TERMS).max(QUERY_TERMS);
        if by_weight.len() > keep {
            by_weight.select_nth_unstable_by(keep - 1, heavy);
            by_weight.truncate(keep);
        }
        by_weight.sort_unstable_by(heavy);
        let query: Vec<(Term, f32)> = by_weight.iter().take(QUERY_TERMS).copied().collect();
        let top: Vec<(Term, f32)> = by_weight.iter().take(MEMBER_TERMS).copied().collect();
        by_weight.truncate(MEMBER_VECTOR_TERMS);
        by_weight.sort_unstable_by_key(|x| x.0);
        let member_vector = by_weight;

        let best = self.best_story(&vector, &query, f.day);
        let mut m = member(article);
        m.top = top;
        let number = match best {
            Some(n) => n,
            None => self.open_story(),
        };
        self.add_member(
            number,
            m,
            &vector,
            &member_vector,
            &query,
            f.signature.zip(band_keys),
        );
        self.enforce_capacity();
    }

    /// Counts the article's terms into the document frequencies and, when `weigh`, returns its
    /// TF-IDF vector with them (unit length, sorted by term).
    fn count_and_weigh(&mut self, f: &ArticleFeatures, weigh: bool) -> Vec<(Term, f32)> {
        self.df.prepare(f.terms.iter().map(|t| term_of(t.key)));
        if !weigh {
            for t in &f.terms {
                self.df.count(term_of(t.key));
            }
            return Vec::new();
        }
        let n = self.docs.max(1) as f32;
        let o = self.options;
        let mut norm = 0.0f32;
        let mut v: Vec<(Term, f32)> = Vec::with_capacity(f.terms.len());
        // The IDF of the small document frequencies (most of an article's terms), computed once
        // per article.
        let mut idf_memo = [0.0f32; 64];
        let mut memo_set = 0u64;
        for t in &f.terms {
            let df = self.df.count(term_of(t.key));
            let mut idf = if (df as usize) < idf_memo.len() {
                if memo_set & (1 << df) == 0 {
                    idf_memo[df as usize] = (n / df as f32).ln_1p();
                    memo_set |= 1 << df;
                }
                idf_memo[df as usize]
            } else {
                (n / df as f32).ln_1p()
            };
            if o.idf_power != 1.0 {
                idf = idf.powf(o.idf_power);
            }
            let tf = 1.0 + (t.count as f32).ln();
            let lead = if t.lead { 1.0 + o.lead_boost } else { 1.0 };
            let name = if t.name { 1.0 + o.name_boost } else { 1.0 };
            let w = tf * idf * lead * name;
            norm += w * w;
            v.push((term_of(t.key), w));
        }
        let norm = norm.sqrt();
        if norm > 0.0 {
            for x in &mut v {
                x.1 /= norm;
            }
        }
        v
    }

    /// The similarity an article needs to join a story: [`StoryOptions::relative_threshold`] times
    /// the stream's background similarity, and at least [`StoryOptions::threshold`].
    pub fn threshold(&self) -> f32 {
        let k = self.options.relative_threshold;
        if k <= 0.0 {
            return self.options.threshold;
        }
        // Before the stream has shown its background, a prior of BACKGROUND_PRIOR articles at it.
        let n = self.background_n as f32;
        let bg = (self.background * n + BACKGROUND_PRIOR * self.options.background_prior)
            / (n + BACKGROUND_PRIOR);
        (k * bg).max(self.options.threshold)
    }

    fn best_story(
        &mut self,
        vector: &[(Term, f32)],
        query: &[(Term, f32)],
        day: Option<i32>,
    ) -> Option<u64> {
        // Partial dot products over the query terms pick the few stories compared in full.
        // Postings hold open stories only (a closing story leaves them and frees its slot).
        let lists = posting_lists(&self.postings, query);
        let Scratch { hits, touched, .. } = &mut self.scratch;
        hits.resize(self.slot_story.len(), 0.0);
        touched.clear();
        for &(list, w) in &lists {
            for &(slot, ws) in list {
                let h = &mut hits[slot as usize];
                if *h == 0.0 {
                    touched.push(slot);
                }
                *h += w * ws;
            }
        }
        let mut cands: Vec<(u64, f32)> = Vec::with_capacity(touched.len());
        for &slot in touched.iter() {
            let h = std::mem::take(&mut hits[slot as usize]);
            if h > 0.0 {
                cands.push((self.slot_story[slot as usize], h));
            }
        }
        let order = |a: &(u64, f32), b: &(u64, f32)| b.1.total_cmp(&a.1).then(b.0.cmp(&a.0));
        let keep = MAX_CANDIDATES;
        if cands.len() > keep {
            cands.select_nth_unstable_by(keep - 1, order);
            cands.truncate(keep);
        }
        cands.sort_unstable_by(order);
        // The candidates' stories, then every cache line of their profiles and recent members,
        // side by side (the comparisons below are bound by memory, and these are scattered).
        let mut picked: [Option<(u64, &OpenStory)>; MAX_CANDIDATES] = [None; MAX_CANDIDATES];
        let mut np = 0;
        for &(s, _) in &cands {
            if let Some(story) = self.stories.get(&s) {
                picked[np] = Some((s, story));
                np += 1;
            }
        }
        let mut first = 0u32;
        for &(_, story) in picked[..np].iter().flatten() {
            first ^= touch_lines(&story.profile) ^ touch_lines(&story.recent);
        }
        std::hint::black_box(first);
        self.scratch.table.fill(vector);
        let mut best: Option<(u64, f32)> = None;
        let threshold = self.threshold();
        let mut all_sims: Vec<f32> = Vec::with_capacity(np);
        for &(s, story) in picked[..np].iter().flatten() {
            let table = &self.scratch.table;
            let mut sim = if story.norm > 0.0 {
                table.dot(&story.profile) / story.norm
            } else {
                0.0
            };
            let w = self.options.member_weight;
            if w > 0.0 {
                let mut best_member = 0.0f32;
                let mut rest = &story.recent[..];
                for &len in story.recent_lens.as_slice() {
                    let (m, tail) = rest.split_at(len as usize);
                    best_member = best_member.max(table.dot(m));
                    rest = tail;
                }
                sim = (1.0 - w) * sim + w * best_member;
            }
            if let (Some(d), Some(first), Some(last)) = (day, story.first_day, story.last_day) {
                let gap = if d < first {
                    first - d
                } else {
                    (d - last).max(0)
                };
                sim /= 1.0 + gap as f32 / self.options.time_scale_days.max(1e-3);
            }
            all_sims.push(sim);
            if sim >= threshold && best.is_none_or(|(bs, b)| sim > b || (sim == b && s < bs)) {
                best = Some((s, sim));
            }
        }
        // The stream's background: the mean similarity to the candidates that are not the best,
        // among the first BACKGROUND_CANDIDATES by partial score.
        all_sims.truncate(BACKGROUND_CANDIDATES);
        if all_sims.len() >= 3 {
            all_sims.sort_unstable_by(|a, b| b.total_cmp(a));
            let bg = all_sims[1..].iter().sum::<f32>() / (all_sims.len() - 1) as f32;
            self.background_n = (self.background_n + 1).min(BACKGROUND_HORIZON);
            self.background += (bg - self.background) / self.background_n as f32;
        }
        best.map(|b| b.0)
    }

    /// The time discount of the gap between two open stories (1 when either is undated).
    fn story_gap_discount(&self, a: &OpenStory, b: &OpenStory) -> f32 {
        if let (Some(af), Some(al), Some(bf), Some(bl)) =
            (a.first_day, a.last_day, b.first_day, b.last_day)
        {
            let gap = (bf - al).max(af - bl).max(0);
            1.0 + gap as f32 / self.options.time_scale_days.max(1e-3)
        } else {
            1.0
        }
    }

    /// Open stories near story `number` (through the inverted index of its heaviest profile
    /// terms), at most [`MAX_CANDIDATES`], the most similar in the index first.
    fn story_candidates(&self, number: u64, scratch: &mut Scratch) -> Vec<u64> {
        let story = &self.stories[&number];
        // The heaviest profile terms, kept in a small sorted array (no copy of the profile).
        let heavier = |a: (Term, f32), b: (Term, f32)| a.1 > b.1 || (a.1 == b.1 && a.0 < b.0);
        let mut query = [(0 as Term, 0.0f32); QUERY_TERMS];
        let mut nq = 0;
        for &x in &story.profile {
            insert_top(&mut query, &mut nq, x, heavier);
        }
        let own = story.slot;
        let lists = posting_lists(&self.postings, &query[..nq]);
        let Scratch { hits, touched, .. } = scratch;
        hits.resize(self.slot_story.len(), 0.0);
        touched.clear();
        for &(list, w) in &lists {
            for &(slot, ws) in list {
                if slot == own {
                    continue;
                }
                let h = &mut hits[slot as usize];
                if *h == 0.0 {
                    touched.push(slot);
                }
                *h += w * ws;
            }
        }
        // The best by partial score (ties: the newer story), kept in a small sorted array.
        let better = |a: (u64, f32), b: (u64, f32)| a.1 > b.1 || (a.1 == b.1 && a.0 > b.0);
        let mut best = [(0u64, 0.0f32); MAX_CANDIDATES];
        let mut nb = 0;
        for &slot in touched.iter() {
            let h = std::mem::take(&mut hits[slot as usize]);
            if h <= 0.0 || (nb == MAX_CANDIDATES && h < best[nb - 1].1) {
                continue;
            }
            insert_top(
                &mut best,
                &mut nb,
                (self.slot_story[slot as usize], h),
                better,
            );
        }
        // The index holds open stories only (a closing story leaves it and frees its slot).
        best[..nb].iter().map(|c| c.0).collect()
    }

    /// Before story `number` closes: the open story nearest to it under average linkage takes
    /// it when their linkage reaches [`StoryOptions::merge_threshold`] × the join threshold (the
    /// two stay open as one, under the older number). Returns whether it merged.
    fn refine_before_close(&mut self, number: u64) -> bool {
        let mut scratch = std::mem::take(&mut self.scratch);
        let nearest = self.nearest_story(number, &mut scratch);
        self.scratch = scratch;
        match nearest {
            Some(s) => {
                self.merge_stories(number.min(s), number.max(s));
                true
            }
            None => false,
        }
    }

    /// The open story nearest to story `number` under average linkage, when their linkage
    /// reaches [`StoryOptions::merge_threshold`] × the join threshold (see
    /// [`StoryGrouper::refine_before_close`]). Reads the grouper only, so that many stories can
    /// look at once (each with its own `scratch`).
    fn nearest_story(&self, number: u64, scratch: &mut Scratch) -> Option<u64> {
        let k = self.options.merge_threshold;
        if k <= 0.0 || !self.stories.contains_key(&number) {
            return None;
        }
        let least = k * self.threshold();
        let candidates = self.story_candidates(number, scratch);
        if candidates.is_empty() {
            return None;
        }
        // Average linkage: the mean cosine between a member of one story and a member of the
        // other, from their profiles (sums of their members' unit vectors), time-discounted. The
        // closing story's profile goes into the hash table once; each candidate costs one probe a
        // term.
        let a = &self.stories[&number];
        scratch.table.fill(&a.profile);
        let na = a.groups.len().max(1) as f32;
        // The dot product of two profiles is at most the product of their norms (Cauchy-Schwarz):
        // a bound that skips, without their dot product, candidates that cannot reach `least`.
        let a_spread = a.norm / na;
        // The candidates' stories first, side by side (see `story_candidates`).
        let others: Vec<(u64, &OpenStory)> =
            candidates.iter().map(|&s| (s, &self.stories[&s])).collect();
        // Then every cache line of the profiles compared below, side by side.
        let reachable = |b: &OpenStory| {
            let nb = b.groups.len().max(1) as f32;
            a_spread * (b.norm / nb) / self.story_gap_discount(a, b) >= least
        };
        let mut first = 0u32;
        for (_, b) in &others {
            if reachable(b) {
                first ^= touch_lines(&b.profile);
            }
        }
        std::hint::black_box(first);
        let mut best: Option<(u64, f32)> = None;
        for (s, b) in others {
            let nb = b.groups.len().max(1) as f32;
            let discount = self.story_gap_discount(a, b);
            if a_spread * (b.norm / nb) / discount < least {
                continue;
            }
            let sim = scratch.table.dot(&b.profile) / (na * nb) / discount;
            if sim >= least && best.is_none_or(|(bs, b)| sim > b || (sim == b && s < bs)) {
                best = Some((s, sim));
            }
        }
        best.map(|(s, _)| s)
    }

    /// Story `gone` joins story `keep` (both open): members in arrival order, duplicate groups,
    /// profile, recent members, index entries.
    fn merge_stories(&mut self, keep: u64, gone: u64) {
        let g = self.stories.remove(&gone).expect("open story");
        self.recency.remove(&(g.last_position, gone));
        let k = self.stories.get_mut(&keep).expect("open story");
        self.recency.remove(&(k.last_position, keep));
        // Index entries: the gone story's slot now means the kept story.
        for t in &g.indexed {
            if let Some(list) = self.postings.get_mut(t) {
                let had = list.iter().any(|x| x.0 == k.slot);
                if had {
                    list.retain(|x| x.0 != g.slot);
                } else {
                    for x in list.iter_mut() {
                        if x.0 == g.slot {
                            x.0 = k.slot;
                        }
                    }
                    k.indexed.push(*t);
                }
            }
        }
        // Members in arrival order.
        let (ka, ga) = (k.members.len(), g.members.len());
        let mut order: Vec<(u64, bool, usize)> = Vec::with_capacity(ka + ga);
        order.extend(
            k.members
                .iter()
                .enumerate()
                .map(|(i, m)| (m.article.position, false, i)),
        );
        order.extend(
            g.members
                .iter()
                .enumerate()
                .map(|(i, m)| (m.article.position, true, i)),
        );
        order.sort_unstable();
        let mut new_k = vec![0usize; ka];
        let mut new_g = vec![0usize; ga];
        for (new, &(_, from_g, i)) in order.iter().enumerate() {
            if from_g {
                new_g[i] = new;
            } else {
                new_k[i] = new;
            }
        }
        let offset = k.groups.len();
        let mut slots: Vec<Option<Member>> = (0..ka + ga).map(|_| None).collect();
        for (i, m) in k.members.drain(..).enumerate() {
            slots[new_k[i]] = Some(m);
        }
        for (i, mut m) in g.members.into_iter().enumerate() {
            m.group += offset;
            slots[new_g[i]] = Some(m);
        }
        k.members = slots.into_iter().map(|m| m.expect("member")).collect();
        for dg in &mut k.groups {
            for i in &mut dg.members {
                *i = new_k[*i];
            }
        }
        for mut dg in g.groups {
            for i in &mut dg.members {
                *i = new_g[*i];
            }
            if let Some((LshEntry::Kept { story, group }, _)) = self.lsh_entries.get_mut(&dg.lsh_id)
            {
                *story = keep;
                *group += offset;
            }
            k.groups.push(dg);
        }
        k.profile = add_capped(&k.profile, &g.profile, PROFILE_TERMS);
        k.norm = k.profile.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
        // Recent members: the gone story's after the kept one's, the most recent kept.
        let mut lens: Vec<u8> = k.recent_lens.as_slice().to_vec();
        let mut recent = std::mem::take(&mut k.recent);
        lens.extend_from_slice(g.recent_lens.as_slice());
        recent.extend_from_slice(&g.recent);
        while lens.len() > MEMBER_VECTORS {
            let first = lens.remove(0);
            recent.drain(..first as usize);
        }
        k.recent = recent;
        k.recent_lens = RecentLens::from_slice(&lens);
        k.first_day = match (k.first_day, g.first_day) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        k.last_day = match (k.last_day, g.last_day) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        k.last_position = k.last_position.max(g.last_position);
        self.recency.insert((k.last_position, keep));
        self.release_slot(g.slot);
        self.stats.merged += 1;
        if self.report_merges {
            self.merges.push((gone, keep));
        }
    }

    fn open_story(&mut self) -> u64 {
        self.next_story += 1;
        let number = self.next_story;
        let slot = match self.free_slots.pop() {
            Some(slot) => {
                self.slot_story[slot as usize] = number;
                slot
            }
            None => {
                self.slot_story.push(number);
                u32::try_from(self.slot_story.len() - 1).expect("fewer than 2^32 open stories")
            }
        };
        self.stories.insert(
            number,
            OpenStory {
                number,
                slot,
                profile: Vec::new(),
                norm: 0.0,
                members: Vec::new(),
                groups: Vec::new(),
                first_day: None,
                last_day: None,
                last_position: 0,
                indexed: Vec::new(),
                recent: Vec::new(),
                recent_lens: RecentLens::default(),
            },
        );
        self.stats.max_open = self.stats.max_open.max(self.stories.len() as u64);
        number
    }

    fn add_member(
        &mut self,
        number: u64,
        mut m: Member,
        vector: &[(Term, f32)],
        member_vector: &[(Term, f32)],
        query: &[(Term, f32)],
        signature: Option<(Signature, [u64; minhash::BANDS])>,
    ) {
        let lsh_id = self.next_lsh;
        self.next_lsh += 1;
        let story = self.stories.get_mut(&number).expect("open story");
        let index = story.members.len();
        m.group = story.groups.len();
        if let Some((sig, keys)) = &signature {
            self.lsh.insert_keyed(lsh_id, keys);
            self.lsh_entries.insert(
                lsh_id,
                (
                    LshEntry::Kept {
                        story: number,
                        group: m.group,
                    },
                    sig.clone(),
                ),
            );
        }
        story.groups.push(DupGroup {
            members: vec![index],
            lsh_id,
            signature: signature.map(|(sig, _)| sig),
        });
        story.profile = add_capped(&story.profile, vector, PROFILE_TERMS);
        if self.options.member_weight > 0.0 {
            if story.recent_lens.len() >= MEMBER_VECTORS {
                let oldest = story.recent_lens.pop_front();
                story.recent.drain(..oldest as usize);
            }
            story.recent_lens.push_back(member_vector.len());
            story.recent.extend_from_slice(member_vector);
        }
        story.norm = story.profile.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
        touch_days(story, m.day);
        self.recency.remove(&(story.last_position, number));
        story.last_position = m.article.position;
        self.recency.insert((story.last_position, number));
        story.members.push(m);
        for &(t, w) in query {
            let list = self.postings.entry(t).or_default();
            if list.last().map(|x| x.0) != Some(story.slot) {
                list.push((story.slot, w));
                if list.len() > MAX_POSTINGS {
                    list.drain(..MAX_POSTINGS / 2);
                }
                story.indexed.push(t);
            }
        }
    }

    fn add_copy(&mut self, number: u64, group: usize, lsh_id: u64, similarity: f32, mut m: Member) {
        let story = self.stories.get_mut(&number).expect("open story");
        let kept = story.groups[group].members[0];
        m.article.duplicate_of = Some(story.members[kept].article.article.id.clone());
        m.article.similarity = similarity;
        m.group = group;
        let index = story.members.len();
        touch_days(story, m.day);
        self.recency.remove(&(story.last_position, number));
        story.last_position = m.article.position;
        self.recency.insert((story.last_position, number));
        story.members.push(m);
        story.groups[group].members.push(index);
        if story.groups[group].members.len() > self.options.max_copies {
            self.make_shared(number, group, lsh_id);
        }
    }

    /// A duplicate group became too large to be one story's copies: its articles stand alone as
    /// shared text, and its text is remembered as such.
    fn make_shared(&mut self, number: u64, group: usize, lsh_id: u64) {
        let mut story = self.stories.remove(&number).expect("open story");
        self.recency.remove(&(story.last_position, number));
        let g = story.groups[group].clone();
        self.lsh.remove(
            lsh_id,
            g.signature.as_ref().expect("copies have signatures"),
        );
        let sig = self.lsh_entries.remove(&lsh_id).expect("lsh entry").1;
        let shared_id = self.next_lsh;
        self.next_lsh += 1;
        self.lsh.insert(shared_id, &sig);
        self.lsh_entries.insert(shared_id, (LshEntry::Shared, sig));
        let leaving: std::collections::HashSet<usize> = g.members.iter().copied().collect();
        let mut kept_members = Vec::new();
        let mut out = Vec::new();
        for (i, m) in story.members.drain(..).enumerate() {
            if leaving.contains(&i) {
                out.push(m);
            } else {
                kept_members.push((i, m));
            }
        }
        self.stats.shared_text += out.len() as u64;
        // Re-index what remains.
        let mut remap = vec![usize::MAX; kept_members.len() + out.len()];
        for (new, (old, _)) in kept_members.iter().enumerate() {
            remap[*old] = new;
        }
        story.members = kept_members.into_iter().map(|(_, m)| m).collect();
        let mut groups = Vec::new();
        let mut group_remap = vec![usize::MAX; story.groups.len()];
        for (gi, mut dg) in story.groups.drain(..).enumerate() {
            if gi == group {
                continue;
            }
            dg.members = dg.members.iter().map(|&i| remap[i]).collect();
            group_remap[gi] = groups.len();
            groups.push(dg);
        }
        for m in &mut story.members {
            m.group = group_remap[m.group];
        }
        for (gi, dg) in groups.iter().enumerate() {
            if let Some((LshEntry::Kept { group, .. }, _)) = self.lsh_entries.get_mut(&dg.lsh_id) {
                *group = gi;
            }
        }
        story.groups = groups;
        for mut m in out {
            m.article.duplicate_of = None;
            m.article.similarity = 0.0;
            self.emit_single(m, StoryFlag::SharedText);
        }
        if story.members.is_empty() {
            self.unindex(&story);
            self.release_slot(story.slot);
        } else {
            story.first_day = story.members.iter().filter_map(|m| m.day).min();
            story.last_day = story.members.iter().filter_map(|m| m.day).max();
            story.last_position = story
                .members
                .iter()
                .map(|m| m.article.position)
                .max()
                .unwrap_or(0);
            self.recency.insert((story.last_position, number));
            self.stories.insert(number, story);
        }
    }

    fn release_slot(&mut self, slot: u32) {
        self.slot_story[slot as usize] = 0;
        self.free_slots.push(slot);
    }

    fn enforce_capacity(&mut self) {
        while self.stories.len() > self.options.max_open_stories.max(1) {
            let Some(&(_, number)) = self.recency.iter().next() else {
                break;
            };
            self.stats.evicted += 1;
            self.close(number);
        }
    }

    fn close_idle(&mut self, today: i32) {
        let limit = today - self.options.window_days as i32;
        let mut idle: Vec<u64> = self
            .stories
            .values()
            .filter(|s| s.last_day.is_some_and(|d| d < limit))
            .map(|s| s.number)
            .collect();
        idle.sort_unstable();
        for n in idle {
            if !self.refine_before_close(n) {
                self.close(n);
            }
        }
    }

    fn unindex(&mut self, story: &OpenStory) {
        for t in &story.indexed {
            if let Some(list) = self.postings.get_mut(t) {
                list.retain(|&(s, _)| s != story.slot);
                if list.is_empty() {
                    self.postings.remove(t);
                }
            }
        }
        for g in &story.groups {
            if let Some(sig) = &g.signature {
                self.lsh.remove(g.lsh_id, sig);
                self.lsh_entries.remove(&g.lsh_id);
            }
        }
    }

    fn close(&mut self, number: u64) {
        let Some(story) = self.stories.remove(&number) else {
            return;
        };
        self.release_slot(story.slot);
        self.recency.remove(&(story.last_position, number));
        if !self.finishing {
            self.unindex(&story);
        }
        let (out, order) = closed_story(story);
        self.stats.stories += 1;
        self.closed.push(out);
        self.closed_order.push(order);
    }

    fn emit_single(&mut self, m: Member, flag: StoryFlag) {
        self.next_story += 1;
        let story = emitted_story(self.next_story, vec![m], Vec::new(), Some(flag));
        self.stats.stories += 1;
        self.closed.push(story);
        self.closed_order.push(vec![0]);
    }

    /// Where the most recently pushed article went, while its story is open: the story's id
    /// (`story-N`) and the article as the story holds it (with `duplicate_of` for a copy).
    /// `None` when that article was emitted as a single flagged story (see the returned stories).
    pub fn last_placement(&self) -> Option<(String, &StoryArticle)> {
        let last = self.position.checked_sub(1)?;
        let &(_, number) = self.recency.iter().next_back()?;
        let story = self.stories.get(&number)?;
        let member = story
            .members
            .iter()
            .rev()
            .find(|m| m.article.position == last)?;
        Some((format!("story-{number}"), &member.article))
    }
}

/// Reads one entry in each cache line of `entries` (eight 8-byte entries a line), folded together
/// for [`std::hint::black_box`]: touching the lines of several scattered slices this way first
/// has the processor fetch them side by side, before any is walked (the candidate searches and
/// comparisons are bound by these memory reads, not by compute).
fn touch_lines(entries: &[(u32, f32)]) -> u32 {
    entries.iter().step_by(8).fold(0, |acc, x| acc ^ x.0)
}

/// The posting lists of the query terms, with each term's weight (an empty list for a term no open
/// story holds), every list's cache lines fetched side by side ([`touch_lines`]) before any is
/// walked.
fn posting_lists<'a>(
    postings: &'a FxHashMap<Term, Vec<(u32, f32)>>,
    query: &[(Term, f32)],
) -> [(&'a [(u32, f32)], f32); QUERY_TERMS] {
    let mut lists: [(&[(u32, f32)], f32); QUERY_TERMS] = [(&[], 0.0); QUERY_TERMS];
    let mut first = 0u32;
    for (l, &(t, w)) in lists.iter_mut().zip(query) {
        if let Some(list) = postings.get(&t) {
            *l = (list, w);
            first ^= touch_lines(list);
        }
    }
    std::hint::black_box(first);
    lists
}

/// The most central member first, then the others in arrival order.
fn centrality_order(story: &OpenStory, central: usize) -> Vec<usize> {
    let mut order = vec![central];
    order.extend((0..story.members.len()).filter(|&i| i != central));
    order
}

fn touch_days(story: &mut OpenStory, day: Option<i32>) {
    if let Some(d) = day {
        story.first_day = Some(story.first_day.map_or(d, |f| f.min(d)));
        story.last_day = Some(story.last_day.map_or(d, |l| l.max(d)));
    }
}

/// The date string of the member whose day wins `better`.
fn date_at(members: &[Member], better: impl Fn(i32, i32) -> bool) -> Option<String> {
    let mut best: Option<(i32, &str)> = None;
    for m in members {
        if let (Some(d), Some(s)) = (m.day, m.article.article.date.as_deref()) {
            if best.is_none_or(|(b, _)| better(d, b)) {
                best = Some((d, s));
            }
        }
    }
    best.map(|b| b.1.trim().to_string())
}

/// A closing story as it is emitted (its headline still to be made, in `take_closed`) and its
/// articles in headline order (most central first).
fn closed_story(story: OpenStory) -> (Story, Vec<usize>) {
    let central = story
        .members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.article.duplicate_of.is_none())
        .map(|(i, m)| {
            let c: f32 = m
                .top
                .iter()
                .map(|&(t, w)| {
                    story
                        .profile
                        .binary_search_by_key(&t, |x| x.0)
                        .map_or(0.0, |k| story.profile[k].1 * w)
                })
                .sum();
            (i, c)
        })
        .fold(None, |best: Option<(usize, f32)>, x| match best {
            Some(b) if b.1 >= x.1 => Some(b),
            _ => Some(x),
        })
        .map_or(0, |b| b.0);
    let order = centrality_order(&story, central);
    let groups: Vec<Vec<String>> = story
        .groups
        .iter()
        .filter(|g| g.members.len() > 1)
        .map(|g| {
            g.members
                .iter()
                .map(|&i| story.members[i].article.article.id.clone())
                .collect()
        })
        .collect();
    (
        emitted_story(story.number, story.members, groups, None),
        order,
    )
}

/// A story as it leaves the grouper: its id, dates and articles; the headline is made later, in
/// parallel over the stories leaving together (`take_closed`).
fn emitted_story(
    number: u64,
    members: Vec<Member>,
    duplicate_groups: Vec<Vec<String>>,
    flag: Option<StoryFlag>,
) -> Story {
    Story {
        id: format!("story-{number}"),
        headline: String::new(),
        headline_source: HeadlineSource::None,
        first_seen: date_at(&members, |a, b| a < b),
        last_seen: date_at(&members, |a, b| a > b),
        articles: members.into_iter().map(|m| m.article).collect(),
        duplicate_groups,
        flag,
    }
}

/// A real title of the most central article with one, else the lead sentence of the most central
/// article that has text.
fn headline(members: &[StoryArticle], order: &[usize]) -> (String, HeadlineSource) {
    for &i in order {
        if let Some(t) = members[i].article.title.as_deref() {
            let t = crate::clean::normalize_inline(t);
            if !t.trim().is_empty() {
                return (t, HeadlineSource::Title);
            }
        }
    }
    // page furniture heads a story only when all its articles open with nothing else
    for skip_furniture in [true, false] {
        for &i in order {
            if let Some(lead) = opening_sentence(&members[i].article.text, skip_furniture) {
                return (lead, HeadlineSource::Lead);
            }
        }
    }
    (String::new(), HeadlineSource::None)
}

/// The first sentence of at least four words of the cleaned start of a text (cut at 40 words),
/// passing over page furniture ([`crate::clean::is_page_furniture`]: "Breaking News Emails Get
/// breaking news alerts ...", "FILE - In this 2013 file photo, ..."), which would otherwise head
/// every story of the site that prints it. None when the start holds nothing else.
pub fn lead_sentence(text: &str) -> Option<String> {
    opening_sentence(text, true)
}

/// [`lead_sentence`], passing over page furniture or not.
fn opening_sentence(text: &str, skip_furniture: bool) -> Option<String> {
    let mut end = text.len();
    for (k, (i, _)) in text
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .enumerate()
    {
        if k == 120 {
            end = i;
            break;
        }
    }
    let (clean, _) = clean_text(&text[..end]);
    let sentences = split_sentences(&clean);
    let usable =
        |r: &&std::ops::Range<usize>| !(skip_furniture && is_page_furniture(&clean[(*r).clone()]));
    // a short sentence only when there is no longer one, and never the piece the cut left
    let complete = if end < text.len() {
        sentences.len().saturating_sub(1)
    } else {
        sentences.len()
    };
    let pick = sentences
        .iter()
        .filter(usable)
        .find(|r| clean[(*r).clone()].split_whitespace().count() >= 4)
        .or_else(|| sentences[..complete].iter().find(usable))?;
    let words: Vec<&str> = clean[pick.clone()].split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let mut s = words[..words.len().min(40)].join(" ");
    if words.len() > 40 {
        s.push_str(" …");
    }
    Some(s)
}

/// Document frequencies by term: an open-addressing table (term ids are already well-mixed hash
/// bits), so that an article's terms can be fetched side by side before they are counted (the
/// table is large and its lookups scattered). Saved as a list of (term, count).
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(from = "Vec<(Term, u32)>", into = "Vec<(Term, u32)>")]
struct DocFreq {
    /// (term, count); term 0 marks an empty slot (`term_of` never gives it). A power of two long,
    /// at most half full.
    slots: Vec<(Term, u32)>,
    len: usize,
}

impl DocFreq {
    /// Makes room for `terms` (so that they do not move while counted) and fetches their slots.
    fn prepare(&mut self, terms: impl ExactSizeIterator<Item = Term> + Clone) {
        let need = (self.len + terms.len()) * 2;
        // (never left empty: the mask below is its length minus one)
        if need > self.slots.len() || self.slots.is_empty() {
            self.grow(need.next_power_of_two().max(1024));
        }
        let mask = self.slots.len() - 1;
        let mut first = 0u32;
        for t in terms {
            first ^= self.slots[t as usize & mask].0;
        }
        std::hint::black_box(first);
    }

    fn grow(&mut self, size: usize) {
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); size]);
        let mask = size - 1;
        for (t, c) in old {
            if t != 0 {
                let mut i = t as usize & mask;
                while self.slots[i].0 != 0 {
                    i = (i + 1) & mask;
                }
                self.slots[i] = (t, c);
            }
        }
    }

    /// Counts one more document with term `t` (room made by `prepare`); returns its count.
    fn count(&mut self, t: Term) -> u32 {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow((self.slots.len() * 2).max(1024));
        }
        let mask = self.slots.len() - 1;
        let mut i = t as usize & mask;
        loop {
            let slot = &mut self.slots[i];
            if slot.0 == t {
                slot.1 += 1;
                return slot.1;
            }
            if slot.0 == 0 {
                *slot = (t, 1);
                self.len += 1;
                return 1;
            }
            i = (i + 1) & mask;
        }
    }
}

impl From<Vec<(Term, u32)>> for DocFreq {
    fn from(v: Vec<(Term, u32)>) -> Self {
        let mut df = DocFreq::default();
        df.grow((v.len() * 2).next_power_of_two().max(1024));
        let mask = df.slots.len() - 1;
        for (t, c) in v {
            if t == 0 {
                continue;
            }
            let mut i = t as usize & mask;
            while df.slots[i].0 != 0 && df.slots[i].0 != t {
                i = (i + 1) & mask;
            }
            if df.slots[i].0 == 0 {
                df.len += 1;
            }
            df.slots[i] = (t, c);
        }
        df
    }
}

impl From<DocFreq> for Vec<(Term, u32)> {
    fn from(df: DocFreq) -> Self {
        df.slots.into_iter().filter(|x| x.0 != 0).collect()
    }
}

/// Working memory of a candidate search and its comparisons, reused from call to call.
#[derive(Debug, Default)]
struct Scratch {
    /// Partial dot products with candidate stories, by slot, and the slots touched.
    hits: Vec<f32>,
    touched: Vec<u32>,
    /// One vector (an article's or a story's profile) as a hash table, for dot products.
    table: TermTable,
}

/// One sparse vector as an open-addressing hash table (term keys are already well-mixed hashes),
/// reused from article to article: dot products with other sorted vectors cost one probe a term.
#[derive(Debug, Default)]
struct TermTable {
    slots: Vec<(Term, f32)>,
    used: Vec<usize>,
    mask: usize,
}

impl TermTable {
    /// Loads `v` (distinct keys), replacing what was there.
    fn fill(&mut self, v: &[(Term, f32)]) {
        for &i in &self.used {
            self.slots[i] = (0, 0.0);
        }
        self.used.clear();
        let want = (v.len() * 4).next_power_of_two().max(64);
        if self.slots.len() < want {
            self.slots = vec![(0, 0.0); want];
        }
        self.mask = self.slots.len() - 1;
        for &(k, w) in v {
            // Key 0 marks an empty slot (`term_of` never gives it).
            if k == 0 {
                continue;
            }
            let mut i = (k as usize) & self.mask;
            while self.slots[i].0 != 0 {
                i = (i + 1) & self.mask;
            }
            self.slots[i] = (k, w);
            self.used.push(i);
        }
    }

    /// Dot product of the loaded vector with `v`.
    fn dot(&self, v: &[(Term, f32)]) -> f32 {
        if self.used.is_empty() {
            return 0.0;
        }
        let mut dot = 0.0f32;
        for &(k, w) in v {
            let mut i = (k as usize) & self.mask;
            loop {
                let slot = self.slots[i];
                if slot.0 == k {
                    dot += slot.1 * w;
                    break;
                }
                if slot.0 == 0 {
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
        dot
    }
}

/// Cosine of a unit vector with a profile of norm `norm` (both sorted by term): the merge walk
/// [`TermTable::dot`] replaces, kept to check it.
#[cfg(test)]
fn cosine(v: &[(Term, f32)], profile: &[(Term, f32)], norm: f32) -> f32 {
    if norm <= 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
    while i < v.len() && j < profile.len() {
        match v[i].0.cmp(&profile[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += v[i].1 * profile[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot / norm
}

/// The sum of two sorted vectors, keeping the `cap` heaviest terms (sorted by term).
fn add_capped(a: &[(Term, f32)], b: &[(Term, f32)], cap: usize) -> Vec<(Term, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j == b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i == a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1));
            i += 1;
            j += 1;
        }
    }
    if out.len() > cap {
        out.select_nth_unstable_by(cap - 1, |x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        out.truncate(cap);
        out.sort_unstable_by_key(|x| x.0);
    }
    out
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
