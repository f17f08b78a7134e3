//! The words of a description that can say something: a speaker phrase read back from a verb often
//! starts inside the clause before it (`intense that a medical official said`, `said the group's
//! leaders`) or is a lone word that names nothing that speaks (`always`, `widely`, `today`).

use super::english_words::{is_speech_verb, TIME_HEADS};
use super::speakers::{is_determiner, Tok};

/// Single words that are no speaker whatever the sentence: adverbs of time and degree.
const NOT_SPEAKERS: &[&str] = &[
    "always",
    "never",
    "often",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "now",
    "then",
    "first",
    "later",
    "also",
    "even",
    "still",
    "again",
    "once",
    "soon",
    "here",
    "there",
];

/// Times that may open a clause before its subject (`Friday night a group of Teamsters chanted`).
const TIME_WORDS: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "night",
    "morning",
    "afternoon",
    "evening",
    "now",
    "then",
];

/// Whether the last word of a description is a participle read past its head noun (`a traveller
/// waiting [for his train]`, `an Air Comet pilot flying [over]`): a lower-case `-ing` word after a
/// lower-case noun, not a noun in `-ing` after its owner (`the Iridium filing`, `the drug's
/// labeling`). Only for text that writes names in capitals: in lower-cased text a name ends so
/// too (`mona lisa harding`).
pub(crate) fn ends_with_participle(np: &[Tok]) -> bool {
    let [rest @ .., before, last] = np else {
        return false;
    };
    let w = last.lower.as_str();
    !rest.is_empty()
        && !last.cap
        && !before.cap
        && before.lower != "s"
        && w.len() >= 6
        && w.ends_with("ing")
        && !ING_NOUNS.contains(&w)
}

/// Nouns in `-ing` that end a description (`the court ruling`).
const ING_NOUNS: &[&str] = &[
    "filing",
    "labeling",
    "labelling",
    "briefing",
    "hearing",
    "ruling",
    "meeting",
    "building",
    "finding",
    "findings",
    "warning",
    "offering",
    "listing",
    "posting",
    "reading",
    "rating",
    "ranking",
    "recording",
    "spending",
    "funding",
    "bombing",
    "shooting",
    "killing",
    "training",
    "polling",
    "opening",
    "landing",
    "sitting",
    "wording",
    "marking",
    "mailing",
    "painting",
    "clothing",
];

/// Words after a description's head noun that are no part of it.
const TRAILING_WORDS: &[&str] = &[
    "familiar", "close", "given", "taken", "stood", "instead", "last", "also", "who", "which",
];

/// The speaking part of a lower-case description `np` (words only), or `None` when it has none:
/// - the words after a `that` or `whose` that ends a clause (`intense that a medical official` →
///   `a medical official`), but not a demonstrative `that` opening the phrase (`that official`);
/// - the words before a `that` or `whose` that ends the phrase, when they open with a determiner
///   (`one white mother whose` → `one white mother`; `statement that` → none);
/// - without a speech verb or an adverb in `-ly` before a determiner that opens it (`said the
///   group's leaders` → `the group's leaders`, `normally a calm` → `a calm`);
/// - without a participle or adjective read past its head noun (`a source close` → `a source`);
/// - a single word that is an adverb, a time word or a participle (`widely`, `today`,
///   `submitted`) says nothing.
pub(crate) fn speaking_part(np: &[Tok]) -> Option<&[Tok]> {
    let mut np = np;
    if let Some(p) = np.iter().rposition(|t| t.is("that") || t.is("whose")) {
        let demonstrative = p == 0 && np.len() >= 2 && !is_determiner(&np[1].lower);
        if p + 1 == np.len() {
            // the relative pronoun of a clause the phrase's name was cut from: `a statement from
            // the coalition of parties that [da Silva represented]`, `one white mother whose`
            np = &np[..p];
            if !np.first().is_some_and(|t| is_determiner(&t.lower)) {
                return None;
            }
        } else if !demonstrative {
            np = &np[p + 1..];
        }
    }
    while let Some(first) = np.first() {
        let adverb =
            first.lower.ends_with("ly") && np.get(1).is_some_and(|t| is_determiner(&t.lower));
        if first.cap || !(is_speech_verb(first) || adverb) {
            break;
        }
        np = &np[1..];
    }
    // a time opening the clause is no part of the speaker (`this week federal fisheries
    // managers`, `night a group`)
    if np.len() >= 3
        && ["this", "last", "next", "each", "every"].contains(&np[0].lower.as_str())
        && TIME_HEADS.contains(&np[1].lower.as_str())
    {
        np = &np[2..];
    }
    if np.len() >= 2 && TIME_WORDS.contains(&np[0].lower.as_str()) {
        np = &np[1..];
    }
    // a quantity read past the head noun (`one exultant official some 10 minutes [after]`)
    let figure = |t: &Tok| t.lower.starts_with(|c: char| c.is_ascii_digit());
    if let Some(q) = (2..np.len()).find(|&i| {
        let next = np.get(i + 1);
        np[i].lower == "some" && next.is_some_and(figure)
            || figure(&np[i]) && next.is_some_and(|n| TIME_HEADS.contains(&n.lower.as_str()))
    }) {
        np = &np[..q];
    }
    // a participle or adjective read past the head noun (`one publishing executive familiar [with
    // the talks]`, `a source close [to]`, `court documents given [to]`, `the police stood`)
    while let [rest @ .., last] = np {
        let w = last.lower.as_str();
        let trailing =
            !last.cap && (w.ends_with("ed") && w.len() >= 5 || TRAILING_WORDS.contains(&w));
        if !trailing || rest.is_empty() {
            break;
        }
        np = rest;
    }
    if let [only] = np {
        let w = only.lower.as_str();
        let participle =
            !only.cap && (w.ends_with("ed") && w.len() >= 5 || w.ends_with("ing") && w.len() >= 6);
        if w.ends_with("ly") || NOT_SPEAKERS.contains(&w) || participle || is_speech_verb(only) {
            return None;
        }
    }
    (!np.is_empty()).then_some(np)
}

#[cfg(test)]
mod tests {
    use super::super::speakers::tokens;
    use super::*;

    fn part(phrase: &str) -> Option<String> {
        let toks = tokens(phrase, 0..phrase.len());
        speaking_part(&toks).map(|p| {
            p.iter()
                .map(|t| &phrase[t.range.clone()])
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    #[test]
    fn a_description_keeps_the_words_that_can_speak() {
        assert_eq!(
            part("intense that a medical official").as_deref(),
            Some("a medical official")
        );
        assert_eq!(part("that official").as_deref(), Some("that official"));
        assert_eq!(part("statement that"), None);
        assert_eq!(
            part("said the group leaders").as_deref(),
            Some("the group leaders")
        );
        assert_eq!(
            part("one publishing executive familiar").as_deref(),
            Some("one publishing executive")
        );
        assert_eq!(part("a source close").as_deref(), Some("a source"));
        assert_eq!(part("widely"), None);
        assert_eq!(
            part("weekly newspaper").as_deref(),
            Some("weekly newspaper")
        );
    }

    #[test]
    fn a_time_before_or_a_participle_or_quantity_after_the_head_is_cut() {
        assert_eq!(
            part("this week federal fisheries managers").as_deref(),
            Some("federal fisheries managers")
        );
        assert_eq!(part("night a group").as_deref(), Some("a group"));
        assert_eq!(
            part("one exultant official some 10 minutes").as_deref(),
            Some("one exultant official")
        );
        let participle = |phrase: &str| ends_with_participle(&tokens(phrase, 0..phrase.len()));
        assert!(participle("a traveller waiting"));
        assert!(!participle("the Iridium filing"));
        assert!(!participle("the drug's labeling"));
    }
}
