//! Names set off beside the phrase next to a speech verb, which speak instead of it:
//! - a description in apposition to the name that opens the clause (`Jeff Woodburn, the outgoing
//!   state party chairman, and a Gore supporter said:`): the name;
//! - the name after an office and its place (`said the Executive Clerk of the National Monuments
//!   Council of Chile, Óscar Acuña`) or an owner's description (`Canada's governor-general,
//!   Romeo LeBlanc`);
//! - a relative clause (`the hand of a tourist who said`, `Alan Simpson, the former senator from
//!   Wyoming, who said`, `remarks by Donald Trump, who has branded`): the phrase it hangs on.
//!
//! Each rule reads a bounded number of tokens around the phrase.

use std::ops::Range;

use super::speakers::{self, is_speech_verb, Tok};

/// `Jeff Woodburn, the outgoing state party chairman in New Hampshire, and a Gore supporter said`,
/// `Matt Helmenstine, 30, a California high school teacher carrying a flag told Reuters`: the
/// capitalised name opening the clause of `toks[np]` when the phrase `np` (a description) stands
/// in apposition to it: the name is followed by a comma, and no speech verb, semicolon or second
/// name-and-comma opening comes between it and the phrase.
pub(crate) fn name_in_apposition(toks: &[Tok], np: Range<usize>) -> Option<Range<usize>> {
    // the clause's start: after the last sentence or clause punctuation before the phrase
    let from = np.start.saturating_sub(40);
    let start = toks[from..np.start]
        .iter()
        .rposition(|t| !t.word && !t.punct(','))
        .map_or(from, |p| from + p + 1);
    if start == 0 && from > 0 {
        return None;
    }
    let mut end = start;
    while end < np.start && toks[end].word && toks[end].cap {
        end += 1;
    }
    if end == start || end - start > 5 || !toks.get(end)?.punct(',') || end >= np.start {
        return name_right_before(toks, np);
    }
    // the phrase is in the apposition: right after a comma, or ", and" (its article may be left
    // out of a long phrase)
    let mut b = np.start;
    if b > end + 1 && ["a", "an", "the"].contains(&toks[b - 1].lower.as_str()) {
        b -= 1;
    }
    let before = b.checked_sub(1)?;
    let after_comma = toks[before].punct(',')
        || toks[before].is("and") && before > 0 && toks[before - 1].punct(',');
    let verbless = !toks[end..np.start].iter().any(is_speech_verb);
    (after_comma && verbless).then_some(start..end)
}

/// `said former federal prosecutor Joseph diGenova, a Republican who believes`: the full name (two
/// to five capitalised words) right before the comma that sets off the phrase `toks[np]`, when a
/// relative clause about a person follows the phrase.
fn name_right_before(toks: &[Tok], np: Range<usize>) -> Option<Range<usize>> {
    // (only a person described by a relative clause: `a Republican who believes`)
    if !toks.get(np.end).is_some_and(|t| t.is("who")) {
        return None;
    }
    let mut b = np.start;
    if b > 0 && ["a", "an", "the"].contains(&toks[b - 1].lower.as_str()) {
        b -= 1;
    }
    let comma = b.checked_sub(1).filter(|&c| toks[c].punct(','))?;
    let mut start = comma;
    while start > 0 && toks[start - 1].word && toks[start - 1].cap {
        start -= 1;
    }
    (2..=5).contains(&(comma - start)).then_some(start..comma)
}

/// `said the Executive Clerk of the National Monuments Council of Chile, Óscar Acuña, who …`: the
/// name in apposition after a definite office phrase `toks[np]` and its prepositional phrase (no
/// other punctuation between): a capitalised run of two words or more, then a comma, a period or
/// the end.
pub(crate) fn name_after_office(toks: &[Tok], np: Range<usize>) -> Option<Range<usize>> {
    // `declared North Korea's leading newspaper, Rodong Sinmun`: an owner's description, then
    // the name set off by its comma
    let owner_only = toks[np.clone()].last().is_some_and(|t| t.is("s"));
    let mut comma = np.end;
    if owner_only {
        while comma < toks.len().min(np.end + 4) && toks[comma].word && !toks[comma].cap {
            comma += 1;
        }
    }
    // (the phrase holds the owner and its noun, or ends at the owner and its noun follows)
    let owned = if owner_only {
        comma > np.end
    } else {
        toks[np.clone()].iter().skip(1).any(|t| t.is("s"))
    };
    if owned && toks.get(comma).is_some_and(|t| t.punct(',')) {
        if let Some(name) = name_set_off_after(toks, comma) {
            return Some(name);
        }
    }
    if !toks.get(np.start)?.is("the")
        || !toks
            .get(np.end)
            .is_some_and(|t| ["of", "for", "at", "to"].contains(&t.lower.as_str()))
    {
        return None;
    }
    let comma = np.end + toks[np.end..].iter().take(12).position(|t| !t.word)?;
    if !toks[comma].punct(',') {
        return None;
    }
    name_set_off_after(toks, comma)
}

/// The capitalised run of two words or more right after the comma `toks[comma]`, closed by a
/// comma, a period or the end: a name set off in apposition.
fn name_set_off_after(toks: &[Tok], comma: usize) -> Option<Range<usize>> {
    let start = comma + 1;
    let mut end = start;
    while end < toks.len() && toks[end].word && toks[end].cap {
        end += 1;
    }
    let closed = end == toks.len() || toks[end].punct(',') || toks[end].punct('.');
    (end - start >= 2 && closed).then_some(start..end)
}

/// `… the outstretched hand of a tourist who said`: the phrase before a relative pronoun right
/// before the verb `toks[v]` or its auxiliaries (`who has endorsed`; no comma between: a
/// restrictive clause), within a few words; `Alan
/// Simpson, the former senator from Wyoming, who said`: the name a clause set off by a comma
/// hangs on ([`set_off_relative_comma`]: auxiliaries may follow `who`), even as a preposition's
/// object (`summed up by Alan Simpson, …, who said`).
pub(crate) fn relative_antecedent(toks: &[Tok], v: usize) -> Option<Range<usize>> {
    if let Some(comma) = set_off_relative_comma(toks, v) {
        return name_before_relative(toks, comma);
    }
    let who = relative_pronoun_before(toks, v)?;
    if !(toks[who].is("who") || toks[who].is("that")) {
        return None;
    }
    let end = who;
    let mut start = end;
    while start > 0 && toks[start - 1].word && end - start < 6 {
        let w = &toks[start - 1];
        if !w.cap && start < end && ["a", "an", "the"].contains(&w.lower.as_str()) {
            start -= 1;
            break;
        }
        if [
            "of", "to", "with", "by", "for", "and", "or", "at", "in", "on",
        ]
        .contains(&w.lower.as_str())
        {
            break;
        }
        start -= 1;
    }
    (start < end && toks[start].word && ["a", "an", "the"].contains(&toks[start].lower.as_str())
        || start < end && toks[start..end].iter().all(|t| t.cap))
    .then_some(start..end)
}

/// `Lavrov referred to Donald Trump, who has called Iran …`: the comma that sets off a relative
/// clause whose `who` the speech verb `toks[v]` follows, after at most two auxiliaries (`has`,
/// `had long`). The clause speaks for what comes before the comma, not for the sentence's subject.
pub(crate) fn set_off_relative_comma(toks: &[Tok], v: usize) -> Option<usize> {
    let who = relative_pronoun_before(toks, v)?;
    (toks[who].is("who") && who > 0 && toks[who - 1].punct(',')).then(|| who - 1)
}

/// Where the relative pronoun stands whose clause the verb `toks[v]` opens: right before it or
/// before at most two auxiliaries (`who has`, `that had long`).
fn relative_pronoun_before(toks: &[Tok], v: usize) -> Option<usize> {
    let mut who = v.checked_sub(1)?;
    while who > 0
        && v - who <= 2
        && [
            "has",
            "have",
            "had",
            "was",
            "were",
            "is",
            "are",
            "also",
            "long",
            "repeatedly",
        ]
        .contains(&toks[who].lower.as_str())
    {
        who -= 1;
    }
    Some(who)
}

/// The name a relative clause (`, who said`) stands for, `comma` being the comma before `who`: the
/// capitalised run right before it, or before an apposition between commas (`Alan Simpson, the
/// former senator from Wyoming, who`). None when that is no capitalised name.
pub(crate) fn name_before_relative(toks: &[Tok], comma: usize) -> Option<Range<usize>> {
    let mut end = comma;
    // an apposition opened by a determiner or a lower-case word, between commas
    let mut k = comma;
    while k > 0 && !toks[k - 1].punct(',') && !toks[k - 1].punct('.') && comma - k < 12 {
        k -= 1;
    }
    if k > 0 && toks[k - 1].punct(',') && k < comma {
        let first = &toks[k];
        // (`…, but Kitzhaber, who said`: a conjunction opens a clause, not an apposition)
        let conjunction = ["but", "and", "yet", "while"].contains(&first.lower.as_str());
        if (speakers::is_determiner(&first.lower) || !first.cap) && !conjunction {
            end = k - 1;
        }
    }
    let mut start = end;
    while start > 0
        && end - start < 5
        && toks[start - 1].word
        && (toks[start - 1].cap || toks[start - 1].lower.chars().count() == 1)
    {
        start -= 1;
    }
    // a name of one word at a sentence's start or after a preposition is fine; a capitalised
    // sentence opener or preposition is not part of it
    while start < end && (speakers::is_preposition_or_opener(&toks[start].lower)) {
        start += 1;
    }
    // `Rep. Steve Gunderson of Wisconsin, who said`: the person before the place
    if start >= 2 && (toks[start - 1].is("of") || toks[start - 1].is("from")) {
        if let Some(person) = person_before_of(toks, start - 1) {
            return Some(person);
        }
    }
    (start < end).then_some(start..end)
}

/// The person named right before `toks[of]` (`Rep. Steve Gunderson of Wisconsin`, `Stephen
/// Ostroff of the Centers …`): within the six capitalised words before it, a known given name and
/// one to three more words, none an organisation's head word; the titles and initials right
/// before the given name are kept with it (`U.S. Rep.`), a sentence opener is not (`But`).
fn person_before_of(toks: &[Tok], of: usize) -> Option<Range<usize>> {
    let mut first = of;
    while first > 0 && of - first < 6 && toks[first - 1].word && toks[first - 1].cap {
        first -= 1;
    }
    let given = (first..of).find(|&g| super::given_names::is_given_name(&toks[g].lower))?;
    let words = &toks[given..of];
    if !(2..=4).contains(&words.len())
        || words
            .iter()
            .any(|t| super::english_words::ORG_HEADS.contains(&t.lower.as_str()))
    {
        return None;
    }
    let mut start = given;
    while start > first
        && (super::english_words::is_title_word(&toks[start - 1].lower)
            || toks[start - 1].lower.chars().count() == 1)
    {
        start -= 1;
    }
    Some(start..of)
}

/// `Stephen Ostroff of the Centers for Disease Control and Prevention told`: the noun phrase
/// `toks[np]` before the verb ends an organisation's name, and the person of that organisation is
/// named before its `of` (titles, a known given name and one or two more capitalised words). The
/// person speaks, not the organisation's last words.
pub(crate) fn person_before_affiliation(toks: &[Tok], np: Range<usize>) -> Option<Range<usize>> {
    if !toks.get(np.end.checked_sub(1)?)?.cap {
        return None;
    }
    // back over the organisation's name: capitalised words and the words that join them
    let mut k = np.start;
    while k > 0
        && np.start - k < 12
        && toks[k - 1].word
        && (toks[k - 1].cap
            || ["of", "the", "for", "and", "on"].contains(&toks[k - 1].lower.as_str()))
    {
        k -= 1;
        if toks[k].is("of") {
            let after = toks.get(k + 1)?;
            let body = after.cap || after.is("the") && toks.get(k + 2).is_some_and(|t| t.cap);
            if let Some(person) = person_before_of(toks, k).filter(|_| body) {
                return Some(person);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::compare::speaker_of_quote as speaker;

    #[test]
    fn a_description_in_apposition_gives_way_to_the_name() {
        let text = "Jeff Woodburn, the outgoing state party chairman in New Hampshire, site of \
                    the first primary, and a Gore supporter said: \"His biggest negative could \
                    be his person-to-person approach.\"";
        assert_eq!(
            speaker(text, "His biggest negative").as_deref(),
            Some("Jeff Woodburn")
        );
        let text = "Matt Helmenstine, 30, a California high school teacher carrying a Tibetan \
                    flag told Reuters: \"I think it's cowardly.\"";
        assert_eq!(
            speaker(text, "I think it").as_deref(),
            Some("Matt Helmenstine")
        );
        // a leading adverbial is no name
        let text = "On Monday, the minister said: \"We will not resign over this.\"";
        assert_eq!(
            speaker(text, "We will not").as_deref(),
            Some("the minister")
        );
    }

    #[test]
    fn relative_clauses_and_participle_openers_are_read_through() {
        let text = "Striding past the National Gallery of Art, Gingrich shook the outstretched \
                    hand of a tourist who said, \"Nice to see you, Mr. Speaker.\"";
        assert_eq!(
            speaker(text, "Nice to see you").as_deref(),
            Some("a tourist")
        );
        let text = "In her most famous essay, released in 1991, Aung San Suu Kyi explains the \
                    necessity for change, and writes: \"Among the basic freedoms to which men \
                    aspire, freedom from fear stands out.\"";
        assert_eq!(
            speaker(text, "Among the basic").as_deref(),
            Some("Aung San Suu Kyi")
        );
        let text = "Turkey's military-dominated National Security Council met on Wednesday, and \
                    announced afterward that Turkey was considering \"economic, political and \
                    military sanctions\" against Syria.";
        assert_eq!(
            speaker(text, "economic, political").as_deref(),
            Some("National Security Council")
        );
    }

    #[test]
    fn a_name_after_an_office_and_its_place_is_the_speaker() {
        let text = "\"Their attitude is a clear sample of the love of the Chileans,\" said the \
                    Executive Clerk of the National Monuments Council of Chile, Oscar Acuna, who \
                    appreciated their collaboration.";
        assert_eq!(
            speaker(text, "Their attitude").as_deref(),
            Some("Oscar Acuna")
        );
    }
}
