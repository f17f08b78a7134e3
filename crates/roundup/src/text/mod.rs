//! The analyse stage: sentences, tokens and stems, computed once per cluster.
//!
//! [`Analyzer::analyse`] turns a [`CleanCluster`] into an [`AnalysedCluster`]: every article's
//! sentences, each tokenized once into ids of a per-cluster [`Vocabulary`] of stemmed, lower-cased
//! terms. Everything downstream (summarizers, attribution, comparison) works on these ids.

pub mod sentences;
pub mod tokens;

use std::ops::Range;

use crate::model::{Article, CleanCluster, DuplicateArticle, SetAside};

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
    /// Documents set aside by the clean stage as not about the story.
    pub set_aside: Vec<SetAside>,
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

/// Builds the sentence splitter's pattern tables now instead of at the first article (see
/// [`crate::pipeline::prepare`]): it splits a sample that goes through its quotation, bracket,
/// abbreviation and list paths. The stage works the same without it.
pub fn prepare() {
    const SAMPLE: &str = "Mr. Smith (the mayor) said: \"We will act.\" It was 4 p.m. Tuesday.\n\
                          1. Write to a.b@example.com [1] today! Why? 'Now,' she said.";
    let _ = split_sentences(SAMPLE);
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
        // about one sentence per 150 bytes of news text
        let total: usize = cluster.articles.iter().map(|a| a.text.len()).sum();
        let mut sentences = Vec::with_capacity(total / 150 + cluster.articles.len());
        let mut article_sentences = Vec::with_capacity(cluster.articles.len());
        // the sentence's term ids are gathered here, then copied out at their exact length
        let mut scratch = Vec::with_capacity(256);
        for (a, article) in cluster.articles.iter().enumerate() {
            let first = sentences.len();
            for (index, span) in split_sentences(&article.text).into_iter().enumerate() {
                let raw = &article.text[span.clone()];
                scratch.clear();
                tokens.tokenize(raw, &mut scratch);
                let (text, words) = collapse_whitespace(raw);
                sentences.push(AnalysedSentence {
                    article: a,
                    index,
                    span,
                    text,
                    terms: scratch.to_vec(),
                    words,
                });
            }
            article_sentences.push(first..sentences.len());
        }
        AnalysedCluster {
            id: cluster.id,
            articles: cluster.articles,
            duplicates: cluster.duplicates,
            set_aside: cluster.set_aside,
            sentences,
            article_sentences,
            vocabulary: tokens.finish(),
        }
    }
}

/// `raw`'s whitespace-separated words joined by single spaces, and how many there are.
fn collapse_whitespace(raw: &str) -> (String, usize) {
    if let Some(words) = single_spaced_words(raw) {
        return (raw.to_owned(), words);
    }
    let mut text = String::with_capacity(raw.len());
    let mut words = 0;
    for w in raw.split_whitespace() {
        if words > 0 {
            text.push(' ');
        }
        text.push_str(w);
        words += 1;
    }
    (text, words)
}

/// The number of words of `s` when collapsing its whitespace would leave it unchanged: it neither
/// starts nor ends with whitespace and every run of whitespace is one ASCII space. `None` otherwise
/// (or when unsure: then the caller takes the general path).
fn single_spaced_words(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let (&first, &last) = (bytes.first()?, bytes.last()?);
    if first == b' ' || last == b' ' {
        return None;
    }
    let mut spaces = 0;
    let mut prev_space = false;
    for (i, &b) in bytes.iter().enumerate() {
        match SPACE_CLASS[b as usize] {
            ORDINARY => prev_space = false,
            SPACE => {
                if prev_space {
                    return None;
                }
                spaces += 1;
                prev_space = true;
            }
            MAYBE_SPACE => {
                if s[i..].chars().next().is_some_and(char::is_whitespace) {
                    return None;
                }
                prev_space = false;
            }
            _ => return None,
        }
    }
    // `first` and `last` are not ASCII spaces; the scan above ruled out any other whitespace
    Some(spaces + 1)
}

const ORDINARY: u8 = 0;
const SPACE: u8 = 1;
/// A lead byte of the non-ASCII whitespace characters (U+0085, U+00A0, U+1680, U+2000..U+205F,
/// U+3000), to decode.
const MAYBE_SPACE: u8 = 2;
/// The other ASCII whitespace `char::is_whitespace` accepts: tab, line feed, vertical tab, form
/// feed, carriage return.
const OTHER_SPACE: u8 = 3;
static SPACE_CLASS: [u8; 256] = {
    let mut table = [ORDINARY; 256];
    table[b' ' as usize] = SPACE;
    let mut b = b'\t';
    while b <= b'\r' {
        table[b as usize] = OTHER_SPACE;
        b += 1;
    }
    table[0xC2] = MAYBE_SPACE;
    table[0xE1] = MAYBE_SPACE;
    table[0xE2] = MAYBE_SPACE;
    table[0xE3] = MAYBE_SPACE;
    table
};

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

#[cfg(test)]
mod tests {
    use super::*;

    fn collapse_reference(raw: &str) -> (String, usize) {
        let words: Vec<&str> = raw.split_whitespace().collect();
        (words.join(" "), words.len())
    }

    #[test]
    fn collapsing_whitespace_equals_split_and_join() {
        for raw in [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a b",
            "a b ",
            "a\tb",
            "a\u{0B}b",
            "a\u{A0}b",
            "a\u{2009}b c",
            "a\u{3000}b",
            "\u{85}a",
            "“Quoted,” she said — then left…",
            "a\u{2019}s é",
        ] {
            assert_eq!(collapse_whitespace(raw), collapse_reference(raw), "{raw:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn collapsing_whitespace_equals_split_and_join_on_any_text(raw in "(\\PC|\\s){0,40}") {
            proptest::prop_assert_eq!(collapse_whitespace(&raw), collapse_reference(&raw));
        }
    }
}
