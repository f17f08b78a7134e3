//! Speaker phrases in French, German and Spanish: the phrase after a speech verb or a source
//! word (`M. Dupont`, `le premier ministre Jean Dupont`, `der Sprecher`), the subject before one,
//! and names and descriptions cleaned of their titles and honorifics.

use super::{SpeechRules, LATTER};
use crate::compare::speakers::{surface, Phrase, Tok};

impl SpeechRules {
    /// The speaker phrase starting at `toks[i]` (after a verb or a source word): `M. Dupont`,
    /// `le premier ministre Jean Dupont`, `le porte-parole du ministère`, `der Sprecher`, `el
    /// ministro de Economía, Pedro Ruiz`.
    pub(super) fn phrase_after(
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
    pub(super) fn pure_name(
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
    pub(super) fn subject_before(
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
    pub(super) fn name_ending(
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
    pub(super) fn description_ending(
        &self,
        text: &str,
        toks: &[Tok],
        end: usize,
    ) -> Option<Phrase> {
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
    pub(super) fn organisation(&self, text: &str, desc: &[Tok]) -> Phrase {
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
}
