//! Near-duplicate detection: MinHash signatures of the clean stage's word shingles
//! ([`crate::clean::shingles`]) and a banded LSH index over them.
//!
//! A signature keeps, for each of [`HASHES`] bins of one hash function, the minimum hash of the
//! article's shingles falling in that bin (one-permutation MinHash, see [`Signature::of`]); the
//! share of equal slots estimates the Jaccard similarity of two sets.
//! From that estimate and the two set sizes the intersection, and so the containment the clean
//! stage decides copies by, follow: |A ∩ B| = J (|A| + |B|) / (1 + J). [`copy_similarity`] then
//! mirrors [`crate::clean::copy_similarity`] (containment, or Jaccard for short texts) and is
//! compared with the same [`crate::clean::DUPLICATE_THRESHOLD`].
//!
//! The index splits a signature into [`BANDS`] bands of [`ROWS`] slots; two signatures become
//! candidates when any band is equal (Jaccard 0.5 → 64% of pairs found, 0.7 → 98%, 0.8 → 99.9%).

use rustc_hash::FxHashMap;

/// Hash functions per signature.
pub const HASHES: usize = 64;
const _: () = assert!(HASHES.is_power_of_two());
/// Slots per LSH band.
pub const ROWS: usize = 4;
/// Bands per signature.
pub const BANDS: usize = HASHES / ROWS;

/// Below this many shingles a text is compared by Jaccard, as the clean stage does.
const MIN_CONTAINMENT_SHINGLES: u32 = 10;

/// A MinHash signature with the size of the shingle set it summarizes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Signature {
    #[serde(with = "mins_as_seq")]
    pub mins: [u32; HASHES],
    /// Number of distinct shingles.
    pub shingles: u32,
}

/// A signature's minima as a sequence (serde derives arrays only up to 32 elements).
mod mins_as_seq {
    use super::HASHES;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(mins: &[u32; HASHES], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(mins.iter())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u32; HASHES], D::Error> {
        let v = Vec::<u32>::deserialize(d)?;
        let n = v.len();
        v.try_into()
            .map_err(|_| serde::de::Error::invalid_length(n, &"one minimum per hash function"))
    }
}

#[inline]
fn mix(mut x: u64) -> u64 {
    // splitmix64 finaliser
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn seeds() -> &'static [u64; HASHES] {
    static SEEDS: std::sync::OnceLock<[u64; HASHES]> = std::sync::OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut s = [0u64; HASHES];
        let mut x = 0x05ee_d0f5_7031_e500_u64;
        for v in &mut s {
            x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
            *v = mix(x);
        }
        s
    })
}

impl Signature {
    /// The signature of a shingle set (see [`crate::clean::shingles`]); `None` when it is empty.
    ///
    /// One-permutation MinHash: one hash per shingle, whose top bits pick one of [`HASHES`] bins
    /// and whose low bits compete for that bin's minimum; a bin left empty (short texts) borrows
    /// the minimum of a bin picked by a hash of its index and an attempt counter ("optimal
    /// densification", Shrivastava 2017), so two equal bins still mean, with probability the
    /// Jaccard similarity, a shared minimum. One hash per shingle instead of [`HASHES`].
    pub fn of(shingles: &[u64]) -> Option<Signature> {
        if shingles.is_empty() {
            return None;
        }
        const EMPTY: u32 = u32::MAX;
        let seed = seeds()[0];
        let mut mins = [EMPTY; HASHES];
        for &s in shingles {
            let h = mix(s ^ seed);
            let bin = (h >> (64 - HASHES.trailing_zeros())) as usize;
            // The low 32 bits, kept below EMPTY so a filled bin is never mistaken for an empty one.
            let v = (h as u32).min(EMPTY - 1);
            if v < mins[bin] {
                mins[bin] = v;
            }
        }
        let filled = mins;
        for (i, m) in mins.iter_mut().enumerate() {
            if *m != EMPTY {
                continue;
            }
            let mut attempt = 0u64;
            loop {
                attempt += 1;
                let j = (mix(((i as u64) << 32) ^ attempt ^ seed) % HASHES as u64) as usize;
                if filled[j] != EMPTY {
                    *m = filled[j];
                    break;
                }
            }
        }
        Some(Signature {
            mins,
            shingles: u32::try_from(shingles.len()).unwrap_or(u32::MAX),
        })
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn jaccard(&self, other: &Signature) -> f32 {
        let equal = self
            .mins
            .iter()
            .zip(&other.mins)
            .filter(|(a, b)| a == b)
            .count();
        equal as f32 / HASHES as f32
    }

    /// Estimated copy similarity, as [`crate::clean::copy_similarity`] defines it: containment of the
    /// smaller set in the larger, or Jaccard when the smaller is too short for containment to mean much.
    pub fn copy_similarity(&self, other: &Signature) -> f32 {
        let j = self.jaccard(other);
        let small = self.shingles.min(other.shingles);
        if small < MIN_CONTAINMENT_SHINGLES {
            return j;
        }
        let inter = j * (self.shingles as f32 + other.shingles as f32) / (1.0 + j);
        (inter / small as f32).min(1.0)
    }

    /// The band keys used by the LSH index.
    pub fn band_keys(&self) -> [u64; BANDS] {
        let mut keys = [0u64; BANDS];
        for (b, key) in keys.iter_mut().enumerate() {
            let mut h = mix(b as u64 + 1);
            for &m in &self.mins[b * ROWS..(b + 1) * ROWS] {
                h = mix(h ^ u64::from(m));
            }
            *key = h;
        }
        keys
    }
}

/// A banded LSH index from signatures to item ids. Items are removed explicitly, so the index only
/// ever holds what its owner keeps open (bounded memory).
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct LshIndex {
    buckets: FxHashMap<u64, Bucket>,
    len: usize,
}

/// The ids under one band key: nearly always one, so that case allocates nothing.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
enum Bucket {
    One(u64),
    Many(Vec<u64>),
}

impl LshIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of items indexed.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn insert(&mut self, id: u64, signature: &Signature) {
        self.insert_keyed(id, &signature.band_keys());
    }

    /// [`LshIndex::insert`] with the signature's [`Signature::band_keys`] already computed.
    pub fn insert_keyed(&mut self, id: u64, keys: &[u64; BANDS]) {
        // The buckets first, side by side (the table is large and the keys scattered).
        let mut first = 0usize;
        for key in keys {
            first ^= self.buckets.contains_key(key) as usize;
        }
        std::hint::black_box(first);
        for &key in keys {
            match self.buckets.entry(key) {
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(Bucket::One(id));
                }
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    let b = e.get_mut();
                    match b {
                        Bucket::One(first) => *b = Bucket::Many(vec![*first, id]),
                        Bucket::Many(v) => v.push(id),
                    }
                }
            }
        }
        self.len += 1;
    }

    /// Removes an item inserted with this signature.
    pub fn remove(&mut self, id: u64, signature: &Signature) {
        let mut found = false;
        for key in signature.band_keys() {
            let Some(b) = self.buckets.get_mut(&key) else {
                continue;
            };
            let empty = match b {
                Bucket::One(x) => {
                    found |= *x == id;
                    *x == id
                }
                Bucket::Many(v) => {
                    if let Some(pos) = v.iter().position(|&x| x == id) {
                        v.swap_remove(pos);
                        found = true;
                    }
                    if v.len() == 1 {
                        *b = Bucket::One(v[0]);
                    }
                    false
                }
            };
            if empty {
                self.buckets.remove(&key);
            }
        }
        if found {
            self.len -= 1;
        }
    }

    /// Ids sharing at least one band with the signature (each once, in no particular order).
    pub fn candidates(&self, signature: &Signature) -> Vec<u64> {
        self.candidates_keyed(&signature.band_keys())
    }

    /// [`LshIndex::candidates`] with the signature's [`Signature::band_keys`] already computed.
    pub fn candidates_keyed(&self, keys: &[u64; BANDS]) -> Vec<u64> {
        // The buckets first, side by side, then their ids.
        let mut buckets: [Option<&Bucket>; BANDS] = [None; BANDS];
        for (b, key) in buckets.iter_mut().zip(keys) {
            *b = self.buckets.get(key);
        }
        let mut out = Vec::new();
        for b in buckets {
            match b {
                Some(Bucket::One(x)) => out.push(*x),
                Some(Bucket::Many(v)) => out.extend_from_slice(v),
                None => {}
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::{copy_similarity, shingles};
    use proptest::prelude::*;

    const WIRE: &str = "Russia never promised the United States that Iran and Iranian-backed forces would withdraw from Syria, Foreign Minister Sergei Lavrov said on Tuesday, adding that their presence in the war-torn country is legitimate. Lavrov, who was quoted by RIA news agency, denied comments made by senior US officials that the recently announced ceasefire agreement in southern Syria included a Russian commitment to ensure that Iranian-backed militias would be withdrawn from the country.";

    #[test]
    fn identical_sets_have_identical_signatures() {
        let a = Signature::of(&shingles(WIRE)).unwrap();
        let b = Signature::of(&shingles(&WIRE.to_uppercase())).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.jaccard(&b), 1.0);
        assert_eq!(a.copy_similarity(&b), 1.0);
        assert!(Signature::of(&[]).is_none());
    }

    #[test]
    fn repost_with_furniture_is_found_and_estimated_like_the_clean_stage() {
        let repost = format!("Home | World | Share on Facebook. {WIRE} Copyright 2017 Reuters. All rights reserved. Sign up for our newsletter.");
        let (sa, sb) = (shingles(WIRE), shingles(&repost));
        let exact = copy_similarity(&sa, &sb);
        let (a, b) = (Signature::of(&sa).unwrap(), Signature::of(&sb).unwrap());
        let est = a.copy_similarity(&b);
        assert!(exact >= crate::clean::DUPLICATE_THRESHOLD);
        assert!((est - exact).abs() < 0.2, "estimate {est} vs exact {exact}");
        let mut index = LshIndex::new();
        index.insert(7, &a);
        assert_eq!(index.candidates(&b), vec![7]);
        index.remove(7, &a);
        assert!(index.is_empty());
        assert!(index.candidates(&b).is_empty());
    }

    #[test]
    fn a_different_article_is_not_a_candidate() {
        let other = "Israel's Prime Minister Benjamin Netanyahu has publicly criticized the US-Russian ceasefire deal, saying that it does not include any provisions to stop Iranian expansion in the area and that the IDF will continue carrying out strikes in Syria.";
        let a = Signature::of(&shingles(WIRE)).unwrap();
        let b = Signature::of(&shingles(other)).unwrap();
        assert!(a.copy_similarity(&b) < 0.2);
        let mut index = LshIndex::new();
        index.insert(1, &a);
        assert!(index.candidates(&b).is_empty());
    }

    proptest! {
        #[test]
        fn estimate_tracks_exact_jaccard(
            common in proptest::collection::hash_set(any::<u64>(), 0..300),
            only_a in proptest::collection::hash_set(any::<u64>(), 0..300),
            only_b in proptest::collection::hash_set(any::<u64>(), 0..300),
        ) {
            let mut a: Vec<u64> = common.iter().chain(&only_a).copied().collect();
            let mut b: Vec<u64> = common.iter().chain(&only_b).copied().collect();
            a.sort_unstable(); a.dedup(); b.sort_unstable(); b.dedup();
            let (Some(sa), Some(sb)) = (Signature::of(&a), Signature::of(&b)) else {
                return Ok(());
            };
            let inter = a.iter().filter(|x| b.binary_search(x).is_ok()).count() as f32;
            let exact = inter / (a.len() as f32 + b.len() as f32 - inter);
            let est = sa.jaccard(&sb);
            // 64 slots: standard error ≤ 0.0625; 5 sigma
            prop_assert!((est - exact).abs() <= 0.32, "est {} exact {}", est, exact);
            prop_assert!((0.0..=1.0).contains(&sa.copy_similarity(&sb)));
            // symmetric
            prop_assert_eq!(sa.jaccard(&sb), sb.jaccard(&sa));
            // an index finds every identical signature
            let mut index = LshIndex::new();
            index.insert(1, &sa);
            prop_assert_eq!(index.candidates(&sa), vec![1]);
        }
    }
}
