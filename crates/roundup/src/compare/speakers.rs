//! Speakers: the noun phrase that says a quotation, and who it refers to.
//!
//! Attribution reads the words around a quotation (their letter case, which term ids drop, comes
//! from the article text at the same word boundaries as the analyser's tokens). A speaker phrase is
//! a **name** (a run of capitalised words; leading titles such as "Russian Foreign Minister" or
//! "the Rev." are split off and remembered; sentence openers, salutations and post-nominals are
//! dropped: "Although Gingrich", "Dear Matt Damon", "Neil Flewitt QC"), a **pronoun** (resolved in
//! [`super::quotes`] to the subject of the nearest sentence naming a person of a fitting gender) or
//! a **description** ("the minister", "one official"; a definite one is resolved to a named person
//! whose title contains its words — "the Russian foreign minister" → Sergei Lavrov when the article
//! wrote "Russian Foreign Minister Sergei Lavrov" — or to an earlier description with its head noun
//! in the article (`the officer` after `the NATO officer`) unless it is a capitalised office, or
//! to the organisation named before it: "the council" → "International Council on Monuments and
//! Sites").
//!
//! Across the cluster, [`super::names::Registry`] merges name variants of one person.

use std::ops::Range;

use crate::text::Tokenizer;

pub(crate) use super::english_words::{
    ends_with_title_abbreviation, is_determiner, is_kin_noun, is_nationality_adjective,
    is_nationality_before_name, is_participle, is_participle_clause_opener, is_person_title,
    is_preposition_or_opener, is_role_noun, is_speech_verb, is_speech_word, WOMEN_HONORIFICS,
};
use super::english_words::{
    is_nationality, is_nationality_word, is_opener, is_title_word, BETWEEN, DETERMINERS,
    NEWSPAPER_ENDS, ORG_HEADS, PARTY_WORDS, PERSON_TITLES, POST_NOMINALS, PREPOSITIONS, PRONOUNS,
    TIME_HEADS, TITLES, TITLE_ABBREVIATIONS,
};

/// A token of the text around a quotation.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tok {
    pub range: Range<usize>,
    /// Lower-cased surface for words; the character for punctuation.
    pub lower: String,
    pub word: bool,
    /// First letter upper case (words only).
    pub cap: bool,
}

impl Tok {
    pub fn is(&self, w: &str) -> bool {
        self.word && self.lower == w
    }
    pub fn punct(&self, c: char) -> bool {
        !self.word && self.lower.starts_with(c)
    }
}

/// Lower-case words that may join the capitalised words of an organisation's name
/// (`Energy Resources of Australia`, `International Council on Monuments and Sites`).
pub(crate) const NAME_CONNECTORS: [&str; 4] = ["of", "and", "for", "on"];

/// The end (exclusive) of the run of capitalised words that starts at `toks[i]`, joined by any
/// of `connectors`; the run ends on a capitalised word, never on a connector.
pub(crate) fn capitalised_run(toks: &[Tok], i: usize, connectors: &[&str]) -> usize {
    let mut j = i;
    while j < toks.len()
        && toks[j].word
        && (toks[j].cap || connectors.contains(&toks[j].lower.as_str()))
    {
        j += 1;
    }
    while j > i && !toks[j - 1].cap {
        j -= 1;
    }
    j
}

/// Words of the text in `range`, with clause punctuation kept as tokens; the period of a title
/// abbreviation or an initial ("Mr.", "Richard A. Gephardt", "U.S.") is not kept.
pub(crate) fn tokens(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let slice = &text[range.clone()];
    let mut start: Option<usize> = None;
    let push_word = |out: &mut Vec<Tok>, s: usize, e: usize| {
        let surface = &text[s..e];
        // datelines and shouted headlines ("ISLAMABAD, Pakistan (AP) _") are not names
        if surface.chars().count() >= 5
            && surface
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic())
        {
            out.push(Tok {
                range: s..e,
                lower: ";".into(),
                word: false,
                cap: false,
            });
            return;
        }
        // hyphen-joined words are one token ("Harakat-ul-Ansar", "Jean-Baptiste", "Iranian-backed");
        // it is capitalised when its first and last parts are
        if let Some(last) = out.last_mut() {
            if last.word && last.range.end + 1 == s && text[last.range.end..s] == *"-" {
                // a name particle before the hyphen ("al-Ghandour", "bin-Laden") keeps it a name
                let particle = ["al", "el", "bin", "ibn", "abu", "ben", "ould", "abd"]
                    .contains(&last.lower.as_str());
                last.range.end = e;
                last.lower = text[last.range.clone()].to_lowercase();
                last.cap = (last.cap || particle)
                    && surface.chars().next().is_some_and(char::is_uppercase);
                return;
            }
        }
        // an Irish or Italian prefix and its apostrophe are of the name ("O'Rourke",
        // "D'Amato"); a possessive `'s` is not, nor a French article (`L'Iran`)
        if let Some(last) = out.last_mut() {
            let between = &text[last.range.end..s];
            if last.word
                && (last.lower == "o" || last.lower == "d")
                && last.cap
                && (between == "'" || between == "\u{2019}")
                && surface.chars().next().is_some_and(char::is_uppercase)
            {
                last.range.end = e;
                last.lower = text[last.range.clone()].to_lowercase();
                return;
            }
            // an apostrophe inside an Arabic or Hebrew name (`Sha'ath`, `Ma'ariv`, `Ba'ath`), not
            // an English ending (`Clinton's`, `Didn't`, `They'll`, `We're`)
            if last.word
                && last.cap
                && last.lower.chars().count() >= 2
                && (between == "'" || between == "\u{2019}")
                && surface.chars().count() >= 2
                && surface.chars().all(char::is_lowercase)
                && !["ll", "re", "ve", "nt"].contains(&surface)
            {
                last.range.end = e;
                last.lower = text[last.range.clone()].to_lowercase();
                return;
            }
        }
        let lower = surface.to_lowercase();
        let cap = surface.chars().next().is_some_and(char::is_uppercase);
        out.push(Tok {
            range: s..e,
            lower,
            word: true,
            cap,
        });
    };
    for (i, ch) in slice.char_indices() {
        let at = range.start + i;
        if ch.is_alphanumeric() {
            if start.is_none() {
                start = Some(at);
            }
            continue;
        }
        if let Some(s) = start.take() {
            push_word(&mut out, s, at);
        }
        let p = match ch {
            ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')' => ch,
            '_' | '\u{2014}' | '\u{2013}' => ';',
            '-' if slice[i + 1..].starts_with(' ') && slice[..i].ends_with(' ') => ';',
            _ => continue,
        };
        if p == '.' {
            if let Some(last) = out.last() {
                let initial = last.word && last.cap && last.lower.chars().count() == 1;
                if last.word && (initial || TITLE_ABBREVIATIONS.contains(&last.lower.as_str())) {
                    continue;
                }
            }
        }
        out.push(Tok {
            range: at..at + ch.len_utf8(),
            lower: p.to_string(),
            word: false,
            cap: false,
        });
    }
    if let Some(s) = start {
        push_word(&mut out, s, range.end);
    }
    out
}

/// What a speaker phrase is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Phrase {
    /// A name, with the title words written before it (lower case).
    Name {
        name: String,
        titles: Vec<String>,
    },
    Pronoun(String),
    /// A description such as "the Russian foreign minister".
    Description(String),
}

impl Phrase {
    pub fn written(&self) -> String {
        match self {
            Phrase::Name { name, .. } => name.clone(),
            Phrase::Pronoun(p) => p.clone(),
            Phrase::Description(d) => d.clone(),
        }
    }
}

/// Surface text of tokens (from the first one's start to the last one's end), spaces normalised.
pub(crate) fn surface(text: &str, toks: &[Tok]) -> String {
    match (toks.first(), toks.last()) {
        (Some(f), Some(l)) => text[f.range.start..l.range.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

/// An acronym written in capitals (`USGS`, `FBI`): two letters or more, all upper-case.
fn is_acronym_word(text: &str, t: &Tok) -> bool {
    let w = &text[t.range.clone()];
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())
}

/// Where a party tag (`D-N.Y.`, `R-Texas`, `I-Vt.`) that ends right before the comma at
/// `toks[comma]` starts, when it is one set off by commas: the index of its first letter.
fn party_tag_start(toks: &[Tok], comma: usize) -> Option<usize> {
    let mut k = comma;
    while k > 0 && comma - k < 8 && !toks[k - 1].punct(',') {
        k -= 1;
    }
    let tag = toks.get(k..comma)?;
    let first = tag.first()?;
    let party = |p: &str| ["d", "r", "i"].contains(&p);
    // `D-N.Y.` may be read as `D-N` `.` `Y` `.` or as `D` `-` `N` `.` `Y` `.`
    let rest = match first.lower.split_once('-') {
        Some((p, state)) if party(p) && !state.is_empty() => &tag[1..],
        None if party(&first.lower) && tag.get(1).is_some_and(|t| t.punct('-')) => &tag[2..],
        _ => return None,
    };
    (k > 0 && toks[k - 1].punct(',') && first.cap && rest.iter().all(|t| t.cap || t.punct('.')))
        .then_some(k)
}

/// Classifies a noun phrase's tokens.
pub(crate) fn classify(text: &str, np: &[Tok], tokenizer: &Tokenizer) -> Option<Phrase> {
    // a phrase never spans a quotation mark: only the words after the last one
    let np = match np.windows(2).rposition(|w| {
        text[w[0].range.end..w[1].range.start]
            .chars()
            .any(|c| matches!(c, '"' | '\u{201c}' | '\u{201d}'))
    }) {
        Some(p) => &np[p + 1..],
        None => np,
    };
    let mut np: Vec<Tok> = np
        .iter()
        .filter(|t| t.word && !crate::dates::is_calendar_word(&t.lower))
        .cloned()
        .collect();
    // sentence openers and salutations before a name ("Dear Matt Damon", "Although Gingrich")
    while np.len() > 1
        && np[0].cap
        && np[1].cap
        && (is_opener(&np[0].lower) || np[0].lower.len() >= 8 && np[0].lower.ends_with("ing"))
    {
        np.remove(0);
    }
    while np.len() > 1 && POST_NOMINALS.contains(&np[np.len() - 1].lower.as_str()) {
        np.pop();
    }
    if np.len() == 1
        && np[0].cap
        && (is_opener(&np[0].lower)
            || is_nationality_word(&np[0].lower)
                && !written_as_surname(text, &np[0], SURNAME_LOOKBACK_BYTES))
    {
        return None;
    }
    // a lone function word is no speaker (`Only moments before, …`; the stop list's short
    // contraction pieces, `ain`, `ll`, are surnames as often)
    if np.len() == 1 && np[0].lower.len() >= 4 && tokenizer.is_stop_word(&np[0].lower) {
        return None;
    }
    let last = np.last()?;
    if np.len() == 1 && ["he", "she", "they", "it", "we", "i", "him"].contains(&last.lower.as_str())
    {
        return Some(Phrase::Pronoun(last.lower.clone()));
    }
    // a lone capitalised word opening a sentence that the article also writes in lower case is
    // a common word, not a surname: a group in the plural (`Prosecutors said`) is described,
    // anything else (`Afterward, a prosecutor said`, `Hence, the resident cat`) is no speaker
    if np.len() == 1 && np[0].cap {
        let w = np[0].lower.as_str();
        if DETERMINERS.contains(&w) || LONE_OPENERS.contains(&w) {
            return None;
        }
        // (a function word opening the sentence, `But`, `And`: no need to read the article)
        if tokenizer.is_stop_word(w) && opens_sentence(text, &np[0]) {
            return None;
        }
        if opens_sentence(text, &np[0])
            && written_in_lower_case(text, &np[0])
            && !written_as_surname(text, &np[0], LOWER_CASE_LOOKBACK_BYTES)
        {
            let group = w.ends_with('s') && !w.ends_with("ss") && !TIME_HEADS.contains(&w);
            return group.then(|| Phrase::Description(surface(text, &np)));
        }
    }
    if last.cap && !(np.len() == 1 && tokenizer.is_stop_word(&last.lower)) {
        // the trailing run of capitalised words
        let mut start = np.len();
        // a possessive ends the run: "Wikinews' Diego Grez"
        let possessive = |t: &Tok| text[t.range.end..].starts_with(['\'', '\u{2019}']);
        while start > 0
            && np[start - 1].cap
            && np[start - 1].lower != "s"
            && !(start < np.len() && possessive(&np[start - 1]))
        {
            start -= 1;
        }
        let mut name_start = start;
        // "Mayor of Pichilemu Roberto Córdova", "Governor of Cardenal Caro Julio Ibarra": the
        // place after "Title of" is not part of the name, which is the run's last two words
        if start >= 2
            && np[start - 1].lower == "of"
            && TITLES.contains(&np[start - 2].lower.as_str())
            && np.len() - start >= 3
        {
            name_start = np.len() - 2;
        }
        while name_start < np.len() - 1 {
            let w = np[name_start].lower.as_str();
            let followed_by_cap = np[name_start + 1].cap;
            // a nationality is a title only before one ("Russian Foreign Minister"), not a first
            // name that happens to end like one ("Sergei Ivanov")
            // (`Bosnian Serb Goran Jelisic`: two of them)
            let only_nationalities_before = np[start..name_start]
                .iter()
                .all(|t| is_nationality_before_name(&t.lower));
            let nationality = is_nationality(w)
                && name_start == start
                && is_title_word(&np[name_start + 1].lower)
                // `American John Campbell`: a nationality before a whole name
                || only_nationalities_before
                    && np.len() - name_start >= 3
                    && is_nationality_before_name(w);
            // an organisation's initials before its officer's title (`U.N. Secretary-General
            // Kofi Annan`)
            let initials_before_title = (w.chars().count() == 1
                || is_acronym_word(text, &np[name_start]))
                && np[name_start + 1..np.len() - 1]
                    .iter()
                    .take(3)
                    .any(|t| is_title_word(&t.lower));
            if followed_by_cap && (is_title_word(w) || nationality || initials_before_title) {
                name_start += 1;
            } else {
                break;
            }
        }
        // "World Bank President James Wolfensohn": the name follows the last person title
        if let Some(t) = (name_start..np.len() - 1)
            .rev()
            .find(|&i| PERSON_TITLES.contains(&np[i].lower.as_str()))
        {
            name_start = t + 1;
        }
        // "the Prime Minister": titles only; "the Russian Defense Ministry": an organisation
        let head = np[np.len() - 1].lower.as_str();
        // "Turkey's military-dominated National Security Council": the body, not its owner
        if ORG_HEADS.contains(&head) && np[..start].iter().any(|t| t.lower == "s") {
            return Some(Phrase::Description(surface(text, &np[start..])));
        }
        // (`Ms. White`: a surname after an honorific, whatever other word it spells)
        let after_honorific = name_start > 0
            && (WOMEN_HONORIFICS.contains(&np[name_start - 1].lower.as_str())
                || ["mr", "dr"].contains(&np[name_start - 1].lower.as_str()));
        if np[name_start..].len() == 1
            && TITLES.contains(&np[name_start].lower.as_str())
            && !after_honorific
        {
            return Some(Phrase::Description(surface(text, &np)));
        }
        if ORG_HEADS.contains(&head) && np.len() > 1 {
            return Some(Phrase::Description(surface(text, &np[start..])));
        }
        // an organisation's acronym before a person's name is not part of it (`USGS Dale
        // Grant`, `FBI agent`): a name of two words or more after it
        while np.len() - name_start >= 3 && is_acronym_word(text, &np[name_start]) {
            name_start += 1;
        }
        // a person's name opens with its given name: the words before the first word the
        // first-name dictionary knows are dropped when one of them is a word this reader knows is
        // no name (a role, title or party, a function word, an outlet's or a body's last word):
        // `North Hollywood Division Capt. Rick Wahler`, `Republican Matt Fong`; not an initial
        // (`J. Dennis Hastert`); unknown given names (`Avin Mark Domnitz`) stay whole. The cheap
        // word lists are read first; the dictionary only for names of three words or more.
        let not_a_name = |t: &Tok| {
            let w = t.lower.as_str();
            is_role_noun(w)
                || is_title_word(w)
                || is_person_title(w)
                || PARTY_WORDS.contains(&w)
                || w == "labor"
                || tokenizer.is_stop_word(w)
                || ORG_HEADS.contains(&w)
                || NEWSPAPER_ENDS.contains(&w)
                || ["county", "district", "division", "affairs"].contains(&w)
        };
        if np.len() - name_start >= 3 && np[name_start..np.len() - 2].iter().any(not_a_name) {
            if let Some(k) = (name_start..np.len() - 1)
                .find(|&k| super::given_names::is_given_name(&np[k].lower))
            {
                let before = &np[name_start..k];
                if before.iter().any(not_a_name)
                    && before.last().is_some_and(|t| t.lower.chars().count() > 1)
                {
                    name_start = k;
                }
            }
        }
        let titles: Vec<String> = np[..name_start]
            .iter()
            .map(|t| t.lower.clone())
            .filter(|w| !DETERMINERS.contains(&w.as_str()))
            .collect();
        let name = surface(text, &np[name_start..]);
        // a name has a word of two letters or more (`C` alone is an initial or a label)
        if name.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return None;
        }
        return Some(Phrase::Name { name, titles });
    }
    let np = super::descriptions::speaking_part(&np)?;
    let last = np.last()?;
    if np.iter().all(|t| DETERMINERS.contains(&t.lower.as_str())) {
        return None;
    }
    // a stretch of time is no speaker (`he had several times told reporters`)
    if TIME_HEADS.contains(&last.lower.as_str()) {
        return None;
    }
    if let Some(name) = outlet_name(np) {
        return Some(Phrase::Name {
            name: surface(text, name),
            titles: Vec::new(),
        });
    }
    Some(Phrase::Description(surface(text, np)))
}

/// Words that may follow an outlet's name in a description of it: `the ITAR-Tass news agency`.
const OUTLET_WORDS: &[&str] = &[
    "news",
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "paper",
    "station",
    "network",
    "channel",
    "broadcaster",
    "magazine",
    "service",
    "wire",
];

/// The outlet named inside a definite description of it: `the ITAR-Tass news agency` →
/// `ITAR-Tass`, `the official Xinhua news agency` → `Xinhua`, `Moscow's NTV station` → `NTV`,
/// `the conservative Ad-Diyar newspaper` → `Ad-Diyar`. Not a nationality (`the Israeli
/// newspaper`, `the French agency`) and not an indefinite one, where the name is the outlet's
/// place (`one Istanbul newspaper`); radio and television are a place's (`Tehran radio`).
fn outlet_name(np: &[Tok]) -> Option<&[Tok]> {
    let first = np.first()?;
    if ["a", "an", "one", "another", "some", "several"].contains(&first.lower.as_str()) {
        return None;
    }
    let mut end = np.len();
    while end > 0 && !np[end - 1].cap && OUTLET_WORDS.contains(&np[end - 1].lower.as_str()) {
        end -= 1;
    }
    if end == np.len() || end == 0 {
        return None;
    }
    let mut start = end;
    while start > 0 && np[start - 1].cap && np[start - 1].lower != "s" {
        start -= 1;
    }
    // the determiner of the phrase and a nationality before the name are not part of it (`the
    // Turkish Anatolia news agency`)
    while start < end
        && (is_determiner(&np[start].lower)
            || is_nationality_word(&np[start].lower)
            || is_nationality_before_name(&np[start].lower))
    {
        start += 1;
    }
    (start < end).then(|| &np[start..end])
}

/// Short words that open a sentence and are never a speaker alone (`All`, `As`, `Last`).
const LONE_OPENERS: &[&str] = &[
    "all", "any", "as", "my", "last", "next", "each", "every", "both",
];

/// Whether `word` opens its sentence: only spaces and quotation marks between it and the end of
/// the sentence before (or the start of the text).
fn opens_sentence(text: &str, word: &Tok) -> bool {
    let before = text[..word.range.start.min(text.len())].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '`' | '\'' | '\u{201c}')
    });
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n'])
}

/// How far around a word [`written_in_lower_case`] looks: a few paragraphs before, one after.
const LOWER_CASE_LOOKBACK_BYTES: usize = 4_000;
const LOWER_CASE_LOOKAHEAD_BYTES: usize = 1_000;

/// Whether the article writes `word` in lower case as a word of its own, within
/// [`LOWER_CASE_LOOKBACK_BYTES`] before it or [`LOWER_CASE_LOOKAHEAD_BYTES`] after it.
fn written_in_lower_case(text: &str, word: &Tok) -> bool {
    let from = text.floor_char_boundary(word.range.start.saturating_sub(LOWER_CASE_LOOKBACK_BYTES));
    let to = text.floor_char_boundary(word.range.end + LOWER_CASE_LOOKAHEAD_BYTES);
    let window = &text[from..to];
    let lower = word.lower.as_str();
    window.match_indices(lower).any(|(i, _)| {
        let before = window[..i].chars().next_back();
        let after = window[i + lower.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// How far before a word that ends like a nationality [`written_as_surname`] looks for its full
/// name.
const SURNAME_LOOKBACK_BYTES: usize = 20_000;

/// Whether a capitalised word ending like a nationality (`Milosevic`, `Djukanovic`, `Kazmierczakian`)
/// is a surname: the article wrote it earlier after a given name (`Slobodan Milosevic`), not
/// after a title or another nationality (`Palestinian Islamic Jihad`). Read in the `lookback`
/// bytes before it.
fn written_as_surname(text: &str, word: &Tok, lookback: usize) -> bool {
    // a nationality the word list knows (`Turkish`, `Russian`) is one: no need to read back
    if is_nationality_before_name(&word.lower) {
        return false;
    }
    let end = word.range.start.min(text.len());
    let from = text.floor_char_boundary(end.saturating_sub(lookback));
    let surface = &text[word.range.clone()];
    let window = &text[from..end];
    window.match_indices(surface).any(|(i, _)| {
        let after = window[i + surface.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            return false;
        }
        let Some(before) = window[..i].strip_suffix(' ') else {
            return false;
        };
        let given = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let lower = given.to_lowercase();
        given.len() >= 2
            && given.chars().next().is_some_and(char::is_uppercase)
            && given.chars().skip(1).all(char::is_lowercase)
            && !is_nationality_word(&lower)
            && !is_title_word(&lower)
            && !is_opener(&lower)
    })
}

/// Two people named as one subject (`Ivanov and Sergeyev said`, `Albright and Cook said`): the
/// first one, as a reader names them, when both the `name` phrase and the run of capitalised words
/// before its `and` look like people's names (no body's or outlet's word, no nationality: not
/// `Bosnia and Herzegovina`, not `Procter and Gamble Co.`).
fn first_of_two_names(toks: &[Tok], name: Range<usize>) -> Option<Range<usize>> {
    let and = name.start.checked_sub(1)?;
    if !toks[and].is("and") || !toks[name.clone()].iter().all(|t| t.cap) {
        return None;
    }
    let mut first = and;
    while first > 0 && toks[first - 1].word && toks[first - 1].cap && and - first < 3 {
        first -= 1;
    }
    let person_like = |t: &Tok| {
        let w = t.lower.as_str();
        !ORG_HEADS.contains(&w)
            && !NEWSPAPER_ENDS.contains(&w)
            && !is_nationality_word(w)
            && !is_opener(w)
            && !PREPOSITIONS.contains(&w)
    };
    let left = first..and;
    // a body's name after `of` or `for` (`Secretary of Housing and Urban Development Andrew
    // Cuomo`, `Centers for Disease Control and Prevention`)
    let inside_a_name = first > 0 && toks[first - 1].word && !toks[first - 1].cap;
    // a couple sharing the family name written last (`Ken and Brenda Barker`): the full name
    let couple = left.len() == 1
        && name.len() >= 2
        && super::given_names::is_given_name(&toks[left.start].lower);
    // an office named by its body (`Housing and Urban Development Secretary Andrew Cuomo`)
    let office = toks[name.clone()].iter().any(|t| is_title_word(&t.lower));
    (!left.is_empty()
        && !inside_a_name
        && !couple
        && !office
        && toks[left.clone()].iter().all(person_like)
        && toks[name].iter().all(person_like))
    .then_some(left)
}

fn breaks_np(t: &Tok, tokenizer: &Tokenizer) -> bool {
    !t.word
        || !t.cap && tokenizer.is_stop_word(&t.lower) && !DETERMINERS.contains(&t.lower.as_str())
}

/// The noun phrase ending right before `toks[verb]` ("Lavrov", "the minister", "he"), skipping
/// auxiliaries and time words, and parenthetical segments between commas.
pub(crate) fn np_before(toks: &[Tok], verb: usize, tokenizer: &Tokenizer) -> Option<Range<usize>> {
    let mut j = verb;
    loop {
        while j > 0
            && toks[j - 1].word
            && (!toks[j - 1].cap
                && (BETWEEN.contains(&toks[j - 1].lower.as_str())
                    || toks[j - 1].lower.ends_with("ly") && toks[j - 1].lower.len() > 4)
                || crate::dates::is_calendar_word(&toks[j - 1].lower)
                || is_speech_verb(&toks[j - 1]))
        {
            j -= 1;
        }
        // "Tekin managed to say", "she went on to say"
        if j >= 2
            && toks[j - 1].is("to")
            && ["managed", "went", "began", "continued", "wanted", "tried"]
                .iter()
                .any(|w| toks[j - 2].is(w) || j >= 3 && toks[j - 2].is("on") && toks[j - 3].is(w))
        {
            j -= if toks[j - 2].is("on") { 3 } else { 2 };
            continue;
        }
        if j > 0 && toks[j - 1].word && PRONOUNS.contains(&toks[j - 1].lower.as_str()) {
            return Some(j - 1..j);
        }
        // "Omar Reyes, director of the Rural Water Agency (RWA) told": a parenthesis before the
        // verb is skipped
        if j > 0 && toks[j - 1].punct(')') {
            let open = toks[..j - 1].iter().rposition(|t| t.punct('('))?;
            if j - 1 - open > 6 {
                return None;
            }
            j = open;
            continue;
        }
        let end = j;
        let mut start = end;
        while start > 0 && !breaks_np(&toks[start - 1], tokenizer) && end - start < 8 {
            // a lower-case word after a name ends the phrase ("Syria denies ... statement")
            start -= 1;
        }
        // a capitalised sentence opener is not part of the phrase ("On Friday Turkey", "Although
        // Gingrich"): leading prepositions, conjunctions, calendar words and openers dropped
        while start < end
            && toks[start].cap
            && (PREPOSITIONS.contains(&toks[start].lower.as_str())
                || [
                    "and", "but", "or", "so", "if", "when", "while", "as", "because", "since",
                ]
                .contains(&toks[start].lower.as_str())
                || crate::dates::is_calendar_word(&toks[start].lower)
                || is_opener(&toks[start].lower))
        {
            start += 1;
        }
        if start < end {
            // "Prime Minister Mesut Yilmaz of Turkey said", "a diplomat from Cairo said": the
            // phrase before the preposition; any other object of a preposition is not a subject
            if start > 0
                && toks[start - 1].word
                && PREPOSITIONS.contains(&toks[start - 1].lower.as_str())
            {
                // `In a statement Gingrich said`, `During the meeting Clinton said`: an opening
                // phrase without its comma; the name after its noun is the subject
                if toks[start - 1].cap {
                    let mut name = end;
                    while name > start && toks[name - 1].cap {
                        name -= 1;
                    }
                    if name > start && name < end && !is_title_word(&toks[name - 1].lower) {
                        return Some(name..end);
                    }
                }
                if start > 1
                    && ["of", "from", "in", "at", "for", "with"]
                        .contains(&toks[start - 1].lower.as_str())
                    && toks[start - 2].word
                    && !breaks_np(&toks[start - 2], tokenizer)
                {
                    let inner = np_before(toks, start - 1, tokenizer)?;
                    let title_only = toks[inner.clone()].iter().all(|t| {
                        TITLES.contains(&t.lower.as_str())
                            || DETERMINERS.contains(&t.lower.as_str())
                    });
                    // "John Sifton, researcher at Human Rights Watch said", "Sergio Barrientos,
                    // Director of ... said": the name before the apposition
                    let lower = toks[inner.clone()].iter().all(|t| !t.cap);
                    let outer_is_body = toks[start..end]
                        .last()
                        .is_some_and(|t| ORG_HEADS.contains(&t.lower.as_str()));
                    if (lower || title_only && outer_is_body)
                        && inner.start >= 2
                        && toks[inner.start - 1].punct(',')
                    {
                        if let Some(name) = np_before(toks, inner.start - 1, tokenizer) {
                            if toks[name.clone()].iter().any(|t| t.cap) {
                                return Some(name);
                            }
                        }
                    }
                    // "Mayor of Pichilemu Roberto Córdova said": a title alone is no speaker;
                    // the name after it is
                    if title_only {
                        return Some(inner.start..end);
                    }
                    return Some(inner);
                }
                return None;
            }
            // "Lt. Col. Mark Ballesteros, a Pentagon spokesman says": the name the indefinite
            // description stands in apposition to
            if ["a", "an"].contains(&toks[start].lower.as_str())
                && start >= 2
                && toks[start - 1].punct(',')
                && toks[start - 2].word
            {
                if let Some(name) = np_before(toks, start - 1, tokenizer) {
                    if toks[name.clone()].iter().any(|t| t.cap) {
                        return Some(name);
                    }
                }
            }
            // "X, a ..., who attended the ceremony said": the subject is before the relative clause
            // (but in "…, which the prime minister dismissed as", the phrase after `which` is
            // the relative clause's own subject: a determiner or a name opens it)
            let own_subject = toks[start].cap || is_determiner(&toks[start].lower);
            if start > 0
                && !own_subject
                && ["who", "which"].contains(&toks[start - 1].lower.as_str())
            {
                let comma = toks[..start - 1].iter().rposition(|t| t.punct(','))?;
                let mut k = comma;
                while k > 0 && !toks[k - 1].punct(',') {
                    k -= 1;
                }
                let first = toks.get(k)?;
                if k > 0 && ["a", "an", "the"].contains(&first.lower.as_str()) {
                    return np_before(toks, k - 1, tokenizer);
                }
                return np_before(toks, comma, tokenizer);
            }
            if let Some(first) = first_of_two_names(toks, start..end) {
                return Some(first);
            }
            return Some(start..end);
        }
        // nothing before the verb but a comma: jump over a parenthetical segment (", for his
        // part,", ", who chairs ...,", ", 82,")
        if j > 0 && toks[j - 1].punct(',') {
            // a party tag after a lawmaker's name (", D-N.Y.,", ", R-Texas,"): its dots are no
            // sentence end
            if let Some(k) = party_tag_start(toks, j - 1) {
                j = k - 1;
                continue;
            }
            let mut k = j - 1;
            while k > 0
                && !toks[k - 1].punct(',')
                && !toks[k - 1].punct(';')
                && !toks[k - 1].punct('.')
            {
                k -= 1;
            }
            if k == 0 || !toks[k - 1].punct(',') {
                // the segment starts the clause: it is the subject (", Victor Terrero, replied")
                let seg = k..j - 1;
                let first = toks.get(seg.start)?;
                if seg.is_empty() || PREPOSITIONS.contains(&first.lower.as_str()) {
                    return None;
                }
                return np_before(toks, j - 1, tokenizer);
            }
            let first = &toks[k];
            // "Gen. Huseyin Kivrikoglu, chief of the general staff, has described": an apposition
            // (lower-case) after a capitalised name
            // ("Marc Garlasco, Human Rights Watch military analyst, said": a role noun ends it)
            let role_last = toks[j - 2].word && !toks[j - 2].cap;
            let apposition =
                (!first.cap || role_last) && k >= 2 && toks[k - 2].word && toks[k - 2].cap;
            // ", Democrat of Michigan,"
            let party = PARTY_WORDS.contains(&first.lower.as_str());
            let parenthetical = apposition
                || party
                || PREPOSITIONS.contains(&first.lower.as_str())
                || [
                    "who",
                    "which",
                    "according",
                    "however",
                    "meanwhile",
                    "though",
                    "too",
                    "a",
                    "an",
                    "the",
                ]
                .contains(&first.lower.as_str())
                || first.lower.chars().all(|c| c.is_ascii_digit());
            if parenthetical {
                j = k - 1;
                continue;
            }
            // ", the official continued,": the segment before the verb is its subject
            return np_before(toks, j - 1, tokenizer).filter(|r| r.start >= k);
        }
        return None;
    }
}

/// The noun phrase right after `toks[at]` ("said Lavrov", "said his wife, He Xintong",
/// "said farmer Jean Roberto Jean-Baptiste, working ...").
pub(crate) fn np_after(toks: &[Tok], at: usize, tokenizer: &Tokenizer) -> Option<Range<usize>> {
    let start = at + 1;
    let mut end = start;
    let mut seen_cap = false;
    while end < toks.len() && end - start < 8 {
        let t = &toks[end];
        if seen_cap && !t.cap && t.lower != "s" && !breaks_np(t, tokenizer) && !is_speech_verb(t) {
            // "said Rabobank spokesman Jacob Bergsma", "said GOP media strategist Alex Castellanos":
            // lower-case role words between capitalised ones
            let next_cap = toks[end..]
                .iter()
                .take(3)
                .position(|n| n.word && n.cap)
                .filter(|&p| toks[end..end + p].iter().all(|n| n.word && !n.cap));
            if let Some(p) = next_cap {
                end += p;
                continue;
            }
            // "said a Middle Eastern diplomat posted in Turkey": capitalised adjectives, then the noun
            if DETERMINERS.contains(&toks[start].lower.as_str()) && !t.lower.ends_with("ed") {
                end += 1;
            }
            break;
        }
        if breaks_np(t, tokenizer) || seen_cap && !t.cap && t.lower != "s" {
            break;
        }
        if !t.cap
            && end > start
            && t.lower.ends_with("ed")
            && !DETERMINERS.contains(&t.lower.as_str())
        {
            break;
        }
        // "the top Russian diplomat": a nationality before a lower-case noun is an adjective
        let adjective = t.cap
            && is_nationality(&t.lower)
            && toks
                .get(end + 1)
                .is_some_and(|n| n.word && !n.cap && !tokenizer.is_stop_word(&n.lower));
        if t.cap && !adjective {
            seen_cap = true;
        }
        end += 1;
    }
    if end == start {
        return None;
    }
    // `said Wang's wife, Hu Jiangxia`: the owner's family or role word belongs to the phrase
    if toks[end - 1].is("s")
        && toks
            .get(end)
            .is_some_and(|t| t.word && !t.cap && (is_kin_noun(&t.lower) || is_role_noun(&t.lower)))
    {
        end += 1;
    }
    // "his wife, He Xintong", "the NBA commissioner, David Stern": a name in apposition to a
    // description
    // (`said Wang's wife, Hu Jiangxia`: an owner's lower-case noun is a description too)
    let description = !seen_cap
        || (DETERMINERS.contains(&toks[start].lower.as_str())
            || toks[start..end].iter().any(|t| t.lower == "s"))
            && !toks[end - 1].cap;
    // "said one of Anwar's lawyers, Pawancheek Marican": the name after the `of` phrase
    if !seen_cap && toks.get(end).is_some_and(|t| t.is("of")) {
        if let Some(c) = toks[end..].iter().take(8).position(|t| t.punct(',')) {
            let c = end + c;
            let mut e = c + 1;
            while e < toks.len() && toks[e].word && toks[e].cap {
                e += 1;
            }
            let closed = e == toks.len() || toks[e].punct(',') || toks[e].punct('.');
            if e > c + 1 && closed && toks[end..c].iter().all(|t| t.word || t.punct('\'')) {
                return Some(c + 1..e);
            }
        }
        // "said one of the organizers": the whole phrase
        if toks[start].is("one") && end == start + 1 {
            let e = end
                + toks[end..]
                    .iter()
                    .take(6)
                    .position(|t| !t.word)
                    .unwrap_or(toks.len().min(end + 6) - end);
            return Some(start..e);
        }
    }
    if description && end + 1 < toks.len() && toks[end].punct(',') && toks[end + 1].cap {
        let mut e = end + 1;
        while e < toks.len() && toks[e].word && toks[e].cap {
            e += 1;
        }
        return Some(end + 1..e);
    }
    Some(start..end)
}

/// The subject of a clause: its first noun phrase after leading adverbials ("On Monday, ...").
pub(crate) fn subject(toks: &[Tok], tokenizer: &Tokenizer) -> Option<Range<usize>> {
    // a dateline ("Washington _ Former House Speaker ...") is not the subject
    let mut i = toks
        .iter()
        .take(5)
        .rposition(|t| t.punct(';'))
        .map_or(0, |p| p + 1);
    // skip leading adverbial segments that end with a comma
    loop {
        while toks.get(i).is_some_and(|t| t.punct(',')) {
            i += 1;
        }
        let first = toks.get(i)?;
        let adverbial = first.word
            && (PREPOSITIONS.contains(&first.lower.as_str())
                || [
                    "however",
                    "meanwhile",
                    "earlier",
                    "later",
                    "according",
                    "but",
                    "and",
                    "asked",
                    "pressed",
                    "describing",
                    "still",
                    "also",
                ]
                .contains(&first.lower.as_str())
                // "Striding past the gallery, Gingrich …", ", released in 1991, Suu Kyi …": a
                // participle's clause
                || is_participle_clause_opener(first));
        if !adverbial {
            break;
        }
        match toks[i..].iter().take(14).position(|t| t.punct(',')) {
            Some(p) => i += p + 1,
            None => {
                if ["and", "but"].contains(&first.lower.as_str()) {
                    i += 1;
                    continue;
                }
                return None;
            }
        }
    }
    // `On Monday, he attacked the plan, saying`: a pronoun after the opening phrase
    if toks
        .get(i)
        .is_some_and(|t| t.word && !t.cap && PRONOUNS.contains(&t.lower.as_str()))
    {
        return Some(i..i + 1);
    }
    let mut end = i;
    let mut seen_cap = false;
    while end < toks.len() && end - i < 8 {
        let t = &toks[end];
        // "Turkey's military-dominated National Security Council": after a possessive, its
        // modifiers up to the capitalised head
        if seen_cap && t.is("s") {
            let head = toks[end + 1..]
                .iter()
                .take(3)
                .position(|n| n.cap)
                .filter(|&p| toks[end + 1..end + 1 + p].iter().all(|n| n.word));
            if let Some(p) = head {
                end += 1 + p;
                continue;
            }
            // `Hun Sen's party said`: the owner's lower-case noun is the subject, not the owner
            // (the `s` right after a word, as an apostrophe leaves it: not the `S` of `U.S.`)
            let possessive = !t.cap && end > i && toks[end - 1].word;
            if let Some(noun) = toks
                .get(end + 1)
                .filter(|n| possessive && n.word && !n.cap && !tokenizer.is_stop_word(&n.lower))
            {
                if !is_speech_verb(noun) {
                    end += 2;
                    break;
                }
            }
        }
        if breaks_np(t, tokenizer) || seen_cap && !t.cap && t.lower != "s" || is_speech_verb(t) {
            break;
        }
        if t.cap {
            // (`Fellow balloonist Richard Branson`, `Former ambassador …`: a title word opening
            // the phrase is capitalised as the sentence's first word, not as a name's)
            let opening_title =
                end == i && is_title_word(&t.lower) && !DETERMINERS.contains(&t.lower.as_str());
            // (`An Islamic militant group`, `The Christian right`: a capitalised adjective right
            // after the phrase's determiner, a lower-case noun after it; not a name, `The Times
            // buys this analysis`)
            let modifier = end == i + 1
                && DETERMINERS.contains(&toks[i].lower.as_str())
                && (is_nationality(&t.lower) || is_nationality_word(&t.lower))
                && toks
                    .get(end + 1)
                    .is_some_and(|n| n.word && !n.cap && n.lower != "s" && !is_speech_verb(n));
            let determiner = end == i
                && DETERMINERS.contains(&t.lower.as_str())
                && toks.get(end + 1).is_some_and(|n| n.word && n.cap);
            if !opening_title && !modifier && !determiner {
                seen_cap = true;
            }
        } else if end > i && !DETERMINERS.contains(&t.lower.as_str()) && !seen_cap {
            // a lower-case word after the first: keep going only while it looks nominal
            if t.lower.ends_with("ed") || t.lower.ends_with("ing") {
                break;
            }
        }
        end += 1;
    }
    (end > i).then_some(i..end)
}

pub(crate) fn is_definite(description: &str) -> bool {
    let lower = description.to_lowercase();
    lower.starts_with("the ") || lower.contains("'s ")
}

/// Content words of a description, lower-cased, determiners dropped.
pub(crate) fn description_words(description: &str) -> Vec<String> {
    description
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !DETERMINERS.contains(&w.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(s: &str) -> Option<Phrase> {
        let t = Tokenizer::new();
        let toks = tokens(s, 0..s.len());
        classify(s, &toks, &t)
    }

    #[test]
    fn titles_are_split_from_names() {
        assert_eq!(
            phrase("Russian Foreign Minister Sergey Lavrov"),
            Some(Phrase::Name {
                name: "Sergey Lavrov".into(),
                titles: vec!["russian".into(), "foreign".into(), "minister".into()]
            })
        );
        assert_eq!(
            phrase("the Rev. Al Sharpton"),
            Some(Phrase::Name {
                name: "Al Sharpton".into(),
                titles: vec!["rev".into()]
            })
        );
        assert!(
            matches!(phrase("Rep. Richard A. Gephardt"), Some(Phrase::Name { name, .. }) if name == "Richard A. Gephardt")
        );
        assert_eq!(phrase("he"), Some(Phrase::Pronoun("he".into())));
        // an organisation's acronym before a name is not part of it; a lone function word or a
        // party tag is no name
        assert!(
            matches!(phrase("USGS Dale Grant"), Some(Phrase::Name { name, .. }) if name == "Dale Grant")
        );
        // hyphen-joined titles, and an organisation's initials before them
        assert_eq!(
            phrase("U.N. Secretary-General Kofi Annan"),
            Some(Phrase::Name {
                name: "Kofi Annan".into(),
                titles: vec!["u".into(), "n".into(), "secretary-general".into()]
            })
        );
        assert!(
            matches!(phrase("J. Randolph Evans"), Some(Phrase::Name { name, .. }) if name == "J. Randolph Evans")
        );
        assert_eq!(phrase("Only"), None);
        assert_eq!(phrase("Immediately"), None);
        assert_eq!(phrase("C"), None);
        assert_eq!(phrase("several times"), None);
        assert_eq!(
            phrase("the Russian foreign minister"),
            Some(Phrase::Description("the Russian foreign minister".into()))
        );
    }
}
