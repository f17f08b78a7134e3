//! The in-memory news desk: every article (without its text, which stays in the store), the
//! stories they joined (through the stories library's incremental grouper), and each story's cited
//! summary, recomputed when the story changed.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

use roundup::pipeline::{summarize_cluster, SummarizedCluster};
use roundup::stories::{lead_sentence, story_number, StoryGrouper, StoryOptions};
use roundup::summarize::SummaryOptions;
use roundup::text::Analyzer;
use roundup::{Article, Cluster};

use crate::store::{Placement, StoredArticle};

/// An article and where it went.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its sequence number (its id as a number).
    pub seq: i64,
    /// The article without its text (texts stay in the store: [`crate::store::Store::texts`]).
    pub article: Arc<Article>,
    pub story: String,
    /// The id of the article it copies, for a near-duplicate.
    pub duplicate_of: Option<String>,
    pub added: i64,
}

/// A story as the desk keeps it.
#[derive(Debug, Clone)]
pub struct StoryEntry {
    pub id: String,
    /// Article sequence numbers, in arrival order.
    pub members: Vec<i64>,
    /// Articles that are not copies of another.
    pub distinct: usize,
    pub headline: String,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    /// When its latest article was added (unix seconds) and that article's number.
    pub updated: i64,
    pub last_seq: i64,
    /// Set for an article the grouper kept apart (empty, too short, shared text).
    pub flag: Option<&'static str>,
    /// Lower-cased headline and titles, for text search.
    pub search: String,
    /// Bumped on every change; summaries are cached per version.
    pub version: u64,
}

/// A story's computed summary, with its pages already rendered.
pub struct StoryView {
    pub version: u64,
    pub computed: Instant,
    pub summary: Option<SummarizedCluster>,
    pub html: String,
    pub json: serde_json::Value,
}

pub struct Desk {
    grouper: StoryGrouper,
    pub articles: BTreeMap<i64, Entry>,
    pub stories: HashMap<String, StoryEntry>,
}

/// How long a stale summary may still be served while its story keeps changing.
pub const REFRESH_AFTER: Duration = Duration::from_secs(2);

impl Default for Desk {
    fn default() -> Self {
        Self::new()
    }
}

impl Desk {
    pub fn new() -> Desk {
        Desk {
            // Texts stay in the store: the grouper keeps none.
            grouper: StoryGrouper::new(StoryOptions {
                keep_text: false,
                ..StoryOptions::default()
            }),
            articles: BTreeMap::new(),
            stories: HashMap::new(),
        }
    }

    /// The desk as the stored placements describe it, without a grouper able to place more
    /// articles (see [`Desk::replay`] and [`Desk::adopt_grouper`]): the articles up to the first
    /// without a stored placement (the last write before a crash, or a store from older code), and
    /// whether that was all of them.
    pub fn from_placements(stored: Vec<StoredArticle>) -> (Desk, bool) {
        let mut desk = Desk::new();
        for s in stored {
            let Some(p) = s.placement else {
                return (desk, false);
            };
            let mut article = s.article;
            article.id = s.seq.to_string();
            desk.record(article, s.added, p);
        }
        (desk, true)
    }

    /// Every article's placement, in the order added.
    pub fn placements(&self) -> Vec<Placement> {
        self.articles
            .iter()
            .map(|(&seq, e)| self.placement_of(seq, e))
            .collect()
    }

    /// Where the article `seq` (whose entry is `e`) went.
    pub fn placement_of(&self, seq: i64, e: &Entry) -> Placement {
        let first = self
            .stories
            .get(&e.story)
            .filter(|s| s.members.first() == Some(&seq));
        Placement {
            seq,
            story: e.story.clone(),
            duplicate_of: e.duplicate_of.clone(),
            flag: first.and_then(|s| s.flag).map(str::to_string),
            headline: first.map(|s| s.headline.clone()),
        }
    }

    /// Rebuilds the desk from stored articles (in their stored order) by placing each again.
    pub fn replay(stored: Vec<StoredArticle>) -> Desk {
        let mut desk = Desk::new();
        let mut stored = stored.into_iter().peekable();
        while stored.peek().is_some() {
            let chunk: Vec<(i64, Article, i64)> = stored
                .by_ref()
                .take(2048)
                .map(|s| (s.seq, s.article, s.added))
                .collect();
            desk.add_batch(chunk);
        }
        desk
    }

    /// Adds stored articles `(seq, article, added)` in order (features computed in parallel,
    /// assignment in order); returns where each went.
    pub fn add_batch(&mut self, batch: Vec<(i64, Article, i64)>) -> Vec<Placement> {
        let mut batch = batch;
        for (seq, a, _) in &mut batch {
            a.id = seq.to_string();
        }
        let articles: Vec<Article> = batch.iter().map(|(_, a, _)| a.clone()).collect();
        let features = StoryGrouper::extract_batch(self.grouper.extractor(), &articles);
        batch
            .into_iter()
            .zip(features)
            .map(|((seq, article, added), f)| {
                let closed = self.grouper.push_extracted(vec![article.clone()], vec![f]);
                self.place(seq, article, added, closed);
                self.placement_of(seq, &self.articles[&seq])
            })
            .collect()
    }

    /// Adds one stored article; returns where it went.
    pub fn add(&mut self, seq: i64, mut article: Article, added: i64) -> Placement {
        article.id = seq.to_string();
        let closed = self.grouper.push(article.clone());
        self.place(seq, article, added, closed);
        self.placement_of(seq, &self.articles[&seq])
    }

    /// Records where the grouper put the article it was just given (`closed`: what it returned).
    fn place(
        &mut self,
        seq: i64,
        article: Article,
        added: i64,
        closed: Vec<roundup::stories::Story>,
    ) {
        let placement = self.grouper_placement(seq, &closed);
        self.record(article, added, placement);
    }

    /// Where the grouper put article `seq`, the last it was given (`closed`: what it returned).
    fn grouper_placement(&self, seq: i64, closed: &[roundup::stories::Story]) -> Placement {
        let id = seq.to_string();
        let (story, duplicate_of, flag) = match self.grouper.last_placement() {
            Some((story, sa)) => (story, sa.duplicate_of.clone(), None),
            None => closed
                .iter()
                .find(|s| s.articles.iter().any(|a| a.article.id == id))
                .map(|s| {
                    let dup = s
                        .articles
                        .iter()
                        .find(|a| a.article.id == id)
                        .and_then(|a| a.duplicate_of.clone());
                    (s.id.clone(), dup, s.flag.map(|f| f.name()))
                })
                .unwrap_or_else(|| (format!("story-a{id}"), None, Some("unplaced"))),
        };
        Placement {
            seq,
            story,
            duplicate_of,
            flag: flag.map(str::to_string),
            headline: None,
        }
    }

    /// Writes the grouper's state (see [`StoryGrouper::save_state`]).
    pub fn save_grouper(&self, out: impl std::io::Write) -> Result<(), String> {
        self.grouper.save_state(out)
    }

    /// The sequence number of the last article placed (0 when none).
    pub fn last_seq(&self) -> i64 {
        self.articles.keys().next_back().copied().unwrap_or(0)
    }

    /// Takes a saved grouper that had placed every article up to its last one, and gives it the
    /// stored articles added after that (`tail`, in order). Each must land where its stored
    /// placement says (the same code, the same stream); an error names the first that does not,
    /// and the desk must then be rebuilt by [`Desk::replay`].
    pub fn adopt_grouper(
        &mut self,
        grouper: StoryGrouper,
        tail: Vec<StoredArticle>,
    ) -> Result<(), String> {
        self.grouper = grouper;
        for s in tail {
            let mut article = s.article;
            article.id = s.seq.to_string();
            let closed = self.grouper.push(article.clone());
            let placed = self.grouper_placement(s.seq, &closed);
            match self.articles.get(&s.seq) {
                None => self.record(article, s.added, placed),
                Some(e) => {
                    let shown = self.placement_of(s.seq, e);
                    if (&shown.story, &shown.duplicate_of) != (&placed.story, &placed.duplicate_of)
                    {
                        return Err(format!(
                            "article {} now goes to {} instead of {}",
                            s.seq, placed.story, shown.story
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// Files an article under its story.
    fn record(&mut self, article: Article, added: i64, placement: Placement) {
        let Placement {
            seq,
            story,
            duplicate_of,
            flag,
            headline,
        } = placement;
        let flag = flag.as_deref().map(known_flag);
        let headline = headline.unwrap_or_else(|| self::headline(&article));
        let article = Arc::new(Article {
            text: String::new(),
            ..article
        });
        let entry = self
            .stories
            .entry(story.clone())
            .or_insert_with(|| StoryEntry {
                id: story.clone(),
                members: Vec::new(),
                distinct: 0,
                headline: String::new(),
                first_date: None,
                last_date: None,
                updated: added,
                last_seq: seq,
                flag,
                search: String::new(),
                version: 0,
            });
        entry.members.push(seq);
        if duplicate_of.is_none() {
            entry.distinct += 1;
        }
        entry.updated = added;
        entry.last_seq = seq;
        entry.version += 1;
        if let Some(d) = article
            .date
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            if entry.first_date.as_deref().is_none_or(|f| d < f) {
                entry.first_date = Some(d.to_string());
            }
            if entry.last_date.as_deref().is_none_or(|l| d > l) {
                entry.last_date = Some(d.to_string());
            }
        }
        if entry.headline.is_empty() {
            entry.headline = headline;
            entry.search.push_str(&entry.headline.to_lowercase());
            entry.search.push('\n');
        }
        if let Some(t) = &article.title {
            entry.search.push_str(&t.to_lowercase());
            entry.search.push('\n');
        }
        self.articles.insert(
            seq,
            Entry {
                seq,
                article,
                story,
                duplicate_of,
                added,
            },
        );
    }

    /// A story's articles: (distinct ones to summarize, all with their entries).
    pub fn story_articles(&self, story: &StoryEntry) -> Vec<Entry> {
        story
            .members
            .iter()
            .filter_map(|s| self.articles.get(s).cloned())
            .collect()
    }

    /// Stories matching `query` (case-insensitive, every word), sorted, one page of them, and the total.
    pub fn list(
        &self,
        query: &str,
        sort: Sort,
        offset: usize,
        limit: usize,
    ) -> (Vec<StoryEntry>, usize) {
        let words: Vec<String> = query.split_whitespace().map(|w| w.to_lowercase()).collect();
        let mut hits: Vec<&StoryEntry> = self
            .stories
            .values()
            .filter(|s| words.iter().all(|w| s.search.contains(w.as_str())))
            .collect();
        match sort {
            Sort::Newest => hits.sort_by_key(|s| std::cmp::Reverse(s.last_seq)),
            Sort::Coverage => hits.sort_by(|a, b| {
                b.distinct
                    .cmp(&a.distinct)
                    .then(b.members.len().cmp(&a.members.len()))
                    .then(b.last_seq.cmp(&a.last_seq))
            }),
        }
        let total = hits.len();
        let page = hits.into_iter().skip(offset).take(limit).cloned().collect();
        (page, total)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Newest,
    Coverage,
}

impl Sort {
    pub fn parse(s: Option<&str>) -> Option<Sort> {
        match s.unwrap_or("newest") {
            "newest" | "" => Some(Sort::Newest),
            "coverage" | "most_covered" => Some(Sort::Coverage),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Coverage => "coverage",
        }
    }
}

/// The static name of a stored flag (an unknown one reads as `unplaced`).
fn known_flag(name: &str) -> &'static str {
    match name {
        "empty" => "empty",
        "short" => "short",
        "shared_text" => "shared_text",
        _ => "unplaced",
    }
}

/// A story's headline from its first article: its title, else its lead sentence.
pub fn headline(article: &Article) -> String {
    if let Some(t) = article
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        return t.to_string();
    }
    lead_sentence(&article.text)
        .or_else(|| {
            let w: Vec<&str> = article.text.split_whitespace().take(12).collect();
            (!w.is_empty()).then(|| w.join(" "))
        })
        .unwrap_or_else(|| format!("Article {}", article.id))
}

/// Summarizes articles (copies left out) with citations; `None` when there is no text.
pub fn summarize(id: &str, articles: Vec<Article>) -> Option<SummarizedCluster> {
    if articles.iter().all(|a| a.text.trim().is_empty()) {
        return None;
    }
    let analyzer = analyzer();
    let cluster = Cluster {
        id: id.to_string(),
        articles,
    };
    Some(summarize_cluster(
        cluster,
        analyzer,
        &SummaryOptions::default(),
    ))
}

fn analyzer() -> &'static Analyzer {
    static A: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    A.get_or_init(Analyzer::new)
}

/// Story number for sorting ids (`story-N`).
pub fn number(id: &str) -> u64 {
    story_number(id)
}
