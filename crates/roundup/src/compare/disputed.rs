//! Disputed: statements of different articles about the same thing where one asserts and the other
//! denies, negates or gives a different number.
//!
//! Two sentences are about the same thing when they share at least three content concepts and a
//! quarter of the shorter one's. A concept is a content stem, with a country and its demonym folded
//! together (Russia / Russian, Iran / Iranian) and a few verbs of commitment and withdrawal that
//! reports paraphrase (agreed / promised / committed; remove / withdraw) folded into one — the
//! denial of "Russia agreed to remove" is usually "Russia never promised to withdraw".
//!
//! One sentence disputes the other when a denial verb (deny, reject, dismiss, refute, rebut,
//! contradict) or a negation
//! (not, never, no, n't, neither) in it has at least two of the shared concepts in its scope (the
//! words after it), and the other sentence does not negate them too. Sharing words is not enough: a
//! negation about something else ("the deal does not cover the north") disputes nothing. Two
//! sentences that give different numbers of the same unit (12 people / 15 people) also dispute.

use rustc_hash::FxHashSet;

use super::{statement, word_ranges, Dispute, DisputeKind};
use crate::summarize::ClusterStats;
use crate::text::{AnalysedCluster, TermId};

/// Verbs of denial. Not "dispute": in news it is mostly the noun ("a labor dispute", "disputes
/// between Israel and the Palestinian Authority", "a disputed meeting"), and counting it as a
/// denial made 8 of 16 `denial` pairs in a hand-judged DUC 2003 sample, none of them a
/// disagreement (BENCHMARKS.md, "Disputes").
const DENIAL_STEMS: &[&str] = &[
    "deni",
    "deny",
    "reject",
    "dismiss",
    "refut",
    "rebut",
    "contradict",
];
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "none", "neither", "nor", "nothing", "nobody", "didn", "doesn", "don",
    "isn", "wasn", "weren", "won", "hasn", "haven", "hadn", "aren", "cannot", "couldn", "wouldn",
    "shouldn", "t",
];
/// Stems of paraphrased verbs folded into one concept.
const FOLDS: &[(&str, &[&str])] = &[
    (
        "promis",
        &[
            "promis",
            "agre",
            "commit",
            "commitment",
            "pledg",
            "vow",
            "guarante",
            "assur",
        ],
    ),
    (
        "withdraw",
        &[
            "withdraw",
            "withdrawn",
            "withdrew",
            "withdraw",
            "remov",
            "pullout",
            "evacu",
        ],
    ),
    (
        "forc",
        &["forc", "troop", "militia", "fighter", "unit", "soldier"],
    ),
    ("kill", &["kill", "dead", "die", "death", "fatal"]),
];
/// A denial answers a claim only when they share this many concepts: the proposition (who did
/// what to whom), not just the story's names and places.
const MIN_SHARED_FOR_DENIAL: usize = 5;

/// Two different numbers of the same unit conflict only in sentences this close (shared share of
/// the smaller one's concepts): a count of *other* people in a loosely related sentence is no dispute.
const MIN_OVERLAP_FOR_NUMBERS: f32 = 0.5;

/// Terms that never make two sentences "about the same thing".
const IGNORED: &[&str] = &[
    "said",
    "say",
    "told",
    "tell",
    "ad",
    "also",
    "accord",
    "report",
    // the speech act a denial answers ("dismissed accusations", "denied comments") is not what is
    // disputed: "X accused the US" and "Y dismissed accusations by the US" are about different things
    "accus",
    "alleg",
    "claim",
    "comment",
    "charg",
    "statement",
];

/// Per-term data the dispute test needs, computed once per cluster.
struct Concepts {
    /// Concept id of each term (`u32::MAX` for terms that never count).
    key: Vec<u32>,
    denial: Vec<bool>,
    negation: Vec<bool>,
    /// Concepts every article mentions (in clusters of three or more): the story's own subject,
    /// which alone never makes two statements disagree.
    story_wide: Vec<bool>,
}

impl Concepts {
    fn new(cluster: &AnalysedCluster) -> Self {
        let vocab = &cluster.vocabulary;
        let n = vocab.len();
        let mut key = vec![u32::MAX; n];
        let mut denial = vec![false; n];
        let mut negation = vec![false; n];
        for t in 0..n {
            let stem = vocab.stem(t as TermId);
            if NEGATIONS.contains(&stem) {
                negation[t] = true;
                continue;
            }
            if DENIAL_STEMS.iter().any(|d| stem.starts_with(d)) {
                denial[t] = true;
                continue;
            }
            if vocab.is_stop(t as TermId)
                || IGNORED.contains(&stem)
                || crate::dates::WEEKDAYS.contains(&stem)
                || stem.chars().all(|c| c.is_ascii_digit())
            {
                continue;
            }
            if let Some(fold) = FOLDS.iter().position(|(_, stems)| stems.contains(&stem)) {
                key[t] = (n + fold) as u32;
                continue;
            }
            // demonyms: russian → russia, iranian → iran, israeli → israel, american → america
            let base = ["n", "ian", "an", "i"].iter().find_map(|suffix| {
                let root = stem.strip_suffix(suffix)?;
                (root.len() >= 3)
                    .then(|| vocab.find_plain_word(root))
                    .flatten()
            });
            key[t] = base.unwrap_or(t as TermId);
        }
        let keys = n + FOLDS.len();
        let mut last_article = vec![usize::MAX; keys];
        let mut df = vec![0usize; keys];
        for sentence in &cluster.sentences {
            for &t in &sentence.terms {
                let k = key[t as usize];
                if k != u32::MAX && last_article[k as usize] != sentence.article {
                    last_article[k as usize] = sentence.article;
                    df[k as usize] += 1;
                }
            }
        }
        let articles = cluster.articles.len();
        let story_wide = df.iter().map(|&d| articles >= 3 && d >= articles).collect();
        Concepts {
            key,
            denial,
            negation,
            story_wide,
        }
    }
}

/// One sentence prepared for the pairwise test.
struct Prepared {
    sentence: usize,
    keys: Vec<u32>,
    /// Concepts (not story-wide) inside the clause a denial verb / a negation governs.
    denied: FxHashSet<u32>,
    negated: FxHashSet<u32>,
    /// The first concept after each negation: what is negated ("never *promised*").
    negated_predicates: Vec<u32>,
    /// (number, unit concept) pairs.
    numbers: Vec<(u64, u32)>,
}

fn prepare(cluster: &AnalysedCluster, concepts: &Concepts, s: usize) -> Prepared {
    let sentence = &cluster.sentences[s];
    let terms = &sentence.terms;
    let mut keys: Vec<u32> = terms
        .iter()
        .map(|&t| concepts.key[t as usize])
        .filter(|&k| k != u32::MAX)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let text = &cluster.articles[sentence.article].text;
    let words = word_ranges(text, sentence.span.clone());
    let mut denied = FxHashSet::default();
    let mut negated = FxHashSet::default();
    let mut negated_predicates = Vec::new();
    for (i, &t) in terms.iter().enumerate() {
        let denial = concepts.denial[t as usize];
        let (scope, set) = if denial {
            (30, &mut denied)
        } else if concepts.negation[t as usize] {
            (10, &mut negated)
        } else {
            continue;
        };
        let mut predicate = None;
        for (j, &term) in terms.iter().enumerate().skip(i + 1).take(scope) {
            // the clause ends at a comma, semicolon or colon
            if let (Some(prev), Some(cur)) = (words.get(j - 1), words.get(j)) {
                if j > i + 1 && text[prev.end..cur.start].contains([',', ';', ':']) {
                    break;
                }
            }
            let k = concepts.key[term as usize];
            if k != u32::MAX && !concepts.story_wide[k as usize] {
                set.insert(k);
                predicate.get_or_insert(k);
            }
        }
        if let (false, Some(p)) = (denial, predicate) {
            negated_predicates.push(p);
        }
    }
    let mut numbers = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let surface = &text[w.clone()];
        let Ok(value) = surface.parse::<u64>() else {
            continue;
        };
        if (1900..=2100).contains(&value) {
            continue;
        }
        if let Some(&unit) = terms.get(i + 1) {
            let k = concepts.key[unit as usize];
            if k != u32::MAX {
                numbers.push((value, k));
            }
        }
    }
    Prepared {
        sentence: s,
        keys,
        denied,
        negated,
        negated_predicates,
        numbers,
    }
}

fn shared(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Whether `counter` disputes `claim` on the `common` concepts, and how.
fn disputes(claim: &Prepared, counter: &Prepared, common: &[u32]) -> Option<(DisputeKind, usize)> {
    let in_scope = |set: &FxHashSet<u32>| common.iter().filter(|k| set.contains(k)).count();
    // a claim that itself negates or denies what the two share agrees with the denial
    let claim_negates = in_scope(&claim.negated) + in_scope(&claim.denied) >= 1;
    // what is shared must be a real part of the claim, not a few topic words it happens to use
    let claim_covered = common.len() >= MIN_SHARED_FOR_DENIAL
        && common.len() as f32 >= 0.25 * claim.keys.len().max(1) as f32;
    if claim_negates || !claim_covered {
        return None;
    }
    let denied = in_scope(&counter.denied);
    if denied >= 2 {
        return Some((DisputeKind::Denial, denied));
    }
    let negated = in_scope(&counter.negated);
    let predicate_shared = counter
        .negated_predicates
        .iter()
        .any(|p| common.contains(p));
    if negated >= 3 && predicate_shared {
        return Some((DisputeKind::Negation, negated));
    }
    None
}

fn conflicting_numbers(a: &Prepared, b: &Prepared) -> bool {
    a.numbers.iter().any(|&(x, unit)| {
        b.numbers.iter().any(|&(y, u)| u == unit && x != y)
            && !b.numbers.iter().any(|&(y, u)| u == unit && x == y)
    })
}

pub(crate) fn disputed(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    max: usize,
) -> Vec<Dispute> {
    let concepts = Concepts::new(cluster);
    let prepared: Vec<Prepared> = (0..cluster.sentences.len())
        .filter(|&s| stats.eligible[s])
        .map(|s| prepare(cluster, &concepts, s))
        .collect();
    let mut pairs: Vec<(f32, usize, usize, DisputeKind, Vec<u32>)> = Vec::new();
    for (i, a) in prepared.iter().enumerate() {
        for b in &prepared[i + 1..] {
            let (sa, sb) = (
                &cluster.sentences[a.sentence],
                &cluster.sentences[b.sentence],
            );
            if sa.article == sb.article {
                continue;
            }
            let common = shared(&a.keys, &b.keys);
            let smaller = a.keys.len().min(b.keys.len()).max(1);
            if common.len() < 3 || (common.len() as f32) < 0.25 * smaller as f32 {
                continue;
            }
            let overlap = common.len() as f32 / smaller as f32;
            let found = disputes(a, b, &common)
                .map(|(k, n)| (a.sentence, b.sentence, k, n))
                .or_else(|| disputes(b, a, &common).map(|(k, n)| (b.sentence, a.sentence, k, n)));
            if let Some((claim, counter, kind, scoped)) = found {
                let score = common.len() as f32 * overlap + scoped as f32;
                pairs.push((score, claim, counter, kind, common));
            } else if overlap >= MIN_OVERLAP_FOR_NUMBERS
                && common.len() >= MIN_SHARED_FOR_DENIAL
                && conflicting_numbers(a, b)
            {
                let score = common.len() as f32 * overlap;
                pairs.push((score, a.sentence, b.sentence, DisputeKind::Numbers, common));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut used_claims: Vec<usize> = Vec::new();
    let mut used_counters: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for (score, claim, counter, kind, common) in pairs {
        if out.len() >= max {
            break;
        }
        // a claim is shown once; one denial may answer two claims
        if used_claims.contains(&claim)
            || used_counters.iter().filter(|&&c| c == counter).count() >= 2
        {
            continue;
        }
        used_claims.push(claim);
        used_counters.push(counter);
        let vocab = &cluster.vocabulary;
        let mut names: Vec<String> = common
            .iter()
            .map(|&k| {
                match FOLDS
                    .iter()
                    .enumerate()
                    .find(|(i, _)| (vocab.len() + i) as u32 == k)
                {
                    Some((_, (name, _))) => (*name).to_string(),
                    None if (k as usize) < vocab.len() => vocab.stem(k).to_string(),
                    None => String::new(),
                }
            })
            .filter(|s| !s.is_empty())
            .collect();
        names.sort();
        names.dedup();
        out.push(Dispute {
            claim: statement(cluster, claim),
            counter: statement(cluster, counter),
            kind,
            shared: names,
            score: (score * 1000.0).round() / 1000.0,
        });
    }
    out
}
