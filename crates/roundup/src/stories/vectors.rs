//! Term vectors inside the grouper: term ids, document frequencies, a hash table for dot
//! products, capped sums, small top-k lists.

use serde::{Deserialize, Serialize};

/// A term inside the grouper: the high 32 bits of its stem hash, so vectors have 8-byte entries
/// (among the few hundred thousand terms of a long stream about ten pairs share an id and are then
/// counted as one term). Never 0 (the empty slot of [`TermTable`]).
pub(super) type Term = u32;

pub(super) fn term_of(key: u64) -> Term {
    ((key >> 32) as Term).max(1)
}

/// Inserts `x` into `top[..*n]`, kept sorted best first by `better` and at most `top.len()` long
/// (a small top-k without sorting everything offered).
pub(super) fn insert_top<T: Copy>(
    top: &mut [T],
    n: &mut usize,
    x: T,
    better: impl Fn(T, T) -> bool,
) {
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

/// Document frequencies by term: an open-addressing table (term ids are already well-mixed hash
/// bits), so that an article's terms can be fetched side by side before they are counted (the
/// table is large and its lookups scattered). Saved as a list of (term, count).
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(from = "Vec<(Term, u32)>", into = "Vec<(Term, u32)>")]
pub(super) struct DocFreq {
    /// (term, count); term 0 marks an empty slot (`term_of` never gives it). A power of two long,
    /// at most half full.
    pub(super) slots: Vec<(Term, u32)>,
    pub(super) len: usize,
}

impl DocFreq {
    /// Makes room for `terms` (so that they do not move while counted) and fetches their slots.
    pub(super) fn prepare(&mut self, terms: impl ExactSizeIterator<Item = Term> + Clone) {
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

    pub(super) fn grow(&mut self, size: usize) {
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
    pub(super) fn count(&mut self, t: Term) -> u32 {
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
pub(super) struct Scratch {
    /// Partial dot products with candidate stories, by slot, and the slots touched.
    pub(super) hits: Vec<f32>,
    pub(super) touched: Vec<u32>,
    /// One vector (an article's or a story's profile) as a hash table, for dot products.
    pub(super) table: TermTable,
}

/// One sparse vector as an open-addressing hash table (term keys are already well-mixed hashes),
/// reused from article to article: dot products with other sorted vectors cost one probe a term.
#[derive(Debug, Default)]
pub(super) struct TermTable {
    pub(super) slots: Vec<(Term, f32)>,
    pub(super) used: Vec<usize>,
    pub(super) mask: usize,
}

impl TermTable {
    /// Loads `v` (distinct keys), replacing what was there.
    pub(super) fn fill(&mut self, v: &[(Term, f32)]) {
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
    pub(super) fn dot(&self, v: &[(Term, f32)]) -> f32 {
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
pub(super) fn cosine(v: &[(Term, f32)], profile: &[(Term, f32)], norm: f32) -> f32 {
    if norm <= 0.0 {
        return 0.0;
    }
    crate::sets::sparse_dot(v, profile) / norm
}

/// The sum of two sorted vectors, keeping the `cap` heaviest terms (sorted by term).
pub(super) fn add_capped(a: &[(Term, f32)], b: &[(Term, f32)], cap: usize) -> Vec<(Term, f32)> {
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
