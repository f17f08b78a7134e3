//! Word tokens, stems and stop words.
//!
//! A token is a maximal run of alphanumeric characters, lower-cased (so features never depend on
//! letter case: Multi-News is lower-cased, DUC is not). Each distinct surface form is stemmed once
//! per thread (Snowball English via `rust-stemmers`) and each cluster maps stems to its own dense
//! [`TermId`]s in a [`Vocabulary`]; stop words come from NLTK's English list (`stop-words` crate).
//!
//! Stemming is remembered in a per-thread [`Lexicon`] (surface word → stem number), so the hot path
//! of tokenizing a cluster ([`ClusterTokenizer::tokenize`]) is one hash lookup of a borrowed word and
//! one array read per token: no allocation except for a word or a stem never met before.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

use crate::lang::{Language, LANGUAGE_COUNT};

/// Index of a stemmed term in a [`Vocabulary`].
pub type TermId = u32;

/// Per-cluster table of stemmed terms: term ids are dense (`0..len()`) in order of first occurrence.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// The stems, one after another; `ends[t]` is where term `t`'s stem ends.
    stem_text: String,
    ends: Vec<u32>,
    stop: Vec<bool>,
    /// Whether the cluster contains a word spelled exactly as the term's stem ("russia", not "offic").
    plain: Vec<bool>,
    /// Stem → term, built on first use of [`Vocabulary::find_stem`].
    by_stem: OnceLock<FxHashMap<String, TermId>>,
}

impl Vocabulary {
    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The stem of a term.
    pub fn stem(&self, term: TermId) -> &str {
        let t = term as usize;
        let start = if t == 0 { 0 } else { self.ends[t - 1] as usize };
        &self.stem_text[start..self.ends[t] as usize]
    }

    /// Whether a term is a stop word (or a stem shared with one).
    pub fn is_stop(&self, term: TermId) -> bool {
        self.stop[term as usize]
    }

    /// The term whose stem is `stem`, if the cluster has one.
    pub fn find_stem(&self, stem: &str) -> Option<TermId> {
        self.by_stem
            .get_or_init(|| {
                (0..self.len() as TermId)
                    .map(|t| (self.stem(t).to_string(), t))
                    .collect()
            })
            .get(stem)
            .copied()
    }

    /// The term of `word` when the cluster contains that very word and it is its own stem (e.g.
    /// "russia", to fold "russian" into it; but not "offic", the stem of "office").
    pub fn find_plain_word(&self, word: &str) -> Option<TermId> {
        self.find_stem(word).filter(|&t| self.plain[t as usize])
    }
}

/// What a thread knows about a surface word it has met.
#[derive(Debug, Clone, Copy)]
struct KnownWord {
    /// Index into [`Lexicon::stems`].
    stem: u32,
    is_stop: bool,
    /// The word is spelled as its stem.
    is_plain: bool,
}

/// A thread's memory of words and stems across clusters (news reuses its words), plus the scratch
/// table mapping its stem numbers to the current cluster's term ids.
#[derive(Debug, Default)]
struct Lexicon {
    /// Words of up to 16 bytes, packed into a number ([`packed`]): most words, and a cheaper key
    /// to hash and compare than a string.
    short_words: FxHashMap<u128, KnownWord>,
    /// The longer words.
    words: FxHashMap<Box<str>, KnownWord>,
    stem_numbers: FxHashMap<Box<str>, u32>,
    stems: Vec<Box<str>>,
    /// Per stem number: (cluster generation, term id in that cluster).
    terms: Vec<(u32, TermId)>,
    generation: u32,
}

/// Words a thread remembers before it starts afresh (checked between clusters).
const MAX_REMEMBERED: usize = 200_000;

/// `word`'s bytes as a little-endian number when it has at most 16: a word never contains a NUL
/// byte, so the zero padding keeps distinct words distinct.
#[inline]
fn packed(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 16 {
        return None;
    }
    let (low, high) = bytes.split_at(bytes.len().min(8));
    Some(u128::from(le_bytes(low)) | u128::from(le_bytes(high)) << 64)
}

/// Up to 8 bytes as a little-endian number, zero-padded: two loads that may overlap (the bytes
/// they share are the same), with no copy into a buffer.
#[inline]
fn le_bytes(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        let first = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let last = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        u64::from(first) | u64::from(last) << (8 * (n - 4))
    } else if n >= 2 {
        let first = u16::from_le_bytes([b[0], b[1]]);
        let last = u16::from_le_bytes([b[n - 2], b[n - 1]]);
        u64::from(first) | u64::from(last) << (8 * (n - 2))
    } else {
        b.first().map_or(0, |&x| u64::from(x))
    }
}

/// Whether a lower-case word is an English stop word (the default [`Tokenizer`]'s list), looked
/// up by its [`packed`] bytes: a cheaper key to hash and compare than a string, for the language
/// test that asks it of the first hundred words of every article.
pub(crate) fn is_english_stop_word(word: &str) -> bool {
    static PACKED: std::sync::LazyLock<(FxHashSet<u128>, FxHashSet<&'static str>)> =
        std::sync::LazyLock::new(|| {
            let (mut short, mut long) = (FxHashSet::default(), FxHashSet::default());
            for &w in stop_words::get("en") {
                match packed(w) {
                    Some(key) => {
                        short.insert(key);
                    }
                    None => {
                        long.insert(w);
                    }
                }
            }
            (short, long)
        });
    let (short, long) = &*PACKED;
    match packed(word) {
        Some(key) => short.contains(&key),
        None => !long.is_empty() && long.contains(word),
    }
}

thread_local! {
    /// One lexicon per language (English first), so a thread that meets several languages keeps
    /// each one's stems apart.
    static LEXICONS: RefCell<Vec<Lexicon>> = const { RefCell::new(Vec::new()) };
}

/// Takes the thread's lexicon for `language` out of its slot (an empty one the first time).
fn take_lexicon(language: Language) -> Lexicon {
    LEXICONS.with(|l| {
        let mut all = l.borrow_mut();
        if all.len() < LANGUAGE_COUNT {
            all.resize_with(LANGUAGE_COUNT, Lexicon::default);
        }
        std::mem::take(&mut all[language.index()])
    })
}

/// Puts a lexicon back into the thread's slot for `language`.
fn put_lexicon(language: Language, lexicon: Lexicon) {
    // `try_with`: the thread may be shutting down
    let _ = LEXICONS.try_with(|l| {
        if let Some(slot) = l.borrow_mut().get_mut(language.index()) {
            *slot = lexicon;
        }
    });
}

impl Lexicon {
    /// How many words the lexicon holds.
    fn remembered(&self) -> usize {
        self.short_words.len() + self.words.len()
    }

    /// Starts a cluster: earlier clusters' term ids no longer count.
    fn begin_cluster(&mut self) {
        if self.remembered() >= MAX_REMEMBERED {
            *self = Lexicon::default();
        }
        if self.short_words.capacity() == 0 {
            // a news thread meets tens of thousands of words: skip the first rounds of growth
            self.short_words.reserve(1 << 14);
            self.words.reserve(1 << 8);
            self.stem_numbers.reserve(1 << 13);
            self.stems.reserve(1 << 13);
            self.terms.reserve(1 << 13);
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            // wrapped: stale stamps could collide with the new generation
            self.terms.iter_mut().for_each(|t| *t = (0, 0));
            self.generation = 1;
        }
    }

    #[inline]
    fn known(&mut self, word: &str, tokenizer: &Tokenizer) -> KnownWord {
        let key = packed(word);
        let found = match key {
            Some(key) => self.short_words.get(&key),
            None => self.words.get(word),
        };
        match found {
            Some(&known) => known,
            None => self.learn(word, key, tokenizer),
        }
    }

    /// [`Lexicon::known`] for a word met for the first time: stems and remembers it.
    #[cold]
    #[inline(never)]
    fn learn(&mut self, word: &str, key: Option<u128>, tokenizer: &Tokenizer) -> KnownWord {
        let stem = match &tokenizer.stemmer {
            Some(Stemming::Snowball(stemmer)) => stemmer.stem(word),
            Some(Stemming::ArabicProclitics) => {
                std::borrow::Cow::Borrowed(super::arabic::strip_proclitic(word))
            }
            None => std::borrow::Cow::Borrowed(word),
        };
        let number = match self.stem_numbers.get(stem.as_ref()) {
            Some(&n) => n,
            None => {
                let n = self.stems.len() as u32;
                self.stem_numbers.insert(stem.as_ref().into(), n);
                self.stems.push(stem.as_ref().into());
                self.terms.push((0, 0));
                n
            }
        };
        let known = KnownWord {
            stem: number,
            is_stop: tokenizer.stop_words.contains(word),
            is_plain: stem.as_ref() == word,
        };
        match key {
            Some(key) => self.short_words.insert(key, known),
            None => self.words.insert(word.into(), known),
        };
        known
    }
}

/// How a tokenizer maps a word to its stem.
#[derive(Clone)]
enum Stemming {
    /// A Snowball stemmer (`rust-stemmers`).
    Snowball(Arc<Stemmer>),
    /// Arabic: the article and the conjunctions joined to a word come off
    /// ([`super::arabic::strip_proclitic`]); the word is otherwise kept as written.
    ArabicProclitics,
}

/// Splits text into lower-cased alphanumeric tokens and maps them to stemmed term ids.
///
/// The default is English (NLTK's stop words, Snowball English, alphanumeric runs);
/// [`Tokenizer::for_language`] gives another language's stop words, its Snowball stemmer where
/// `rust-stemmers` has one (else words stay unstemmed; Arabic
/// loses its joined article and conjunctions, [`super::arabic`]) and Unicode word boundaries.
#[derive(Clone)]
pub struct Tokenizer {
    stemmer: Option<Stemming>,
    stop_words: Arc<FxHashSet<&'static str>>,
    language: Language,
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
            stemmer: Some(Stemming::Snowball(Arc::new(Stemmer::create(
                Algorithm::English,
            )))),
            stop_words: Arc::new(stop_words),
            language: Language::English,
        }
    }
}

impl Tokenizer {
    pub fn new() -> Self {
        Self::default()
    }

    /// The tokenizer for `language` (the default one for English).
    pub fn for_language(language: Language) -> Self {
        if language == Language::English {
            return Self::default();
        }
        // Measured on MultiLing 2011 (BENCHMARKS.md, "Beyond English"): in Arabic and Greek, NLTK's
        // stop-word lists and the Snowball stemmers cost 2-3 ROUGE-1 points (their lists hold words
        // that carry news content, and the stemmers conflate forms the summaries keep apart), so
        // those two languages count every word. Greek is read unstemmed; Arabic loses only the
        // article and the conjunctions it writes joined to the word (`text::arabic`).
        let stemmer = match language {
            Language::Arabic => Some(Stemming::ArabicProclitics),
            Language::Greek => None,
            _ => language
                .stemmer()
                .map(|a| Stemming::Snowball(Arc::new(Stemmer::create(a)))),
        };
        let stop = !matches!(language, Language::Arabic | Language::Greek);
        Tokenizer {
            stemmer,
            stop_words: Arc::new(if stop {
                language.stop_words().iter().copied().collect()
            } else {
                FxHashSet::default()
            }),
            language,
        }
    }

    /// The language whose words this tokenizer reads.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether a lower-case word is a stop word of the tokenizer's language.
    pub fn is_stop_word(&self, lower: &str) -> bool {
        self.stop_words.contains(lower)
    }

    /// Calls `f` with every lower-cased alphanumeric token of `text`: [`crate::words::for_each_word`].
    pub fn for_each_word(text: &str, f: impl FnMut(&str)) {
        crate::words::for_each_word(text, f)
    }

    /// A tokenizer for one cluster's texts: call [`ClusterTokenizer::tokenize`] on each, then
    /// [`ClusterTokenizer::finish`] for the cluster's [`Vocabulary`].
    pub fn for_cluster(&self) -> ClusterTokenizer<'_> {
        let mut lexicon = take_lexicon(self.language);
        lexicon.begin_cluster();
        ClusterTokenizer {
            tokenizer: self,
            lexicon,
            vocabulary: Vocabulary::default(),
        }
    }

    /// The Snowball stem of a lower-case word (remembered per thread, so each word is stemmed
    /// about once per thread).
    pub fn stem(&self, word: &str) -> String {
        let mut lexicon = take_lexicon(self.language);
        if lexicon.remembered() >= MAX_REMEMBERED {
            lexicon = Lexicon::default();
        }
        let known = lexicon.known(word, self);
        let stem = lexicon.stems[known.stem as usize].to_string();
        put_lexicon(self.language, lexicon);
        stem
    }
}

/// Tokenizes the texts of one cluster into term ids of one [`Vocabulary`]; see
/// [`Tokenizer::for_cluster`]. Holds the thread's word memory while it lives.
pub struct ClusterTokenizer<'a> {
    tokenizer: &'a Tokenizer,
    lexicon: Lexicon,
    vocabulary: Vocabulary,
}

impl ClusterTokenizer<'_> {
    /// Appends the term ids of `text`'s tokens to `out`, adding new terms to the vocabulary.
    pub fn tokenize(&mut self, text: &str, out: &mut Vec<TermId>) {
        self.tokenize_at(text, out, None);
    }

    /// [`ClusterTokenizer::tokenize`], also appending to `ranges` the byte range of each word in
    /// `text` ([`crate::words::word_ranges`]) when the language's tokens are those words; returns
    /// whether it did (else `ranges` is left as it was).
    pub fn tokenize_at(
        &mut self,
        text: &str,
        out: &mut Vec<TermId>,
        ranges: Option<&mut Vec<std::ops::Range<usize>>>,
    ) -> bool {
        let ClusterTokenizer {
            tokenizer,
            lexicon,
            vocabulary,
        } = self;
        let mut each = |word: &str| {
            let known = lexicon.known(word, tokenizer);
            let generation = lexicon.generation;
            let slot = &mut lexicon.terms[known.stem as usize];
            let term = if slot.0 == generation {
                slot.1
            } else {
                let term = vocabulary.ends.len() as TermId;
                *slot = (generation, term);
                vocabulary
                    .stem_text
                    .push_str(&lexicon.stems[known.stem as usize]);
                vocabulary.ends.push(vocabulary.stem_text.len() as u32);
                vocabulary.stop.push(false);
                vocabulary.plain.push(false);
                term
            };
            // a term is a stop word when any of its surface forms in the cluster is one
            vocabulary.stop[term as usize] |= known.is_stop;
            vocabulary.plain[term as usize] |= known.is_plain;
            out.push(term);
        };
        if tokenizer.language.has_unicode_words() {
            crate::words::for_each_unicode_word(text, &mut each);
            return false;
        }
        match ranges {
            Some(ranges) => {
                crate::words::for_each_word_at(text, |word, range| {
                    each(word);
                    ranges.push(range);
                });
                true
            }
            None => {
                Tokenizer::for_each_word(text, &mut each);
                false
            }
        }
    }

    /// The cluster's vocabulary.
    pub fn finish(mut self) -> Vocabulary {
        std::mem::take(&mut self.vocabulary)
    }
}

impl Drop for ClusterTokenizer<'_> {
    fn drop(&mut self) {
        let lexicon = std::mem::take(&mut self.lexicon);
        put_lexicon(self.tokenizer.language, lexicon);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokenize(t: &Tokenizer, text: &str) -> (Vec<TermId>, Vocabulary) {
        let mut cluster = t.for_cluster();
        let mut out = Vec::new();
        cluster.tokenize(text, &mut out);
        (out, cluster.finish())
    }

    #[test]
    fn english_stop_words_by_packed_bytes_are_the_tokenizers() {
        let t = Tokenizer::new();
        for &w in stop_words::get("en") {
            assert!(is_english_stop_word(w), "{w}");
        }
        for w in [
            "",
            "the",
            "thee",
            "a",
            "x",
            "storm",
            "themselves",
            "themselvesx",
            "otherwise",
        ] {
            assert_eq!(is_english_stop_word(w), t.is_stop_word(w), "{w}");
        }
    }

    #[test]
    fn packing_equals_the_zero_padded_bytes() {
        for len in 0..=20 {
            let word: String = (0..len)
                .map(|i| (b'a' + (i * 7 % 26) as u8) as char)
                .collect();
            let want = (len <= 16).then(|| {
                let mut buf = [0u8; 16];
                buf[..len].copy_from_slice(word.as_bytes());
                u128::from_le_bytes(buf)
            });
            assert_eq!(packed(&word), want, "{word}");
        }
    }

    #[test]
    fn tokens_are_lowercased_stemmed_and_share_ids() {
        let t = Tokenizer::new();
        let (out, v) = tokenize(&t, "Iran's forces; IRAN withdrew the force.");
        // iran s forces iran withdrew the force
        assert_eq!(out.len(), 7);
        assert_eq!(out[0], out[3], "case must not matter");
        assert_eq!(out[2], out[6], "forces and force share a stem");
        assert!(v.is_stop(out[5]), "'the' is a stop word");
        assert!(!v.is_stop(out[0]));
        assert_eq!(v.stem(out[4]), "withdrew");
        assert_eq!(v.find_stem("forc"), Some(out[2]));
        assert_eq!(v.find_stem("absent"), None);
        assert_eq!(v.find_plain_word("iran"), Some(out[0]));
        assert_eq!(
            v.find_plain_word("forc"),
            None,
            "no word of the text is spelled 'forc'"
        );
    }

    #[test]
    fn each_cluster_numbers_its_own_terms_from_zero() {
        let t = Tokenizer::new();
        let (first, _) = tokenize(&t, "alpha beta gamma");
        let (second, v) = tokenize(&t, "gamma delta alpha");
        assert_eq!(first, [0, 1, 2]);
        assert_eq!(
            second,
            [0, 1, 2],
            "ids are dense per cluster, in order of first use"
        );
        assert_eq!(v.len(), 3);
        assert_eq!(v.stem(0), "gamma");
        assert_eq!(v.stem(2), "alpha");
    }

    #[test]
    fn a_stem_is_a_stop_word_only_where_a_stop_form_occurs() {
        let t = Tokenizer::new();
        let (out, v) = tokenize(&t, "the rules");
        assert!(v.is_stop(out[0]));
        assert!(!v.is_stop(out[1]));
        // a later cluster does not inherit stop marks from an earlier one's forms
        let (out, v) = tokenize(&t, "rules");
        assert!(!v.is_stop(out[0]));
    }

    #[test]
    fn non_ascii_letters_are_word_characters() {
        let mut words = Vec::new();
        Tokenizer::for_each_word("Zürich’s café — 3.5% ÉCOLE naïve x", |w| {
            words.push(w.to_string())
        });
        assert_eq!(
            words,
            ["zürich", "s", "café", "3", "5", "école", "naïve", "x"]
        );
    }

    #[test]
    fn stems_agree_inside_and_outside_a_cluster() {
        let t = Tokenizer::new();
        let (out, v) = tokenize(&t, "Running runners ran");
        assert_eq!(v.stem(out[0]), t.stem("running"));
        assert_eq!(v.stem(out[1]), t.stem("runners"));
        assert_eq!(t.stem("ran"), "ran");
    }

    #[test]
    fn arabic_words_with_and_without_the_article_share_a_term() {
        let t = Tokenizer::for_language(Language::Arabic);
        // approved, the government, and (she) said, and the government, for the government,
        // government, in
        let (out, v) = tokenize(&t, "وافقت الحكومة، وقالت والحكومة للحكومة حكومة في");
        assert_eq!(out.len(), 7);
        assert_eq!(out[1], out[3]);
        assert_eq!(out[1], out[4]);
        assert_eq!(out[1], out[5]);
        assert_eq!(v.stem(out[1]), "حكومة");
        assert_eq!(v.stem(out[2]), "قالت");
        assert_eq!(v.stem(out[6]), "في");
        // no Arabic word is a stop word (NLTK's list cost ROUGE on MultiLing 2011)
        assert!(out.iter().all(|&term| !v.is_stop(term)));
        // English keeps its Snowball stems
        assert_eq!(
            Tokenizer::for_language(Language::English).stem("governments"),
            "govern"
        );
    }
}
