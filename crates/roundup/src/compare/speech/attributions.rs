//! Attributions in French, German and Spanish: the people a sentence names, and the speaker of a
//! quotation read after it (`« … », a déclaré M. Dupont`) or before it (`selon Dupont, « … »`).

use super::{Said, SpeechRules};
use crate::compare::speakers::{surface, Phrase, Tok};

impl SpeechRules {
    /// People named in a sentence's tokens (quotations left out) with the evidence this
    /// language gives that they are people: a title or an honorific before the name (`le
    /// président Jean Dupont`, `Mme Dupont`), a speech verb right before or after it, or an
    /// apposition with a title (`Jean Dupont, le porte-parole`). Returns (token range of the
    /// name, its title words).
    pub(crate) fn people(
        &self,
        text: &str,
        toks: &[Tok],
        is_stop: &dyn Fn(&str) -> bool,
    ) -> Vec<(std::ops::Range<usize>, Vec<String>)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if self.particle(&toks[i]) {
                i += 1;
                continue;
            }
            let Some(e) = self.name_from(toks, i, is_stop) else {
                i += 1;
                continue;
            };
            let mut from = self.name_in_run(toks, i, e);
            // "de la Floride Jean Dupont", "des Nations Unies Jean Dupont": a place or an
            // organisation, then the name
            let preposition = |k: usize| {
                toks[k].word && !toks[k].cap && self.prepositions.contains(&toks[k].lower.as_str())
            };
            let after_preposition = i > 0
                && (preposition(i - 1)
                    || i > 1
                        && self.determiners.contains(&toks[i - 1].lower.as_str())
                        && preposition(i - 2));
            if from == i && after_preposition && e - i >= 3 {
                from = self
                    .name_after_organisation(text, toks, i, e)
                    .unwrap_or(i + 1);
            }
            let mut b = from;
            while b > 0
                && toks[b - 1].word
                && (self.is_title(&toks[b - 1].lower)
                    || self.honorifics.contains(&toks[b - 1].lower.as_str())
                    || self.nationality(&toks[b - 1].lower))
            {
                b -= 1;
            }
            let titles: Vec<String> = toks[b..from].iter().map(|t| t.lower.clone()).collect();
            let titled = titles
                .iter()
                .any(|w| self.is_title(w) || self.honorifics.contains(&w.as_str()));
            let complement = b > 0
                && toks[b - 1].word
                && !toks[b - 1].cap
                && self.prepositions.contains(&toks[b - 1].lower.as_str());
            let speaks = self.verb_follows(toks, e) || b > 0 && self.is_verb(&toks[b - 1], true);
            let apposition = toks.get(e).is_some_and(|t| t.punct(','))
                && toks
                    .get(e + 1)
                    .is_some_and(|t| self.determiners.contains(&t.lower.as_str()))
                && toks.get(e + 2).is_some_and(|t| self.is_title(&t.lower));
            if (titled && !complement || speaks || apposition) && e - from >= 1 {
                out.push((from..e, titles));
            }
            i = e;
        }
        out
    }

    /// Whether a speech verb follows a name ending before `toks[e]`, maybe after the name's
    /// complement (`Jean Dupont de l'USGS a fait remarquer`), an adverb and an auxiliary.
    pub(super) fn verb_follows(&self, toks: &[Tok], e: usize) -> bool {
        let mut v = e;
        if toks.get(v).is_some_and(|t| {
            t.word && !t.cap && ["de", "du", "des", "d"].contains(&t.lower.as_str())
        }) && self.prepositions.contains(&"de")
        {
            let mut k = v + 1;
            if toks
                .get(k)
                .is_some_and(|t| self.determiners.contains(&t.lower.as_str()))
            {
                k += 1;
            }
            let run = k + toks[k.min(toks.len())..]
                .iter()
                .take_while(|t| t.word && t.cap)
                .count();
            if run > k {
                v = run;
            }
        }
        let v = self.past_fillers_and_auxiliary(toks, v);
        toks.get(v).is_some_and(|t| self.is_verb(t, false)) || self.causative_at(toks, v + 1)
    }

    /// Whether the name starting at `toks[i]` is the subject of a speech verb of its sentence
    /// (`Jean Dupont a déclaré`, `a dit Jean Dupont`, `a dit le porte-parole Jean Dupont`).
    pub(crate) fn speaks_in(&self, toks: &[Tok], i: usize, is_stop: &dyn Fn(&str) -> bool) -> bool {
        let Some(e) = self.name_from(toks, i, is_stop) else {
            return false;
        };
        let mut b = i;
        while b > 0
            && toks[b - 1].word
            && (self.is_title(&toks[b - 1].lower)
                || self.determiners.contains(&toks[b - 1].lower.as_str())
                || self.honorifics.contains(&toks[b - 1].lower.as_str()))
        {
            b -= 1;
        }
        self.verb_follows(toks, e) || b > 0 && self.is_verb(&toks[b - 1], true)
    }

    /// Whether some word of `toks` is a speech verb.
    pub(crate) fn has_speech_verb(&self, toks: &[Tok]) -> bool {
        (0..toks.len()).any(|i| self.is_verb(&toks[i], false) || self.causative_at(toks, i))
    }

    /// Whether the words after a quotation open with a speech verb (`« … », a dit l'un d'eux`):
    /// the quotation has a speaker of its own, read or not, and continues no earlier one.
    pub(crate) fn speech_follows(&self, post: &[Tok]) -> bool {
        let Some(t) = post.iter().find(|t| !t.punct(',')) else {
            return false;
        };
        t.word
            && (self.is_verb(t, true)
                || self.auxiliaries.contains(&t.lower.as_str())
                    && post
                        .iter()
                        .filter(|t| t.word)
                        .nth(1)
                        .is_some_and(|n| self.is_verb(n, true))
                || self.inverted(&t.lower).is_some()
                || self.according.iter().any(|seq| seq[0] == t.lower))
    }

    /// The attribution in the words after a quotation (`post`, from the closing mark to the end
    /// of its sentence).
    pub(crate) fn after(
        &self,
        text: &str,
        post: &[Tok],
        is_stop: &dyn Fn(&str) -> bool,
    ) -> Option<Said> {
        let post = &acronyms_back(text, post)[..];
        let mut i = 0;
        while post.get(i).is_some_and(|t| t.punct(',')) {
            i += 1;
        }
        let t = post.get(i)?;
        if !t.word {
            return None;
        }
        let said = |phrase, verb: &Tok, according| Said {
            phrase,
            verb: verb.lower.clone(),
            after: true,
            according,
        };
        // "a-t-il dit", "dit-elle", "ajoute-t-il"
        if let Some((base, p)) = self.inverted(&t.lower) {
            let verb_ok = if self.auxiliaries.contains(&base) {
                post.get(i + 1).is_some_and(|n| self.is_verb(n, true))
            } else {
                self.verbs.contains(&base) || self.after_only.contains(&base)
            };
            return verb_ok.then(|| said(Phrase::Pronoun(p.to_string()), t, false));
        }
        if let Some(n) = self.according_at(post, i) {
            return self
                .phrase_after(text, post, i + n, is_stop)
                .map(|p| said(p, t, true));
        }
        // "a déclaré X", "ha dicho X", "sagte X", "explique X"
        let mut v = i;
        if self.auxiliaries.contains(&t.lower.as_str())
            && post.get(i + 1).is_some_and(|n| self.is_verb(n, true))
        {
            v = i + 1;
        }
        if self.is_verb(&post[v], true) {
            let mut k = v + 1;
            // "fügte hinzu", "teilte mit"
            while post
                .get(k)
                .is_some_and(|n| n.is("hinzu") || n.is("mit") || n.is("ein") || n.is("es"))
            {
                k += 1;
            }
            // "a dit hier le capitaine Jean Dupont"
            while post
                .get(k)
                .is_some_and(|n| n.word && !n.cap && self.fillers.contains(&n.lower.as_str()))
            {
                k += 1;
            }
            return self
                .phrase_after(text, post, k, is_stop)
                .map(|p| said(p, &post[v], false));
        }
        // "X a déclaré", "X sagte" right after the quotation
        let end = self.name_from(post, i, is_stop)?;
        let v = self.past_fillers_and_auxiliary(post, end);
        let verb = post.get(v).filter(|n| self.is_verb(n, true))?;
        let name = surface(text, &post[i..end]);
        Some(said(
            Phrase::Name {
                name,
                titles: Vec::new(),
            },
            verb,
            false,
        ))
    }

    /// The attribution in the words before a quotation (`pre`, from its sentence's start to the
    /// opening mark).
    pub(crate) fn before(
        &self,
        text: &str,
        pre: &[Tok],
        is_stop: &dyn Fn(&str) -> bool,
    ) -> Option<Said> {
        let pre = &acronyms_back(text, pre)[..];
        if pre
            .iter()
            .any(|t| t.punct('.') || t.punct(';') || t.punct('!') || t.punct('?'))
        {
            return None;
        }
        // "X a fait une déclaration, selon laquelle il était « … »": the source is the statement
        // just named, said by the subject of its clause's verb
        if let Some(i) = (1..pre.len()).find(|&i| {
            self.according_at(pre, i).is_some()
                && pre
                    .get(i + self.according_at(pre, i).unwrap_or(1))
                    .is_some_and(|t| self.relatives.contains(&t.lower.as_str()))
        }) {
            let a = (0..i)
                .rev()
                .find(|&k| pre[k].word && self.auxiliaries.contains(&pre[k].lower.as_str()))?;
            let phrase = self.subject_before(text, pre, a, is_stop)?;
            return Some(Said {
                phrase,
                verb: pre[i].lower.clone(),
                after: false,
                according: true,
            });
        }
        // "selon Dupont, « … »", "selon le ministre, Jean Dupont, la mesure sera « … »"
        if let Some(i) = (0..pre.len()).find(|&i| self.according_at(pre, i).is_some()) {
            let n = self.according_at(pre, i).unwrap_or(1);
            let opens = i == 0 || pre[i - 1].punct(',');
            let words = pre[i + n..].iter().filter(|t| t.word).count();
            let comma = pre[i + n..].iter().any(|t| t.punct(','));
            if opens && words <= 30 {
                // "laut Maria Koch ist die Lage „…“": without a comma, only a name
                let phrase = self
                    .phrase_after(text, pre, i + n, is_stop)
                    .filter(|p| comma || matches!(p, Phrase::Name { .. }));
                if let Some(p) = phrase {
                    return Some(Said {
                        phrase: p,
                        verb: pre[i..i + n]
                            .iter()
                            .map(|t| t.lower.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                        after: false,
                        according: true,
                    });
                }
            }
        }
        let v = (0..pre.len())
            .rev()
            .find(|&i| self.is_verb(&pre[i], false) || self.causative_at(pre, i))?;
        // between the verb and the quotation: a colon, "que", an object ("à la BBC"), the words
        // of its clause
        let between = &pre[v + 1..];
        if between.iter().filter(|t| t.word).count() > 30 {
            return None;
        }
        // a gerund ("en disant : « … »", "a poursuivi en disant qu'il « … »"): the subject of
        // its clause
        if pre[v].lower.ends_with("ant") && v > 0 && pre[v - 1].is("en") {
            let phrase = self.clause_subject(text, &pre[..v - 1], is_stop)?;
            return Some(Said {
                phrase,
                verb: pre[v].lower.clone(),
                after: false,
                according: false,
            });
        }
        // a present participle ("notant", "déclarant") only right before the quotation's colon
        if pre[v].lower.ends_with("ant") && between.iter().any(|t| t.word) {
            return None;
        }
        let mut s = v;
        // "a fait remarquer que": the auxiliary is before the causative
        if self.causative_at(pre, v) {
            s -= 1;
        }
        // "a ensuite déclaré"
        while s > 0 && pre[s - 1].word && self.fillers.contains(&pre[s - 1].lower.as_str()) {
            s -= 1;
        }
        if s > 0 && pre[s - 1].word && self.auxiliaries.contains(&pre[s - 1].lower.as_str()) {
            s -= 1;
        } else if let Some((_, p)) = s.checked_sub(1).and_then(|k| self.inverted(&pre[k].lower)) {
            // "a-t-il déclaré : « … »"
            return Some(Said {
                phrase: Phrase::Pronoun(p.to_string()),
                verb: pre[v].lower.clone(),
                after: false,
                according: false,
            });
        }
        let phrase = self.subject_before(text, pre, s, is_stop)?;
        Some(Said {
            phrase,
            verb: pre[v].lower.clone(),
            after: false,
            according: false,
        })
    }
}

/// The tokens with upper-case words put back: the English tokenizer reads a shouted word of five
/// letters or more as a break (a dateline); here it is an acronym (`CCNUCC`, `UNICEF`).
fn acronyms_back(text: &str, toks: &[Tok]) -> Vec<Tok> {
    toks.iter()
        .map(|t| {
            let surface = &text[t.range.clone()];
            if !t.word && surface.chars().count() >= 2 && surface.chars().all(char::is_alphanumeric)
            {
                Tok {
                    range: t.range.clone(),
                    lower: surface.to_lowercase(),
                    word: true,
                    cap: true,
                }
            } else {
                t.clone()
            }
        })
        .collect()
}
