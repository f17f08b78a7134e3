//! Word tokens, stems and stop words.
//!
//! A token is a maximal run of alphanumeric characters, lower-cased (so features never depend on
//! letter case: Multi-News is lower-cased, DUC is not). Each distinct surface form is stemmed once
//! per cluster (Snowball English via `rust-stemmers`) and mapped to a [`TermId`] in the cluster's
//! [`Vocabulary`]; stop words come from NLTK's English list (`stop-words` crate).

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

thread_local! {
    /// Surface word → Snowball stem, shared by every cluster a thread analyses.
    static STEMS: std::cell::RefCell<FxHashMap<String, String>> =
        std::cell::RefCell::new(FxHashMap::default());
}

/// Index of a stemmed term in a [`Vocabulary`].
pub type TermId = u32;

/// Per-cluster map from words to stemmed term ids.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    by_surface: FxHashMap<String, TermId>,
    by_stem: FxHashMap<String, TermId>,
    stems: Vec<String>,
    stop: Vec<bool>,
}

impl Vocabulary {
    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.stems.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }

    /// The stem of a term.
    pub fn stem(&self, term: TermId) -> &str {
        &self.stems[term as usize]
    }

    /// Whether a term is a stop word (or a stem shared with one).
    pub fn is_stop(&self, term: TermId) -> bool {
        self.stop[term as usize]
    }

    /// The id of an already seen surface word (lower-case), if any.
    pub fn lookup(&self, lower_surface: &str) -> Option<TermId> {
        self.by_surface.get(lower_surface).copied()
    }
}

/// Splits text into lower-cased alphanumeric tokens and maps them to stemmed term ids.
#[derive(Clone)]
pub struct Tokenizer {
    stemmer: Arc<Stemmer>,
    stop_words: Arc<FxHashSet<&'static str>>,
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokenizer").finish_non_exhaustive()
    }
}

impl Default for Tokenizer {
    fn default() -> Self {
        let stop_words = stop_words::get("en").iter().copied().collect();
        Tokenizer {
            stemmer: Arc::new(Stemmer::create(Algorithm::English)),
            stop_words: Arc::new(stop_words),
        }
    }
}

impl Tokenizer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether a lower-case word is an English stop word.
    pub fn is_stop_word(&self, lower: &str) -> bool {
        self.stop_words.contains(lower)
    }

    /// Calls `f` with every lower-cased alphanumeric token of `text`.
    pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
        let mut buf = String::new();
        for ch in text.chars() {
            if ch.is_alphanumeric() {
                if ch.is_ascii() {
                    buf.push(ch.to_ascii_lowercase());
                } else {
                    buf.extend(ch.to_lowercase());
                }
            } else if !buf.is_empty() {
                f(&buf);
                buf.clear();
            }
        }
        if !buf.is_empty() {
            f(&buf);
        }
    }

    /// Appends the term ids of `text`'s tokens to `out`, adding new terms to `vocabulary`.
    pub fn tokenize(&self, text: &str, vocabulary: &mut Vocabulary, out: &mut Vec<TermId>) {
        Self::for_each_word(text, |word| {
            out.push(self.term_id(word, vocabulary));
        });
    }

    /// The Snowball stem of a lower-case word. Stems are remembered per thread across clusters
    /// (news reuses its words), up to a bound, so each word is stemmed about once per thread.
    pub fn stem(&self, word: &str) -> String {
        self.with_stem(word, str::to_string)
    }

    /// Calls `f` with the stem of a lower-case word, from the per-thread memory when it has it
    /// (no allocation then).
    fn with_stem<T>(&self, word: &str, f: impl FnOnce(&str) -> T) -> T {
        const MAX_REMEMBERED: usize = 200_000;
        STEMS.with(|cache| {
            let mut cache = cache.borrow_mut();
            if let Some(stem) = cache.get(word) {
                return f(stem);
            }
            if cache.len() >= MAX_REMEMBERED {
                cache.clear();
            }
            let stem = self.stemmer.stem(word).into_owned();
            let out = f(&stem);
            cache.insert(word.to_string(), stem);
            out
        })
    }

    /// The term id of one lower-case word.
    pub fn term_id(&self, word: &str, vocabulary: &mut Vocabulary) -> TermId {
        if let Some(&id) = vocabulary.by_surface.get(word) {
            return id;
        }
        let is_stop = self.stop_words.contains(word);
        let id = self.with_stem(word, |stem| match vocabulary.by_stem.get(stem) {
            Some(&id) => id,
            None => {
                let id = vocabulary.stems.len() as TermId;
                vocabulary.by_stem.insert(stem.to_string(), id);
                vocabulary.stems.push(stem.to_string());
                vocabulary.stop.push(false);
                id
            }
        });
        if is_stop {
            vocabulary.stop[id as usize] = true;
        }
        vocabulary.by_surface.insert(word.to_string(), id);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_lowercased_stemmed_and_share_ids() {
        let t = Tokenizer::new();
        let mut v = Vocabulary::default();
        let mut out = Vec::new();
        t.tokenize("Iran's forces; IRAN withdrew the force.", &mut v, &mut out);
        // iran s forces iran withdrew the force
        assert_eq!(out.len(), 7);
        assert_eq!(out[0], out[3], "case must not matter");
        assert_eq!(out[2], out[6], "forces and force share a stem");
        assert!(v.is_stop(out[5]), "'the' is a stop word");
        assert!(!v.is_stop(out[0]));
        assert_eq!(v.stem(out[4]), "withdrew");
    }

    #[test]
    fn non_ascii_letters_are_word_characters() {
        let mut words = Vec::new();
        Tokenizer::for_each_word("Zürich’s café — 3.5%", |w| words.push(w.to_string()));
        assert_eq!(words, ["zürich", "s", "café", "3", "5"]);
    }
}
