//! Collapsing articles that are copies of one another (syndicated wire copy, re-posts, the same page
//! scraped twice with different furniture).
//!
//! Each article becomes a sorted set of hashed word 5-gram shingles. Two articles are copies when
//! most of the smaller one's shingles occur in the larger one (containment); the longer (then the
//! earlier) one is kept.

use crate::model::{Article, DuplicateArticle};
use crate::words::for_each_word_hash;
pub use crate::words::word_hash;
#[cfg(test)]
use crate::words::{FNV_OFFSET, FNV_PRIME};

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;

/// Containment (share of the smaller article's shingles found in the larger) from which two
/// articles are copies.
pub const DUPLICATE_THRESHOLD: f32 = 0.8;

/// Below this many shingles the smaller article must match by Jaccard similarity instead of
/// containment, so that a one-sentence snippet is not a "copy" of every article quoting it.
const MIN_CONTAINMENT_SHINGLES: usize = 10;

/// The sorted, de-duplicated set of hashed word shingles of a text (words lower-cased, punctuation
/// ignored). A text shorter than one shingle yields one hash of all its words (none when empty).
pub fn shingles(text: &str) -> Vec<u64> {
    let mut words: Vec<u64> = Vec::with_capacity(text.len() / 5 + 1);
    for_each_word_hash(text, |h| words.push(h));
    shingles_of_word_hashes(&words)
}

/// [`shingles`] of a text from the hashes ([`word_hash`]) of its words, in order: for callers
/// that already walk the words.
pub fn shingles_of_word_hashes(words: &[u64]) -> Vec<u64> {
    let mut out: Vec<u64> = if words.len() < SHINGLE_WORDS {
        if words.is_empty() {
            Vec::new()
        } else {
            vec![combine(words)]
        }
    } else {
        words.windows(SHINGLE_WORDS).map(combine).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// FNV-1a over the lower-cased characters of a word.
#[cfg(test)]
fn hash_word(w: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for c in w.chars().flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }
    h
}

fn combine(ws: &[u64]) -> u64 {
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
    for &w in ws {
        h = (h.rotate_left(23) ^ w).wrapping_mul(0xff51_afd7_ed55_8ccd);
    }
    h ^ (h >> 29)
}

/// Containment of the smaller shingle set in the larger: |A ∩ B| / min(|A|, |B|) (0 when either is
/// empty).
pub fn containment(a: &[u64], b: &[u64]) -> f32 {
    containment_of(crate::sets::intersection_size(a, b), a.len().min(b.len()))
}

fn containment_of(inter: usize, small: usize) -> f32 {
    if small == 0 {
        return 0.0;
    }
    inter as f32 / small as f32
}

/// Jaccard similarity |A ∩ B| / |A ∪ B| (0 when both are empty).
pub fn jaccard(a: &[u64], b: &[u64]) -> f32 {
    jaccard_of(crate::sets::intersection_size(a, b), a.len(), b.len())
}

fn jaccard_of(inter: usize, a: usize, b: usize) -> f32 {
    let union = a + b - inter;
    if union == 0 {
        return 0.0;
    }
    inter as f32 / union as f32
}

/// How much of a copy `a` and `b` are of each other (0..=1): containment, or Jaccard when the
/// smaller one is too short for containment to mean much.
pub fn copy_similarity(a: &[u64], b: &[u64]) -> f32 {
    if a.len().min(b.len()) < MIN_CONTAINMENT_SHINGLES {
        jaccard(a, b)
    } else {
        containment(a, b)
    }
}

/// [`copy_similarity`] when it reaches [`DUPLICATE_THRESHOLD`], else `None`. Both measures grow
/// with the intersection, so the merge stops as soon as the shingles left cannot bring it to the
/// least intersection that reaches the threshold (most pairs of a cluster are far from copies).
fn similarity_if_copy(a: &[u64], b: &[u64]) -> Option<f32> {
    let small = a.len().min(b.len());
    let similarity = |inter: usize| {
        if small < MIN_CONTAINMENT_SHINGLES {
            jaccard_of(inter, a.len(), b.len())
        } else {
            containment_of(inter, small)
        }
    };
    // The least intersection whose similarity reaches the threshold (a binary search over a
    // non-decreasing function).
    let (mut lo, mut hi) = (0, small + 1);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if similarity(mid) >= DUPLICATE_THRESHOLD {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let need = lo;
    if need > small {
        return None;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            inter += 1;
            i += 1;
            j += 1;
            continue;
        }
        if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
        if inter + (a.len() - i).min(b.len() - j) < need {
            return None;
        }
    }
    let s = similarity(inter);
    (s >= DUPLICATE_THRESHOLD).then_some(s)
}

/// Splits articles into the distinct ones (input order) and the copies folded into them. Of each
/// group of copies the longest (then earliest) article is kept; `kept` indexes the returned articles.
pub fn dedupe(articles: Vec<Article>) -> (Vec<Article>, Vec<DuplicateArticle>) {
    if articles.len() < 2 {
        return (articles, Vec::new());
    }
    let sets = articles.iter().map(|a| shingles(&a.text)).collect();
    dedupe_by_shingles(articles, sets)
}

/// [`dedupe`] of articles whose [`shingles`] are `sets` (in the same order).
pub(super) fn dedupe_by_shingles(
    articles: Vec<Article>,
    sets: Vec<Vec<u64>>,
) -> (Vec<Article>, Vec<DuplicateArticle>) {
    let n = articles.len();
    if n < 2 {
        return (articles, Vec::new());
    }
    // Visit longest first (stable: earlier first among equals); each joins its most similar
    // representative or becomes one.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| sets[b].len().cmp(&sets[a].len()));
    let mut reps: Vec<usize> = Vec::new();
    // For each article: None when kept, else (representative, similarity).
    let mut copy_of: Vec<Option<(usize, f32)>> = vec![None; n];
    for &i in &order {
        let best = reps
            .iter()
            .filter_map(|&r| Some((r, similarity_if_copy(&sets[i], &sets[r])?)))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        match best {
            Some(found) => copy_of[i] = Some(found),
            None => reps.push(i),
        }
    }
    // Final positions of the kept articles.
    let mut new_index = vec![usize::MAX; n];
    let mut next = 0;
    for (i, c) in copy_of.iter().enumerate() {
        if c.is_none() {
            new_index[i] = next;
            next += 1;
        }
    }
    let mut kept = Vec::with_capacity(next);
    let mut dups = Vec::new();
    for (i, a) in articles.into_iter().enumerate() {
        match copy_of[i] {
            None => kept.push(a),
            Some((r, similarity)) => dups.push(DuplicateArticle {
                kept: new_index[r],
                copy: a,
                similarity,
            }),
        }
    }
    (kept, dups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_hashes_equal_hashing_each_split_word() {
        let texts = [
            "",
            "Plain ASCII words, with PUNCTUATION; and 3,000 numbers.",
            "Zürich’s café — naïve ÉCOLE x²y İstanbul ΣΑΣ straße 日本語 a—b",
            "ends with ünïcödé",
            "—",
        ];
        for text in texts {
            let mut got = Vec::new();
            for_each_word_hash(text, |h| got.push(h));
            let want: Vec<u64> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(hash_word)
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
        // the ASCII loop lower-cases: case never changes a hash
        assert_eq!(hash_word("IRAN"), hash_word("iran"));
        // FNV-1a of "a": the function is the standard one (stored signatures depend on it)
        assert_eq!(hash_word("a"), 0xaf63_dc4c_8601_ec8c);
    }

    proptest::proptest! {
        #[test]
        fn early_exit_similarity_equals_copy_similarity(
            common in proptest::collection::vec(proptest::num::u64::ANY, 0..40),
            only_a in proptest::collection::vec(proptest::num::u64::ANY, 0..12),
            only_b in proptest::collection::vec(proptest::num::u64::ANY, 0..12),
        ) {
            let set = |parts: [&Vec<u64>; 2]| {
                let mut v: Vec<u64> = parts.iter().flat_map(|p| p.iter().copied()).collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            let a = set([&common, &only_a]);
            let b = set([&common, &only_b]);
            let s = copy_similarity(&a, &b);
            let want = (s >= DUPLICATE_THRESHOLD).then_some(s);
            proptest::prop_assert_eq!(similarity_if_copy(&a, &b), want);
            proptest::prop_assert_eq!(similarity_if_copy(&b, &a), want);
        }
    }

    fn art(id: &str, text: &str) -> Article {
        Article {
            id: id.to_string(),
            origin: id.to_string(),
            text: text.to_string(),
            ..Article::default()
        }
    }

    const WIRE: &str = "Russia never promised the United States that Iran and Iranian-backed forces would withdraw from Syria, Foreign Minister Sergei Lavrov said on Tuesday, adding that their presence in the war-torn country is legitimate.\n\
Lavrov, who was quoted by RIA news agency, denied comments made by senior US officials that the recently announced ceasefire agreement in southern Syria included a Russian commitment to ensure that Iranian-backed militias would be withdrawn from the country.\n\
The Iranian presence in Syria is \"legitimate\" Lavrov was quoted as saying, adding that it was the United States who posed the biggest threat in Syria.";

    #[test]
    fn repost_with_different_furniture_is_a_copy() {
        let repost =
            format!("Russia: Moscow never promised withdrawal\n{WIRE}\nTovah Lazaoff contributed.");
        let other = "Israel's Prime Minister Benjamin Netanyahu has publicly criticized the US-Russian ceasefire deal, saying that it does not include any provisions to stop Iranian expansion in the area and that the IDF will continue carrying out strikes in Syria.";
        let (kept, dups) = dedupe(vec![art("a", WIRE), art("b", other), art("c", &repost)]);
        assert_eq!(kept.len(), 2);
        // The longer re-post is kept, in its input position; the shorter copy is folded into it.
        assert_eq!(kept[0].id, "b");
        assert_eq!(kept[1].id, "c");
        assert_eq!(dups.len(), 1);
        assert_eq!(dups[0].copy.id, "a");
        assert_eq!(dups[0].kept, 1);
        assert!(dups[0].similarity >= DUPLICATE_THRESHOLD && dups[0].similarity <= 1.0);
    }

    #[test]
    fn similar_article_on_the_same_story_is_not_merged() {
        let similar = "Foreign Minister Sergei Lavrov said on Tuesday that Russia had never promised Washington that Iranian forces would leave Syria.\n\
According to RIA, Lavrov rejected claims by US officials that the ceasefire in southern Syria committed Moscow to remove Iranian-backed militias.\n\
He called Iran's presence in Syria legitimate and said the United States posed the biggest threat there.";
        let a = shingles(WIRE);
        let b = shingles(similar);
        assert!(copy_similarity(&a, &b) < 0.3, "{}", copy_similarity(&a, &b));
        let (kept, dups) = dedupe(vec![art("a", WIRE), art("b", similar)]);
        assert_eq!(kept.len(), 2);
        assert!(dups.is_empty());
    }

    #[test]
    fn identical_texts_keep_the_earlier() {
        let (kept, dups) = dedupe(vec![art("x", WIRE), art("y", WIRE)]);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].id, "x");
        assert_eq!(dups[0].copy.id, "y");
        assert_eq!(dups[0].kept, 0);
        assert!((dups[0].similarity - 1.0).abs() < 1e-6);
    }

    #[test]
    fn shingles_ignore_case_and_punctuation() {
        assert_eq!(
            shingles("The Iranian presence, in Syria, is legitimate."),
            shingles("the iranian presence in syria is LEGITIMATE")
        );
        assert!(shingles(" ,. ").is_empty());
        assert_eq!(shingles("two words").len(), 1);
        assert_eq!(shingles("a b c d e f").len(), 2);
    }

    #[test]
    fn a_one_line_snippet_is_not_a_copy_but_a_long_excerpt_is() {
        let snippet = "adding that their presence in the war-torn country is legitimate.";
        let (kept, dups) = dedupe(vec![art("long", WIRE), art("snippet", snippet)]);
        assert_eq!(kept.len(), 2);
        assert!(dups.is_empty());

        let excerpt: String = WIRE.lines().take(2).collect::<Vec<_>>().join("\n");
        let (kept, dups) = dedupe(vec![art("excerpt", &excerpt), art("long", WIRE)]);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].id, "long");
        assert_eq!(dups[0].copy.id, "excerpt");
    }
}
