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
    /// Up to two content terms before the figure and two after its unit (`leaving two yachts
    /// missing` → `leav`, `miss`): what is said of what it counts. [`NO_TERM`] where there are
    /// fewer.
    pub context: [TermId; 4],
}

/// An empty place in [`Quantity::context`].
pub const NO_TERM: TermId = TermId::MAX;

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

    /// Whether two quantities count the same thing said of the same way: the same measure, and
    /// a content word around them in common (`two yachts missing` and `three yachts remain
    /// missing`; not `435,000 people` in a city and `20 people died`).
    fn same_measure_in_context(&self, other: &Quantity) -> bool {
        self.same_measure(other)
            && self
                .context
                .iter()
                .any(|&t| t != NO_TERM && other.context.contains(&t))
    }

    /// Whether `theirs` gives this quantity another figure. Either this value is nowhere in
    /// `theirs` and something of the same measure is; or a quantity of the same measure, said of
    /// the same way, is there and never with this value: `two yachts missing` against `Two yacht
    /// crew members are dead, three yachts remain missing` (the `two` there counts crew members).
    pub fn conflicts_with<'a>(&self, theirs: impl Iterator<Item = &'a Quantity> + Clone) -> bool {
        let absent = !theirs.clone().any(|o| self.same_value(o));
        if absent && theirs.clone().any(|o| self.same_measure(o)) {
            return true;
        }
        let mut alike = theirs
            .filter(|o| self.same_measure_in_context(o))
            .peekable();
        alike.peek().is_some() && !alike.any(|o| self.same_value(o))
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
    let words = &sentence.word_ranges;
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
                    context: [NO_TERM; 4],
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
        let (value, kind_hint, used) = match number_at(text, words, k) {
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
        // the unit: what is counted. The first plural among the content words that follow
        // (`Two yacht crew members` counts members, `two Israeli soldiers` soldiers), else the next
        // content word within two words, else the content word right before it (`stage 13`,
        // `Flight 103`)
        let content = |i: usize| !vocabulary.is_stop(sentence.terms[i]);
        let unit_at = if aligned {
            (next..(next + UNIT_REACH).min(words.len()))
                .take_while(|&i| content(i))
                .find(|&i| is_plural_shape(&text[words[i].clone()]))
                .or_else(|| (next..(next + 2).min(words.len())).find(|&i| content(i)))
        } else {
            None
        };
        let unit = if aligned {
            unit_at
                .or_else(|| k.checked_sub(1).filter(|&i| content(i)))
                .map(|i| sentence.terms[i])
        } else {
            None
        };
        // what is said of it: two content words before the figure, two after its unit
        let mut context = [NO_TERM; 4];
        if aligned {
            let before = (k.saturating_sub(CONTEXT_REACH)..k)
                .rev()
                .filter(|&i| content(i));
            let from = unit_at.map_or(next, |u| u + 1);
            let after = (from..(from + CONTEXT_REACH).min(words.len())).filter(|&i| content(i));
            for (slot, i) in context.iter_mut().zip(before.take(2).chain(after.take(2))) {
                *slot = sentence.terms[i];
            }
        }
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
            context,
        });
        k = next.max(k + 1);
    }
    facts.names.sort_unstable();
    facts.names.dedup();
    facts
}

/// How many words after a figure may name what it counts (`Two yacht crew members`).
const UNIT_REACH: usize = 3;

/// How many words before a figure, and after its unit, may say what is said of it.
const CONTEXT_REACH: usize = 3;

/// A lower-case word of the shape of a plural noun: `members`, `yachts` (not `class`, `bus`,
/// nor a name).
fn is_plural_shape(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
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
    // a word that does not open with a digit is a number only as a number word (`three`): most
    // words are ruled out by their shape alone, before anything around them is read
    if !w.starts_with(|c: char| c.is_ascii_digit()) && !NUMBER_WORD_SHAPES.may_hold(w) {
        return None;
    }
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

    /// Both sentences analysed in one cluster, so their term ids compare.
    fn facts_of_two(a: &str, b: &str) -> (ClaimFacts, ClaimFacts) {
        let c = crate::text::analysed_texts(&[a, b]);
        (
            claim_facts(&c.sentences[0], &c.vocabulary),
            claim_facts(&c.sentences[1], &c.vocabulary),
        )
    }

    #[test]
    fn a_figure_counts_the_plural_it_qualifies_and_conflicts_with_another_count_of_it() {
        let (ours, theirs) = facts_of_two(
            "Gale-force winds battered yachts in the race Monday, killing at least two crew \
             members and leaving two yachts missing.",
            "Two yacht crew members are dead, three yachts remain missing and rescue resources \
             were stretched to the limit Monday.",
        );
        let two_yachts = ours.quantities[1];
        assert_eq!(two_yachts.value, 2.0);
        // `Two yacht crew members` counts members: its `two` is not the yachts' figure
        assert_eq!(theirs.quantities[0].unit, ours.quantities[0].unit);
        assert_ne!(theirs.quantities[0].unit, two_yachts.unit);
        assert!(two_yachts.conflicts_with(theirs.quantities.iter()));
        assert!(!ours.quantities[0].conflicts_with(theirs.quantities.iter()));
    }

    #[test]
    fn the_same_unit_said_of_something_else_is_no_conflict() {
        // a city of 435,000 people against a fire that killed 20 people, in an outlet that gives
        // the population as 435,000 residents
        let (ours, theirs) = facts_of_two(
            "Goteborg, Sweden's second-largest city with about 435,000 people, is 300 miles \
             southwest of Stockholm.",
            "The hospital is the largest in the city of 435,000 residents about 300 miles west of \
             Stockholm. The worst previous fire was in 1978 in Boraas, when 20 people died in a \
             hotel fire.",
        );
        assert!(ours
            .quantities
            .iter()
            .all(|q| !q.conflicts_with(theirs.quantities.iter())));
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
