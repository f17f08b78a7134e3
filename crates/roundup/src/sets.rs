//! Small operations on sorted, de-duplicated slices, shared by the stages that compare term or
//! shingle sets (dedupe, redundancy, citations).

use std::cmp::Ordering;

/// Size of the intersection of two sorted, de-duplicated slices (a linear merge).
pub fn intersection_size<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Dot product of two sparse vectors given as `(key, weight)` pairs sorted by key (a linear
/// merge): the cosine when both are unit vectors.
pub fn sparse_dot<T: Ord>(a: &[(T, f32)], b: &[(T, f32)]) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dot_product_of_sorted_sparse_vectors_adds_only_shared_keys() {
        let a = [(1u32, 0.5f32), (3, 2.0), (9, 1.0)];
        let b = [(0u32, 7.0f32), (3, 0.5), (9, 3.0)];
        assert_eq!(sparse_dot(&a, &b), 4.0);
        assert_eq!(sparse_dot::<u32>(&[], &b), 0.0);
    }

    #[test]
    fn counts_shared_elements_of_sorted_sets() {
        assert_eq!(intersection_size(&[1, 3, 5, 7], &[2, 3, 4, 7, 9]), 2);
        assert_eq!(intersection_size::<u32>(&[], &[1]), 0);
        assert_eq!(intersection_size(&["a", "b"], &["a", "b"]), 2);
    }
}
