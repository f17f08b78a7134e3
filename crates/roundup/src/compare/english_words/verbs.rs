//! Verbs the speaker rules read: the speech verbs and the participles that carry them, verbs
//! that judge or characterize, reporting verbs that close a sentence, and past forms that read
//! as verbs after a name.

use crate::compare::speakers::Tok;

/// Verbs that introduce speech or writing (finite forms): the analyse stage's list, which the
/// summaries' stand-alone test reads too.
pub(crate) use crate::text::speech_verbs::SPEECH_VERBS;

/// Participles that continue a clause whose subject is the speaker.
pub(crate) const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "stressing",
    "noting",
    "explaining",
    "insisting",
    "arguing",
    "warning",
    "stating",
    "declaring",
    "calling",
    "describing",
    "urging",
    "claiming",
    "pointing",
    "asking",
    "telling",
    "suggesting",
    "reiterating",
    "emphasizing",
    "emphasising",
    "accusing",
    "vowing",
    "promising",
    "insisting",
    "writing",
    "recalling",
    "describing",
    "quoting",
    "asserting",
    "charging",
    "predicting",
    "complaining",
    "acknowledging",
    "conceding",
    "contending",
    "announcing",
    "denying",
    "admitting",
    "replying",
    "responding",
    "demanding",
];

/// Verbs that judge something in the subject's own words, quoted in their object: `Djukanovic
/// blamed Yugoslavia's problems on Milosevic's "undemocratic regime"`, `Zyuganov denounced the
/// comments as "naive and unforgivable"`, `Krugman likened the solutions to "trying to bail out a
/// sinking ship with teaspoons"`. Their object is often a title, never spoken (`Lane likened "The
/// Phantom Menace" to …`), so they speak only through words that are not in title case
/// ([`judges_in_own_words`]). Verbs whose past form is mostly a participle naming a thing
/// (`labeled`, `termed`, `estimated`, `portrayed`) are not among them.
pub(crate) const CHARACTERIZING_VERBS: &[&str] = &[
    "blamed",
    "blames",
    "denounced",
    "denounces",
    "decried",
    "decries",
    "deplored",
    "deplores",
    "derided",
    "derides",
    "likened",
    "likens",
    "refuted",
    "hailed",
    "hails",
    "lauded",
    "slammed",
    "lambasted",
    "ridiculed",
    "mocked",
    "assailed",
    "scoffed",
    "expressed",
    "expresses",
    "voiced",
];

pub(crate) fn is_speech_verb(t: &Tok) -> bool {
    t.word && !t.cap && is_speech_word(&t.lower) || t.is("according")
}

/// Whether a lower-cased word is a speech verb or its participle, whatever its letter case in the
/// text (`Added` opening `Added Hunter: "…"`).
pub(crate) fn is_speech_word(lower: &str) -> bool {
    SPEECH_VERBS.contains(&lower)
        || PARTICIPLES.contains(&lower)
        || CHARACTERIZING_VERBS.contains(&lower)
}

/// Whether a lower-cased word is a [`CHARACTERIZING_VERBS`] verb.
pub(crate) fn is_characterizing(lower: &str) -> bool {
    CHARACTERIZING_VERBS.contains(&lower)
}

/// Verbs that judge in the subject's own words only when the quotation is what their object is
/// called (`Sharon attacked the Oslo accords as "terrible and dangerous"`, `Jabr brushed aside
/// those issues as mere "technical difficulties"`, `Gore introduced Clinton as "my friend"`,
/// `Libya has pronounced tourism to be "the industry of the 21st century"`): elsewhere they are
/// no speech (`attacked the village`, `remembers the day`). Read by
/// `attribution::judging_verb`; forms already speech verbs (`described`, `condemned`,
/// `dismissed`) are not repeated.
const CHARACTERIZING_AS_VERBS: &[&str] = &[
    "attack",
    "attacks",
    "attacked",
    "brand",
    "brands",
    "branded",
    "brushed",
    "brushes",
    "characterise",
    "characterised",
    "characterises",
    "characterize",
    "characterized",
    "characterizes",
    "condemn",
    "condemns",
    "define",
    "defined",
    "defines",
    "denounce",
    "depict",
    "depicted",
    "depicts",
    "deride",
    "describe",
    "dismiss",
    "dismisses",
    "endorse",
    "endorsed",
    "endorses",
    "hail",
    "introduce",
    "introduced",
    "introduces",
    "label",
    "labeled",
    "labelled",
    "labels",
    "portray",
    "portrayed",
    "portrays",
    "praise",
    "praised",
    "praises",
    "pronounce",
    "pronounced",
    "pronounces",
    "remember",
    "remembered",
    "remembers",
    "tout",
    "touted",
    "touts",
];

/// Whether a lower-cased word is a [`CHARACTERIZING_AS_VERBS`] verb.
pub(crate) fn is_characterizing_as(lower: &str) -> bool {
    CHARACTERIZING_AS_VERBS.contains(&lower)
}

/// Whether a speech verb may speak through quoted words `title_case` or not: a characterizing
/// verb's quoted object in title case is a title (`blamed the "Star Wars" debacle`, `introduced
/// the album as "Blue Moon"`).
pub(crate) fn judges_in_own_words(verb: &str, title_case: bool) -> bool {
    !(title_case && (is_characterizing(verb) || is_characterizing_as(verb)))
}

/// Past tenses that do not end in `-ed`, of verbs news writes after a person's name (`Janell Mead
/// spent 20 years`, `John Smith went home`).
const IRREGULAR_PASTS: &[&str] = &[
    "became",
    "began",
    "bought",
    "brought",
    "built",
    "came",
    "drove",
    "fell",
    "felt",
    "fled",
    "flew",
    "fought",
    "found",
    "gave",
    "got",
    "grew",
    "heard",
    "held",
    "hid",
    "kept",
    "knew",
    "led",
    "left",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "ran",
    "rode",
    "rose",
    "sat",
    "saw",
    "sent",
    "slept",
    "sought",
    "spent",
    "spoke",
    "stood",
    "struck",
    "swore",
    "taught",
    "thought",
    "threw",
    "told",
    "took",
    "underwent",
    "went",
    "woke",
    "won",
    "wore",
    "wrote",
];

/// Whether the lower-case word after a name reads as its verb: a past tense (`-ed`, or one of
/// [`IRREGULAR_PASTS`]) or a present in `-s` (`teaches`, `lives`), not `-ss` (`boss`).
pub(crate) fn reads_as_verb_after_name(lower: &str) -> bool {
    lower.len() > 3 && (lower.ends_with("ed") || lower.ends_with('s') && !lower.ends_with("ss"))
        || IRREGULAR_PASTS.contains(&lower)
}

/// Whether a lower-case word is one of the irregular past tenses (`began`, `wrote`).
pub(crate) fn is_irregular_past(lower: &str) -> bool {
    IRREGULAR_PASTS.contains(&lower)
}

pub(crate) fn is_participle(t: &Tok) -> bool {
    t.word && PARTICIPLES.contains(&t.lower.as_str())
}

/// Verbs that report what someone said (not `calls`, `described`, which judge in their own words).
const REPORTING_VERBS: [&str; 30] = [
    "said",
    "says",
    "added",
    "adds",
    "told",
    "tells",
    "noted",
    "notes",
    "stated",
    "states",
    "wrote",
    "writes",
    "reported",
    "reports",
    "argued",
    "argues",
    "contended",
    "contends",
    "explained",
    "insisted",
    "insists",
    "maintained",
    "maintains",
    "warned",
    "warns",
    "acknowledged",
    "conceded",
    "asserted",
    "claimed",
    "concluded",
];

/// Whether `lower` is one of the [`REPORTING_VERBS`].
pub(crate) fn is_reporting_verb(lower: &str) -> bool {
    REPORTING_VERBS.contains(&lower)
}

/// Speech verbs of agreement (`"…," Cuomo agreed`), read as speech only after the quoted words:
/// before them an agreement is not speech (`agreed to a "cease-fire"`, `they had agreed … and made
/// "…"`).
pub(crate) fn is_agreeing(lower: &str) -> bool {
    ["agreed", "agrees", "disagreed"].contains(&lower)
}

/// A word opening a participle's clause ("Striding", "released", "Contradicting"): an `-ing`
/// word (of eight letters or more when capitalised: not "Beijing"), or a lower-case `-ed` word.
pub(crate) fn is_participle_clause_opener(t: &Tok) -> bool {
    let n = t.lower.chars().count();
    t.word
        && (t.lower.ends_with("ing") && n >= if t.cap { 8 } else { 5 }
            || !t.cap && t.lower.ends_with("ed") && n >= 5)
}
