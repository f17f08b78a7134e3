//! Clause shapes that move a quotation's speaker away from the noun phrase next to its verb.
//!
//! [`super::speakers`] reads the phrase before or after a speech verb; these rules say when that
//! phrase is not who speaks:
//! - a passive verb (`Cardona was charged with actions "…"`): its subject is spoken about, and
//!   its agent (`by …`) speaks;
//! - a verb rejecting someone else's words (`Yilmaz dismissed Syrian contentions that … "…"`);
//! - a speech verb's `-s` form that is a plural noun here (`unconfirmed reports`, `Iran's
//!   pledges`) is no speech.
//!
//! Names set off beside the phrase are read by [`super::appositions`], and documents speaking
//! for their source by [`super::document_sources`]. Each rule reads a bounded number of tokens
//! around the verb.

use std::ops::Range;

use super::speakers::{is_participle, is_speech_verb, Tok};

/// Speech verbs in `-s` that are as often plural nouns ("unconfirmed reports", "media claims").
const NOUN_LIKE: &[&str] = &[
    "reports", "claims", "notes", "states", "calls", "demands", "charges", "answers", "reads",
    "promises", "pledges", "vows", "recalls",
];

/// Words before an `-s` form that make it a noun ("unconfirmed reports", "the claims", "media
/// reports").
const NOUN_MODIFIERS: &[&str] = &[
    "the", "a", "an", "new", "recent", "media", "press", "news", "earlier", "other", "such",
    "these", "those", "some", "many", "local", "official", "initial", "similar", "latest", "his",
    "her", "its", "their", "our", "your", "my", "of", "several", "numerous", "few", "more", "no",
    "both", "all", "any",
];

/// Whether the speech verb `toks[v]` is a plural noun here: an `-s` form after an adjective, a
/// determiner, a count or a possessive ("amid unconfirmed reports of troop deployments", "10
/// reports", "opposition parties' demands", "Iran's pledges").
pub(crate) fn is_plural_noun(toks: &[Tok], v: usize) -> bool {
    let Some(prev) = v.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    // apostrophes are no tokens: `Iran's` is `Iran` `s` with the mark between them, and
    // `parties' demands` has the mark and a space between the two words
    let gap = |a: &Tok, b: &Tok| b.range.start.saturating_sub(a.range.end);
    let possessive = prev.is("s") && v >= 2 && (1..=3).contains(&gap(&toks[v - 2], prev))
        || prev.word && prev.lower.ends_with('s') && (2..=4).contains(&gap(prev, &toks[v]));
    NOUN_LIKE.contains(&toks[v].lower.as_str())
        && (possessive
            // a count: `has received 10 reports of "…"`
            || prev.word
                && (prev.lower.bytes().all(|b| b.is_ascii_digit() || b == b',')
                    || crate::words::is_cardinal_word(&prev.lower))
            || prev.word
                && !prev.cap
                && (NOUN_MODIFIERS.contains(&prev.lower.as_str())
                    || prev.lower.ends_with("ed")
                    || prev.lower.ends_with("ing")))
}

/// What `by` after a speech verb may name that is no agent: the means (`said by telephone`).
const BY_MEANS: &[&str] = &[
    "telephone",
    "phone",
    "email",
    "e-mail",
    "fax",
    "letter",
    "video",
    "videolink",
    "satellite",
    "radio",
    "text",
    "mail",
];

/// Auxiliaries that make a following past participle passive.
const BE: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];

/// Whether the speech verb `toks[v]` is passive (`was charged`, `were accused`, `is called`):
/// its subject is the one spoken to or about; one adverb may stand between (`is widely blamed`,
/// `was never told`).
/// `quoted` (`was quoted as saying`) and participles (`was saying`) are not.
pub(crate) fn is_passive(toks: &[Tok], v: usize) -> bool {
    let t = &toks[v];
    // one adverb may stand between: `is widely blamed on`, `was never told`
    let adverb = v > 1
        && toks[v - 1].word
        && (toks[v - 1].lower.ends_with("ly")
            || [
                "never", "not", "also", "often", "first", "later", "already", "still",
            ]
            .contains(&toks[v - 1].lower.as_str()));
    let be = if adverb { v - 2 } else { v.wrapping_sub(1) };
    // a participle set off by a comma with its agent (`…, described by some lawmakers as`), or
    // right after the noun it describes (`a measure branded by its critics as`; not `the
    // minister said by telephone`, nor a name's or pronoun's verb)
    let by_agent = t.lower.ends_with("ed")
        && toks.get(v + 1).is_some_and(|n| n.is("by"))
        && !toks
            .get(v + 2)
            .is_some_and(|n| BY_MEANS.contains(&n.lower.as_str()));
    let reduced = v > 0
        && by_agent
        && (toks[v - 1].punct(',')
            || toks[v - 1].word
                && !toks[v - 1].cap
                && v >= 2
                && toks[v - 2].word
                && super::english_words::is_determiner(&toks[v - 2].lower));
    reduced
        || v > 0
            && BE.contains(&toks[be].lower.as_str())
            && toks[be].word
            && !is_participle(t)
            && !t.is("quoted")
            && t.lower.ends_with('d')
}

/// The agent of a passive speech verb in `pre` (the words before a quotation), read after the verb
/// or in `post` (the words after it): `were reported as "…" by Hawaii News Now`, `was described by
/// the council as "…"`. The phrase after `by` must start with a capital or "the".
pub(crate) fn passive_agent(
    pre: &[Tok],
    post: &[Tok],
    np_after: impl Fn(&[Tok], usize) -> Option<Range<usize>>,
) -> Option<(bool, Range<usize>)> {
    let v = (0..pre.len())
        .rev()
        .take(12)
        .find(|&i| is_speech_verb(&pre[i]) && is_passive(pre, i))?;
    let agent = |toks: &[Tok], from: usize| -> Option<Range<usize>> {
        let mut words = 0;
        for k in from..toks.len() {
            let t = &toks[k];
            // a number's point or colon ("21.30", "11:30") does not end the clause
            let in_number = k > 0
                && toks[k - 1].range.end == t.range.start
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.range.start == t.range.end)
                && toks[k - 1].lower.chars().all(|c| c.is_ascii_digit());
            let ends = ['.', ';', '!', '?', ':'].iter().any(|&c| t.punct(c));
            if !t.word && ends && !in_number || words > 12 {
                return None;
            }
            if t.is("by") {
                let r = np_after(toks, k).filter(|r| !r.is_empty())?;
                let first = &toks[r.start];
                // (or a share of a group: `by some lawmakers`)
                let share = ["some", "many", "several", "most", "other"]
                    .iter()
                    .any(|w| first.is(w));
                return (first.cap || first.is("the") || share).then_some(r);
            }
            words += usize::from(t.word);
        }
        None
    };
    if let Some(r) = agent(pre, v + 1) {
        return Some((true, r));
    }
    agent(post, 0).map(|r| (false, r))
}

/// Verbs rejecting what someone else said.
const REJECTING: &[&str] = &[
    "dismissed",
    "rejected",
    "denied",
    "disputed",
    "refuted",
    "ridiculed",
    "mocked",
];

/// Nouns of someone else's words.
const CLAIMS: &[&str] = &[
    "contention",
    "contentions",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "assertion",
    "assertions",
    "suggestion",
    "suggestions",
    "report",
    "reports",
    "rumours",
    "rumors",
    "remarks",
    "comments",
];

/// `Yilmaz dismissed Syrian contentions that … "…"`: the verb `toks[v]` rejects another's claim
/// named within the few words after it, whose words the quotation (after `toks`) is; not when the
/// quotation is what the claim is rejected as (`rejected claims of expansion as "bunk"`: the
/// subject's word).
pub(crate) fn rejects_claim(toks: &[Tok], v: usize) -> bool {
    let mut last = toks.iter().rev().filter(|t| t.word);
    let as_object = match (last.next(), last.next()) {
        (Some(a), _) if a.is("as") => true,
        (Some(d), Some(a)) => a.is("as") && ["a", "an", "the"].iter().any(|w| d.is(w)),
        _ => false,
    };
    !as_object
        && REJECTING.contains(&toks[v].lower.as_str())
        && toks[v + 1..]
            .iter()
            .take(4)
            .take_while(|t| t.word)
            .any(|t| CLAIMS.contains(&t.lower.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::compare::speaker_of_quote as speaker;

    #[test]
    fn a_passive_subject_is_spoken_about_and_its_agent_speaks() {
        let text = "Santos Cardona was charged and convicted on two counts: aggravated assault, \
                    for threatening detainees with actions \"likely to produce death or grievous \
                    bodily harm,\" and for dereliction of duty.";
        assert_eq!(speaker(text, "likely to produce"), None);
        let text = "Coastal waters in Hilo, Hawaii were reported as \"visibly receding\" at 11:30 \
                    AM local time (21.30 UTC) by Hawaii News Now.";
        assert_eq!(
            speaker(text, "visibly receding").as_deref(),
            Some("Hawaii News Now")
        );
    }

    #[test]
    fn rejected_claims_and_plural_nouns_are_not_speech() {
        let text = "During a visit to Israel, Prime Minister Mesut Yilmaz dismissed Syrian \
                    contentions that Turkey and Israel have sealed a \"satanic alliance.\"";
        assert_eq!(speaker(text, "satanic alliance"), None);
        let text = "Gen. Huseyin Kivrikoglu has described the tension as \"an undeclared war\" \
                    amid unconfirmed reports of troop deployments along the border.";
        assert_eq!(
            speaker(text, "an undeclared war").as_deref(),
            Some("Huseyin Kivrikoglu")
        );
    }
}
