//! Who `it` speaks for in `"…," it said` or `It said … "…"`: an organisation, outlet or document
//! (`it` is no person), read in the sentences before the quotation.

use super::clauses;
use super::english_words;
use super::speakers::{classify, is_participle, is_speech_verb, tokens, Phrase};
use crate::text::{AnalysedSentence, Tokenizer};

/// Nouns of the bodies, outlets and documents that `it` may speak for.
const SPEAKING_THINGS: &[&str] = &[
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "agency",
    "radio",
    "television",
    "station",
    "report",
    "statement",
    "letter",
    "editorial",
    "commentary",
    "ministry",
    "government",
    "committee",
    "commission",
    "council",
    "group",
    "organization",
    "organisation",
    "bureau",
    "embassy",
    "association",
    "company",
    "court",
    "union",
    "magazine",
    "journal",
];

/// The speaker `it` stands for in the sentence `so`: the organisation, outlet or document that a
/// speech verb of one of the two sentences before has as its subject (`the report said`,
/// `Reporters Without Borders urged`, `said Tishrin newspaper, which …`), the nearest; a person
/// speaking between ends the search (`it` is no person).
pub(super) fn organisation_speaking_before(
    text: &str,
    sentences: &[AnalysedSentence],
    so: usize,
    tokenizer: &Tokenizer,
) -> Option<Phrase> {
    (so.saturating_sub(2)..so)
        .rev()
        .find_map(|s| thing_speaking_in(text, &sentences[s], tokenizer))?
}

/// What sentence `sentence`'s first speech verb outside quotation marks says of its subject:
/// `None` when it has no such verb (read on before it), `Some(None)` when the subject is no
/// organisation, outlet or document (a person: the search ends), else the subject's phrase.
fn thing_speaking_in(
    text: &str,
    sentence: &AnalysedSentence,
    tokenizer: &Tokenizer,
) -> Option<Option<Phrase>> {
    let span = sentence.span.clone();
    let toks = tokens(text, span.clone());
    // the sentence's first speech verb outside quotation marks (`X said that Y suggests`), the
    // marks counted once along the sentence
    let mut open = false;
    let mut from = span.start;
    let mut first = None;
    for (i, t) in toks.iter().enumerate() {
        let between = &text[from..t.range.start];
        let straight = between
            .chars()
            .filter(|c| ['"', '\u{201c}', '\u{201d}'].contains(c))
            .count()
            + between.matches("``").count()
            + between.matches("''").count();
        open ^= straight % 2 == 1;
        from = t.range.start;
        if !open
            && is_speech_verb(t)
            && !is_participle(t)
            && !clauses::is_passive(&toks, i)
            && !super::english_words::is_agreeing(&t.lower)
        {
            first = Some(i);
            break;
        }
    }
    let v = first?;
    let inverted = v > 0 && toks[v - 1].punct(',');
    // the subject's words: after an inverted verb up to the next comma, else the clause's words
    // right before the verb
    let region = if inverted {
        let end = (v + 1..toks.len())
            .find(|&k| !toks[k].word)
            .unwrap_or(toks.len());
        v + 1..end.min(v + 9)
    } else {
        let start = (0..v).rev().find(|&k| !toks[k].word).map_or(0, |k| k + 1);
        start.max(v.saturating_sub(8))..v
    };
    let is_thing = toks[region.clone()].iter().any(|t| {
        SPEAKING_THINGS.contains(&t.lower.as_str())
            || t.cap
                && (english_words::ORG_HEADS.contains(&t.lower.as_str())
                    || english_words::NEWSPAPER_ENDS.contains(&t.lower.as_str()))
            || (2..=5).contains(&t.lower.len())
                && text[t.range.clone()]
                    .chars()
                    .all(|c| c.is_ascii_uppercase())
    });
    if !is_thing || region.is_empty() {
        return Some(None);
    }
    Some(classify(text, &toks[region], tokenizer).filter(|p| !matches!(p, Phrase::Pronoun(_))))
}

/// The body that issued the document `description` speaks as (`the statement`), when one of the
/// two sentences before says it spoke in one (`the US military said in a statement on
/// Wednesday`) and no name is given for it: that body's description.
pub(super) fn described_issuer_before(
    text: &str,
    sentences: &[AnalysedSentence],
    so: usize,
    description: &str,
    tokenizer: &Tokenizer,
) -> Option<Phrase> {
    let noun = description.split_whitespace().last()?.to_lowercase();
    let in_one = [format!(" in a {noun}"), format!(" in an {noun}")];
    (so.saturating_sub(2)..so).rev().find_map(|s| {
        let sentence = sentences[s].text.to_lowercase();
        if !in_one.iter().any(|p| sentence.contains(p.as_str())) {
            return None;
        }
        match thing_speaking_in(text, &sentences[s], tokenizer) {
            Some(Some(Phrase::Description(d))) if is_body_described(&d) => {
                Some(Phrase::Description(d))
            }
            _ => None,
        }
    })
}

/// Whether a description is a body that may have issued a document: a short definite or
/// indefinite phrase (`the US military`, `the company`) ending in a noun, not a document itself
/// (`the police statement`) nor a body named in capitals.
fn is_body_described(description: &str) -> bool {
    let words: Vec<String> = description
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let documents = ["statement", "report", "letter", "editorial", "announcement"];
    // (a body named in capitals, `The European Central Bank`, is read as a name elsewhere)
    let named = description
        .split_whitespace()
        .skip(1)
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    (2..=4).contains(&words.len())
        && !named
        && ["the", "a", "an"].contains(&words[0].as_str())
        && !words.iter().any(|w| documents.contains(&w.as_str()))
        && !["on", "in", "at", "of", "for", "to", "by", "with"]
            .contains(&words[words.len() - 1].as_str())
}

/// Whether a description is a document or outlet spoken of as one named before (`the report`,
/// `the statement`, `the newspaper`): a definite article and one such noun.
pub(super) fn is_document_of_a_speaker(description: &str) -> bool {
    let mut words = description.split_whitespace().map(str::to_lowercase);
    let (Some(article), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    article == "the"
        && [
            "report",
            "statement",
            "editorial",
            "commentary",
            "newspaper",
            "paper",
            "daily",
            "agency",
        ]
        .contains(&noun.as_str())
}

/// The named organisation, outlet or document speaking in the five sentences before `so`
/// ([`organisation_speaking_before`]'s reading), read back past sentences whose speaker is again a
/// description (`the report said`); a person speaking between ends the search.
pub(super) fn named_speaker_before(
    text: &str,
    sentences: &[AnalysedSentence],
    so: usize,
    tokenizer: &Tokenizer,
) -> Option<Phrase> {
    for s in (so.saturating_sub(5)..so).rev() {
        match thing_speaking_in(text, &sentences[s], tokenizer) {
            None | Some(Some(Phrase::Description(_))) => continue,
            Some(Some(name @ Phrase::Name { .. })) => return Some(name),
            Some(_) => return None,
        }
    }
    None
}
