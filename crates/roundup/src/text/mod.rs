//! The analyse stage: sentences, tokens and stems, computed once per cluster.
//!
//! [`Analyzer::analyse`] turns a [`CleanCluster`] into an [`AnalysedCluster`]: every article's
//! sentences, each tokenized once into ids of a per-cluster [`Vocabulary`] of stemmed, lower-cased
//! terms. Everything downstream (summarizers, attribution, comparison) works on these ids.

pub mod sentences;
pub mod tokens;

use std::ops::Range;

use crate::model::{Article, CleanCluster, DuplicateArticle};

pub use sentences::split_sentences;
pub use tokens::{ClusterTokenizer, TermId, Tokenizer, Vocabulary};

/// One sentence of one article, tokenized.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysedSentence {
    /// Index of the article in [`AnalysedCluster::articles`].
    pub article: usize,
    /// Position of the sentence within its article (0-based).
    pub index: usize,
    /// Byte range of the sentence in its article's (cleaned) text.
    pub span: Range<usize>,
    /// The sentence text, whitespace collapsed.
    pub text: String,
    /// Term ids of its word tokens, in order (stop words included; see [`Vocabulary::is_stop`]).
    pub terms: Vec<TermId>,
    /// Whitespace-separated words, the unit of word budgets.
    pub words: usize,
}

/// A cleaned cluster with its sentences analysed.
#[derive(Debug, Clone)]
pub struct AnalysedCluster {
    pub id: String,
    pub articles: Vec<Article>,
    pub duplicates: Vec<DuplicateArticle>,
    /// All sentences, article by article, in reading order.
    pub sentences: Vec<AnalysedSentence>,
    /// For each article, the range of its sentences in [`AnalysedCluster::sentences`].
    pub article_sentences: Vec<Range<usize>>,
    pub vocabulary: Vocabulary,
}

impl AnalysedCluster {
    /// The sentences of article `a`.
    pub fn sentences_of(&self, a: usize) -> &[AnalysedSentence] {
        &self.sentences[self.article_sentences[a].clone()]
    }
}

/// Splits and tokenizes articles. Cheap to share across threads; create once.
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    tokenizer: Tokenizer,
}

impl Analyzer {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    /// Splits every article into sentences and tokenizes each sentence once.
    pub fn analyse(&self, cluster: CleanCluster) -> AnalysedCluster {
        let mut tokens = self.tokenizer.for_cluster();
        let mut sentences = Vec::new();
        let mut article_sentences = Vec::with_capacity(cluster.articles.len());
        for (a, article) in cluster.articles.iter().enumerate() {
            let first = sentences.len();
            for (index, span) in split_sentences(&article.text).into_iter().enumerate() {
                let raw = &article.text[span.clone()];
                let mut terms = Vec::new();
                tokens.tokenize(raw, &mut terms);
                let mut text = String::with_capacity(raw.len());
                let mut words = 0;
                for w in raw.split_whitespace() {
                    if words > 0 {
                        text.push(' ');
                    }
                    text.push_str(w);
                    words += 1;
                }
                sentences.push(AnalysedSentence {
                    article: a,
                    index,
                    span,
                    text,
                    terms,
                    words,
                });
            }
            article_sentences.push(first..sentences.len());
        }
        AnalysedCluster {
            id: cluster.id,
            articles: cluster.articles,
            duplicates: cluster.duplicates,
            sentences,
            article_sentences,
            vocabulary: tokens.finish(),
        }
    }
}

/// For tests: articles `a0`, `a1`, … with these texts, analysed as one cluster.
#[cfg(test)]
pub(crate) fn analysed_texts(texts: &[&str]) -> AnalysedCluster {
    let articles = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article {
            id: format!("a{i}"),
            origin: format!("a{i}"),
            text: t.to_string(),
            ..Article::default()
        })
        .collect();
    Analyzer::new().analyse(CleanCluster {
        id: "c".into(),
        articles,
        ..CleanCluster::default()
    })
}
