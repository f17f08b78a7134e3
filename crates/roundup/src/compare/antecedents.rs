//! Who a speaker pronoun stands for: how far back `he` or `il` looks, the person an English
//! pronoun takes up (the speaker of the sentence before, else its subject), the person a pronoun
//! takes up in a language read by its speech rules, and the evidence of each person's gender.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::english_words::{self, is_participle};
use super::given_names;
use super::mentions::{Mention, LOOK_BACK};
use super::names;
use super::speakers::{self, is_speech_verb, tokens, Tok};
use super::speech::SpeechRules;
use crate::text::AnalysedSentence;

/// How many sentences back a pronoun (`he said`) looks for the person it stands for.
const PRONOUN_SENTENCES: usize = 3;

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

/// Whether the pronoun at byte `at` of `text`, in the sentence at `span`, speaks after what it
/// says (`…, he said.`, `"…," she added`, `Hickey … had been to Chechnya twice before, she said,
/// "…"`): a clause of its own before it (a closing quotation mark, or at least [`CLAUSE_WORDS`]
/// words before its comma: not `Still, he said he would …`), and a speech verb after it that does
/// not go on to the words (not `…, he said: "…"`, `…, she continued to play`, nor a subordinate
/// clause's `When Mrs. Howe was prescribed …, she conceded, "…"`). The
/// people named in what it says are then not the pronoun (`Savings that Amazon is passing along
/// to its customers, he said.`: not Amazon).
fn speaks_after_its_words(text: &str, span: &Range<usize>, at: usize) -> bool {
    if !span.contains(&at) {
        return false;
    }
    let before = text[span.start..at].trim_end();
    let after_quotation = before
        .strip_suffix(['"', '\u{201d}', '\''])
        .is_some_and(|inside| inside.trim_end().ends_with([',', '?', '!']));
    // (only the sentence's opening is read: any longer stretch has the words counted)
    let opening = &before[..before.floor_char_boundary(OPENING_BYTES)];
    let words: Vec<Tok> = tokens(opening, 0..opening.len())
        .into_iter()
        .filter(|t| t.word)
        .collect();
    let after_clause = before.ends_with(',') && words.len() >= CLAUSE_WORDS;
    // `When Russia defaulted …, he said, South America's ability …`: the subordinate clause is
    // what he said when no quotation follows; `When Mrs. Howe was prescribed …, she conceded, "…"`
    // tells the moment of the words that follow
    let subordinate = words
        .first()
        .is_some_and(|w| english_words::is_opener(&w.lower) || is_participle(w));
    if !(after_quotation || after_clause) {
        return false;
    }
    // the words after the pronoun
    let rest_start = text[at..span.end]
        .find(|c: char| c.is_whitespace())
        .map_or(span.end, |k| at + k);
    let rest =
        &text[rest_start..text.floor_char_boundary(span.end.min(rest_start + VERB_AFTER_BYTES))];
    let toks = tokens(rest, 0..rest.len());
    let Some(verb) = toks.first().filter(|t| is_speech_verb(t)) else {
        return false;
    };
    // (quotation marks are no tokens: read after the verb)
    let after_verb = rest[verb.range.end..].trim_start();
    let opens_quotation = |t: &str| t.starts_with(['"', '\u{201c}', '`', '\'']);
    let words_follow = after_verb.starts_with(':')
        || opens_quotation(after_verb)
        || toks.get(1).is_some_and(|t| t.is("that") || t.is("to"));
    let quotation_after_comma = after_verb
        .strip_prefix(',')
        .is_some_and(|r| opens_quotation(r.trim_start()));
    // after a clause, the verb ends the sentence, or a few words do (`he said in a statement.`),
    // or a comma follows it (`…, he said, South America's …`): not `… when, in an interview, he
    // mocked the plea …`, whose words follow the verb
    let tail = &text[rest_start + verb.range.end
        ..text.floor_char_boundary(span.end.min(rest_start + verb.range.end + OPENING_BYTES))];
    let ends_soon = after_verb.starts_with(',')
        || tail.split_whitespace().take(TAIL_WORDS + 1).count() <= TAIL_WORDS;
    (after_quotation || ends_soon)
        && !words_follow
        && !(subordinate && !after_quotation && quotation_after_comma)
}

/// The longest sentence [`pronoun_speaks_in`] reads, in bytes.
const LONGEST_SENTENCE_BYTES: usize = 2_000;

/// How much of a sentence's opening [`speaks_after_its_words`] reads for its first words, in
/// bytes.
const OPENING_BYTES: usize = 200;

/// The most words after a pronoun's speech verb that may end its sentence (`he said in a
/// statement Tuesday.`).
const TAIL_WORDS: usize = 5;

/// How far after a pronoun [`speaks_after_its_words`] reads for its verb and the word after it,
/// in bytes.
const VERB_AFTER_BYTES: usize = 24;

/// The fewest words before `…, he said` that say something of their own (`In Washington,
/// however, he said` opens a sentence; `The talks will resume Monday, he said` ends one).
const CLAUSE_WORDS: usize = 4;

/// Whether sentence `s` has the pronoun `p` speak after its words (`…, he said.`): its names are
/// what that pronoun said, so the pronoun's person is named further back.
fn pronoun_speaks_in(text: &str, sentences: &[AnalysedSentence], s: usize, p: &str) -> bool {
    sentences.get(s).is_some_and(|x| {
        let span = x.span.clone();
        // a sentence longer than this is not a sentence a reader reads: not read at all, so
        // that each pronoun reads a bounded stretch of the text
        if span.len() > LONGEST_SENTENCE_BYTES {
            return false;
        }
        // the pronoun as a word of its own, found by a byte search (no tokens)
        let sentence = &text[span.clone()];
        sentence.match_indices(p).any(|(i, _)| {
            sentence[..i].ends_with(char::is_whitespace)
                && sentence[i + p.len()..].starts_with(char::is_whitespace)
                && speaks_after_its_words(text, &span, span.start + i)
        })
    })
}

/// Prepositions opening a sentence with a phrase of place or time: a name right after one (`In
/// Kitsap County, he …`) is a place or a body, not the sentence's subject.
const OPENING_PREPOSITIONS: [&str; 10] = [
    "in",
    "at",
    "on",
    "near",
    "across",
    "outside",
    "inside",
    "throughout",
    "during",
    "from",
];

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
    // (six words are never this many bytes: a longer stretch is not tokenised at all)
    let speaks_of_it = |m: &&Mention| {
        at.saturating_sub(m.at) <= WORDS_AFTER_BYTES && {
            let between = tokens(text, m.at..at);
            between.len() <= 6 && between.iter().any(is_speech_verb)
        }
    };
    // `Standing a few feet away from Ewing, he said`: the participle's subject is the pronoun, so
    // the people named in that opening phrase are someone else; `In Kitsap County, he
    // complained`: the place a preposition opens the sentence with is no one (but in `In a phone
    // call from Clinton, he told her` he may well be Clinton)
    // (only the sentence's first word is read)
    let opening = sentences.get(here).and_then(|sentence| {
        let span = &sentence.span;
        let first_end = text[span.clone()]
            .find(char::is_whitespace)
            .map_or(span.end, |k| span.start + k);
        let first = tokens(text, span.start..first_end).into_iter().next()?;
        // the opening phrase ends at its comma, before the pronoun
        let comma = span.start + text[span.start..at.min(span.end)].find(',')?;
        if speakers::is_participle_clause_opener(&first) {
            Some(span.start..comma)
        } else if first.cap && OPENING_PREPOSITIONS.contains(&first.lower.as_str()) {
            // the name right after the preposition
            let next = first_end + text[first_end..].len() - text[first_end..].trim_start().len();
            Some(next..next + 1)
        } else {
            None
        }
    });
    let others: Vec<String> = match opening {
        Some(range) => recent
            .iter()
            .filter(|m| m.sentence == here && range.contains(&m.at))
            .map(|m| names::surname(&m.name))
            .collect(),
        None => Vec::new(),
    };
    let fits =
        |m: &Mention| fits(m) && (others.is_empty() || !others.contains(&names::surname(&m.name)));
    // `…, he said.`: no one named in what he says is he
    let speaks_last = sentences
        .get(here)
        .is_some_and(|x| speaks_after_its_words(text, &x.span, at));
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
            // (`Sri Lanka hopes to benefit …, Wickramaratne said.`: the speaker of the verb after
            // a comma reports the whole sentence, its subject's verb included)
            if s != here {
                let mut speakers = group
                    .iter()
                    .filter(|m| fits(m) && is_speaker_in(text, &sentences[s], m));
                if let Some(first) = speakers.next() {
                    let closing = speakers.find(|m| closes_its_sentence(text, &sentences[s], m));
                    return Some(closing.unwrap_or(first));
                }
            }
            // the people named in what the same pronoun says there are not it
            let said_by_the_pronoun = if s == here {
                speaks_last
            } else {
                pronoun_speaks_in(text, sentences, s, pronoun)
            };
            if !said_by_the_pronoun {
                if let Some(m) = group.iter().find(|m| fits(m)) {
                    // (`as Iceberg Passages, after Jo Walton explained them`: a name of two words
                    // or more that no given name opens is passed over for a person's full name
                    // after it)
                    if m.name.contains(' ') && !opens_with_given_name(&m.name) {
                        if let Some(person) = group
                            .iter()
                            .filter(|o| o.at > m.at && fits(o))
                            .find(|o| opens_with_given_name(&o.name))
                        {
                            return Some(person);
                        }
                    }
                    return Some(m);
                }
            }
        }
        end = start;
    }
    None
}

/// Whether a name of two words or more opens with a word the first-name dictionary knows
/// (`Jo Walton`; not `Iceberg Passages`, nor a surname alone).
fn opens_with_given_name(name: &str) -> bool {
    let mut words = name.split_whitespace();
    match (words.next(), words.next()) {
        (Some(first), Some(_)) => given_names::is_given_name(&first.to_lowercase()),
        _ => false,
    }
}

/// The longest apposition read between a speaker's name and its verb.
const APPOSITION_WORDS: usize = 10;

/// How far [`is_speaker_in`] reads before a name (its last word) and after it (the name, an `of`
/// phrase, an apposition and the verb), in bytes.
const WORD_BEFORE_BYTES: usize = 64;
const WORDS_AFTER_BYTES: usize = 400;

/// Words that place a name within a region (`in southern Mozambique`), read past to find the
/// preposition before the name.
const REGION_ADJECTIVES: [&str; 12] = [
    "southern",
    "northern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "neighboring",
    "neighbouring",
    "nearby",
];

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
    // only the words next to the name are read: a window, not the rest of a sentence that may be
    // as long as the article
    let from = window_start(text, sentence, m);
    let to = text
        .ceil_char_boundary(m.at.saturating_add(WORDS_AFTER_BYTES))
        .min(sentence.span.end);
    // `Ms. Gere of International Data said`: the place or body after `of` is not the speaker,
    // and the person before it is
    // (`judge Gabrielle Kirk McDonald of the United States said`: a determiner may follow `of`)
    // `President Joaquim Chissano, who inspected flood damages in southern Mozambique, said`: a
    // name after a preposition closes a phrase (here a relative clause) and is not the subject
    let before = tokens(text, from..m.at);
    let mut owner_words = before
        .iter()
        .rev()
        .skip_while(|t| t.is("the") || REGION_ADJECTIVES.contains(&t.lower.as_str()));
    // (a title's own `of` or `for` may come before a name read with its title: `Assistant
    // Secretary of State for Near Eastern Affairs Martin Indyk`)
    if owner_words.next().is_some_and(|t| {
        t.is("of")
            || m.titles.is_empty()
                && t.word
                && english_words::PREPOSITIONS.contains(&t.lower.as_str())
    }) {
        return false;
    }
    let after = tokens(text, m.at..to);
    let mut name_words = after.iter().take_while(|t| t.word && t.cap).count();
    if name_words > 0 && after.get(name_words).is_some_and(|t| t.is("of")) {
        name_words += 1;
        if after.get(name_words).is_some_and(|t| t.is("the")) {
            name_words += 1;
        }
        name_words += after[name_words..]
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

/// Where the words read before mention `m` of `sentence` start: [`WORD_BEFORE_BYTES`] back, not
/// before the sentence.
fn window_start(text: &str, sentence: &AnalysedSentence, m: &Mention) -> usize {
    text.floor_char_boundary(m.at.saturating_sub(WORD_BEFORE_BYTES))
        .max(sentence.span.start)
}

/// Whether mention `m` of `sentence` comes right after a comma (its titles may come between) and
/// says the sentence's words itself: the speaker of a closing `…, Wickramaratne said`, not an
/// agency passing someone's words on (`…, Interfax reported`, `…, ITAR-Tass quoted him as saying`).
fn closes_its_sentence(text: &str, sentence: &AnalysedSentence, m: &Mention) -> bool {
    let after_comma = tokens(text, window_start(text, sentence, m)..m.at)
        .iter()
        .rev()
        .find(|t| !(t.word && t.cap))
        .is_some_and(|t| t.punct(','));
    let end = m.end_in(text);
    let to = text
        .ceil_char_boundary(end.saturating_add(WORD_BEFORE_BYTES))
        .min(sentence.span.end.max(end));
    let passes_on = tokens(text, end..to)
        .iter()
        .find(|t| t.word)
        .is_some_and(|t| REPORTING_VERBS.contains(&t.lower.as_str()));
    after_comma && !passes_on
}

/// Verbs of a body passing someone's words on.
const REPORTING_VERBS: [&str; 6] = ["reported", "reports", "quoted", "quotes", "cited", "cites"];

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
/// of [`genders`] for the full name when the article gives some, else by the given name when it
/// is one only men or only women bear ([`given_name_is_female`]: `Roger Iliffe` is no `she`),
/// else by the evidence for the surname.
pub(super) fn gender_fits(
    evidence: &FxHashMap<String, GenderEvidence>,
    name: &str,
    want_female: bool,
) -> bool {
    let full = name
        .contains(' ')
        .then(|| evidence.get(&name.to_lowercase()))
        .flatten();
    // a title (`Mrs.`, `spokesman`) or three pronouns of the article outweigh the dictionary,
    // which gives a few women's names to men (`Karen`: one country's man's name)
    if let Some(g) = full.filter(|g| g.is_strong()) {
        return g.fits(want_female);
    }
    if let Some(female) = given_names::given_name_is_female(name) {
        return female == want_female;
    }
    if let Some(g) = full {
        return g.fits(want_female);
    }
    evidence
        .get(&names::surname(name))
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

    /// Whether the evidence is one-sided and as strong as a title (3) or three pronouns.
    fn is_strong(&self) -> bool {
        (self.female == 0) != (self.male == 0) && self.female.max(self.male) >= 3
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
                // the narration's pronouns, not a quotation's (`"… ask a child how old she is,"
                // Swedlund said`)
                for w in narration(&sentence.text)
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                {
                    match w.to_lowercase().as_str() {
                        "she" | "her" | "hers" | "herself" => score += 1,
                        // not `him`: an object is most often someone else (`Tansu Ciller …
                        // rebuffed him`: the prime minister named before)
                        "he" | "his" | "himself" => score -= 1,
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

/// `text` with every quotation's words blanked (straight marks toggle, curly ones open and close).
fn narration(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['"', '\u{201c}', '\u{201d}']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut inside = false;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => inside = !inside,
            '\u{201c}' => inside = true,
            '\u{201d}' => inside = false,
            _ if inside => out.push(' '),
            _ => out.push(c),
        }
        if matches!(c, '"' | '\u{201c}' | '\u{201d}') {
            out.push(' ');
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the `he` of `sentence` (the whole text) speaks after its words.
    fn he_speaks_last(sentence: &str) -> bool {
        let at = sentence.find(" he ").expect("a he") + 1;
        speaks_after_its_words(sentence, &(0..sentence.len()), at)
    }

    #[test]
    fn a_pronoun_speaks_after_its_words_only_where_a_clause_or_a_quotation_closes_before_it() {
        assert!(he_speaks_last(
            "Those savings are what Amazon is now passing along to its customers, he said."
        ));
        // curly marks are several bytes long: read as marks, never cut inside
        assert!(he_speaks_last("\u{201c}We will win,\u{201d} he said."));
        assert!(he_speaks_last(
            "When Russia defaulted on its debts, he said, the region was undermined."
        ));
        assert!(!he_speaks_last(
            "Still, he said he would probably support the bill."
        ));
        assert!(!he_speaks_last(
            "Klein heads the division now, and in an interview, he said: \"There is no restriction.\""
        ));
        assert!(!he_speaks_last(
            "When Howe was prescribed the older drugs, he conceded, \"I was not compliant.\""
        ));
        assert!(!he_speaks_last(
            "Bush reinforced such doubts when, in a magazine interview last summer, he mocked the \
             plea of a convicted murderer on death row."
        ));
    }

    #[test]
    fn a_given_name_of_one_gender_tells_it_and_others_tell_nothing() {
        assert_eq!(
            given_names::given_name_is_female("Hillary Rodham Clinton"),
            Some(true)
        );
        assert_eq!(
            given_names::given_name_is_female("Ildiko Iliffe"),
            Some(true)
        );
        assert_eq!(
            given_names::given_name_is_female("Roger Iliffe"),
            Some(false)
        );
        // a name of either gender, an initial, a bare surname
        assert_eq!(given_names::given_name_is_female("Kim Dae-jung"), None);
        assert_eq!(given_names::given_name_is_female("B.J. Habibie"), None);
        assert_eq!(given_names::given_name_is_female("Clinton"), None);
        // names gender_guesser 0.2.0 misreads from its own list: a variant line (`= Boris Borja`)
        // overwrote the man's line, and `1F` (a woman's first name) read as "not sure"
        assert_eq!(
            given_names::given_name_is_female("Boris Yeltsin"),
            Some(false)
        );
        assert_eq!(given_names::given_name_is_female("John Glenn"), Some(false));
        assert_eq!(
            given_names::given_name_is_female("Mary Robinson"),
            Some(true)
        );
        assert_eq!(
            given_names::given_name_is_female("Maria Shriver"),
            Some(true)
        );
        // the given name outweighs a stray pronoun counted for the full name
        let mut evidence = FxHashMap::default();
        evidence.insert(
            "roger iliffe".to_string(),
            GenderEvidence { female: 1, male: 0 },
        );
        assert!(!gender_fits(&evidence, "Roger Iliffe", true));
        assert!(gender_fits(&evidence, "Ildiko Iliffe", true));
        // but a title or three pronouns outweigh the dictionary
        evidence.insert(
            "karen hughes".to_string(),
            GenderEvidence { female: 3, male: 0 },
        );
        assert!(gender_fits(&evidence, "Karen Hughes", true));
    }
}
