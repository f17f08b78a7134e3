//! The attribution around a quotation: its speech verb, its form (`"…," Lavrov said`, `Lavrov
//! said: "…"`, `according to Lavrov`, …) and the phrase naming its speaker, read from the words
//! before and after it. Phrases are resolved to people by `quotes`.

use std::ops::Range;

use super::english_words::{is_person_title, is_title_word};
use super::noun_phrases::{np_after, np_before, subject};
use super::speakers::{self, classify, is_participle, is_speech_verb, Phrase, Tok};
use super::AttributionForm;
use super::{appositions, clauses, document_sources};
use crate::text::Tokenizer;

/// The attribution read from the words around one quotation.
#[derive(Debug, Clone)]
pub(super) struct Attribution {
    pub(super) phrase: Phrase,
    pub(super) verb: Option<String>,
    pub(super) form: AttributionForm,
}

fn verb_label(toks: &[Tok], v: usize) -> String {
    let t = &toks[v];
    match t.lower.as_str() {
        "according" => "according to".into(),
        "pointed" if toks.get(v + 1).is_some_and(|n| n.is("out")) => "pointed out".into(),
        "quoted" => "quoted as saying".into(),
        _ => t.lower.clone(),
    }
}

/// `phrase` speaking through the verb `toks[v]`, in `form` (`according to` is a form of its own).
fn verb_attribution(toks: &[Tok], v: usize, phrase: Phrase, form: AttributionForm) -> Attribution {
    Attribution {
        phrase,
        verb: Some(verb_label(toks, v)),
        form: if toks[v].is("according") {
            AttributionForm::According
        } else {
            form
        },
    }
}

/// The speaker phrase of verb `toks[v]`.
fn speaker_of_verb(
    text: &str,
    toks: &[Tok],
    v: usize,
    after_quote: bool,
    tokenizer: &Tokenizer,
) -> Option<Phrase> {
    // "NTV quoted him as saying": the person quoted, not the outlet; "Mordechai's office quoted
    // him Sunday as saying": the office's head
    if toks[v].is("quoted") && toks.get(v + 1).is_some_and(|t| t.is("him") || t.is("her")) {
        let owner = np_before(toks, v, tokenizer)
            .and_then(|np| document_sources::possessive_owner(text, toks, np))
            .and_then(|r| classify(text, &toks[r], tokenizer));
        if let Some(owner @ Phrase::Name { .. }) = owner {
            return Some(owner);
        }
        let p = if toks[v + 1].is("him") { "he" } else { "she" };
        return Some(Phrase::Pronoun(p.into()));
    }
    let np = if toks[v].is("according") {
        let to = if toks.get(v + 1).is_some_and(|t| t.is("to")) {
            v + 1
        } else {
            v
        };
        np_after(toks, to, tokenizer)
    } else if toks[v].is("quoted")
        && toks.get(v + 1).is_some_and(|t| t.cap)
        && toks[v + 1..].iter().take(12).any(|t| t.is("as"))
    {
        // "it quoted Warawut Sumon, head of ..., as saying"
        np_after(toks, v, tokenizer)
    } else if let Some(r) = quoted_as_saying(toks, v) {
        // "Libyan Radio quoted an unnamed official in the Foreign Liaison Secretariat, which …,
        // as saying", "the newspaper quoted sources as saying": the person quoted
        // up to its first preposition: "an unnamed official", not the name after "in"
        let head_end = (r.start + 1..r.end)
            .find(|&k| super::english_words::is_preposition_or_opener(&toks[k].lower))
            .unwrap_or(r.end);
        return classify(text, &toks[r.start..head_end], tokenizer);
    } else {
        let after_comma = after_quote && (v == 0 || toks[v - 1].punct(','));
        // `The inquiry, said Rep. Tom DeLay, was …`: a name right after a verb set off by a
        // comma is its speaker wherever the quotation is (a description or pronoun there is not)
        // (`Anwar, says the prime minister, is "…"`: a definite description there too)
        let inverted = !after_comma
            && v > 0
            && toks[v - 1].punct(',')
            && ["said", "says"].contains(&toks[v].lower.as_str())
            && toks.get(v + 1).is_some_and(|t| {
                t.cap || ["the", "his", "her", "their", "its"].contains(&t.lower.as_str())
            });
        // `told a news conference`, `told the Kommersant newspaper`: who is told, never who tells
        let addressed =
            ["told", "tells", "assured", "informed", "reminded"].contains(&toks[v].lower.as_str());
        let after = (after_comma || inverted)
            .then(|| np_after(toks, v, tokenizer))
            .filter(|_| !addressed)
            .flatten()
            // inverted, the name is set off: `…, said Rep. Tom DeLay, was` (not `…, said
            // Villarreal was chosen`)
            // (nor `Bob Houghton, who coaches the team, said the match would "…"`: a phrase
            // running into the quotation is the reported clause's subject)
            // (its affiliation may follow: `…, said Lt. Judith Will of the Denver Police
            // Department, "…"`)
            .filter(|r| {
                let mut end = r.end;
                if toks
                    .get(end)
                    .is_some_and(|t| ["of", "from", "at", "with"].contains(&t.lower.as_str()))
                {
                    end = (end + 1..toks.len().min(end + 9))
                        .find(|&k| !toks[k].word)
                        .unwrap_or(end);
                }
                !inverted
                    || toks
                        .get(end)
                        .is_some_and(|t| t.punct(',') || t.punct('.') || t.punct(':'))
            })
            .filter(|r| !toks[r.start].is("that"))
            .map(|r| appositions::name_after_office(toks, r.clone()).unwrap_or(r))
            .and_then(|r| phrase_of(text, toks, r, tokenizer))
            .filter(|p| {
                !inverted
                    || matches!(p, Phrase::Name { .. })
                    || matches!(p, Phrase::Description(d) if speakers::is_definite(d)
                        || ["his ", "her ", "their "].iter().any(|o| d.starts_with(o)))
            });
        // `"…," Smith, 40, said Thursday`: the phrase after the verb is no speaker
        return after.or_else(|| {
            // "the hand of a tourist who said": the phrase the relative clause is about
            let np = appositions::relative_antecedent(toks, v)
                .or_else(|| np_before(toks, v, tokenizer))?;
            // (`Stephen Ostroff of the Centers for Disease Control and Prevention told`)
            let np = appositions::person_before_affiliation(toks, np.clone()).unwrap_or(np);
            phrase_of(text, toks, np, tokenizer)
        });
    }?;
    phrase_of(text, toks, np, tokenizer)
}

/// Whether the speaker of `a` (a name, `he` or `she`) is written a dozen words at most before a
/// speech verb of `pre`: the subject of that verb (`Hassan urged`, `Clinton, in a
/// telephone call with Russian President Boris Yeltsin, said`), not someone named further back
/// (`Maffei led a team …, one of whom stood and asked`).
pub(super) fn subject_near_verb(pre: &[Tok], a: &Attribution) -> bool {
    let written = match &a.phrase {
        Phrase::Name { name, .. } => super::names::surname(name),
        Phrase::Pronoun(p) if p == "he" || p == "she" => p.clone(),
        _ => return false,
    };
    let Some(n) = pre.iter().rposition(|t| t.lower == written) else {
        return false;
    };
    pre.iter()
        .enumerate()
        .skip(n + 1)
        .take(12)
        .any(|(i, t)| is_speech_verb(t) && !is_participle(t) && !clauses::is_passive(pre, i))
}

/// `quoted an unnamed official in the Secretariat, which …, as saying`, `quoted sources as
/// saying`: the phrase quoted (a determiner or a lower-case noun first, up to its first comma),
/// when `as saying` (or `telling`, `asking`) follows within two dozen words.
fn quoted_as_saying(toks: &[Tok], v: usize) -> Option<Range<usize>> {
    let first = toks.get(v + 1)?;
    if !first.word || first.cap {
        return None;
    }
    let as_at = (v + 1..toks.len().min(v + 26)).find(|&k| {
        toks[k].is("as")
            && toks
                .get(k + 1)
                .is_some_and(|t| ["saying", "telling", "asking"].contains(&t.lower.as_str()))
    })?;
    let end = (v + 1..as_at).find(|&k| !toks[k].word).unwrap_or(as_at);
    (end > v + 1).then_some(v + 1..end)
}

/// The speaker phrase of `toks[np]`, read through the clause around it: a statement's source
/// ("a statement from the embassy"), or the name a description is in apposition to.
fn phrase_of(text: &str, toks: &[Tok], np: Range<usize>, tokenizer: &Tokenizer) -> Option<Phrase> {
    // `his report suggests that …`: the person the owner's pronoun stands for
    if let [owner, document] = &toks[np.clone()] {
        let pronoun = match owner.lower.as_str() {
            "his" => Some("he"),
            "her" => Some("she"),
            _ => None,
        };
        if let Some(p) = pronoun.filter(|_| OWN_DOCUMENTS.contains(&document.lower.as_str())) {
            return Some(Phrase::Pronoun(p.to_string()));
        }
    }
    if let Some(r) =
        document_sources::statement_source(toks, np.clone(), |k| np_after(toks, k, tokenizer))
    {
        if let Some(p) = classify(text, &toks[r], tokenizer) {
            return Some(p);
        }
    }
    if let Some(r) = document_sources::document_owner(text, toks, np.clone()) {
        if let Some(p) = classify(text, &toks[r], tokenizer) {
            return Some(p);
        }
    }
    // `Strauss Zelnick, CEO of Take-Two, adds`, `Jane Roe, Acme CEO, said`: an office written
    // with capitals, set off after a name, is the name's (not `Take-Two` nor `Acme CEO`)
    if is_office(&toks[np.clone()]) {
        let name = appositions::name_in_apposition(toks, np.clone())
            .filter(|r| !tokenizer.is_stop_word(&toks[r.start].lower))
            .and_then(|r| classify(text, &toks[r], tokenizer));
        if let Some(name @ Phrase::Name { .. }) = name {
            return Some(name);
        }
    }
    let phrase = classify(text, &toks[np.clone()], tokenizer)?;
    if let Phrase::Description(_) = phrase {
        // "Jeff Woodburn, the state party chairman, and a Gore supporter said"
        let name = appositions::name_in_apposition(toks, np)
            .filter(|r| !tokenizer.is_stop_word(&toks[r.start].lower))
            .and_then(|r| classify(text, &toks[r], tokenizer));
        if let Some(name @ Phrase::Name { .. }) = name {
            return Some(name);
        }
    }
    Some(phrase)
}

/// Whether a phrase is an office (`CEO of Take-Two`, `the Chairman of the board`, `Acme CEO`): a
/// title word opens it (after its article), followed by `of`, `at` or `for`, or one ends it.
fn is_office(np: &[Tok]) -> bool {
    let words: Vec<&Tok> = np
        .iter()
        .filter(|t| t.word && !["the", "a", "an"].contains(&t.lower.as_str()))
        .collect();
    let title = |t: &Tok| is_title_word(&t.lower) || is_person_title(&t.lower);
    match words[..] {
        [first, second, ..] if title(first) => {
            words[1..]
                .iter()
                .take(3)
                .any(|t| ["of", "at", "for"].contains(&t.lower.as_str()))
                || title(second) && words.len() == 2
        }
        [.., last] => words.len() <= 4 && title(last),
        [] => false,
    }
}

/// What a person writes or gives, whose owner speaks through it (`his report`, `her letter`).
const OWN_DOCUMENTS: [&str; 9] = [
    "report",
    "statement",
    "letter",
    "study",
    "book",
    "testimony",
    "memo",
    "essay",
    "column",
];

/// Whether an attribution relays words (`the agency reported`, `according to Interfax`) rather
/// than names who spoke them.
pub(super) fn relays(a: &Attribution) -> bool {
    a.form == AttributionForm::According || a.verb.as_deref() == Some("reported")
}

/// Conjunctions after a quotation that open a clause of their own.
const CLAUSE_OPENERS: [&str; 7] = [
    "but", "yet", "though", "although", "while", "whilst", "whereas",
];

/// `"…," Lavrov said` and its forms: a speech verb early in the words after the quotation.
pub(super) fn attribute_after(
    text: &str,
    toks: &[Tok],
    max_words: usize,
    tokenizer: &Tokenizer,
) -> Option<Attribution> {
    let mut words = 0;
    // a short parenthesis (`(FSB)`) is read past, its words not counted
    let mut paren_end = 0;
    for (v, t) in toks.iter().enumerate() {
        if v < paren_end {
            continue;
        }
        if !t.word {
            if t.punct('(') {
                match toks[v..].iter().take(8).position(|t| t.punct(')')) {
                    Some(k) => paren_end = v + k + 1,
                    None => return None,
                }
                continue;
            }
            // (the dots of a lawmaker's party tag end no sentence: `Rep. Charles T. Canady,
            // R-Fla., said`)
            let party_tag_dot = t.punct('.')
                && toks[v..]
                    .iter()
                    .take(4)
                    .position(|t| t.punct(','))
                    .is_some_and(|c| super::noun_phrases::party_tag_start(toks, v + c).is_some());
            if ['.', '!', '?', ';'].iter().any(|&c| t.punct(c)) && !party_tag_dot {
                return None;
            }
            continue;
        }
        words += 1;
        if words > max_words {
            return apposition_then_verb(text, toks, tokenizer);
        }
        // a contrasting conjunction opens another clause, with its own subject: `… was "wrong
        // and dangerous," but at the same time promised …` is not said by "time"
        if CLAUSE_OPENERS.iter().any(|w| t.is(w)) {
            return None;
        }
        // `"How Happy We Are …", which the percussionists chanted`: a relative clause about the
        // quoted words (sung, chanted, dismissed), not who said them; the speaker may follow it
        // (`"the same policy I enunciated," which has since remained unchanged, added Carter`)
        if words == 1 && t.is("which") {
            let comma = v + toks[v..].iter().position(|t| t.punct(','))?;
            return attribute_after(text, &toks[comma..], max_words, tokenizer);
        }
        // `"…," read an Astana Team statement`: "read" right after the quotation
        let read = t.is("read") && words == 1;
        // `"the King of the Cochayuyo", an essay called "…"`: a thing named, not a speaker
        let naming = t.is("called") && v > 0 && super::quoted_titles::names_a_noun(&toks[v - 1]);
        if read
            || is_speech_verb(t)
                && !is_participle(t)
                && !clauses::is_plural_noun(toks, v)
                && !naming
        {
            let phrase = speaker_of_verb(text, toks, v, true, tokenizer)?;
            return Some(verb_attribution(toks, v, phrase, AttributionForm::After));
        }
    }
    None
}

/// The most tokens of one part of an apposition between a name and its speech verb (`Parr, a
/// 20-year veteran of police work who has been pulled off patrol to help handle the media swarm
/// since the massacre, said`).
const APPOSITION_TOKENS: usize = 30;

/// `"…," Beatrice Akoth Yongo, a widow with four young children, said`: a name, its apposition
/// between commas, then the verb.
fn apposition_then_verb(text: &str, toks: &[Tok], tokenizer: &Tokenizer) -> Option<Attribution> {
    let first = toks.iter().position(|t| t.word)?;
    if ["the", "a", "an"].contains(&toks[first].lower.as_str()) {
        return name_after_description_then_verb(text, toks, first, tokenizer);
    }
    let mut end = first;
    while end < toks.len() && toks[end].word && toks[end].cap {
        end += 1;
    }
    // `Yeltsin's daughter Tatiana Dyachenko, who …, told`: an owner and a role before the name
    if end > first && end < toks.len() && !toks[end].punct(',') {
        let comma = first + toks[first..].iter().take(8).position(|t| t.punct(','))?;
        let words_ok = toks[end..comma].iter().all(|t| {
            t.word
                && (t.cap
                    || t.lower == "s"
                    || speakers::is_role_noun(&t.lower)
                    || speakers::is_kin_noun(&t.lower))
                || t.punct('\'')
                || t.punct('\u{2019}')
        });
        if words_ok && toks[comma - 1].cap {
            end = comma;
        }
    }
    // `Bert Ammerman of River Vale, New Jersey, whose brother died in the crash, said`: the
    // person's place after `of`
    let name_end = end;
    if end > first && toks.get(end).is_some_and(|t| t.is("of")) {
        let place_end = speakers::capitalised_run(toks, end + 1, &[]);
        if place_end > end + 1 && toks.get(place_end).is_some_and(|t| t.punct(',')) {
            end = place_end;
        }
    }
    if end == first || !toks.get(end)?.punct(',') {
        return None;
    }
    // the apposition ends at a comma, or at a parenthesis right before the verb (`Omar Reyes,
    // director of the Rural Water Agency (RWA) told`); a second one may follow (`…, New
    // Jersey, whose brother Thomas died in the crash, said`)
    let mut close = end;
    let mut parts = 0;
    let verb = loop {
        let Some(next_close) = toks[close + 1..]
            .iter()
            .take(APPOSITION_TOKENS)
            .position(|t| t.punct(',') || t.punct(')'))
        else {
            // the apposition's last part a place after its comma, then the verb without one
            // (`…, professor … at the University of California, Santa Cruz said`)
            let place_end = speakers::capitalised_run(toks, close + 1, &[]);
            let next = toks
                .get(place_end)
                .filter(|_| parts > 0 && place_end > close + 1)?;
            if place_end - close - 1 <= 3 && is_speech_verb(next) && !is_participle(next) {
                break next;
            }
            return None;
        };
        close += 1 + next_close;
        parts += 1;
        let next = toks.get(close + 1)?;
        if is_speech_verb(next) && !is_participle(next) {
            break next;
        }
        if parts == 3 || toks[end + 1..close].iter().any(is_speech_verb) {
            return None;
        }
    };
    let end = name_end;
    Some(Attribution {
        phrase: classify(text, &toks[first..end], tokenizer)?,
        verb: Some(verb.lower.clone()),
        form: AttributionForm::After,
    })
}

/// `"…," the leader of the House majority, Rep. Dick Armey of Texas, told Livingston`: a
/// description opened by `the` or `a` (`toks[first]`) and its comma, the name in apposition to it
/// (capitalised words, a place after `of`), a comma, then the verb.
fn name_after_description_then_verb(
    text: &str,
    toks: &[Tok],
    first: usize,
    tokenizer: &Tokenizer,
) -> Option<Attribution> {
    let comma = first + toks[first..].iter().take(10).position(|t| !t.word)?;
    if !toks[comma].punct(',') || toks[first..comma].iter().any(is_speech_verb) {
        return None;
    }
    let start = comma + 1;
    let mut end = start;
    while end < toks.len() && toks[end].word && (toks[end].cap || toks[end].is("of")) {
        end += 1;
    }
    // the name without its place (`Rep. Dick Armey` of `… of Texas`)
    let name_end = (start..end).find(|&k| toks[k].is("of")).unwrap_or(end);
    let verb = toks.get(end + 1)?;
    // (the verb ends its clause within a few words: `told Livingston Saturday.`, not `said the
    // bombings were just the start`, whose words are another statement)
    // (or a preposition follows it: `wrote in a Washington Post op-ed article`)
    let preposition = toks
        .get(end + 2)
        .is_some_and(|t| ["in", "at", "on", "to", "during"].contains(&t.lower.as_str()));
    let tail = if preposition {
        0
    } else {
        toks[end + 2..].iter().take_while(|t| t.word).count()
    };
    if name_end - start < 2
        || !toks.get(end)?.punct(',')
        || !is_speech_verb(verb)
        || is_participle(verb)
        || tail > 4
    {
        return None;
    }
    match classify(text, &toks[start..name_end], tokenizer)? {
        name @ Phrase::Name { .. } => Some(Attribution {
            phrase: name,
            verb: Some(verb.lower.clone()),
            form: AttributionForm::After,
        }),
        _ => None,
    }
}

/// The subject of a participle `toks[v]` in a phrase opened by `with` (`…, with Assembly Against
/// Racism spokesman Kumar Mushid calling it "…"`): the words between `, with` and the participle,
/// ending in a capitalised word.
/// (`…, with the hardline Bosnian Serb president, Nikola Poplasen, saying`: the name in
/// apposition right before the participle.)
fn subject_after_with(toks: &[Tok], v: usize) -> Option<Range<usize>> {
    if !is_participle(&toks[v]) || v < 3 {
        return None;
    }
    let apposition = toks[v - 1].punct(',') && toks[v - 2].word && toks[v - 2].cap;
    if !toks[v - 1].cap && !apposition {
        return None;
    }
    let reach = if apposition { 14 } else { 8 };
    let start = (v.saturating_sub(reach)..v)
        .rev()
        .take_while(|&k| (toks[k].word || apposition && toks[k].punct(',')) && !toks[k].is("with"))
        .last()?;
    // `, with`: not `he met with gay Republicans saying afterwards …`
    if !(start > 1 && toks[start - 1].is("with") && toks[start - 2].punct(',')) {
        return None;
    }
    if !apposition {
        return Some(start..v);
    }
    // the name between the phrase's last two commas, after a description
    let comma = (start..v - 1).rev().find(|&k| toks[k].punct(','))?;
    (comma > start && toks[comma + 1..v - 1].iter().all(|t| t.word && t.cap))
        .then_some(comma + 1..v - 1)
}

/// `Lavrov said: "…"`, `Lavrov said that it was "legitimate"`, `according to Lavrov, "…"`,
/// `Lavrov: "…"`. `previous` is the attribution of an earlier quotation in the same sentence.
pub(super) fn attribute_before(
    text: &str,
    toks: &[Tok],
    previous: Option<&Attribution>,
    tokenizer: &Tokenizer,
) -> Option<Attribution> {
    let colon = toks.last().is_some_and(|t| t.punct(':'));
    if let Some(a) = inverted_opening(text, toks, tokenizer) {
        return Some(a);
    }
    // a participle after a determiner or an adjective is a noun ("a Turkish warning that")
    // a passive verb's subject is spoken about ("Cardona was charged with actions "…"")
    let verb = (0..toks.len()).rev().find(|&i| {
        is_speech_verb(&toks[i])
            && !clauses::is_passive(toks, i)
            // `agreed to a "cease-fire"`, `they had agreed … and made "…"`: before its words an
            // agreement is not speech (after them, `"…," Cuomo agreed`, it is)
            && !super::english_words::is_agreeing(&toks[i].lower)
            && !clauses::is_plural_noun(toks, i)
            && !(is_participle(&toks[i])
                && i > 0
                && toks[i - 1].word
                && (toks[i - 1].cap || speakers::is_determiner(&toks[i - 1].lower))
                && subject_after_with(toks, i).is_none())
            // a characterizing verb speaks for the subject written right before it (`Zyuganov
            // denounced`, `who derided`): not for a phrase before a comma (`Annan listed
            // violations of a U.N. resolution, decried "…"`), nor as a participle (`the fear
            // expressed by one Western diplomat`)
            && !(super::english_words::is_characterizing(&toks[i].lower)
                && (i == 0
                    || !toks[i - 1].word
                    || toks.get(i + 1).is_some_and(|t| t.is("by"))))
    });
    // `Sharon attacked the Oslo accords as "…"`: a verb judging its object in the words quoted,
    // when no speech verb comes after it
    let verb = match judging_verb(toks) {
        Some(c) if verb.is_none_or(|v| v < c) => Some(c),
        _ => verb,
    };
    if let Some(mut v) = verb {
        // "Yilmaz dismissed Syrian contentions that … "…"": another's words
        if clauses::rejects_claim(toks, v) {
            return None;
        }
        let progressive =
            v > 0 && ["was", "were", "is", "are", "been"].contains(&toks[v - 1].lower.as_str());
        if is_participle(&toks[v]) && !progressive {
            // `…, with Assembly Against Racism spokesman Kumar Mushid calling it "…"`: the phrase
            // after `with` is the participle's own subject
            let with_subject = subject_after_with(toks, v)
                .and_then(|np| classify(text, &toks[np], tokenizer))
                .filter(|p| matches!(p, Phrase::Name { .. }));
            if let Some(phrase) = with_subject {
                return Some(verb_attribution(toks, v, phrase, AttributionForm::Before));
            }
            // "…, adding "…"": the subject of the clause's finite verb, or of an earlier quote
            if let Some(f) = (0..v).rev().find(|&i| {
                is_speech_verb(&toks[i])
                    && !is_participle(&toks[i])
                    && !clauses::is_plural_noun(toks, i)
            }) {
                v = f;
            } else if let Some(p) = previous {
                return Some(Attribution {
                    phrase: p.phrase.clone(),
                    verb: Some(toks[v].lower.clone()),
                    form: AttributionForm::Before,
                });
            } else {
                let np = subject(&toks[..v], tokenizer)?;
                return Some(Attribution {
                    phrase: classify(text, &toks[np], tokenizer)?,
                    verb: Some(toks[v].lower.clone()),
                    form: AttributionForm::Before,
                });
            }
        }
        if let Some(a) = reported_pronoun_subject(text, toks, v, tokenizer) {
            return Some(a);
        }
        let phrase = speaker_of_verb(text, toks, v, false, tokenizer).or_else(|| {
            // `Clinton called it an "astonishing" triumph of issues … and said "…"`: a verb
            // joined by `and` with no subject of its own, in words read from an earlier
            // quotation of the sentence, shares that quotation's speaker (not "triumph")
            let coordinated = v > 0 && ["and", "but"].iter().any(|w| toks[v - 1].is(w));
            if let Some(p) = previous.filter(|_| coordinated) {
                return Some(p.phrase.clone());
            }
            // `Belgrade, they said, has "…"`: the verb has its own subject, a pronoun no one is
            // named for; the clause's subject is what they speak about
            if v > 0 && super::english_words::PRONOUNS.contains(&toks[v - 1].lower.as_str()) {
                // (`They called themselves the "Peanut Brigade"`: naming, not speaking)
                let naming = ["call", "calls", "called", "dubbed", "describe", "described"]
                    .iter()
                    .any(|w| toks[v].is(w));
                return (toks[v - 1].is("they") && !naming).then(|| Phrase::Pronoun("they".into()));
            }
            let np = match appositions::set_off_relative_comma(toks, v) {
                // (`Donald Trump and other officials, who have branded`: the phrase before the
                // comma when a role noun ends it; in lower-cased text, where no name is seen,
                // no one rather than the sentence's subject)
                Some(comma) => appositions::name_before_relative(toks, comma).or_else(|| {
                    let role = comma > 0 && speakers::is_role_noun(&toks[comma - 1].lower);
                    role.then(|| np_before(toks, comma, tokenizer)).flatten()
                })?,
                None => subject(&toks[..v], tokenizer)?,
            };
            classify(text, &toks[np], tokenizer)
        })?;
        return Some(verb_attribution(toks, v, phrase, AttributionForm::Before));
    }
    if colon {
        let c = toks.len() - 1;
        // `Clinton was asked: "…"`: the words put to the subject, not said by it
        let put_to_subject = (1..c).any(|k| {
            ["asked", "questioned"].iter().any(|w| toks[k].is(w))
                && ["was", "were", "is", "are", "been", "being"]
                    .iter()
                    .any(|w| toks[k - 1].is(w))
        });
        if put_to_subject {
            return None;
        }
        let near = np_before(toks, c, tokenizer)
            .and_then(|np| classify(text, &toks[np], tokenizer))
            .filter(|p| !matches!(p, Phrase::Description(_)));
        let phrase = near.or_else(|| {
            let np = subject(&toks[..c], tokenizer)?;
            classify(text, &toks[np], tokenizer)
        })?;
        return Some(Attribution {
            phrase,
            verb: None,
            form: AttributionForm::Colon,
        });
    }
    None
}

/// The words between `as` and a quotation that judges what it names: `as "…"`, `as a "…"`, `as
/// mere "…"`.
const AS_FILLERS: &[&str] = &[
    "a", "an", "the", "mere", "merely", "simply", "just", "being",
];

/// How many words at most a judged object runs between its verb and `as` (`condemned Rabin's
/// negotiating partner, Yasser Arafat, as`).
const JUDGED_OBJECT_WORDS: usize = 12;

/// The verb, in the words before a quotation, that judges its object in the quoted words
/// (`attacked the Oslo accords as "…"`, `pronounced tourism to be "…"`), the rightmost if several:
/// a [`is_characterizing_as`](super::english_words::is_characterizing_as) verb in the active
/// voice, its object, then `as` (or `to be`, after `pronounce`) and at most two filler words right
/// before the quotation; no other verb of speech, no clause break between. The ending is read once
/// and the verbs before it in one pass back.
pub(super) fn judging_verb(toks: &[Tok]) -> Option<usize> {
    // the last words before the quotation, fillers dropped: `as`, or `to be`
    let mut end = toks.len();
    let mut fillers = 0;
    while end > 0 && fillers < 2 && AS_FILLERS.contains(&toks[end - 1].lower.as_str()) {
        end -= 1;
        fillers += 1;
    }
    let last = end.checked_sub(1)?;
    let (as_at, to_be) = if toks[last].is("as") {
        (last, false)
    } else if last >= 1 && toks[last].is("be") && toks[last - 1].is("to") {
        (last - 1, true)
    } else {
        return None;
    };
    // the object, `toks[k + 1..as_at]`, grows one token at a time as the candidate verb `k` moves
    // back: a clause break or another speech verb in it ends the search, as do too many words
    let mut words = 0;
    for k in (0..as_at.saturating_sub(1)).rev() {
        let o = &toks[k + 1];
        if o.punct(';') || o.punct(':') || is_speech_verb(o) || o.is("that") {
            return None;
        }
        words += usize::from(o.word);
        if words > JUDGED_OBJECT_WORDS {
            return None;
        }
        let t = &toks[k];
        // (`a measure branded by critics as "…"`: a participle, its agent after it)
        if t.word
            && !t.cap
            && super::english_words::is_characterizing_as(&t.lower)
            && (!to_be || t.lower.starts_with("pronounce"))
            && !toks[k + 1].is("by")
            && !clauses::is_passive(toks, k)
        {
            return Some(k);
        }
    }
    None
}

/// `The bishops said they also hoped to persuade people that … "…"`, `Smith said that he feared
/// "…"`: the verb `toks[v]` whose subject is a pronoun right after `said` (a few adverbs between)
/// speaks for the subject of `said`, when that is a name (for `he`, `she`), a group described
/// in the plural (for `they`) or a body described in the singular (for `it`).
fn reported_pronoun_subject(
    text: &str,
    toks: &[Tok],
    v: usize,
    tokenizer: &Tokenizer,
) -> Option<Attribution> {
    let k = (v.saturating_sub(3)..v).rev().find(|&k| {
        ["he", "she", "they", "it"].contains(&toks[k].lower.as_str())
            && toks[k + 1..v].iter().all(|t| t.word && !t.cap)
    })?;
    let mut outer = k.checked_sub(1)?;
    if toks[outer].is("that") {
        outer = outer.checked_sub(1)?;
    }
    if !["said", "says"].contains(&toks[outer].lower.as_str()) || outer == 0 {
        return None;
    }
    let phrase = speaker_of_verb(text, toks, outer, false, tokenizer)?;
    let fits = match &phrase {
        // (of the pronoun's gender, by the given name: not `Mary Ross said he feared`)
        Phrase::Name { name, .. } => {
            !toks[k].is("they")
                && !toks[k].is("it")
                && super::given_names::given_name_is_female(name) != Some(toks[k].is("he"))
        }
        // (`Russia's foreign ministry said it viewed …`: a body described in the singular)
        Phrase::Description(d) => {
            let plural = d.rsplit(' ').next().is_some_and(|w| w.ends_with('s'));
            if toks[k].is("it") {
                !plural
            } else {
                toks[k].is("they") && plural
            }
        }
        Phrase::Pronoun(_) => false,
    };
    fits.then(|| verb_attribution(toks, outer, phrase, AttributionForm::Before))
}

/// `As Rep. Mark Sanford, R-S.C., put it, "…"`: the person between `As` and `put it` (before an
/// apposition), and nothing else before the quotation.
pub(super) fn as_they_put_it(
    text: &str,
    toks: &[Tok],
    tokenizer: &Tokenizer,
) -> Option<Attribution> {
    let last = toks.len().checked_sub(1)?;
    if last < 3 || !toks[0].is("as") || !(toks[last].punct(',') || toks[last].punct(':')) {
        return None;
    }
    let (put, it) = (last.checked_sub(2)?, last - 1);
    if !toks[put].is("put") || !toks[it].is("it") {
        return None;
    }
    let end = toks[1..put]
        .iter()
        .position(|t| t.punct(','))
        .map_or(put, |c| c + 1);
    let np = 1..end;
    if np.is_empty() || np.len() > 8 || !toks[np.clone()].iter().all(|t| t.word || t.punct('.')) {
        return None;
    }
    Some(Attribution {
        phrase: phrase_of(text, toks, np, tokenizer)?,
        verb: Some("put".into()),
        form: AttributionForm::Before,
    })
}

/// `Added Hunter: "…"`, `Said Stern, "…"`: a clause opening with its speech verb, the speaker
/// after it and nothing else before the quotation.
fn inverted_opening(text: &str, toks: &[Tok], tokenizer: &Tokenizer) -> Option<Attribution> {
    let first = toks.first()?;
    let last = toks.len().checked_sub(1)?;
    if !first.word || !first.cap || !(toks[last].punct(',') || toks[last].punct(':')) {
        return None;
    }
    if !speakers::is_speech_word(&first.lower) || is_participle(first) {
        return None;
    }
    let np = 1..last;
    if np.is_empty() || np.len() > 8 || !toks[np.clone()].iter().all(|t| t.word || t.punct('.')) {
        return None;
    }
    Some(Attribution {
        phrase: phrase_of(text, toks, np, tokenizer)?,
        verb: Some(first.lower.clone()),
        form: AttributionForm::Before,
    })
}
