//! What is read around each quotation of one article: its attribution (read by the clause
//! rules of [`super::attribution`]), whether it continues the quotation before or after it, and
//! whether it is a title or a term rather than speech.

use std::cell::OnceCell;

use super::attribution::{
    as_they_put_it, attribute_after, attribute_before, relays, subject_near_verb, Attribution,
};
use super::clauses;
use super::english_words::{self, is_person_title, is_title_word};
use super::noun_phrases::np_after;
use super::quote_marks::{after_mark, paragraph_starts, sentence_at, QuoteSpan};
use super::quoted_titles::{
    in_list_of_titles, is_title_case, names_a_work_in_passing, quoted_words, title_or_term,
};
use super::speakers::{self, classify, is_participle, is_speech_verb, tokens, Phrase, Tok};
use super::speech::SpeechRules;
use super::AttributionForm;
use crate::text::{AnalysedSentence, Tokenizer};
/// Gives quotation `k` the attribution of quotation `k + 1`, which it continues (its speaker is
/// resolved where that one stands).
fn continue_from_next(
    attributions: &mut [Option<Attribution>],
    sources: &mut [Option<usize>],
    k: usize,
) {
    if let Some(a) = attributions[k + 1].clone() {
        sources[k] = Some(k + 1);
        attributions[k] = Some(Attribution {
            verb: None,
            form: AttributionForm::Continued,
            ..a
        });
    }
}

/// The most words of the clause closing a sentence (`, White House spokesman Jake Siewert said
/// Thursday.`) up to its speech verb, for its speaker to speak for the words quoted earlier in
/// that sentence.
const CLOSING_CLAUSE_WORDS: usize = 10;
/// The most words after that verb (`told a briefing at the State Department.`).
const CLOSING_CLAUSE_TAIL_WORDS: usize = 8;

/// Where the attribution closing the sentence of `post` (the words after a quotation, to its
/// sentence's end) starts: after the last comma, when the words from there to the sentence's
/// end hold a speech verb (`, Land said.`, `, officials said Tuesday.`) and the words before
/// that comma hold none.
fn closing_attribution(post: &[Tok]) -> Option<usize> {
    // the sentence goes on in lower case after the quoted words (`about what went on`, `but
    // cannot ensure`), not with a name in apposition (`, Thorne Lay, professor …, Santa Cruz
    // said`, which the attribution after the marks reads)
    if post.iter().find(|t| t.word).is_none_or(|t| t.cap) {
        return None;
    }
    let end = post
        .iter()
        .position(|t| ['.', '!', '?', ';'].iter().any(|&c| t.punct(c)))
        .unwrap_or(post.len());
    let comma = post[..end].iter().rposition(|t| t.punct(','))?;
    let tail = &post[comma + 1..end];
    let speaks = |t: &Tok| super::english_words::is_reporting_verb(&t.lower);
    let verb = tail.iter().position(speaks)?;
    let words = |toks: &[Tok]| toks.iter().filter(|t| t.word).count();
    (words(&tail[..=verb]) <= CLOSING_CLAUSE_WORDS
        && words(&tail[verb + 1..]) <= CLOSING_CLAUSE_TAIL_WORDS
        && !post[..comma].iter().any(speaks))
    .then_some(comma)
}

/// The most tokens between two quotations of a sentence for the first to share the second's
/// attribution (`"…" and their "…," Zhu said`).
const BETWEEN_QUOTES_TOKENS: usize = 8;

/// What was read around each quotation of one article (indexed like its spans).
pub(super) struct Reading {
    /// Each quotation's attribution: its own, or the one of the quotation it continues.
    pub(super) attributions: Vec<Option<Attribution>>,
    /// The quotation a continued one takes its speaker from.
    pub(super) sources: Vec<Option<usize>>,
    /// Where a pronoun speaker stands (else the quotation's opening mark).
    pub(super) pronoun_at: Vec<usize>,
    /// Whether a quotation goes on from the previous one, interrupted by its attribution.
    pub(super) joins_previous: Vec<bool>,
    /// Whether a quotation is a title or a term rather than speech.
    pub(super) is_title: Vec<bool>,
}

/// The named person or body whose words sentence `toks` reports, when its subject opens it and
/// speaks with a speech verb (`Saeb Erekat said it was …`, `Erekat told reporters …`; not a
/// question put, `Smith asked whether …`, nor a clause opening the sentence, `When Wray
/// suggested`).
fn reported_speaker(text: &str, toks: &[Tok], tokenizer: &Tokenizer) -> Option<Attribution> {
    let v = toks.iter().take(16).position(|t| {
        is_speech_verb(t)
            && !speakers::is_participle(t)
            && !["asked", "asks"].contains(&t.lower.as_str())
    })?;
    // (the subject opens the sentence: not `When Wray suggested …, Moseley was taken aback`)
    if v == 0 || SUBORDINATORS.contains(&toks[0].lower.as_str()) {
        return None;
    }
    let attribution = |phrase| Attribution {
        phrase,
        verb: Some(toks[v].lower.clone()),
        form: AttributionForm::Before,
    };
    // a name right before the verb (`Shaw agreed`, `Saeb Erekat said`)
    if toks[..v].iter().all(|t| t.word && t.cap) && !tokenizer.is_stop_word(&toks[0].lower) {
        return match speakers::classify(text, &toks[..v], tokenizer)? {
            phrase @ Phrase::Name { .. } => Some(attribution(phrase)),
            _ => None,
        };
    }
    // else the subject as it is read before a quotation (`The company that runs the AMAs, Dick
    // Clark Productions, denies`: the name in apposition), when it is a name (not an office cut
    // from its holder, `US Secretary` of `US Secretary of State Hillary Clinton`)
    attribute_before(text, &toks[..=v], None, tokenizer).filter(|a| {
        a.form == AttributionForm::Before
            && matches!(&a.phrase, Phrase::Name { name, .. }
            if !name.split_whitespace().last().is_some_and(|w| {
                let w = w.to_lowercase();
                is_title_word(&w) || is_person_title(&w)
            }))
    })
}

/// Words that open a clause of their own before a sentence's subject (of the sentence openers,
/// the subordinating ones: `Later, Smith said` still names Smith).
const SUBORDINATORS: [&str; 13] = [
    "when", "if", "after", "before", "although", "though", "while", "because", "as", "since",
    "once", "unless", "until",
];

/// Reads the attribution around each quotation of one article: by the English rules when
/// `speech_rules` is `None`, by the language's speech words when it is `Some(Some(_))`, not at all
/// when it is `Some(None)`. A quotation paragraph without a closing mark then takes the
/// attribution its continuation ends with.
pub(super) fn read_attributions(
    text: &str,
    sentences: &[AnalysedSentence],
    spans: &[QuoteSpan],
    speech_rules: Option<Option<&SpeechRules>>,
    tokenizer: &Tokenizer,
) -> Reading {
    let line_starts = paragraph_starts(text);
    let mut attributions: Vec<Option<Attribution>> = Vec::with_capacity(spans.len());
    // the quotation a continued one takes its speaker from, and where a pronoun speaker is
    let mut sources: Vec<Option<usize>> = Vec::with_capacity(spans.len());
    let mut pronoun_at: Vec<usize> = Vec::with_capacity(spans.len());
    let mut pre_empty: Vec<bool> = Vec::with_capacity(spans.len());
    let mut joins_previous: Vec<bool> = Vec::with_capacity(spans.len());
    let mut is_title: Vec<bool> = Vec::with_capacity(spans.len());
    for (k, q) in spans.iter().enumerate() {
        let Some(so) = sentence_at(sentences, q.open) else {
            attributions.push(None);
            pre_empty.push(true);
            joins_previous.push(false);
            is_title.push(false);
            sources.push(None);
            pronoun_at.push(q.open);
            continue;
        };
        let prev = k.checked_sub(1).map(|p| spans[p]);
        let mut lo = sentences[so].span.start;
        // `said the commander, Gen.` / `Huseyin Kivrikoglu, "but …"`: the sentence cut after a
        // title abbreviation is read with the one before it
        if so > 0 && speakers::ends_with_title_abbreviation(&text[..lo]) {
            lo = sentences[so - 1].span.start;
        }
        let mut lo = lo.max(line_starts[q.line]);
        if let Some(p) = prev.filter(|p| p.line == q.line) {
            lo = lo.max(p.close.map_or(p.end, |c| after_mark(text, c)));
        }
        let pre = tokens(text, lo.min(q.open)..q.open);
        let prev_same_sentence = prev
            .filter(|p| p.line == q.line && sentence_at(sentences, p.open) == Some(so))
            .and_then(|_| attributions.last().cloned().flatten());
        let post = match q.close {
            Some(c) => {
                let sc = sentence_at(sentences, c).unwrap_or(so);
                let line_end = line_starts.get(q.line + 1).map_or(text.len(), |e| e - 1);
                let mut hi = sentences[sc]
                    .span
                    .end
                    .max(after_mark(text, c))
                    .min(line_end);
                // `said the commander, Gen.` cut by the splitter before the name: read on
                if speakers::ends_with_title_abbreviation(&text[..hi]) {
                    if let Some(next) = sentences.get(sc + 1) {
                        hi = next.span.end.max(hi).min(line_end);
                    }
                }
                let from = after_mark(text, c);
                if let Some(n) = spans.get(k + 1).filter(|n| n.line == q.line) {
                    // `said "West Wing" creator Aaron Sorkin`: a short title right after the
                    // verb is read past, to the speaker named after it
                    let title_after_verb = n.close.is_some()
                        && n.open >= from
                        && is_title_case(&quoted_words(&text[n.start..n.end]))
                        && quoted_words(&text[n.start..n.end]).len() <= 5
                        && {
                            let between = tokens(text, from.min(n.open)..n.open);
                            let words: Vec<&Tok> = between.iter().filter(|t| t.word).collect();
                            words.len() == 1 && is_speech_verb(words[0])
                        };
                    if title_after_verb {
                        if let Some(after) = spans.get(k + 2).filter(|m| m.line == q.line) {
                            hi = hi.min(after.open);
                        }
                    } else {
                        hi = hi.min(n.open);
                    }
                }
                tokens(text, from.min(hi)..hi)
            }
            None => Vec::new(),
        };
        let inner = text[q.start..q.end].trim_end();
        let ends_statement = inner.ends_with('.');
        let post_ok = !ends_statement || post.first().is_some_and(|t| t.word && !t.cap);
        // `Would Adam Schiff have pleaded to keep the "whistleblower's" identity secret?`, `Did
        // someone say "trickle-down economics"?)`: the writer's own question reports no one's words
        let writers_question = lo == sentences[so].span.start
            && pre.iter().find(|t| t.word).is_some_and(|t| {
                t.cap && english_words::QUESTION_AUXILIARIES.contains(&t.lower.as_str())
            })
            && text[sentences[so].span.clone()]
                .trim_end()
                .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')'])
                .ends_with('?');
        let pre_verb = !writers_question
            && (pre.iter().any(is_speech_verb)
                || super::attribution::judging_verb(&pre).is_some()
                || pre.last().is_some_and(|t| t.punct(':'))
                || pre
                    .first()
                    .is_some_and(|t| t.word && speakers::is_speech_word(&t.lower)));
        let mut attribution = None;
        // a speaker of its own that the rules could not read: no continuation either
        let mut own_unread = false;
        // for a quotation that is a sentence of its own: the sentence right before it, when it
        // follows the previous quotation and lies in this paragraph or the one before (its words,
        // final punctuation dropped); tokenised once, for the rules that read it
        let before_toks: OnceCell<Option<Vec<Tok>>> = OnceCell::new();
        let sentence_before = || -> Option<&[Tok]> {
            before_toks
                .get_or_init(|| {
                    let alone = !pre.iter().any(|t| t.word) && !post.iter().any(|t| t.word);
                    if !alone || so == 0 {
                        return None;
                    }
                    let ps = &sentences[so - 1].span;
                    let free = prev.is_none_or(|p| p.close.is_some_and(|c| c < ps.start));
                    let near = ps.start >= line_starts[q.line.saturating_sub(1)];
                    if !(free && near) {
                        return None;
                    }
                    let mut toks = tokens(text, ps.clone());
                    while toks.last().is_some_and(|t| !t.word) {
                        toks.pop();
                    }
                    Some(toks)
                })
                .as_deref()
        };
        match speech_rules {
            // English: its own reading
            None => {
                if post_ok {
                    attribution = attribute_after(text, &post, 6, tokenizer);
                }
                // `Gen. Tin Oo said Suu Kyi was working "…," the New Light reported`: an outlet
                // relaying the words of a person named speaking before them
                if pre_verb && attribution.as_ref().is_some_and(relays) {
                    if let Some(own) =
                        attribute_before(text, &pre, prev_same_sentence.as_ref(), tokenizer)
                            .filter(|a| !matches!(a.phrase, Phrase::Pronoun(_)) && !relays(a))
                    {
                        attribution = Some(own);
                    }
                } else if pre_verb
                    && attribution
                        .as_ref()
                        .is_some_and(|a| matches!(a.phrase, Phrase::Name { .. }))
                {
                    // `Crown Prince Hassan urged Demirel to "…," said Information Minister
                    // Nasser Judeh`: the words are those of the person named speaking before
                    // them; the speaker named after them reports that person (`the minister
                    // stressed` after `Lavrov told reporters:` is Lavrov again)
                    if let Some(own) =
                        attribute_before(text, &pre, prev_same_sentence.as_ref(), tokenizer).filter(
                            |a| a.form == AttributionForm::Before && subject_near_verb(&pre, a),
                        )
                    {
                        attribution = Some(own);
                    }
                }
                if attribution.is_none() && pre_verb {
                    attribution =
                        attribute_before(text, &pre, prev_same_sentence.as_ref(), tokenizer);
                }
                if attribution.is_none() && post_ok {
                    attribution = attribute_after(text, &post, 10, tokenizer);
                }
                // `were reported as "…" by Hawaii News Now`
                if attribution.is_none() && pre_verb {
                    attribution =
                        clauses::passive_agent(&pre, &post, |t, k| np_after(t, k, tokenizer))
                            .and_then(|(in_pre, r)| {
                                let toks = if in_pre { &pre } else { &post };
                                let phrase = classify(text, &toks[r], tokenizer)?;
                                Some(Attribution {
                                    phrase,
                                    verb: None,
                                    form: AttributionForm::Before,
                                })
                            });
                }
                if attribution.is_none() {
                    attribution = as_they_put_it(text, &pre, tokenizer);
                }
                // `Clinton "is deeply concerned …" about what went on at Waco, White House
                // spokesman Jake Siewert said Thursday.`: the attribution closing the sentence
                // speaks for the words quoted in it
                // (words of three or more, not a title: `Star Wars`, `bobby` are named, not said)
                if attribution.is_none()
                    && post_ok
                    && inner.split_whitespace().nth(2).is_some()
                    && !is_title_case(&quoted_words(inner))
                {
                    // (the tail's words are bounded already: a speaker of several words,
                    // `veteran Democratic campaign consultant Hank Sheinkopf said`, is read)
                    attribution = closing_attribution(&post).and_then(|from| {
                        attribute_after(text, &post[from..], CLOSING_CLAUSE_WORDS, tokenizer)
                    });
                }
                // `Yes, Warren-Boulton responded. "It is not at all clear …"`: a quotation that is
                // a sentence of its own right after a sentence ending in a speech verb is that
                // speaker's, not the earlier quotation's
                if attribution.is_none() {
                    attribution = sentence_before()
                        .filter(|toks| {
                            toks.last()
                                .is_some_and(|t| is_speech_verb(t) && !is_participle(t))
                        })
                        .and_then(|toks| attribute_before(text, toks, None, tokenizer));
                }
                // `"…," it said` after `Reporters Without Borders urged …`: the organisation,
                // outlet or document speaking in the nearest sentence before
                if let Some(a) = attribution
                    .as_mut()
                    .filter(|a| matches!(&a.phrase, Phrase::Pronoun(p) if p == "it"))
                {
                    if let Some(phrase) = super::it_speaker::organisation_speaking_before(
                        text, sentences, so, tokenizer,
                    ) {
                        a.phrase = phrase;
                    }
                }
                // `"…," the report said` after `the official newspaper China Sports Daily said`:
                // the named outlet or body a document speaks for
                if let Some(a) = attribution.as_mut().filter(|a| {
                    matches!(&a.phrase, Phrase::Description(d) if super::it_speaker::is_document_of_a_speaker(d))
                }) {
                    let description = match &a.phrase {
                        Phrase::Description(d) => d.clone(),
                        _ => String::new(),
                    };
                    if let Some(phrase) =
                        super::it_speaker::named_speaker_before(text, sentences, so, tokenizer)
                            .or_else(|| {
                                super::it_speaker::described_issuer_before(
                                    text,
                                    sentences,
                                    so,
                                    &description,
                                    tokenizer,
                                )
                            })
                    {
                        a.phrase = phrase;
                    }
                }
                // `Kindersley blamed the "Star Wars" debacle`: a title judged, not words spoken
                if attribution
                    .as_ref()
                    .and_then(|a| a.verb.as_deref())
                    .is_some_and(|v| {
                        !super::english_words::judges_in_own_words(
                            v,
                            is_title_case(&quoted_words(inner)),
                        )
                    })
                {
                    attribution = None;
                }
                // a quotation that is a sentence of its own right after a sentence reporting a
                // named person's words (`Erekat said it was only the latest move … . "They wanted
                // us on our knees …"`): that person's, as the French reading has it
                if attribution.is_none() {
                    attribution =
                        sentence_before().and_then(|toks| reported_speaker(text, toks, tokenizer));
                }
            }
            // French, German, Spanish: the speech words of the language
            Some(Some(rules)) => {
                let is_stop = |w: &str| tokenizer.is_stop_word(w);
                // `« … . », a dit Dupont`: a statement's period inside the marks
                let post_ok = post_ok
                    || post
                        .iter()
                        .find(|t| !t.punct(','))
                        .is_some_and(|t| t.word && !t.cap);
                let said = post_ok
                    .then(|| rules.after(text, &post, &is_stop))
                    .flatten()
                    .or_else(|| rules.before(text, &pre, &is_stop));
                own_unread = said.is_none() && rules.speech_follows(&post);
                // a quotation that is a sentence of its own after a sentence reporting someone's
                // words ("Jean Dupont a déclaré que … . « … »", "Elle a décrit la situation.
                // « … »"): said by that sentence's subject, not by an earlier quotation's speaker
                let said = match said {
                    None if !own_unread => {
                        sentence_before().and_then(|toks| rules.before(text, toks, &is_stop))
                    }
                    said => said,
                };
                attribution = said.map(|s| Attribution {
                    phrase: s.phrase,
                    verb: Some(s.verb),
                    form: if s.according {
                        AttributionForm::According
                    } else if s.after {
                        AttributionForm::After
                    } else {
                        AttributionForm::Before
                    },
                });
            }
            // a language without speech rules: no speaker rather than a guessed one
            Some(None) => {}
        }
        let no_lead_words = !pre.iter().any(|t| t.word);
        let mut source = None;
        // a pronoun before the quotation is resolved from where it stands
        let mut at = q.open;
        if let Some(Attribution {
            phrase: Phrase::Pronoun(p),
            form: AttributionForm::Before | AttributionForm::Colon | AttributionForm::According,
            ..
        }) = &attribution
        {
            if let Some(t) = pre.iter().rev().find(|t| t.is(p)) {
                at = t.range.start;
            }
        }
        if attribution.is_none() && !own_unread {
            if let Some(p) = &prev_same_sentence {
                source = k.checked_sub(1);
                attribution = Some(Attribution {
                    phrase: p.phrase.clone(),
                    verb: None,
                    form: AttributionForm::Continued,
                });
            }
        }
        if attribution.is_none() && no_lead_words && !own_unread {
            // a quotation going on from the previous one (same or previous paragraph); in a
            // language read by its speech rules, not past a sentence of narration between them
            // ("Jean Dupont, un témoin. « … »" is not the previous speaker's)
            // nor when narration follows it in its sentence (a heading quoting words:
            // "« Un désastre » ; les appels à l'aide")
            let narration_between = |p: &QuoteSpan| {
                let from = p.close.unwrap_or(p.end);
                matches!(speech_rules, Some(Some(_)))
                    && (sentences
                        .iter()
                        .any(|s| s.span.start > from && s.span.end <= q.open)
                        || post.iter().any(|t| t.word))
            };
            // (English: a sentence between them that opens with someone else's full name,
            // `Joseph Guyler Delva, a reporter for Reuters, was in the area`, hands the words on
            // to no one)
            let someone_else_between = |pa: &Attribution| {
                speech_rules.is_none()
                    && sentence_before().is_some_and(|toks| {
                        let run = toks.iter().take_while(|t| t.word && t.cap).count();
                        run >= 2
                            && !tokenizer.is_stop_word(&toks[0].lower)
                            && matches!(
                                (speakers::classify(text, &toks[..run], tokenizer), &pa.phrase),
                                (Some(Phrase::Name { name: n, .. }), Phrase::Name { name: m, .. })
                                    if super::names::surname(&n) != super::names::surname(m)
                            )
                    })
            };
            if let (Some(p), Some(Some(pa))) = (prev, attributions.last()) {
                if (p.line == q.line || p.line + 1 == q.line)
                    && !narration_between(&p)
                    && !someone_else_between(pa)
                {
                    source = k.checked_sub(1);
                    attribution = Some(Attribution {
                        phrase: pa.phrase.clone(),
                        verb: None,
                        form: AttributionForm::Continued,
                    });
                }
            }
        }
        // '"We will go," he said, "and we will win."': one quotation interrupted by its
        // attribution
        let joins = prev.is_some_and(|p| {
            p.line == q.line
                && p.close.is_some()
                && text[p.start..p.end].trim_end().ends_with(',')
                && attributions
                    .last()
                    .is_some_and(|a| a.as_ref().is_some_and(|a| a.form == AttributionForm::After))
                && pre.last().is_some_and(|t| t.punct(','))
                && pre.iter().filter(|t| t.word).count() <= 8
                && pre.iter().any(is_speech_verb)
                && !pre.iter().any(|t| t.punct('.') || t.punct(';'))
        });
        joins_previous.push(joins);
        let title = !joins
            && (title_or_term(inner, &pre, &post, attribution.is_some())
                || in_list_of_titles(text, spans, k));
        is_title.push(title);
        // a title has no speaker of its own to pass on (`a section called "threatening state
        // security," … from "violent …," to "…"`: the later quotations are not the words of
        // "this charge"); it passes on the speaker of the quotation before it in its sentence
        // (`"…," says Tulgan, author of "Managing Generation X." "So, most …"`: Tulgan's). An
        // attribution right after the words (`in track, "I was thoroughly mediocre," says
        // Freedman`) is about them even when they read like a title, and stays (not `the
        // "Yorkshire lass" website, says`: a thing named).
        let keeps_own = |a: &Attribution| {
            a.form == AttributionForm::After
                && post
                    .iter()
                    .find(|t| t.word)
                    .is_some_and(|t| t.cap || is_speech_verb(t))
        };
        // (a programme the speaker spoke on, or a work named by its maker's possessive, keeps
        // the sentence's attribution to pass on)
        let attribution = if title
            && !attribution.as_ref().is_some_and(keeps_own)
            && !names_a_work_in_passing(inner, &pre)
        {
            prev_same_sentence.clone()
        } else {
            attribution
        };
        attributions.push(attribution);
        pre_empty.push(no_lead_words);
        sources.push(source);
        pronoun_at.push(at);
    }

    // a quotation paragraph without a closing mark goes on in the next paragraph: when it has
    // no attribution of its own, it takes the one its continuation ends with
    for k in (0..spans.len().saturating_sub(1)).rev() {
        let own = attributions[k]
            .as_ref()
            .is_some_and(|a| a.form != AttributionForm::Continued);
        let (q, next) = (spans[k], spans[k + 1]);
        if q.close.is_none()
            && !own
            && next.line == q.line + 1
            && pre_empty[k + 1]
            && sources[k + 1] != Some(k)
        {
            continue_from_next(&mut attributions, &mut sources, k);
        }
    }
    // `Xu and Qin were "…" and their "…," Zhu said`: a quotation with no attribution of its own
    // takes the one written after the next quotation of its sentence, when no other verb of
    // speech or clause end stands between them
    for k in (0..spans.len().saturating_sub(1)).rev() {
        let (q, next) = (spans[k], spans[k + 1]);
        let after_next = attributions[k + 1]
            .as_ref()
            .is_some_and(|a| a.form == AttributionForm::After);
        let (Some(close), true) = (q.close, after_next) else {
            continue;
        };
        // (an attribution carried over from an earlier sentence's quotation gives way: `…
        // would "be released very soon." "British leaders have miscalculated …" if we are faced
        // with "fuss …," added Larijani`)
        let own = attributions[k].as_ref().is_some_and(|a| {
            a.form != AttributionForm::Continued || sources[k] != k.checked_sub(1)
        });
        if own
            || is_title[k]
            || is_title[k + 1]
            || is_title_case(&quoted_words(&text[q.start..q.end]))
            // (words that end their own sentence: `his "mexican heritage." "if it were …"
            // host john dickerson asked`, the text's sentences run together)
            || text[q.start..q.end].trim_end().ends_with(['.', '?', '!'])
            || joins_previous[k + 1]
            // (where it closes: a quotation of two sentences runs into the next one's)
            || sentence_at(sentences, close) != sentence_at(sentences, next.open)
            || close >= next.open
        {
            continue;
        }
        let between = tokens(text, close..next.open);
        // (`"A Geometry of Lilies: …" and "Lost in Translation," he writes`: a list of titles)
        let listed = between.len() == 1 && (between[0].is("and") || between[0].is("or"));
        if listed
            || between.len() > BETWEEN_QUOTES_TOKENS
            || between
                .iter()
                .any(|t| is_speech_verb(t) || t.punct('.') || t.punct(';') || t.punct(':'))
        {
            continue;
        }
        continue_from_next(&mut attributions, &mut sources, k);
    }
    Reading {
        attributions,
        sources,
        pronoun_at,
        joins_previous,
        is_title,
    }
}
