//! The claim-match model: a logistic regression over a window's [`Measures`], fitted by
//! `bench/fit_attribution.py` on the development half of the hand-labelled support pairs
//! (`bench/labels/support/`, see BENCHMARKS.md). Fourteen weights and a bias, kept here as
//! constants.

use super::Measures;

/// The weights, in the order of [`features`] (printed by `bench/fit_attribution.py`).
pub const WEIGHTS: [f32; 14] = [
    0.8832, 1.2861, 1.1348, 0.5339, 0.8777, 2.0566, 1.5140, 1.1434, 0.3152, 0.0119, 0.3841, 0.0223,
    0.9873, 0.6387,
];
pub const BIAS: f32 = -7.6219;

/// The model's inputs: coverage, event coverage, name coverage, bigram recall, reverse coverage,
/// article coverage, article similarity, shared-term coverage, two sentences, polarity differs,
/// modality differs, number conflict, number agrees, ln(1 + query terms).
pub fn features(m: &Measures) -> [f32; 14] {
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    [
        m.coverage,
        m.event_coverage,
        m.name_coverage,
        m.bigram_recall,
        m.reverse_coverage,
        m.article_coverage,
        m.article_similarity,
        m.shared_coverage,
        flag(m.two_sentences),
        flag(m.polarity_differs),
        flag(m.modality_differs),
        flag(m.number_conflict),
        flag(m.number_agrees),
        (m.query_terms as f32).ln_1p(),
    ]
}

/// The probability that the window reports the claim.
pub fn probability(m: &Measures) -> f32 {
    let z = features(m)
        .iter()
        .zip(WEIGHTS)
        .fold(BIAS, |z, (x, w)| z + x * w);
    1.0 / (1.0 + (-z).exp())
}

/// The features [`best_case_probability`] does not read from its measures: bigram recall and
/// the four flags (each within 0..=1).
const COSTLY_FEATURES: [usize; 5] = [3, 9, 10, 11, 12];

/// The highest probability a window with these cheap measures could reach, whatever its costly
/// ones turn out to be (each taken at the end of its range that raises the score): a window
/// below the threshold here is left unmeasured.
pub fn best_case_probability(m: &Measures) -> f32 {
    let z = features(m)
        .iter()
        .zip(WEIGHTS)
        .enumerate()
        .fold(BIAS, |z, (i, (x, w))| {
            z + if COSTLY_FEATURES.contains(&i) {
                w.max(0.0)
            } else {
                x * w
            }
        });
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measures(coverage: f32) -> Measures {
        Measures {
            coverage,
            event_coverage: coverage,
            name_coverage: coverage,
            bigram_recall: coverage,
            reverse_coverage: coverage,
            article_coverage: coverage,
            article_similarity: coverage,
            shared_coverage: coverage,
            shared_terms: 10,
            query_terms: 15,
            two_sentences: false,
            polarity_differs: false,
            modality_differs: false,
            number_conflict: false,
            number_agrees: false,
        }
    }

    #[test]
    fn the_same_words_in_full_cite_and_a_few_shared_words_do_not() {
        assert!(probability(&measures(1.0)) > 0.9);
        assert!(probability(&measures(0.2)) < 0.1);
        assert!(probability(&measures(0.6)) > probability(&measures(0.5)));
    }
}
