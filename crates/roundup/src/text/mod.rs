//! The analyse stage: sentences, tokens and stems, computed once per cluster.
//!
//! [`Analyzer::analyse`] turns a [`CleanCluster`] into an [`AnalysedCluster`]: every article's
//! sentences, each tokenized once into ids of a per-cluster [`Vocabulary`] of stemmed, lower-cased
//! terms. Everything downstream (summarizers, attribution, comparison) works on these ids.

pub mod arabic;
pub mod sentences;
pub mod speech_verbs;
pub mod tokens;

use std::ops::Range;

use crate::lang::Language;
use crate::model::{Article, CleanCluster, DuplicateArticle, SetAside};

pub use sentences::{split_sentences, split_sentences_in};
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
    /// The byte ranges in `text` of its words ([`crate::words::word_ranges`]: the alphanumeric
    /// runs), found once here for the stages that read words in place.
    pub word_ranges: Vec<Range<usize>>,
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
    /// The language the cluster was analysed in: the one given to the [`Analyzer`], else the
    /// language most of its text is written in.
    pub language: Language,
    /// Each article's own language (the given one, else detected), in article order.
    pub article_languages: Vec<Language>,
}

impl AnalysedCluster {
    /// The sentences of article `a`.
    pub fn sentences_of(&self, a: usize) -> &[AnalysedSentence] {
        &self.sentences[self.article_sentences[a].clone()]
    }
}

/// Builds the sentence splitter's pattern tables and the word scanner's character table now
/// instead of at the first article (see [`crate::pipeline::prepare`]): it splits a sample that
/// goes through its quotation, bracket, abbreviation and list paths. The stage works the same
/// without it.
pub fn prepare() {
    crate::words::prepare();
    tokens::is_english_stop_word("the");
    std::sync::LazyLock::force(&LATIN_STOP_WORDS);
    // the sentence splitter builds more tables at the first ellipsis, fronted phrase, quotation
    // with a stop inside or unpaired mark: the sample's second paragraph goes through those
    const SAMPLE: &str = "Mr. Smith (the mayor) said: \"We will act.\" It was 4 p.m. Tuesday.\n\
                          1. Write to a.b@example.com [1] today! Why? 'Now,' she said.\n\
                          \"Stop! Now!\" he shouted. \"Is it over?\" she asked. He paused... I \
                          think so... and then left. In the U.S., Gen. Allen met Sen. Reid at \
                          10 a.m. on Jan. 5. However, the talks failed. \u{201c}We are done,\u{201d} \
                          he said. \u{201c}It's over.\u{201d} Then: \"Quote\" end. Meanwhile, \
                          officials said... After that, No. 2 was named. \"Unclosed quote. Next \
                          sentence. And \u{201c}so on\u{201d}.";
    let _ = split_sentences(SAMPLE);
    // `whatlang`'s alphabet tables, built at its first detection
    let _ = Language::detect_or_english("Der Rat hat am Dienstag über die Brücke abgestimmt.");
}

/// Splits and tokenizes articles. Cheap to share across threads; create once.
///
/// Each article's language is detected ([`article_language`]) unless one is given
/// ([`Analyzer::for_language`]); the cluster is analysed in the language most of its text is
/// written in: English exactly as always, other languages with their own sentence rules
/// ([`split_sentences_in`]), word boundaries, stop words and stemmer ([`Tokenizer::for_language`]).
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    tokenizer: Tokenizer,
    language: Option<Language>,
}

impl Analyzer {
    pub fn new() -> Self {
        Self::default()
    }

    /// An analyzer that takes every article to be in `language` (`--language`), detecting nothing.
    pub fn for_language(language: Language) -> Self {
        Analyzer {
            tokenizer: Tokenizer::default(),
            language: Some(language),
        }
    }

    /// The language given to [`Analyzer::for_language`], if any.
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// The English tokenizer (stories, comparison and the other English-only callers).
    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    /// The language of each article (given, else detected) and the cluster's: the language of the
    /// most text, English on ties and for an empty cluster.
    pub fn languages(&self, articles: &[Article]) -> (Language, Vec<Language>) {
        if let Some(l) = self.language {
            return (l, vec![l; articles.len()]);
        }
        let each: Vec<Language> = articles.iter().map(|a| article_language(&a.text)).collect();
        let mut bytes = [0usize; crate::lang::LANGUAGE_COUNT];
        for (a, l) in articles.iter().zip(&each) {
            bytes[l.index()] += a.text.len();
        }
        let mut best = Language::English;
        for l in Language::all() {
            if bytes[l.index()] > bytes[best.index()] {
                best = l;
            }
        }
        (best, each)
    }

    /// Splits every article into sentences and tokenizes each sentence once.
    pub fn analyse(&self, cluster: CleanCluster) -> AnalysedCluster {
        let (language, article_languages) = self.languages(&cluster.articles);
        let other;
        let tokenizer = if language == Language::English {
            &self.tokenizer
        } else {
            other = Tokenizer::for_language(language);
            &other
        };
        let mut tokens = tokenizer.for_cluster();
        // about one sentence per 150 bytes of news text
        let total: usize = cluster.articles.iter().map(|a| a.text.len()).sum();
        let mut sentences = Vec::with_capacity(total / 150 + cluster.articles.len());
        let mut article_sentences = Vec::with_capacity(cluster.articles.len());
        // the sentence's term ids are gathered here, then copied out at their exact length
        let mut scratch = Vec::with_capacity(256);
        for (a, article) in cluster.articles.iter().enumerate() {
            let first = sentences.len();
            let spans = if language == Language::English {
                split_sentences(&article.text)
            } else {
                split_sentences_in(&article.text, language)
            };
            for (index, span) in spans.into_iter().enumerate() {
                let raw = &article.text[span.clone()];
                scratch.clear();
                let mut word_ranges = Vec::with_capacity(raw.len() / 5 + 1);
                let found = tokens.tokenize_at(raw, &mut scratch, Some(&mut word_ranges));
                let (text, words, unchanged) = collapse_whitespace(raw);
                // the words' ranges in `raw` are theirs in `text` when collapsing changed nothing
                if !(found && unchanged) {
                    word_ranges = crate::words::word_ranges(&text);
                }
                sentences.push(AnalysedSentence {
                    article: a,
                    index,
                    span,
                    text,
                    terms: scratch.to_vec(),
                    words,
                    word_ranges,
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
            language,
            article_languages,
        }
    }
}

/// The language of an article's text. English when at least 30% of its first 100 (else 300) words
/// are English stop words (news English runs at 40-55%, French, German or Czech news below 10%): the cheap test
/// settles nearly every English article, which then takes exactly the path it always took. The
/// same test settles the other Latin-script languages that have a stop-word list (at least 25% of
/// the words, and 1.5 times the runner-up: Spanish and Portuguese, or Danish and Norwegian, share
/// much of theirs); anything else goes to `whatlang` ([`Language::detect_or_english`]), which costs
/// several times more.
pub fn article_language(text: &str) -> Language {
    // English first, on the first 100 words (about 700 bytes): nearly every English article is
    // settled there, for a small share of the cost of analysing it
    let prefix = |limit: usize| {
        let mut end = text.len().min(limit);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        &text[..end]
    };
    let english_share = |sample: &str| {
        let (mut words, mut stop, mut letters) = (0usize, 0usize, false);
        crate::words::for_each_word(sample, |w| {
            words += 1;
            letters |= w.bytes().any(|b| !b.is_ascii_digit());
            stop += usize::from(tokens::is_english_stop_word(w));
        });
        (words, stop, letters)
    };
    let (words, stop, letters) = english_share(prefix(700));
    if words >= 50 && stop * 10 >= words * 3 {
        return Language::English;
    }
    // then the first 300 words (near 3 KB), for English and the other Latin-script languages
    let sample = prefix(3000);
    let (words, stop, letters) = if sample.len() > 700 {
        english_share(sample)
    } else {
        (words, stop, letters)
    };
    if !letters || (words > 0 && stop * 10 >= words * 3) {
        return Language::English;
    }
    let mut per_language = [0usize; LATIN_STOP_LANGUAGES.len()];
    let latin = &*LATIN_STOP_WORDS;
    crate::words::for_each_word(sample, |w| {
        if let Some(&mask) = latin.get(w) {
            for (i, n) in per_language.iter_mut().enumerate() {
                *n += (mask >> i) as usize & 1;
            }
        }
    });
    let mut ranked: Vec<(usize, Language)> = per_language
        .iter()
        .copied()
        .zip(LATIN_STOP_LANGUAGES)
        .collect();
    ranked.sort_unstable_by_key(|b| std::cmp::Reverse(b.0));
    if let [(best, lang), (second, _), ..] = ranked[..] {
        if best * 4 >= words && best * 2 >= second * 3 {
            return lang;
        }
    }
    Language::detect_or_english(text)
}

/// Latin-script languages whose stop-word lists settle an article's language without `whatlang`.
const LATIN_STOP_LANGUAGES: [Language; 15] = [
    Language::French,
    Language::German,
    Language::Spanish,
    Language::Italian,
    Language::Portuguese,
    Language::Dutch,
    Language::Czech,
    Language::Polish,
    Language::Danish,
    Language::Swedish,
    Language::Norwegian,
    Language::Finnish,
    Language::Hungarian,
    Language::Romanian,
    Language::Turkish,
];

/// Stop word → bit set of the [`LATIN_STOP_LANGUAGES`] whose list has it.
static LATIN_STOP_WORDS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u32>> =
    std::sync::LazyLock::new(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for (i, l) in LATIN_STOP_LANGUAGES.iter().enumerate() {
            for &w in l.stop_words() {
                *map.entry(w).or_insert(0) |= 1 << i;
            }
        }
        map
    });

/// `raw`'s whitespace-separated words joined by single spaces, how many there are, and whether
/// that text is `raw` itself.
fn collapse_whitespace(raw: &str) -> (String, usize, bool) {
    if let Some(words) = single_spaced_words(raw) {
        return (raw.to_owned(), words, true);
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
    let unchanged = text == raw;
    (text, words, unchanged)
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

    fn collapse_reference(raw: &str) -> (String, usize, bool) {
        let words: Vec<&str> = raw.split_whitespace().collect();
        let text = words.join(" ");
        let unchanged = text == raw;
        (text, words.len(), unchanged)
    }

    #[test]
    fn each_sentence_has_its_word_ranges() {
        let kept_ranges_are_the_words = |c: &AnalysedCluster| {
            for s in &c.sentences {
                assert_eq!(
                    s.word_ranges,
                    crate::words::word_ranges(&s.text),
                    "{}",
                    s.text
                );
            }
        };
        kept_ranges_are_the_words(&analysed_texts(&[
            "Zürich’s  café reopened on Monday.\tIt was 3.5% fuller.",
            "  Officials said the bridge, closed since 2019, would reopen. ",
        ]));
        let c = Analyzer::for_language(Language::French).analyse(CleanCluster {
            id: "c".into(),
            articles: vec![Article {
                id: "a".into(),
                text: "L'État a dit: « Nous  agirons. » Le pont rouvrira lundi.".into(),
                ..Article::default()
            }],
            ..CleanCluster::default()
        });
        kept_ranges_are_the_words(&c);
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
