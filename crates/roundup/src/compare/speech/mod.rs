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

mod attributions;
mod french;
mod german;
mod phrases;
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
}
