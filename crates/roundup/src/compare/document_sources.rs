//! Documents and offices that speak for someone else, and the source they speak for:
//! - a statement or report with its source (`a statement from the embassy said`, `an Astana Team
//!   statement`, `according to a statement released Thursday by the National League for
//!   Democracy`): the source speaks;
//! - an office or spokesperson speaking for its head (`Mordechai's office quoted him as saying`),
//!   a document for its owner (`Danforth's report`): the head or owner;
//! - `the report said`: the source of the report named before (`a report by the Justice
//!   Department`), or the full name of an acronym the article spelled out.
//!
//! Each rule reads a bounded number of tokens or bytes around the phrase.

use std::ops::Range;

use super::speakers::{is_speech_verb, Tok};

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
/// the window `toks` (a capitalised name; "of", "for", "and", "on" may join its words), for a
/// statement noun `head`. Bounded by the caller's window.
pub(crate) fn source_before<'t>(
    text: &str,
    toks: &dyn Fn() -> &'t [Tok],
    head: &str,
) -> Option<String> {
    if !is_statement_noun(head) {
        return None;
    }
    let toks = toks();
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
            } else if i >= 4 && toks[i - 2].is("in") && toks[i - 3].punct(',') {
                // `The Sam Rainsy Party, in a statement released Friday, accused …`: the name
                // before the comma that opens the phrase
                if let Some(name) = name_before_noun(text, toks, i - 3) {
                    best = Some(super::speakers::surface(text, name));
                }
            }
            continue;
        }
        // `In a six-month report sent to the Council, Richard Butler, the chief inspector,
        // said`: the full name right after the opening phrase's comma
        if t.is(head) {
            if let Some(name) = name_after_opening(toks, i) {
                best = Some(super::speakers::surface(text, name));
                continue;
            }
        }
        // `Danforth's 149-page interim report exonerates …`: the report's owner (a capitalised
        // name before `'s`, up to three words before the noun)
        if t.is(head) {
            if let Some(owner) = owner_of_noun(text, toks, i) {
                best = Some(super::speakers::surface(text, owner));
                continue;
            }
            // `The Coalition for Juvenile Justice report said`, `the JPI report said`: the name
            // right before the noun
            if let Some(name) = name_before_noun(text, toks, i) {
                best = Some(super::speakers::surface(text, name));
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

/// The organisation's name right before the statement noun `toks[head]` (`The Coalition for
/// Juvenile Justice report`, `the JPI report`): capitalised words, joined by `of`, `for`, `and`,
/// `on`, at most six, after a determiner or the sentence's start; two words or more, or one
/// acronym. A weekday or month is no author (`Tuesday's report` is read elsewhere; `the October
/// report`).
fn name_before_noun<'t>(text: &str, toks: &'t [Tok], head: usize) -> Option<&'t [Tok]> {
    let mut start = head;
    while start > 0
        && head - start < 6
        && toks[start - 1].word
        && (toks[start - 1].cap
            || super::speakers::NAME_CONNECTORS.contains(&toks[start - 1].lower.as_str()))
        && !super::english_words::is_determiner(&toks[start - 1].lower)
    {
        start -= 1;
    }
    // a connector opens no name (`report of the …` is read elsewhere)
    while start < head && !toks[start].cap {
        start += 1;
    }
    let name = &toks[start..head];
    let after_determiner = start == 0
        || !toks[start - 1].word
        || super::english_words::is_determiner(&toks[start - 1].lower);
    let acronym = name.len() == 1 && is_acronym(&text[name[0].range.clone()]);
    (after_determiner
        && (name.len() >= 2 || acronym)
        && !name
            .iter()
            .any(|t| crate::dates::is_calendar_word(&t.lower)))
    .then_some(name)
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
    use crate::compare::speaker_of_quote as speaker;

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
}
