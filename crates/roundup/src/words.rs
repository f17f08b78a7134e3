//! Words as every stage sees them: maximal runs of alphanumeric characters, lower-cased. The
//! analyser's tokens, the clean stage's copy detection, the story grouper's terms and names and
//! the comparison's word offsets all split text the same way, through [`for_each_word_at`].

use std::ops::Range;

/// English cardinal number words, lower-case: a count (`10 reports`, `three reports`) or a
/// sentence's first word (`Fourteen`), never a name.
const CARDINAL_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousands",
    "dozen",
    "dozens",
];

/// Whether a lower-case word is an English cardinal number word ([`CARDINAL_WORDS`]).
pub(crate) fn is_cardinal_word(lower: &str) -> bool {
    CARDINAL_WORDS.contains(&lower)
}

/// Whether `text` writes names in capitals: at least one capital opening a word right after a
/// lower-case word or a comma (`said John`, `in Houston`) per 1,000 bytes. News does (3-23 per
/// 1,000 bytes on DUC articles); Multi-News's lower-cased text does not (`giuliani told the
/// post`), and there a word written in lower case may still be a name. Text under 1,000 bytes
/// needs one such capital; under 500 bytes there is too little to tell, and capitals are assumed.
pub(crate) fn writes_names_in_capitals(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() < 500 || capitals_inside_sentences(b) * 1_000 >= b.len().max(1_000)
}

/// Whether the text around `range` (1,000 bytes each side) writes names in capitals: a capital
/// after a lower-case word or a comma, one per 1,000 bytes at least. Read where it is needed, so
/// that a lower-cased text (Multi-News) keeps what only capitals tell apart.
pub(crate) fn names_in_capitals_around(text: &str, range: std::ops::Range<usize>) -> bool {
    let lo = text.floor_char_boundary(range.start.saturating_sub(1_000));
    let hi = text.ceil_char_boundary((range.end + 1_000).min(text.len()));
    let b = &text.as_bytes()[lo..hi];
    let inside = capitals_inside_sentences(b);
    inside >= 1 && inside * 1_000 >= b.len()
}

/// How many capitals `bytes` writes right after a lower-case word or a comma and a space (`said
/// Clinton`, `Moscow, Russia`): names, where a text writes them in capitals.
pub(crate) fn capitals_inside_sentences(bytes: &[u8]) -> usize {
    bytes
        .windows(3)
        .filter(|w| {
            (w[0].is_ascii_lowercase() || w[0] == b',') && w[1] == b' ' && w[2].is_ascii_uppercase()
        })
        .count()
}

/// Whether `text` has no capital letter at all: ASCII throughout (so no other letter can be
/// one), with no ASCII capital. One branch-free pass over the bytes (vectorized): what reads
/// names from capitals can skip such a text (all of Multi-News's lower-cased copy).
pub(crate) fn has_no_capital(text: &str) -> bool {
    !text
        .bytes()
        .fold(false, |seen, b| seen | (b >= 0x80) | b.is_ascii_uppercase())
}

/// `text` with its ASCII capitals lower-cased and every other byte kept (borrowed when it has
/// none): phrases written in lower case occur in it, case-sensitively, exactly where they occur
/// in `text` ASCII-case-insensitively, at the same offsets. A phrase searcher then needs no
/// case folding, and keeps its fast prefilter (`aho-corasick` has none for a case-insensitive
/// set of many phrases, and reads every byte with its automaton).
pub(crate) fn ascii_lowered(text: &str) -> std::borrow::Cow<'_, str> {
    // one branch-free pass (vectorized) before any copy
    if text
        .bytes()
        .fold(false, |any, b| any | b.is_ascii_uppercase())
    {
        std::borrow::Cow::Owned(text.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A searcher for `phrases` (ASCII-lower-cased here) in an [`ascii_lowered`] text, reporting
/// leftmost-first matches: for a text lowered so, the matches an ASCII-case-insensitive
/// leftmost-first searcher reports in the original text (the same phrase, at the same offsets).
pub(crate) fn lowered_phrase_matcher<'a>(
    phrases: impl IntoIterator<Item = &'a str>,
) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(phrases.into_iter().map(str::to_ascii_lowercase))
        .expect("phrases build an automaton")
}

/// Calls `f` with every lower-cased alphanumeric token of `text` (maximal runs of
/// [`char::is_alphanumeric`]). An ASCII word already in lower case is passed as a slice of
/// `text`; others are lower-cased into a buffer.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    for_each_word_at(text, |word, _| f(word));
}

/// The byte ranges of `text`'s words ([`for_each_word`]'s tokens), for callers that need their
/// surface (letter case) or offsets.
pub fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    scan_words(text, |range, _| out.push(range));
    out
}

/// The byte ranges of `text` inside quotation marks, marks excluded, in order: `"` opens and
/// closes, `“` opens and `”` closes; an unclosed quotation runs to the end. Read within one
/// sentence (the compare stage pairs marks per paragraph and per language:
/// `compare::quote_marks`).
pub fn quoted_ranges(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    // the marks are `"` and U+201C / U+201D (E2 80 9C / E2 80 9D in UTF-8): only `"` and the
    // lead byte 0xE2 can start one, so memchr skips everything else (no character is decoded)
    for i in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        let (opens, closes, len) = match bytes[i] {
            b'"' => (true, true, 1),
            _ if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0x9C) => (true, false, 3),
                Some(0x9D) => (false, true, 3),
                _ => continue,
            },
            _ => continue,
        };
        match open {
            None if opens => open = Some(i + len),
            Some(start) if closes => {
                spans.push(start..i);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        spans.push(start..text.len());
    }
    spans
}

/// How a word [`scan_words`] found is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WordCase {
    /// ASCII, no capital: already its lower-cased form.
    AsciiLower,
    /// ASCII with a capital.
    AsciiCased,
    /// Has a non-ASCII character.
    Unicode,
}

/// Calls `f` with the byte range of every word of `text` (maximal runs of alphanumeric
/// characters) and how it is written: the one scan behind [`word_ranges`] and
/// [`for_each_word_at`].
fn scan_words(text: &str, mut f: impl FnMut(Range<usize>, WordCase)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if CLASS[bytes[i] as usize] == 0 {
            i += 1;
            continue;
        }
        // an ASCII run first: the common case
        let start = i;
        let mut seen = 0;
        while let Some(&b) = bytes.get(i) {
            let class = CLASS[b as usize];
            if class & WORD == 0 {
                break;
            }
            seen |= class;
            i += 1;
        }
        if i == bytes.len() || bytes[i].is_ascii() {
            let case = if seen & UPPER == 0 {
                WordCase::AsciiLower
            } else {
                WordCase::AsciiCased
            };
            f(start..i, case);
            continue;
        }
        // the run goes on (or starts) with a non-ASCII character: decode from `start`
        let end = start
            + text[start..]
                .chars()
                .take_while(|&ch| is_alphanumeric(ch))
                .map(char::len_utf8)
                .sum::<usize>();
        if end == start {
            // a non-ASCII character that is not a word character
            i = start + text[start..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        i = end;
        f(start..end, WordCase::Unicode);
    }
}

/// Byte classes for the word scanner: bit 0 marks an ASCII word byte (letter or digit), bit 1 an
/// ASCII capital, bit 2 a non-ASCII byte; 0 is an ASCII byte that is not a word character.
const WORD: u8 = 1;
const UPPER: u8 = 2;
const NON_ASCII: u8 = 4;
static CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_uppercase() {
            WORD | UPPER
        } else if byte.is_ascii_alphanumeric() {
            WORD
        } else {
            0
        };
        b += 1;
    }
    table
};

/// [`for_each_word`], with each word's byte range in `text` beside its lower-cased form.
pub fn for_each_word_at(text: &str, mut f: impl FnMut(&str, Range<usize>)) {
    let mut buf = String::new();
    scan_words(text, |range, case| match case {
        WordCase::AsciiLower => f(&text[range.clone()], range),
        WordCase::AsciiCased => {
            buf.clear();
            buf.push_str(&text[range.clone()]);
            buf.make_ascii_lowercase();
            f(&buf, range);
        }
        WordCase::Unicode => {
            buf.clear();
            for ch in text[range.clone()].chars() {
                if ch.is_ascii() {
                    buf.push(ch.to_ascii_lowercase());
                } else {
                    push_lowercase(&mut buf, ch);
                }
            }
            f(&buf, range);
        }
    });
}

/// Calls `f` with every word of `text` by Unicode word boundaries (UAX #29, `unicode-segmentation`),
/// lower-cased, for languages other than English: a word keeps its combining marks (Devanagari
/// vowel signs, Arabic and Hebrew points), Hebrew acronyms (`צה״ל`) stay whole, each Chinese or
/// Japanese ideograph is a word of its own. Apostrophes split a word (`l'état` → `l`, `état`, so
/// the noun meets its stemmer), and a word without any letter or digit (a lone mark) is skipped.
pub fn for_each_unicode_word(text: &str, mut f: impl FnMut(&str)) {
    use unicode_segmentation::UnicodeSegmentation;
    let mut buf = String::new();
    for word in text.unicode_words() {
        for part in word.split(['\'', '\u{2019}']) {
            if !part.chars().any(is_alphanumeric) {
                continue;
            }
            buf.clear();
            if part.contains('\u{03A3}') {
                // a capital sigma lower-cases by its place in the word (σ or final ς)
                buf.push_str(&part.to_lowercase());
            } else {
                for ch in part.chars() {
                    push_lowercase(&mut buf, ch);
                }
            }
            f(&buf);
        }
    }
}

/// [`is_alphanumeric`]'s table for the Basic Multilingual Plane, one bit per code point, built
/// once from [`char::is_alphanumeric`] itself (so the answer is the same). Building it asks that
/// slow lookup 65,536 times (about 22 M instructions): [`prepare`] builds it before a timed run
/// rather than at the first article with a non-ASCII letter.
static BMP_ALPHANUMERIC: std::sync::LazyLock<Box<[u64]>> = std::sync::LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64].into_boxed_slice();
    for cp in 0..0x10000u32 {
        if char::from_u32(cp).is_some_and(char::is_alphanumeric) {
            bits[cp as usize / 64] |= 1 << (cp % 64);
        }
    }
    bits
});

/// Builds the word scanner's character table now instead of at the first non-ASCII letter (see
/// [`crate::text::prepare`]). The scanner works the same without it.
pub fn prepare() {
    std::sync::LazyLock::force(&BMP_ALPHANUMERIC);
}

/// [`char::is_alphanumeric`], from a table for the Basic Multilingual Plane
/// ([`BMP_ALPHANUMERIC`]): the standard library's lookup is slow outside ASCII, and Arabic,
/// Hebrew or Hindi text asks it for every character.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        c.is_ascii_alphanumeric()
    } else if cp < 0x10000 {
        BMP_ALPHANUMERIC[cp as usize / 64] & (1 << (cp % 64)) != 0
    } else {
        c.is_alphanumeric()
    }
}

/// Blocks without letter case (Hebrew through Myanmar, and the CJK, kana and Hangul blocks from
/// U+3040 to U+9FFF), where lower-casing is the identity: a test checks every character.
#[inline]
fn is_caseless(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{109F}' | '\u{3040}'..='\u{9FFF}')
}

/// Pushes `c` lower-cased (as [`char::to_lowercase`]) onto `buf`.
#[inline]
fn push_lowercase(buf: &mut String, c: char) {
    if c.is_ascii() {
        buf.push(c.to_ascii_lowercase());
    } else if is_caseless(c) {
        buf.push(c);
    } else {
        buf.extend(c.to_lowercase());
    }
}

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub(crate) const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A word's hash (the word as [`for_each_word`] gives it): FNV-1a over its UTF-8 bytes. The clean
/// stage's copy detection and the story grouper's shingles hash words this way.
#[inline]
pub fn word_hash(word: &str) -> u64 {
    word.bytes().fold(FNV_OFFSET, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    })
}

/// Calls `f` with [`word_hash`] of each word of `text`, in order: the same words as
/// [`for_each_word`], lower-cased and hashed in one pass over the bytes (no word is copied).
pub fn for_each_word_hash(text: &str, mut f: impl FnMut(u64)) {
    for_each_hashed_word(text, |w| f(w.hash));
}

/// A word of [`for_each_hashed_word`]: what the clean stage asks of a word without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashedWord {
    /// [`word_hash`] of the lower-cased word.
    pub hash: u64,
    /// The lower-cased word's length in bytes.
    pub len: usize,
    /// Whether the word is all ASCII digits.
    pub digits_only: bool,
}

/// Calls `f` with each word of `text` (the words of [`for_each_word`], in order) as a
/// [`HashedWord`]: hashed, measured and checked for digits in the one pass over the bytes that
/// finds it, so a caller that only filters and hashes words neither copies nor re-reads them.
pub fn for_each_hashed_word(text: &str, mut f: impl FnMut(HashedWord)) {
    let bytes = text.as_bytes();
    let mut word = HashedWord {
        hash: FNV_OFFSET,
        len: 0,
        digits_only: true,
    };
    let mut in_word = false;
    let mut i = 0;
    let mut end_word = |word: &mut HashedWord, in_word: &mut bool| {
        f(*word);
        *word = HashedWord {
            hash: FNV_OFFSET,
            len: 0,
            digits_only: true,
        };
        *in_word = false;
    };
    while i < bytes.len() {
        let b = bytes[i];
        let class = CLASS[b as usize];
        if class & NON_ASCII == 0 {
            if class & WORD == 0 {
                // ASCII punctuation or space: ends a word
                if in_word {
                    end_word(&mut word, &mut in_word);
                }
                i += 1;
            } else {
                // a run of ASCII letters and digits, lower-cased as hashed
                let run = i;
                while let Some(&b) = bytes.get(i) {
                    let class = CLASS[b as usize];
                    if class & WORD == 0 {
                        break;
                    }
                    let lower = b | ((class & UPPER) << 4);
                    word.hash = (word.hash ^ u64::from(lower)).wrapping_mul(FNV_PRIME);
                    word.digits_only &= b.is_ascii_digit();
                    i += 1;
                }
                word.len += i - run;
                in_word = true;
            }
            continue;
        }
        // a non-ASCII character starts here (`i` is on a char boundary)
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if is_alphanumeric(c) {
            let mut buf = [0u8; 4];
            word.digits_only = false;
            in_word = true;
            if is_caseless(c) {
                for &b in c.encode_utf8(&mut buf).as_bytes() {
                    word.hash = (word.hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                }
                word.len += c.len_utf8();
                i += c.len_utf8();
                continue;
            }
            for lower in c.to_lowercase() {
                for &b in lower.encode_utf8(&mut buf).as_bytes() {
                    word.hash = (word.hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                }
                word.len += lower.len_utf8();
            }
        } else if in_word {
            end_word(&mut word, &mut in_word);
        }
        i += c.len_utf8();
    }
    if in_word {
        f(word);
    }
}

/// The shapes (first letter `a`-`z`, length) of the words of some lists, as bits: a word of
/// another shape is in none of them, found with no string compare.
pub struct WordShapes([u32; 26]);

impl WordShapes {
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut shapes = [0u32; 26];
        for w in words {
            if let Some(i) = w.as_bytes().first().and_then(|b| b.checked_sub(b'a')) {
                if (i as usize) < 26 && w.len() < 32 {
                    shapes[i as usize] |= 1 << w.len();
                }
            }
        }
        WordShapes(shapes)
    }

    /// Whether `w` (any letter case) has the shape of one of the words.
    pub fn may_hold(&self, w: &str) -> bool {
        let first = w.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        first.is_ascii_lowercase()
            && w.len() < 32
            && self.0[(first - b'a') as usize] >> w.len() & 1 == 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_writes_names_in_capitals_and_lower_cased_text_does_not() {
        let news = "Former New York Mayor Rudy Giuliani said on Thursday that he would vote for \
                    Donald Trump in the April primary, a spokeswoman for Giuliani said. ";
        assert!(writes_names_in_capitals(&news.repeat(8)));
        let lowered = "former new york mayor rudy giuliani said on thursday that he would vote \
                       for donald trump in the april primary. Giuliani said he met cruz. ";
        assert!(!writes_names_in_capitals(&lowered.repeat(8)));
        // too short to tell
        assert!(writes_names_in_capitals("he said so. Giuliani agreed."));
    }

    #[test]
    fn quoted_ranges_pair_straight_and_curly_marks_and_run_an_open_one_to_the_end() {
        let text = "He said \"yes\" and \u{201c}no\u{201d} then \"maybe";
        let words: Vec<&str> = quoted_ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(words, ["yes", "no", "maybe"]);
        assert!(quoted_ranges("No quotation here.").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn quoted_ranges_equal_the_char_by_char_pairing(text in "([a-z \"]|\u{201c}|\u{201d}|\u{2019}|\u{20ac}|\u{e9}){0,40}") {
            let mut want = Vec::new();
            let mut open: Option<usize> = None;
            for (i, ch) in text.char_indices() {
                match (ch, open) {
                    ('"' | '\u{201c}', None) => open = Some(i + ch.len_utf8()),
                    ('"' | '\u{201d}', Some(start)) => {
                        want.push(start..i);
                        open = None;
                    }
                    _ => {}
                }
            }
            if let Some(start) = open {
                want.push(start..text.len());
            }
            proptest::prop_assert_eq!(quoted_ranges(&text), want);
        }
    }

    proptest::proptest! {
        #[test]
        fn word_hashes_equal_the_hashes_of_the_words(text in "([A-Za-z0-9 ,.'\n-]|\u{00E9}|\u{00C9}|\u{0130}|\u{03A3}|\u{2014}|\u{00B2}|\u{65E5}|\u{1F600}){0,80}") {
            let mut got = Vec::new();
            for_each_word_hash(&text, |h| got.push(h));
            let mut want = Vec::new();
            for_each_word(&text, |w| want.push(word_hash(w)));
            proptest::prop_assert_eq!(got, want);
            // the hashed words' lengths and digit tests are those of the lower-cased words
            let mut got = Vec::new();
            for_each_hashed_word(&text, |w| got.push(w));
            let mut want = Vec::new();
            for_each_word(&text, |w| {
                want.push(HashedWord {
                    hash: word_hash(w),
                    len: w.len(),
                    digits_only: w.bytes().all(|b| b.is_ascii_digit()),
                })
            });
            proptest::prop_assert_eq!(got, want);
        }
    }

    proptest::proptest! {
        #[test]
        fn lowered_phrase_matches_equal_case_insensitive_ones(
            text in "([a-zA-Z ]|Photo|PAGE|not found|404 Error|\u{e9}|\u{130}|\u{212a}|[(]){0,60}"
        ) {
            let phrases = ["photo", "page not found", "404 error", "(left)", "caf\u{e9}", "ok"];
            let folded = aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(phrases)
                .unwrap();
            let want: Vec<(usize, usize, usize)> = folded
                .find_iter(&text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            let lowered = ascii_lowered(&text);
            let got: Vec<(usize, usize, usize)> = lowered_phrase_matcher(phrases)
                .find_iter(lowered.as_ref())
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            proptest::prop_assert_eq!(got, want);
            proptest::prop_assert_eq!(lowered.len(), text.len());
        }
    }

    #[test]
    fn the_fast_predicates_equal_the_standard_ones() {
        for cp in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{cp:#x}");
            let mut fast = String::new();
            push_lowercase(&mut fast, c);
            assert_eq!(fast, c.to_lowercase().collect::<String>(), "{cp:#x}");
        }
    }

    #[test]
    fn unicode_words_keep_marks_and_split_apostrophes() {
        let mut got = Vec::new();
        for_each_unicode_word(
            "L'ÉTAT d’urgence: किया गया। צה״ל 東京都 ΟΔΟΣ 3.5 ‎",
            |w| got.push(w.to_string()),
        );
        assert_eq!(
            got,
            [
                "l",
                "état",
                "d",
                "urgence",
                "किया",
                "गया",
                "צה״ל",
                "東",
                "京",
                "都",
                "οδος",
                "3.5"
            ]
        );
    }

    #[test]
    fn word_splitting_equals_the_char_by_char_definition() {
        fn reference(text: &str) -> Vec<String> {
            let mut out = Vec::new();
            let mut buf = String::new();
            for ch in text.chars() {
                if ch.is_alphanumeric() {
                    buf.extend(ch.to_lowercase());
                } else if !buf.is_empty() {
                    out.push(std::mem::take(&mut buf));
                }
            }
            if !buf.is_empty() {
                out.push(buf);
            }
            out
        }
        let texts = [
            "",
            "   ",
            "A",
            "ABC def GhI",
            "é",
            "—",
            "a—b",
            "x²y 10km Ⅻ İstanbul ΣΑΣ straße",
            "“Quoted,” she said—then left… 3,000 people (AP) U.S.-led",
            "日本語のテキスト and ASCII",
            "ends with ünïcödé",
        ];
        for text in texts {
            let mut got = Vec::new();
            for_each_word(text, |w| got.push(w.to_string()));
            assert_eq!(got, reference(text), "{text:?}");
            // each word's range holds its surface: the same word before lower-casing
            let surfaces: Vec<String> = word_ranges(text)
                .into_iter()
                .map(|r| text[r].chars().flat_map(char::to_lowercase).collect())
                .collect();
            assert_eq!(surfaces, reference(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn ranges_are_the_maximal_alphanumeric_runs(text in "\\PC{0,60}") {
            let want: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let got: Vec<&str> = word_ranges(&text).into_iter().map(|r| &text[r]).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }
}
