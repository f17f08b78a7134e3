//! ROUGE-N, ROUGE-L and ROUGE-Lsum on dense token ids (`0..vocabulary`), computed as
//! `rouge-score` 0.1.2 does (`rouge_scorer._score_ngrams`, `_score_lcs`, `_summary_level_lcs`).
//!
//! LCS lengths use the bit-parallel algorithm of Hyyrö (2004); for ROUGE-Lsum the column
//! bit vectors are kept so that one LCS can be backtracked in exactly `rouge-score`'s order
//! (`_backtrack_norec`), which decides the union-LCS and so the score.

use super::{prf, Prf};

/// ROUGE-1: clipped unigram overlap.
pub(super) fn rouge1(target: &[u32], prediction: &[u32], vocabulary: usize) -> Prf {
    let mut counts = vec![0u32; vocabulary];
    for &t in target {
        if let Some(c) = counts.get_mut(t as usize) {
            *c += 1;
        }
    }
    let mut hits = 0;
    for &t in prediction {
        if let Some(c) = counts.get_mut(t as usize) {
            if *c > 0 {
                *c -= 1;
                hits += 1;
            }
        }
    }
    prf(hits, prediction.len().max(1), target.len().max(1))
}

/// ROUGE-2: clipped bigram overlap, by merging the sorted bigram lists.
pub(super) fn rouge2(target: &[u32], prediction: &[u32]) -> Prf {
    let bigrams = |tokens: &[u32]| -> Vec<u64> {
        let mut v: Vec<u64> = tokens
            .windows(2)
            .map(|w| (u64::from(w[0]) << 32) | u64::from(w[1]))
            .collect();
        v.sort_unstable();
        v
    };
    let (t, p) = (bigrams(target), bigrams(prediction));
    let (mut i, mut j, mut hits) = (0, 0, 0);
    while i < t.len() && j < p.len() {
        match t[i].cmp(&p[j]) {
            std::cmp::Ordering::Equal => {
                hits += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    prf(hits, p.len().max(1), t.len().max(1))
}

/// ROUGE-L: longest common subsequence of the whole texts.
pub(super) fn rouge_l(target: &[u32], prediction: &[u32], vocabulary: usize) -> Prf {
    if target.is_empty() || prediction.is_empty() {
        return Prf::default();
    }
    let lcs = lcs_length(target, prediction, vocabulary);
    prf(lcs, prediction.len(), target.len())
}

/// Above this many mask words, the ROUGE-L length falls back to the two-row table, which
/// needs only linear memory.
const MAX_MASK_WORDS: usize = 1 << 21;

/// Match masks of a pattern: a bit per pattern position, a row per distinct pattern token
/// that also occurs in the text. Reusable: [`Masks::build`] resets only what it set.
struct Masks {
    words: usize,
    /// Row of each token id, or `NO_ROW`.
    row_of: Vec<u32>,
    /// Tokens that have a row, in row order.
    rows: Vec<u32>,
    masks: Vec<u64>,
    /// For patterns of at most 64 tokens: the one-word mask of every token id (zero for
    /// tokens not in the pattern), a single load per text token.
    single: Vec<u64>,
}

const NO_ROW: u32 = u32::MAX;

impl Masks {
    fn new(vocabulary: usize) -> Masks {
        Masks {
            words: 1,
            row_of: vec![NO_ROW; vocabulary],
            rows: Vec::new(),
            masks: Vec::new(),
            single: vec![0; vocabulary],
        }
    }

    /// The one-word mask of `token` (patterns of at most 64 tokens only).
    #[inline]
    fn single(&self, token: u32) -> u64 {
        self.single.get(token as usize).copied().unwrap_or(0)
    }

    /// Masks of `pattern` for the tokens with `in_text[token]`; `false` (and no rows) when
    /// they would take more than `limit` words.
    fn build(&mut self, pattern: &[u32], in_text: &[bool], limit: usize) -> bool {
        for &t in &self.rows {
            if let Some(r) = self.row_of.get_mut(t as usize) {
                *r = NO_ROW;
            }
            if let Some(m) = self.single.get_mut(t as usize) {
                *m = 0;
            }
        }
        self.rows.clear();
        self.words = pattern.len().div_ceil(64).max(1);
        self.masks.clear();
        if self.words == 1 {
            // Only the dense one-word masks; `rows` remembers what to reset.
            for (i, &t) in pattern.iter().enumerate() {
                if !in_text.get(t as usize).copied().unwrap_or(false) {
                    continue;
                }
                if let Some(m) = self.single.get_mut(t as usize) {
                    if *m == 0 {
                        self.rows.push(t);
                    }
                    *m |= 1 << i;
                }
            }
            return true;
        }
        for &t in pattern {
            let present = in_text.get(t as usize).copied().unwrap_or(false);
            if let Some(r) = self.row_of.get_mut(t as usize) {
                if present && *r == NO_ROW {
                    *r = self.rows.len() as u32;
                    self.rows.push(t);
                }
            }
        }
        let size = self.rows.len().saturating_mul(self.words);
        self.masks.clear();
        if size > limit {
            for &t in &self.rows {
                if let Some(r) = self.row_of.get_mut(t as usize) {
                    *r = NO_ROW;
                }
            }
            self.rows.clear();
            return false;
        }
        self.masks.resize(size, 0);
        for (i, &t) in pattern.iter().enumerate() {
            let row = self.row_of.get(t as usize).copied().unwrap_or(NO_ROW);
            if row != NO_ROW {
                self.masks[row as usize * self.words + i / 64] |= 1 << (i % 64);
            }
        }
        true
    }

    /// The mask row of `token` (patterns of more than 64 tokens only).
    #[inline]
    fn row(&self, token: u32) -> Option<&[u64]> {
        let row = *self.row_of.get(token as usize)?;
        if row == NO_ROW {
            return None;
        }
        self.masks
            .get(row as usize * self.words..(row as usize + 1) * self.words)
    }
}

/// `present[token]` for every token of `tokens`.
fn presence(tokens: &[u32], vocabulary: usize) -> Vec<bool> {
    let mut present = vec![false; vocabulary];
    for &t in tokens {
        if let Some(p) = present.get_mut(t as usize) {
            *p = true;
        }
    }
    present
}

/// One step of Hyyrö's bit-parallel LCS: `v` is the column bit vector (a zero bit where the
/// LCS grows along the pattern), `m` the match mask of the text token.
#[inline]
fn step(v: &mut [u64], m: &[u64]) {
    let mut carry = false;
    for (word, &mask) in v.iter_mut().zip(m) {
        let x = *word;
        let (sum, o1) = x.overflowing_add(x & mask);
        let (sum, o2) = sum.overflowing_add(u64::from(carry));
        carry = o1 || o2;
        *word = sum | (x & !mask);
    }
}

/// LCS length of two token sequences.
fn lcs_length(a: &[u32], b: &[u32], vocabulary: usize) -> usize {
    let (pattern, text) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut masks = Masks::new(vocabulary);
    if !masks.build(pattern, &presence(text, vocabulary), MAX_MASK_WORDS) {
        return lcs_length_by_table(a, b);
    }
    if masks.words == 1 {
        let mut v = u64::MAX;
        for &t in text {
            let m = masks.single(t);
            v = v.wrapping_add(v & m) | (v & !m);
        }
        return v.count_zeros() as usize;
    }
    let mut v = vec![u64::MAX; masks.words];
    for &t in text {
        if let Some(m) = masks.row(t) {
            step(&mut v, m);
        }
    }
    // Bits above the pattern length start as ones and stay ones.
    v.iter().map(|w| w.count_zeros() as usize).sum()
}

/// LCS length by the classic table, two rows at a time.
fn lcs_length_by_table(a: &[u32], b: &[u32]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for &x in a {
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Marks in `in_union` the reference positions of the LCS of `reference` and `candidate`
/// that `rouge-score`'s `_backtrack_norec` picks. `masks` are those of `reference`;
/// `cols` is scratch space.
///
/// `_backtrack_norec` at `(i, j)` takes the match when `ref[i-1] == can[j-1]`, else moves
/// left (`j -= 1`) when `t[i][j-1] > t[i-1][j]`, else up. Without a match
/// `t[i][j] = max(t[i-1][j], t[i][j-1])`, so that test holds exactly when the column grows
/// at row `i` (`t[i-1][j] = t[i][j] - 1`), i.e. when bit `i-1` of column `j` is zero: one bit
/// test per step, no table.
fn mark_lcs(
    reference: &[u32],
    candidate: &[u32],
    masks: &Masks,
    cols: &mut Vec<u64>,
    in_union: &mut [bool],
) {
    let words = masks.words;
    cols.clear();
    if words == 1 {
        let mut v = u64::MAX;
        cols.push(v);
        let mut any = 0u64;
        for &t in candidate {
            // Branch-free: a zero mask leaves v unchanged.
            let m = masks.single(t);
            any |= m;
            v = v.wrapping_add(v & m) | (v & !m);
            cols.push(v);
        }
        if any == 0 {
            return;
        }
        // Backtrack by jumps: at column j, the rows where `_backtrack_norec` stops going up
        // are those with a match (bit set in the token's mask) or where the column grows
        // (bit clear in v); the highest such row below i is found with one bit scan.
        let (mut i, mut j) = (reference.len(), candidate.len());
        while i > 0 && j > 0 {
            let m = masks.single(candidate[j - 1]);
            let v = cols.get(j).copied().unwrap_or(u64::MAX);
            let below = if i >= 64 { u64::MAX } else { (1u64 << i) - 1 };
            let stops = (m | !v) & below;
            if stops == 0 {
                break;
            }
            let row = 63 - stops.leading_zeros() as usize;
            i = row + 1;
            if (m >> row) & 1 == 1 {
                in_union[row] = true;
                i -= 1;
            }
            j -= 1;
        }
        return;
    } else {
        cols.resize(words, u64::MAX);
        for (j, &t) in candidate.iter().enumerate() {
            cols.extend_from_within(j * words..(j + 1) * words);
            if let Some(m) = masks.row(t) {
                step(&mut cols[(j + 1) * words..(j + 2) * words], m);
            }
        }
    }
    let grows = |i: usize, j: usize| -> bool {
        let bit = i - 1;
        cols.get(j * words + bit / 64)
            .is_some_and(|w| (w >> (bit % 64)) & 1 == 0)
    };
    let (mut i, mut j) = (reference.len(), candidate.len());
    while i > 0 && j > 0 {
        if reference[i - 1] == candidate[j - 1] {
            in_union[i - 1] = true;
            i -= 1;
            j -= 1;
        } else if grows(i, j) {
            j -= 1;
        } else {
            i -= 1;
        }
    }
}

/// The same marks by `rouge-score`'s full table (`_lcs_table` + `_backtrack_norec`),
/// the reference the bit-parallel backtracking is tested against.
#[cfg(test)]
fn mark_lcs_by_table(reference: &[u32], candidate: &[u32], in_union: &mut [bool]) {
    let cols = candidate.len() + 1;
    let mut table = vec![0u32; (reference.len() + 1) * cols];
    for (i, &r) in reference.iter().enumerate() {
        for (j, &c) in candidate.iter().enumerate() {
            table[(i + 1) * cols + j + 1] = if r == c {
                table[i * cols + j] + 1
            } else {
                table[i * cols + j + 1].max(table[(i + 1) * cols + j])
            };
        }
    }
    let (mut i, mut j) = (reference.len(), candidate.len());
    while i > 0 && j > 0 {
        if reference[i - 1] == candidate[j - 1] {
            in_union[i - 1] = true;
            i -= 1;
            j -= 1;
        } else if table[i * cols + j - 1] > table[(i - 1) * cols + j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
}

/// ROUGE-Lsum: summary-level union LCS with ROUGE-1.5.5's clipped hit counting
/// (`rouge_scorer._summary_level_lcs`).
pub(super) fn rouge_lsum(target: &[&[u32]], prediction: &[&[u32]], vocabulary: usize) -> Prf {
    let m: usize = target.iter().map(|s| s.len()).sum();
    let n: usize = prediction.iter().map(|s| s.len()).sum();
    if m == 0 || n == 0 {
        return Prf::default();
    }
    let mut target_counts = vec![0u32; vocabulary];
    let mut prediction_counts = vec![0u32; vocabulary];
    for &t in target.iter().copied().flatten() {
        if let Some(c) = target_counts.get_mut(t as usize) {
            *c += 1;
        }
    }
    for &t in prediction.iter().copied().flatten() {
        if let Some(c) = prediction_counts.get_mut(t as usize) {
            *c += 1;
        }
    }
    let in_prediction = presence(
        &prediction
            .iter()
            .copied()
            .flatten()
            .copied()
            .collect::<Vec<u32>>(),
        vocabulary,
    );

    let mut hits = 0;
    let mut masks = Masks::new(vocabulary);
    let mut cols = Vec::new();
    let mut in_union = Vec::new();
    for &sentence in target {
        if sentence.is_empty() {
            continue;
        }
        in_union.clear();
        in_union.resize(sentence.len(), false);
        // Always bit-parallel: its columns take |sentence|·|candidate|/8 bytes, 32 times
        // less than the table rouge-score itself fills, so no input that rouge-score can
        // score is too large here.
        masks.build(sentence, &in_prediction, usize::MAX);
        for &candidate in prediction {
            mark_lcs(sentence, candidate, &masks, &mut cols, &mut in_union);
        }
        for (&t, _) in sentence.iter().zip(&in_union).filter(|(_, &keep)| keep) {
            let (Some(tc), Some(pc)) = (
                target_counts.get(t as usize).copied(),
                prediction_counts.get(t as usize).copied(),
            ) else {
                continue;
            };
            if tc > 0 && pc > 0 {
                hits += 1;
                target_counts[t as usize] -= 1;
                prediction_counts[t as usize] -= 1;
            }
        }
    }
    prf(hits, n, m)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// rouge-score's `_lcs_table` + `_backtrack_norec`, literally.
    fn lcs_indices_reference(r: &[u32], c: &[u32]) -> Vec<usize> {
        let mut marks = vec![false; r.len()];
        mark_lcs_by_table(r, c, &mut marks);
        (0..r.len()).filter(|&i| marks[i]).collect()
    }

    fn lcs_indices_bits(r: &[u32], c: &[u32], vocabulary: usize) -> Vec<usize> {
        let mut masks = Masks::new(vocabulary);
        assert!(masks.build(r, &presence(c, vocabulary), usize::MAX));
        let mut marks = vec![false; r.len()];
        let mut cols = Vec::new();
        mark_lcs(r, c, &masks, &mut cols, &mut marks);
        (0..r.len()).filter(|&i| marks[i]).collect()
    }

    /// Deterministic pseudo-random sequences (xorshift) over small alphabets, so tokens repeat.
    fn sequences(seed: u64, count: usize, max_len: u64) -> Vec<(Vec<u32>, Vec<u32>, usize)> {
        let mut state = seed;
        let mut next = move |bound: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % bound.max(1)
        };
        (0..count)
            .map(|_| {
                let vocabulary = 1 + next(10) as usize;
                let mut seq = |len: u64| -> Vec<u32> {
                    (0..next(len))
                        .map(|_| next(vocabulary as u64) as u32)
                        .collect()
                };
                let (a, b) = (seq(max_len), seq(max_len));
                (a, b, vocabulary)
            })
            .collect()
    }

    #[test]
    fn backtracking_matches_rouge_score_table() {
        // Lengths up to 150 cover one, two and three mask words.
        for (a, b, v) in sequences(0x9E37_79B9_7F4A_7C15, 3000, 150) {
            assert_eq!(
                lcs_indices_bits(&a, &b, v),
                lcs_indices_reference(&a, &b),
                "{a:?} {b:?}"
            );
        }
        assert_eq!(lcs_indices_bits(&[1, 2, 1], &[2, 1, 1], 3), [0, 2]);
        assert_eq!(lcs_indices_bits(&[1, 2], &[2, 1], 3), [0]);
    }

    #[test]
    fn lcs_length_matches_table() {
        for (a, b, v) in sequences(7, 3000, 300) {
            assert_eq!(lcs_length(&a, &b, v), lcs_length_by_table(&a, &b));
        }
    }

    #[test]
    fn summary_level_lcs_example_from_lin_2004() {
        // r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5: union LCS w1 w2 w3 w5.
        let target: [&[u32]; 1] = [&[1, 2, 3, 4, 5]];
        let prediction: [&[u32]; 2] = [&[1, 2, 6, 7, 8], &[1, 3, 8, 9, 5]];
        let s = rouge_lsum(&target, &prediction, 10);
        assert_eq!(s.r, 4.0 / 5.0);
        assert_eq!(s.p, 4.0 / 10.0);
    }

    #[test]
    fn ngram_counts_are_clipped() {
        let s = rouge1(&[1, 1, 2, 3], &[1, 2, 2], 4);
        assert_eq!((s.p, s.r), (2.0 / 3.0, 2.0 / 4.0));
        let s = rouge2(&[1, 1, 1], &[1, 1, 1, 1]);
        assert_eq!((s.p, s.r), (2.0 / 3.0, 2.0 / 2.0));
        assert_eq!(rouge2(&[1], &[1]), Prf::default());
    }
}
