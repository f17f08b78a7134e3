//! The claim-match model: a logistic regression over a window's [`Measures`], fitted by
//! `bench/fit_attribution.py` on the development half of the hand-labelled support pairs
//! (`bench/labels/support/`, see BENCHMARKS.md). Thirteen weights, kept here as constants.

use super::Measures;

/// The weights, in the order of [`features`] (printed by `bench/fit_attribution.py`).
pub const WEIGHTS: [f32; 13] = [
    1.1087, 1.5471, 1.3546, 0.6786, 0.9481, 2.0940, 1.5622, 0.3302, 0.0148, 0.3874, 0.0633, 0.9888,
    0.5910,
];
pub const BIAS: f32 = -7.3587;

/// The model's inputs: coverage, event coverage, name coverage, bigram recall, reverse coverage,
/// article coverage, article similarity, two sentences, polarity differs, modality differs,
/// number conflict, number agrees, ln(1 + query terms).
pub fn features(m: &Measures) -> [f32; 13] {
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    [
        m.coverage,
        m.event_coverage,
        m.name_coverage,
        m.bigram_recall,
        m.reverse_coverage,
        m.article_coverage,
        m.article_similarity,
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
