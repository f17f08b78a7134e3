//! Who an article names, for resolving pronoun and description speakers: the people named outside
//! quotations (with their titles and the evidence of their gender), how far back a pronoun looks
//! for one, the organisation a description ("the council") refers to, and the acronyms a cluster
//! spells out.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::clauses;
use super::names;
use super::quote_marks::QuoteSpan;
use super::speakers::{self, classify, is_participle, is_speech_verb, tokens, Phrase, Tok};
use super::speech::SpeechRules;
use crate::text::{AnalysedCluster, AnalysedSentence, Tokenizer};

/// How many earlier mentions (or quotations) a pronoun or description looks back over.
pub(super) const LOOK_BACK: usize = 64;

/// How many sentences back a pronoun (`he said`) looks for the person it stands for.
const PRONOUN_SENTENCES: usize = 3;

/// A person named in an article (outside quotations).
#[derive(Debug, Clone)]
pub(super) struct Mention {
    pub(super) at: usize,
    /// Index of the sentence (within the article) it is in.
    pub(super) sentence: usize,
    pub(super) name: String,
    pub(super) titles: Vec<String>,
    /// Written as a possessive (`Gingrich's office`): an owner, rarely what a later pronoun
    /// subject refers to.
    pub(super) possessive: bool,
    /// Written as a first name alone (`Marianne`), `name` being the full name it stands for:
    /// the gender evidence of its sentence is not that full name's (`Zhang` alone may be a
    /// family name).
    pub(super) first_name_only: bool,
}

/// The words of an apposition's role, lower-cased, when it names one (`European economy and
/// finance commissioner`, `chief of the general staff` → chief): the words up to its first
/// preposition, the last of them a role noun or a person's title. Read up to the next comma or
/// the sentence's end; a clause (`who`, a verb of speech) ends it, and nothing is given for one
/// that is not a role (`a widow`, `82`).
fn apposition_role(toks: &[Tok], tokenizer: &Tokenizer) -> Vec<String> {
    let mut words = Vec::new();
    for t in toks.iter().take(12) {
        if !t.word
            || is_speech_verb(t)
            || ["who", "whose", "which", "that"].contains(&t.lower.as_str())
        {
            break;
        }
        if ["of", "for", "at", "in", "on", "with", "to", "from"].contains(&t.lower.as_str()) {
            break;
        }
        // a noun phrase: no pronoun, auxiliary or other function word (`, where he will`)
        if tokenizer.is_stop_word(&t.lower)
            && !speakers::is_determiner(&t.lower)
            && t.lower != "and"
        {
            return Vec::new();
        }
        words.push(t.lower.clone());
    }
    let role = words
        .last()
        .is_some_and(|w| speakers::is_role_noun(w) || speakers::is_person_title(w));
    // an apposition runs to a comma or the sentence's end, not into the sentence's verb
    let closed = toks
        .get(words.len())
        .is_none_or(|t| !t.word || t.lower == "of" || t.lower == "for" || t.lower == "at");
    if role && closed {
        words.retain(|w| !speakers::is_determiner(w) && w != "and");
        words
    } else {
        Vec::new()
    }
}

/// People named in the article outside quotations: capitalised runs with a title ("President
/// Jorge Sampaio", "spokesman Joe Lockhart"), an apposition (", a widow", ", 82,", ", who ..."),
/// a speech verb ("Villa-Vicencio appealed", "said Omar Warsi"), or the surname of such a person or
/// of someone quoted by name, or the first name alone of the one such person who has it
/// ("Marianne" after "Marianne Gingrich"). A nationality before a noun ("a Harakat follower", "chief Latin
/// American economist") is not a person.
pub(super) fn person_mentions(
    text: &str,
    sentences: &[AnalysedSentence],
    spans: &[QuoteSpan],
    speaker_surnames: &FxHashSet<String>,
    tokenizer: &Tokenizer,
) -> Vec<Mention> {
    // spans are in order and do not overlap: the last one opening at or before `at`
    let inside = |at: usize| {
        let i = spans.partition_point(|q| q.open <= at);
        i > 0 && at <= spans[i - 1].close.unwrap_or(spans[i - 1].end)
    };
    // the words the article writes in lower case: a capitalised one of them opening a name is a
    // sentence's first word, not part of the name (`Balloonists Bertrand Piccard and …`)
    let lower_words: FxHashSet<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .collect();
    let common_opening = |name: &str| {
        let mut words = name.split(' ');
        let first = words.next().unwrap_or_default();
        words.nth(1).is_some() && lower_words.contains(first.to_lowercase().as_str())
    };
    // (mention, strong evidence that it is a person)
    let mut found: Vec<(Mention, bool)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let toks: Vec<Tok> = tokens(text, s.span.clone())
            .into_iter()
            .filter(|t| !inside(t.range.start))
            .collect();
        let mut i = 0;
        while i < toks.len() {
            if !(toks[i].word && toks[i].cap) {
                i += 1;
                continue;
            }
            let j = speakers::capitalised_run(&toks, i, &[]);
            let next = i.max(j);
            // leading stop words ("The", "He") are not part of a name, nor a speech verb
            // opening the clause ("Added Hunter:")
            let mut a = i;
            while a < j
                && (toks[a].lower.len() > 1 && tokenizer.is_stop_word(&toks[a].lower)
                    || a + 1 < j && speakers::is_speech_word(&toks[a].lower))
            {
                a += 1;
            }
            // role words right before the run ("spokesman Joe Lockhart")
            let mut b = a;
            while b > 0
                && i == a
                && toks[b - 1].word
                && !toks[b - 1].cap
                && (speakers::is_role_noun(&toks[b - 1].lower)
                    || TITLE_HINTS.contains(&toks[b - 1].lower.as_str()))
                && a - b < 3
            {
                b -= 1;
            }
            // "Mayor of Pichilemu Roberto Córdova": read with its title, which cuts off the place
            if b == a && a >= 2 && toks[a - 1].is("of") && toks[a - 2].cap && j - a >= 3 {
                b = a - 2;
            }
            let followed_by_noun = toks.get(j).is_some_and(|t| {
                t.word && !t.cap && !tokenizer.is_stop_word(&t.lower) && !is_speech_verb(t)
            });
            if a < j {
                if let Some(Phrase::Name { name, titles }) = classify(text, &toks[b..j], tokenizer)
                {
                    let lower_name = name.to_lowercase();
                    let last = lower_name
                        .rsplit(' ')
                        .next()
                        .unwrap_or_default()
                        .to_string();
                    // a nationality before a noun ("Israeli soldiers", "a Harakat follower" is
                    // not); not a surname that happens to end like one ("Paolo Rossi faces")
                    let titled_name = titles.iter().any(|t| speakers::is_person_title(t));
                    let adjective = followed_by_noun
                        && !titled_name
                        && speakers::is_nationality_adjective(&last)
                        || !name.contains(' ') && tokenizer.is_stop_word(&lower_name)
                        // "Contradicting claims made by …, Mike Carey claimed": a participle
                        // opening the sentence
                        || a == 0 && j == 1 && speakers::is_participle_clause_opener(&toks[0]);
                    let apposition = toks.get(j).is_some_and(|t| t.punct(','))
                        && toks.get(j + 1).is_some_and(|t| {
                            t.word && !t.cap && !is_speech_verb(t)
                                || t.lower.chars().all(|c| c.is_ascii_digit())
                        })
                        && name.contains(' ');
                    // a speech verb right after the name, or after one adverb ("Cossiga also
                    // suggested"), or right before it ("said Omar Warsi")
                    let verb_at = |k: usize| {
                        toks.get(k)
                            .is_some_and(|t| is_speech_verb(t) && !is_participle(t))
                    };
                    let adverb = toks.get(j).is_some_and(|t| {
                        t.word
                            && !t.cap
                            && (["also", "later", "then", "again", "still", "once"]
                                .contains(&t.lower.as_str())
                                || t.lower.ends_with("ly") && t.lower.len() > 4)
                    });
                    let speaks = verb_at(j)
                        || adverb && verb_at(j + 1)
                        || b > 0 && is_speech_verb(&toks[b - 1]) && !is_participle(&toks[b - 1]);
                    let titled = titles.iter().any(|t| speakers::is_person_title(t));
                    let sur = names::surname(&name);
                    // a name written family name first (`Qin Yongmin`), its family name alone
                    // speaking elsewhere in the article (`Qin said`)
                    let family_first = name.split(' ').count() == 2
                        && name
                            .split(' ')
                            .next()
                            .is_some_and(|f| speaker_surnames.contains(&f.to_lowercase()));
                    let name = if common_opening(&name) {
                        name.split_once(' ')
                            .map_or(name.clone(), |(_, rest)| rest.to_string())
                    } else {
                        name
                    };
                    if !adjective {
                        // the role an apposition gives ("Yves-Thibault de Silguy, European
                        // economy and finance commissioner, told"): a later "the commissioner"
                        // is this person
                        let role = if toks.get(j).is_some_and(|t| t.punct(',')) {
                            apposition_role(&toks[j + 1..], tokenizer)
                        } else {
                            Vec::new()
                        };
                        let strong = titled || apposition || speaks || !role.is_empty();
                        let mut titles = titles;
                        titles.extend(role);
                        // every name is kept for now: a bare one is a person when a mention
                        // with strong evidence has its surname or its first name (below)
                        found.push((
                            Mention {
                                at: toks[a].range.start,
                                sentence: si,
                                name,
                                titles,
                                possessive: text[toks[j - 1].range.end..]
                                    .starts_with(['\'', '\u{2019}']),
                                first_name_only: false,
                            },
                            strong || speaker_surnames.contains(&sur) || family_first,
                        ));
                    }
                }
            }
            i = next.max(i + 1);
        }
    }
    // a name is a person when it, or a longer name with its surname, is
    let people: FxHashSet<String> = found
        .iter()
        .filter(|(_, strong)| *strong)
        .map(|(m, _)| names::surname(&m.name))
        .collect();
    // a first name alone stands for the one person of the article with that first name
    // ("Marianne popped in" after "Marianne Gingrich")
    let mut first_names: FxHashMap<String, Option<String>> = FxHashMap::default();
    for (m, strong) in &found {
        // a given name and a surname, an initial between them at most (`Marianne Gingrich`,
        // `Robert L. Livingston`; not `États-Unis Hillary Clinton`)
        let words: Vec<&str> = m.name.split(' ').collect();
        let plain = words.len() == 2
            || words.len() == 3 && words[1].trim_end_matches('.').chars().count() == 1;
        if !plain {
            continue;
        }
        if let (true, Some((first, _))) = (*strong, m.name.split_once(' ')) {
            let slot = first_names.entry(first.to_lowercase()).or_insert(None);
            match slot {
                Some(full) if !names::same_person(full, &m.name) => {
                    // two people share it: it stands for neither
                    *slot = Some(String::new());
                }
                Some(_) => {}
                None => *slot = Some(m.name.clone()),
            }
        }
    }
    found
        .into_iter()
        .filter_map(|(mut m, strong)| {
            if strong || people.contains(&names::surname(&m.name)) {
                return Some(m);
            }
            let full = first_names.get(&m.name.to_lowercase())?.as_ref()?;
            (!m.name.contains(' ') && !full.is_empty()).then(|| {
                m.name = full.clone();
                m.first_name_only = true;
                m
            })
        })
        .collect()
}

const TITLE_HINTS: &[&str] = &[
    "mr",
    "ms",
    "mrs",
    "dr",
    "rev",
    "gen",
    "lt",
    "col",
    "sen",
    "rep",
    "gov",
    "king",
    "queen",
    "pope",
    "prince",
    "prime",
    "foreign",
    "secretary",
    "spokesman",
    "spokeswoman",
    "chairman",
    "mayor",
    "governor",
    "senator",
    "judge",
    "adviser",
    "deputy",
    "director",
    "farmer",
    "lawyer",
    "professor",
    "chancellor",
    "premier",
    "president",
    "minister",
];

/// How far back (bytes) "the council" looks for the organisation it refers to.
pub(super) const ORG_WINDOW: usize = 3000;

/// The last words an organisation of kind `head` can end with ("the council" → "… Council").
fn organisation_ends(head: &str) -> &'static [&'static str] {
    match head {
        "newspaper" | "paper" | "daily" => &[
            "daily", "times", "post", "news", "journal", "herald", "tribune", "gazette",
        ],
        "group" | "organization" | "organisation" => &[
            "front",
            "group",
            "organization",
            "organisation",
            "league",
            "union",
            "movement",
            "international",
            "association",
            "federation",
            "watch",
            "council",
            "committee",
        ],
        "council" => &["council"],
        "committee" => &["committee"],
        "league" => &["league"],
        "union" => &["union"],
        "party" => &["party"],
        "agency" => &["agency"],
        "bureau" => &["bureau"],
        "commission" => &["commission"],
        "ministry" => &["ministry"],
        "front" => &["front"],
        "company" | "firm" => &["inc", "corp", "corporation", "company", "ltd", "group"],
        _ => &[],
    }
}

/// The last capitalised name (two words or more; "of", "on", "and", "for" may join its words)
/// in `text[range]` ending with a word of kind `head`: "the council" → "International Council on
/// Monuments and Sites". Bounded by the caller's window.
pub(super) fn organisation_before(text: &str, range: Range<usize>, head: &str) -> Option<String> {
    let ends = organisation_ends(head);
    if ends.is_empty() {
        return None;
    }
    let toks = tokens(text, range);
    let mut best: Option<String> = None;
    let mut i = 0;
    while i < toks.len() {
        if !(toks[i].word && toks[i].cap) {
            i += 1;
            continue;
        }
        let j = speakers::capitalised_run(&toks, i, &speakers::NAME_CONNECTORS);
        let last_cap = j - 1;
        // the run's longest prefix ending in a word of the kind
        let end = (i..=last_cap)
            .rev()
            .find(|&k| toks[k].cap && ends.contains(&toks[k].lower.as_str()));
        if let Some(end) = end {
            let mut start = i;
            while start < end && toks[start].lower == "the" {
                start += 1;
            }
            if end > start {
                best = Some(
                    text[toks[start].range.start..toks[end].range.end]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            }
        }
        i = j.max(i + 1);
    }
    best
}

/// The first sentence (index) a pronoun `p` (`he`, `she`) in sentence `here` may refer back to:
/// [`PRONOUN_SENTENCES`] sentences back, not counting those using a pronoun of the same gender
/// (`Mafa Barbakh, an elderly woman … She wanted … She finally did … "…," she said`). At most
/// [`LOOK_BACK`] sentences are read.
pub(super) fn pronoun_reach(sentences: &[AnalysedSentence], here: usize, p: &str) -> usize {
    let forms: &[&str] = if ["she", "her"].contains(&p) {
        &["she", "her", "hers", "herself"]
    } else {
        &["he", "him", "his", "himself"]
    };
    let mut budget = PRONOUN_SENTENCES;
    let mut s = here.min(sentences.len());
    while s > 0 && budget > 0 && here - s < LOOK_BACK {
        s -= 1;
        let same = sentences[s]
            .text
            .split(|c: char| !c.is_alphabetic())
            .any(|w| forms.iter().any(|f| w.eq_ignore_ascii_case(f)));
        if !same {
            budget -= 1;
        }
    }
    s
}

/// Whether sentence `s` opens with the word `w` (case-insensitively).
fn opens_with(sentences: &[AnalysedSentence], s: usize, w: &str) -> bool {
    sentences.get(s).is_some_and(|x| {
        x.text
            .split(|c: char| !c.is_alphabetic())
            .find(|t| !t.is_empty())
            .is_some_and(|t| t.eq_ignore_ascii_case(w))
    })
}

/// The person an English `he` or `she` (`pronoun`) written at byte `at` of sentence `here`
/// takes up, among the `recent` mentions within its reach ([`pronoun_reach`]; nearest last) that
/// `fits` (gender, not an owner): in its own sentence, the speaker of a speech verb right before
/// it (`Netanyahu said he hoped`, not `… for Clinton, Netanyahu`); else the first person named in
/// the nearest sentence naming one, skipping sentences whose subject is that same pronoun (`He
/// told El Rancahuaso …` names others: its person is further back) and, in its own sentence, the
/// names of an opening participle phrase (`Standing near Ewing, he said`).
pub(super) fn english_antecedent<'m>(
    text: &str,
    sentences: &[AnalysedSentence],
    recent: &'m [Mention],
    here: usize,
    at: usize,
    pronoun: &str,
    fits: impl Fn(&Mention) -> bool,
) -> Option<&'m Mention> {
    let speaks_of_it = |m: &&Mention| {
        let between = tokens(text, m.at..at);
        between.len() <= 6 && between.iter().any(is_speech_verb)
    };
    // `Standing a few feet away from Ewing, he said`: the participle's subject is the pronoun,
    // so the people named in that opening phrase are someone else
    // (only the sentence's first word is read)
    let participle_opening = sentences.get(here).is_some_and(|sentence| {
        let span = &sentence.span;
        let first_end = text[span.clone()]
            .find(char::is_whitespace)
            .map_or(span.end, |k| span.start + k);
        tokens(text, span.start..first_end)
            .first()
            .is_some_and(speakers::is_participle_clause_opener)
    });
    let others: Vec<String> = if participle_opening {
        recent
            .iter()
            .filter(|m| m.sentence == here && m.at < at)
            .map(|m| names::surname(&m.name))
            .collect()
    } else {
        Vec::new()
    };
    let fits =
        |m: &Mention| fits(m) && (others.is_empty() || !others.contains(&names::surname(&m.name)));
    let mut end = recent.len();
    while end > 0 {
        let s = recent[end - 1].sentence;
        let start = recent[..end].partition_point(|m| m.sentence < s);
        let group = &recent[start..end];
        let own = (s == here)
            .then(|| group.iter().rev().find(|m| fits(m)))
            .flatten()
            .filter(speaks_of_it);
        if own.is_some() {
            return own;
        }
        if !opens_with(sentences, s, pronoun) {
            // a sentence that reports someone's words hands the pronoun to its speaker
            // (`Its decision … will not enhance its credibility, Chatham said.` → `he added`)
            if s != here {
                if let Some(m) = group
                    .iter()
                    .find(|m| fits(m) && is_speaker_in(text, &sentences[s], m))
                {
                    return Some(m);
                }
            }
            if let Some(m) = group.iter().find(|m| fits(m)) {
                return Some(m);
            }
        }
        end = start;
    }
    None
}

/// The longest apposition read between a speaker's name and its verb.
const APPOSITION_WORDS: usize = 10;

/// Speech verbs written before their speaker (`said Barry Schuler`).
const INVERTED_SPEECH_VERBS: [&str; 14] = [
    "said",
    "says",
    "added",
    "adds",
    "explained",
    "noted",
    "wrote",
    "recalled",
    "insisted",
    "declared",
    "replied",
    "continued",
    "stressed",
    "argued",
];

/// Whether mention `m` of `sentence` is the speaker of a speech verb there: the verb right after
/// its name (`Chatham said`, `Chatham has said`) or right before it (`said Barry Schuler`).
fn is_speaker_in(text: &str, sentence: &AnalysedSentence, m: &Mention) -> bool {
    // `Ms. Gere of International Data said`: the place or body after `of` is not the speaker,
    // and the person before it is
    let before = tokens(text, sentence.span.start..m.at);
    if before.last().is_some_and(|t| t.lower == "of") {
        return false;
    }
    let after = tokens(text, m.at..sentence.span.end);
    let mut name_words = after.iter().take_while(|t| t.word && t.cap).count();
    if name_words > 0 && after.get(name_words).is_some_and(|t| t.lower == "of") {
        name_words += 1 + after[name_words + 1..]
            .iter()
            .take_while(|t| t.word && t.cap)
            .count();
    }
    // `John Mayou, attorney for Mrs. Gingrich, said`: past an apposition
    if after.get(name_words).is_some_and(|t| t.punct(',')) {
        if let Some(close) = after[name_words + 1..]
            .iter()
            .take(APPOSITION_WORDS)
            .position(|t| t.punct(','))
        {
            name_words += close + 2;
        }
    }
    let verb_after = after
        .iter()
        .skip(name_words)
        .take(2)
        .filter(|t| t.word)
        .any(is_speech_verb);
    // `said Barry Schuler`, not `told Interfax` or `praised Lin`: verbs whose object is the listener
    // or the one spoken of
    let verb_before = before
        .last()
        .is_some_and(|t| t.word && INVERTED_SPEECH_VERBS.contains(&t.lower.as_str()));
    name_words > 0 && (verb_after || verb_before)
}

/// An article's text as the speech-rule readers see it: its sentences, its stop words, and
/// whether a byte offset lies inside a quotation.
pub(super) struct ArticleWords<'a> {
    pub text: &'a str,
    pub sentences: &'a [AnalysedSentence],
    pub is_stop: &'a dyn Fn(&str) -> bool,
    pub inside: &'a dyn Fn(usize) -> bool,
}

/// The person a pronoun (`written` as the language writes it: `il`, `elle`, `er`) takes up in a
/// language read by its speech rules, which know no gender of names: among the `recent` mentions
/// that `fits`, in the nearest sentence naming someone that does not open with that same pronoun
/// (`Elle s'est défendue … Elle a affirmé : « … »` goes back past the first `Elle`), one quoted by
/// name, one among its opening words (or after the title that opens it: `Le secrétaire général de
/// l'ONU Jean Dupont a dit`), or the subject of its speech verb (`…, Jean Dupont a déclaré`, `a dit
/// Jean Dupont`); else its first person when the sentence reports speech (`La ministre, Jean
/// Dupont, qui …, déclare que`); else no one.
pub(super) fn speech_rules_antecedent<'m>(
    article: ArticleWords<'_>,
    recent: &'m [Mention],
    written: &str,
    fits: impl Fn(&Mention) -> bool,
    rules: &SpeechRules,
    speaker_surnames: &FxHashSet<String>,
) -> Option<&'m Mention> {
    let ArticleWords {
        text,
        sentences,
        is_stop,
        inside,
    } = article;
    let nearest = recent
        .iter()
        .rev()
        .map(|m| m.sentence)
        .find(|&s| !opens_with(sentences, s, written));
    let candidates: Vec<&Mention> = recent
        .iter()
        .filter(|m| Some(m.sentence) == nearest && fits(m))
        .collect();
    // the sentence's words outside quotations
    let words: Vec<Tok> = nearest
        .and_then(|s| sentences.get(s))
        .map(|s| {
            tokens(text, s.span.clone())
                .into_iter()
                .filter(|t| !inside(t.range.start))
                .collect()
        })
        .unwrap_or_default();
    let speaking = |m: &Mention| {
        words
            .iter()
            .position(|t| t.range.start == m.at)
            .is_some_and(|i| rules.speaks_in(&words, i, is_stop))
    };
    let opening = |m: &Mention| {
        sentences.get(m.sentence).is_some_and(|s| {
            let before: Vec<&str> = text[s.span.start..m.at.max(s.span.start)]
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            before.len() <= 3 || before.len() <= 8 && rules.opens_with_title(&before)
        })
    };
    candidates
        .iter()
        .copied()
        .find(|m| speaker_surnames.contains(&names::surname(&m.name)) || opening(m) || speaking(m))
        .or_else(|| {
            candidates
                .first()
                .copied()
                .filter(|_| rules.has_speech_verb(&words))
        })
}

/// Whether `she` (`want_female`) or `he` may refer to the person named `name`, by the evidence
/// of [`genders`]: that of the full name when the article gives some, else that of the surname.
pub(super) fn gender_fits(
    evidence: &FxHashMap<String, GenderEvidence>,
    name: &str,
    want_female: bool,
) -> bool {
    let full = name
        .contains(' ')
        .then(|| evidence.get(&name.to_lowercase()))
        .flatten();
    full.or_else(|| evidence.get(&names::surname(name)))
        .is_none_or(|g| g.fits(want_female))
}

/// Evidence of the gender of the people of one surname (or one full name) in one article.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct GenderEvidence {
    female: i32,
    male: i32,
}

impl GenderEvidence {
    fn add(&mut self, score: i32) {
        if score > 0 {
            self.female += score;
        } else {
            self.male -= score;
        }
    }

    /// Whether `she` (`want_female`) or `he` may refer to a person of this surname: unless all
    /// the evidence is of the other gender (a surname with both, `Mrs. Clinton` and `Clinton …
    /// he`, is a couple or a family: either may be meant).
    fn fits(&self, want_female: bool) -> bool {
        if want_female {
            !(self.male > 0 && self.female == 0)
        } else {
            !(self.female > 0 && self.male == 0)
        }
    }
}

/// Evidence of each person's gender in one article, by surname and, for a name with a first
/// name, by the lower-cased full name too ([`gender_fits`] reads the full name's first): from
/// titles ("Mrs.", "King") and from the pronouns of sentences that name only that person.
pub(super) fn genders(
    sentences: &[AnalysedSentence],
    mentions: &[Mention],
) -> FxHashMap<String, GenderEvidence> {
    let mut out: FxHashMap<String, GenderEvidence> = FxHashMap::default();
    let mut i = 0;
    while i < mentions.len() {
        let s = mentions[i].sentence;
        let mut j = i;
        while j < mentions.len() && mentions[j].sentence == s {
            j += 1;
        }
        let group = &mentions[i..j];
        for m in group.iter().filter(|m| !m.first_name_only) {
            let by_title: i32 = m
                .titles
                .iter()
                .map(|t| match t.as_str() {
                    "mrs" | "ms" | "miss" | "madame" | "lady" | "queen" | "princess" | "dame"
                    | "sister" | "mother" | "wife" | "widow" | "daughter" | "spokeswoman"
                    | "chairwoman" | "businesswoman" | "congresswoman" => 3,
                    "mr" | "king" | "prince" | "sir" | "lord" | "father" | "husband" | "son"
                    | "brother" | "spokesman" | "chairman" | "businessman" | "congressman" => -3,
                    _ => 0,
                })
                .sum();
            out.entry(names::surname(&m.name))
                .or_default()
                .add(by_title);
            if m.name.contains(' ') {
                out.entry(m.name.to_lowercase()).or_default().add(by_title);
            }
        }
        let sur = names::surname(&group[0].name);
        if group
            .iter()
            .all(|m| names::surname(&m.name) == sur && !m.first_name_only)
        {
            // the one full name the sentence gives, if any ("Marianne Gingrich … she")
            let mut full = group
                .iter()
                .filter(|m| m.name.contains(' '))
                .map(|m| &m.name);
            let full = full
                .next()
                .filter(|first| full.all(|other| other == *first))
                .map(|n| n.to_lowercase());
            if let Some(sentence) = sentences.get(s) {
                let mut score = 0;
                for w in sentence
                    .text
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                {
                    match w.to_lowercase().as_str() {
                        "she" | "her" | "hers" | "herself" => score += 1,
                        "he" | "his" | "him" | "himself" => score -= 1,
                        _ => {}
                    }
                }
                out.entry(sur).or_default().add(score);
                if let Some(full) = full {
                    out.entry(full).or_default().add(score);
                }
            }
        }
        i = j;
    }
    out
}

/// The acronyms spelled out in a cluster's articles ([`clauses::acronyms`]), the first article's
/// reading of each kept.
pub(super) fn cluster_acronyms(cluster: &AnalysedCluster) -> FxHashMap<String, (usize, String)> {
    let mut out: FxHashMap<String, (usize, String)> = FxHashMap::default();
    for article in &cluster.articles {
        for (k, v) in clauses::acronyms(&article.text) {
            out.entry(k).or_insert(v);
        }
    }
    out
}
