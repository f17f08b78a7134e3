//! The English words the speaker rules read, with the predicates over them: verbs
//! ([`verbs`]), words about people ([`people`]), and here the function words: determiners,
//! prepositions, pronouns, the words allowed between a name and its verb, sentence openers, the
//! heads of organisation and time phrases, post-nominals. [`super::speakers`] parses phrases with
//! them; the other compare modules ask the predicates.

mod people;
mod verbs;

pub(crate) use people::*;
pub(crate) use verbs::*;

/// Words skipped between a speaker and its verb ("Lavrov has also said", "Lavrov on Tuesday said").
pub(crate) const BETWEEN: &[&str] = &[
    "here",
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "are",
    "also",
    "further",
    "then",
    "later",
    "since",
    "earlier",
    "again",
    "reportedly",
    "once",
    "publicly",
    "repeatedly",
    "simply",
    "flatly",
    "would",
    "will",
    "could",
    "did",
    "does",
    "do",
    "been",
    "recently",
    "previously",
    "already",
    "being",
    "firmly",
    "on",
    "yesterday",
    "today",
    "tonight",
    "last",
    "night",
    "week",
    "this",
    "morning",
    "afternoon",
    "evening",
    "as",
    "quoted",
    "only",
    "even",
    "just",
    "still",
    "initially",
    "angrily",
    "quietly",
    "frequently",
    "often",
    "never",
    "sometimes",
    "immediately",
    "openly",
    "bluntly",
    "separately",
];

/// Words that may begin or sit inside a description ("the", "one", "his").
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "his", "her", "its", "their", "our", "another", "this", "that", "s",
    "some", "two", "three", "several", "many", "other",
];

pub(crate) const PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "for", "from", "by", "with", "to", "of", "into", "under", "during", "after",
    "before", "about", "over", "against", "without", "through", "across", "among", "since", "like",
];

pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Heads of organisation names: "the Russian Defense Ministry" is a description, not a person.
pub(crate) const ORG_HEADS: &[&str] = &[
    "ministry",
    "department",
    "office",
    "agency",
    "council",
    "government",
    "committee",
    "commission",
    "party",
    "army",
    "court",
    "police",
    "cabinet",
    "statement",
    "embassy",
    "union",
    "administration",
    "house",
    "board",
    "bureau",
    "service",
    "company",
    "group",
    "organization",
    "organisation",
    "association",
    "court",
    "parliament",
    "congress",
    "senate",
    "network",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "news",
    "radio",
    "television",
    "bank",
    "university",
    "hospital",
    "front",
    "league",
    "movement",
    "alliance",
    "coalition",
    "federation",
    "institute",
    "foundation",
    "society",
    "team",
];

/// Last words of newspaper names (`China Sports Daily`, `The Washington Post`).
pub(crate) const NEWSPAPER_ENDS: &[&str] = &[
    "daily", "times", "post", "news", "journal", "herald", "tribune", "gazette",
];

/// Nouns of time that head no speaker's description.
pub(crate) const TIME_HEADS: &[&str] = &[
    "time",
    "times",
    "moment",
    "moments",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "weekend",
    "weekends",
    "morning",
    "afternoon",
    "evening",
    "night",
    "hour",
    "hours",
    "minute",
    "minutes",
    "seconds",
];

/// Capitalised words that open a sentence or a salutation but never begin a name.
pub(crate) const OPENERS: &[&str] = &[
    "although",
    "though",
    "since",
    "because",
    "when",
    "whenever",
    "while",
    "whereas",
    "after",
    "before",
    "until",
    "unless",
    "once",
    "if",
    "despite",
    "dear",
    "out",
    "however",
    "meanwhile",
    "still",
    "yet",
    "thus",
    "instead",
    "indeed",
    "perhaps",
    "later",
    "earlier",
    "now",
    "then",
    "also",
    "even",
    "like",
    "unlike",
    "amid",
    "among",
    "following",
    "including",
    "according",
    "asked",
    "pressed",
    "speaking",
    "writing",
    "moreover",
    "nevertheless",
    "nonetheless",
    "hello",
    "hi",
    "thanks",
    "congratulations",
    "yes",
    "no",
    "oh",
    "well",
    "please",
    "sorry",
    // sentence adverbs (`Immediately: "…"`)
    "immediately",
    "finally",
    "initially",
    "eventually",
    "recently",
    "currently",
    "previously",
    "subsequently",
    "ultimately",
    "originally",
    "apparently",
    "clearly",
    "obviously",
    "unfortunately",
    "fortunately",
    "afterwards",
    "afterward",
    "hence",
    "maybe",
    "separately",
    "specifically",
    "hardly",
    "today",
    "yesterday",
    // a feature's stage direction (`Enter Judd Levy, a trader …`)
    "enter",
    // an auxiliary that opens no question (`Must …`); the question auxiliaries are read by
    // [`is_opener`] from [`QUESTION_AUXILIARIES`]
    "must",
];

/// Auxiliaries that open a yes/no question (`Did someone say "…"?`) or follow an inverted
/// negation (`Nor would the campaign say`).
pub(crate) const QUESTION_AUXILIARIES: [&str; 17] = [
    "would", "could", "should", "will", "can", "did", "does", "do", "has", "have", "had", "is",
    "was", "were", "are", "might", "shall",
];

/// Whether a capitalised word opening a run is a sentence opener, not part of a name: one of
/// [`OPENERS`] or a question's auxiliary (`Would Adam Schiff have pleaded …?`; not `Will`, a
/// given name).
pub(crate) fn is_opener(lower: &str) -> bool {
    OPENERS.contains(&lower) || lower != "will" && QUESTION_AUXILIARIES.contains(&lower)
}

/// Letters after a name that are not part of it ("Neil Flewitt QC").
pub(crate) const POST_NOMINALS: &[&str] = &[
    "qc", "kc", "mp", "mep", "phd", "md", "esq", "obe", "mbe", "cbe",
];

/// Whether a capitalised word opening a run is a preposition or a sentence opener (`In`,
/// `Although`), not part of a name.
pub(crate) fn is_preposition_or_opener(word: &str) -> bool {
    PREPOSITIONS.contains(&word) || is_opener(word)
}

pub(crate) fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word)
}
