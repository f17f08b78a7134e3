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

use crate::text::Tokenizer;

pub(crate) use super::english_words::{
    ends_with_title_abbreviation, is_determiner, is_kin_noun, is_nationality_adjective,
    is_nationality_before_name, is_participle, is_participle_clause_opener, is_person_title,
    is_preposition_or_opener, is_role_noun, is_speech_verb, is_speech_word, WOMEN_HONORIFICS,
};
use super::english_words::{
    is_nationality, is_nationality_word, is_opener, is_title_word, DETERMINERS, NEWSPAPER_ENDS,
    OFFICE_MODIFIERS, ORG_HEADS, PARTY_WORDS, PEERAGES, PERSON_TITLES, POST_NOMINALS, TIME_HEADS,
    TITLES,
};

pub(crate) use super::phrase_tokens::{
    capitalised_run, is_name_particle, tokens, Tok, NAME_CONNECTORS, NAME_PARTICLES,
};

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
    // a sentence adverb read after the subject is not part of it (`Zyuganov meanwhile told`)
    let np = match np {
        [head @ .., last]
            if !head.is_empty() && !last.cap && SUBJECT_ADVERBS.contains(&last.lower.as_str()) =>
        {
            head
        }
        _ => np,
    };
    // a figure is no speaker: a day after its month (`May 7 bombing`), a share (`74 percent`), a
    // decade (`1970s:`), a figure alone (`his 65,000-member families` cut at its comma) or the
    // tail of a figure cut at its thousands comma (`2,000 scientists` read from `000`)
    let first_word = np
        .iter()
        .position(|t| t.word && !DETERMINERS.contains(&t.lower.as_str()));
    if let Some(f) = first_word {
        let t = &np[f];
        // (not `the 13-year-old`: an age describes a person)
        let figure = t.lower.starts_with(|c: char| c.is_ascii_digit())
            && t.lower.chars().all(|c| c.is_ascii_digit() || c == 's');
        let after_date = f > 0 && crate::dates::is_calendar_word(&np[f - 1].lower);
        let thousands = text[..t.range.start].ends_with(',')
            && text[..t.range.start - 1].ends_with(|c: char| c.is_ascii_digit());
        let rest_is_figure = np[f + 1..]
            .iter()
            .filter(|t| t.word)
            .all(|t| ["percent", "per", "cent", "s"].contains(&t.lower.as_str()));
        if figure && (after_date || thousands || rest_is_figure) {
            return None;
        }
    }
    let mut np: Vec<Tok> = np
        .iter()
        .enumerate()
        .filter(|&(k, t)| {
            t.word
                && (!crate::dates::is_calendar_word(&t.lower)
                    || month_as_surname(np, k)
                    || month_as_given_name(text, np, k))
        })
        .map(|(_, t)| t.clone())
        .collect();
    // a phrase read across its own speech verb (`a White House official said Tuesday the
    // administration`, `Maxey said the governor`): the words after the verb; none after a verb
    // with a listener (`The girl told police the boys`)
    if let Some(p) = np.iter().skip(1).rposition(|t| {
        ["said", "says", "told", "tells", "added", "adds", "stated"].contains(&t.lower.as_str())
    }) {
        if ["told", "tells"].contains(&np[p + 1].lower.as_str()) {
            return None;
        }
        np.drain(..p + 2);
        // (`Geringer said that Shepard's father also said`)
        while np
            .first()
            .is_some_and(|t| ["that", "and", "but"].contains(&t.lower.as_str()))
        {
            np.remove(0);
        }
        if np.is_empty() {
            return None;
        }
    }
    // `Nor would the Bush campaign say`: the inverted negation and its auxiliary open no name
    if np.len() > 2 && ["nor", "neither"].contains(&np[0].lower.as_str()) {
        let auxiliary = super::english_words::QUESTION_AUXILIARIES.contains(&np[1].lower.as_str());
        np.drain(..if auxiliary { 2 } else { 1 });
    }
    // a clause is no speaker: a question put to someone (`Asked whether she would resign:`) or
    // a clause read after its own verb (`said the remaining work would focus on`)
    if np
        .iter()
        .any(|t| !t.cap && CLAUSE_WORDS.contains(&t.lower.as_str()))
    {
        return None;
    }
    // a description that reads as a clause is no speaker: a verb with its object (`Bush signed
    // a similar state law`, `Brownback last week used a maneuver`, `included drafting a
    // document`), or a phrase opened by a preposition (`to the Justice Department last month
    // asking regulators`, `onto the screen`)
    if np.last().is_some_and(|t| !t.cap) && np.len() >= 2 {
        let verb_with_object = np.windows(2).any(|w| {
            !w[0].cap
                && (w[0].lower.len() >= 4 && w[0].lower.ends_with("ed")
                    || super::english_words::is_irregular_past(&w[0].lower))
                && (["a", "an", "the", "his", "her", "its", "their"].contains(&w[1].lower.as_str())
                    || w[1].lower.len() > 4 && w[1].lower.ends_with("ing"))
        });
        let opened_by_preposition = !np[0].cap
            && [
                "to", "onto", "into", "in", "at", "on", "from", "with", "by", "for", "of",
            ]
            .contains(&np[0].lower.as_str());
        if opened_by_preposition {
            return None;
        }
        if verb_with_object {
            // (the clause's subject, when a name opens it: `Bush` of `Bush signed a … law`)
            let subject = np.iter().take_while(|t| t.cap).count();
            return (subject > 0)
                .then(|| classify(text, &np[..subject], tokenizer))
                .flatten();
        }
    }
    // `the Duchess of York`, `the Prince of Wales`: a peerage is its holder's name, the place
    // no name of its own
    let holder = np.iter().position(|t| t.cap).filter(|&h| {
        np[..h]
            .iter()
            .all(|t| DETERMINERS.contains(&t.lower.as_str()))
            && PEERAGES.contains(&np[h].lower.as_str())
            && np.get(h + 1).is_some_and(|t| t.is("of"))
            && np.len() > h + 2
            && np[h + 2..].iter().all(|t| t.cap)
    });
    if let Some(h) = holder {
        let words: Vec<&str> = np[h..].iter().map(|t| &text[t.range.clone()]).collect();
        return Some(Phrase::Name {
            name: words.join(" "),
            titles: Vec::new(),
        });
    }
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
    // a participle after a group closes a clause about it (`local school security officials
    // meeting with Riley said`): the group speaks
    if np.len() > 2 {
        let (last, before) = (&np[np.len() - 1], &np[np.len() - 2]);
        if !last.cap
            && last.lower.len() > 5
            && last.lower.ends_with("ing")
            && !before.cap
            // (not an owner's `s`: `The drug's labeling`)
            && before.lower.len() > 2
            && (before.lower.ends_with('s') && !before.lower.ends_with("ss")
                || is_role_noun(&before.lower))
        {
            np.pop();
        }
    }
    if np.len() == 1
        && np[0].cap
        && (is_opener(&np[0].lower)
            || is_nationality_word(&np[0].lower)
                && !written_as_surname(text, &np[0], SURNAME_LOOKBACK_BYTES))
    {
        return None;
    }
    // a lone number word or a state's abbreviation is no speaker (`Six elementary school
    // students`, `In Richmond, Va, the signs carry`)
    if let [only] = &np[..] {
        if only.cap && crate::words::is_cardinal_word(&only.lower) {
            return None;
        }
    }
    // (after a town and its comma: not `Doyt Conn`, nor `Mo` of `Mo Shaoping`)
    if !np.is_empty() && np.len() <= 2 && np.iter().all(|t| t.cap) {
        let before = text[..np[0].range.start].trim_end_matches(' ');
        let after_town = before.strip_suffix(',').is_some_and(|b| {
            b.rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        });
        if after_town {
            let joined: String = np.iter().map(|t| t.lower.replace('.', "")).collect();
            if STATE_ABBREVIATIONS.contains(&joined.as_str()) {
                return None;
            }
        }
    }
    // a lone function word is no speaker (`Only moments before, …`; the stop list's short
    // contraction pieces, `ain`, `ll`, are surnames as often)
    if np.len() == 1 && np[0].lower.len() >= 4 && tokenizer.is_stop_word(&np[0].lower) {
        return None;
    }
    let last = np.last()?;
    // `the Indiana Republican`, `a Springfield Democrat`, `a Republican`: someone described by
    // party (and place), not a name
    if np.len() >= 2
        && ["the", "a"].contains(&np[0].lower.as_str())
        && ["republican", "democrat"].contains(&last.lower.as_str())
    {
        return Some(Phrase::Description(surface(text, &np)));
    }
    if np.len() == 1 && ["he", "she", "they", "it", "we", "i", "him"].contains(&last.lower.as_str())
    {
        return Some(Phrase::Pronoun(last.lower.clone()));
    }
    // one lower-case word in the singular names no speaker (`consistent`, `strategy`, `radio`,
    // `shaken`); a group in the plural does (`officials`, `critics`), and so do a few collective
    // words; nor does a share of a group (`Half of the 10 people`)
    if let [only] = &np[..] {
        let w = only.lower.as_str();
        let collective = [
            "police",
            "someone",
            "everyone",
            "staff",
            "military",
            "government",
            "media",
            "press",
            "public",
            "people",
            "children",
            "men",
            "women",
        ]
        .contains(&w);
        // (`diGenova`: a surname written with a capital inside)
        // (in a text that writes names in capitals: in lower-cased text, `romney said`)
        // (read here, short texts included)
        let lower_case = !text[only.range.clone()].chars().any(char::is_uppercase)
            && crate::words::names_in_capitals_around(text, only.range.clone());
        if lower_case && !w.ends_with('s') && !collective {
            return None;
        }
        if [
            "half", "most", "many", "some", "all", "none", "both", "few", "several", "majority",
        ]
        .contains(&w)
        {
            return None;
        }
    }
    // a lone capitalised word opening a sentence that the article also writes in lower case is
    // a common word, not a surname: a group in the plural (`Prosecutors said`) is described,
    // anything else (`Afterward, a prosecutor said`, `Hence, the resident cat`) is no speaker
    if np.len() == 1 && np[0].cap {
        let w = np[0].lower.as_str();
        if DETERMINERS.contains(&w) || LONE_OPENERS.contains(&w) {
            return None;
        }
        let opens = opens_sentence(text, &np[0]);
        // (a function word opening the sentence, `But`, `And`: no need to read the article)
        if opens && tokenizer.is_stop_word(w) {
            return None;
        }
        if opens
            && written_in_lower_case(text, &np[0])
            && !written_as_surname(text, &np[0], LOWER_CASE_LOOKBACK_BYTES)
        {
            let group = w.ends_with('s') && !w.ends_with("ss") && !TIME_HEADS.contains(&w);
            return group.then(|| Phrase::Description(surface(text, &np)));
        }
    }
    // a body's name with its `of` (`the Ministry of Civil Defense`, `Department of State`) is
    // the body's, not a title and a name (`Civil Defense`); its head alone, where a phrase was
    // cut at the `of`, is no name (`Department` of `Department of State`)
    if let Some(body) = body_with_of(text, &np) {
        return body;
    }
    // (a body's initials that spell a function word are a name: `WHO`)
    if last.cap
        && !(np.len() == 1 && tokenizer.is_stop_word(&last.lower) && !is_acronym_word(text, last))
    {
        // the trailing run of capitalised words
        let mut start = np.len();
        // a possessive ends the run: "Wikinews' Diego Grez"
        let possessive = |t: &Tok| text[t.range.end..].starts_with(['\'', '\u{2019}']);
        // (a family name's particles between capitalised words: `Liesbeth Van de Craen`)
        while start > 0
            && (np[start - 1].cap || is_name_particle(&np, start - 1))
            && np[start - 1].lower != "s"
            && !(start < np.len() && possessive(&np[start - 1]))
        {
            start -= 1;
        }
        let mut name_start = start;
        // "Mayor of Pichilemu Roberto Córdova", "Governor of Cardenal Caro Julio Ibarra": the
        // place after "Title of" is not part of the name, which is the run's last two words
        // (`Ambassador to the United Nations Bill Richardson`: `to the` too)
        let title_before = |k: usize| {
            ["of", "to"].contains(&np[k].lower.as_str())
                && k >= 1
                && TITLES.contains(&np[k - 1].lower.as_str())
        };
        if start >= 2
            && (title_before(start - 1)
                || start >= 3 && np[start - 1].lower == "the" && title_before(start - 2))
            && np.len() - start >= 3
        {
            name_start = np.len() - 2;
        }
        // the same when the phrase was cut at the `of`: `[Prime Minister of the] United Kingdom
        // Tony Blair` is Tony Blair; the name opens at its given name, else it is the last two
        // words (`President of the United States George W. Bush`)
        if start == 0 && np.len() >= 3 && office_of_before(text, np[0].range.start) {
            let given =
                (0..np.len() - 1).find(|&k| super::given_names::is_given_name(&np[k].lower));
            name_start = given.filter(|&k| k > 0).unwrap_or(np.len() - 2);
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
        // a body's words before one last word are its name, not a title and a surname: `Air
        // France` (as `Air Force`), not `France` titled `air`; not a rank before a body's
        // initials or a party (`Senior IOC`, `House Republican`)
        let last_word = &np[np.len() - 1];
        if name_start > start
            && name_start == np.len() - 1
            && !is_title_word(&last_word.lower)
            && !is_person_title(&last_word.lower)
            && !PARTY_WORDS.contains(&last_word.lower.as_str())
            && !is_acronym_word(text, last_word)
            && np[start..name_start].iter().all(|t| {
                t.cap
                    && !is_person_title(&t.lower)
                    && !OFFICE_MODIFIERS.contains(&t.lower.as_str())
                    && !tokenizer.is_stop_word(&t.lower)
            })
        {
            name_start = start;
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
        // no name (a role, title or party, a function word, an outlet's or a body's last word, an
        // abbreviation: `Browns DL Sheldon Richardson`):
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
                || is_acronym_word(text, t)
        };
        if np.len() - name_start >= 3 && np[name_start..np.len() - 2].iter().any(not_a_name) {
            // (the given name after the last such word first: `San Francisco Supervisor Tom
            // Ammiano`, not `San`)
            let given = |k: &usize| super::given_names::is_given_name(&np[*k].lower);
            let after_last = (name_start..np.len() - 2)
                .rev()
                .find(|&i| not_a_name(&np[i]))
                .and_then(|l| (l + 1..np.len() - 1).find(given));
            if let Some(k) = after_last.or_else(|| (name_start..np.len() - 1).find(given)) {
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
    let mut np = super::descriptions::speaking_part(&np)?;
    // a participle read past the head noun, where the text writes names in capitals (read
    // around the phrase, as for one lower-case word above)
    if super::descriptions::ends_with_participle(np)
        && crate::words::names_in_capitals_around(text, np[np.len() - 1].range.clone())
    {
        np = &np[..np.len() - 1];
    }
    let last = np.last()?;
    if np.iter().all(|t| DETERMINERS.contains(&t.lower.as_str())) {
        return None;
    }
    // a stretch of time is no speaker (`he had several times told reporters`)
    if TIME_HEADS.contains(&last.lower.as_str()) {
        return None;
    }
    // an owner whose owned thing was cut off (`announces Newsweek's June 12 cover`, read to
    // `Newsweek's`): the owner
    if let [.., owner, s] = np {
        let possessive = s.lower == "s" && text[..s.range.start].ends_with(['\'', '\u{2019}']);
        if possessive && owner.cap && owner.word {
            // (a lone owner inside a sentence is a name whatever word it spells: `More's words`)
            let lone_name = np.len() == 2 && !opens_sentence(text, owner);
            return classify(text, &np[..np.len() - 1], tokenizer).or_else(|| {
                lone_name.then(|| Phrase::Name {
                    name: surface(text, &np[..1]),
                    titles: Vec::new(),
                })
            });
        }
    }
    if let Some(name) = outlet_name(np) {
        return Some(Phrase::Name {
            name: surface(text, name),
            titles: Vec::new(),
        });
    }
    Some(Phrase::Description(surface(text, np)))
}

/// The abbreviations news writes for American states after a town (`Richmond, Va.`), lower-case,
/// without their dots.
/// Words written in lower case that make a phrase a clause, never someone who speaks: a
/// subordinator opening a question put to someone, a modal verb.
const CLAUSE_WORDS: &[&str] = &[
    "whether", "would", "could", "should", "might", "must", "shall",
];

const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj", "nm", "ny",
    "nc", "nd", "okla", "ore", "pa", "ri", "sc", "sd", "tenn", "tex", "vt", "va", "wash", "wva",
    "wis", "wyo",
];

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

/// A body's name written with its `of` (`Ministry of Civil Defense`): `Some(Some(name))`; its
/// head alone, cut right before the `of` (`Department`): `Some(None)`; else `None`. Not when a
/// person's given name follows the `of` (`Ministry of Defence spokesman John Smith`).
fn body_with_of(text: &str, np: &[Tok]) -> Option<Option<Phrase>> {
    // (after its owner: `The city's Department of Consumer Affairs`)
    let owner_end = np
        .iter()
        .rposition(|t| t.lower == "s" && text[..t.range.start].ends_with(['\'', '\u{2019}']))
        .map_or(0, |k| k + 1);
    let first = owner_end
        + np[owner_end..]
            .iter()
            .position(|t| !DETERMINERS.contains(&t.lower.as_str()))?;
    let np = &np[first..];
    let head = np.first()?;
    if !head.cap || !ORG_HEADS.contains(&head.lower.as_str()) {
        return None;
    }
    if np.len() == 1 {
        let cut = text[head.range.end..].trim_start().starts_with("of ");
        return cut.then_some(None);
    }
    if !np[1].is("of") {
        return None;
    }
    let rest = match &np[2..] {
        [the, tail @ ..] if the.is("the") => tail,
        rest => rest,
    };
    let body = !rest.is_empty()
        && rest.iter().all(|t| t.cap)
        && !rest
            .iter()
            .any(|t| super::given_names::is_given_name(&t.lower));
    body.then(|| {
        Some(Phrase::Name {
            name: surface(text, np),
            titles: Vec::new(),
        })
    })
}

/// Whether the text right before `at` names an office and the place or body it serves, cut
/// where a phrase of capitalised words begins: `Prime Minister of the `, `Ambassador to `,
/// `Minister for `.
fn office_of_before(text: &str, at: usize) -> bool {
    let mut words = text[..at].split_whitespace().rev();
    let mut next = words.next();
    if next == Some("the") {
        next = words.next();
    }
    if !next.is_some_and(|w| ["of", "to", "for"].contains(&w)) {
        return false;
    }
    words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && is_title_word(&w.to_lowercase()))
}

/// Whether the month word `np[k]` is a surname (`Steve May`, `John S. March`): capitalised
/// right after a given name or an initial, and no figure after it (not `Clinton May 5`).
fn month_as_surname(np: &[Tok], k: usize) -> bool {
    let t = &np[k];
    t.cap
        && crate::dates::MONTHS.contains(&t.lower.as_str())
        && k > 0
        && np[k - 1].cap
        && (np[k - 1].lower.chars().count() == 1
            || super::given_names::is_given_name(&np[k - 1].lower))
        && !np
            .get(k + 1)
            .is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether the month word `np[k]` is a given name (`Jan Egeland`, `April Ryan`): one the
/// given-name list knows, written without an abbreviation's period, right before a capitalised
/// word that is no date.
fn month_as_given_name(text: &str, np: &[Tok], k: usize) -> bool {
    let t = &np[k];
    t.cap
        && text[t.range.end..].starts_with(' ')
        && super::given_names::is_given_name(&t.lower)
        && np.get(k + 1).is_some_and(|n| {
            n.word
                && n.cap
                && !crate::dates::is_calendar_word(&n.lower)
                && !n.lower.starts_with(|c: char| c.is_ascii_digit())
        })
}

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

/// Sentence adverbs news writes between a subject and its speech verb (`Zyuganov meanwhile told`).
const SUBJECT_ADVERBS: &[&str] = &[
    "meanwhile",
    "however",
    "also",
    "too",
    "though",
    "instead",
    "then",
    "later",
    "again",
    "still",
    "nonetheless",
    "nevertheless",
    "therefore",
    "thus",
];

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
/// [`LOWER_CASE_LOOKBACK_BYTES`] before it or [`LOWER_CASE_LOOKAHEAD_BYTES`] after it, in text
/// that writes names in capitals ([`crate::words::writes_names_in_capitals`]: in lower-cased
/// text a name is written in lower case too).
fn written_in_lower_case(text: &str, word: &Tok) -> bool {
    let from = text.floor_char_boundary(word.range.start.saturating_sub(LOWER_CASE_LOOKBACK_BYTES));
    let to = text.floor_char_boundary(word.range.end + LOWER_CASE_LOOKAHEAD_BYTES);
    let window = &text[from..to];
    let lower = word.lower.as_str();
    window.match_indices(lower).any(|(i, _)| {
        let before = window[..i].chars().next_back();
        let after = window[i + lower.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    }) && crate::words::writes_names_in_capitals(window)
}

/// How far before a word that ends like a nationality [`written_as_surname`] looks for its full
/// name.
const SURNAME_LOOKBACK_BYTES: usize = 20_000;

/// Whether a capitalised word that could be a common one (ending like a nationality: `Milosevic`,
/// `Kazmierczakian`; or written in lower case nearby: `Hall`) is a surname: the article wrote it
/// earlier after a given name (`Slobodan Milosevic`), not after a title or another nationality
/// (`Palestinian Islamic Jihad`). Read in the `lookback` bytes before it.
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

pub(crate) fn is_definite(description: &str) -> bool {
    let lower = description.to_lowercase();
    lower.starts_with("the ") || lower.contains("'s ") || lower.contains("\u{2019}s ")
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
    fn a_clause_read_as_a_phrase_is_no_description() {
        // a verb with its object: the named subject, else no one
        assert!(matches!(
            phrase("Bush signed a similar state law"),
            Some(Phrase::Name { name, .. }) if name == "Bush"
        ));
        assert_eq!(phrase("included drafting a document"), None);
        // a phrase opened by a preposition
        assert_eq!(
            phrase("to the Justice Department last month asking regulators"),
            None
        );
        // an adjective in `-ed` before its noun describes
        assert_eq!(
            phrase("a retired general"),
            Some(Phrase::Description("a retired general".into()))
        );
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
