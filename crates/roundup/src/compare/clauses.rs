//! Clause shapes that move a quotation's speaker away from the noun phrase next to its verb.
//!
//! [`super::speakers`] reads the phrase before or after a speech verb; these rules say when that
//! phrase is not who speaks, or stands for someone else:
//! - a passive verb (`Cardona was charged with actions "…"`): its subject is spoken about;
//! - a verb rejecting someone else's words (`Yilmaz dismissed Syrian contentions that … "…"`);
//! - a statement or report with its source (`a statement from the embassy said`, `an Astana Team
//!   statement`, `according to a statement released Thursday by the National League for
//!   Democracy`): the source speaks;
//! - an office speaking for its head (`Mordechai's office quoted him as saying`): the head;
//! - a description in apposition to the name that opens the clause (`Jeff Woodburn, the outgoing
//!   state party chairman, and a Gore supporter said:`): the name;
//! - a restrictive relative clause (`the hand of a tourist who said`): the phrase before `who`.
//!
//! Each rule reads a bounded number of tokens around the verb.

use std::ops::Range;

use super::speakers::{self, is_participle, is_speech_verb, Tok};

/// Nouns of things that speak for their author: "the statement said", "a report by X says".
const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "report",
    "communique",
    "release",
    "announcement",
    "study",
    "submission",
    "editorial",
    "commentary",
    "declaration",
    "platform",
    "manifesto",
    "letter",
    "petition",
    "leaflet",
];

/// Whether a word is a noun of a statement or report.
pub(crate) fn is_statement_noun(lower: &str) -> bool {
    STATEMENT_NOUNS.contains(&lower)
}

/// Speech verbs in `-s` that are as often plural nouns ("unconfirmed reports", "media claims").
const NOUN_LIKE: &[&str] = &[
    "reports", "claims", "notes", "states", "calls", "demands", "charges", "answers", "reads",
    "promises", "pledges", "vows", "recalls",
];

/// Words before an `-s` form that make it a noun ("unconfirmed reports", "the claims", "media
/// reports").
const NOUN_MODIFIERS: &[&str] = &[
    "the", "a", "an", "new", "recent", "media", "press", "news", "earlier", "other", "such",
    "these", "those", "some", "many", "local", "official", "initial", "similar", "latest", "his",
    "her", "its", "their", "our", "your", "my", "of", "several", "numerous", "few", "more", "no",
    "both", "all", "any",
];

/// Whether the speech verb `toks[v]` is a plural noun here: an `-s` form after an adjective, a
/// determiner, a count or a possessive ("amid unconfirmed reports of troop deployments", "10
/// reports", "opposition parties' demands", "Iran's pledges").
pub(crate) fn is_plural_noun(toks: &[Tok], v: usize) -> bool {
    let Some(prev) = v.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    // apostrophes are no tokens: `Iran's` is `Iran` `s` with the mark between them, and
    // `parties' demands` has the mark and a space between the two words
    let gap = |a: &Tok, b: &Tok| b.range.start.saturating_sub(a.range.end);
    let possessive = prev.is("s") && v >= 2 && (1..=3).contains(&gap(&toks[v - 2], prev))
        || prev.word && prev.lower.ends_with('s') && (2..=4).contains(&gap(prev, &toks[v]));
    NOUN_LIKE.contains(&toks[v].lower.as_str())
        && (possessive
            // a count: `has received 10 reports of "…"`
            || prev.word
                && (prev.lower.bytes().all(|b| b.is_ascii_digit() || b == b',')
                    || crate::words::is_cardinal_word(&prev.lower))
            || prev.word
                && !prev.cap
                && (NOUN_MODIFIERS.contains(&prev.lower.as_str())
                    || prev.lower.ends_with("ed")
                    || prev.lower.ends_with("ing")))
}

/// Auxiliaries that make a following past participle passive.
const BE: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];

/// Whether the speech verb `toks[v]` is passive (`was charged`, `were accused`, `is called`):
/// its subject is the one spoken to or about; one adverb may stand between (`is widely blamed`,
/// `was never told`).
/// `quoted` (`was quoted as saying`) and participles (`was saying`) are not.
pub(crate) fn is_passive(toks: &[Tok], v: usize) -> bool {
    let t = &toks[v];
    // one adverb may stand between: `is widely blamed on`, `was never told`
    let adverb = v > 1
        && toks[v - 1].word
        && (toks[v - 1].lower.ends_with("ly")
            || [
                "never", "not", "also", "often", "first", "later", "already", "still",
            ]
            .contains(&toks[v - 1].lower.as_str()));
    let be = if adverb { v - 2 } else { v.wrapping_sub(1) };
    v > 0
        && BE.contains(&toks[be].lower.as_str())
        && toks[be].word
        && !is_participle(t)
        && !t.is("quoted")
        && t.lower.ends_with('d')
}

/// The agent of a passive speech verb in `pre` (the words before a quotation), read after the verb
/// or in `post` (the words after it): `were reported as "…" by Hawaii News Now`, `was described by
/// the council as "…"`. The phrase after `by` must start with a capital or "the".
pub(crate) fn passive_agent(
    pre: &[Tok],
    post: &[Tok],
    np_after: impl Fn(&[Tok], usize) -> Option<Range<usize>>,
) -> Option<(bool, Range<usize>)> {
    let v = (0..pre.len())
        .rev()
        .take(12)
        .find(|&i| is_speech_verb(&pre[i]) && is_passive(pre, i))?;
    let agent = |toks: &[Tok], from: usize| -> Option<Range<usize>> {
        let mut words = 0;
        for k in from..toks.len() {
            let t = &toks[k];
            // a number's point or colon ("21.30", "11:30") does not end the clause
            let in_number = k > 0
                && toks[k - 1].range.end == t.range.start
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.range.start == t.range.end)
                && toks[k - 1].lower.chars().all(|c| c.is_ascii_digit());
            let ends = ['.', ';', '!', '?', ':'].iter().any(|&c| t.punct(c));
            if !t.word && ends && !in_number || words > 12 {
                return None;
            }
            if t.is("by") {
                let r = np_after(toks, k).filter(|r| !r.is_empty())?;
                let first = &toks[r.start];
                return (first.cap || first.is("the")).then_some(r);
            }
            words += usize::from(t.word);
        }
        None
    };
    if let Some(r) = agent(pre, v + 1) {
        return Some((true, r));
    }
    agent(post, 0).map(|r| (false, r))
}

/// Verbs rejecting what someone else said.
const REJECTING: &[&str] = &[
    "dismissed",
    "rejected",
    "denied",
    "disputed",
    "refuted",
    "ridiculed",
    "mocked",
];

/// Nouns of someone else's words.
const CLAIMS: &[&str] = &[
    "contention",
    "contentions",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "assertion",
    "assertions",
    "suggestion",
    "suggestions",
    "report",
    "reports",
    "rumours",
    "rumors",
    "remarks",
    "comments",
];

/// `Yilmaz dismissed Syrian contentions that … "…"`: the verb `toks[v]` rejects another's claim
/// named within the few words after it, whose words the quotation (after `toks`) is; not when the
/// quotation is what the claim is rejected as (`rejected claims of expansion as "bunk"`: the
/// subject's word).
pub(crate) fn rejects_claim(toks: &[Tok], v: usize) -> bool {
    let mut last = toks.iter().rev().filter(|t| t.word);
    let as_object = match (last.next(), last.next()) {
        (Some(a), _) if a.is("as") => true,
        (Some(d), Some(a)) => a.is("as") && ["a", "an", "the"].iter().any(|w| d.is(w)),
        _ => false,
    };
    !as_object
        && REJECTING.contains(&toks[v].lower.as_str())
        && toks[v + 1..]
            .iter()
            .take(4)
            .take_while(|t| t.word)
            .any(|t| CLAIMS.contains(&t.lower.as_str()))
}

/// The source of a statement phrase `toks[np]` ending with a statement noun: its capitalised words
/// (`an Astana Team statement` → `Astana Team`) or the phrase after `by` / `from` within a few
/// words (`a statement from the embassy`, `a statement released Thursday by the National League
/// for Democracy`). `np_after` reads the phrase after a token.
pub(crate) fn statement_source(
    toks: &[Tok],
    np: Range<usize>,
    np_after: impl Fn(usize) -> Option<Range<usize>>,
) -> Option<Range<usize>> {
    // (`said an editorial Saturday in …`: the day after the noun is no part of it)
    let mut np = np;
    while np.end > np.start + 1 && crate::dates::is_calendar_word(&toks[np.end - 1].lower) {
        np.end -= 1;
    }
    let head = toks.get(np.end.checked_sub(1)?)?;
    if !head.word || !is_statement_noun(&head.lower) || np.is_empty() {
        return None;
    }
    // the capitalised words right before the noun, not a nationality alone ("a Syrian statement")
    // (`A statement`, `The platform` opening a sentence: a capitalised determiner is no source)
    let mut s = np.end - 1;
    while s > np.start
        && toks[s - 1].word
        && toks[s - 1].cap
        && !super::english_words::is_determiner(&toks[s - 1].lower)
    {
        s -= 1;
    }
    let run = s..np.end - 1;
    if run.len() >= 2 || run.len() == 1 && toks[run.start].lower.chars().count() <= 5 {
        return Some(run);
    }
    // "… from the embassy", "… released Thursday by the League": a few words, then the source
    let mut k = np.end;
    let mut words = 0;
    while k < toks.len() && toks[k].word && words < 5 {
        // (`The platform of the Texas Republican Party states`: `of` right after the noun, a
        // name after it; not `a statement of support`)
        let of_a_name = k == np.end && toks[k].is("of") && {
            let name = if toks.get(k + 1).is_some_and(|t| t.is("the")) {
                k + 2
            } else {
                k + 1
            };
            toks.get(name).is_some_and(|t| t.cap) && toks.get(name + 1).is_some_and(|t| t.cap)
        };
        // (`said an editorial Saturday in the Greek daily Eleftherotypia`: where an editorial
        // runs is its author)
        let in_a_paper = toks[k].is("in")
            && ["editorial", "commentary"].contains(&head.lower.as_str())
            && toks[k + 1..]
                .iter()
                .take(5)
                .take_while(|t| t.word)
                .any(|t| t.cap);
        if toks[k].is("by") || toks[k].is("from") || of_a_name || in_a_paper {
            let mut r = np_after(k)?;
            // "a statement from the embassy said": the verb is not part of the source
            if let Some(p) = toks[r.clone()].iter().position(is_speech_verb) {
                r.end = r.start + p;
            }
            let first = toks.get(r.start).filter(|_| !r.is_empty())?;
            return (first.cap || first.is("the")).then_some(r);
        }
        if is_speech_verb(&toks[k]) && !toks[k].lower.ends_with("ed") {
            return None;
        }
        words += 1;
        k += 1;
    }
    None
}

/// Whom an office or spokesperson speaks for.
const SPEAKING_FOR: &[&str] = &[
    "office",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "staff",
    "camp",
];

/// Where the possessive `'s` before the head of `toks[np]` stands, when that head is one of
/// `heads` (`Mordechai's office`, `the queen's message`): the index of the `s` token.
fn possessive_before(text: &str, toks: &[Tok], np: &Range<usize>, heads: &[&str]) -> Option<usize> {
    let last = toks.get(np.end.checked_sub(1)?)?;
    if !heads.contains(&last.lower.as_str()) {
        return None;
    }
    let s = np.end.checked_sub(2)?;
    if s <= np.start || !toks[s].is("s") {
        return None;
    }
    text[toks[s - 1].range.end..toks[s].range.start]
        .chars()
        .all(|c| c == '\'' || c == '\u{2019}')
        .then_some(s)
}

/// `Mordechai's office quoted him as saying`: in `toks[np]`, the name before a possessive whose
/// head speaks for its owner.
pub(crate) fn possessive_owner(text: &str, toks: &[Tok], np: Range<usize>) -> Option<Range<usize>> {
    let owner_end = possessive_before(text, toks, &np, SPEAKING_FOR)?;
    let mut start = owner_end;
    while start > np.start && toks[start - 1].word && toks[start - 1].cap {
        start -= 1;
    }
    (start < owner_end).then_some(start..owner_end)
}

/// What a person or body writes or delivers in its own name.
const OWN_WORDS: &[&str] = &[
    "message",
    "statement",
    "letter",
    "note",
    "speech",
    "remarks",
    "testimony",
    "memo",
    "communique",
    "declaration",
];

/// `the queen's message said`, `Clinton's statement said`: in `toks[np]`, the owner (with its
/// determiner) of a message, statement or letter it names, who is the one speaking in it.
pub(crate) fn document_owner(text: &str, toks: &[Tok], np: Range<usize>) -> Option<Range<usize>> {
    let s = possessive_before(text, toks, &np, OWN_WORDS)?;
    toks[np.start..s]
        .iter()
        .all(|t| t.word)
        .then_some(np.start..s)
}

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
/// before the verb `toks[v]` (no comma between: a restrictive clause), within a few words; `Alan
/// Simpson, the former senator from Wyoming, who said`: the name a clause set off by a comma
/// hangs on, even as a preposition's object (`summed up by Alan Simpson, …, who said`).
pub(crate) fn relative_antecedent(toks: &[Tok], v: usize) -> Option<Range<usize>> {
    let who = v.checked_sub(1)?;
    if !(toks[who].is("who") || toks[who].is("that")) {
        return None;
    }
    if toks[who].is("who") && who > 0 && toks[who - 1].punct(',') {
        return name_before_relative(toks, who - 1);
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
    (toks[who].is("who") && who > 0 && toks[who - 1].punct(',')).then(|| who - 1)
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
        let person_end = start - 1;
        let mut person = person_end;
        while person > 0 && person_end - person < 6 && toks[person - 1].word && toks[person - 1].cap
        {
            person -= 1;
        }
        // (titles and initials before the name: `U.S. Rep.`)
        let titles = toks[person..person_end]
            .iter()
            .take_while(|t| {
                super::english_words::is_title_word(&t.lower) || t.lower.chars().count() == 1
            })
            .count();
        let words = &toks[person + titles..person_end];
        if words.len() >= 2
            && super::given_names::is_given_name(&words[0].lower)
            && !words
                .iter()
                .any(|t| super::english_words::ORG_HEADS.contains(&t.lower.as_str()))
        {
            return Some(person..person_end);
        }
    }
    (start < end).then_some(start..end)
}

/// Initials of a capitalised run ("Energy Resources of Australia" → "ERA"); joiners skipped.
fn initials(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !["of", "and", "for", "the", "on", "de"].contains(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Full names of the acronyms an article spells out, from its capitalised runs ("Energy Resources
/// of Australia Ltd." → "ERA": "Energy Resources of Australia"; a company suffix is dropped):
/// acronym → (byte offset of the first such run, name). One pass over the text.
pub(crate) fn acronyms(text: &str) -> rustc_hash::FxHashMap<String, (usize, String)> {
    let mut out: rustc_hash::FxHashMap<String, (usize, String)> = Default::default();
    let toks = super::speakers::tokens(text, 0..text.len());
    let mut i = 0;
    while i < toks.len() {
        if !(toks[i].word && toks[i].cap) {
            i += 1;
            continue;
        }
        let mut j = super::speakers::capitalised_run(&toks, i, &super::speakers::NAME_CONNECTORS);
        while j > i
            && ["ltd", "inc", "corp", "plc", "co", "llc"].contains(&toks[j - 1].lower.as_str())
        {
            j -= 1;
        }
        if j >= i + 2 {
            let words: Vec<&str> = toks[i..j].iter().map(|t| t.lower.as_str()).collect();
            let key = initials(&words).to_uppercase();
            if key.chars().count() >= 2 {
                let name = super::speakers::surface(text, &toks[i..j]);
                out.entry(key).or_insert((toks[i].range.start, name));
            }
        }
        i = j.max(i + 1);
    }
    out
}

/// Whether a name is an acronym ("ERA", "NLD"): two to six capital letters.
pub(crate) fn is_acronym(name: &str) -> bool {
    let n = name.chars().count();
    (2..=6).contains(&n) && name.chars().all(|c| c.is_ascii_uppercase())
}

/// The capitalised name owning the noun `toks[i]` (`Danforth's interim report`, `the Justice
/// Department's report`): the name before `'s`, with at most three lower-case words between it
/// and the noun.
fn owner_of_noun<'t>(text: &str, toks: &'t [Tok], i: usize) -> Option<&'t [Tok]> {
    let s = (i.saturating_sub(4)..i).rev().find(|&k| {
        k >= 1
            && toks[k].is("s")
            && toks[k - 1].cap
            && text[toks[k - 1].range.end..toks[k].range.start]
                .chars()
                .all(|c| c == '\'' || c == '\u{2019}')
    })?;
    // (the words between: modifiers, not another clause)
    if !toks[s + 1..i].iter().all(|t| t.word && !t.cap) {
        return None;
    }
    let end = s;
    let mut start = end - 1;
    while start > 0 && toks[start - 1].word && toks[start - 1].cap && !toks[start - 1].is("the") {
        start -= 1;
    }
    // (a day's report is no one's: `Thursday's report`, `In Friday's statement`)
    let owner = &toks[start..end];
    (!owner.iter().any(|t| {
        crate::dates::is_calendar_word(&t.lower) || super::english_words::is_opener(&t.lower)
    }))
    .then_some(owner)
}

/// `the report also says`: the source of the last `report by X` / `report from X` in
/// `text[range]` (a capitalised name; "of", "for", "and", "on" may join its words), for a
/// statement noun `head`. Bounded by the caller's window.
pub(crate) fn source_before(text: &str, range: Range<usize>, head: &str) -> Option<String> {
    if !is_statement_noun(head) {
        return None;
    }
    let toks = super::speakers::tokens(text, range);
    let mut best = None;
    for (i, t) in toks.iter().enumerate() {
        // `The European Central Bank said in a statement`, `the ministry issued a statement`:
        // the subject of the verb before it
        if t.is(head) && i >= 2 && (toks[i - 1].is("a") || toks[i - 1].is("an")) {
            let verb = if toks[i - 2].is("in") {
                i.checked_sub(3)
            } else {
                Some(i - 2)
            };
            if let Some(v) = verb.filter(|&v| {
                super::speakers::is_speech_verb(&toks[v])
                    || ["issued", "released", "published"].contains(&toks[v].lower.as_str())
            }) {
                let mut a = v;
                while a > 0
                    && toks[a - 1].word
                    && (toks[a - 1].cap
                        || super::speakers::NAME_CONNECTORS.contains(&toks[a - 1].lower.as_str()))
                {
                    a -= 1;
                }
                while a < v
                    && (!toks[a].cap || ["the", "a", "an"].contains(&toks[a].lower.as_str()))
                {
                    a += 1;
                }
                if a < v && v - a >= 2 {
                    best = Some(super::speakers::surface(text, &toks[a..v]));
                } else if let Some(d) = common_noun_subject(&toks[..v]) {
                    // `the government said in a statement`: that description
                    best = Some(super::speakers::surface(text, d));
                }
            }
            continue;
        }
        // `In a six-month report sent to the Council, Richard Butler, the chief inspector,
        // said`: the full name right after the opening phrase's comma
        if t.is(head) {
            if let Some(name) = name_after_opening(&toks, i) {
                best = Some(super::speakers::surface(text, name));
                continue;
            }
        }
        // `Danforth's 149-page interim report exonerates …`: the report's owner (a capitalised
        // name before `'s`, up to three words before the noun)
        if t.is(head) {
            if let Some(owner) = owner_of_noun(text, &toks, i) {
                best = Some(super::speakers::surface(text, owner));
                continue;
            }
        }
        if !(t.is(head) && toks.get(i + 1).is_some_and(|b| b.is("by") || b.is("from"))) {
            continue;
        }
        let mut a = i + 2;
        if toks.get(a).is_some_and(|x| x.is("the")) {
            a += 1;
        }
        let mut e = a;
        while e < toks.len()
            && toks[e].word
            && (toks[e].cap || ["of", "for", "and", "on"].contains(&toks[e].lower.as_str()))
        {
            e += 1;
        }
        while e > a && !toks[e - 1].cap {
            e -= 1;
        }
        if e > a {
            best = Some(super::speakers::surface(text, &toks[a..e]));
        }
    }
    best
}

/// `the government` right before a verb at the end of `toks`: `the` and one or two lower-case
/// words, the first token of its clause (`the government said in a statement`; not `that the
/// government said`).
fn common_noun_subject(toks: &[Tok]) -> Option<&[Tok]> {
    (2..=3).find_map(|n| {
        let s = toks.len().checked_sub(n)?;
        let phrase = &toks[s..];
        let opens_clause = s == 0 || !toks[s - 1].word;
        (opens_clause
            && phrase[0].is("the")
            && phrase[1..]
                .iter()
                .all(|t| t.word && !t.cap && !super::english_words::is_determiner(&t.lower)))
        .then_some(phrase)
    })
}

/// The full name after the comma of an opening phrase `In a … <statement noun> …,` whose noun is
/// `toks[head]` (`In a six-month report sent to the Council on Tuesday, Richard Butler, …`):
/// two capitalised words or more, then a comma or a speech verb.
fn name_after_opening(toks: &[Tok], head: usize) -> Option<&[Tok]> {
    // `In` (capitalised: the sentence's first word) and `a`/`an` at most four words before
    let opens = (head.saturating_sub(5)..head).any(|k| {
        toks[k].is("in")
            && toks[k].cap
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is("a") || t.is("an") || t.is("its") || t.is("their"))
    });
    if !opens {
        return None;
    }
    let comma = (head + 1..toks.len().min(head + 16)).find(|&k| toks[k].punct(','))?;
    let start = comma + 1;
    let mut end = start;
    while end < toks.len() && toks[end].word && toks[end].cap {
        end += 1;
    }
    let after = toks.get(end)?;
    (end - start >= 2 && (after.punct(',') || super::speakers::is_speech_verb(after)))
        .then(|| &toks[start..end])
}

#[cfg(test)]
mod tests {
    use crate::compare::quotes::find_quotes;

    /// The speaker of the quotation starting with `start` in an English article `text`.
    fn speaker(text: &str, start: &str) -> Option<String> {
        let article = crate::model::Article {
            id: "a0".into(),
            origin: "a0".into(),
            text: text.to_string(),
            ..Default::default()
        };
        let cluster = crate::text::Analyzer::new().analyse(crate::model::CleanCluster {
            id: "c".into(),
            articles: vec![article],
            ..Default::default()
        });
        let (quotes, _) = find_quotes(&cluster);
        quotes
            .into_iter()
            .find(|q| q.text.trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("no quotation starting {start:?}"))
            .speaker
    }

    #[test]
    fn the_statement_is_of_whoever_said_in_a_statement_before() {
        let text = "The European Central Bank said in a statement from its Frankfurt \
                    headquarters that the move was decided Tuesday.\n\
                    \"The joint reduction has to be seen as a decision,\" the statement said.";
        assert_eq!(
            speaker(text, "The joint").as_deref(),
            Some("European Central Bank")
        );
    }

    #[test]
    fn a_passive_subject_is_spoken_about_and_its_agent_speaks() {
        let text = "Santos Cardona was charged and convicted on two counts: aggravated assault, \
                    for threatening detainees with actions \"likely to produce death or grievous \
                    bodily harm,\" and for dereliction of duty.";
        assert_eq!(speaker(text, "likely to produce"), None);
        let text = "Coastal waters in Hilo, Hawaii were reported as \"visibly receding\" at 11:30 \
                    AM local time (21.30 UTC) by Hawaii News Now.";
        assert_eq!(
            speaker(text, "visibly receding").as_deref(),
            Some("Hawaii News Now")
        );
    }

    #[test]
    fn rejected_claims_and_plural_nouns_are_not_speech() {
        let text = "During a visit to Israel, Prime Minister Mesut Yilmaz dismissed Syrian \
                    contentions that Turkey and Israel have sealed a \"satanic alliance.\"";
        assert_eq!(speaker(text, "satanic alliance"), None);
        let text = "Gen. Huseyin Kivrikoglu has described the tension as \"an undeclared war\" \
                    amid unconfirmed reports of troop deployments along the border.";
        assert_eq!(
            speaker(text, "an undeclared war").as_deref(),
            Some("Huseyin Kivrikoglu")
        );
    }

    #[test]
    fn a_statement_speaks_for_its_source() {
        let text = "\"The British government would like to make clear that she is not a British \
                    citizen,\" a statement from the embassy said on Friday.";
        assert_eq!(
            speaker(text, "The British government").as_deref(),
            Some("the embassy")
        );
        let text = "Her health was also \"failing\" according to a statement released Thursday \
                    by the National League for Democracy, her political party.";
        assert_eq!(speaker(text, "failing").as_deref(), Some("National League"));
        let text = "\"There is the presence of a double population of haematids, which implies a \
                    transfusion,\" read an Astana Team statement.";
        assert_eq!(
            speaker(text, "There is the presence").as_deref(),
            Some("Astana Team")
        );
    }

    #[test]
    fn an_office_speaks_for_its_head() {
        let text =
            "Israeli Defense Minister Yitzhak Mordechai said he met the envoy. Prime Minister \
                    Benjamin Netanyahu was abroad.\n\"Israel is not interested in confrontation \
                    with Syria,\" Mordechai's office quoted him Sunday as saying.";
        assert_eq!(
            speaker(text, "Israel is not interested").as_deref(),
            Some("Yitzhak Mordechai")
        );
    }

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
    fn organisations_named_alike_are_not_one_speaker() {
        let text = "The Burma Students Democratic Front condemned the arrests.\n\
                    The Wa National Organization and the Lahu Democratic Front said the arrests \
                    were an \"insulting act of shameless, barbaric arrogance.\"";
        assert_eq!(
            speaker(text, "insulting act").as_deref(),
            Some("Lahu Democratic Front")
        );
    }

    #[test]
    fn an_acronym_and_a_report_speak_for_the_names_spelled_out_before() {
        let text = "Energy Resources of Australia Ltd. has begun construction of the mine.\n\
                    The ERA also promised it would rehabilitate the site \"to a condition \
                    compatible with Kakadu.\"";
        assert_eq!(
            speaker(text, "to a condition").as_deref(),
            Some("Energy Resources of Australia")
        );
        let text = "Bolstering those contentions is a new report by EarthRights International, a \
                    legal rights group based in Washington.\n\
                    The report also says that \"the violent sexual abuse of women occurs in \
                    epidemic proportions.\"";
        assert_eq!(
            speaker(text, "the violent sexual").as_deref(),
            Some("EarthRights International")
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
