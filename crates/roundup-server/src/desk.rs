//! The in-memory news desk: every article (without its text, which stays in the store), the
//! stories they joined (through the stories library's incremental grouper), and each story's cited
//! summary, recomputed when the story changed. When the grouper merges a story into another (its
//! second look before a story closes), the desk moves the merged story's articles to the kept one
//! and remembers where the old id went.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

use roundup::pipeline::{summarize_and_compare_cluster, summarize_cluster, SummarizedCluster};
use roundup::stories::{story_number, StoryGrouper, StoryMerge, StoryOptions};
use roundup::summarize::SummaryOptions;
use roundup::text::Analyzer;
use roundup::{Article, Cluster};

use crate::store::{Placement, StoredArticle};
use roundup::headline;

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
    /// The story it was first placed in, when that story has merged into `story` since.
    pub first_story: Option<String>,
    /// The input's own id for it, when it gave one (the desk's id is its sequence number).
    pub input_id: Option<String>,
}

impl Entry {
    /// The outlet it comes from (see [`headline::outlet`]).
    pub fn outlet(&self) -> String {
        headline::outlet(&self.article)
    }
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
    /// The distinct outlets of its articles, in the order they first reported.
    pub outlets: Vec<String>,
    /// Its articles' titles (the first [`TITLES_KEPT`]), for the headline.
    pub titles: Vec<String>,
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
    /// Stories merged into another: old id → the id it went into (which may have merged on since).
    merged: HashMap<String, String>,
    /// Articles whose placement a merge changed, not yet taken by [`Desk::take_moved`].
    moved: Vec<i64>,
}

/// Titles a story keeps to choose its headline from.
pub const TITLES_KEPT: usize = 40;

/// How long a stale summary may still be served while its story keeps changing.
pub const REFRESH_AFTER: Duration = Duration::from_secs(2);

impl Default for Desk {
    fn default() -> Self {
        Self::new()
    }
}

impl Desk {
    pub fn new() -> Desk {
        // Texts stay in the store: the grouper keeps none. The desk shows open stories, so it
        // files the grouper's merges as they happen.
        let mut grouper = StoryGrouper::new(StoryOptions {
            keep_text: false,
            ..StoryOptions::default()
        });
        grouper.report_merges(true);
        Desk {
            grouper,
            articles: BTreeMap::new(),
            stories: HashMap::new(),
            merged: HashMap::new(),
            moved: Vec::new(),
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
            let input_id = take_input_id(&mut article, s.seq);
            if let Some(first) = &p.first_story {
                desk.merged.insert(first.clone(), p.story.clone());
            }
            desk.record(article, s.added, p, input_id);
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
            first_story: e.first_story.clone(),
        }
    }

    /// The placements that merges changed since the last call (stored with the next write, as
    /// new articles' placements are), in the order added.
    pub fn take_moved(&mut self) -> Vec<Placement> {
        let mut seqs = std::mem::take(&mut self.moved);
        seqs.sort_unstable();
        seqs.dedup();
        seqs.iter()
            .filter_map(|s| self.articles.get(s).map(|e| self.placement_of(*s, e)))
            .collect()
    }

    /// Where a story id leads: itself when it is a story, the story it merged into (after any
    /// later merges) when it merged, `None` when it never was one.
    pub fn resolve<'a>(&'a self, id: &'a str) -> Option<&'a str> {
        let mut id = id;
        // Each merge goes into an older story, so the chain ends; the bound guards a damaged store.
        for _ in 0..=self.merged.len() {
            if self.stories.contains_key(id) {
                return Some(id);
            }
            id = self.merged.get(id)?;
        }
        None
    }

    /// Files the grouper's merges since the last call (see [`Desk::merge_story`]).
    fn take_merges(&mut self) {
        for m in self.grouper.take_merges() {
            self.merge_story(&m);
        }
    }

    /// Story `m.from` merged into story `m.into`: its articles move there, in arrival order, with
    /// counts, dates and search text; the headline is that of the earliest article, as for any
    /// story. The old id is remembered ([`Desk::resolve`]); the placements that changed wait for
    /// [`Desk::take_moved`]. Nothing moves when the desk already shows the merge (built from
    /// placements stored after it).
    pub fn merge_story(&mut self, m: &StoryMerge) {
        if m.from == m.into {
            return;
        }
        self.merged.insert(m.from.clone(), m.into.clone());
        let Some(gone) = self.stories.remove(&m.from) else {
            return;
        };
        for seq in &gone.members {
            if let Some(e) = self.articles.get_mut(seq) {
                if e.first_story.is_none() {
                    e.first_story = Some(m.from.clone());
                }
                e.story = m.into.clone();
            }
        }
        self.moved.extend_from_slice(&gone.members);
        let Some(keep) = self.stories.get_mut(&m.into) else {
            // The kept story is unknown here (it should not be): the merged one takes its id.
            self.stories.insert(
                m.into.clone(),
                StoryEntry {
                    id: m.into.clone(),
                    ..gone
                },
            );
            return;
        };
        // The kept story's first article carries the headline in the placements: when the merged
        // story's articles come first, that changes.
        if let Some(&first) = keep.members.first() {
            self.moved.push(first);
        }
        let gone_first = gone.members.first().copied();
        let keep_first = keep.members.first().copied();
        let mut members = Vec::with_capacity(keep.members.len() + gone.members.len());
        let (mut i, mut j) = (0, 0);
        while i < keep.members.len() || j < gone.members.len() {
            if j == gone.members.len()
                || (i < keep.members.len() && keep.members[i] < gone.members[j])
            {
                members.push(keep.members[i]);
                i += 1;
            } else {
                members.push(gone.members[j]);
                j += 1;
            }
        }
        keep.members = members;
        keep.distinct += gone.distinct;
        if keep.titles.is_empty() && gone_first.is_some_and(|g| keep_first.is_none_or(|k| g < k)) {
            keep.headline = gone.headline;
        }
        for (date, earlier) in [(gone.first_date, true), (gone.last_date, false)] {
            let Some(d) = date else { continue };
            let slot = if earlier {
                &mut keep.first_date
            } else {
                &mut keep.last_date
            };
            if slot.as_deref().is_none_or(|x| {
                if earlier {
                    d.as_str() < x
                } else {
                    d.as_str() > x
                }
            }) {
                *slot = Some(d);
            }
        }
        if gone.last_seq > keep.last_seq {
            keep.last_seq = gone.last_seq;
            keep.updated = gone.updated;
        }
        keep.search.push_str(&gone.search);
        for o in gone.outlets {
            if !keep.outlets.contains(&o) {
                keep.outlets.push(o);
            }
        }
        if keep.titles.len() < TITLES_KEPT && !gone.titles.is_empty() {
            let room = TITLES_KEPT - keep.titles.len();
            keep.titles.extend(gone.titles.into_iter().take(room));
            if let Some(t) = headline::representative_title(&keep.titles) {
                keep.headline = t;
            }
        }
        keep.version += gone.version + 1;
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
        let input_ids: Vec<Option<String>> = batch
            .iter_mut()
            .map(|(seq, a, _)| take_input_id(a, *seq))
            .collect();
        let articles: Vec<Article> = batch.iter().map(|(_, a, _)| a.clone()).collect();
        let features = StoryGrouper::extract_batch(self.grouper.extractor(), &articles);
        batch
            .into_iter()
            .zip(features)
            .zip(input_ids)
            .map(|(((seq, article, added), f), input_id)| {
                let closed = self.grouper.push_extracted(vec![article.clone()], vec![f]);
                self.take_merges();
                self.place(seq, article, added, closed, input_id);
                self.placement_of(seq, &self.articles[&seq])
            })
            .collect()
    }

    /// Adds one stored article; returns where it went.
    pub fn add(&mut self, seq: i64, mut article: Article, added: i64) -> Placement {
        let input_id = take_input_id(&mut article, seq);
        let closed = self.grouper.push(article.clone());
        self.take_merges();
        self.place(seq, article, added, closed, input_id);
        self.placement_of(seq, &self.articles[&seq])
    }

    /// Records where the grouper put the article it was just given (`closed`: what it returned).
    fn place(
        &mut self,
        seq: i64,
        article: Article,
        added: i64,
        closed: Vec<roundup::stories::Story>,
        input_id: Option<String>,
    ) {
        let placement = self.grouper_placement(seq, &closed);
        self.record(article, added, placement, input_id);
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
            first_story: None,
        }
    }

    /// The stream pauses (the end of an import): every open story takes its second look
    /// ([`StoryGrouper::settle`]), as at the end of a `roundup stories` run, so both show the same
    /// stories. Returns the placements the merges changed.
    pub fn settle(&mut self) -> Vec<Placement> {
        self.grouper.settle();
        self.take_merges();
        self.take_moved()
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
        self.grouper.report_merges(true);
        for s in tail {
            let mut article = s.article;
            let input_id = take_input_id(&mut article, s.seq);
            let closed = self.grouper.push(article.clone());
            self.take_merges();
            let placed = self.grouper_placement(s.seq, &closed);
            match self.articles.get(&s.seq) {
                None => self.record(article, s.added, placed, input_id),
                Some(e) => {
                    // Where it went at first: a later merge may have moved it since.
                    let shown = e.first_story.as_ref().unwrap_or(&e.story);
                    if (shown, &e.duplicate_of) != (&placed.story, &placed.duplicate_of) {
                        return Err(format!(
                            "article {} now goes to {} instead of {}",
                            s.seq, placed.story, shown
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// Files an article under its story.
    fn record(
        &mut self,
        article: Article,
        added: i64,
        placement: Placement,
        input_id: Option<String>,
    ) {
        let Placement {
            seq,
            story,
            duplicate_of,
            flag,
            headline,
            first_story,
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
                outlets: Vec::new(),
                titles: Vec::new(),
                version: 0,
            });
        entry.members.push(seq);
        if duplicate_of.is_none() {
            entry.distinct += 1;
        }
        entry.updated = added;
        entry.last_seq = seq;
        entry.version += 1;
        // Only real dates order a story (a malformed one, from a file, would sort ahead of them).
        if let Some(d) = article
            .date
            .as_deref()
            .map(str::trim)
            .filter(|d| is_iso_date(d))
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
        let outlet = headline::outlet(&article);
        if !entry.outlets.contains(&outlet) {
            entry.outlets.push(outlet);
        }
        // Copies' titles do not vote twice for the same article's.
        if let Some(t) = headline::title(&article).filter(|_| duplicate_of.is_none()) {
            if entry.titles.len() < TITLES_KEPT {
                entry.titles.push(t);
                if let Some(h) = headline::representative_title(&entry.titles) {
                    entry.headline = h;
                }
            }
        }
        self.articles.insert(
            seq,
            Entry {
                seq,
                article,
                story,
                duplicate_of,
                added,
                first_story,
                input_id,
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
            // Most covered: carried by the most outlets, then the most distinct articles.
            Sort::Coverage => hits.sort_by(|a, b| {
                b.outlets
                    .len()
                    .cmp(&a.outlets.len())
                    .then(b.distinct.cmp(&a.distinct))
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

/// A story's headline from its first article: its title, else a headline-length clause of its
/// lead (never a caption, byline or page furniture), capitalised.
pub fn headline(article: &Article) -> String {
    if let Some(t) = headline::title(article) {
        return t;
    }
    headline::lead_clause(&article.text)
        .or_else(|| {
            let w: Vec<&str> = article.text.split_whitespace().take(12).collect();
            (!w.is_empty()).then(|| headline::capitalised(&w.join(" ")))
        })
        .unwrap_or_else(|| format!("Article {}", article.id))
}

/// Whether `s` is an ISO 8601 date, with or without a time: `2024-05-01`, `2024-05-01T09:30`,
/// `2024-05-01T09:30:00Z`, `2024-05-01 09:30:00+02:00`, `2024-05-01T09:30:00.250-05:00`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.trim().as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    if b.len() < 10
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
    {
        return false;
    }
    let (month, day) = (num(5..7), num(8..10));
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return false;
    }
    let t = &b[10..];
    if t.is_empty() {
        return true;
    }
    // A time: `T` or a space, hh:mm, optionally :ss and a fraction, then optionally Z or ±hh:mm.
    if !matches!(t[0], b'T' | b't' | b' ') || t.len() < 6 {
        return false;
    }
    let t = &t[1..];
    let two = |x: &[u8], max: u32| {
        x.len() == 2
            && x.iter().all(u8::is_ascii_digit)
            && u32::from(x[0] - b'0') * 10 + u32::from(x[1] - b'0') <= max
    };
    if !two(&t[..2], 23) || t[2] != b':' || !two(&t[3..5], 59) {
        return false;
    }
    let mut rest = &t[5..];
    if rest.first() == Some(&b':') {
        if rest.len() < 3 || !two(&rest[1..3], 60) {
            return false;
        }
        rest = &rest[3..];
        if rest.first() == Some(&b'.') {
            let n = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return false;
            }
            rest = &rest[1 + n..];
        }
    }
    match rest {
        [] | [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] | [b'+' | b'-', h1, h2, m1, m2] => {
            two(&[*h1, *h2], 23) && two(&[*m1, *m2], 59)
        }
        [b'+' | b'-', h1, h2] => two(&[*h1, *h2], 23),
        _ => false,
    }
}

/// Moves an article's own id out (the desk's id is its sequence number, put in its place).
fn take_input_id(article: &mut Article, seq: i64) -> Option<String> {
    let own = std::mem::replace(&mut article.id, seq.to_string());
    let own = own.trim();
    (!own.is_empty() && own != seq.to_string()).then(|| own.to_string())
}

/// Summarizes articles (copies left out) with citations, and with the outlet comparison when
/// `compare`; `None` when there is no text.
pub fn summarize(id: &str, articles: Vec<Article>, compare: bool) -> Option<SummarizedCluster> {
    if articles.iter().all(|a| a.text.trim().is_empty()) {
        return None;
    }
    let analyzer = analyzer();
    let cluster = Cluster {
        id: id.to_string(),
        articles,
    };
    let options = SummaryOptions::default();
    Some(if compare {
        summarize_and_compare_cluster(cluster, analyzer, &options)
    } else {
        summarize_cluster(cluster, analyzer, &options)
    })
}

fn analyzer() -> &'static Analyzer {
    static A: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    A.get_or_init(Analyzer::new)
}

/// Story number for sorting ids (`story-N`).
pub fn number(id: &str) -> u64 {
    story_number(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(seq: i64, story: &str, title: &str, date: &str) -> StoredArticle {
        StoredArticle {
            seq,
            article: Article {
                id: seq.to_string(),
                title: Some(title.to_string()),
                date: Some(date.to_string()),
                text: format!("{title}."),
                ..Article::default()
            },
            added: seq * 10,
            placement: Some(Placement {
                seq,
                story: story.to_string(),
                duplicate_of: None,
                flag: None,
                headline: Some(title.to_string()),
                first_story: None,
            }),
        }
    }

    fn merge(from: &str, into: &str) -> StoryMerge {
        StoryMerge {
            from: from.to_string(),
            into: into.to_string(),
        }
    }

    #[test]
    fn merges_move_articles_chain_and_survive_a_rebuild_from_placements() {
        let (mut desk, complete) = Desk::from_placements(vec![
            stored(1, "story-1", "One", "2024-01-05"),
            stored(2, "story-2", "Two", "2024-01-01"),
            stored(3, "story-3", "Three", "2024-01-09"),
            stored(4, "story-1", "Four", "2024-01-06"),
        ]);
        assert!(complete);
        desk.merge_story(&merge("story-3", "story-2"));
        desk.merge_story(&merge("story-2", "story-1"));
        assert_eq!(desk.stories.len(), 1);
        let s = &desk.stories["story-1"];
        assert_eq!(s.members, [1, 2, 3, 4]);
        assert_eq!(s.distinct, 4);
        assert_eq!(s.headline, "One");
        assert_eq!(s.first_date.as_deref(), Some("2024-01-01"));
        assert_eq!(s.last_date.as_deref(), Some("2024-01-09"));
        assert_eq!((s.last_seq, s.updated), (4, 40));
        assert!(s.search.contains("three"));
        // Old ids lead to the kept story, through the chain; unknown ids lead nowhere.
        assert_eq!(desk.resolve("story-3"), Some("story-1"));
        assert_eq!(desk.resolve("story-2"), Some("story-1"));
        assert_eq!(desk.resolve("story-1"), Some("story-1"));
        assert_eq!(desk.resolve("story-9"), None);
        // The moved placements (each once, in order), with the story each was first placed in.
        let moved = desk.take_moved();
        let seen: Vec<(i64, &str, Option<&str>)> = moved
            .iter()
            .map(|p| (p.seq, p.story.as_str(), p.first_story.as_deref()))
            .collect();
        assert_eq!(
            seen,
            [
                (1, "story-1", None),
                (2, "story-1", Some("story-2")),
                (3, "story-1", Some("story-3")),
            ]
        );
        assert!(desk.take_moved().is_empty());
        // A merge the desk already shows (built from placements stored after it) moves nothing.
        desk.merge_story(&merge("story-3", "story-2"));
        assert!(desk.take_moved().is_empty());
        assert_eq!(desk.stories["story-1"].members, [1, 2, 3, 4]);
        // Rebuilt from the placements, the desk shows the same stories and the same old ids.
        let placements = desk.placements();
        let again: Vec<StoredArticle> = placements
            .iter()
            .map(|p| StoredArticle {
                placement: Some(p.clone()),
                ..stored(
                    p.seq,
                    "x",
                    ["One", "Two", "Three", "Four"][p.seq as usize - 1],
                    "2024-01-01",
                )
            })
            .collect();
        let (rebuilt, _) = Desk::from_placements(again);
        assert_eq!(rebuilt.placements(), placements);
        assert_eq!(rebuilt.resolve("story-3"), Some("story-1"));
        assert_eq!(rebuilt.resolve("story-2"), Some("story-1"));
        assert_eq!(rebuilt.stories["story-1"].headline, "One");
    }
}
