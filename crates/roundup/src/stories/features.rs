//! What the story grouper knows about one article, computed once (in parallel, batch by batch):
//! its content terms with counts and whether they occur in the headline or lead, the MinHash
//! signature of its word shingles, and its publication day.
//!
//! Words are split as the shared tokenizer splits them ([`Tokenizer::for_each_word`]) and stemmed
//! by it (the same lower-cased Snowball stems and NLTK stop words as the summarizer). A term is a
//! hash of its stem, the same in every thread; a term whose stem is a stop word's stem is left out,
//! whatever words a thread has seen before (so the features, and the stories, do not depend on
//! how articles were spread over threads). Each worker thread remembers each word's term, so a word
//! is stemmed about once per thread.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;

use super::minhash::{Signature, BANDS};
use crate::clean::dedupe::shingles_of_word_hashes;
#[cfg(test)]
use crate::clean::shingles;
use crate::model::Article;
use crate::text::Tokenizer;

/// A term of one article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TermCount {
    /// Hash of the term's stem (the same across threads and articles).
    pub key: u64,
    /// Occurrences in the article (within the words looked at).
    pub count: u32,
    /// Whether it occurs in the title or the lead (the first words of the text).
    pub lead: bool,
    /// Whether it reads as a name: capitalized inside a sentence (not all capitals, not the
    /// sentence's first word) at least once. Never set for lower-cased text.
    pub name: bool,
}

/// One article's grouping features.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleFeatures {
    /// Content terms (stop words, one-character tokens and numbers under three digits left out),
    /// sorted by key.
    pub terms: Vec<TermCount>,
    /// Content tokens counted in `terms`.
    pub content_words: u32,
    /// All word tokens of title and text (within the limit).
    pub words: u32,
    /// MinHash of the text's word shingles; `None` for a text without words.
    pub signature: Option<Signature>,
    /// The signature's LSH band keys ([`Signature::band_keys`]), computed here so the sequential
    /// assignment need not.
    pub band_keys: Option<[u64; BANDS]>,
    /// Publication day (days since 1970-01-01), when the article's date could be read.
    pub day: Option<i32>,
    /// Byte length of the text's first [`LEAD_TEXT_WORDS`] words (what is kept of a text when texts
    /// are not kept), measured here so the sequential assignment need not scan the text.
    pub lead_text_len: usize,
}

/// Words of an article's text kept when texts are not (for its headline).
pub const LEAD_TEXT_WORDS: usize = 120;

/// Feature extraction settings.
#[derive(Debug, Clone)]
pub struct FeatureExtractor {
    tokenizer: Tokenizer,
    /// Words of title + text looked at for terms (bounds the cost of very long articles).
    pub max_words: usize,
    /// Words of the text that make up the lead.
    pub lead_words: usize,
    /// Words of the text shingled for near-duplicate detection.
    pub shingle_words: usize,
}

impl Default for FeatureExtractor {
    fn default() -> Self {
        FeatureExtractor {
            tokenizer: Tokenizer::new(),
            max_words: 600,
            lead_words: 40,
            shingle_words: 1000,
        }
    }
}

/// Per-thread stem cache: each surface word's stem hash and whether it is a stop word, found by a
/// 64-bit hash of the word (no string comparison on the hot path; two words sharing a 64-bit hash,
/// about one pair in 10^7 at a million words, would share a term).
///
/// An open-addressing table (word hashes are well mixed), so that an article's words can be
/// fetched side by side before they are looked up: the table is large and its lookups scattered.
#[derive(Default)]
struct StemCache {
    /// (surface word hash, stem hash, stop word, used); a power of two long, at most half full.
    slots: Vec<CacheSlot>,
    len: usize,
    /// One article's words: (word hash, lead, name, end of the word in `words`).
    seen: Vec<(u64, bool, bool, u32)>,
    /// Their (lower-cased) text, one after another, for stemming those not cached yet.
    words: String,
}

#[derive(Clone, Copy, Default)]
struct CacheSlot {
    word: u64,
    stem: u64,
    stop: bool,
    used: bool,
}

impl StemCache {
    /// Makes room for `n` more words (so that none moves during an article's lookups).
    fn reserve(&mut self, n: usize) {
        let need = (self.len + n) * 2;
        // (never left empty: `touch` and `get_or_insert` mask with its length minus one)
        if need <= self.slots.len() && !self.slots.is_empty() {
            return;
        }
        let size = need.next_power_of_two().max(1 << 12);
        let old = std::mem::replace(&mut self.slots, vec![CacheSlot::default(); size]);
        let mask = size - 1;
        for slot in old.into_iter().filter(|s| s.used) {
            let mut i = slot.word as usize & mask;
            while self.slots[i].used {
                i = (i + 1) & mask;
            }
            self.slots[i] = slot;
        }
    }

    /// Fetches the slots of the words in `seen`, side by side.
    fn touch(&self) {
        let mask = self.slots.len() - 1;
        let mut first = 0u64;
        for &(h, ..) in &self.seen {
            first ^= self.slots[h as usize & mask].word;
        }
        std::hint::black_box(first);
    }

    /// The cached (stem hash, stop) of word hash `h`, or `make()` cached (room made by `reserve`).
    fn get_or_insert(&mut self, h: u64, make: impl FnOnce() -> (u64, bool)) -> (u64, bool) {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots[i];
            if !slot.used {
                break;
            }
            if slot.word == h {
                return (slot.stem, slot.stop);
            }
            i = (i + 1) & mask;
        }
        let (stem, stop) = make();
        self.slots[i] = CacheSlot {
            word: h,
            stem,
            stop,
            used: true,
        };
        self.len += 1;
        (stem, stop)
    }
}

/// The stem hashes of the NLTK English stop words.
fn stop_stems(tokenizer: &Tokenizer) -> &'static rustc_hash::FxHashSet<u64> {
    static STOP: std::sync::OnceLock<rustc_hash::FxHashSet<u64>> = std::sync::OnceLock::new();
    STOP.get_or_init(|| {
        stop_words::get("en")
            .iter()
            .map(|w| stem_key(&tokenizer.stem(&w.to_lowercase())))
            .collect()
    })
}

/// Beyond this many distinct words a thread's cache starts over (bounded memory on endless streams).
const MAX_CACHED_TERMS: usize = 1 << 20;

thread_local! {
    static CACHE: RefCell<StemCache> = RefCell::new(StemCache::default());
}

fn stem_key(stem: &str) -> u64 {
    let mut h = FxHasher::default();
    stem.hash(&mut h);
    // FxHash's low bits are weak for short strings; finalise.
    let x = h.finish();
    let x = (x ^ (x >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^ (x >> 33)
}

/// A 64-bit hash of a surface word.
fn word_hash(word: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(word.as_bytes());
    let x = h.finish();
    let x = (x ^ (x >> 33)).wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// A token that carries no story signal by itself.
fn skip_token(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (None, _) | (Some(_), None) => true,
        _ => word.len() < 3 && word.bytes().all(|b| b.is_ascii_digit()),
    }
}

/// Calls `f` with each lower-cased word of `text` (split as every stage splits, [`crate::words`])
/// and whether it reads as a name: its first letter a capital, not every letter a capital, and not
/// the first word of a sentence (after `.`, `!`, `?`, `:`, a line break or the start).
pub fn for_each_cased_word(text: &str, mut f: impl FnMut(&str, bool)) {
    for_each_cased_word_at(text, |word, name, _| f(word, name));
}

/// [`for_each_cased_word`], with each word's byte range in `text`.
fn for_each_cased_word_at(text: &str, mut f: impl FnMut(&str, bool, std::ops::Range<usize>)) {
    // a sentence starts at the text's start and after any of these between two words
    let mut gap_start = 0;
    let mut first = true;
    crate::words::for_each_word_at(text, |word, range| {
        let sentence_start = first
            || text[gap_start..range.start].contains(['.', '!', '?', ':', '\n', '"', '`', '_']);
        first = false;
        gap_start = range.end;
        let surface = &text[range.clone()];
        let first_upper = surface.chars().next().is_some_and(char::is_uppercase);
        let all_upper = !surface.chars().any(char::is_lowercase);
        f(word, first_upper && !all_upper && !sentence_start, range);
    });
}

/// The text up to (not including) its `n`-th word, splitting as [`crate::clean::shingles`] does.
pub fn prefix_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            if words == n {
                return &text[..i];
            }
            words += 1;
        }
        in_word = w;
    }
    text
}

impl FeatureExtractor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Computes an article's features.
    pub fn extract(&self, article: &Article) -> ArticleFeatures {
        let mut terms: Vec<TermCount> = Vec::new();
        let mut words = 0u32;
        let mut content_words = 0u32;
        // The byte length of `prefix_words(text, LEAD_TEXT_WORDS)` (no further than the shingled
        // words), from the word pass.
        let mut lead_text_len = 0;
        let mut shingle_words: Vec<u64> = Vec::new();
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.len > MAX_CACHED_TERMS {
                *cache = StemCache::default();
            }
            let stop_stems = stop_stems(&self.tokenizer);
            // The words first (hashed, their text kept), then their cache slots fetched side by
            // side, then looked up in order (a word not cached yet is stemmed and cached).
            let StemCache {
                seen,
                words: text_of,
                ..
            } = &mut *cache;
            seen.clear();
            text_of.clear();
            // The starts of the text's LEAD_TEXT_WORDS-th and shingle_words-th words, found on
            // the way (as `prefix_words` would find them).
            let mut cuts = [None::<usize>; 2];
            // The hashes of the words shingled (the first shingle_words of the text).
            shingle_words.clear();
            // sentences written to the site's reader ("Breaking News Emails Get breaking news
            // alerts ...") say nothing of the story: their words are neither terms nor lead
            let furniture = crate::clean::page_furniture_spans(&article.text);
            let mut next_furniture = 0usize;
            let mut visit = |text: &str, lead_words: usize, budget: &mut usize, at_text: bool| {
                let mut k = 0usize;
                let mut n = 0usize;
                for_each_cased_word_at(text, |word, name, range| {
                    if at_text {
                        if n == LEAD_TEXT_WORDS {
                            cuts[0] = Some(range.start);
                        }
                        if n == self.shingle_words {
                            cuts[1] = Some(range.start);
                        }
                        if n < self.shingle_words {
                            shingle_words.push(crate::words::word_hash(word));
                        }
                        n += 1;
                    }
                    if *budget == 0 {
                        return;
                    }
                    *budget -= 1;
                    words += 1;
                    if at_text && !furniture.is_empty() {
                        while furniture
                            .get(next_furniture)
                            .is_some_and(|f| f.end <= range.start)
                        {
                            next_furniture += 1;
                        }
                        if furniture
                            .get(next_furniture)
                            .is_some_and(|f| f.start <= range.start)
                        {
                            return;
                        }
                    }
                    let lead = k < lead_words;
                    k += 1;
                    if skip_token(word) {
                        return;
                    }
                    text_of.push_str(word);
                    seen.push((word_hash(word), lead, name, text_of.len() as u32));
                });
            };
            let mut budget = self.max_words;
            if let Some(title) = article.title.as_deref() {
                visit(title, usize::MAX, &mut budget, false);
            }
            visit(&article.text, self.lead_words, &mut budget, true);
            let len = article.text.len();
            lead_text_len = cuts[0].unwrap_or(len).min(cuts[1].unwrap_or(len));
            let n = cache.seen.len();
            cache.reserve(n);
            cache.touch();
            let seen = std::mem::take(&mut cache.seen);
            let text_of = std::mem::take(&mut cache.words);
            let mut raw: Vec<(u64, bool, bool)> = Vec::with_capacity(n);
            let mut start = 0usize;
            for &(h, lead, name, end) in &seen {
                let word = &text_of[start..end as usize];
                start = end as usize;
                let (key, stop) = cache.get_or_insert(h, || {
                    let key = stem_key(&self.tokenizer.stem(word));
                    (key, stop_stems.contains(&key))
                });
                if !stop {
                    raw.push((key, lead, name));
                }
            }
            cache.seen = seen;
            cache.words = text_of;
            content_words = raw.len() as u32;
            // Each language other than English has its own term space, so stories never join
            // articles of different languages (names and numbers alone would otherwise bring a
            // French report and an English one on the same event together, and the story's
            // summary could read neither); English keys stay as they always were.
            let language = crate::text::article_language(&article.text);
            if language != crate::lang::Language::English {
                let salt = 0x9E37_79B9_7F4A_7C15u64.wrapping_mul(language.index() as u64 + 1);
                for r in &mut raw {
                    r.0 ^= salt;
                }
            }
            raw.sort_unstable_by_key(|&(key, _, _)| key);
            for (key, lead, name) in raw {
                match terms.last_mut() {
                    Some(last) if last.key == key => {
                        last.count += 1;
                        last.lead |= lead;
                        last.name |= name;
                    }
                    _ => terms.push(TermCount {
                        key,
                        count: 1,
                        lead,
                        name,
                    }),
                }
            }
        });
        let signature = Signature::of(&shingles_of_word_hashes(&shingle_words));
        ArticleFeatures {
            terms,
            content_words,
            words,
            band_keys: signature.as_ref().map(Signature::band_keys),
            signature,
            day: article.date.as_deref().and_then(parse_day),
            lead_text_len,
        }
    }
}

pub use crate::dates::parse_day;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn articles_in_different_languages_share_no_terms() {
        let x = FeatureExtractor::new();
        let en = x.extract(&art(
            None,
            "Barack Obama met Angela Merkel in Berlin on Tuesday to discuss the 2009 climate summit in Copenhagen and the economy.",
            None,
        ));
        let fr = x.extract(&art(
            None,
            "Barack Obama a rencontré Angela Merkel mardi à Berlin pour discuter du sommet de Copenhague sur le climat de 2009 et de l'économie.",
            None,
        ));
        let fr2 = x.extract(&art(
            None,
            "À Berlin, Angela Merkel et Barack Obama ont parlé du climat et du sommet de Copenhague, prévu en 2009, selon les deux délégations.",
            None,
        ));
        let keys = |f: &ArticleFeatures| f.terms.iter().map(|t| t.key).collect::<Vec<_>>();
        assert!(
            keys(&en).iter().all(|k| !keys(&fr).contains(k)),
            "English and French share a term"
        );
        let shared = keys(&fr).iter().filter(|k| keys(&fr2).contains(k)).count();
        assert!(
            shared >= 5,
            "two French articles on one event share {shared} terms"
        );
    }

    fn art(title: Option<&str>, text: &str, date: Option<&str>) -> Article {
        Article {
            id: "a".into(),
            title: title.map(String::from),
            date: date.map(String::from),
            text: text.into(),
            ..Article::default()
        }
    }

    #[test]
    fn dates_parse_to_days() {
        assert_eq!(parse_day("1970-01-01"), Some(0));
        assert_eq!(parse_day("1998-10-01"), Some(10_500));
        assert_eq!(parse_day("19981001"), Some(10_500));
        assert_eq!(parse_day("1998/10/02T10:00:00Z"), Some(10_501));
        assert_eq!(parse_day("2000-02-29"), Some(11_016));
        assert_eq!(parse_day("1999-02-29"), None);
        assert_eq!(parse_day("1998-13-01"), None);
        assert_eq!(parse_day("yesterday"), None);
        assert_eq!(parse_day(""), None);
        assert_eq!(parse_day("199810011"), None);
    }

    #[test]
    fn terms_are_stemmed_content_words_with_lead_marks() {
        let x = FeatureExtractor {
            lead_words: 4,
            ..FeatureExtractor::default()
        };
        let f = x.extract(&art(
            Some("Bridge closed"),
            "The city closed the bridge. Inspectors found corroded girders; the bridges stay closed. 12 of 2024",
            Some("2024-09-11"),
        ));
        let key = |w: &str| stem_key(w);
        let get = |w: &str| f.terms.iter().find(|t| t.key == key(w)).copied();
        // bridge ×3 (title, text, "bridges"), close ×3; "the" is a stop word; "12" too short a number
        assert_eq!(get("bridg").map(|t| (t.count, t.lead)), Some((3, true)));
        assert_eq!(get("close").map(|t| t.count), Some(3));
        assert_eq!(get("inspector").map(|t| t.lead), Some(false));
        assert!(get("the").is_none() && get("12").is_none());
        assert_eq!(get("2024").map(|t| t.count), Some(1));
        assert!(f.terms.windows(2).all(|w| w[0].key < w[1].key));
        assert_eq!(f.day, parse_day("2024-09-11"));
        assert!(f.signature.is_some());
        assert_eq!(f.words, 18);
    }

    #[test]
    fn empty_and_wordless_articles_have_no_terms_or_signature() {
        let f = FeatureExtractor::new().extract(&art(None, " ,.; ", None));
        assert!(f.terms.is_empty() && f.signature.is_none() && f.day.is_none());
        assert_eq!(f.words, 0);
    }

    #[test]
    fn names_are_capitalized_words_inside_sentences() {
        let mut seen = Vec::new();
        for_each_cased_word(
            "Swissair said on Tuesday. The FAA and Boeing: Investigators met in Halifax",
            |w, name| seen.push((w.to_string(), name)),
        );
        let names: Vec<&str> = seen.iter().filter(|x| x.1).map(|x| x.0.as_str()).collect();
        // Sentence-initial words and all-capital acronyms are not names.
        assert_eq!(names, ["tuesday", "boeing", "halifax"]);
        assert_eq!(seen.len(), 12);
        let f = FeatureExtractor::new().extract(&art(None, "the talks in geneva went on", None));
        assert!(
            f.terms.iter().all(|t| !t.name),
            "lower-cased text has no names"
        );
    }

    #[test]
    fn features_do_not_depend_on_what_the_thread_saw_before() {
        // "wills" stems to "will", a stop word's stem: left out whether or not this thread has
        // met "will" itself (the tokenizer's own vocabulary marks a stem stop only once it has).
        let article = art(
            None,
            "Lawyers read the wills aloud in Port Calloway court",
            None,
        );
        let fresh = std::thread::spawn({
            let a = article.clone();
            move || FeatureExtractor::new().extract(&a)
        })
        .join()
        .unwrap();
        let primed = std::thread::spawn({
            let a = article.clone();
            move || {
                let x = FeatureExtractor::new();
                x.extract(&art(None, "They will decide what they can", None));
                x.extract(&a)
            }
        })
        .join()
        .unwrap();
        assert_eq!(fresh, primed);
        assert!(fresh.terms.iter().all(|t| t.key != stem_key("will")));
        // lawyers read aloud port calloway court ("the", "in" and "wills" left out)
        assert_eq!(fresh.content_words, 6, "{fresh:?}");
    }

    /// The character-by-character definition [`for_each_cased_word`] must keep.
    fn cased_words_one_char_at_a_time(text: &str) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        let mut buf = String::new();
        let (mut first_upper, mut all_upper, mut sentence_start) = (false, true, true);
        let mut starts_here = true;
        for ch in text.chars() {
            if ch.is_alphanumeric() {
                if buf.is_empty() {
                    first_upper = ch.is_uppercase();
                    all_upper = true;
                    starts_here = sentence_start;
                    sentence_start = false;
                }
                if ch.is_lowercase() {
                    all_upper = false;
                }
                buf.extend(ch.to_lowercase());
            } else {
                if !buf.is_empty() {
                    out.push((
                        std::mem::take(&mut buf),
                        first_upper && !all_upper && !starts_here,
                    ));
                }
                if matches!(ch, '.' | '!' | '?' | ':' | '\n' | '"' | '`' | '_') {
                    sentence_start = true;
                }
            }
        }
        if !buf.is_empty() {
            out.push((buf, first_upper && !all_upper && !starts_here));
        }
        out
    }

    #[test]
    fn cased_words_follow_the_char_by_char_definition() {
        for text in [
            "Swissair said on Tuesday. The FAA and Boeing: Investigators met in Halifax",
            "\"Quoted,\" Mr. Émile Zola said_then İstanbul x²y NATO's Über",
            "",
            "  ...  ",
        ] {
            let mut got = Vec::new();
            for_each_cased_word(text, |w, n| got.push((w.to_string(), n)));
            assert_eq!(got, cased_words_one_char_at_a_time(text), "{text:?}");
        }
    }

    #[test]
    fn prefix_cuts_before_the_nth_word() {
        assert_eq!(prefix_words("a b, c d", 2), "a b, ");
        assert_eq!(prefix_words("a b", 5), "a b");
        assert_eq!(prefix_words("", 0), "");
    }

    proptest! {
        #[test]
        fn cased_words_match_the_definition_on_any_text(text in "[A-Za-zÉéİ1 .:!?\"_\n,-]{0,60}") {
            let mut got = Vec::new();
            for_each_cased_word(&text, |w, n| got.push((w.to_string(), n)));
            prop_assert_eq!(got, cased_words_one_char_at_a_time(&text));
        }

        #[test]
        fn extraction_never_panics(title in proptest::option::of("\\PC{0,40}"), text in "\\PC{0,400}", date in "\\PC{0,12}") {
            let f = FeatureExtractor::new().extract(&art(title.as_deref(), &text, Some(&date)));
            prop_assert!(f.content_words <= f.words);
            prop_assert!(f.terms.iter().map(|t| t.count).sum::<u32>() == f.content_words);
        }

        #[test]
        fn cuts_found_in_the_word_pass_match_prefix_words(
            title in proptest::option::of("[A-Za-z ]{0,20}"),
            text in "([A-Za-zÉé0-9²]{1,4}[ .,\n]{1,2}){0,200}",
            shingle_words in 0usize..160,
        ) {
            let x = FeatureExtractor { shingle_words, ..FeatureExtractor::default() };
            let f = x.extract(&art(title.as_deref(), &text, None));
            // the lead never runs past the shingled words (only when shingle_words is below
            // LEAD_TEXT_WORDS: 1,000 against 120 by default)
            let shingled = prefix_words(&text, shingle_words).len();
            let lead = prefix_words(&text, LEAD_TEXT_WORDS).len().min(shingled);
            prop_assert_eq!(f.lead_text_len, lead);
            prop_assert_eq!(f.signature, Signature::of(&shingles(&text[..shingled])));
        }

        #[test]
        fn valid_dates_round_trip(y in 1900i32..2100, m in 1i32..=12, d in 1i32..=28) {
            let a = parse_day(&format!("{y:04}-{m:02}-{d:02}")).unwrap();
            let b = parse_day(&format!("{y:04}{m:02}{d:02}")).unwrap();
            prop_assert_eq!(a, b);
            if d < 28 {
                prop_assert_eq!(parse_day(&format!("{y:04}-{m:02}-{:02}", d + 1)), Some(a + 1));
            }
        }
    }
}
