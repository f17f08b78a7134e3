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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_shared_elements_of_sorted_sets() {
        assert_eq!(intersection_size(&[1, 3, 5, 7], &[2, 3, 4, 7, 9]), 2);
        assert_eq!(intersection_size::<u32>(&[], &[1]), 0);
        assert_eq!(intersection_size(&["a", "b"], &["a", "b"]), 2);
    }
}
