//! The words of the text around a quotation as the speaker rules read them: each word with its
//! letter case (hyphen-joined names, `O'Rourke`, initials and title abbreviations kept whole) and
//! the clause punctuation between them; and the runs of capitalised words that names are made of.

use std::ops::Range;

use super::english_words::TITLE_ABBREVIATIONS;

/// A token of the text around a quotation.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tok {
    pub range: Range<usize>,
    /// Lower-cased surface for words; the character for punctuation.
    pub lower: String,
    pub word: bool,
    /// First letter upper case (words only).
    pub cap: bool,
}

impl Tok {
    pub fn is(&self, w: &str) -> bool {
        self.word && self.lower == w
    }
    pub fn punct(&self, c: char) -> bool {
        !self.word && self.lower.starts_with(c)
    }
}

/// Lower-case words that may join the capitalised words of an organisation's name
/// (`Energy Resources of Australia`, `International Council on Monuments and Sites`).
pub(crate) const NAME_CONNECTORS: [&str; 4] = ["of", "and", "for", "on"];

/// Lower-case particles inside a person's name (`Van de Craen`, `da Silva`, `von Braun`).
pub(crate) const NAME_PARTICLES: [&str; 10] = [
    "de", "da", "do", "dos", "van", "von", "der", "den", "del", "di",
];

/// Whether `toks[k]` is a lower-case particle between two capitalised words of a name
/// (`Gilberto Manuel da Silva`).
pub(crate) fn is_name_particle(toks: &[Tok], k: usize) -> bool {
    k > 0
        && toks[k].word
        && !toks[k].cap
        && NAME_PARTICLES.contains(&toks[k].lower.as_str())
        && toks[k - 1].word
        && toks[k - 1].cap
        && toks.get(k + 1).is_some_and(|t| t.word && t.cap)
}

/// The end (exclusive) of the run of capitalised words that starts at `toks[i]`, joined by any
/// of `connectors`; the run ends on a capitalised word, never on a connector.
pub(crate) fn capitalised_run(toks: &[Tok], i: usize, connectors: &[&str]) -> usize {
    let mut j = i;
    while j < toks.len()
        && toks[j].word
        && (toks[j].cap || connectors.contains(&toks[j].lower.as_str()))
    {
        j += 1;
    }
    while j > i && !toks[j - 1].cap {
        j -= 1;
    }
    j
}

/// Words of the text in `range`, with clause punctuation kept as tokens; the period of a title
/// abbreviation or an initial ("Mr.", "Richard A. Gephardt", "U.S.") is not kept.
pub(crate) fn tokens(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let slice = &text[range.clone()];
    let mut start: Option<usize> = None;
    let push_word = |out: &mut Vec<Tok>, s: usize, e: usize| {
        let surface = &text[s..e];
        // datelines and shouted headlines ("ISLAMABAD, Pakistan (AP) _") are not names
        if surface.chars().count() >= 5
            && surface
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic())
        {
            out.push(Tok {
                range: s..e,
                lower: ";".into(),
                word: false,
                cap: false,
            });
            return;
        }
        // hyphen-joined words are one token ("Harakat-ul-Ansar", "Jean-Baptiste", "Iranian-backed");
        // it is capitalised when its first and last parts are
        let hyphen_joined = out.last().is_some_and(|last| {
            last.word && last.range.end + 1 == s && text[last.range.end..s] == *"-"
        });
        if hyphen_joined {
            let korean = korean_given_name(text, out, surface);
            if let Some(last) = out.last_mut() {
                // a name particle before the hyphen ("al-Ghandour", "bin-Laden") keeps it a name
                let particle = ["al", "el", "bin", "ibn", "abu", "ben", "ould", "abd"]
                    .contains(&last.lower.as_str());
                last.range.end = e;
                last.lower = text[last.range.clone()].to_lowercase();
                last.cap = (last.cap || particle)
                    && surface.chars().next().is_some_and(char::is_uppercase)
                    || korean;
                return;
            }
        }
        // an Irish or Italian prefix and its apostrophe are of the name ("O'Rourke",
        // "D'Amato"); a possessive `'s` is not, nor a French article (`L'Iran`)
        if let Some(last) = out.last_mut() {
            let between = &text[last.range.end..s];
            if last.word
                && (last.lower == "o" || last.lower == "d")
                && last.cap
                && (between == "'" || between == "\u{2019}")
                && surface.chars().next().is_some_and(char::is_uppercase)
            {
                last.range.end = e;
                last.lower = text[last.range.clone()].to_lowercase();
                return;
            }
            // an apostrophe inside an Arabic or Hebrew name (`Sha'ath`, `Ma'ariv`, `Ba'ath`), not
            // an English ending (`Clinton's`, `Didn't`, `They'll`, `We're`)
            if last.word
                && last.cap
                && last.lower.chars().count() >= 2
                && (between == "'" || between == "\u{2019}")
                && surface.chars().count() >= 2
                && surface.chars().all(char::is_lowercase)
                && !["ll", "re", "ve", "nt"].contains(&surface)
            {
                last.range.end = e;
                last.lower = text[last.range.clone()].to_lowercase();
                return;
            }
        }
        let lower = surface.to_lowercase();
        // (`diGenova`, `deLeon`: a surname whose particle is joined to it in lower case)
        let cap = surface.chars().next().is_some_and(char::is_uppercase)
            || matches!(surface.as_bytes()[0], b'd' | b'l')
                && ["di", "de", "da", "du", "la", "le"].iter().any(|p| {
                    surface.strip_prefix(p).is_some_and(|rest| {
                        rest.chars().count() >= 3
                            && rest.chars().next().is_some_and(char::is_uppercase)
                            && rest.chars().skip(1).all(char::is_lowercase)
                    })
                });
        out.push(Tok {
            range: s..e,
            lower,
            word: true,
            cap,
        });
    };
    for (i, ch) in slice.char_indices() {
        let at = range.start + i;
        if ch.is_alphanumeric() {
            if start.is_none() {
                start = Some(at);
            }
            continue;
        }
        if let Some(s) = start.take() {
            push_word(&mut out, s, at);
        }
        let p = match ch {
            ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')' => ch,
            '_' | '\u{2014}' | '\u{2013}' => ';',
            '-' if slice[i + 1..].starts_with(' ') && slice[..i].ends_with(' ') => ';',
            _ => continue,
        };
        if p == '.' {
            if let Some(last) = out.last() {
                let initial = last.word && last.cap && last.lower.chars().count() == 1;
                if last.word && (initial || TITLE_ABBREVIATIONS.contains(&last.lower.as_str())) {
                    continue;
                }
            }
        }
        out.push(Tok {
            range: at..at + ch.len_utf8(),
            lower: p.to_string(),
            word: false,
            cap: false,
        });
    }
    if let Some(s) = start {
        push_word(&mut out, s, range.end);
    }
    out
}

/// Whether the hyphen-joined syllable `surface` after the last of `out` ends a Korean given name,
/// whose second syllable is written in lower case (`Ban Ki-moon`, `Kim Jong-un`): a short
/// capitalised syllable after a short capitalised surname, then one to four lower-case letters.
fn korean_given_name(text: &str, out: &[Tok], surface: &str) -> bool {
    let [.., family, first] = out else {
        return false;
    };
    let short = |t: &Tok| t.lower.chars().count() <= 4;
    family.word
        && family.cap
        && short(family)
        && text[family.range.end..first.range.start] == *" "
        && first.word
        && first.cap
        && short(first)
        && (1..=4).contains(&surface.chars().count())
        && surface.chars().all(|c| c.is_lowercase())
}
