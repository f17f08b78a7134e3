//! The same quotation carried by several outlets, listed once: quotations found in each article
//! are compared (only those sharing a run of three words, a bounded number each) and merged, and
//! their speakers listed.

use std::collections::HashMap;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::attribution::Attribution;
use super::names::Registry;
use super::quote_marks::QuoteSpan;
use super::{Quote, QuoteOccurrence, Speaker};
use crate::text::{AnalysedCluster, TermId};

/// One quotation found in one article, before merging.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub(super) article: usize,
    pub(super) sentence_index: usize,
    pub(super) span: QuoteSpan,
    pub(super) attribution: Option<Attribution>,
    pub(super) entry: Option<usize>,
    pub(super) written: Option<String>,
    pub(super) terms: Vec<TermId>,
    /// The quoted words' byte ranges: one, or two and more for a quotation interrupted by its
    /// attribution (`span` then runs from the first to the last).
    pub(super) pieces: Vec<Range<usize>>,
}

/// Whether `a` and `b` share a run of `n` consecutive term ids (hashes of the shorter one's runs,
/// then one pass over the longer one: linear, where a longest-common-run table is quadratic).
fn shares_run(a: &[TermId], b: &[TermId], n: usize) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < n {
        return false;
    }
    let runs: FxHashSet<&[TermId]> = short.windows(n).collect();
    long.windows(n).any(|w| runs.contains(w))
}

/// Whether two quotations are the same words (possibly one cut shorter by an outlet).
fn same_quote(cluster: &AnalysedCluster, a: &Found, b: &Found) -> bool {
    if let (Some(x), Some(y)) = (a.entry, b.entry) {
        if x != y {
            return false;
        }
    }
    let vocab = &cluster.vocabulary;
    let content = |f: &Found| -> Vec<TermId> {
        let mut c: Vec<TermId> = f
            .terms
            .iter()
            .copied()
            .filter(|&t| !vocab.is_stop(t))
            .collect();
        c.sort_unstable();
        c.dedup();
        c
    };
    let (ca, cb) = (content(a), content(b));
    let smaller = ca.len().min(cb.len());
    if smaller == 0 {
        return false;
    }
    // a question and its answer, or words and their denial, share words but are two quotations
    // (`Have you ever had sexual relations with …?` / `I have never had sexual relations with …`);
    // an outlet's shorter cut of the same words has no word of its own
    let (short, long) = if ca.len() <= cb.len() {
        (&ca, &cb)
    } else {
        (&cb, &ca)
    };
    let cut = short.iter().all(|t| long.binary_search(t).is_ok());
    if !cut {
        let (wa, wb) = (quoted_words(cluster, a), quoted_words(cluster, b));
        if is_question(wa) != is_question(wb) || is_negated(wa) != is_negated(wb) {
            return false;
        }
    }
    if smaller <= 3 {
        // short quotations ("legitimate"): the same words, and the same speaker known on both
        return ca == cb && a.entry.is_some() && a.entry == b.entry;
    }
    let shared = crate::summarize::vectors::unigram_overlap(&ca, &cb);
    smaller >= 4 && shared >= 0.8 && shares_run(&a.terms, &b.terms, 3)
        || shares_run(&a.terms, &b.terms, 6)
}

/// The words `f` quotes, as its article writes them.
fn quoted_words<'c>(cluster: &'c AnalysedCluster, f: &Found) -> &'c str {
    cluster
        .articles
        .get(f.article)
        .and_then(|a| a.text.get(f.span.start..f.span.end))
        .unwrap_or_default()
}

/// Whether quoted words end as a question.
fn is_question(words: &str) -> bool {
    words
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ',', '.'])
        .ends_with('?')
}

/// The words that deny what they go with.
const NEGATIONS: [&str; 8] = [
    "not", "never", "no", "nor", "neither", "nobody", "nothing", "none",
];

/// Whether quoted words deny something: a negation word among them (`not`, `never`, `didn't`).
fn is_negated(words: &str) -> bool {
    words
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .any(|w| {
            // (compared in place, case-insensitively: no copy of each word)
            let b = w.as_bytes();
            NEGATIONS.iter().any(|n| w.eq_ignore_ascii_case(n))
                || [&b"n't"[..], "n\u{2019}t".as_bytes()].iter().any(|end| {
                    b.len() >= end.len() && b[b.len() - end.len()..].eq_ignore_ascii_case(end)
                })
        })
}

/// How many earlier quotations a quotation is compared with at most, the ones sharing the most
/// runs of three words with it first.
const MAX_CANDIDATES: usize = 24;
/// How many of the latest quotations holding one run of three words are looked at.
const MAX_POSTINGS: usize = 16;

/// Pairs of quotations (earlier, later) that may be the same words: [`same_quote`] needs a run of
/// three shared words for long quotations and equal content words for short ones, so only pairs
/// sharing a run of three term ids (or, for short quotations, their content words) are compared.
/// Each quotation meets a bounded number of earlier ones: near-linear in the number of quotations.
fn candidate_pairs(cluster: &AnalysedCluster, found: &[Found]) -> Vec<(usize, usize)> {
    let vocab = &cluster.vocabulary;
    let mut trigrams: FxHashMap<(TermId, TermId, TermId), Vec<usize>> = FxHashMap::default();
    let mut short: FxHashMap<Vec<TermId>, Vec<usize>> = FxHashMap::default();
    let mut pairs = Vec::new();
    let mut votes: FxHashMap<usize, usize> = FxHashMap::default();
    for (j, f) in found.iter().enumerate() {
        votes.clear();
        let mut content: Vec<TermId> = f
            .terms
            .iter()
            .copied()
            .filter(|&t| !vocab.is_stop(t))
            .collect();
        content.sort_unstable();
        content.dedup();
        if (1..=3).contains(&content.len()) {
            let earlier = short.entry(content).or_default();
            for &i in earlier.iter().rev().take(MAX_POSTINGS) {
                *votes.entry(i).or_default() += 1;
            }
            earlier.push(j);
        }
        let mut own: Vec<(TermId, TermId, TermId)> =
            f.terms.windows(3).map(|w| (w[0], w[1], w[2])).collect();
        own.sort_unstable();
        own.dedup();
        for g in own {
            let earlier = trigrams.entry(g).or_default();
            for &i in earlier.iter().rev().take(MAX_POSTINGS) {
                *votes.entry(i).or_default() += 1;
            }
            earlier.push(j);
        }
        let mut ranked: Vec<(usize, usize)> = votes.iter().map(|(&i, &v)| (v, i)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        pairs.extend(ranked.into_iter().take(MAX_CANDIDATES).map(|(_, i)| (i, j)));
    }
    pairs
}

pub(super) fn merge(
    cluster: &AnalysedCluster,
    found: &[Found],
    registry: &mut Registry,
) -> (Vec<Quote>, Vec<Speaker>) {
    let n = found.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for (i, j) in candidate_pairs(cluster, found) {
        if same_quote(cluster, &found[i], &found[j]) {
            let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
            if ri != rj {
                parent[rj.max(ri)] = ri.min(rj);
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        let g = *group_of.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    let canonical: Vec<String> = registry.entries.iter().map(|e| e.canonical()).collect();
    let mut quotes = Vec::with_capacity(groups.len());
    let mut speaker_quotes: Vec<Vec<usize>> = vec![Vec::new(); registry.entries.len()];
    for members in &groups {
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for &m in members {
            if let Some(e) = found[m].entry {
                match counts.iter_mut().find(|(x, _)| *x == e) {
                    Some(c) => c.1 += 1,
                    None => counts.push((e, 1)),
                }
            }
        }
        let entry = counts.iter().max_by_key(|c| c.1).map(|c| c.0);
        let longest = members
            .iter()
            .copied()
            .max_by_key(|&m| found[m].span.end - found[m].span.start)
            .unwrap_or(members[0]);
        let text_of = |m: usize| {
            let f = &found[m];
            let text = &cluster.articles[f.article].text;
            f.pieces
                .iter()
                .flat_map(|r| text[r.clone()].split_whitespace())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut articles: Vec<usize> = members.iter().map(|&m| found[m].article).collect();
        articles.sort_unstable();
        articles.dedup();
        let occurrences: Vec<QuoteOccurrence> = members
            .iter()
            .map(|&m| {
                let f = &found[m];
                QuoteOccurrence {
                    article: f.article,
                    sentence_index: f.sentence_index,
                    start: f.span.start,
                    end: f.span.end,
                    speaker_as_written: f.written.clone(),
                    speaker: f.entry.map(|e| canonical[e].clone()),
                    verb: f.attribution.as_ref().and_then(|a| a.verb.clone()),
                    form: f.attribution.as_ref().map(|a| a.form),
                }
            })
            .collect();
        let verb = occurrences.iter().find_map(|o| o.verb.clone());
        if let Some(e) = entry {
            speaker_quotes[e].push(quotes.len());
        }
        quotes.push(Quote {
            text: text_of(longest),
            speaker: entry.map(|e| canonical[e].clone()),
            verb,
            articles,
            occurrences,
        });
    }
    let speakers = speaker_quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.is_empty())
        .map(|(e, q)| {
            let mut articles: Vec<usize> =
                q.iter().flat_map(|&i| quotes[i].articles.clone()).collect();
            articles.sort_unstable();
            articles.dedup();
            let mut variants: Vec<String> = Vec::new();
            for v in registry.entries[e]
                .variants
                .iter()
                .chain(&registry.entries[e].aliases)
            {
                if !variants.contains(v) {
                    variants.push(v.clone());
                }
            }
            Speaker {
                name: canonical[e].clone(),
                variants,
                quotes: q.clone(),
                articles,
            }
        })
        .collect();
    (quotes, speakers)
}
