//! Scoring a grouping of articles against gold stories: B-cubed precision, recall and F1 (Bagga &
//! Baldwin 1998, averaged over articles) and the adjusted Rand index (Hubert & Arabie 1985).
//!
//! Both take one gold label and one predicted label per article, aligned by position. Articles with
//! several gold stories (the DUC sets' `multi_label` articles) are scored against their first
//! (primary) story: the callers pass that label. [`score_by_id`] aligns two id → label maps: an
//! article missing from the prediction counts as a story of its own (so dropping articles never
//! helps), and predicted articles that are not in the gold are ignored.

use std::collections::HashMap;
use std::hash::Hash;

use serde::Serialize;

/// B-cubed precision, recall and F1, and the adjusted Rand index, over `articles` articles.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ClusteringScore {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub ari: f64,
    pub articles: usize,
    pub gold_stories: usize,
    pub predicted_stories: usize,
}

/// Interns labels to dense ids.
fn dense<K: Hash + Eq>(labels: &[K]) -> (Vec<usize>, usize) {
    let mut ids: HashMap<&K, usize> = HashMap::new();
    let out = labels
        .iter()
        .map(|k| {
            let next = ids.len();
            *ids.entry(k).or_insert(next)
        })
        .collect();
    (out, ids.len())
}

/// Scores predicted labels against gold labels, one of each per article (same order).
///
/// # Panics
/// Never on any input; mismatched lengths are scored over the shorter prefix.
pub fn score<G: Hash + Eq, P: Hash + Eq>(gold: &[G], predicted: &[P]) -> ClusteringScore {
    let n = gold.len().min(predicted.len());
    let (g, ng) = dense(&gold[..n]);
    let (p, np) = dense(&predicted[..n]);
    if n == 0 {
        return ClusteringScore {
            precision: 0.0,
            recall: 0.0,
            f1: 0.0,
            ari: 0.0,
            articles: 0,
            gold_stories: 0,
            predicted_stories: 0,
        };
    }
    let mut gold_size = vec![0u64; ng];
    let mut pred_size = vec![0u64; np];
    let mut cells: HashMap<(usize, usize), u64> = HashMap::new();
    for (&gi, &pi) in g.iter().zip(&p) {
        gold_size[gi] += 1;
        pred_size[pi] += 1;
        *cells.entry((gi, pi)).or_insert(0) += 1;
    }
    // B-cubed: an article's precision is the share of its predicted story that shares its gold
    // story, |P ∩ G| / |P|; summed over the article's cell that is n_cell² / |P|.
    let (mut prec, mut rec) = (0.0f64, 0.0f64);
    for (&(gi, pi), &c) in &cells {
        let c = c as f64;
        prec += c * c / pred_size[pi] as f64;
        rec += c * c / gold_size[gi] as f64;
    }
    let precision = prec / n as f64;
    let recall = rec / n as f64;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    ClusteringScore {
        precision,
        recall,
        f1,
        ari: ari_from(&cells, &gold_size, &pred_size, n as u64),
        articles: n,
        gold_stories: ng,
        predicted_stories: np,
    }
}

fn pairs(x: u64) -> f64 {
    (x as f64) * (x as f64 - 1.0) / 2.0
}

fn ari_from(
    cells: &HashMap<(usize, usize), u64>,
    gold_size: &[u64],
    pred_size: &[u64],
    n: u64,
) -> f64 {
    let index: f64 = cells.values().map(|&c| pairs(c)).sum();
    let a: f64 = gold_size.iter().map(|&c| pairs(c)).sum();
    let b: f64 = pred_size.iter().map(|&c| pairs(c)).sum();
    let total = pairs(n);
    if total == 0.0 {
        return 1.0;
    }
    let expected = a * b / total;
    let max = (a + b) / 2.0;
    if (max - expected).abs() < 1e-12 {
        // Both partitions all singletons or both one block: identical structure by convention
        // (as scikit-learn's adjusted_rand_score does).
        return 1.0;
    }
    (index - expected) / (max - expected)
}

/// The adjusted Rand index of predicted against gold labels (1 = identical partitions, ~0 = chance).
pub fn adjusted_rand_index<G: Hash + Eq, P: Hash + Eq>(gold: &[G], predicted: &[P]) -> f64 {
    score(gold, predicted).ari
}

/// Scores a prediction (article id → story id) against gold (article id → story id) over the gold
/// articles: one missing from the prediction is a story of its own; extra predicted ids are ignored.
pub fn score_by_id(
    gold: &HashMap<String, String>,
    predicted: &HashMap<String, String>,
) -> ClusteringScore {
    let mut ids: Vec<&String> = gold.keys().collect();
    ids.sort();
    let g: Vec<&str> = ids.iter().map(|id| gold[*id].as_str()).collect();
    // Missing articles get a label no real story id can take (ids are never empty... but a
    // prefix of NUL keeps them apart even then).
    let p: Vec<String> = ids
        .iter()
        .map(|id| match predicted.get(*id) {
            Some(s) => format!("s{s}"),
            None => format!("\0missing:{id}"),
        })
        .collect();
    score(&g, &p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn perfect_grouping_scores_one() {
        let gold = ["a", "a", "b", "c", "c", "c"];
        let pred = [7, 7, 1, 2, 2, 2];
        let s = score(&gold, &pred);
        assert!(close(s.precision, 1.0) && close(s.recall, 1.0) && close(s.f1, 1.0));
        assert!(close(s.ari, 1.0));
        assert_eq!((s.gold_stories, s.predicted_stories), (3, 3));
    }

    #[test]
    fn all_in_one_story_has_full_recall() {
        // gold {a,a,b}; one predicted story of 3.
        // precision: a→2/3, a→2/3, b→1/3 = 5/9; recall 1.
        let s = score(&["a", "a", "b"], &[0, 0, 0]);
        assert!(close(s.precision, 5.0 / 9.0), "{s:?}");
        assert!(close(s.recall, 1.0));
        assert!(close(s.f1, 2.0 * (5.0 / 9.0) / (5.0 / 9.0 + 1.0)));
    }

    #[test]
    fn all_singletons_have_full_precision() {
        // gold {a,a,a,b}: recall a→1/3 ×3, b→1 = 2/4.
        let s = score(&["a", "a", "a", "b"], &[0, 1, 2, 3]);
        assert!(close(s.precision, 1.0));
        assert!(close(s.recall, 0.5), "{s:?}");
    }

    #[test]
    fn hand_computed_mixed_case() {
        // gold: x x x y y ; pred: 1 1 2 2 2
        // precision: items in pred 1 (x,x): 2/2,2/2; pred 2 (x,y,y): x→1/3, y→2/3, y→2/3
        //   = (1+1+1/3+2/3+2/3)/5 = (11/3)/5 = 11/15
        // recall: gold x (1,1,2): 2/3,2/3,1/3; gold y (2,2): 1,1 = (2/3+2/3+1/3+2)/5 = (11/3)/5
        let s = score(&["x", "x", "x", "y", "y"], &[1, 1, 2, 2, 2]);
        assert!(close(s.precision, 11.0 / 15.0), "{s:?}");
        assert!(close(s.recall, 11.0 / 15.0), "{s:?}");
        // ARI by hand: cells (x,1)=2,(x,2)=1,(y,2)=2 → index = 1+0+1 = 2;
        // a = C(3,2)+C(2,2) = 4; b = C(2,2)+C(3,2) = 4; total C(5,2)=10; expected 1.6; max 4.
        // ARI = (2-1.6)/(4-1.6) = 1/6.
        assert!(close(s.ari, 1.0 / 6.0), "{}", s.ari);
    }

    #[test]
    fn ari_matches_scikit_learn_reference_values() {
        // sklearn.metrics.adjusted_rand_score([0,0,1,1],[1,1,0,0]) == 1.0
        assert!(close(
            adjusted_rand_index(&[0, 0, 1, 1], &[1, 1, 0, 0]),
            1.0
        ));
        // adjusted_rand_score([0,0,1,2],[0,0,1,1]) == 0.5714285714285715
        assert!(close(
            adjusted_rand_index(&[0, 0, 1, 2], &[0, 0, 1, 1]),
            0.5714285714285715
        ));
        // adjusted_rand_score([0,0,1,1],[0,1,0,1]) == -0.5
        assert!(close(
            adjusted_rand_index(&[0, 0, 1, 1], &[0, 1, 0, 1]),
            -0.5
        ));
    }

    #[test]
    fn missing_articles_count_as_singletons_and_extras_are_ignored() {
        let gold: HashMap<String, String> = [("a", "x"), ("b", "x"), ("c", "y")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let mut pred: HashMap<String, String> = [("a", "1"), ("c", "2"), ("zzz", "1")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let s = score_by_id(&gold, &pred);
        assert_eq!(s.articles, 3);
        assert!(close(s.precision, 1.0));
        // a: 1/2, b: 1/2, c: 1
        assert!(close(s.recall, 2.0 / 3.0), "{s:?}");
        pred.insert("b".into(), "1".into());
        assert!(close(score_by_id(&gold, &pred).f1, 1.0));
    }

    #[test]
    fn empty_input_scores_zero_without_panicking() {
        let s = score::<u8, u8>(&[], &[]);
        assert_eq!(s.articles, 0);
        assert_eq!(s.f1, 0.0);
    }

    proptest! {
        #[test]
        fn scores_are_bounded_and_symmetric(
            labels in proptest::collection::vec((0u8..5, 0u8..5), 1..60)
        ) {
            let g: Vec<u8> = labels.iter().map(|x| x.0).collect();
            let p: Vec<u8> = labels.iter().map(|x| x.1).collect();
            let s = score(&g, &p);
            prop_assert!((0.0..=1.0 + 1e-12).contains(&s.precision));
            prop_assert!((0.0..=1.0 + 1e-12).contains(&s.recall));
            prop_assert!(s.ari <= 1.0 + 1e-9 && s.ari >= -1.0 - 1e-9);
            // swapping gold and prediction swaps precision and recall
            let t = score(&p, &g);
            prop_assert!(close(s.precision, t.recall) && close(s.recall, t.precision));
            prop_assert!(close(s.ari, t.ari));
            // a relabelled copy of the gold is perfect
            let relabelled: Vec<u32> = g.iter().map(|&x| u32::from(x) * 7 + 3).collect();
            prop_assert!(close(score(&g, &relabelled).f1, 1.0));
        }
    }
}
