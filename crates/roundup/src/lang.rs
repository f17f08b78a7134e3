//! Languages: which one an article is written in, and what each stage knows about it.
//!
//! Every article's language is detected with `whatlang` (or given with `--language`); the analyse
//! stage then takes that language's stop words (`stop-words`: NLTK's list where it has one, else
//! Stopwords ISO), its Snowball stemmer (`rust-stemmers`, where it has the language; none
//! elsewhere; the tokenizer overrides both for Arabic and Greek, `text::tokens`), its sentence rules
//! and its word boundaries. English takes exactly the path roundup
//! always took, so English output does not depend on this module beyond the detection itself.

use std::fmt;
use std::str::FromStr;

use rust_stemmers::Algorithm;
use serde::{Deserialize, Serialize};

/// A language roundup knows by name. [`Language::Other`] is any other (or undetermined) language:
/// Unicode words, no stop words, no stemming.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    #[default]
    English,
    Arabic,
    Czech,
    Danish,
    Dutch,
    Finnish,
    French,
    German,
    Greek,
    Hebrew,
    Hindi,
    Hungarian,
    Italian,
    Norwegian,
    Polish,
    Portuguese,
    Romanian,
    Russian,
    Spanish,
    Swedish,
    Turkish,
    Ukrainian,
    Chinese,
    Japanese,
    Korean,
    Other,
}

/// `(language, ISO 639-1 code, English name)`, in [`Language`] order.
const TABLE: [(Language, &str, &str); 26] = [
    (Language::English, "en", "english"),
    (Language::Arabic, "ar", "arabic"),
    (Language::Czech, "cs", "czech"),
    (Language::Danish, "da", "danish"),
    (Language::Dutch, "nl", "dutch"),
    (Language::Finnish, "fi", "finnish"),
    (Language::French, "fr", "french"),
    (Language::German, "de", "german"),
    (Language::Greek, "el", "greek"),
    (Language::Hebrew, "he", "hebrew"),
    (Language::Hindi, "hi", "hindi"),
    (Language::Hungarian, "hu", "hungarian"),
    (Language::Italian, "it", "italian"),
    (Language::Norwegian, "no", "norwegian"),
    (Language::Polish, "pl", "polish"),
    (Language::Portuguese, "pt", "portuguese"),
    (Language::Romanian, "ro", "romanian"),
    (Language::Russian, "ru", "russian"),
    (Language::Spanish, "es", "spanish"),
    (Language::Swedish, "sv", "swedish"),
    (Language::Turkish, "tr", "turkish"),
    (Language::Ukrainian, "uk", "ukrainian"),
    (Language::Chinese, "zh", "chinese"),
    (Language::Japanese, "ja", "japanese"),
    (Language::Korean, "ko", "korean"),
    (Language::Other, "und", "other"),
];

/// Number of [`Language`] variants (for per-language tables).
pub const LANGUAGE_COUNT: usize = TABLE.len();

impl Language {
    /// Every language, in declaration order.
    pub fn all() -> impl Iterator<Item = Language> {
        TABLE.iter().map(|&(l, _, _)| l)
    }

    /// Position in [`Language::all`] (0 for English).
    pub fn index(self) -> usize {
        self as usize
    }

    /// ISO 639-1 code (`"fr"`), or `"und"` (undetermined, ISO 639-2) for [`Language::Other`].
    pub fn code(self) -> &'static str {
        TABLE[self.index()].1
    }

    /// Lower-case English name (`"french"`), as the MultiLing data writes it.
    pub fn name(self) -> &'static str {
        TABLE[self.index()].2
    }

    /// The Snowball stemmer `rust-stemmers` has for the language, if any.
    pub fn stemmer(self) -> Option<Algorithm> {
        use Language::*;
        Some(match self {
            English => Algorithm::English,
            Arabic => Algorithm::Arabic,
            Danish => Algorithm::Danish,
            Dutch => Algorithm::Dutch,
            Finnish => Algorithm::Finnish,
            French => Algorithm::French,
            German => Algorithm::German,
            Greek => Algorithm::Greek,
            Hungarian => Algorithm::Hungarian,
            Italian => Algorithm::Italian,
            Norwegian => Algorithm::Norwegian,
            Portuguese => Algorithm::Portuguese,
            Romanian => Algorithm::Romanian,
            Russian => Algorithm::Russian,
            Spanish => Algorithm::Spanish,
            Swedish => Algorithm::Swedish,
            Turkish => Algorithm::Turkish,
            _ => return None,
        })
    }

    /// The language's stop words (`stop-words`: NLTK's list where it has the language, else
    /// Stopwords ISO); empty when neither has it.
    pub fn stop_words(self) -> &'static [&'static str] {
        if self == Language::Other {
            return &[];
        }
        stop_words::lookup(self.code()).unwrap_or(&[])
    }

    /// Whether words are written without spaces between them (each ideograph or kana run is then
    /// its own token).
    pub fn is_unspaced(self) -> bool {
        matches!(
            self,
            Language::Chinese | Language::Japanese | Language::Korean
        )
    }

    /// Whether the analyse stage reads the language's words by Unicode word boundaries
    /// ([`crate::words::for_each_unicode_word`]: combining marks inside words, each ideograph a
    /// word) rather than as runs of alphanumeric characters: for Hindi (a vowel sign after a virama
    /// is not alphanumeric), Hebrew (points, `״` in acronyms), the unspaced CJK scripts and any
    /// language roundup does not know. Measured on MultiLing 2011 (BENCHMARKS.md): Arabic, Czech,
    /// Greek and French do as well or better with alphanumeric runs.
    pub fn has_unicode_words(self) -> bool {
        matches!(
            self,
            Language::Hindi
                | Language::Hebrew
                | Language::Chinese
                | Language::Japanese
                | Language::Korean
                | Language::Other
        )
    }

    /// The language of `text` by `whatlang` (trigrams within the detected script), or `None` when
    /// the text has no letters to go by. Only the first 1 KB is read: an article's language is
    /// settled long before, and detection then costs the same for every article.
    pub fn detect(text: &str) -> Option<Language> {
        let mut end = text.len().min(1024);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let info = whatlang::detect(&text[..end])?;
        Some(Language::from_whatlang(info.lang()))
    }

    /// [`Language::detect`], defaulting to English when the text gives nothing to go by (numbers,
    /// punctuation, empty) or the detection is unreliable on a short Latin-script text: English
    /// keeps roundup's long-standing behaviour there.
    pub fn detect_or_english(text: &str) -> Language {
        let mut end = text.len().min(1024);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let Some(info) = whatlang::detect(&text[..end]) else {
            return Language::English;
        };
        let lang = Language::from_whatlang(info.lang());
        // a short Latin text that whatlang is unsure of stays English (its old path): a headline
        // or a caption is too short to tell one Latin-script language from another reliably
        if lang != Language::English
            && info.script() == whatlang::Script::Latin
            && !info.is_reliable()
        {
            return Language::English;
        }
        lang
    }

    fn from_whatlang(lang: whatlang::Lang) -> Language {
        use whatlang::Lang as W;
        use Language::*;
        match lang {
            W::Eng => English,
            W::Ara => Arabic,
            W::Ces => Czech,
            W::Dan => Danish,
            W::Nld => Dutch,
            W::Fin => Finnish,
            W::Fra => French,
            W::Deu => German,
            W::Ell => Greek,
            W::Heb => Hebrew,
            W::Hin => Hindi,
            W::Hun => Hungarian,
            W::Ita => Italian,
            W::Nob => Norwegian,
            W::Pol => Polish,
            W::Por => Portuguese,
            W::Ron => Romanian,
            W::Rus => Russian,
            W::Spa => Spanish,
            W::Swe => Swedish,
            W::Tur => Turkish,
            W::Ukr => Ukrainian,
            W::Cmn => Chinese,
            W::Jpn => Japanese,
            W::Kor => Korean,
            _ => Other,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language name or code that roundup does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown language {0:?} (give an ISO 639-1 code such as \"fr\" or a name such as \"french\")"
)]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    /// Accepts the ISO 639-1 code (`fr`), the English name (`french`, any case), the ISO 639-2/3
    /// code whatlang uses (`fra`), `und`/`other`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_lowercase();
        if let Some(&(l, _, _)) = TABLE
            .iter()
            .find(|&&(_, code, name)| code == lower || name == lower)
        {
            return Ok(l);
        }
        if let Some(w) = whatlang::Lang::from_code(lower.as_str()) {
            let l = Language::from_whatlang(w);
            if l != Language::Other {
                return Ok(l);
            }
        }
        Err(UnknownLanguage(s.to_string()))
    }
}

impl Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_parse_back() {
        for l in Language::all() {
            assert_eq!(l.code().parse::<Language>(), Ok(l));
            assert_eq!(l.name().parse::<Language>(), Ok(l));
        }
        assert_eq!("FRA".parse::<Language>(), Ok(Language::French));
        assert_eq!("Hindi".parse::<Language>(), Ok(Language::Hindi));
        assert!("klingon".parse::<Language>().is_err());
        assert_eq!(LANGUAGE_COUNT, Language::Other.index() + 1);
    }

    #[test]
    fn resources_per_language() {
        assert_eq!(Language::French.stemmer(), Some(Algorithm::French));
        assert_eq!(Language::Hindi.stemmer(), None);
        assert!(Language::Czech.stop_words().contains(&"který"));
        assert!(Language::Hindi.stop_words().contains(&"और"));
        assert!(Language::Hebrew.stop_words().contains(&"של"));
        assert!(Language::English.stop_words().contains(&"the"));
        assert!(Language::Other.stop_words().is_empty());
    }

    #[test]
    fn detects_news_sentences() {
        for (text, lang) in [
            ("The council voted on Tuesday to close the bridge until repairs are made.", Language::English),
            ("Le conseil municipal a voté mardi la fermeture du pont jusqu'à la fin des travaux.", Language::French),
            ("Der Stadtrat hat am Dienstag beschlossen, die Brücke bis zum Ende der Reparaturen zu sperren.", Language::German),
            ("Městská rada v úterý rozhodla, že most zůstane uzavřen až do konce oprav.", Language::Czech),
            ("Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει τη γέφυρα μέχρι το τέλος των επισκευών.", Language::Greek),
            ("قرر المجلس البلدي يوم الثلاثاء إغلاق الجسر حتى انتهاء أعمال الإصلاح.", Language::Arabic),
            ("מועצת העיר החליטה ביום שלישי לסגור את הגשר עד לסיום התיקונים.", Language::Hebrew),
            ("नगर परिषद ने मंगलवार को मरम्मत पूरी होने तक पुल बंद करने का फैसला किया।", Language::Hindi),
        ] {
            assert_eq!(Language::detect(text), Some(lang), "{text}");
        }
        assert_eq!(Language::detect("12 34 56 — !"), None);
        assert_eq!(Language::detect_or_english("12 34"), Language::English);
    }
}
