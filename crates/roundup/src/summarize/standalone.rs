//! Whether a sentence stands alone: a reader of the summary sees it without its neighbours.
//!
//! A sentence that leans on what came before it in its article misleads or puzzles out of
//! context, so no method takes one. [`dependency`] names the reason:
//! - it opens with a pronoun or demonstrative (`He`, `They`, `This`, `Those`), a connective
//!   (`But`, `However`, `Also`, `Meanwhile`, `In addition`), an ordinal (`Second,`, `Number two`),
//!   or a definite description that points back (`The move`, `The decision`, `The same`);
//! - it has `also` among its first eight words (`The company also said`), which adds to something
//!   told before, a pronoun subject right after a short opening phrase (`On Tuesday, he said`), or
//!   a person's pronoun among its first words with no name before it (`Seemingly overnight he
//!   had taken`);
//! - it is a quotation whose speaker is not named in it (`"…," he said.`; or a quotation that lost
//!   its marks: first person outside any quotation, `But now, obviously, I don't feel that way.`);
//! - it names its speaker only by a pronoun or a bare role (`…, he said.`, `the radio said`, `one
//!   aide said`);
//! - it points, past its opening, to what is told elsewhere: the dateline's `here` (`met here
//!   Sunday`), `this matter`, `such shortcomings`, `however` among its first words, a closing `too`, or it says only
//!   that someone `was not available for comment`;
//! - it is a photo caption or credit (`(AP Photo/…)`, `pictured`, `in this picture released by`);
//! - it is a fragment: a headline in title case.
//!
//! Two more rules read the sentence with its article ([`super::article_context`]): a `The N`
//! subject the sentences before name, and, in cased text, a sentence that names nothing.
//!
//! These rules read the sentence alone and are case-insensitive where the data may be lower-cased
//! (Multi-News).
//!
//! Some of these sentences are made self-contained by a visible, faithful edit instead
//! ([`standalone_text`]): a leading connective is dropped, with the next letter's new capital in
//! brackets (`But the council voted` → `[T]he council voted`). The source's words are never
//! changed silently. (Replacing a `he`/`she` by the name the sentence before gives was tried and
//! dropped: hand-judged on DUC 2003, 2 of 5 such names were wrong; BENCHMARKS.md.) A sentence
//! that leans on the one before it may still be shown right after that one
//! ([`Dependency::is_mended_by_previous`]).

use std::ops::Range;

/// Why a sentence does not stand alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dependency {
    /// Opens with a pronoun, demonstrative, connective, ordinal or back-pointing description.
    LeadingReference,
    /// `also` among its first words.
    Also,
    /// A quotation without its speaker, or first-person words without quotation marks.
    SpeakerMissing,
    /// A photo caption or credit.
    Caption,
    /// A headline or fragment.
    Fragment,
    /// Names nothing a reader could place it by: no person, place, organisation or figure past
    /// its first word (`The plane will return later in the day.`, `No hearing date has been
    /// set.`). Judged only in cased text.
    NamesNothing,
    /// Points, past its opening, to a place, matter or exchange told elsewhere: the dateline's
    /// `here` (`met here Sunday`), `this matter`, a closing `too`, `In Bangkok, however,`, or no
    /// more than that someone `was not available for comment`.
    PointsBack,
}

impl Dependency {
    /// Whether the sentence before it in its article gives the context it needs (a pronoun's
    /// person, what `also` adds to, whose quotation it is), so it reads right after that one.
    pub fn is_mended_by_previous(self) -> bool {
        matches!(
            self,
            Dependency::LeadingReference
                | Dependency::Also
                | Dependency::SpeakerMissing
                | Dependency::PointsBack
                | Dependency::NamesNothing
        )
    }
}

/// Words that, opening a sentence, point back to something told before.
const LEADING_REFERENCES: [&str; 34] = [
    "he",
    "she",
    "it",
    "they",
    "his",
    "her",
    "its",
    "their",
    "them",
    "him",
    "this",
    "that",
    "these",
    "those",
    "such",
    "another",
    "others",
    "also",
    "then",
    "moreover",
    "furthermore",
    "besides",
    "thus",
    "therefore",
    "hence",
    "otherwise",
    "later",
    "afterward",
    "afterwards",
    "again",
    "similarly",
    "likewise",
    "second",
    "third",
];

/// Connectives that may open a sentence that otherwise stands alone: [`standalone_text`] drops
/// them with a visible edit.
const CONNECTIVES: [&str; 16] = [
    "but",
    "and",
    "however",
    "still",
    "yet",
    "meanwhile",
    "instead",
    "indeed",
    "so",
    "finally",
    "nevertheless",
    "nonetheless",
    "now",
    "in addition",
    "in fact",
    "at the same time",
];

/// Two-word openings that point back.
const LEADING_PHRASES: [&str; 39] = [
    "as a result",
    "in other words",
    "since then",
    "by then",
    "until then",
    "after that",
    "before that",
    "at that time",
    "most of them",
    "some of them",
    "all of them",
    "many of them",
    "on the other hand",
    "for example",
    "for instance",
    "in turn",
    "even so",
    "the move",
    "the decision",
    "the announcement",
    "the incident",
    "the deal",
    "the plan",
    "the statement",
    "the comments",
    "the remarks",
    "the same",
    "the latter",
    "the former",
    "the other",
    "the two",
    "the step",
    "the measure",
    "the ruling",
    "the news",
    "the development",
    "number one",
    "number two",
    "number three",
];

/// `This`/`That` followed by these is a time, not a reference: `This year`, `That night`.
const TIME_WORDS: [&str; 12] = [
    "year",
    "week",
    "month",
    "morning",
    "afternoon",
    "evening",
    "night",
    "summer",
    "winter",
    "spring",
    "fall",
    "weekend",
];

/// The caption cues, found case-insensitively in one pass (in the sentence's
/// [`crate::words::ascii_lowered`] text).
static CAPTION_MATCHER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| crate::words::lowered_phrase_matcher(CAPTION_CUES));

/// Caption and credit cues (lower case): a photo's credit, or the place of someone in it
/// (`( left )` as Multi-News spaces it).
const CAPTION_CUES: [&str; 16] = [
    "(left)",
    "( left )",
    "(right)",
    "( right )",
    "(center)",
    "( center )",
    "ap photo",
    "(photo",
    "photo:",
    "file photo",
    "pictured",
    "in this photo",
    "in this picture",
    "in this image",
    "getty images",
    "left to right",
];

/// Pronouns that, as the subject right after a short opening phrase, point back.
const SUBJECT_PRONOUNS: [&str; 6] = ["he", "she", "it", "they", "these", "those"];

/// Pronouns that stand for a person (in lower case: `He` opening a sentence is read above).
const PERSON_PRONOUNS: [&str; 3] = ["he", "she", "they"];

/// A person's pronoun among this many first words, with no name before it, stands for someone
/// told before.
const PERSON_PRONOUN_WITHIN: usize = 5;

/// The longest opening phrase (words before its comma) the pronoun rule looks past.
const SHORT_OPENING_WORDS: usize = 5;

/// Within how many opening words `of those`, `of these` or `of them` takes a part of a group named
/// in the sentence before (`Twenty-four of those people`, `Many of them`).
const PART_OF_WITHIN: usize = 4;

/// `also` among this many first words adds to something told before (`As a young rider,
/// Contador also gets …`).
const ALSO_WITHIN: usize = 8;

/// Plain speech verbs (the analyse stage's [`crate::text::speech_verbs::PLAIN_SPEECH_VERBS`]).
use crate::text::speech_verbs::PLAIN_SPEECH_VERBS as SPEECH_VERBS;

/// Roles that, as `the …` or `one …` before a speech verb, leave the speaker unnamed (`the radio
/// said`, `one aide said`); plurals count too.
const UNNAMED_SPEAKERS: [&str; 17] = [
    "newspaper",
    "paper",
    "daily",
    "radio",
    "station",
    "network",
    "agency",
    "report",
    "statement",
    "aide",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "commander",
    "ministry",
];

/// Words before `here` that make it a place the sentence names, not the dateline's (`from
/// here`, `click here`).
const HERE_EXCUSED_AFTER: [&str; 11] = [
    "from", "near", "over", "out", "around", "in", "click", "come", "came", "get", "got",
];

/// More words that, after a `this` past the sentence's opening, make it a time (`in this
/// century`, `this past February`), besides the [`TIME_WORDS`] and the days and months.
const MORE_TIME_WORDS: [&str; 8] = [
    "years", "time", "season", "century", "decade", "past", "quarter", "autumn",
];

/// Endings of a sentence that says only that someone could not or would not comment.
const NO_COMMENT_ENDINGS: [&str; 4] = ["for comment", "to comment", "be reached", "not comment"];

/// Pronouns that, as the subject of a speech verb, leave the speaker unnamed.
const PRONOUNS: [&str; 6] = ["he", "she", "they", "it", "we", "i"];

/// First-person words: outside a quotation they are someone's words that lost their marks.
const FIRST_PERSON: [&str; 6] = ["i", "we", "my", "our", "me", "us"];

/// Whether `text` stands alone ([`dependency`] is `None`).
pub fn stands_alone(text: &str) -> bool {
    dependency(text).is_none()
}

/// Why `text` does not stand alone, if it does not.
pub fn dependency(text: &str) -> Option<Dependency> {
    dependency_at(text, &crate::words::word_ranges(text))
}

/// [`dependency`] of `text` whose words ([`crate::words::word_ranges`]) are at `ranges`.
fn dependency_at(text: &str, ranges: &[Range<usize>]) -> Option<Dependency> {
    // one pass over the words; each compared in place, case-insensitively, with no copies
    let word = |i: usize| &text[ranges[i].clone()];
    let is = |i: usize, w: &str| i < ranges.len() && word(i).eq_ignore_ascii_case(w);
    let opens_with_quote = text
        .trim_start()
        .starts_with(['"', '\u{201c}', '\u{2018}', '\'', '`']);
    // most sentences open with a word of no opening list's shape: no list is read for them
    let opener = !opens_with_quote
        && !ranges.is_empty()
        && (OPENING_SHAPES.may_hold(word(0)) || is(0, "no"));
    if opener {
        if leading_connective(text, ranges).is_some() {
            return Some(Dependency::LeadingReference);
        }
        let time = (is(0, "this") || is(0, "that")) && TIME_WORDS.iter().any(|t| is(1, t));
        if !time
            && (LEADING_REFERENCES.iter().any(|r| is(0, r))
                || opening(text, ranges, &LEADING_PHRASE_WORDS).is_some())
        {
            return Some(Dependency::LeadingReference);
        }
        if is(0, "no") && ranges.len() > 1 && word(1).bytes().all(|b| b.is_ascii_digit()) {
            return Some(Dependency::LeadingReference); // `No. 2 is ...`
        }
    }
    // a short opening phrase, then a pronoun subject: `On Tuesday, he said …`, `In a statement,
    // it added …` lean on the sentence before as a leading pronoun does
    if !opens_with_quote {
        if let Some(comma) = ranges
            .iter()
            .take(SHORT_OPENING_WORDS + 1)
            .position(|r| text[r.end..].starts_with(','))
        {
            if (1..=SHORT_OPENING_WORDS).contains(&(comma + 1))
                && SUBJECT_PRONOUNS.iter().any(|p| is(comma + 1, p))
            {
                return Some(Dependency::LeadingReference);
            }
        }
        // a person's pronoun among the first words with no name before it: `Seemingly
        // overnight he had taken …`, `Some moderates said they were …`
        let capitalised = |i: usize| word(i).starts_with(|c: char| c.is_uppercase());
        if let Some(p) = (1..ranges.len().min(PERSON_PRONOUN_WITHIN))
            .find(|&i| PERSON_PRONOUNS.iter().any(|p| word(i) == *p))
        {
            if !(1..p).any(capitalised) {
                return Some(Dependency::LeadingReference);
            }
        }
    }
    // a part of a group named before: `Twenty-four of those people were hospitalized`, `Most of
    // them …`, `Some of these …`
    if (1..PART_OF_WITHIN)
        .any(|i| is(i, "of") && ["those", "these", "them"].iter().any(|w| is(i + 1, w)))
        && !opens_with_quote
    {
        return Some(Dependency::LeadingReference);
    }
    // `also known as`: a name, not an addition (`also called for` is one: `called` is not excused)
    if (0..ALSO_WITHIN).any(|i| is(i, "also") && !is(i + 1, "known")) {
        return Some(Dependency::Also);
    }
    if CAPTION_MATCHER.is_match(crate::words::ascii_lowered(text).as_ref()) {
        return Some(Dependency::Caption);
    }
    // the words outside quotation marks, by index
    let outside = outside_words(text, ranges);
    if let Some(why) =
        unnamed_speaker(text, ranges, &outside).or_else(|| points_back(text, ranges, &outside))
    {
        return Some(why);
    }
    let quoted_share = 1.0 - outside.len() as f32 / ranges.len().max(1) as f32;
    let named = || attribution(text, ranges, &outside, is_plain_speech_verb) == Some(true);
    // a quotation's speaker may be brought in by any speech verb (`"…," Williams laments`)
    let quotation_named = || attribution(text, ranges, &outside, is_speech_verb) == Some(true);
    if (quoted_share > 0.5 || (opens_with_quote && quoted_share > 0.25)) && !quotation_named() {
        return Some(Dependency::SpeakerMissing);
    }
    let first_person = outside.iter().any(|&i| {
        let w = word(i);
        if w.len() > 3 {
            return false; // no first-person word is longer
        }
        // `US` is the country; `us` the pronoun, except where lower-cased text writes the
        // country so (`in the us`, `us troops`)
        if w == "us" {
            return !lower_cased_country(text, ranges, i);
        }
        w != "US" && FIRST_PERSON.iter().any(|p| w.eq_ignore_ascii_case(p))
    });
    if first_person && !named() {
        return Some(Dependency::SpeakerMissing);
    }
    if is_title_case(text, ranges) || is_cut_off(text) {
        return Some(Dependency::Fragment);
    }
    None
}

/// Nouns that the country's name, lower-cased, writes before it (`us troops`, `us president`): no
/// pronoun `us` comes right before one of them.
const COUNTRY_MODIFIED_NOUNS: [&str; 40] = [
    "administration",
    "ambassador",
    "army",
    "authorities",
    "border",
    "citizens",
    "companies",
    "congress",
    "consulate",
    "court",
    "department",
    "diplomats",
    "dollar",
    "dollars",
    "economy",
    "election",
    "elections",
    "embassy",
    "envoy",
    "federal",
    "forces",
    "government",
    "intelligence",
    "justice",
    "lawmakers",
    "marines",
    "military",
    "national",
    "navy",
    "officials",
    "president",
    "president's",
    "researchers",
    "secretary",
    "senate",
    "senator",
    "soldiers",
    "state",
    "tech",
    "troops",
];

/// Whether the word `us` at `ranges[i]` of lower-cased text is the country: after `the` (`in the
/// us`), which no pronoun follows, or before a noun the country's name modifies (`us troops`).
fn lower_cased_country(text: &str, ranges: &[Range<usize>], i: usize) -> bool {
    let word = |k: usize| &text[ranges[k].clone()];
    (i > 0 && word(i - 1).eq_ignore_ascii_case("the"))
        || ranges
            .get(i + 1)
            .is_some_and(|r| COUNTRY_MODIFIED_NOUNS.contains(&&text[r.clone()]))
}

/// Whether a sentence was cut off where a page shortened it: it ends in an ellipsis with no
/// sentence ending before it (`Davis, and Walli Mujahidh, also known as Frederick...`; not `…
/// and so on. . .` after a full stop, nor a quotation trailing off inside its marks).
fn is_cut_off(text: &str) -> bool {
    let t = text.trim_end();
    let Some(before) = t.strip_suffix("...").or_else(|| t.strip_suffix('\u{2026}')) else {
        return false;
    };
    let before = before.trim_end();
    !before.is_empty() && !before.ends_with(['.', '!', '?', ',', ';', ':', '"', '\u{201d}'])
}

/// The shapes of every word that may open a sentence that leans on the one before: the first
/// words of [`CONNECTIVES`], [`LEADING_PHRASES`] and [`LEADING_REFERENCES`].
static OPENING_SHAPES: std::sync::LazyLock<crate::words::WordShapes> =
    std::sync::LazyLock::new(|| {
        crate::words::WordShapes::of(
            CONNECTIVES
                .iter()
                .chain(&LEADING_PHRASES)
                .chain(&LEADING_REFERENCES)
                .filter_map(|p| p.split(' ').next()),
        )
    });

/// [`CONNECTIVES`] and [`LEADING_PHRASES`] as word lists, split once.
static CONNECTIVE_WORDS: std::sync::LazyLock<Vec<Vec<&str>>> =
    std::sync::LazyLock::new(|| CONNECTIVES.iter().map(|p| p.split(' ').collect()).collect());
static LEADING_PHRASE_WORDS: std::sync::LazyLock<Vec<Vec<&str>>> = std::sync::LazyLock::new(|| {
    LEADING_PHRASES
        .iter()
        .map(|p| p.split(' ').collect())
        .collect()
});

/// Connectives that are adverbs of the clause when no comma follows them (`Now is the time`,
/// `Still missing are`): they count only as `Now,` and `Still,`.
const CONNECTIVES_WITH_COMMA: [&str; 2] = ["now", "still"];

/// Words after which `so` is a degree word, not a connective (`So far`, `So many people`).
const SO_DEGREE: [&str; 7] = ["far", "much", "many", "long", "few", "little", "too"];

/// The number of words of the connective `text` (its words at `ranges`) opens with, if it opens
/// with one used as a connective.
fn leading_connective(text: &str, ranges: &[Range<usize>]) -> Option<usize> {
    let n = opening(text, ranges, &CONNECTIVE_WORDS)?;
    let first = &text[ranges[0].clone()];
    let is_any = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    if n == 1 && is_any(first, &CONNECTIVES_WITH_COMMA) && !text[ranges[0].end..].starts_with(',') {
        return None;
    }
    if n == 1 && first.eq_ignore_ascii_case("so") && is_any(&text[ranges[1].clone()], &SO_DEGREE) {
        return None;
    }
    // `In addition to their role, …` is a phrase of the sentence, not a connective (dropping it
    // would leave `[T]o their role, …`)
    if ranges
        .get(n)
        .is_some_and(|r| text[r.clone()].eq_ignore_ascii_case("to"))
    {
        return None;
    }
    Some(n)
}

/// The number of words of the first of `phrases` that `text` (its words at `ranges`) opens
/// with, compared case-insensitively; a phrase must leave a word after it.
fn opening(text: &str, ranges: &[Range<usize>], phrases: &[Vec<&str>]) -> Option<usize> {
    phrases
        .iter()
        .find(|phrase| {
            ranges.len() > phrase.len()
                && phrase
                    .iter()
                    .zip(ranges)
                    .all(|(p, r)| text[r.clone()].eq_ignore_ascii_case(p))
        })
        .map(Vec::len)
}

/// `text` made to stand alone, when it needs no edit or a visible, faithful one (see the module
/// documentation); `Err` with the reason when it cannot be.
pub fn standalone_text(text: &str) -> Result<std::borrow::Cow<'_, str>, Dependency> {
    standalone_text_at(text, &crate::words::word_ranges(text))
}

/// [`standalone_text`] of `text` whose words ([`crate::words::word_ranges`]) are at `ranges`
/// (an analysed sentence's, read once).
pub fn standalone_text_at<'a>(
    text: &'a str,
    ranges: &[Range<usize>],
) -> Result<std::borrow::Cow<'a, str>, Dependency> {
    use std::borrow::Cow;
    let Some(why) = dependency_at(text, ranges) else {
        return Ok(Cow::Borrowed(text));
    };
    // a leading connective: dropped, the new first letter's capital in brackets
    if let Some(n) = leading_connective(text, ranges) {
        let rest = text[ranges[n - 1].end..].trim_start_matches([',', ' ']);
        let mut chars = rest.chars();
        let Some(first) = chars.next() else {
            return Err(why);
        };
        let edited = if first.is_lowercase() {
            format!("[{}]{}", first.to_uppercase(), chars.as_str())
        } else {
            rest.to_string()
        };
        // judged without the brackets, which would split the first word (`[T]hese` is `these`)
        if dependency(rest).is_none() {
            return Ok(Cow::Owned(edited));
        }
    }
    Err(why)
}

/// The shapes of the [`SPEECH_VERBS`] and `reported`.
static SPEECH_VERB_SHAPES: std::sync::LazyLock<crate::words::WordShapes> =
    std::sync::LazyLock::new(|| {
        crate::words::WordShapes::of(SPEECH_VERBS.iter().copied().chain(["reported"]))
    });

/// A speech verb whose subject is a pronoun after a comma (`…, he said.`, `…, it added.`) or a
/// bare role (`the radio said`, `one aide said`, `the newspaper reported`): whose words these are
/// was told elsewhere.
fn unnamed_speaker(text: &str, ranges: &[Range<usize>], outside: &[usize]) -> Option<Dependency> {
    let is_any = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    let word = |i: usize| &text[ranges[i].clone()];
    for (k, &v) in outside.iter().enumerate() {
        // most words have no speech verb's shape: no list is read for them
        if k == 0
            || !SPEECH_VERB_SHAPES.may_hold(word(v))
            || !(is_any(word(v), &SPEECH_VERBS) || word(v).eq_ignore_ascii_case("reported"))
        {
            continue;
        }
        let subject = outside[k - 1];
        if subject + 1 != v {
            continue; // a quotation between them
        }
        let after_comma =
            subject > 0 && text[ranges[subject - 1].end..ranges[subject].start].contains(',');
        if after_comma && is_any(word(subject), &SUBJECT_PRONOUNS[..4]) {
            return Some(Dependency::SpeakerMissing);
        }
        let role = word(subject);
        let singular = role
            .strip_suffix('s')
            .filter(|r| is_any(r, &UNNAMED_SPEAKERS));
        if subject > 0
            && (is_any(role, &UNNAMED_SPEAKERS) || singular.is_some())
            && role.starts_with(|c: char| c.is_lowercase())
            && is_any(word(subject - 1), &["the", "one"])
        {
            return Some(Dependency::SpeakerMissing);
        }
    }
    None
}

/// Whether, past its opening, `text` points to what is told elsewhere (see
/// [`Dependency::PointsBack`]); its words at `ranges`, those outside quotation marks `outside`.
fn points_back(text: &str, ranges: &[Range<usize>], outside: &[usize]) -> Option<Dependency> {
    let is_any = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    let word = |i: usize| &text[ranges[i].clone()];
    let n = ranges.len();
    for (k, &i) in outside.iter().enumerate() {
        let w = word(i);
        // only `here`, `such` and `this` read the word after them
        if !((w.len() == 4 && (w.eq_ignore_ascii_case("here") || w.eq_ignore_ascii_case("such")))
            || w == "this")
        {
            continue;
        }
        let next = (i + 1 < n && outside.get(k + 1) == Some(&(i + 1))).then(|| word(i + 1));
        // the dateline's place: `met here Sunday`, `the embassy here`
        if w.eq_ignore_ascii_case("here")
            && i > 0
            && !is_any(word(i - 1), &HERE_EXCUSED_AFTER)
            && !next.is_some_and(|x| is_any(x, &["is", "are", "was", "were", "s", "and"]))
        {
            return Some(Dependency::PointsBack);
        }
        // `Despite such temporary shortcomings` (not `such as`, `such a`, `no such`)
        if w.eq_ignore_ascii_case("such")
            && i > 0
            && !word(i - 1).eq_ignore_ascii_case("no")
            && next.is_some_and(|x| {
                x.starts_with(|c: char| c.is_ascii_lowercase()) && !is_any(x, &["as", "a", "an"])
            })
        {
            return Some(Dependency::PointsBack);
        }
        // `in this matter` (a sentence's first `This` is a leading reference, read above)
        if i > 0
            && w == "this"
            && next.is_some_and(|x| {
                x.starts_with(|c: char| c.is_ascii_lowercase())
                    && x.len() > 2
                    && !is_any(x, &TIME_WORDS)
                    && !is_any(x, &MORE_TIME_WORDS)
                    && !crate::dates::is_calendar_word(&x.to_ascii_lowercase())
                    && !is_any(
                        x,
                        &["is", "was", "will", "would", "has", "had", "and", "one"],
                    )
            })
        {
            return Some(Dependency::PointsBack);
        }
    }
    // `In Bangkok, however, …`
    if (1..=4).any(|i| {
        i < n
            && word(i).eq_ignore_ascii_case("however")
            && text[..ranges[i].start].trim_end().ends_with(',')
    }) {
        return Some(Dependency::PointsBack);
    }
    let ending = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    // `… could face charges too.`
    if outside
        .last()
        .is_some_and(|&i| i + 1 == n && word(i).eq_ignore_ascii_case("too"))
        && ending.len() == ranges[n - 1].end
    {
        return Some(Dependency::PointsBack);
    }
    let lower_end = |e: &str| {
        ending.len() >= e.len()
            && ending.is_char_boundary(ending.len() - e.len())
            && ending[ending.len() - e.len()..].eq_ignore_ascii_case(e)
    };
    if NO_COMMENT_ENDINGS.iter().any(|e| lower_end(e)) {
        return Some(Dependency::PointsBack);
    }
    None
}

/// Whether `w` is one of the plain [`SPEECH_VERBS`] (`said`, `told`, `wrote`): those whose
/// subject speaks for the first-person words of the sentence.
fn is_plain_speech_verb(w: &str) -> bool {
    SPEECH_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v))
}

/// Whether `w` is any speech verb, a plain one or one of the analyse stage's
/// ([`crate::text::speech_verbs::is_finite_speech_verb`]).
fn is_speech_verb(w: &str) -> bool {
    is_plain_speech_verb(w) || crate::text::speech_verbs::is_finite_speech_verb(w)
}

/// Whether the words outside quotation marks attribute the quotation to a named speaker:
/// `Some(true)` named, `Some(false)` a pronoun, `None` no speech verb at all.
fn attribution(
    text: &str,
    ranges: &[Range<usize>],
    outside: &[usize],
    is_verb: fn(&str) -> bool,
) -> Option<bool> {
    let word = |k: usize| &text[ranges[outside[k]].clone()];
    let is_any = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    let v = (0..outside.len()).find(|&k| is_verb(word(k)))?;
    // the subject next to the verb: `he said`, `said he`, `Lavrov said`, `said Lavrov`
    let before = v.checked_sub(1).map(word);
    let after = (v + 1 < outside.len()).then(|| word(v + 1));
    if before.is_some_and(|w| is_any(w, &PRONOUNS))
        || (after.is_some_and(|w| is_any(w, &PRONOUNS)) && outside.len() <= v + 2)
    {
        return Some(false);
    }
    // a named speaker: a capitalised word outside the quotation (not the sentence's first), or
    // (lower-cased data) any content word next to the verb that is not a pronoun
    let named = outside.iter().any(|&i| {
        i > 0
            && text[ranges[i].clone()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }) || before.is_some_and(|w| w.len() > 2)
        || after.is_some_and(|w| w.len() > 2 && !w.eq_ignore_ascii_case("that"));
    Some(named)
}

/// The indices of the words of `text` (at `ranges`) outside quotation marks
/// ([`crate::words::quoted_ranges`]).
fn outside_words(text: &str, ranges: &[Range<usize>]) -> Vec<usize> {
    let quoted = crate::words::quoted_ranges(text);
    let mut out = Vec::with_capacity(ranges.len());
    let mut q = 0;
    for (i, r) in ranges.iter().enumerate() {
        while q < quoted.len() && quoted[q].end < r.end {
            q += 1;
        }
        if !quoted
            .get(q)
            .is_some_and(|s| s.start <= r.start && r.end <= s.end)
        {
            out.push(i);
        }
    }
    out
}

/// A headline: most words of four letters or more capitalised (in cased text).
fn is_title_case(text: &str, ranges: &[Range<usize>]) -> bool {
    // no capitals: nothing is capitalised, and no count of long words passes
    if crate::words::has_no_capital(text) {
        return false;
    }
    let (mut long, mut capitalised) = (0, 0);
    for r in ranges {
        if r.len() < 4 {
            continue;
        }
        let w = &text[r.clone()];
        let alphabetic = if w.is_ascii() {
            w.bytes().all(|b| b.is_ascii_alphabetic())
        } else {
            w.chars().all(char::is_alphabetic)
        };
        if alphabetic {
            long += 1;
            if w.chars().next().is_some_and(char::is_uppercase) {
                capitalised += 1;
            } else if long - capitalised > 1 {
                return false; // two long words in lower case: not a headline, whatever follows
            }
        }
    }
    // a sentence naming several people has many capitals too, but its other long words are in
    // lower case (`The hostages _ Britons Peter Kennedy, … _ were kidnapped`)
    long >= 4 && capitalised * 10 >= long * 7 && long - capitalised <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_title_case`] as first written: every word read, no shortcut.
    fn title_case_reference(text: &str, ranges: &[Range<usize>]) -> bool {
        let (mut long, mut capitalised) = (0, 0);
        for r in ranges {
            let w = &text[r.clone()];
            if w.len() >= 4 && w.chars().all(char::is_alphabetic) {
                long += 1;
                capitalised += w.chars().next().is_some_and(char::is_uppercase) as usize;
            }
        }
        long >= 4 && capitalised * 10 >= long * 7 && long - capitalised <= 1
    }

    proptest::proptest! {
        #[test]
        fn the_title_case_test_equals_reading_every_word(
            text in "((Storm|storm|Hits|hits|Coast|COAST|Ölen|ölen|Émile|x2y4|Über) ?|[a-z ]){0,16}"
        ) {
            let ranges = crate::words::word_ranges(&text);
            proptest::prop_assert_eq!(
                is_title_case(&text, &ranges),
                title_case_reference(&text, &ranges)
            );
            if crate::words::has_no_capital(&text) {
                proptest::prop_assert!(!text.chars().any(char::is_uppercase));
            }
        }
    }

    #[test]
    fn sentences_that_lean_on_the_one_before_do_not_stand_alone() {
        for (text, why) in [
            (
                "He said the talks would resume on Monday.",
                Dependency::LeadingReference,
            ),
            (
                "The move angered officials in Washington.",
                Dependency::LeadingReference,
            ),
            (
                "Number two is Michael Jackson, with 12 hits.",
                Dependency::LeadingReference,
            ),
            (
                "Twenty-four of those people were hospitalized.",
                Dependency::LeadingReference,
            ),
            (
                "Most of them had been vaccinated last year.",
                Dependency::LeadingReference,
            ),
            (
                "But the council rejected the plan on Tuesday.",
                Dependency::LeadingReference,
            ),
            (
                "In addition, the city will repair the bridge.",
                Dependency::LeadingReference,
            ),
            (
                "Since then, 15 students have been suspended.",
                Dependency::LeadingReference,
            ),
            (
                "In other words, a certain summer blockbuster.",
                Dependency::LeadingReference,
            ),
            (
                "The company also said profits fell 5 percent.",
                Dependency::Also,
            ),
            (
                "As a young rider, the Spaniard also takes the white jersey.",
                Dependency::Also,
            ),
            (
                "On Tuesday, he said the talks would resume within a week.",
                Dependency::LeadingReference,
            ),
            (
                "\"We will not reopen it,\" he said.",
                Dependency::SpeakerMissing,
            ),
            (
                "But now, obviously, I don't feel that way.",
                Dependency::LeadingReference,
            ),
            (
                "Obviously, I don't feel that way.",
                Dependency::SpeakerMissing,
            ),
            (
                "Rescuers search the rubble (AP Photo/Burhan Ozbilici).",
                Dependency::Caption,
            ),
            (
                "North Koreans perform during the mass games in this picture released by KCNA.",
                Dependency::Caption,
            ),
            (
                "The tree frog's back changes from brown by day ( left ) to yellow at night ( right ).",
                Dependency::Caption,
            ),
            (
                "Russian Foreign Minister Says Iranian Presence Is Legitimate.",
                Dependency::Fragment,
            ),
            (
                "The defense lawyer delivered final arguments in the trial on Friday, alleging...",
                Dependency::Fragment,
            ),
            (
                "The team would not be dominant at any weight, he said.",
                Dependency::SpeakerMissing,
            ),
            (
                "\"People voted for Islam,\" the radio said.",
                Dependency::SpeakerMissing,
            ),
            (
                "\"It has gone so far that a whole republic succumbed,\" he laments.",
                Dependency::SpeakerMissing,
            ),
            // first person outside quotation marks: `say` names no one else who speaks
            (
                "I can say clearly that the film is a parable about art and commerce.",
                Dependency::SpeakerMissing,
            ),
            // lower-cased text's `us` is the pronoun where no country reading fits
            (
                "a local dispatcher walked us through the moments the woman called.",
                Dependency::SpeakerMissing,
            ),
            (
                "The newspaper said the prime minister is close to a decision.",
                Dependency::SpeakerMissing,
            ),
            (
                "De Klerk has not applied for amnesty in this matter or any other.",
                Dependency::PointsBack,
            ),
            (
                "Egyptian President Hosni Mubarak met here Sunday with Syrian President Hafez Assad.",
                Dependency::PointsBack,
            ),
            (
                "Despite such temporary shortcomings, Gaza International Airport is set to open Tuesday.",
                Dependency::PointsBack,
            ),
            (
                "Seemingly overnight he had taken a moribund minority party to a majority.",
                Dependency::LeadingReference,
            ),
            (
                "Some moderates said they were prepared to support Gingrich.",
                Dependency::LeadingReference,
            ),
            (
                "In Bangkok, however, there are some silver linings.",
                Dependency::PointsBack,
            ),
            (
                "Lesser-known officials could face charges too.",
                Dependency::PointsBack,
            ),
            (
                "Indian officials were not immediately available for comment.",
                Dependency::PointsBack,
            ),
        ] {
            assert_eq!(dependency(text), Some(why), "{text}");
        }
    }

    #[test]
    fn self_contained_news_sentences_stand_alone() {
        for text in [
            "Russia never promised the United States that Iran would withdraw from Syria, Foreign Minister Sergei Lavrov said on Tuesday.",
            "\"We will not reopen it,\" Mayor Jane Smith said on Tuesday.",
            "This year the festival drew 40,000 visitors, organisers said.",
            "The city of Genoa closed the bridge on Tuesday after inspectors found corroded beams.",
            "the city closed the bridge on tuesday after inspectors found corroded beams .",
            "\" the bridge is closed , \" the mayor said .",
            "So far, 15 people have died in the floods, officials said.",
            "Now is the time to repair the Morandi bridge, the mayor said on Tuesday.",
            "Myanmar is also known as Burma.",
            "The latest images of the dwarf planet Ceres show a bright spot near its equator.",
            "\"We will rebuild the school by spring,\" states principal Ana Ruiz.",
            "The hostages, Britons Paul Archer, Dean Moss and Ralph Petersen, were kidnapped on Tuesday.",
            "Rescue teams flew in from here and from Santiago, the Interior Ministry said.",
            "Some Republicans said Gingrich had told them he would stay.",
            "Countries such as Syria and Iraq signed it, stressing that no such promise was made to Iran.",
            "Tokyo closed its airports in such a terrible storm.",
            "Turkey accuses Syria of harboring rebels; it says rebel leader Abdullah Ocalan lives in Damascus.",
            "The official Xinhua news agency said 12 people died this week.",
            "The Morandi bridge is too narrow for trucks, the mayor said.",
            "Anwar Ibrahim was charged with corruption in connection with those allegations.",
            "In addition to their role in the war, Russia and Iran helped broker a ceasefire.",
            "The minister declined to comment on the plan to close the Morandi bridge.",
            "\"We will wait and see...\" the mayor said of the inspectors' report on Tuesday.",
            // `this` before a time is a date, not a pointer back
            "The boxer's son says he was held at Fort Lauderdale airport for two hours this past February.",
            "the boxer's son says he was held at the airport for two hours this february .",
            "Sales rose 4% in this quarter, the company said.",
            // a quotation's speaker brought in by a less common speech verb
            "\"It has gone so far that a whole republic succumbed,\" Putin laments.",
            "\"The west will be keeping the polar bear license,\" asserted Seamus Henry.",
            // lower-cased text writes the country `us`: no first person
            "nearly 1 in 3 deaths in the us each year is caused by heart disease and stroke.",
            "the deployment will see us troops stationed along russia's western border.",
        ] {
            assert_eq!(dependency(text), None, "{text}");
        }
    }

    #[test]
    fn a_leading_connective_is_dropped_with_a_visible_edit_only_when_it_is_one() {
        assert_eq!(
            standalone_text("Still, the council rejected the plan on Tuesday.").as_deref(),
            Ok("[T]he council rejected the plan on Tuesday.")
        );
        assert_eq!(
            standalone_text("But these officials said the plan would fail.").as_deref(),
            Err(&Dependency::LeadingReference)
        );
        assert_eq!(
            standalone_text("So far, 15 people have died in the floods, officials said.")
                .as_deref(),
            Ok("So far, 15 people have died in the floods, officials said.")
        );
    }
}
