//! Whether a sentence stands alone: a reader of the summary sees it without its neighbours.
//!
//! A sentence that leans on what came before it in its article misleads or puzzles out of
//! context, so no method takes one. [`dependency`] names the reason:
//! - it opens with a pronoun or demonstrative (`He`, `They`, `This`, `Those`), a connective
//!   (`But`, `However`, `Also`, `Meanwhile`, `In addition`), an ordinal (`Second,`, `Number two`),
//!   or a definite description that points back (`The move`, `The decision`, `The same`);
//! - it has `also` among its first words (`The company also said`), which adds to something told before;
//! - it is a quotation whose speaker is not named in it (`"…," he said.`; or a quotation that lost
//!   its marks: first person outside any quotation, `But now, obviously, I don't feel that way.`);
//! - it is a photo caption or credit (`(AP Photo/…)`, `pictured`, `in this picture released by`);
//! - it is a fragment: a headline in title case.
//!
//! These rules read the sentence alone and are case-insensitive where the data may be lower-cased
//! (Multi-News).
//!
//! Some of these sentences are made self-contained by a visible, faithful edit instead
//! ([`standalone_text`]): a leading connective is dropped, with the next letter's new capital in
//! brackets (`But the council voted` → `[T]he council voted`), and a `he`/`she` that names the
//! person the article's previous sentence names is replaced by that name in brackets
//! (`"…," he said` → `"…," [Lavrov] said`). The source's words are never changed silently.

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
}

impl Dependency {
    /// Whether the sentence before it in its article gives the context it needs (a pronoun's
    /// person, what `also` adds to, whose quotation it is), so it reads right after that one.
    pub fn is_mended_by_previous(self) -> bool {
        matches!(
            self,
            Dependency::LeadingReference | Dependency::Also | Dependency::SpeakerMissing
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
const LEADING_PHRASES: [&str; 29] = [
    "as a result",
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
    "the latest",
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

/// Caption and credit cues (lower case).
const CAPTION_CUES: [&str; 10] = [
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

/// Speech verbs that attribute a quotation.
const SPEECH_VERBS: [&str; 14] = [
    "said",
    "says",
    "told",
    "added",
    "asked",
    "stated",
    "explained",
    "wrote",
    "insisted",
    "declared",
    "noted",
    "stressed",
    "argued",
    "according",
];

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
    let words = words_outside(text);
    let lower: Vec<String> = words.iter().map(|w| w.0.to_lowercase()).collect();
    let all: Vec<String> = crate::words::word_ranges(text)
        .into_iter()
        .map(|r| text[r].to_lowercase())
        .collect();
    let first = all.first().map(String::as_str).unwrap_or("");
    let second = all.get(1).map(String::as_str).unwrap_or("");
    let opening = format!("{first} {second}");
    let opens_with_quote = text
        .trim_start()
        .starts_with(['"', '\u{201c}', '\u{2018}', '\'', '`']);
    if !opens_with_quote {
        if CONNECTIVES.iter().any(|c| opens_with_words(&all, c)) {
            return Some(Dependency::LeadingReference);
        }
        if (first == "this" || first == "that") && TIME_WORDS.contains(&second) {
            // `This year, ...`: a time, not a reference
        } else if LEADING_REFERENCES.contains(&first)
            || LEADING_PHRASES.iter().any(|p| {
                opening == *p
                    || (p.split(' ').count() > 2 && {
                        let n = p.split(' ').count();
                        all.len() >= n && all[..n].join(" ") == *p
                    })
            })
        {
            return Some(Dependency::LeadingReference);
        }
        if first == "no" && second.chars().all(|c| c.is_ascii_digit()) && !second.is_empty() {
            return Some(Dependency::LeadingReference); // `No. 2 is ...`
        }
    }
    if all.iter().take(5).any(|w| w == "also") {
        return Some(Dependency::Also);
    }
    let lower_text = text.to_lowercase();
    if CAPTION_CUES.iter().any(|c| lower_text.contains(c)) {
        return Some(Dependency::Caption);
    }
    // quotations: the speaker must be named in the sentence
    let quoted_share = 1.0 - words.len() as f32 / all.len().max(1) as f32;
    if quoted_share > 0.5 || (opens_with_quote && quoted_share > 0.25) {
        match attribution(&lower, &words) {
            Some(true) => {}
            _ => return Some(Dependency::SpeakerMissing),
        }
    }
    if lower.iter().any(|w| FIRST_PERSON.contains(&w.as_str()))
        && attribution(&lower, &words) != Some(true)
    {
        return Some(Dependency::SpeakerMissing);
    }
    if is_title_case(text) {
        return Some(Dependency::Fragment);
    }
    None
}

/// Whether `words` (lower case) open with the words of `phrase`.
fn opens_with_words(words: &[String], phrase: &str) -> bool {
    let n = phrase.split(' ').count();
    words.len() > n && words[..n].iter().map(String::as_str).eq(phrase.split(' '))
}

/// `text` made to stand alone, when it needs no edit or a visible, faithful one (see the module
/// documentation); `Err` with the reason when it cannot be. `before` are the sentences that
/// precede it in its article, nearest last (only the last is read, for a pronoun's name).
pub fn standalone_text<'a>(
    text: &'a str,
    before: &[&str],
) -> Result<std::borrow::Cow<'a, str>, Dependency> {
    use std::borrow::Cow;
    let Some(why) = dependency(text) else {
        return Ok(Cow::Borrowed(text));
    };
    let mut edited = text.to_string();
    // a leading connective: dropped, the new first letter's capital in brackets
    let all: Vec<String> = crate::words::word_ranges(text)
        .into_iter()
        .map(|r| text[r].to_lowercase())
        .collect();
    if let Some(c) = CONNECTIVES.iter().find(|c| opens_with_words(&all, c)) {
        let n = c.split(' ').count();
        let ranges = crate::words::word_ranges(text);
        let rest = text[ranges[n - 1].end..].trim_start_matches([',', ' ']);
        let mut chars = rest.chars();
        let Some(first) = chars.next() else {
            return Err(why);
        };
        edited = if first.is_lowercase() {
            format!("[{}]{}", first.to_uppercase(), chars.as_str())
        } else {
            rest.to_string()
        };
        if dependency(&edited).is_none() {
            return Ok(Cow::Owned(edited));
        }
    }
    // `he`/`she` as the subject of the sentence or of its speech verb: the previous sentence's
    // one named person, in brackets
    let name = before.last().and_then(|b| single_person(b));
    if let Some(name) = name {
        if let Some(r) = pronoun_subject(&edited) {
            let mut out = String::with_capacity(edited.len() + name.len());
            out.push_str(&edited[..r.start]);
            out.push('[');
            out.push_str(&name);
            out.push(']');
            out.push_str(&edited[r.end..]);
            if dependency(&out).is_none() {
                return Ok(Cow::Owned(out));
            }
        }
    }
    Err(why)
}

/// The byte range of a `he`/`she` that is the subject: the sentence's first word, or the word
/// right before a speech verb outside the quotation (`"…," he said`).
fn pronoun_subject(text: &str) -> Option<std::ops::Range<usize>> {
    let ranges = crate::words::word_ranges(text);
    let is_pronoun = |r: &std::ops::Range<usize>| {
        let w = text[r.clone()].to_lowercase();
        w == "he" || w == "she"
    };
    let opens_with_quote = text.trim_start().starts_with(['"', '\u{201c}']);
    if let Some(r) = ranges
        .first()
        .filter(|r| !opens_with_quote && is_pronoun(r))
    {
        return Some(r.clone());
    }
    ranges.windows(2).find_map(|p| {
        let verb = text[p[1].clone()].to_lowercase();
        (is_pronoun(&p[0]) && SPEECH_VERBS.contains(&verb.as_str())).then(|| p[0].clone())
    })
}

/// The one person a sentence names (a run of two or more capitalised words, not opening the
/// sentence unless a speech verb follows it), as its last word (the surname); `None` when it
/// names none or several.
fn single_person(sentence: &str) -> Option<String> {
    let ranges = crate::words::word_ranges(sentence);
    let cap = |i: usize| {
        ranges.get(i).is_some_and(|r| {
            let w = &sentence[r.clone()];
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && !NOT_NAMES.contains(&w.to_lowercase().as_str())
        })
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < ranges.len() {
        if cap(i) {
            let start = i;
            while cap(i + 1) {
                i += 1;
            }
            if i > start {
                runs.push((start, i));
            }
        }
        i += 1;
    }
    let lower = |i: usize| ranges.get(i).map(|r| sentence[r.clone()].to_lowercase());
    // a person: a speech verb right after the name (or one word later) or right before it, or
    // a title in the name (`Foreign Minister Sergei Lavrov`, `Mr. Smith`)
    let is_person = |&&(start, end): &&(usize, usize)| {
        let verb = |i: Option<String>| i.is_some_and(|w| SPEECH_VERBS.contains(&w.as_str()));
        verb(lower(end + 1))
            || verb(lower(end + 2))
            || start.checked_sub(1).is_some_and(|b| verb(lower(b)))
            || (start..=end).any(|i| lower(i).is_some_and(|w| TITLES.contains(&w.as_str())))
            || start
                .checked_sub(1)
                .is_some_and(|b| lower(b).is_some_and(|w| TITLES.contains(&w.as_str())))
    };
    let mut names: Vec<&str> = runs
        .iter()
        .filter(is_person)
        .map(|&(_, end)| &sentence[ranges[end].clone()])
        .collect();
    names.dedup();
    match names.as_slice() {
        [one] => Some((*one).to_string()),
        _ => None,
    }
}

/// Words that title a person.
const TITLES: [&str; 16] = [
    "president",
    "minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "sen",
    "rep",
    "senator",
    "governor",
    "mayor",
    "spokesman",
    "spokeswoman",
    "chief",
    "secretary",
];

/// Capitalised words that do not name a person.
const NOT_NAMES: [&str; 24] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "the",
    "united",
    "states",
    "new",
    "national",
    "university",
];

/// Whether the words outside quotation marks attribute the quotation to a named speaker:
/// `Some(true)` named, `Some(false)` a pronoun, `None` no speech verb at all.
fn attribution(lower: &[String], words: &[(&str, bool)]) -> Option<bool> {
    let v = lower
        .iter()
        .position(|w| SPEECH_VERBS.contains(&w.as_str()))?;
    // the subject next to the verb: `he said`, `said he`, `Lavrov said`, `said Lavrov`
    let before = v.checked_sub(1).map(|i| lower[i].as_str());
    let after = lower.get(v + 1).map(String::as_str);
    if before.is_some_and(|w| PRONOUNS.contains(&w))
        || (after.is_some_and(|w| PRONOUNS.contains(&w)) && lower.len() <= v + 2)
    {
        return Some(false);
    }
    // a named speaker: a capitalised word outside the quotation, or (lower-cased data) any
    // content word next to the verb that is not a pronoun
    let named = words.iter().any(|(w, sentence_start)| {
        !sentence_start && w.chars().next().is_some_and(char::is_uppercase)
    }) || before.is_some_and(|w| w.len() > 2)
        || after.is_some_and(|w| w.len() > 2 && w != "that");
    Some(named)
}

/// The words of `text` outside quotation marks, each with whether it opens the text.
fn words_outside(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut inside = false;
    let mut last = 0;
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (i, ch) in text.char_indices() {
        match ch {
            '"' => {
                if !inside {
                    spans.push((last, i));
                } else {
                    last = i + 1;
                }
                inside = !inside;
            }
            '\u{201c}' if !inside => {
                spans.push((last, i));
                inside = true;
            }
            '\u{201d}' if inside => {
                last = i + ch.len_utf8();
                inside = false;
            }
            _ => {}
        }
    }
    if !inside {
        spans.push((last, text.len()));
    }
    let mut first = true;
    for (a, b) in spans {
        for r in crate::words::word_ranges(&text[a..b]) {
            out.push((&text[a + r.start..a + r.end], first && a == 0));
            first = false;
        }
    }
    out
}

/// A headline: most words of four letters or more capitalised (in cased text).
fn is_title_case(text: &str) -> bool {
    let long: Vec<&str> = crate::words::word_ranges(text)
        .into_iter()
        .map(|r| &text[r])
        .filter(|w| w.len() >= 4 && w.chars().all(char::is_alphabetic))
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    long.len() >= 4 && capitalised * 10 >= long.len() * 7
}

#[cfg(test)]
mod tests {
    use super::*;

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
                "But the council rejected the plan on Tuesday.",
                Dependency::LeadingReference,
            ),
            (
                "In addition, the city will repair the bridge.",
                Dependency::LeadingReference,
            ),
            (
                "The company also said profits fell 5 percent.",
                Dependency::Also,
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
                "Russian Foreign Minister Says Iranian Presence Is Legitimate.",
                Dependency::Fragment,
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
            "The city closed the bridge on Tuesday after inspectors found corroded beams.",
            "the city closed the bridge on tuesday after inspectors found corroded beams .",
            "\" the bridge is closed , \" the mayor said .",
        ] {
            assert_eq!(dependency(text), None, "{text}");
        }
    }
}
