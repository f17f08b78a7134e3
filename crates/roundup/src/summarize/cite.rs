//! Citations: every article that reports what a summary sentence says supports it.
//!
//! For a summary sentence, each other article's closest sentence (TF-IDF cosine over content stems)
//! is a support when it is close enough and shares enough content words; duplicates were folded in
//! the clean stage, so a syndicated copy is never cited twice.

use crate::model::Support;
use crate::text::AnalysedCluster;

use super::vectors::ClusterStats;

/// When a sentence of another article counts as reporting the same content.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CitationParams {
    /// Minimum TF-IDF cosine between the two sentences.
    pub min_similarity: f32,
    /// Minimum number of shared content stems.
    pub min_shared_terms: usize,
}

impl Default for CitationParams {
    fn default() -> Self {
        CitationParams {
            min_similarity: 0.3,
            min_shared_terms: 3,
        }
    }
}

/// The other articles supporting sentence `sentence`, most similar first.
pub fn supports(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    sentence: usize,
    params: &CitationParams,
) -> Vec<Support> {
    let origin = cluster.sentences[sentence].article;
    let v = &stats.vectors[sentence];
    let terms = &stats.content_terms[sentence];
    let mut out = Vec::new();
    // the sentence's weights spread over a term-indexed table: each cosine is then one pass over
    // the other sentence's entries (the same products, summed in the same term order, as a merge)
    let mut dense = vec![0.0f32; stats.idf.len()];
    for &(t, w) in &v.entries {
        dense[t as usize] = w;
    }
    for (article, range) in cluster.article_sentences.iter().enumerate() {
        if article == origin {
            continue;
        }
        let mut best: Option<(usize, f32)> = None;
        for other in range.clone() {
            let sim = stats.vectors[other]
                .entries
                .iter()
                .fold(0.0f32, |dot, &(t, w)| dot + dense[t as usize] * w);
            if sim >= params.min_similarity
                && best.is_none_or(|(_, b)| sim > b)
                && crate::sets::intersection_size(terms, &stats.content_terms[other])
                    >= params.min_shared_terms
            {
                best = Some((other, sim));
            }
        }
        if let Some((other, similarity)) = best {
            out.push(Support {
                article,
                sentence_index: cluster.sentences[other].index,
                similarity: (similarity.min(1.0) * 1000.0).round() / 1000.0,
            });
        }
    }
    out.sort_by(|a, b| {
        b.similarity
            .total_cmp(&a.similarity)
            .then(a.article.cmp(&b.article))
    });
    out
}
