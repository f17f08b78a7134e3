//! Who says a quotation in French, German and Spanish copy.
//!
//! English has its own, richer reading ([`super::quotes`], [`super::speakers`]); the languages here
//! share one mechanism with their own words: speech verbs (finite forms, and past participles after
//! an auxiliary: `a déclaré`, `hat gesagt`, `ha dicho`), words that name a source (`selon`,
//! `d'après`, `laut`, `según`), subject pronouns, honorifics (`M.`, `Mme`, `Herr`, `Sr.`) and title
//! words (`le président`, `der Sprecher`, `el ministro`) that are split off a name. The forms read:
//!
//! - after the quotation: `« … », a déclaré M. Dupont` · `« … », explique Charles Dupont, professeur`
//!   · `« … », a-t-il ajouté` / `dit-elle` (inversion: a pronoun) · `„…“, sagte er` · `„…“, so Müller`
//!   · `« … », selon le porte-parole` · `—, dijo el ministro de Economía, Pedro Ruiz` (the name in
//!   apposition to a description) · `« … », Dupont a ajouté`;
//! - before it: `M. Dupont a déclaré : « … »` · `Dupont, un ancien ministre, affirme « … »` (the
//!   subject before the apposition) · `il a dit que l'accord était « … »` · `selon Dupont, « … »`.
//!
//! Anything else is left without a speaker: a language without rules lists its quotations with no
//! speaker rather than guess one with English words.

use super::speakers::{surface, Phrase, Tok};
use crate::lang::Language;

/// The words one language attributes speech with (lower case).
#[derive(Debug)]
pub(crate) struct SpeechRules {
    /// Finite speech verbs and past participles (`dit`, `déclaré`, `sagte`, `dijo`).
    verbs: &'static [&'static str],
    /// Verbs read only right after a quotation (`« … », continue Dupont`), being nouns or other
    /// verbs elsewhere (`la demande`, `continue`).
    after_only: &'static [&'static str],
    /// Words that make an infinitive of [`Self::causative_verbs`] a speech verb (`a fait
    /// remarquer que`, `a fait savoir`).
    causatives: &'static [&'static str],
    /// Infinitives that are speech verbs after a causative (`remarquer`, `observer`).
    causative_verbs: &'static [&'static str],
    /// Auxiliaries of a compound past (`a`, `hat`, `ha`).
    auxiliaries: &'static [&'static str],
    /// Words (or two-word sequences) that name a source: `selon X`, `d'après X`, `laut X`.
    according: &'static [&'static [&'static str]],
    /// Words for "the latter" (`ce dernier`), read as [`LATTER`]: the person named last.
    latter: &'static [&'static [&'static str]],
    /// Relative pronouns after a source word that refer back to a statement (`selon laquelle`).
    relatives: &'static [&'static str],
    /// Subject pronouns and the English one the pronoun logic reads (`il` → `he`).
    pronouns: &'static [(&'static str, &'static str)],
    /// Honorifics dropped from a name (`M. Dupont` → Dupont).
    honorifics: &'static [&'static str],
    /// Title words split off a name (`le premier ministre Jean Dupont`), and heads of descriptions.
    titles: &'static [&'static str],
    /// Endings of title words (German compounds: `Außenminister`, `Regierungssprecher`).
    title_endings: &'static [&'static str],
    /// Determiners that open a description (`le porte-parole`, `der Sprecher`).
    determiners: &'static [&'static str],
    /// Particles inside a name (`Dominique de Villepin`, `Ursula von der Leyen`).
    particles: &'static [&'static str],
    /// Words between a verb and its speaker or its subject that are neither (`également`, `auch`).
    fillers: &'static [&'static str],
    /// Prepositions that attach a complement to a title (`le ministre de l'Intérieur`).
    prepositions: &'static [&'static str],
    /// Endings of nationality adjectives, which end a title before a name (`le premier ministre
    /// britannique Tony Blair`).
    nationality_endings: &'static [&'static str],
    /// Heads of descriptions of bodies that speak (`le gouvernement`, `der Rat`).
    bodies: &'static [&'static str],
    /// Words that end a speaker phrase after its verb: relative pronouns, the verb's object
    /// (`a déclaré le ministre à la presse`, `qui a ajouté`).
    clause_breaks: &'static [&'static str],
}

mod french;
mod german;
mod spanish;
#[cfg(test)]
mod tests;

use french::FRENCH;
use german::GERMAN;
use spanish::SPANISH;

/// The speech rules of a language, or `None` when quotations in it get no speaker.
pub(crate) fn rules(language: Language) -> Option<&'static SpeechRules> {
    match language {
        Language::French => Some(&FRENCH),
        Language::German => Some(&GERMAN),
        Language::Spanish => Some(&SPANISH),
        _ => None,
    }
}

/// The English pronoun a subject pronoun of any language stands for (`il` → `he`, `er` → `he`).
pub(crate) fn english_pronoun(p: &str) -> Option<&'static str> {
    [&FRENCH, &GERMAN, &SPANISH]
        .iter()
        .flat_map(|r| r.pronouns.iter())
        .find(|(w, _)| *w == p)
        .map(|(_, e)| *e)
}

/// The pronoun phrase standing for "the latter" (`ce dernier`, `cette dernière`): the person
/// named last before it.
pub(crate) const LATTER: &str = "latter";

/// An attribution read in one of these languages.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Said {
    pub phrase: Phrase,
    pub verb: String,
    /// Whether the words were read after the quotation.
    pub after: bool,
    /// A source word (`selon`, `laut`) rather than a verb.
    pub according: bool,
}

impl SpeechRules {
    /// The index of the first token from `v` on past the filler words (`aussi`, `auch`) and one
    /// auxiliary (`a`, `hat`): where a speech verb would stand.
    fn past_fillers_and_auxiliary(&self, toks: &[Tok], mut v: usize) -> usize {
        while toks
            .get(v)
            .is_some_and(|t| t.word && self.fillers.contains(&t.lower.as_str()))
        {
            v += 1;
        }
        if toks
            .get(v)
            .is_some_and(|t| t.word && self.auxiliaries.contains(&t.lower.as_str()))
        {
            v += 1;
        }
        v
    }

    fn is_verb(&self, t: &Tok, after_quote: bool) -> bool {
        t.word
            && (self.verbs.contains(&t.lower.as_str())
                || after_quote && self.after_only.contains(&t.lower.as_str()))
    }

    fn is_title(&self, lower: &str) -> bool {
        self.titles.contains(&lower)
            || lower.len() > 6 && self.title_endings.iter().any(|e| lower.ends_with(e))
    }

    fn pronoun(&self, lower: &str) -> Option<&'static str> {
        self.pronouns
            .iter()
            .find(|(w, _)| *w == lower)
            .map(|(_, e)| *e)
    }

    /// Whether `toks[i]` is an infinitive made a speech verb by the causative before it (`fait
    /// remarquer`).
    fn causative_at(&self, toks: &[Tok], i: usize) -> bool {
        i > 0
            && toks
                .get(i)
                .is_some_and(|t| t.word && self.causative_verbs.contains(&t.lower.as_str()))
            && toks[i - 1].word
            && self.causatives.contains(&toks[i - 1].lower.as_str())
    }

    /// The subject of the clause `toks` ends in (a gerund follows it): a pronoun opening one of
    /// its first comma segments (`Cependant, il croit que …`) or a segment that is a name alone
    /// (`Jean Dupont, un porte-parole, a donné son avis`).
    fn clause_subject(
        &self,
        text: &str,
        toks: &[Tok],
        is_stop: &dyn Fn(&str) -> bool,
    ) -> Option<Phrase> {
        let c = toks
            .iter()
            .rposition(|t| t.punct(';') || t.punct(':') || t.punct('.'))
            .map_or(0, |c| c + 1);
        // its first comma segments, up to the one with the clause's verb
        let mut segments = Vec::new();
        let mut a = c;
        while a < toks.len() && segments.len() < 3 {
            let b = (a..toks.len())
                .find(|&k| toks[k].punct(','))
                .unwrap_or(toks.len());
            segments.push((a, b));
            let verb = toks[a..b].iter().any(|t| {
                t.word && (self.auxiliaries.contains(&t.lower.as_str()) || self.is_verb(t, false))
            });
            if verb {
                break;
            }
            a = b + 1;
        }
        // a pronoun first: "Cependant" alone between commas is no name
        if let Some(&(a, _)) = segments
            .iter()
            .find(|&&(a, b)| b > a && toks[a].word && self.pronoun(&toks[a].lower).is_some())
        {
            return Some(Phrase::Pronoun(toks[a].lower.clone()));
        }
        segments.iter().find_map(|&(a, b)| {
            let n = self.pure_name(toks, a, b, is_stop)?;
            Some(Phrase::Name {
                name: surface(text, &toks[n..b]),
                titles: Vec::new(),
            })
        })
    }

    /// Whether `toks[i..]` opens with "the latter" (`ce dernier`): its length.
    fn latter_at(&self, toks: &[Tok], i: usize) -> Option<usize> {
        self.latter.iter().find_map(|seq| {
            let n = seq.len();
            (i + n <= toks.len() && seq.iter().zip(&toks[i..i + n]).all(|(w, t)| t.is(w)))
                .then_some(n)
        })
    }

    /// `a-t-il`, `dit-elle`, `ajoute-t-il`: the inverted pronoun and the word before it.
    fn inverted<'a>(&self, lower: &'a str) -> Option<(&'a str, &'static str)> {
        self.pronouns.iter().find_map(|(p, _)| {
            let base = lower.strip_suffix(p)?.strip_suffix('-')?;
            let base = base.strip_suffix("-t").unwrap_or(base);
            (!base.is_empty()).then_some((base, *p))
        })
    }

    /// The length of the source words (`selon`, `d'après`) starting at `toks[i]`.
    fn according_at(&self, toks: &[Tok], i: usize) -> Option<usize> {
        self.according.iter().find_map(|seq| {
            let n = seq.len();
            (i + n <= toks.len() && seq.iter().zip(&toks[i..i + n]).all(|(w, t)| t.is(w)))
                .then_some(n)
        })
    }

    /// Whether words open with a title, after a determiner (`la sous-secrétaire d'État`).
    pub(crate) fn opens_with_title(&self, words: &[&str]) -> bool {
        let lower: Vec<String> = words.iter().take(2).map(|w| w.to_lowercase()).collect();
        match lower.as_slice() {
            [d, t, ..] if self.determiners.contains(&d.as_str()) => self.is_title(t),
            [t, ..] => self.is_title(t),
            [] => false,
        }
    }

    /// Whether a token is a name particle (`de` in `de Boer`, `De Boer`, `von`).
    fn particle(&self, t: &Tok) -> bool {
        t.word
            && ["de", "van", "von", "da", "del", "di"].contains(&t.lower.as_str())
            && self.particles.contains(&t.lower.as_str())
    }

    /// Whether a word is a nationality adjective (`britannique`, `Iranien`, `spanische`).
    fn nationality(&self, lower: &str) -> bool {
        lower.chars().count() > 4 && self.nationality_endings.iter().any(|e| lower.ends_with(e))
    }

    /// A word that may be part of a name: capitalised, not a determiner, honorific, title,
    /// pronoun, source word or speech verb, and not a stop word (sentence openers: `Mais`, `Aber`).
    fn name_word(&self, t: &Tok, is_stop: &dyn Fn(&str) -> bool) -> bool {
        let w = t.lower.as_str();
        t.word
            && t.cap
            && !self.determiners.contains(&w)
            && !self.honorifics.contains(&w)
            && !self.is_title(w)
            && !self.bodies.contains(&w)
            && self.pronoun(w).is_none()
            && !self.according.iter().any(|seq| seq[0] == w)
            && !(w.chars().count() > 1 && is_stop(w))
            && !self.verbs.contains(&w)
    }

    /// The name starting at `toks[i]` (capitalised words, with particles between them): its end.
    fn name_from(&self, toks: &[Tok], i: usize, is_stop: &dyn Fn(&str) -> bool) -> Option<usize> {
        // "De Boer": a capitalised particle opening a name
        let i = if toks.get(i).is_some_and(|t| t.cap && self.particle(t))
            && toks.get(i + 1).is_some_and(|t| self.name_word(t, is_stop))
        {
            i + 1
        } else {
            i
        };
        if !toks.get(i).is_some_and(|t| self.name_word(t, is_stop)) {
            return None;
        }
        let mut j = i + 1;
        loop {
            if toks.get(j).is_some_and(|t| self.name_word(t, is_stop)) {
                j += 1;
                continue;
            }
            // particles between capitalised words: "de Villepin", "von der Leyen"
            let mut k = j;
            while toks
                .get(k)
                .is_some_and(|t| t.word && !t.cap && self.particles.contains(&t.lower.as_str()))
                && k - j < 2
            {
                k += 1;
            }
            if k > j && toks.get(k).is_some_and(|t| self.name_word(t, is_stop)) {
                j = k + 1;
                continue;
            }
            return Some(j);
        }
    }

    /// The name in a run of capitalised words `toks[a..b]`: what follows the last nationality
    /// adjective in it (`Britannique Tony Blair` → Tony Blair), when that leaves a name.
    fn name_in_run(&self, toks: &[Tok], a: usize, b: usize) -> usize {
        let caps = toks[a..b].iter().filter(|t| t.cap).count();
        if caps < 3 {
            return a;
        }
        match (a..b - 1).rev().find(|&k| self.nationality(&toks[k].lower)) {
            Some(k) if b - (k + 1) >= 1 => k + 1,
            _ => a,
        }
    }

    /// In a run of capitalised words `toks[a..b]` that follows a complement's preposition: where
    /// a person's name (its last two words) starts after an organisation or a place, when the
    /// run says so — an acronym opens it (`USGS Dale Grant`) or it has four words or more
    /// (`Nations Unies Stephanie Bunker`). `Fonds Monétaire International` is left whole.
    fn name_after_organisation(
        &self,
        text: &str,
        toks: &[Tok],
        a: usize,
        b: usize,
    ) -> Option<usize> {
        if b < a + 3 || !toks[b - 2..b].iter().all(|t| t.word && t.cap) {
            return None;
        }
        let first = &text[toks[a].range.clone()];
        let acronym = first.chars().count() >= 2 && first.chars().all(char::is_uppercase);
        (acronym || b >= a + 4).then_some(b - 2)
    }

    /// The speaker phrase starting at `toks[i]` (after a verb or a source word): `M. Dupont`,
    /// `le premier ministre Jean Dupont`, `le porte-parole du ministère`, `der Sprecher`, `el
    /// ministro de Economía, Pedro Ruiz`.
    fn phrase_after(
        &self,
        text: &str,
        toks: &[Tok],
        i: usize,
        is_stop: &dyn Fn(&str) -> bool,
    ) -> Option<Phrase> {
        let mut j = i;
        let t = toks.get(j)?;
        if !t.word {
            return None;
        }
        if self.pronoun(&t.lower).is_some() {
            return Some(Phrase::Pronoun(t.lower.clone()));
        }
        // "a ajouté ce dernier"
        if self.latter_at(toks, j).is_some() {
            return Some(Phrase::Pronoun(LATTER.into()));
        }
        // "a dit de Boer": a name opening with its particle right after the verb
        if self.particle(t) {
            if let Some(end) = self.name_from(toks, j + 1, is_stop) {
                return Some(Phrase::Name {
                    name: surface(text, &toks[j..end]),
                    titles: Vec::new(),
                });
            }
        }
        let desc_start = j;
        let mut titles = Vec::new();
        let mut determined = false;
        while let Some(t) = toks.get(j) {
            let w = t.lower.as_str();
            if t.word && self.determiners.contains(&w) && titles.is_empty() && !determined {
                determined = true;
            } else if t.word && self.honorifics.contains(&w) || t.punct('.') && j > i {
                // an honorific before a name, and its period ("Sra.")
            } else if t.word && (self.is_title(w) || !titles.is_empty() && self.nationality(w)) {
                titles.push(w.to_string());
            } else {
                break;
            }
            j += 1;
        }
        if let Some(end) = self.name_from(toks, j, is_stop) {
            let from = self.name_in_run(toks, j, end);
            let name = surface(text, &toks[from..end]);
            return Some(Phrase::Name { name, titles });
        }
        if !determined && titles.is_empty() {
            return None;
        }
        // a description: up to a comma, the end of the clause, a relative pronoun, a source
        // word or the verb's object ("a dit le porte-parole à la presse")
        let mut end = j;
        while toks
            .get(end)
            .is_some_and(|t| t.word && !self.clause_breaks.contains(&t.lower.as_str()))
            && self.according_at(toks, end).is_none()
            && end - desc_start < 12
        {
            end += 1;
        }
        if end == j && titles.is_empty() {
            return None;
        }
        // "le secrétaire du conseil national iranien Ali Dupont": a name in the phrase, unless
        // its titles follow a preposition ("le porte-parole du Premier ministre Jean Dupont" is
        // not Jean Dupont)
        if !titles.is_empty() {
            let mut r = j;
            while r < end {
                if !self.name_word(&toks[r], is_stop) {
                    r += 1;
                    continue;
                }
                let e = self.name_from(toks, r, is_stop).unwrap_or(r + 1).min(end);
                let from = self.name_in_run(toks, r, e);
                let mut b = from;
                while b > j
                    && toks[b - 1].word
                    && (self.is_title(&toks[b - 1].lower) || self.nationality(&toks[b - 1].lower))
                {
                    b -= 1;
                }
                let complement = b > j
                    && (self.prepositions.contains(&toks[b - 1].lower.as_str())
                        || self.determiners.contains(&toks[b - 1].lower.as_str()));
                if e - from >= 2 && !complement {
                    let name = surface(text, &toks[from..e]);
                    return Some(Phrase::Name { name, titles });
                }
                // "l'analyste de l'USGS Dale Grant", "la porte-parole des Nations Unies Stephanie
                // Bunker": an organisation, then the name of the titled person
                if complement && b == from {
                    if let Some(n) = self.name_after_organisation(text, toks, from, e) {
                        let name = surface(text, &toks[n..e]);
                        return Some(Phrase::Name { name, titles });
                    }
                }
                r = e;
            }
        }
        // the name in apposition: "le ministre de l'Intérieur, Jean Dupont"
        if toks.get(end).is_some_and(|t| t.punct(',')) && !titles.is_empty() {
            if let Some(ne) = self.name_from(toks, end + 1, is_stop) {
                if toks.get(ne).is_none_or(|t| !t.word && !t.punct('(')) {
                    let name = surface(text, &toks[end + 1..ne]);
                    return Some(Phrase::Name { name, titles });
                }
            }
        }
        let head_ok = toks[desc_start..end]
            .iter()
            .any(|t| self.is_title(&t.lower) || self.bodies.contains(&t.lower.as_str()));
        head_ok.then(|| self.organisation(text, &toks[desc_start..end]))
    }

    /// Whether `toks[a..b]` is a name alone, maybe with determiners, honorifics and titles
    /// before it (`Jean Dupont`, `le général Jean Dupont`): where its name starts.
    fn pure_name(
        &self,
        toks: &[Tok],
        a: usize,
        b: usize,
        is_stop: &dyn Fn(&str) -> bool,
    ) -> Option<usize> {
        let mut k = a;
        while k < b
            && toks[k].word
            && (self.determiners.contains(&toks[k].lower.as_str())
                || self.honorifics.contains(&toks[k].lower.as_str())
                || self.is_title(&toks[k].lower)
                || k > a && self.nationality(&toks[k].lower) && !toks[k].cap)
        {
            k += 1;
        }
        // "le premier ministre Britannique": a capitalised nationality after a title is no name
        if k > a && b == k + 1 && self.nationality(&toks[k].lower) {
            return None;
        }
        (k < b && self.name_from(toks, k, is_stop) == Some(b)).then(|| self.name_in_run(toks, k, b))
    }

    /// The subject ending right before `toks[v]` (a verb, its auxiliary skipped by the caller):
    /// a pronoun, a name (an honorific or title words before it split off), a name in a segment
    /// between commas (`Dupont, un ancien ministre, a déclaré`; `sa mère, Marie Dupont, a dit`)
    /// or a description with a title or a body at its head (`le porte-parole`, `le gouvernement`).
    fn subject_before(
        &self,
        text: &str,
        toks: &[Tok],
        v: usize,
        is_stop: &dyn Fn(&str) -> bool,
    ) -> Option<Phrase> {
        let mut j = v;
        while j > 0 && toks[j - 1].word && self.fillers.contains(&toks[j - 1].lower.as_str()) {
            j -= 1;
        }
        if j == 0 {
            return None;
        }
        let last = &toks[j - 1];
        if last.punct(',') {
            // segments between commas since the clause began: the last that is a name alone
            let clause = toks[..j - 1]
                .iter()
                .rposition(|t| {
                    t.punct(';') || t.punct(':') || t.punct('.') || t.is("que") || t.is("qu")
                })
                .map_or(0, |c| c + 1);
            let mut ends: Vec<usize> = (clause..j - 1).filter(|&k| toks[k].punct(',')).collect();
            ends.push(j - 1);
            let mut starts = vec![clause];
            starts.extend(ends.iter().take(ends.len() - 1).map(|e| e + 1));
            for (&a, &b) in starts.iter().zip(&ends).rev() {
                if let Some(n) = self.pure_name(toks, a, b, is_stop) {
                    let titles = toks[a..n]
                        .iter()
                        .filter(|t| self.is_title(&t.lower))
                        .map(|t| t.lower.clone())
                        .collect();
                    return Some(Phrase::Name {
                        name: surface(text, &toks[n..b]),
                        titles,
                    });
                }
            }
            // "Un journaliste de la radio, a dit": the description the clause opens with
            let (a, b) = (starts[0], ends[0]);
            if toks
                .get(a)
                .is_some_and(|t| self.determiners.contains(&t.lower.as_str()))
            {
                return self
                    .description_ending(text, toks, b)
                    .filter(|_| b - a <= 9);
            }
            return None;
        }
        if !last.word {
            return None;
        }
        if ["qui", "quien", "quienes"].contains(&last.lower.as_str()) {
            // "…, a dit Jean Dupont, qui a ajouté que": the name before the relative pronoun
            let end = if j >= 2 && toks[j - 2].punct(',') {
                j - 2
            } else {
                j - 1
            };
            return self
                .name_ending(text, toks, end, is_stop)
                .filter(|p| matches!(p, Phrase::Name { .. }));
        }
        // "…, ce dernier déclarant : « … »"
        if (1..=j.min(3)).any(|n| self.latter_at(toks, j - n) == Some(n)) {
            return Some(Phrase::Pronoun(LATTER.into()));
        }
        if self.pronoun(&last.lower).is_some() {
            // "Dupont et elle": only a pronoun that opens its clause
            let opens = j == 1
                || !toks[j - 2].word
                || ["qu", "que", "et", "mais", "und", "aber", "y", "pero"]
                    .contains(&toks[j - 2].lower.as_str());
            return opens.then(|| Phrase::Pronoun(last.lower.clone()));
        }
        // "Jean Dupont, représentant de l'UNICEF a dit": the name the clause opens with, before
        // an apposition whose closing comma is missing
        let open_apposition = || {
            let clause = toks[..j]
                .iter()
                .rposition(|t| t.punct(';') || t.punct(':') || t.punct('.'))
                .map_or(0, |c| c + 1);
            let comma = (clause..j).find(|&k| toks[k].punct(','))?;
            let mut t = comma + 1;
            if toks
                .get(t)
                .is_some_and(|x| self.determiners.contains(&x.lower.as_str()))
            {
                t += 1;
            }
            if !toks
                .get(t)
                .is_some_and(|x| x.word && self.is_title(&x.lower))
                || toks[comma + 1..j].iter().any(|x| !x.word)
            {
                return None;
            }
            let n = self.pure_name(toks, clause, comma, is_stop)?;
            Some(Phrase::Name {
                name: surface(text, &toks[n..comma]),
                titles: Vec::new(),
            })
        };
        // a name right before the verb first ("Jeudi, le ministre Jean Dupont a dit")
        match self.name_ending(text, toks, j, is_stop) {
            Some(named @ Phrase::Name { .. }) => Some(named),
            other => open_apposition().or(other),
        }
    }

    /// The name or description ending right before `toks[end]`.
    fn name_ending(
        &self,
        text: &str,
        toks: &[Tok],
        end: usize,
        is_stop: &dyn Fn(&str) -> bool,
    ) -> Option<Phrase> {
        let mut s = end;
        while s > 0 && self.name_word(&toks[s - 1], is_stop) {
            s -= 1;
            // particles inside: "de Villepin"
            while s > 1
                && toks[s - 1].word
                && !toks[s - 1].cap
                && self.particles.contains(&toks[s - 1].lower.as_str())
                && self.name_word(&toks[s - 2], is_stop)
            {
                s -= 1;
            }
        }
        while s < end && !toks[s].cap {
            s += 1;
        }
        // a name with a capitalised leading particle: "De Boer"
        if s > 0 && s < end && toks[s - 1].cap && self.particle(&toks[s - 1]) {
            s -= 1;
        }
        if s < end {
            let mut from = self.name_in_run(toks, s, end);
            // the preposition (and determiner) of a complement: "de la CCNUCC", "du Royaume-Uni"
            // "des" is a preposition with its determiner ("des États-Unis")
            let p = if s > 1
                && self.determiners.contains(&toks[s - 1].lower.as_str())
                && !self.prepositions.contains(&toks[s - 1].lower.as_str())
            {
                s - 1
            } else {
                s
            };
            let preposition = from == s
                && p > 0
                && toks[p - 1].word
                && !toks[p - 1].cap
                && self.prepositions.contains(&toks[p - 1].lower.as_str());
            if preposition {
                if end - s >= 3 && p == s {
                    // "le Premier ministre du Royaume-Uni Gordon Brown": a place, then the name
                    from = self
                        .name_after_organisation(text, toks, s, end)
                        .unwrap_or(s + 1);
                } else if let Some(named @ Phrase::Name { .. }) =
                    self.name_ending(text, toks, p - 1, is_stop)
                {
                    // "Jean Dupont de la CCNUCC a dit": the name before the complement
                    return Some(named);
                } else if let Some(n) = self.name_after_organisation(text, toks, s, end) {
                    // "l'analyste de l'USGS Dale Grant a dit"
                    from = n;
                } else {
                    // "le ministre de la Santé a dit": a description, not a name
                    return self.description_ending(text, toks, end);
                }
            }
            if end - from == 1 && self.nationality(&toks[from].lower) {
                // "le conseil national Iranien a dit": a description, not a name
                return self.description_ending(text, toks, end);
            }
            let titles = toks[..from]
                .iter()
                .rev()
                .take_while(|t| {
                    t.word
                        && (self.is_title(&t.lower)
                            || self.honorifics.contains(&t.lower.as_str())
                            || self.nationality(&t.lower))
                })
                .map(|t| t.lower.clone())
                .collect::<Vec<_>>();
            let name = surface(text, &toks[from..end]);
            return Some(Phrase::Name { name, titles });
        }
        self.description_ending(text, toks, end)
    }

    /// A description ending right before `toks[end]`: from its determiner, within a few words,
    /// with a title or a body among its words (`le ministre de la défense`, `le gouvernement`).
    fn description_ending(&self, text: &str, toks: &[Tok], end: usize) -> Option<Phrase> {
        let lo = end.saturating_sub(12);
        (lo..end)
            .rev()
            .filter(|&k| toks[k].word && self.determiners.contains(&toks[k].lower.as_str()))
            .take_while(|&d| toks[d..end].iter().all(|t| t.word))
            .find(|&d| {
                toks[d + 1..end]
                    .iter()
                    .any(|t| self.is_title(&t.lower) || self.bodies.contains(&t.lower.as_str()))
            })
            .map(|d| self.organisation(text, &toks[d..end]))
    }

    /// A description, or the name of an organisation when it is one (`la Commission
    /// européenne` → Commission européenne: a capitalised body after the determiner).
    fn organisation(&self, text: &str, desc: &[Tok]) -> Phrase {
        let named = desc.len() >= 2
            && self.determiners.contains(&desc[0].lower.as_str())
            && desc[1].cap
            && self.bodies.contains(&desc[1].lower.as_str());
        if named {
            Phrase::Name {
                name: surface(text, &desc[1..]),
                titles: Vec::new(),
            }
        } else {
            Phrase::Description(surface(text, desc))
        }
    }

    /// The first word of a description that is a title or a body (`ministre` in `le ministre de
    /// la défense`), and its other content words.
    pub(crate) fn description_words(&self, description: &str) -> Vec<String> {
        description
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .filter(|w| {
                !self.determiners.contains(&w.as_str())
                    && !self.prepositions.contains(&w.as_str())
                    && !self.particles.contains(&w.as_str())
            })
            .collect()
    }

    /// A person's name as read from capitalised words by the English mention finder, with what
    /// is no part of a name in this language taken off its start (`Selon Carman`, `Le Capitaine
    /// Jean Dupont`, `Ministre Britannique Tony Blair`).
    pub(crate) fn clean_name(
        &self,
        name: &str,
        words_before: &[&str],
        is_stop: &dyn Fn(&str) -> bool,
    ) -> String {
        let mut words: Vec<&str> = name.split_whitespace().collect();
        // "du Royaume-Uni Gordon Brown", "de la Floride Jean Dupont": after a preposition (and
        // a determiner), a place then the name
        let mut before = words_before.iter().map(|w| w.to_lowercase());
        let mut word_before = before.next().unwrap_or_default();
        if self.determiners.contains(&word_before.as_str())
            && !self.prepositions.contains(&word_before.as_str())
        {
            word_before = before.next().unwrap_or_default();
        }
        if words.len() >= 3 && self.prepositions.contains(&word_before.as_str()) {
            // an acronym or two words or more of an organisation before the name: its last two
            // words ("des Nations Unies Jean Dupont")
            let acronym = words[0].chars().count() >= 2 && words[0].chars().all(char::is_uppercase);
            if acronym || words.len() >= 4 {
                words.drain(..words.len() - 2);
            } else {
                words.remove(0);
            }
        }
        let mut k = 0;
        let mut titled = false;
        while k + 1 < words.len() {
            let w = words[k].trim_end_matches('.').to_lowercase();
            if self.is_title(&w) || self.bodies.contains(&w.as_str()) {
                titled = true;
            } else if !(self.determiners.contains(&w.as_str())
                || self.honorifics.contains(&w.as_str())
                || self.according.iter().any(|seq| seq[0] == w)
                || w.chars().count() > 1 && is_stop(&w)
                || titled && self.nationality(&w))
            {
                break;
            }
            k += 1;
        }
        let words = &words[k..];
        // "Iranien Ali Dupont": the name after a nationality adjective
        if words.len() >= 3 {
            if let Some(n) = (0..words.len() - 1)
                .rev()
                .find(|&n| self.nationality(&words[n].to_lowercase()))
            {
                return words[n + 1..].join(" ");
            }
        }
        words.join(" ")
    }

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
    fn verb_follows(&self, toks: &[Tok], e: usize) -> bool {
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
