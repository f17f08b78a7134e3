//! What a sentence claims, beyond its words: the quantities it states (with what they count), whether
//! it is negated, and which of its terms are names. The matcher ([`super::Attributor`]) compares
//! these so that shared words alone never make a shared claim.

use crate::text::{AnalysedSentence, TermId, Vocabulary};

/// What a number measures, as far as its surface tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuantityKind {
    /// A four-digit year (1800-2100) not followed by a unit.
    Year,
    /// A month named in words (`in July`): its number, 1-12.
    Month,
    /// An amount of money (`$25 million`, `€3bn`).
    Money,
    /// A share (`56%`, `21 percent`).
    Percent,
    /// Anything else: a count or measure, told apart by its unit word.
    Count,
}

/// One number a sentence states.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// Its value, with `million`/`billion`/`thousand` applied.
    pub value: f64,
    pub kind: QuantityKind,
    /// The content term that follows it (`21 people` → `peopl`), what it counts.
    pub unit: Option<TermId>,
}

impl Quantity {
    /// Whether two quantities measure the same thing (and so must agree).
    pub fn same_measure(&self, other: &Quantity) -> bool {
        match (self.kind, other.kind) {
            (QuantityKind::Count, QuantityKind::Count) => {
                self.unit.is_some() && self.unit == other.unit
            }
            (QuantityKind::Year, QuantityKind::Year)
            | (QuantityKind::Month, QuantityKind::Month) => true,
            (a, b) => a == b && self.unit == other.unit,
        }
    }

    /// Whether two quantities state the same value (to rounding: 33.5 million ~ 33,500,000).
    pub fn same_value(&self, other: &Quantity) -> bool {
        let (a, b) = (self.value, other.value);
        (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
    }
}

/// The facts of one sentence the matcher compares.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClaimFacts {
    pub quantities: Vec<Quantity>,
    /// The sentence says something did not happen (`not`, `n't`, `never`, `no`, `denied`, ...).
    pub negated: bool,
    /// The sentence tells of something planned, expected or possible rather than done (`will`,
    /// `plans to`, `expected`, `could`).
    pub prospective: bool,
    /// Content terms written as names (capitalised where a common word would not be), sorted.
    pub names: Vec<TermId>,
}

const NUMBER_WORDS: [(&str, f64); 19] = [
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("dozen", 12.0),
    ("hundred", 100.0),
];

const MULTIPLIERS: [(&str, f64); 8] = [
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
];

/// Words that negate the clause they are in.
const NEGATIONS: [&str; 11] = [
    "not", "never", "no", "neither", "nor", "none", "nobody", "nothing", "cannot", "denied",
    "denies",
];

/// Words that make a clause about what is planned, expected or possible.
const PROSPECTIVE: [&str; 14] = [
    "will",
    "would",
    "plan",
    "plans",
    "planned",
    "planning",
    "expected",
    "expects",
    "preparing",
    "scheduled",
    "could",
    "may",
    "might",
    "intends",
];

/// The shapes of the [`NEGATIONS`], [`PROSPECTIVE`] and month words.
static CUE_SHAPES: std::sync::LazyLock<crate::words::WordShapes> = std::sync::LazyLock::new(|| {
    crate::words::WordShapes::of(
        NEGATIONS
            .iter()
            .chain(&PROSPECTIVE)
            .chain(crate::dates::MONTHS)
            .copied(),
    )
});

/// The shapes of the [`NUMBER_WORDS`].
static NUMBER_WORD_SHAPES: std::sync::LazyLock<crate::words::WordShapes> =
    std::sync::LazyLock::new(|| crate::words::WordShapes::of(NUMBER_WORDS.iter().map(|(w, _)| *w)));

/// Reads the facts of `sentence` (its text and term ids; `vocabulary` says which are stop words).
pub fn claim_facts(sentence: &AnalysedSentence, vocabulary: &Vocabulary) -> ClaimFacts {
    let text = sentence.text.as_str();
    let words = crate::words::word_ranges(text);
    // the term ids line up with the word ranges; if they ever do not, read no facts rather than wrong ones
    let aligned = words.len() == sentence.terms.len();
    let mut facts = ClaimFacts::default();
    // words are compared in place, case-insensitively: no lower-cased copies
    let one_of = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    let mut k = 0;
    while k < words.len() {
        let r = &words[k];
        let w = &text[r.clone()];
        let cue = CUE_SHAPES.may_hold(w);
        // negation: a negating word, or a contraction's `n't` (`won't` is `won` + `t` in word
        // ranges: only a `t` right after `n'` counts, so the verb `won` never negates)
        if (cue && one_of(w, &NEGATIONS))
            || (w.eq_ignore_ascii_case("t")
                && r.start >= 2
                && text[..r.start].ends_with(['\'', '\u{2019}'])
                && {
                    let before =
                        &text[..r.start - text[..r.start].chars().last().map_or(1, char::len_utf8)];
                    before.ends_with('n') || before.ends_with('N')
                })
        {
            facts.negated = true;
        }
        if cue && one_of(w, &PROSPECTIVE) && w != "May" {
            facts.prospective = true;
        }
        // a month in words, capitalised (`May` the month, not `may` the verb)
        if cue && w.chars().next().is_some_and(char::is_uppercase) {
            if let Some(m) = crate::dates::MONTHS
                .iter()
                .position(|m| w.eq_ignore_ascii_case(m))
            {
                facts.quantities.push(Quantity {
                    value: (m + 1) as f64,
                    kind: QuantityKind::Month,
                    unit: None,
                });
            }
        }
        // names: a capitalised word that is not the sentence's first (or is, followed by another name)
        if aligned && w.chars().next().is_some_and(char::is_uppercase) {
            let t = sentence.terms[k];
            let first = k == 0
                || text[..r.start]
                    .trim_end()
                    .ends_with(['"', '\u{201c}', '(', ':']);
            let next_cap = words.get(k + 1).is_some_and(|n| {
                text[n.clone()]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            });
            if !vocabulary.is_stop(t) && (!first || next_cap) && !is_all_caps_shout(w) {
                facts.names.push(t);
            }
        }
        // numbers
        let (value, kind_hint, used) = match number_at(text, &words, k) {
            Some(n) => n,
            None => {
                k += 1;
                continue;
            }
        };
        let mut value = value;
        let mut next = k + used;
        let mut kind = kind_hint;
        if let Some(m) = words.get(next).and_then(|r| {
            let w = &text[r.clone()];
            MULTIPLIERS
                .iter()
                .find(|(s, _)| w.eq_ignore_ascii_case(s))
                .map(|&(_, m)| m)
        }) {
            value *= m;
            next += 1;
        }
        if let Some(r) = words.get(next) {
            if one_of(&text[r.clone()], &["percent", "pct"]) {
                kind = QuantityKind::Percent;
                next += 1;
            }
        }
        if kind == QuantityKind::Count && text[words[k + used - 1].end..].starts_with('%') {
            kind = QuantityKind::Percent;
        }
        // the unit: the next content word within two words, else the content word right before
        // it (`stage 13`, `Flight 103`)
        let unit = if aligned {
            (next..(next + 2).min(words.len()))
                .map(|i| sentence.terms[i])
                .find(|&t| !vocabulary.is_stop(t))
                .or_else(|| {
                    k.checked_sub(1)
                        .map(|i| sentence.terms[i])
                        .filter(|&t| !vocabulary.is_stop(t))
                })
        } else {
            None
        };
        if kind == QuantityKind::Count
            && used == 1
            && (1800.0..=2100.0).contains(&value)
            && text[words[k].clone()].len() == 4
        {
            kind = QuantityKind::Year;
        }
        facts.quantities.push(Quantity {
            value,
            kind,
            unit: if kind == QuantityKind::Year {
                None
            } else {
                unit
            },
        });
        k = next.max(k + 1);
    }
    facts.names.sort_unstable();
    facts.names.dedup();
    facts
}

/// A word in capitals throughout (a shouted headline word, an acronym of two letters or fewer is
/// still a name): headlines in capitals are not names.
fn is_all_caps_shout(w: &str) -> bool {
    w.len() > 4 && w.chars().all(|c| !c.is_lowercase())
}

/// The number starting at word `k`: its value, its kind from the surface (`$` → money) and how
/// many word ranges it spans (`33.5` and `1,200` are two).
fn number_at(
    text: &str,
    words: &[std::ops::Range<usize>],
    k: usize,
) -> Option<(f64, QuantityKind, usize)> {
    let r = &words[k];
    let w = &text[r.clone()];
    let before = text[..r.start].trim_end_matches(' ');
    let money = before.ends_with(['$', '\u{20ac}', '\u{a3}']);
    let kind = if money {
        QuantityKind::Money
    } else {
        QuantityKind::Count
    };
    if !w.bytes().all(|b| b.is_ascii_digit()) {
        // `3bn`, `25m`: digits with a multiplier glued on (compared in place: no lower-cased copy)
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            let suffix = &w[digits.len()..];
            if let Some(&(_, m)) = MULTIPLIERS
                .iter()
                .find(|(s, _)| s.eq_ignore_ascii_case(suffix))
            {
                return Some((digits.parse::<f64>().ok()? * m, kind, 1));
            }
            return None; // `3rd`, `1990s`, `F16`
        }
        if !NUMBER_WORD_SHAPES.may_hold(w) {
            return None;
        }
        return NUMBER_WORDS
            .iter()
            .find(|(s, _)| s.eq_ignore_ascii_case(w))
            .map(|&(_, v)| (v, kind, 1));
    }
    // digits, possibly grouped (`1,200,000`) or with a decimal part (`33.5`)
    let mut digits = w.to_string();
    let mut used = 1;
    let mut end = r.end;
    while let Some(n) = words.get(k + used) {
        let sep = &text[end..n.start];
        let part = &text[n.clone()];
        if !part.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        if sep == "," && part.len() == 3 {
            digits.push_str(part);
        } else if sep == "." && !digits.contains('.') {
            digits.push('.');
            digits.push_str(part);
        } else {
            break;
        }
        end = n.end;
        used += 1;
    }
    digits.parse::<f64>().ok().map(|v| (v, kind, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(text: &str) -> ClaimFacts {
        let c = crate::text::analysed_texts(&[text]);
        claim_facts(&c.sentences[0], &c.vocabulary)
    }

    #[test]
    fn amounts_are_read_with_their_scale_and_unit() {
        let f = facts("The fund paid $33.5 million to 1,200 families in 1998.");
        let values: Vec<(f64, QuantityKind)> =
            f.quantities.iter().map(|q| (q.value, q.kind)).collect();
        assert_eq!(
            values,
            [
                (33.5e6, QuantityKind::Money),
                (1200.0, QuantityKind::Count),
                (1998.0, QuantityKind::Year)
            ]
        );
        let g = facts("About 56% of voters backed Cardoso, or 56 percent.");
        assert!(g.quantities.iter().all(|q| q.kind == QuantityKind::Percent));
    }

    #[test]
    fn counts_of_the_same_thing_are_one_measure() {
        let a = facts("At least 21 people were injured in the blast.");
        let b = facts("The blast injured 24 people, police said.");
        let (qa, qb) = (a.quantities[0], b.quantities[0]);
        assert!(!qa.same_value(&qb));
        // the two sentences were analysed apart, so compare units through stems instead
        assert_eq!(qa.kind, QuantityKind::Count);
        assert!(qa.unit.is_some() && qb.unit.is_some());
    }

    #[test]
    fn negation_is_a_negating_word_or_nt_and_never_the_verb_won() {
        assert!(facts("Russia never promised a withdrawal.").negated);
        assert!(facts("Officials won't comment on the talks.").negated);
        assert!(facts("The talks did not resume.").negated);
        assert!(!facts("Cardoso won the election with 51% of the vote.").negated);
    }

    #[test]
    fn names_are_capitalised_content_words_not_the_first_word() {
        let c =
            crate::text::analysed_texts(&["Officials said Sergei Lavrov met Tillerson in Moscow."]);
        let f = claim_facts(&c.sentences[0], &c.vocabulary);
        let stems: Vec<&str> = f.names.iter().map(|&t| c.vocabulary.stem(t)).collect();
        for name in ["sergei", "lavrov", "tillerson", "moscow"] {
            assert!(stems.contains(&name), "{name} in {stems:?}");
        }
        assert!(!stems.contains(&"offici"));
    }
}
