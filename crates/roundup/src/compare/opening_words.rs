//! One-word "names" that are only a sentence's first word: `Responsibility for the bombing … has
//! been claimed in notes signed by "…"` (read as `Responsibility notes`), `Thought for Today: "…"`.
//! Such a word is capitalised because it opens its sentence or line, and the cluster shows it is a
//! common word: it writes it in lower case, never capitalised inside a sentence, and never after
//! a given name (`Condoleezza Rice`, `Glenn Close`: surnames that are common words too). Its
//! quotation is left without a speaker rather than given a word for one.
//!
//! Only text that writes names in capitals is read so ([`crate::words::writes_names_in_capitals`]):
//! in lower-cased text (Multi-News) a name is written in lower case too (`xinhua`, `samsung`).
//! The evidence is read once per cluster, from its articles that write names in capitals, and
//! only as far as a candidate needs it: the lower-case words when some attribution names a
//! one-word speaker that could be such a word, where capitalised words stand only when the
//! cluster also writes that word in lower case.

use std::cell::OnceCell;

use rustc_hash::FxHashSet;

use super::english_words;
use super::given_names;
use super::mentions::capitalised_within_sentences;
use crate::text::{AnalysedCluster, Tokenizer};

/// Where the cluster's text writes its capitalised words (read only for a word it also writes in
/// lower case: a rare candidate).
struct NameEvidence<'c> {
    /// Capitalised words written inside a sentence (where a name stands).
    within: FxHashSet<&'c str>,
    /// Words (lower-cased) written right after a given name.
    after_given_name: FxHashSet<String>,
}

/// Tells a sentence's first word from a one-word name, on one cluster's evidence: first the words
/// it writes in lower case (one cheap pass), then, only for a candidate among them, where it
/// writes capitalised words.
pub(super) struct OpeningWords<'a> {
    cluster: &'a AnalysedCluster,
    /// The English tokenizer, for its function words.
    tokenizer: &'a Tokenizer,
    /// Whether each article writes names in capitals (read once, when first needed).
    cased: OnceCell<Vec<bool>>,
    lower: OnceCell<FxHashSet<&'a str>>,
    names: OnceCell<NameEvidence<'a>>,
}

impl<'a> OpeningWords<'a> {
    pub(super) fn new(cluster: &'a AnalysedCluster, tokenizer: &'a Tokenizer) -> Self {
        OpeningWords {
            cluster,
            tokenizer,
            cased: OnceCell::new(),
            lower: OnceCell::new(),
            names: OnceCell::new(),
        }
    }

    fn cased(&self) -> &[bool] {
        self.cased.get_or_init(|| {
            self.cluster
                .articles
                .iter()
                .map(|a| crate::words::writes_names_in_capitals(&a.text))
                .collect()
        })
    }

    /// The texts of the articles that write names in capitals: the only ones read for evidence.
    fn cased_texts(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.cluster
            .articles
            .iter()
            .zip(self.cased())
            .filter(|(_, &cased)| cased)
            .map(|(a, _)| a.text.as_str())
    }

    /// Whether `name`, read as a one-word speaker in article `article`, is a common word opening
    /// its sentence (only in an article that writes names in capitals). Not an acronym (`AFP`), a
    /// given name, a role or family word (`Official`, `Mother`), a noun for people (`Police`) or
    /// a plural (`Prosecutors`): people, whom such a word names well enough.
    pub(super) fn is_opening_word(&self, name: &str, article: usize) -> bool {
        if name.contains(char::is_whitespace)
            || !name.starts_with(char::is_uppercase)
            || name.chars().count() < 3
            || name.chars().filter(|c| c.is_uppercase()).count() > 1
            || !name.chars().all(char::is_alphabetic)
        {
            return false;
        }
        let lower = name.to_lowercase();
        if english_words::is_role_noun(&lower)
            || english_words::is_kin_noun(&lower)
            || english_words::is_people_noun(&lower)
            || lower.ends_with('s') && !lower.ends_with("ss")
            || given_names::is_given_name(&lower)
            || !self.cased().get(article).copied().unwrap_or(false)
        {
            return false;
        }
        if !self
            .lower
            .get_or_init(|| lower_words(self.cased_texts()))
            .contains(lower.as_str())
        {
            return false;
        }
        let names = self
            .names
            .get_or_init(|| read_name_evidence(self.cased_texts(), self.tokenizer));
        !names.within.contains(name) && !names.after_given_name.contains(&lower)
    }
}

/// The words `texts` write in lower case. One pass over each text.
fn lower_words<'t>(texts: impl Iterator<Item = &'t str>) -> FxHashSet<&'t str> {
    texts
        .flat_map(|text| {
            text.split(|c: char| !c.is_alphabetic())
                .filter(|w| w.starts_with(char::is_lowercase))
        })
        .collect()
}

/// Where `texts` write capitalised words: inside sentences, after given names. One pass over each
/// text.
fn read_name_evidence<'t>(
    texts: impl Iterator<Item = &'t str>,
    tokenizer: &Tokenizer,
) -> NameEvidence<'t> {
    let mut evidence = NameEvidence {
        within: FxHashSet::default(),
        after_given_name: FxHashSet::default(),
    };
    for text in texts {
        evidence.within.extend(capitalised_within_sentences(text));
        // (a capitalised given name that is no function word, and the word after it with nothing
        // but a space between them: not `on Monday. Responsibility …`, not `The responsibility`)
        let mut previous_given = false;
        // (a capitalised word after a quotation closed by a comma, `"…," Waters said`, stands
        // inside its sentence too)
        let mut after_quoted_comma = false;
        for chunk in text.split_whitespace() {
            let word = chunk.trim_matches(|c: char| !c.is_alphabetic());
            let quoted_comma = [",\"", ",''", ",\u{201d}", ",'"]
                .iter()
                .any(|end| chunk.ends_with(end));
            if word.is_empty() || !word.chars().all(char::is_alphabetic) {
                previous_given = false;
                after_quoted_comma = quoted_comma;
                continue;
            }
            if after_quoted_comma && word.starts_with(char::is_uppercase) {
                evidence.within.insert(word);
            }
            after_quoted_comma = quoted_comma;
            if previous_given && chunk.starts_with(char::is_alphabetic) {
                evidence.after_given_name.insert(word.to_lowercase());
            }
            previous_given = chunk.ends_with(char::is_alphabetic)
                && word.starts_with(char::is_uppercase)
                && word.chars().nth(1).is_some()
                && {
                    let lower = word.to_lowercase();
                    !tokenizer.is_stop_word(&lower) && given_names::is_given_name(&lower)
                };
        }
    }
    evidence
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean_cluster;
    use crate::pipeline::cluster_from_texts;
    use crate::text::Analyzer;

    fn cluster(texts: &[&str]) -> AnalysedCluster {
        let texts: Vec<String> = texts.iter().map(|t| t.to_string()).collect();
        Analyzer::new().analyse(clean_cluster(cluster_from_texts("opening", &texts)))
    }

    #[test]
    fn a_common_word_that_only_opens_sentences_is_no_name() {
        let c = cluster(&[
            "ATLANTA (AP) -- Clinics were attacked across the South, as Governor Zell Miller \
             said on Monday. Responsibility for the fires has been claimed in notes. \
             Investigators said the responsibility was never proven. Rice growers met Condoleezza \
             Rice, and the price of rice fell. Police said little; the police chief said more.",
        ]);
        let tokenizer = Tokenizer::new();
        let words = OpeningWords::new(&c, &tokenizer);
        assert!(words.is_opening_word("Responsibility", 0));
        // a surname written after a given name; a name written inside a sentence; people
        assert!(!words.is_opening_word("Rice", 0));
        assert!(!words.is_opening_word("Miller", 0));
        assert!(!words.is_opening_word("Police", 0));
        assert!(!words.is_opening_word("Investigators", 0));
        // lower-cased text says nothing: `samsung` is a name written in lower case there
        let lower_cased = cluster(
            &[&"clinics were attacked across the south, as governor zell \
             miller said on monday. Responsibility for the fires has been claimed in notes. \
             investigators said the responsibility was never proven, and samsung said nothing. "
                .repeat(4)],
        );
        let words = OpeningWords::new(&lower_cased, &tokenizer);
        assert!(!words.is_opening_word("Responsibility", 0));
    }
}
