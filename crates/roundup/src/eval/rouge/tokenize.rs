//! `rouge-score`'s tokenizer, with every distinct word stemmed once per process.
//!
//! `rouge_score.tokenize.tokenize`: lowercase (Python `str.lower`), replace every run of
//! characters outside `[a-z0-9]` by a space, split, and with stemming replace each token
//! longer than three characters by its NLTK Porter stem (`rougers` ports NLTK's stemmer
//! exactly). Tokens are interned into ids in a process-wide vocabulary; a second map caches
//! word → stem id, so the (slow) stemmer runs once per distinct word.

use std::sync::{LazyLock, PoisonError, RwLock};

use rustc_hash::FxHashMap;

use super::RougeText;

#[derive(Default)]
struct Vocab {
    /// Token string (stem, or word when not stemming) → id.
    ids: FxHashMap<Box<str>, u32>,
    /// Word → token id, per mode (`[unstemmed, stemmed]`), for words of at most 16 bytes
    /// packed into a `u128` (tokens are `[a-z0-9]+`, never NUL, so packing is one-to-one):
    /// cheaper to hash and compare than strings.
    short_words: [FxHashMap<u128, u32>; 2],
    /// Word → token id, per mode, for longer words.
    long_words: [FxHashMap<Box<str>, u32>; 2],
}

impl Vocab {
    fn intern(&mut self, token: &str) -> u32 {
        if let Some(&id) = self.ids.get(token) {
            return id;
        }
        // Ids stay below u32::MAX, which marks dropped tokens; the vocabulary cannot
        // realistically reach 4 billion distinct strings, but never wrap if it did.
        let id = u32::try_from(self.ids.len())
            .unwrap_or(DROPPED - 1)
            .min(DROPPED - 1);
        self.ids.insert(token.into(), id);
        id
    }

    fn word(&self, mode: usize, raw: &RawWords, word: RawWord) -> Option<u32> {
        match word {
            RawWord::Short(key) => self.short_words[mode].get(&key).copied(),
            RawWord::Long(i) => self.long_words[mode]
                .get(raw.long.get(i).map(String::as_str).unwrap_or_default())
                .copied(),
        }
    }

    fn insert_word(&mut self, mode: usize, word: RawWord, text: &str, id: u32) {
        match word {
            RawWord::Short(key) => self.short_words[mode].insert(key, id),
            RawWord::Long(_) => self.long_words[mode].insert(text.into(), id),
        };
    }
}

/// A token that `rouge-score` drops (its final `^[a-z0-9]+$` check).
const DROPPED: u32 = u32::MAX;

static VOCAB: LazyLock<RwLock<Vocab>> = LazyLock::new(|| RwLock::new(Vocab::default()));

/// A raw (lowercased, unstemmed) word: packed when at most 16 bytes, else an index into
/// [`RawWords::long`].
#[derive(Clone, Copy)]
enum RawWord {
    Short(u128),
    Long(usize),
}

/// The raw words of a text, split as `rouge-score` splits them.
#[derive(Default)]
struct RawWords {
    words: Vec<RawWord>,
    long: Vec<String>,
    /// The word being read: its packed first 16 bytes, its length and, past 16 bytes, all of it.
    key: u128,
    len: usize,
    spill: Vec<u8>,
}

impl RawWords {
    #[inline]
    fn push_byte(&mut self, b: u8) {
        if b.is_ascii_lowercase() || b.is_ascii_digit() {
            if self.len < 16 {
                self.key |= u128::from(b) << (8 * self.len);
            } else {
                if self.len == 16 {
                    self.spill.clear();
                    self.spill.extend_from_slice(&self.key.to_le_bytes());
                }
                self.spill.push(b);
            }
            self.len += 1;
        } else {
            self.close();
        }
    }

    #[inline]
    fn close(&mut self) {
        if self.len == 0 {
            return;
        }
        if self.len <= 16 {
            self.words.push(RawWord::Short(self.key));
        } else {
            self.words.push(RawWord::Long(self.long.len()));
            self.long
                .push(self.spill.iter().map(|&b| char::from(b)).collect());
        }
        self.key = 0;
        self.len = 0;
    }

    /// Appends the words of one line (Python `str.lower`, then runs of `[a-z0-9]`).
    fn read_line(&mut self, line: &str) {
        if line.is_ascii() {
            let bytes = line.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                while i < bytes.len() && !bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                if i - start <= 16 {
                    // `| 0x20` lowercases ASCII letters and keeps digits.
                    let mut key = 0u128;
                    for (k, &b) in bytes[start..i].iter().enumerate() {
                        key |= u128::from(b | 0x20) << (8 * k);
                    }
                    if key != 0 {
                        self.words.push(RawWord::Short(key));
                    }
                } else {
                    for &b in &bytes[start..i] {
                        self.push_byte(b | 0x20);
                    }
                    self.close();
                }
            }
        } else {
            for ch in line.chars() {
                if ch.is_ascii() {
                    self.push_byte(ch.to_ascii_lowercase() as u8);
                } else {
                    // Some characters lowercase to ASCII (KELVIN SIGN → "k", "İ" → "i" + U+0307).
                    for lower in ch.to_lowercase() {
                        // Any non-ASCII character separates words: map it to a separator byte.
                        self.push_byte(if lower.is_ascii() { lower as u8 } else { b' ' });
                    }
                }
            }
        }
        self.close();
    }

    fn text(&self, word: RawWord) -> String {
        match word {
            RawWord::Short(key) => key
                .to_le_bytes()
                .iter()
                .take_while(|&&b| b != 0)
                .map(|&b| char::from(b))
                .collect(),
            RawWord::Long(i) => self.long.get(i).cloned().unwrap_or_default(),
        }
    }
}

/// The stem `rouge-score` uses for a raw token, or `None` when it drops the token.
fn stem_of(word: &str) -> Option<String> {
    // rougers' tokenizer applies the "longer than three characters" rule and NLTK's Porter
    // stemmer; a raw token is a single [a-z0-9]+ run, so it yields at most one token.
    let mut tokens = rougers::Tokenizer::new(true).tokenize(word);
    if tokens.len() == 1 {
        tokens.pop()
    } else {
        None
    }
}

/// Tokenizes `text` as `rouge-score` does, into interned ids and the token ranges of its
/// non-empty lines (the ROUGE-Lsum sentences).
pub(super) fn encode(text: &str, stemmed: bool) -> RougeText {
    let mut raw = RawWords {
        words: Vec::with_capacity(text.len() / 5 + 1),
        ..RawWords::default()
    };
    // A newline always separates tokens, so the tokens of the whole text are the
    // concatenation of those of its lines.
    let mut line_ends = Vec::new();
    for line in text.split('\n').filter(|l| !l.is_empty()) {
        raw.read_line(line);
        line_ends.push(raw.words.len());
    }

    let mode = usize::from(stemmed);
    let mut ids = vec![DROPPED; raw.words.len()];
    let mut missing = Vec::new();
    {
        // Look each distinct short word up once in the (large, cache-cold) global vocabulary;
        // repeats come from a small map of this text's words.
        let mut seen: FxHashMap<u128, u32> =
            FxHashMap::with_capacity_and_hasher(raw.words.len() / 2 + 1, Default::default());
        let vocab = VOCAB.read().unwrap_or_else(PoisonError::into_inner);
        for (id, &word) in ids.iter_mut().zip(&raw.words) {
            if let RawWord::Short(key) = word {
                if let Some(&known) = seen.get(&key) {
                    *id = known;
                    continue;
                }
            }
            match vocab.word(mode, &raw, word) {
                Some(known) => {
                    *id = known;
                    if let RawWord::Short(key) = word {
                        seen.insert(key, known);
                    }
                }
                None => missing.push(word),
            }
        }
    }
    if !missing.is_empty() {
        // Stem outside the lock; then intern under it.
        let texts: Vec<String> = missing.iter().map(|&w| raw.text(w)).collect();
        let tokens: Vec<Option<String>> = if stemmed {
            texts.iter().map(|w| stem_of(w)).collect()
        } else {
            texts.iter().cloned().map(Some).collect()
        };
        let mut vocab = VOCAB.write().unwrap_or_else(PoisonError::into_inner);
        for ((&word, text), token) in missing.iter().zip(&texts).zip(&tokens) {
            if vocab.word(mode, &raw, word).is_none() {
                let id = token.as_deref().map_or(DROPPED, |t| vocab.intern(t));
                vocab.insert_word(mode, word, text, id);
            }
        }
        for (id, &word) in ids.iter_mut().zip(&raw.words) {
            if *id == DROPPED {
                *id = vocab.word(mode, &raw, word).unwrap_or(DROPPED);
            }
        }
    }

    // Drop tokens rouge-score drops (none in practice) and cut the lines.
    let mut out = RougeText {
        ids: Vec::with_capacity(ids.len()),
        sentences: Vec::with_capacity(line_ends.len()),
    };
    let mut start_raw = 0;
    for end_raw in line_ends {
        let start = out.ids.len();
        out.ids.extend(
            ids.get(start_raw..end_raw)
                .unwrap_or_default()
                .iter()
                .copied()
                .filter(|&id| id != DROPPED),
        );
        out.sentences.push(start..out.ids.len());
        start_raw = end_raw;
    }
    out
}

/// Tokenizes `text` with the Unicode tokenizer (`roundup eval --tokenizer unicode`): Python's
/// `re.findall(r"\w+", text.lower())`, i.e. lower-case, then maximal runs of letters (`\p{L}`),
/// numbers (`\p{N}`) and `_` (the characters Python's `\w` matches), each optionally replaced by
/// its Snowball stem. Same ids and line ranges as [`encode`].
pub(super) fn encode_unicode(text: &str, stemmer: Option<rust_stemmers::Algorithm>) -> RougeText {
    static WORD: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"[\p{L}\p{N}_]+").expect("a valid word pattern"));
    let stemmer = stemmer.map(rust_stemmers::Stemmer::create);
    let mut tokens: Vec<String> = Vec::with_capacity(text.len() / 5 + 1);
    let mut line_ends = Vec::new();
    for line in text.split('\n').filter(|l| !l.is_empty()) {
        let lower = line.to_lowercase();
        for m in WORD.find_iter(&lower) {
            let word = m.as_str();
            tokens.push(match &stemmer {
                Some(s) => s.stem(word).into_owned(),
                None => word.to_string(),
            });
        }
        line_ends.push(tokens.len());
    }
    let ids: Vec<u32> = {
        let mut vocab = VOCAB.write().unwrap_or_else(PoisonError::into_inner);
        tokens.iter().map(|t| vocab.intern(t)).collect()
    };
    let mut sentences = Vec::with_capacity(line_ends.len());
    let mut start = 0;
    for end in line_ends {
        sentences.push(start..end);
        start = end;
    }
    RougeText { ids, sentences }
}

/// The token strings of a prepared text (for tests and debugging).
#[cfg(test)]
pub(super) fn strings(text: &RougeText) -> Vec<String> {
    let vocab = VOCAB.read().unwrap_or_else(PoisonError::into_inner);
    let mut by_id: FxHashMap<u32, &str> = FxHashMap::default();
    for (s, &id) in &vocab.ids {
        by_id.insert(id, s);
    }
    text.ids
        .iter()
        .map(|id| by_id.get(id).copied().unwrap_or("?").to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_like_rouge_score() {
        let t = encode(
            "Hello, World! It's 2024-05-01.\n\nU.S. café \u{212A}m İstanbul internationalizations",
            false,
        );
        assert_eq!(
            strings(&t),
            [
                "hello",
                "world",
                "it",
                "s",
                "2024",
                "05",
                "01",
                "u",
                "s",
                "caf",
                "km",
                "i",
                "stanbul",
                "internationalizations"
            ]
        );
        assert_eq!(t.sentences, [0..7, 7..14]);
    }

    #[test]
    fn stems_only_tokens_longer_than_three() {
        let t = encode(
            "The cats were running fast; runs ran dies internationalizations",
            true,
        );
        assert_eq!(
            strings(&t),
            [
                "the",
                "cat",
                "were",
                "run",
                "fast",
                "run",
                "ran",
                "die",
                "internation"
            ]
        );
        // Same words unstemmed keep their forms.
        let u = encode("cats running", false);
        assert_eq!(strings(&u), ["cats", "running"]);
    }

    #[test]
    fn unicode_tokens_are_python_word_runs() {
        // Python: re.findall(r"\w+", s.lower()); Devanagari vowel signs and viramas are marks
        // (not \w), so they split a Hindi word as they do in Python
        let t = encode_unicode(
            "Ο ΥΠΟΥΡΓΟΣ είπε: «Όχι»; Zürich’s café_au_lait 3.5%\nकिया गया। ١٢٣ שָׁלוֹם",
            None,
        );
        assert_eq!(
            strings(&t),
            [
                "ο",
                "υπουργος",
                "είπε",
                "όχι",
                "zürich",
                "s",
                "café_au_lait",
                "3",
                "5",
                "क",
                "य",
                "गय",
                "١٢٣",
                "ש",
                "לו",
                "ם"
            ]
        );
        assert_eq!(t.sentences, [0..9, 9..16]);
        let stemmed = encode_unicode(
            "Les élections présidentielles",
            Some(rust_stemmers::Algorithm::French),
        );
        assert_eq!(strings(&stemmed), ["le", "élect", "présidentiel"]);
    }

    #[test]
    fn lines_without_tokens_are_empty_sentences() {
        let t = encode("— …\none\n\n", true);
        assert_eq!(t.sentences, [0..0, 0..1]);
        assert_eq!(encode("", true), RougeText::default());
    }
}
