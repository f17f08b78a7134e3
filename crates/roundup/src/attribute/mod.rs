//! The attribute stage: which article reports which claim.
//!
//! Between analysis and summarize/compare. For a sentence of one article, [`Attributor::supports`]
//! says which other articles report its claim, and with which of their sentences (the evidence).
//! Summarize cites with it; compare builds consensus and only-here on it. It decides on the claim,
//! not on shared words. In each other article it finds the window (one sentence, or two adjacent
//! ones: a fact told across two sentences) that carries most of the sentence's content, measures
//! how it matches ([`Measures`]), and cites it when the claim-match model ([`model`], fitted on
//! hand labels) is confident and no figure disagrees:
//! - **coverage** of the sentence's content, weighted by rarity (IDF), in the window and in the
//!   whole article, and of its content bigrams; how much of the window is about it;
//! - **the event**: coverage of its non-name content words (what happened, what was said), apart
//!   from its names, so the same people doing something else weigh little;
//! - **the articles**: whether the two articles tell the same news at all (TF-IDF cosine), so a
//!   story in a series on one topic does not support another;
//! - **numbers**: a quantity of the same measure with another value (`$25 million` against
//!   `$33.5 million`, `stage 13` against `stage 15`, July against August) rules the window out;
//!   the same figure counts for it;
//! - **polarity and modality** (negated; planned or expected rather than done) as features.
//!
//! A sentence whose claim is a quotation is reported by a window carrying its words and its speaker
//! ([`quotation`]), whatever the words around them.
//!
//! Paraphrase counts through stems (Snowball) and through the two-sentence window. Each query
//! looks only at sentences that share a content term with it (an inverted index built once per
//! cluster), so its cost follows the postings it touches rather than the cluster's size squared.

pub mod claims;
pub mod model;
pub mod quotation;

use std::cell::{Cell, OnceCell};

use crate::model::Support;
use crate::text::{AnalysedCluster, TermId};

pub use claims::{claim_facts, ClaimFacts, Quantity, QuantityKind, NO_TERM};

/// When another article counts as reporting a sentence's claim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AttributionParams {
    /// Lowest probability of the claim-match model ([`model::probability`]) that cites.
    pub min_probability: f32,
    /// Fewest shared content terms.
    pub min_shared_terms: usize,
}

impl AttributionParams {
    /// Whether a window with these measures reports the claim: the model is confident enough,
    /// and no quantity of the same measure has another value.
    pub fn accepts(&self, m: &Measures) -> bool {
        m.shared_terms >= self.min_shared_terms
            && !m.number_conflict
            && model::probability(m) >= self.min_probability
    }
}

impl Default for AttributionParams {
    /// 0.7: on the development half (5-fold by cluster) the model cites with precision 0.875 at
    /// this threshold; BENCHMARKS.md has the whole curve.
    fn default() -> Self {
        AttributionParams {
            min_probability: 0.7,
            min_shared_terms: 3,
        }
    }
}

/// The loose test of [`Attributor::tellings`] (where outlets place a sentence, for the reading
/// order): another article tells it when a window carries this much of it, event words included,
/// whatever its figures or polarity.
const TOLD_ELSEWHERE_COVERAGE: f32 = 0.3;
const TOLD_ELSEWHERE_EVENT: f32 = 0.25;

/// Looser still, for "only here", where a false claim misleads more than a missing one: another
/// article tells a sentence when a window carries this much of its content, whatever its event
/// words. On the development half of the only-here labels, items whose best other window
/// carries 0.28 or more were right 31 times in 47 (mostly the same fact told in other words: a
/// storm's weakening, the same statement by the same person); those under it 102 in 113
/// (BENCHMARKS.md).
const ONLY_HERE_TOLD_COVERAGE: f32 = 0.28;

// every window the loose test counts as telling, "only here" counts too
const _: () = assert!(ONLY_HERE_TOLD_COVERAGE <= TOLD_ELSEWHERE_COVERAGE);

/// An article that tells the same news closely tells a sentence in other words with fewer of its
/// words than an unrelated one: another article also tells a sentence for "only here" when its
/// window carries at least `ONLY_HERE_LIKENESS_FLOOR` of the sentence's content and that
/// coverage and the two articles' likeness (TF-IDF cosine) add up to
/// `ONLY_HERE_TOLD_WITH_LIKENESS`. Chosen on the development half of the only-here labels: items
/// it leaves were right 0.928 of the time (291 of the 509 listed before), against 0.851 for all.
const ONLY_HERE_TOLD_WITH_LIKENESS: f32 = 0.5;
/// A window that shares less than this of a sentence does not tell it, however alike the articles.
const ONLY_HERE_LIKENESS_FLOOR: f32 = 0.1;

/// The test of [`Attributor::told_elsewhere`] on one window: its coverage reaches
/// `ONLY_HERE_TOLD_COVERAGE`, or, past the floor, its coverage and the articles' likeness
/// together reach `ONLY_HERE_TOLD_WITH_LIKENESS`.
fn is_told_for_only_here(m: &Measures) -> bool {
    m.coverage >= ONLY_HERE_TOLD_COVERAGE
        || m.coverage >= ONLY_HERE_LIKENESS_FLOOR
            && m.coverage + m.article_similarity >= ONLY_HERE_TOLD_WITH_LIKENESS
}

/// Which windows [`Attributor::matches`] measures fully. Every window that could pass the strict
/// test is; of the rest (their costly measures left at zero), those that pass the loose test of
/// [`Attributor::tellings`] (`ToTold`), or all, for [`Attributor::elsewhere`] (`ToOnlyHere`);
/// `Off` keeps all, measured fully.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prune {
    Off,
    ToTold,
    ToOnlyHere,
}

/// How much of a claim a window with another figure must carry to be a disagreement about it.
const DISAGREEMENT_COVERAGE: f32 = 0.6;
const DISAGREEMENT_EVENT: f32 = 0.5;
/// How alike two articles must be (TF-IDF cosine) for their figures to be about one event.
const DISAGREEMENT_ARTICLES: f32 = 0.25;

/// The most content terms of one sentence the matcher tracks (its rarest ones).
const MAX_TERMS: usize = 64;

/// A sentence of a two-sentence window sharing one content word with the claim is shown as
/// evidence when that word weighs at least a third of what the other shares
/// ([`Attributor::shown_support`]).
const EVIDENCE_SHARE_OF_BEST: f32 = 3.0;

/// Answers "which articles report this sentence's claim?" for one analysed cluster.
pub struct Attributor<'a> {
    cluster: &'a AnalysedCluster,
    idf: &'a [f32],
    content: &'a [Vec<TermId>],
    params: AttributionParams,
    facts: Vec<OnceCell<ClaimFacts>>,
    /// Each sentence's windows by the loose query ([`Attributor::told_matches`]), read once: a
    /// summary asks for them when choosing a sentence and again when citing it.
    told_matches: Vec<OnceCell<Vec<(Window, Measures)>>>,
    /// Term `t`'s sentences are `postings[offsets[t]..offsets[t + 1]]`, ascending.
    offsets: Vec<u32>,
    postings: Vec<u32>,
    /// Each article's content as a normalised TF-IDF vector, sorted by term.
    article_vectors: OnceCell<Vec<Vec<(TermId, f32)>>>,
    /// For each term, whether two or more articles use it (the story's shared vocabulary).
    shared_term: OnceCell<Vec<bool>>,
    /// [`Attributor::matches`]' scratch: per sentence, which query terms it carries (all zero
    /// between queries), kept to be reused.
    masks: Cell<Vec<u64>>,
}

impl<'a> Attributor<'a> {
    /// `idf[t]` is term `t`'s inverse sentence frequency (0 for stop words) and `content[s]`
    /// sentence `s`'s sorted, deduplicated content terms (the analyse stage's statistics).
    pub fn new(
        cluster: &'a AnalysedCluster,
        idf: &'a [f32],
        content: &'a [Vec<TermId>],
        params: AttributionParams,
    ) -> Self {
        // the postings in one flat array (counts, then offsets, then fill): two allocations
        // however large the vocabulary
        let n_terms = idf.len();
        let mut offsets = vec![0u32; n_terms + 1];
        for terms in content {
            for &t in terms {
                if (t as usize) < n_terms {
                    offsets[t as usize + 1] += 1;
                }
            }
        }
        for i in 0..n_terms {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut postings = vec![0u32; offsets[n_terms] as usize];
        for (s, terms) in content.iter().enumerate() {
            for &t in terms {
                if let Some(at) = fill.get_mut(t as usize).filter(|_| (t as usize) < n_terms) {
                    postings[*at as usize] = s as u32;
                    *at += 1;
                }
            }
        }
        Attributor {
            cluster,
            idf,
            content,
            params,
            facts: (0..cluster.sentences.len())
                .map(|_| OnceCell::new())
                .collect(),
            told_matches: (0..cluster.sentences.len())
                .map(|_| OnceCell::new())
                .collect(),
            offsets,
            postings,
            article_vectors: OnceCell::new(),
            shared_term: OnceCell::new(),
            masks: Cell::new(Vec::new()),
        }
    }

    /// The sentences containing term `t` (ascending).
    fn postings_of(&self, t: TermId) -> &[u32] {
        let t = t as usize;
        match (self.offsets.get(t), self.offsets.get(t + 1)) {
            (Some(&a), Some(&b)) => &self.postings[a as usize..b as usize],
            _ => &[],
        }
    }

    /// For each term, whether two or more articles use it (built on first use).
    fn shared_terms(&self) -> &[bool] {
        self.shared_term.get_or_init(|| {
            // the postings in sentence order: a term is shared when a later sentence using it
            // is of another article than its first
            let n_terms = self.idf.len();
            let mut first_article = vec![usize::MAX; n_terms];
            let mut shared = vec![false; n_terms];
            for (s, terms) in self.content.iter().enumerate() {
                let article = self.cluster.sentences[s].article;
                for &t in terms {
                    let Some(first) = first_article.get_mut(t as usize) else {
                        continue;
                    };
                    if *first == usize::MAX {
                        *first = article;
                    } else if *first != article {
                        shared[t as usize] = true;
                    }
                }
            }
            shared
        })
    }

    /// Each article's content as a normalised TF-IDF vector (built on first use).
    fn article_vectors(&self) -> &[Vec<(TermId, f32)>] {
        self.article_vectors.get_or_init(|| {
            let (cluster, content, idf) = (self.cluster, self.content, self.idf);
            cluster
                .article_sentences
                .iter()
                .map(|range| {
                    let mut v: Vec<(TermId, f32)> = content[range.clone()]
                        .iter()
                        .flatten()
                        .map(|&t| (t, idf.get(t as usize).copied().unwrap_or(0.0)))
                        .collect();
                    v.sort_unstable_by_key(|e| e.0);
                    let mut merged: Vec<(TermId, f32)> = Vec::with_capacity(v.len());
                    for (t, w) in v {
                        match merged.last_mut() {
                            Some((last, acc)) if *last == t => *acc += w,
                            _ => merged.push((t, w)),
                        }
                    }
                    let norm = merged.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
                    if norm > 0.0 {
                        merged.iter_mut().for_each(|e| e.1 /= norm);
                    }
                    merged
                })
                .collect()
        })
    }

    /// The claim facts of sentence `s` (read once, on first use).
    pub fn facts(&self, s: usize) -> &ClaimFacts {
        self.facts[s]
            .get_or_init(|| claim_facts(&self.cluster.sentences[s], &self.cluster.vocabulary))
    }

    /// The other articles reporting sentence `s`'s claim, best evidence first.
    pub fn supports(&self, s: usize) -> Vec<Support> {
        self.cited(
            s,
            &self.matches(s, self.params.min_shared_terms, Prune::ToTold),
        )
    }

    /// [`Attributor::supports`] and [`Attributor::tellings`] of sentence `s` from one search of
    /// the other articles (a summary sentence needs both: its citations and its place).
    pub fn supports_and_tellings(&self, s: usize) -> (Vec<Support>, Vec<Support>) {
        // the loose test's query (two shared terms) finds every window the strict one would
        let matches = self.told_matches(s);
        (self.cited(s, matches), self.told(matches))
    }

    /// The windows of `matches` (sentence `s`'s) that report its claim: those the claim model
    /// accepts, and, when the claim is a quotation, those that carry its words and its speaker
    /// ([`quotation`]; cited at the model's probability, at least the citing threshold).
    fn cited(&self, s: usize, matches: &[(Window, Measures)]) -> Vec<Support> {
        let quoted = OnceCell::new();
        let carries_quotation = |w: Window, m: &Measures| {
            !m.number_conflict
                && !m.polarity_differs
                && quoted
                    .get_or_init(|| {
                        let sentence = &self.cluster.sentences[s];
                        quotation::quoted_claim_at(&sentence.text, &sentence.word_ranges)
                    })
                    .as_ref()
                    .is_some_and(|q| {
                        let texts: Vec<&str> = w
                            .sentences()
                            .map(|j| self.cluster.sentences[j].text.as_str())
                            .collect();
                        q.is_carried_by(&texts)
                    })
        };
        let mut out: Vec<Support> = matches
            .iter()
            .filter_map(|&(w, m)| {
                let p = model::probability(&m);
                if self.params.accepts(&m) {
                    Some(self.shown_support(s, w, p))
                } else if carries_quotation(w, &m) {
                    Some(self.shown_support(s, w, p.max(self.params.min_probability)))
                } else {
                    None
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.similarity
                .total_cmp(&a.similarity)
                .then(a.article.cmp(&b.article))
        });
        out
    }

    fn told(&self, matches: &[(Window, Measures)]) -> Vec<Support> {
        matches
            .iter()
            .filter(|(_, m)| self.is_told(m))
            .map(|&(w, m)| self.support(w, m.coverage))
            .collect()
    }

    /// The loose test: the window carries enough of the claim, event included.
    fn is_told(&self, m: &Measures) -> bool {
        m.coverage >= TOLD_ELSEWHERE_COVERAGE && m.event_coverage >= TOLD_ELSEWHERE_EVENT
    }

    /// Whether any other article tells what sentence `s` tells, in any words: the test behind
    /// "only here", looser than [`Attributor::tellings`] (`ONLY_HERE_TOLD_COVERAGE`, 0.28). A
    /// different figure or polarity still counts as telling it (that is a discrepancy, not news
    /// only one outlet has).
    pub fn told_elsewhere(&self, s: usize) -> bool {
        self.elsewhere(s).is_none()
    }

    /// `None` when another article tells sentence `s` ([`Attributor::told_elsewhere`]), else how
    /// near one comes: the most of its content any window of another article carries, as a share
    /// of the told-elsewhere threshold (`ONLY_HERE_TOLD_COVERAGE`; 0 when none shares a term,
    /// under 1).
    pub fn elsewhere(&self, s: usize) -> Option<f32> {
        let matches = self.matches(s, 2, Prune::ToOnlyHere);
        if matches.iter().any(|(_, m)| is_told_for_only_here(m)) {
            return None;
        }
        // the articles' likeness is much the same for every sentence of one article, so it says
        // little about which of them is surer: nearness is coverage alone
        let nearest = matches.iter().map(|(_, m)| m.coverage).fold(0.0, f32::max);
        Some((nearest / ONLY_HERE_TOLD_COVERAGE).min(1.0))
    }

    /// Where other articles tell what sentence `s` tells, by the loose test of
    /// [`Attributor::told_elsewhere`]: for placing a sentence where the outlets place it (reading
    /// order), never for citing.
    pub fn tellings(&self, s: usize) -> Vec<Support> {
        self.told(self.told_matches(s))
    }

    /// The other articles that tell sentence `s`'s claim with another figure of the same measure
    /// (`21 people injured` against `24 people injured`): the window, and each pair of figures
    /// that differ (`s`'s first). The window must carry most of the claim, event included, and
    /// the two articles must tell the same news, so different measures, times or stories do not
    /// count; a window that also states `s`'s figure agrees and is left out.
    pub fn disagreements(&self, s: usize) -> Vec<(Support, Vec<(Quantity, Quantity)>)> {
        if self.facts(s).quantities.is_empty() {
            return Vec::new();
        }
        self.matches(s, self.params.min_shared_terms, Prune::Off)
            .into_iter()
            .filter(|(_, m)| {
                m.number_conflict
                    && m.coverage >= DISAGREEMENT_COVERAGE
                    && m.event_coverage >= DISAGREEMENT_EVENT
                    && m.article_similarity >= DISAGREEMENT_ARTICLES
                    && !m.polarity_differs
            })
            .map(|(w, m)| {
                let theirs: Vec<Quantity> = w
                    .sentences()
                    .flat_map(|j| self.facts(j).quantities.clone())
                    .collect();
                let figures = self
                    .facts(s)
                    .quantities
                    .iter()
                    .filter(|q| q.conflicts_with(theirs.iter()))
                    .flat_map(|q| {
                        theirs
                            .iter()
                            .filter(|o| q.same_measure(o))
                            .map(move |o| (*q, *o))
                    })
                    .collect();
                (self.support(w, model::probability(&m)), figures)
            })
            .collect()
    }

    /// The loose query's windows of sentence `s` (two shared terms, pruned to those the strict or
    /// the loose test could pass), computed on first use.
    fn told_matches(&self, s: usize) -> &[(Window, Measures)] {
        match self.told_matches.get(s) {
            Some(cell) => cell.get_or_init(|| self.matches(s, 2, Prune::ToTold)),
            None => &[],
        }
    }

    /// For every other article sharing content terms with sentence `s`: the window that carries
    /// most of its claim, and how well it matches. In article order.
    ///
    /// With `prune`, only windows that could pass the strict test ([`AttributionParams::accepts`])
    /// or the loose one ([`Attributor::tellings`]), and only those that could pass the strict
    /// one fully measured: for citing and placing, not for [`Attributor::disagreements`] or
    /// [`Attributor::explain`].
    fn matches(&self, s: usize, min_shared_terms: usize, prune: Prune) -> Vec<(Window, Measures)> {
        let Some(query) = self.query(s, min_shared_terms) else {
            return Vec::new();
        };
        let origin = self.cluster.sentences[s].article;
        // the origin's sentences are one run of ids: each posting list is read around it
        let own = self.cluster.article_sentences[origin].clone();
        let (own_start, own_end) = (own.start as u32, own.end as u32);
        // each candidate sentence of another article: which of the query's terms it carries
        // (a mask per sentence in a reused table, cleared again as the candidates are read)
        let mut masks = self.masks.take();
        masks.resize(self.cluster.sentences.len(), 0);
        let mut touched: Vec<u32> = Vec::new();
        for (bit, &t) in query.terms.iter().enumerate() {
            let list = self.postings_of(t);
            let from = list.partition_point(|&j| j < own_start);
            let to = list.partition_point(|&j| j < own_end);
            for &other in list[..from].iter().chain(&list[to..]) {
                let mask = &mut masks[other as usize];
                if *mask == 0 {
                    touched.push(other);
                }
                *mask |= 1u64 << bit;
            }
        }
        touched.sort_unstable();
        let candidates: Vec<(u32, u64)> = touched
            .iter()
            .map(|&j| (j, std::mem::take(&mut masks[j as usize])))
            .collect();
        self.masks.set(masks);
        let mut out = Vec::new();
        let article_of = |j: u32| self.cluster.sentences[j as usize].article;
        let mut i = 0;
        while i < candidates.len() {
            let article = article_of(candidates[i].0);
            let end = i + candidates[i..].partition_point(|&(j, _)| article_of(j) == article);
            let group = &candidates[i..end];
            let article_mask = group.iter().fold(0u64, |m, &(_, x)| m | x);
            // the window covering most of the claim: one sentence, or two adjacent ones that
            // each add terms (ties go to the single sentence)
            let mut best: Option<(Window, u64, f32)> = None;
            for (k, &(j, mask)) in group.iter().enumerate() {
                let two = group
                    .get(k + 1)
                    .filter(|&&(n, next)| n == j + 1 && next & !mask != 0 && mask & !next != 0)
                    .map(|&(_, next)| (Window::two(j as usize), mask | next));
                for (w, m) in std::iter::once((Window::one(j as usize), mask)).chain(two) {
                    let weight = self.weight(&query, m);
                    if best.as_ref().is_none_or(|&(_, _, b)| weight > b + 1e-6) {
                        best = Some((w, m, weight));
                    }
                }
            }
            if let Some((w, m, _)) = best {
                if let Some(measures) = self.measure(s, &query, w, m, article_mask, prune) {
                    out.push((w, measures));
                }
            }
            i = end;
        }
        out
    }

    /// The query's tracked terms and their weights.
    fn query(&self, s: usize, min_shared_terms: usize) -> Option<Query> {
        let mut terms: Vec<TermId> = self.content[s]
            .iter()
            .copied()
            .filter(|&t| self.idf.get(t as usize).is_some_and(|&w| w > 0.0))
            .collect();
        if terms.len() < min_shared_terms.max(1) {
            return None;
        }
        if terms.len() > MAX_TERMS {
            terms.sort_by(|&a, &b| self.idf[b as usize].total_cmp(&self.idf[a as usize]));
            terms.truncate(MAX_TERMS);
        }
        let names = &self.facts(s).names;
        let mut event_mask = 0u64;
        let (mut total, mut event) = (0.0f32, 0.0f32);
        for (bit, &t) in terms.iter().enumerate() {
            let w = self.idf[t as usize];
            total += w;
            if names.binary_search(&t).is_err() {
                event_mask |= 1 << bit;
                event += w;
            }
        }
        Some(Query {
            terms,
            event_mask,
            total,
            event,
            shared: OnceCell::new(),
        })
    }

    fn weight(&self, query: &Query, mask: u64) -> f32 {
        let mut w = 0.0;
        let mut m = mask;
        while m != 0 {
            let bit = m.trailing_zeros() as usize;
            w += self.idf[query.terms[bit] as usize];
            m &= m - 1;
        }
        w
    }

    /// How well window `w` (whose sentences carry the query terms in `mask`; the whole article
    /// carries those in `article_mask`) matches the claim.
    fn measure(
        &self,
        s: usize,
        query: &Query,
        w: Window,
        mask: u64,
        article_mask: u64,
        prune: Prune,
    ) -> Option<Measures> {
        let share = |m: u64, of: f32| {
            if of > 0.0 {
                self.weight(query, m) / of
            } else {
                0.0
            }
        };
        let coverage = share(mask, query.total);
        let event = if query.event > 0.0 {
            share(mask & query.event_mask, query.event)
        } else {
            coverage
        };
        let (shared_mask, shared_total) = *query.shared.get_or_init(|| {
            let shared_mask = query
                .terms
                .iter()
                .enumerate()
                .filter(|(_, &t)| self.shared_terms()[t as usize])
                .fold(0u64, |m, (bit, _)| m | 1 << bit);
            (shared_mask, self.weight(query, shared_mask))
        });
        let shared_coverage = if shared_total > 0.0 {
            self.weight(query, mask & shared_mask) / shared_total
        } else {
            0.0
        };
        let name_total = query.total - query.event;
        let names = if name_total > 0.0 {
            share(mask & !query.event_mask, name_total)
        } else {
            1.0
        };
        // how much of the window's own content is about the claim
        let window_weight: f32 = w
            .sentences()
            .flat_map(|j| self.content[j].iter())
            .map(|&t| self.idf[t as usize])
            .sum();
        let reverse = if window_weight > 0.0 {
            (self.weight(query, mask) / window_weight).min(1.0)
        } else {
            0.0
        };
        let mut measures = Measures {
            coverage,
            event_coverage: event,
            name_coverage: names,
            bigram_recall: 0.0,
            reverse_coverage: reverse,
            article_coverage: share(article_mask, query.total),
            shared_coverage,
            article_similarity: self.article_similarity(
                self.cluster.sentences[s].article,
                self.cluster.sentences[w.first].article,
            ),
            shared_terms: mask.count_ones() as usize,
            query_terms: query.terms.len(),
            two_sentences: w.len == 2,
            polarity_differs: false,
            modality_differs: false,
            number_conflict: false,
            number_agrees: false,
        };
        // the rest (figures, polarity, bigrams) costs more: not for a
        // window the strict test could not pass whatever it says (its costly measures stay at
        // zero, which that test rejects too), nor at all for one that neither test could pass
        if prune != Prune::Off
            && !(measures.shared_terms >= self.params.min_shared_terms
                && model::best_case_probability(&measures) >= self.params.min_probability)
        {
            // "only here" reads every window's coverage, which is measured by now
            let kept = prune == Prune::ToOnlyHere || self.is_told(&measures);
            return kept.then_some(measures);
        }
        let facts = self.facts(s);
        let window_facts: Vec<&ClaimFacts> = w.sentences().map(|j| self.facts(j)).collect();
        let polarity_differs = facts.negated != window_facts.iter().any(|f| f.negated);
        let modality_differs = facts.prospective != window_facts.iter().any(|f| f.prospective);
        let theirs = || window_facts.iter().flat_map(|f| f.quantities.iter());
        let number_conflict = facts.quantities.iter().any(|q| q.conflicts_with(theirs()));
        let number_agrees = facts.quantities.iter().any(|q| {
            q.kind == QuantityKind::Count
                || q.kind == QuantityKind::Money
                || q.kind == QuantityKind::Percent
        }) && facts.quantities.iter().any(|q| {
            !matches!(q.kind, QuantityKind::Year | QuantityKind::Month)
                && theirs().any(|o| q.same_value(o))
        });
        measures.bigram_recall = self.bigram_recall(s, w);
        measures.polarity_differs = polarity_differs;
        measures.modality_differs = modality_differs;
        measures.number_conflict = number_conflict;
        measures.number_agrees = number_agrees;
        Some(measures)
    }

    /// Cosine of two articles' TF-IDF vectors: whether they tell the same news at all.
    fn article_similarity(&self, a: usize, b: usize) -> f32 {
        let vectors = self.article_vectors();
        crate::sets::sparse_dot(&vectors[a], &vectors[b])
    }

    /// Share of sentence `s`'s content bigrams (adjacent content terms, stop words skipped) that
    /// the window's sentences also have.
    fn bigram_recall(&self, s: usize, w: Window) -> f32 {
        let bigrams = |j: usize| -> Vec<(TermId, TermId)> {
            let content: Vec<TermId> = self.cluster.sentences[j]
                .terms
                .iter()
                .copied()
                .filter(|&t| self.idf.get(t as usize).is_some_and(|&x| x > 0.0))
                .collect();
            content.windows(2).map(|p| (p[0], p[1])).collect()
        };
        let mine = bigrams(s);
        if mine.is_empty() {
            return 0.0;
        }
        let mut theirs: Vec<(TermId, TermId)> = w.sentences().flat_map(bigrams).collect();
        theirs.sort_unstable();
        let found = mine
            .iter()
            .filter(|b| theirs.binary_search(b).is_ok())
            .count();
        found as f32 / mine.len() as f32
    }

    /// Why sentence `s` is or is not attributed to `article`: the measures of the article's
    /// window that carries most of the claim and that window's sentence indices (for benchmarks
    /// and debugging), or `None` when no sentence of it shares a content term.
    pub fn explain(&self, s: usize, article: usize) -> Option<(Measures, Vec<usize>)> {
        self.matches(s, self.params.min_shared_terms, Prune::Off)
            .into_iter()
            .find(|(w, _)| self.cluster.sentences[w.first].article == article)
            .map(|(w, m)| {
                let indices = w
                    .sentences()
                    .map(|j| self.cluster.sentences[j].index)
                    .collect();
                (m, indices)
            })
    }

    /// [`Self::support`] as a reader is shown it: a sentence of a two-sentence window that shares
    /// one content word or none with sentence `s`, and that one under a third as rare as what the
    /// other sentence shares, is left out of the evidence (`"We have 100 critically
    /// ill patients who will die in the next day …," said Doctor Green` before `An earthquake …
    /// struck Haiti on January 12`, for `… eight days after a 7.0 magnitude quake`).
    fn shown_support(&self, s: usize, w: Window, probability: f32) -> Support {
        let mut support = self.support(w, probability);
        if w.len != 2 {
            return support;
        }
        let mine = &self.content[s];
        // (the number and the rarity-weighted sum of the content words it shares with `s`)
        let shared = |j: usize| -> (usize, f32) {
            self.content[j]
                .iter()
                .filter(|t| mine.binary_search(t).is_ok())
                .fold((0, 0.0), |(n, x), &t| (n + 1, x + self.idf[t as usize]))
        };
        // (a window holds two sentences at most)
        let weights = [w.first, w.first + 1].map(|j| (j, shared(j)));
        let most = weights.iter().map(|&(_, (_, x))| x).fold(0.0f32, f32::max);
        let carrying: Vec<usize> = weights
            .iter()
            .filter(|&&(_, (n, x))| n >= 2 || n == 1 && x * EVIDENCE_SHARE_OF_BEST >= most)
            .map(|&(j, _)| self.cluster.sentences[j].index)
            .collect();
        if !carrying.is_empty() {
            support.evidence = carrying;
        }
        support
    }

    fn support(&self, w: Window, probability: f32) -> Support {
        let first = &self.cluster.sentences[w.first];
        Support {
            article: first.article,
            sentence_index: first.index,
            evidence: w
                .sentences()
                .map(|j| self.cluster.sentences[j].index)
                .collect(),
            similarity: (probability.min(1.0) * 1000.0).round() / 1000.0,
        }
    }
}

/// How one window of an article matches a sentence's claim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measures {
    /// Share of the sentence's content weight the window carries.
    pub coverage: f32,
    /// Share of the weight of its non-name content words.
    pub event_coverage: f32,
    /// Share of the weight of its names (1 when it has none).
    pub name_coverage: f32,
    /// Share of its content bigrams the window has.
    pub bigram_recall: f32,
    /// Share of the window's own content weight that is the sentence's.
    pub reverse_coverage: f32,
    /// Share of the sentence's content weight the whole article carries.
    pub article_coverage: f32,
    /// Share of the weight of its terms that two or more articles use (what others could report:
    /// a detail only its own article has does not count against a window).
    pub shared_coverage: f32,
    /// Cosine of the two articles' TF-IDF vectors.
    pub article_similarity: f32,
    /// Content terms shared.
    pub shared_terms: usize,
    /// Content terms of the sentence (its rarest 64 at most).
    pub query_terms: usize,
    /// The window is two adjacent sentences.
    pub two_sentences: bool,
    /// Some non-year quantity of the sentence has the same value in the window.
    pub number_agrees: bool,
    /// One is negated and the other is not.
    pub polarity_differs: bool,
    /// One tells of something planned or expected and the other does not.
    pub modality_differs: bool,
    /// A quantity of the same measure with another value, and none with the same.
    pub number_conflict: bool,
}

struct Query {
    terms: Vec<TermId>,
    event_mask: u64,
    total: f32,
    event: f32,
    /// Which terms two or more articles use (as a mask) and their weight: the same for every
    /// window, read at the first one measured.
    shared: OnceCell<(u64, f32)>,
}

/// One sentence, or two adjacent ones of the same article.
#[derive(Debug, Clone, Copy)]
struct Window {
    first: usize,
    len: usize,
}

impl Window {
    fn one(first: usize) -> Self {
        Window { first, len: 1 }
    }
    fn two(first: usize) -> Self {
        Window { first, len: 2 }
    }
    fn sentences(self) -> std::ops::Range<usize> {
        self.first..self.first + self.len
    }
}

/// A short, stable key of a sentence's text (FNV-1a 64 of its bytes, folded to 32 bits, as 8 hex
/// digits): hand labels name a sentence by article and index plus this key, never by its text, and
/// the key shows when cleaning or splitting has moved the sentence.
pub fn sentence_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{:08x}", (h ^ (h >> 32)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_hash_is_stable_and_tells_texts_apart() {
        // FNV-1a 64 of the empty string is its offset basis
        assert_eq!(
            sentence_hash(""),
            format!("{:08x}", (0xcbf2_9ce4_8422_2325u64 ^ 0xcbf2_9ce4) as u32)
        );
        assert_ne!(
            sentence_hash("The bridge closed."),
            sentence_hash("The bridge closed")
        );
        assert_eq!(sentence_hash("abc").len(), 8);
    }
}
