//! Who a quotation's attribution stands for: its phrase (a name, a pronoun, a description) resolved
//! to an entry of the cluster's [`Registry`], the speaker a reader is shown.
//!
//! [`ClusterPeople`] holds what the cluster's articles have shown so far of the people and bodies
//! they quote (the registry, the acronyms they spell out, the names shown to be a man's, the titles
//! each person has had); [`ArticleScene`] what one article gives to read (its text, sentences and
//! mentions); [`ArticleSpeakers`] what its earlier quotations have resolved to. `quotes` reads the
//! attributions and calls [`ClusterPeople::speaker_of`] for each quotation in the article's order.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use super::antecedents::{
    english_antecedent, gender_fits, pronoun_reach, speech_rules_antecedent, ArticleWords,
    GenderEvidence,
};
use super::attribution::Attribution;
use super::description_speakers::{self, DescriptionScene};
use super::document_sources;
use super::mentions::{cluster_acronyms, Mention, LOOK_BACK};
use super::names::{self, ArticleNames, Registry};
use super::quote_marks::sentence_at;
use super::quote_merge::Found;
use super::speakers::{self, Phrase};
use super::speech::{self, SpeechRules};
use super::AttributionForm;
use crate::text::{AnalysedCluster, AnalysedSentence};

/// How far before a quotation (bytes) the name of its speaker written before it is looked for.
const NAME_BEFORE_BYTES: usize = 400;

/// What the cluster's articles read so far show of the people and bodies they quote.
pub(super) struct ClusterPeople<'c> {
    cluster: &'c AnalysedCluster,
    pub(super) registry: Registry,
    /// The acronyms the cluster's articles spell out, read once when a speaker is one.
    acronyms: Option<FxHashMap<String, (usize, String)>>,
    /// Full names (lower-cased) that some article read so far shows to be a man's only.
    pub(super) men: FxHashSet<String>,
    /// The title words each person has had in the articles read so far (`russian`, `minister`).
    pub(super) entry_titles: FxHashMap<usize, FxHashSet<String>>,
    /// The people who have had each title word so far (`minister` → …): an office's holders are
    /// looked up by its head, not by reading every person's titles.
    pub(super) title_holders: FxHashMap<String, FxHashSet<usize>>,
}

/// One article as the resolver reads it.
#[derive(Clone, Copy)]
pub(super) struct ArticleScene<'a> {
    /// The article's index in the cluster.
    pub(super) index: usize,
    pub(super) text: &'a str,
    pub(super) sentences: &'a [AnalysedSentence],
    /// The people the article names, in text order.
    pub(super) mentions: &'a [Mention],
    /// What the article shows of each name's gender.
    pub(super) gender: &'a FxHashMap<String, GenderEvidence>,
    /// The speech rules of a language other than English (`None`: read as English).
    pub(super) foreign_rules: Option<&'static SpeechRules>,
    pub(super) is_stop: &'a dyn Fn(&str) -> bool,
    /// Whether a byte offset lies inside a quotation.
    pub(super) inside: &'a dyn Fn(usize) -> bool,
    /// The surnames of the people the article's attributions name.
    pub(super) speaker_surnames: &'a FxHashSet<String>,
}

/// What one article's quotations have resolved to so far.
#[derive(Default)]
pub(super) struct ArticleSpeakers {
    /// Where the article names each registry entry.
    pub(super) names: ArticleNames,
    /// Earlier quotations' speakers: (entry, a description's head word, whether a person).
    earlier: Vec<(usize, Option<String>, bool)>,
    /// The people quoted with `he` (false) or `she` (true) so far.
    quoted_with_pronoun: FxHashSet<(usize, bool)>,
}

impl ArticleSpeakers {
    /// Notes that entry `e` was quoted with the attribution written `written` (`he`, `she`, …).
    pub(super) fn quoted_as(&mut self, e: usize, written: &str) {
        if written.eq_ignore_ascii_case("he") || written.eq_ignore_ascii_case("she") {
            self.quoted_with_pronoun
                .insert((e, written.eq_ignore_ascii_case("she")));
        }
    }
}

/// The speaker a phrase resolved to: its entry, a description's head word, whether a person.
struct Resolved {
    entry: usize,
    head: Option<String>,
    person: bool,
}

impl Resolved {
    fn person(entry: usize) -> Self {
        Resolved {
            entry,
            head: None,
            person: true,
        }
    }

    fn body(entry: usize) -> Self {
        Resolved {
            entry,
            head: None,
            person: false,
        }
    }
}

impl<'c> ClusterPeople<'c> {
    pub(super) fn new(cluster: &'c AnalysedCluster) -> Self {
        ClusterPeople {
            cluster,
            registry: Registry::default(),
            acronyms: None,
            men: FxHashSet::default(),
            entry_titles: FxHashMap::default(),
            title_holders: FxHashMap::default(),
        }
    }

    /// The registry entry of the speaker of the quotation opening at `open` whose attribution is
    /// `at` (its pronoun, if one, written at `pronoun_at`), given the quotations `found` so far.
    pub(super) fn speaker_of(
        &mut self,
        scene: &ArticleScene,
        state: &mut ArticleSpeakers,
        found: &[Found],
        at: &Attribution,
        open: usize,
        pronoun_at: usize,
    ) -> Option<usize> {
        let seen = scene.mentions.partition_point(|m| m.at < open);
        // mentions before the quotation, nearest last (a bounded look back)
        let recent = &scene.mentions[seen.saturating_sub(LOOK_BACK)..seen];
        let resolved = match &at.phrase {
            Phrase::Name { name, .. }
                if document_sources::is_acronym(name)
                    && self
                        .acronyms
                        .get_or_insert_with(|| cluster_acronyms(self.cluster))
                        .contains_key(name.as_str()) =>
            {
                Some(self.acronym_speaker(name))
            }
            Phrase::Name { name, titles } => {
                Some(self.name_speaker(scene, state, recent, name, titles, at.form, open))
            }
            Phrase::Pronoun(p)
                if ["he", "she", "him", "her"]
                    .contains(&speech::english_pronoun(p).unwrap_or(p)) =>
            {
                self.person_pronoun_speaker(scene, state, found, p, pronoun_at)
            }
            // "it said": the organisation or statement quoted last in the article
            Phrase::Pronoun(p) if p == "it" && at.form == AttributionForm::After => state
                .earlier
                .iter()
                .rev()
                .take(4)
                .find(|(_, _, person)| !person)
                .map(|(e, _, _)| Resolved::body(*e)),
            // "ce dernier déclarant": the person named last, in this sentence or the one before
            Phrase::Pronoun(p) if p == speech::LATTER => {
                let here = sentence_at(scene.sentences, open).unwrap_or(0);
                recent
                    .last()
                    .filter(|m| m.sentence + 1 >= here)
                    .map(|m| Resolved::person(self.registry.name(&m.name, &state.names, m.at)))
            }
            // `Pentagon officials said … "…" Belgrade, they said, has "…"`: the group quoted
            // last, in this sentence or the two before
            Phrase::Pronoun(p) if p == "they" && scene.foreign_rules.is_none() => {
                self.group_speaker(scene, found, open).map(Resolved::body)
            }
            Phrase::Pronoun(_) => None,
            Phrase::Description(d) => match scene.foreign_rules {
                Some(rules) => {
                    Some(self.foreign_description_speaker(scene, state, recent, rules, d))
                }
                None => Some(self.description_speaker(scene, state, found, seen, d, open)),
            },
        };
        let resolved = resolved?;
        state
            .earlier
            .push((resolved.entry, resolved.head, resolved.person));
        Some(resolved.entry)
    }

    /// "The ERA also promised": the name an article of the cluster spelled out.
    fn acronym_speaker(&mut self, name: &str) -> Resolved {
        let full = self
            .acronyms
            .as_ref()
            .and_then(|m| m.get(name))
            .map(|(_, f)| f.clone())
            .unwrap_or_default();
        Resolved::body(self.registry.description(&full))
    }

    #[allow(clippy::too_many_arguments)]
    fn name_speaker(
        &mut self,
        scene: &ArticleScene,
        state: &mut ArticleSpeakers,
        recent: &[Mention],
        name: &str,
        titles: &[String],
        form: AttributionForm,
        open: usize,
    ) -> Resolved {
        let ArticleScene {
            text,
            sentences,
            gender,
            ..
        } = *scene;
        let name = spouse_name(name, titles, recent, gender, &self.men);
        // a name written before the quotation is read where it stands: in `Gingrich filed
        // papers, stating that he and Marianne Gingrich … "…"` the person named right before
        // `Gingrich` is not Marianne (read in its sentence, at most `NAME_BEFORE_BYTES` before the
        // marks)
        let written_at = match form {
            AttributionForm::Before => sentence_at(sentences, open)
                .and_then(|s| {
                    let from = text.floor_char_boundary(
                        sentences[s]
                            .span
                            .start
                            .max(open.saturating_sub(NAME_BEFORE_BYTES))
                            .min(open),
                    );
                    text[from..open].find(name.as_ref()).map(|i| from + i)
                })
                .unwrap_or(open),
            _ => open,
        };
        let e = self.registry.speaker(&name, &state.names, written_at);
        // a person known by the bare surname: what the article shows of their gender (`Clinton …
        // he`), so that a woman's full name named elsewhere does not take them
        if !name.contains(' ') {
            if !gender_fits(gender, &name, true) {
                self.registry.note_gender(e, false);
            } else if !gender_fits(gender, &name, false) {
                self.registry.note_gender(e, true);
            }
        }
        // where the article names people comes from its mentions; a quoted name only marks its
        // person as named here (no insertion mid-list)
        if !state.names.contains(e) {
            state.names.note(e, open);
        }
        // a one-word name the article also writes as the first word of a body's name
        // (`"…," Xinhua reported` after `the official Xinhua News Agency`): a body, which a
        // later `it said` takes up
        let person = name.contains(' ')
            || titles.iter().any(|t| speakers::is_person_title(t))
            || !names_a_body(
                &text[text.floor_char_boundary(open.saturating_sub(BODY_NAME_LOOK_BACK))..open],
                &name,
            );
        Resolved {
            entry: e,
            head: None,
            person,
        }
    }

    /// `he`, `she` (or `il`, `er`, `ella`, read as the English pronoun they stand for), written at
    /// `pronoun_at`.
    fn person_pronoun_speaker(
        &mut self,
        scene: &ArticleScene,
        state: &ArticleSpeakers,
        found: &[Found],
        written_pronoun: &str,
        pronoun_at: usize,
    ) -> Option<Resolved> {
        let ArticleScene {
            text,
            sentences,
            mentions,
            gender,
            ..
        } = *scene;
        let p = speech::english_pronoun(written_pronoun).unwrap_or(written_pronoun);
        let seen = mentions.partition_point(|m| m.at < pronoun_at);
        let recent = &mentions[seen.saturating_sub(LOOK_BACK)..seen];
        // a pronoun refers to someone named a few sentences before it at most, not counting the
        // sentences that go on about them with the same pronoun
        let here = sentence_at(sentences, pronoun_at).unwrap_or(sentences.len());
        let first = pronoun_reach(sentences, here, p);
        let near_from = recent.partition_point(|m| m.sentence < first);
        let recent = &recent[near_from..];
        let female = ["she", "her"].contains(&p);
        // an owner (`Gingrich's office`) is no subject a pronoun takes up
        let fits =
            |m: &Mention| !m.possessive && m.one_person && gender_fits(gender, &m.name, female);
        // nobody of a fitting gender near: no speaker rather than a wrong one
        let subject = match scene.foreign_rules {
            None => english_antecedent(text, sentences, recent, here, pronoun_at, p, fits),
            Some(rules) => speech_rules_antecedent(
                ArticleWords {
                    text,
                    sentences,
                    is_stop: scene.is_stop,
                    inside: scene.inside,
                },
                recent,
                written_pronoun,
                fits,
                rules,
                scene.speaker_surnames,
            ),
        };
        if let Some(m) = subject {
            let before = &mentions[seen.saturating_sub(LOOK_BACK)..seen];
            let name = self.full_name_of(m, before, gender, female);
            return Some(Resolved::person(self.registry.name(
                &name,
                &state.names,
                m.at,
            )));
        }
        if scene.foreign_rules.is_some() {
            return None;
        }
        // no one of its gender named within its reach: the person quoted last within that reach,
        // when they fit it and the article never quotes them with the other gender's pronoun
        // (`Cvijanovic's symptoms … "…," she said. Repeated attacks are … "…," she said`)
        let registry = &self.registry;
        last_speaker_within(found, scene.index, first, |e| {
            let entry = &registry.entries[e];
            entry.is_name
                && !state.quoted_with_pronoun.contains(&(e, !female))
                && gender_fits(gender, &entry.canonical(), female)
        })
        .map(Resolved::person)
    }

    /// The name a pronoun's antecedent `m` is shown by. `Mrs. Iliffe said …` then `she said`: of
    /// the full names of the surname named `before`, the nearest the pronoun fits (`Ildiko
    /// Iliffe`, not her husband `Roger Iliffe` named closer); none: `Mrs. Shepard` keeps her
    /// honorific, as when she is named speaking, and is not her son `Matthew Shepard`.
    fn full_name_of<'m>(
        &self,
        m: &'m Mention,
        before: &'m [Mention],
        gender: &FxHashMap<String, GenderEvidence>,
        female: bool,
    ) -> Cow<'m, str> {
        if m.name.contains(' ') {
            return Cow::Borrowed(m.name.as_str());
        }
        let sur = names::surname(&m.name);
        let full = |o: &&Mention| {
            o.name.contains(' ')
                && names::surname(&o.name) == sur
                && gender_fits(gender, &o.name, female)
        };
        // (away from it, not one named as someone's relative: `His father, Thomas Searing
        // Jackson,` … `Jackson`, the judge)
        let relative = |o: &&Mention| {
            m.at.saturating_sub(o.at) > names::NEAR
                && o.titles.iter().any(|t| speakers::is_kin_noun(t))
        };
        match before
            .iter()
            .rev()
            .filter(full)
            .find(|o| !relative(o))
            .or_else(|| before.iter().rev().find(full))
        {
            Some(o) => Cow::Borrowed(o.name.as_str()),
            None => spouse_name(&m.name, &m.titles, before, gender, &self.men),
        }
    }

    /// `they`: the group of people (a plural role noun: `officials`) quoted last in this
    /// sentence or the two before.
    fn group_speaker(&self, scene: &ArticleScene, found: &[Found], open: usize) -> Option<usize> {
        let here = sentence_at(scene.sentences, open).unwrap_or(0);
        found
            .iter()
            .rev()
            .take_while(|f| f.article == scene.index && f.sentence_index + 2 >= here)
            .find_map(|f| f.entry)
            .filter(|&e| {
                let entry = &self.registry.entries[e];
                !entry.is_name
                    && entry.canonical().rsplit(' ').next().is_some_and(|w| {
                        speakers::is_role_noun(w.trim_end_matches('s')) && w.ends_with('s')
                    })
            })
    }

    /// "le président", "la ministre de la Culture": the person named nearest before with all its
    /// words just before or after the name.
    fn foreign_description_speaker(
        &mut self,
        scene: &ArticleScene,
        state: &ArticleSpeakers,
        recent: &[Mention],
        rules: &SpeechRules,
        d: &str,
    ) -> Resolved {
        let text = scene.text;
        let words = rules.description_words(d);
        // the description's words among the few words right before the name ("le président
        // iranien Jean Dupont") or in an apposition after it ("Jean Dupont, le président du
        // conseil")
        let near = |m: &Mention| {
            let lo = text.floor_char_boundary(m.at.saturating_sub(120));
            let before: Vec<String> = text[lo..m.at]
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let tail = &before[before.len().saturating_sub(words.len() + 3)..];
            let end = m.end_in(text);
            let hi = text.ceil_char_boundary((end + 120).min(text.len()));
            let after_text = &text[end..hi];
            let after: Vec<String> = after_text
                .strip_prefix(',')
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .take(words.len() + 4)
                .map(str::to_lowercase)
                .collect();
            !words.is_empty()
                && (words.iter().all(|w| tail.contains(w))
                    || words.iter().all(|w| after.contains(w)))
        };
        let e = match recent.iter().rev().find(|m| near(m)) {
            Some(m) => {
                let e = self.registry.name(&m.name, &state.names, m.at);
                self.registry.alias(e, d);
                e
            }
            None => self.registry.description(d),
        };
        Resolved {
            entry: e,
            head: None,
            person: self.registry.entries[e].is_name,
        }
    }

    /// `the minister stressed`, `a Western diplomat said`: the person or body the description
    /// stands for, if the article says (see [`description_speakers::resolve`]), else the
    /// description itself. `seen`: the number of the article's mentions before the quotation.
    fn description_speaker(
        &mut self,
        scene: &ArticleScene,
        state: &ArticleSpeakers,
        found: &[Found],
        seen: usize,
        d: &str,
        open: usize,
    ) -> Resolved {
        let words = speakers::description_words(d);
        let head = words.last().cloned().unwrap_or_default();
        let last_quoted = found
            .iter()
            .rev()
            .take_while(|f| f.article == scene.index)
            .find_map(|f| f.entry.map(|e| (f.sentence_index, e)));
        let resolved = description_speakers::resolve(
            d,
            &words,
            &head,
            &DescriptionScene {
                text: scene.text,
                sentences: scene.sentences,
                open,
                recent: &scene.mentions[seen.saturating_sub(LOOK_BACK)..seen],
                later: &scene.mentions[seen..],
                earlier: &state.earlier,
                last_quoted,
                entry_titles: &self.entry_titles,
                title_holders: &self.title_holders,
            },
            &mut self.registry,
            &state.names,
        );
        let e = match resolved {
            Some(e) => {
                self.registry.alias(e, d);
                e
            }
            None => self.registry.description(d),
        };
        Resolved {
            entry: e,
            head: Some(head),
            person: self.registry.entries[e].is_name,
        }
    }
}

/// The speaker of article `article`'s latest quotation, among those found so far in its sentences
/// from `first` on, that `fits`: who a pronoun takes up when no one it fits is named within its
/// reach.
fn last_speaker_within(
    found: &[Found],
    article: usize,
    first: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    found
        .iter()
        .rev()
        .take_while(|f| f.article == article && f.sentence_index >= first)
        .find_map(|f| f.entry.filter(|&e| fits(e)))
}

/// The name a woman's honorific with a bare surname (`Mrs. Yeltsin said`) stands for: the full
/// name of that surname named before it whose gender may be a woman's (`Naina Yeltsin`); when
/// every earlier full name of it is a man's (`Boris Yeltsin … he`, here or in an article read
/// before), the honorific and surname as written, so that she is not merged into her husband. Any
/// other name as it is.
fn spouse_name<'a>(
    name: &'a str,
    titles: &[String],
    recent: &[Mention],
    gender: &FxHashMap<String, GenderEvidence>,
    men: &FxHashSet<String>,
) -> Cow<'a, str> {
    let Some(honorific) = titles
        .iter()
        .find(|t| speakers::WOMEN_HONORIFICS.contains(&t.as_str()))
    else {
        return Cow::Borrowed(name);
    };
    if name.contains(' ') {
        return Cow::Borrowed(name);
    }
    let sur = names::surname(name);
    let full: Vec<&Mention> = recent
        .iter()
        .filter(|m| m.name.contains(' ') && names::surname(&m.name) == sur)
        .collect();
    // a full name that may be a woman's: not one this article or an earlier one shows to be a
    // man's (`Boris Yeltsin … he`)
    if let Some(m) = full
        .iter()
        .rev()
        .find(|m| gender_fits(gender, &m.name, true) && !men.contains(&m.name.to_lowercase()))
    {
        return Cow::Owned(m.name.clone());
    }
    if full.is_empty() {
        return Cow::Borrowed(name);
    }
    let mut written = honorific.clone();
    if let Some(c) = written.get_mut(0..1) {
        c.make_ascii_uppercase();
    }
    Cow::Owned(format!("{written}. {name}"))
}

/// How far before a quotation (bytes) a body's full name is looked for when a one-word name speaks
/// (a bounded window: the test costs the same on any length of article).
const BODY_NAME_LOOK_BACK: usize = 4_000;

/// Whether `text` writes the one-word name `name` as the first word of a body's name of two or
/// three capitalised words (`Xinhua News Agency`, `Interfax news agency` is not).
fn names_a_body(text: &str, name: &str) -> bool {
    text.match_indices(name).take(8).any(|(i, _)| {
        let words: Vec<&str> = text[i + name.len()..]
            .split_whitespace()
            .take(2)
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        words.last().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            names::is_organisation_head(&w.to_lowercase())
        }) && text[i + name.len()..].starts_with(' ')
    })
}
