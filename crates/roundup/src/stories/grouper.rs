//! The grouper itself: open stories, assignment of each article to its story, closing. Opening a
//! story and adding members or copies is [`super::members`]'s; the second look before a story
//! closes is [`super::second_look`]'s.

use std::collections::BTreeSet;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::headline::headline;
use super::vectors::*;
use super::*;
use crate::clean::DUPLICATE_THRESHOLD;
use crate::model::Article;

/// Query terms per article (its heaviest terms) used to find candidate stories.
pub(super) const QUERY_TERMS: usize = 10;
/// Stories kept per term in the inverted index (the most recent; the older half goes when full).
pub(super) const MAX_POSTINGS: usize = 32;
/// Candidate stories compared in full per article (those sharing the most query terms).
pub(super) const MAX_CANDIDATES: usize = 8;
/// Terms kept in a story's profile.
pub(super) const PROFILE_TERMS: usize = 120;
/// Terms kept per article to find a story's most central article.
pub(super) const MEMBER_TERMS: usize = 16;
/// Articles over which the background similarity is averaged (beyond: a moving average over about
/// this many, so the threshold follows a background that drifts as stories accumulate).
pub(super) const BACKGROUND_HORIZON: u32 = 1_000;
/// The background is measured on this many candidates (the first by partial score), however many
/// are compared in full.
pub(super) const BACKGROUND_CANDIDATES: usize = 4;
/// Weight, in articles, of the background prior.
pub(super) const BACKGROUND_PRIOR: f32 = 20.0;
/// Terms kept of a member's vector for member-level similarity.
pub(super) const MEMBER_VECTOR_TERMS: usize = 32;
/// Recent members of a story compared one by one (bounded work and memory).
pub(super) const MEMBER_VECTORS: usize = 8;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Member {
    pub(super) article: StoryArticle,
    pub(super) day: Option<i32>,
    /// The article's heaviest terms (normalised weights), for centrality.
    pub(super) top: Vec<(Term, f32)>,
    /// Index of its duplicate group in the story.
    pub(super) group: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct DupGroup {
    /// Member indices, the kept article first.
    pub(super) members: Vec<usize>,
    /// LSH id of the kept article.
    pub(super) lsh_id: u64,
    pub(super) signature: Option<Signature>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct OpenStory {
    pub(super) number: u64,
    /// Its index in the grouper's slot table (see `StoryGrouper::slot_story`).
    pub(super) slot: u32,
    /// Summed member vectors, sorted by term, capped.
    pub(super) profile: Vec<(Term, f32)>,
    pub(super) norm: f32,
    pub(super) members: Vec<Member>,
    pub(super) groups: Vec<DupGroup>,
    pub(super) first_day: Option<i32>,
    pub(super) last_day: Option<i32>,
    pub(super) last_position: u64,
    /// Terms under which the story is in the inverted index.
    pub(super) indexed: Vec<Term>,
    /// The most recent distinct members' vectors (heaviest terms, sorted by term), oldest first, one
    /// after another in one buffer (compared one by one with each article: contiguous memory).
    pub(super) recent: Vec<(Term, f32)>,
    /// Their lengths.
    pub(super) recent_lens: RecentLens,
}

/// The lengths of a story's recent member vectors, oldest first, held in the story itself (one
/// cache line fewer to fetch per candidate story than a separate buffer).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub(super) struct RecentLens {
    pub(super) lens: [u8; MEMBER_VECTORS],
    pub(super) n: u8,
}

// A member vector's length fits a byte.
const _: () = assert!(MEMBER_VECTOR_TERMS <= u8::MAX as usize);

impl RecentLens {
    pub(super) fn from_slice(lens: &[u8]) -> Self {
        let mut r = RecentLens::default();
        r.lens[..lens.len()].copy_from_slice(lens);
        r.n = lens.len() as u8;
        r
    }

    pub(super) fn as_slice(&self) -> &[u8] {
        &self.lens[..self.n as usize]
    }

    pub(super) fn len(&self) -> usize {
        self.n as usize
    }

    /// Removes and returns the oldest length (0 when none).
    pub(super) fn pop_front(&mut self) -> u8 {
        if self.n == 0 {
            return 0;
        }
        let first = self.lens[0];
        self.lens.copy_within(1.., 0);
        self.n -= 1;
        first
    }

    /// Appends a length (room made by `pop_front`; at most [`MEMBER_VECTORS`]).
    pub(super) fn push_back(&mut self, len: usize) {
        self.lens[self.n as usize] = len as u8;
        self.n += 1;
    }
}

/// What the LSH index points at.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub(super) enum LshEntry {
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
    pub(super) options: StoryOptions,
    #[serde(skip)]
    pub(super) extractor: FeatureExtractor,
    pub(super) df: DocFreq,
    pub(super) docs: u64,
    pub(super) stories: FxHashMap<u64, OpenStory>,
    /// (last position, story number) of open stories: the least recently updated first.
    pub(super) recency: BTreeSet<(u64, u64)>,
    /// term → (story slot, weight of the term in the article that indexed the story under it).
    pub(super) postings: FxHashMap<Term, Vec<(u32, f32)>>,
    /// Open stories by slot (a small dense number, reused once its story closes; 0 = free), so
    /// the partial dot products accumulate in a dense array instead of a hash map.
    pub(super) slot_story: Vec<u64>,
    pub(super) free_slots: Vec<u32>,
    pub(super) lsh: LshIndex,
    pub(super) lsh_entries: FxHashMap<u64, (LshEntry, Signature)>,
    pub(super) next_lsh: u64,
    pub(super) next_story: u64,
    pub(super) position: u64,
    pub(super) clock: Option<i32>,
    pub(super) stats: GroupingStats,
    pub(super) closed: Vec<Story>,
    /// For each closed story, its articles in headline order (most central first).
    pub(super) closed_order: Vec<Vec<usize>>,
    /// Working memory for finding candidate stories and comparing with them.
    #[serde(skip)]
    pub(super) scratch: Scratch,
    /// Set by `finish`: stories close without leaving the (dropped) indexes.
    pub(super) finishing: bool,
    /// Running mean of each article's similarity to the candidate stories it does not join best.
    pub(super) background: f32,
    pub(super) background_n: u32,
    /// Merges not yet taken by [`StoryGrouper::take_merges`]: (gone, kept) story numbers. Kept only
    /// when a caller asked for them ([`StoryGrouper::report_merges`]), so a stream that never takes
    /// them does not grow this list without bound.
    pub(super) merges: Vec<(u64, u64)>,
    /// Whether merges are kept for [`StoryGrouper::take_merges`]: the caller's choice, not grouping
    /// state (not saved; a loaded grouper reports none until asked again).
    #[serde(skip)]
    pub(super) report_merges: bool,
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
    pub(super) fn take_closed(&mut self) -> Vec<Story> {
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

    pub(super) fn assign(&mut self, mut article: Article, f: ArticleFeatures) {
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
    pub(super) fn count_and_weigh(&mut self, f: &ArticleFeatures, weigh: bool) -> Vec<(Term, f32)> {
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

    pub(super) fn best_story(
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
    pub(super) fn story_gap_discount(&self, a: &OpenStory, b: &OpenStory) -> f32 {
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
    pub(super) fn story_candidates(&self, number: u64, scratch: &mut Scratch) -> Vec<u64> {
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

    pub(super) fn release_slot(&mut self, slot: u32) {
        self.slot_story[slot as usize] = 0;
        self.free_slots.push(slot);
    }

    pub(super) fn enforce_capacity(&mut self) {
        while self.stories.len() > self.options.max_open_stories.max(1) {
            let Some(&(_, number)) = self.recency.iter().next() else {
                break;
            };
            self.stats.evicted += 1;
            self.close(number);
        }
    }

    pub(super) fn close_idle(&mut self, today: i32) {
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

    pub(super) fn unindex(&mut self, story: &OpenStory) {
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

    pub(super) fn close(&mut self, number: u64) {
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

    pub(super) fn emit_single(&mut self, m: Member, flag: StoryFlag) {
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
pub(super) fn touch_lines(entries: &[(u32, f32)]) -> u32 {
    entries.iter().step_by(8).fold(0, |acc, x| acc ^ x.0)
}

/// The posting lists of the query terms, with each term's weight (an empty list for a term no open
/// story holds), every list's cache lines fetched side by side ([`touch_lines`]) before any is
/// walked.
pub(super) fn posting_lists<'a>(
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
pub(super) fn centrality_order(story: &OpenStory, central: usize) -> Vec<usize> {
    let mut order = vec![central];
    order.extend((0..story.members.len()).filter(|&i| i != central));
    order
}

pub(super) fn touch_days(story: &mut OpenStory, day: Option<i32>) {
    if let Some(d) = day {
        story.first_day = Some(story.first_day.map_or(d, |f| f.min(d)));
        story.last_day = Some(story.last_day.map_or(d, |l| l.max(d)));
    }
}

/// The date string of the member whose day wins `better`.
pub(super) fn date_at(members: &[Member], better: impl Fn(i32, i32) -> bool) -> Option<String> {
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
pub(super) fn closed_story(story: OpenStory) -> (Story, Vec<usize>) {
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
pub(super) fn emitted_story(
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
