//! Who an article names, for resolving pronoun and description speakers: the people named outside
//! quotations (with their titles; a first name after a family word with the family's name), and
//! the acronyms a cluster spells out. Places are told from people by [`super::places`].
//! Which of them a pronoun stands for is [`super::antecedents`]'s.

use rustc_hash::{FxHashMap, FxHashSet};

use super::document_sources;
use super::english_words;
use super::given_names;
use super::names;
use super::places::{place_words, BODY_AND_PLACE_ENDS, PLACE_NOUNS, PLACE_PREPOSITIONS};
use super::quote_marks::QuoteSpan;
use super::speakers::{self, classify, is_participle, is_speech_verb, tokens, Phrase, Tok};
use crate::text::{AnalysedCluster, AnalysedSentence, Tokenizer};

/// How many earlier mentions (or quotations) a pronoun or description looks back over.
pub(super) const LOOK_BACK: usize = 64;

/// First words of a broadcaster's name (`Radio Mozambique`): a body, not a person.
const BROADCASTER_OPENINGS: [&str; 3] = ["radio", "television", "tv"];

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
    /// May be one person a `he` or `she` takes up: false for a one-word name that is an acronym
    /// (`CDC`), an organisation's head word (`University`), a number word, a place the article
    /// writes after `in`, `at` or `near` (`in Houston`), or a word it also writes in lower case
    /// (`Afterward`), or one another article writes in lower case and this one never writes inside
    /// a sentence nor in a longer name (`Doctors told her`; only in text that writes names in
    /// capitals), unless it is the surname of a full name of the article.
    pub(super) one_person: bool,
}

impl Mention {
    /// Where its name ends in `text`: the name read from its place on (titles may come first,
    /// and the name's spaces were collapsed), within a bounded stretch; its start if not found
    /// there.
    pub(super) fn end_in(&self, text: &str) -> usize {
        let hi = text.floor_char_boundary((self.at + 2 * self.name.len() + 64).min(text.len()));
        text[self.at..hi]
            .find(self.name.as_str())
            .map_or(self.at, |i| self.at + i + self.name.len())
    }
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
    lower_in_cluster: &FxHashSet<&str>,
    cluster_places: &FxHashSet<String>,
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
    // (not a peerage's word, which the article may write alone in lower case: `the Duchess of
    // York`, then `the duchess`)
    let common_opening = |name: &str| {
        let mut words = name.split(' ');
        let first = words.next().unwrap_or_default().to_lowercase();
        words.nth(1).is_some()
            && lower_words.contains(first.as_str())
            && !english_words::PEERAGES.contains(&first.as_str())
    };
    // (mention, strong evidence that it is a person)
    let mut found: Vec<(Mention, bool)> = Vec::new();
    let mut places: FxHashSet<String> = FxHashSet::default();
    for (si, s) in sentences.iter().enumerate() {
        let toks: Vec<Tok> = tokens(text, s.span.clone())
            .into_iter()
            .filter(|t| !inside(t.range.start))
            .collect();
        places.extend(place_words(text, &toks));
        let mut i = 0;
        while i < toks.len() {
            if !(toks[i].word && toks[i].cap) {
                i += 1;
                continue;
            }
            // (a family name's particles join its words: `Liesbeth Van de Craen`, `Gilberto
            // Manuel da Silva`)
            // (only after a given name: not `Deltronicos de Matamoros`, a plant)
            let joined = speakers::capitalised_run(&toks, i, &speakers::NAME_PARTICLES);
            let mut j = if toks[i..joined].iter().any(|t| !t.cap)
                && !super::given_names::is_given_name(&toks[i].lower)
            {
                speakers::capitalised_run(&toks, i, &[])
            } else {
                joined
            };
            // a peerage is its holder's name, its place no name of its own: `the Duchess of
            // York` is one person, not `Duchess` and a `York` that a later `she` could take up
            if j > i
                && english_words::PEERAGES.contains(&toks[j - 1].lower.as_str())
                && toks.get(j).is_some_and(|t| t.is("of"))
                && toks.get(j + 1).is_some_and(|t| t.word && t.cap)
            {
                j = speakers::capitalised_run(&toks, j + 1, &[]);
            }
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
            // (`Ambassador to Russia James Collins`, `Ambassador to the United Nations Bill
            // Richardson`: a title's `to` too)
            if b == a && j - a >= 3 {
                let to = if a >= 1 && toks[a - 1].is("the") {
                    a - 1
                } else {
                    a
                };
                if to >= 2 && toks[to - 1].is("to") && toks[to - 2].cap {
                    let title = &toks[to - 2].lower;
                    if super::english_words::TITLES.contains(&title.as_str()) {
                        b = to - 2;
                    }
                }
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
                    // `the Clinton scandal`, `the Netanyahu government`: a name after an article
                    // and before a noun modifies the noun, as a nationality does
                    // (`the official Russian news agency`: a lone nationality is an adjective
                    // though a title word comes before it)
                    let modifier = followed_by_noun
                        && (!titled_name
                            && (speakers::is_nationality_adjective(&last)
                                || b > 0
                                    && ["the", "a", "an"].contains(&toks[b - 1].lower.as_str()))
                            || !name.contains(' ')
                                && english_words::is_nationality_before_name(&last));
                    // `the Georgia Republican`, `a Texas Democrat`: a party member described
                    // (`House Republicans`, `Democrats`: a party's members, never one person a
                    // `he` takes up)
                    let party_member = name.contains(' ')
                        && ["republican", "democrat", "democratic", "independent"]
                            .contains(&last.as_str())
                        || ["republicans", "democrats", "independents"].contains(&last.as_str());
                    // a given name or a title opens a person's name, not a place's
                    let place_part = state_after_town(&toks, b, j)
                        && !titled_name
                        && given_names::given_name_is_female(&name).is_none();
                    // `its 32 Daytime Emmys`, `two Koreas`: things counted, no one person
                    let counted = b > 0
                        && last.ends_with('s')
                        && (toks[b - 1].lower.len() <= 3
                            && toks[b - 1].lower.bytes().all(|c| c.is_ascii_digit())
                            || crate::words::is_cardinal_word(&toks[b - 1].lower));
                    let adjective = modifier || party_member || place_part || counted
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
                    // (`A government spokesman, Sukru Sina Gurel, said`: the name closing an
                    // apposition before its verb)
                    let speaks = verb_at(j)
                        || adverb && verb_at(j + 1)
                        || toks.get(j).is_some_and(|t| t.punct(','))
                            && b > 1
                            && toks[b - 1].punct(',')
                            && toks[b - 2].word
                            && !toks[b - 2].cap
                            && verb_at(j + 1)
                        || b > 0 && is_speech_verb(&toks[b - 1]) && !is_participle(&toks[b - 1])
                        || said_by_role_then_name(&toks, b);
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
                    // `Boris Yeltsin's doctors …, his wife Naina said`: a first name after a
                    // family word is of the family of the person just named
                    let mut titles = titles;
                    // `his father, Qin Qinguo, 76, said`: the role the name stands in apposition
                    // to (a later `the father` is this person)
                    if b >= 3
                        && toks[b - 1].punct(',')
                        && toks[b - 2].word
                        && !toks[b - 2].cap
                        && (english_words::is_kin_noun(&toks[b - 2].lower)
                            || english_words::is_role_noun(&toks[b - 2].lower))
                        && ["his", "her", "their", "its", "s", "the"]
                            .contains(&toks[b - 3].lower.as_str())
                    {
                        titles.push(toks[b - 2].lower.clone());
                    }
                    let name = match family_name(&toks[..b], &name, &found, si) {
                        Some((full, kin)) => {
                            titles.push(kin);
                            full
                        }
                        None => name,
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
                        // a given name of one gender before a surname (`Alicia Dennis`): a
                        // person, though nothing else says so
                        // (not a place named after someone: `Columbus Avenue`, `Willow Pond`,
                        // `New York City`, nor one after a preposition, nor `Raleigh, N.C.`)
                        let last_word = lower_name.rsplit(' ').next().unwrap_or_default();
                        let gendered = name
                            .split(' ')
                            .filter(|w| !speakers::NAME_PARTICLES.contains(w))
                            .count()
                            == 2
                            && !name.contains('.')
                            && given_names::given_name_is_female(&name).is_some()
                            // (`John Smith spent the day`: a verb, though no stop word; not
                            // `the 1995 Dayton Accords ended`)
                            && !(b > 0
                                && (english_words::is_determiner(&toks[b - 1].lower)
                                    || toks[b - 1].lower.bytes().all(|c| c.is_ascii_digit())))
                            && (!followed_by_noun
                                || toks.get(j).is_some_and(|t| {
                                    english_words::reads_as_verb_after_name(&t.lower)
                                }))
                            && !BODY_AND_PLACE_ENDS.contains(&last_word)
                            && !PLACE_NOUNS.contains(&last_word)
                            && !names::is_organisation_head(last_word)
                            // (a title word opening it is a title, `Judge Alice`; after the
                            // given name it is a surname: `Donna Bishop`, `Carole King`)
                            && !name.split(' ').next().is_some_and(|w| {
                                english_words::is_title_word(&w.to_lowercase())
                            })
                            && !(b > 0
                                && (PLACE_PREPOSITIONS.contains(&toks[b - 1].lower.as_str())
                                    || ["of", "from", "on", "to"]
                                        .contains(&toks[b - 1].lower.as_str())))
                            && !(a > 0 && toks[a - 1].cap);
                        let strong = titled || apposition || speaks || gendered || !role.is_empty();
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
                                    .starts_with(['\'', '\u{2019}'])
                                    && !owns_words(&toks[j..]),
                                first_name_only: false,
                                one_person: true,
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
    let full_name_surnames: FxHashSet<String> = found
        .iter()
        .filter(|(m, _)| m.name.contains(' '))
        .map(|(m, _)| names::surname(&m.name))
        .collect();
    // (a word the article writes in lower case says nothing in lower-cased text)
    let capitals = crate::words::writes_names_in_capitals(text);
    // every word of a name of two words or more (`Qin` of `Qin Yongmin`), for the test of words
    // another article writes in lower case (none for a lone article), and, read only when a
    // one-word name is one of those, the capitalised words the text writes inside a sentence
    let full_name_words: FxHashSet<String> = if capitals && !lower_in_cluster.is_empty() {
        found
            .iter()
            .filter(|(m, _)| m.name.contains(' '))
            .flat_map(|(m, _)| m.name.split(' ').map(str::to_lowercase))
            .collect()
    } else {
        FxHashSet::default()
    };
    let within_sentences = std::cell::OnceCell::new();
    for (m, _) in &mut found {
        let lower = m.name.to_lowercase();
        // `Anti-Violence Project`, `Kitsap County`: a body or a place, though of several words
        // (`Radio Mozambique`, `Television Espanola`: a broadcaster named by its first word)
        let body = m.name.contains(' ')
            && (lower.rsplit(' ').next().is_some_and(|last| {
                names::is_organisation_head(last) || BODY_AND_PLACE_ENDS.contains(&last)
            }) || lower
                .split(' ')
                .next()
                .is_some_and(|first| BROADCASTER_OPENINGS.contains(&first)));
        // `in New York`, `in the United States`: a place of several words the article, or another
        // of the cluster, names so (not someone with a given name first)
        let place = m.name.contains(' ')
            && cluster_places.contains(lower.as_str())
            && !lower
                .split(' ')
                .next()
                .is_some_and(super::given_names::is_given_name);
        m.one_person = !body
            && !place
            && (m.name.contains(' ')
                || full_name_surnames.contains(&lower)
                || !(m.name.chars().count() >= 2 && m.name.chars().all(char::is_uppercase)
                    || names::is_organisation_head(&lower)
                    || crate::words::is_cardinal_word(&lower)
                    || places.contains(&lower)
                    || capitals
                        && (lower_words.contains(lower.as_str())
                            || lower_in_cluster.contains(lower.as_str())
                                && !full_name_words.contains(&lower)
                                && !within_sentences
                                    .get_or_init(|| capitalised_within_sentences(text))
                                    .contains(m.name.as_str()))));
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

/// The capitalised words `text` writes right after a lower-case word, a comma or a title
/// (`like Frank, who`, `, Delhagen said`, `Ms. Delhagen`, `President Clinton`, and the rest of
/// such a name: `said Kenneth S. Trump`): where a name stands inside a sentence, as a common word
/// opening one (`Doctors told her`) does not. One pass over the text.
pub(super) fn capitalised_within_sentences(text: &str) -> FxHashSet<&str> {
    // (no title is longer: longer words are not lower-cased to be looked up)
    const TITLE_BYTES: usize = 16;
    let mut out = FxHashSet::default();
    // whether the next capitalised word stands inside a sentence
    let mut within = false;
    let mut word_start: Option<usize> = None;
    let is_word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-';
    // reads one word; says whether it is an initial (`S` of `Kenneth S. Trump`)
    let mut close_word = |from: usize, to: usize, within: &mut bool| {
        let w = text[from..to].trim_end_matches(['\'', '\u{2019}', '-']);
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w);
        let first = w.chars().next();
        // `d'Oliveira`, `O'Neal`: the name after a particle's apostrophe is inside its phrase too
        if let Some(k) = w.rfind(['\'', '\u{2019}']) {
            let after = &w[k + w[k..].chars().next().map_or(1, char::len_utf8)..];
            if after.starts_with(char::is_uppercase)
                && (*within || first.is_some_and(char::is_lowercase))
            {
                out.insert(after);
            }
        }
        if first.is_some_and(char::is_uppercase) {
            if *within {
                // the rest of its name is inside too
                out.insert(w);
            } else {
                // `President Clinton`: a title's name is inside its phrase
                *within = w.len() <= TITLE_BYTES && english_words::is_title_word(&w.to_lowercase());
            }
        } else {
            *within = first.is_some_and(char::is_lowercase);
        }
        w.len() == 1 && first.is_some_and(char::is_uppercase)
    };
    let mut initial = false;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(from) = word_start.take() {
            initial = close_word(from, i, &mut within);
        }
        if c == ',' {
            within = true;
        } else if c == '.' {
            // an initial's period goes on with its name; a title's opens one
            within = initial && within || english_words::ends_with_title_abbreviation(&text[..=i]);
        } else if !c.is_whitespace() {
            within = false;
        }
        initial = initial && c.is_whitespace();
    }
    if let Some(from) = word_start {
        close_word(from, text.len(), &mut within);
    }
    out
}

/// Whether the name starting at `toks[b]` closes an inverted attribution by role: a speech verb,
/// a determiner and role words, a comma, the name (`said its director general, Muttaleb`).
fn said_by_role_then_name(toks: &[Tok], b: usize) -> bool {
    if b < 4 || !toks[b - 1].punct(',') {
        return false;
    }
    let mut k = b - 1;
    while k > 0
        && b - 1 - k < 4
        && toks[k - 1].word
        && !toks[k - 1].cap
        && (speakers::is_role_noun(&toks[k - 1].lower)
            || english_words::is_title_word(&toks[k - 1].lower))
    {
        k -= 1;
    }
    k < b - 1
        && k >= 2
        && (english_words::is_determiner(&toks[k - 1].lower) || toks[k - 1].is("its"))
        && is_speech_verb(&toks[k - 2])
        && !is_participle(&toks[k - 2])
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

/// Whether the capitalised run `toks[b..j]` is the state or country after a person's town
/// (`Bert Ammerman of River Vale, New Jersey, whose brother …`): a name, `of` or `from`, a place of
/// four words at most, a comma, the run and a comma. Such a run is no person a later `he` could
/// take up.
fn state_after_town(toks: &[Tok], b: usize, j: usize) -> bool {
    if b < 2 || !toks[b - 1].punct(',') || !toks.get(j).is_some_and(|t| t.punct(',')) {
        return false;
    }
    let mut k = b - 1;
    while k > 0 && toks[k - 1].word && toks[k - 1].cap && b - 1 - k < 4 {
        k -= 1;
    }
    k < b - 1
        && k >= 2
        && (toks[k - 1].is("of") || toks[k - 1].is("from"))
        && toks[k - 2].word
        && toks[k - 2].cap
}

/// Nouns of what someone says: their owner (`Warren-Boulton's answer was …`) is the person a
/// following `he said` takes up, unlike other owners (`Gingrich's office`).
const WORDS_NOUNS: [&str; 9] = [
    "answer",
    "reply",
    "response",
    "remarks",
    "comments",
    "words",
    "testimony",
    "account",
    "explanation",
];

/// Whether the words after a possessive name (`toks`, from its `s`) open with a noun of what
/// its owner says.
fn owns_words(toks: &[Tok]) -> bool {
    let mut words = toks.iter().filter(|t| t.word);
    let first = words.next();
    let noun = if first.is_some_and(|t| t.lower == "s") {
        words.next()
    } else {
        first
    };
    noun.is_some_and(|t| WORDS_NOUNS.contains(&t.lower.as_str()))
}

/// Family words after which a lone first name takes the surname of the person whose family it is.
const FAMILY_SHARING_NAMES: [&str; 7] = [
    "wife", "husband", "widow", "son", "daughter", "brother", "sister",
];

/// The full name a lone first name `name` stands for when the words `before` it end with
/// `his`/`her` or an owner's possessive and a family word (`his wife Naina`, `Clinton's daughter
/// Chelsea`): the first name and the surname of the person named last (`found`, in sentence `si`
/// or the one before), with the family word.
fn family_name(
    before: &[Tok],
    name: &str,
    found: &[(Mention, bool)],
    si: usize,
) -> Option<(String, String)> {
    if name.contains(' ') {
        return None;
    }
    let [.., owner, kin] = before else {
        return None;
    };
    if !(kin.word && FAMILY_SHARING_NAMES.contains(&kin.lower.as_str())) {
        return None;
    }
    if !(owner.is("his") || owner.is("her") || owner.is("s")) {
        return None;
    }
    let (last, _) = found.last().filter(|(m, _)| m.sentence + 1 >= si)?;
    let surname = last.name.rsplit(' ').next()?;
    (last.name.contains(' ') && surname != name)
        .then(|| (format!("{name} {surname}"), kin.lower.clone()))
}

/// The acronyms spelled out in a cluster's articles ([`document_sources::acronyms`]), the first article's
/// reading of each kept.
pub(super) fn cluster_acronyms(cluster: &AnalysedCluster) -> FxHashMap<String, (usize, String)> {
    let mut out: FxHashMap<String, (usize, String)> = FxHashMap::default();
    for article in &cluster.articles {
        for (k, v) in document_sources::acronyms(&article.text) {
            out.entry(k).or_insert(v);
        }
    }
    out
}
