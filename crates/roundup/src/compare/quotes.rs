//! Direct quotations and who says them.
//!
//! Quotations are found on each article's cleaned text, not per sentence: the splitter cuts a
//! multi-sentence quotation into its sentences, and a quotation paragraph that goes on in the next
//! paragraph has no closing mark (newswire convention). Marks are paired within a paragraph
//! (`"` toggles; `“` opens, `”` closes; `«` opens, `»` closes; `„` opens, `“` or `”` closes; `‚`
//! opens, `‘` closes); an unclosed one runs to the end of its paragraph.
//!
//! English articles are read as below. French, German and Spanish ones (the language the analyse
//! stage gives each article) are read with their own speech words (`compare::speech`); in any
//! other language quotations are listed without a speaker rather than with one guessed from
//! English rules.
//!
//! The speaker is read from the words around the quotation, in the forms news copy uses:
//! `"…," Lavrov said` · `"…," said Lavrov` · `"…" Lavrov was quoted as saying` · `NTV quoted him as
//! saying` · `Lavrov told reporters: "…"` · `Lavrov said that the presence was "legitimate"` ·
//! `according to Lavrov,` · `Lavrov: "…"` · `Prime Minister Mesut Yilmaz of Turkey said` · a pronoun
//! (`he said`), resolved from where it stands to the subject of the nearest sentence naming a person
//! whose gender fits · `it said`, the organisation or statement quoted just before · a description
//! (`the minister stressed`, `the council said`) resolved as [`super::speakers`] explains · and a
//! quotation that continues the previous one (its next sentence or paragraph) keeps its speaker. A
//! quotation interrupted by its attribution (`"We will go," he said, "and we will win."`) is one
//! quotation; titles of works and terms (`a song called "…"`, short or title-case quoted words nobody
//! is said to say) are not listed.
//!
//! Every step is near-linear in the article's size: look-ups are binary searches over sorted
//! positions or hash indexes, look-backs are bounded, and quotations are compared for merging only
//! when they share a run of three words (a bounded number of candidates each).
//!
//! The steps live in sibling modules: `quote_marks` pairs the marks into quotations, `attribution`
//! reads the words around each one (and `quoted_titles` tells titles and terms from speech),
//! `mentions` finds who each article names, and `quote_merge` merges the same quotation across
//! outlets; `quote_speakers` resolves each attribution's phrase to a speaker. This module ties the steps
//! together.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::antecedents::{gender_fits, genders};
use super::mentions::{person_mentions, Mention};
use super::names;
use super::opening_words::OpeningWords;
use super::places::place_names;
use super::quote_marks::sentence_at;
pub use super::quote_marks::{quote_spans, QuoteSpan};
use super::quote_merge::{merge, Found};
use super::quote_reading::{read_attributions, Reading};
use super::quote_speakers::{ArticleScene, ArticleSpeakers, ClusterPeople};
use super::speakers::{self, tokens, Phrase, Tok};
use super::speech::{self, SpeechRules};
use super::{word_ranges, Quote, Speaker};
use crate::lang::Language;
use crate::text::{AnalysedCluster, AnalysedSentence, TermId, Tokenizer};

/// Term ids of the words inside `range` (the analyser's ids of the sentences covering it).
fn terms_in(text: &str, sentences: &[AnalysedSentence], range: Range<usize>) -> Vec<TermId> {
    let mut out = Vec::new();
    let first = sentences.partition_point(|s| s.span.end <= range.start);
    for s in &sentences[first..] {
        if s.span.start >= range.end {
            break;
        }
        for (w, &t) in word_ranges(text, s.span.clone()).iter().zip(&s.terms) {
            if w.start >= range.start && w.end <= range.end {
                out.push(t);
            }
        }
    }
    out
}

/// Finds, attributes and merges the quotations of a cluster.
pub fn find_quotes(cluster: &AnalysedCluster) -> (Vec<Quote>, Vec<Speaker>) {
    let tokenizer = Tokenizer::new();
    let mut tokenizers: Vec<(Language, Tokenizer)> = Vec::new();
    let mut people = ClusterPeople::new(cluster);
    let mut found: Vec<Found> = Vec::new();
    // the words any article of the cluster writes in lower case (`doctors`, `economists`): a
    // one-word name that is one of them may be a common word opening a sentence (`Doctors told
    // her …`), not someone a pronoun takes up (of one article, its own lower-case words, which
    // its mentions read already)
    let lower_in_cluster: FxHashSet<&str> = if cluster.articles.len() > 1 {
        cluster
            .articles
            .iter()
            .flat_map(|article| {
                article
                    .text
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
            })
            .collect()
    } else {
        FxHashSet::default()
    };
    // the places of several words any article names after `in`, `at` or `near`: no person a
    // pronoun takes up, also where an article names them only as subjects (`the United States`)
    let cluster_places = place_names(cluster.articles.iter().map(|a| a.text.as_str()));
    let opening_words = OpeningWords::new(cluster, &tokenizer);
    for (a, article) in cluster.articles.iter().enumerate() {
        let text = article.text.as_str();
        let sentences = cluster.sentences_of(a);
        let spans = quote_spans(text);
        // the article's language: English is read as always; others by their speech rules, if any
        let language = cluster
            .article_languages
            .get(a)
            .copied()
            .unwrap_or(cluster.language);
        let speech_rules = (language != Language::English).then(|| speech::rules(language));
        let article_tokenizer: &Tokenizer = if language == Language::English {
            &tokenizer
        } else {
            let i = match tokenizers.iter().position(|(l, _)| *l == language) {
                Some(i) => i,
                None => {
                    tokenizers.push((language, Tokenizer::for_language(language)));
                    tokenizers.len() - 1
                }
            };
            &tokenizers[i].1
        };
        let Reading {
            mut attributions,
            sources,
            pronoun_at,
            joins_previous,
            is_title,
        } = read_attributions(text, sentences, &spans, speech_rules, article_tokenizer);
        // `Responsibility for … has been claimed in notes signed by "…"`: a common word
        // opening its sentence names no one
        for at in attributions.iter_mut() {
            if at.as_ref().is_some_and(|at| match &at.phrase {
                Phrase::Name { name, titles } => {
                    titles.is_empty() && opening_words.is_opening_word(name, a)
                }
                _ => false,
            }) {
                *at = None;
            }
        }

        // resolve phrases to speakers
        let speaker_surnames: FxHashSet<String> = attributions
            .iter()
            .flatten()
            .filter_map(|at| match &at.phrase {
                Phrase::Name { name, .. } => Some(names::surname(name)),
                _ => None,
            })
            .collect();
        let mut mentions = person_mentions(
            text,
            sentences,
            &spans,
            &speaker_surnames,
            &lower_in_cluster,
            &cluster_places,
            article_tokenizer,
        );
        let foreign_rules = speech_rules.flatten();
        // whether a text offset is inside a quotation
        let inside = |at: usize| {
            let i = spans.partition_point(|q| q.open <= at);
            i > 0 && at <= spans[i - 1].close.unwrap_or(spans[i - 1].end)
        };
        let is_stop = |w: &str| article_tokenizer.is_stop_word(w);
        if let Some(rules) = foreign_rules {
            add_speech_rule_mentions(text, sentences, rules, &is_stop, &inside, &mut mentions);
        }
        let mut state = ArticleSpeakers::default();
        for m in &mentions {
            if m.name.contains(' ') {
                let e = people.registry.name(&m.name, &state.names, m.at);
                state.names.note(e, m.at);
                people
                    .entry_titles
                    .entry(e)
                    .or_default()
                    .extend(m.titles.iter().cloned());
                for t in &m.titles {
                    people.title_holders.entry(t.clone()).or_default().insert(e);
                }
            }
        }
        // gender evidence from each mention's own titles (a wife's `Mrs.` is not her husband's)
        let gender = genders(sentences, &mentions);
        for m in mentions.iter().filter(|m| m.name.contains(' ')) {
            if !gender_fits(&gender, &m.name, true) {
                people.men.insert(m.name.to_lowercase());
            }
        }
        share_titles_by_surname(&mut mentions);
        let scene = ArticleScene {
            index: a,
            text,
            sentences,
            mentions: &mentions,
            gender: &gender,
            foreign_rules,
            is_stop: &is_stop,
            inside: &inside,
            speaker_surnames: &speaker_surnames,
        };
        let mut found_at: Vec<Option<usize>> = vec![None; spans.len()];
        for (k, q) in spans.iter().enumerate() {
            let attribution = attributions[k].clone();
            let written = attribution.as_ref().map(|at| at.phrase.written());
            let entry = attribution.as_ref().and_then(|at| {
                people.speaker_of(&scene, &mut state, &found, at, q.open, pronoun_at[k])
            });
            let Some(so) = sentence_at(sentences, q.open) else {
                continue;
            };
            if is_title[k] {
                continue;
            }
            if joins_previous[k] {
                if let Some(fp) = k.checked_sub(1).and_then(|p| found_at[p]) {
                    let f = &mut found[fp];
                    f.span.end = q.end;
                    f.span.close = q.close;
                    f.pieces.push(q.start..q.end);
                    f.terms.extend(terms_in(text, sentences, q.start..q.end));
                    found_at[k] = Some(fp);
                    continue;
                }
            }
            if let (Some(e), Some(w)) = (entry, written.as_deref()) {
                state.quoted_as(e, w);
            }
            found_at[k] = Some(found.len());
            found.push(Found {
                article: a,
                sentence_index: sentences[so].index,
                span: *q,
                attribution,
                entry,
                written,
                terms: terms_in(text, sentences, q.start..q.end),
                pieces: std::iter::once(q.start..q.end).collect(),
            });
        }
        continue_speakers(&sources, &found_at, &mut found);
    }
    // `Mrs. Shepard`, kept apart where only her son had been named, is the one woman of that
    // surname the cluster names in full
    let mut registry = people.registry;
    for (honorific, woman) in registry.honorific_women() {
        for f in found.iter_mut().filter(|f| f.entry == Some(honorific)) {
            f.entry = Some(woman);
        }
    }
    merge(cluster, &found, &mut registry)
}

/// In an article read by a language's speech rules: takes the English titles the mention finder
/// read off the names, and adds the people that language's titles, honorifics and speech verbs
/// show.
fn add_speech_rule_mentions(
    text: &str,
    sentences: &[AnalysedSentence],
    rules: &SpeechRules,
    is_stop: &dyn Fn(&str) -> bool,
    inside: &dyn Fn(usize) -> bool,
    mentions: &mut Vec<Mention>,
) {
    for m in mentions.iter_mut() {
        let words_before: Vec<&str> = text[..m.at]
            .rsplit(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(2)
            .collect();
        m.name = rules.clean_name(&m.name, &words_before, is_stop);
    }
    let known: FxHashSet<usize> = mentions.iter().map(|m| m.at).collect();
    let mut more = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let toks: Vec<Tok> = tokens(text, s.span.clone())
            .into_iter()
            .filter(|t| !inside(t.range.start))
            .collect();
        for (r, titles) in rules.people(text, &toks, is_stop) {
            let at = toks[r.start].range.start;
            let end = toks[r.end - 1].range.end;
            if !known.contains(&at) {
                more.push(Mention {
                    at,
                    sentence: si,
                    name: text[at..end]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    titles,
                    possessive: text[end..].starts_with(['\'', '\u{2019}']),
                    first_name_only: false,
                    one_person: true,
                });
            }
        }
    }
    if !more.is_empty() {
        mentions.extend(more);
        mentions.sort_by_key(|m| m.at);
    }
}

/// A person's titles are those of all their mentions in the article (by surname), but a family
/// word, which says whose relative one of that surname is: `His father, Thomas Searing Jackson,`
/// is not the judge Thomas Penfield Jackson.
fn share_titles_by_surname(mentions: &mut [Mention]) {
    let mut titles_of: FxHashMap<String, Vec<String>> = FxHashMap::default();
    for m in mentions.iter() {
        let all = titles_of.entry(names::surname(&m.name)).or_default();
        for t in &m.titles {
            if !all.contains(t) && !speakers::is_kin_noun(t) {
                all.push(t.clone());
            }
        }
    }
    for m in mentions.iter_mut() {
        if let Some(all) = titles_of.get(&names::surname(&m.name)) {
            let kin: Vec<String> = m
                .titles
                .iter()
                .filter(|t| speakers::is_kin_noun(t))
                .cloned()
                .collect();
            m.titles.clone_from(all);
            m.titles.extend(kin);
        }
    }
}

/// A continued quotation has the speaker of the one it continues (`sources[k]`: the quotation
/// quotation `k` continues), resolved where that one stands, not again from its own place. Roots
/// are memoised along each path, so every quotation is walked once; a cycle gives no root.
fn continue_speakers(sources: &[Option<usize>], found_at: &[Option<usize>], found: &mut [Found]) {
    let n = sources.len();
    let mut root: Vec<Option<usize>> = vec![None; n];
    let mut on_path = vec![false; n];
    for k in 0..n {
        let mut path = Vec::new();
        let mut j = k;
        let r = loop {
            if let Some(r) = root[j] {
                break Some(r);
            }
            match sources[j] {
                None => break Some(j),
                Some(_) if on_path[j] => break None,
                Some(next) => {
                    on_path[j] = true;
                    path.push(j);
                    j = next;
                }
            }
        };
        for &p in &path {
            on_path[p] = false;
        }
        let Some(r) = r else { continue };
        for &p in &path {
            root[p] = Some(r);
        }
        root[k] = Some(r);
        if r != k {
            if let (Some(fk), Some(fr)) = (found_at[k], found_at[r]) {
                if found[fr].entry.is_some() {
                    found[fk].entry = found[fr].entry;
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "quotes_tests.rs"]
mod tests;
