//! A sentence whose claim is a quotation: `"I will not ask anyone to drive across a bridge our own
//! engineers don't trust," Mayor Dana Whitlock said.` What it reports is that its speaker said
//! those words, and another article reports that when it carries the same words (a run of
//! [`SHARED_RUN`] of them) and names the same speaker, however else its sentence is worded (`said
//! at a news conference Wednesday morning`, `told reporters`). Word overlap alone undervalues such
//! a match: the quotation's words are ordinary words, and the claim model weighs what the
//! sentence says around them.

use std::ops::Range;

/// Words of the quotation another article must carry in a row.
pub const SHARED_RUN: usize = 6;

/// The least share of the sentence's words inside quotation marks for its claim to be the
/// quotation (`The council voted 6-1 to spend $3.8 million, which the engineer said could reopen
/// the bridge "in eight to ten weeks"` claims the vote, not the words).
const QUOTED_SHARE: f32 = 0.5;

/// The quotation a sentence's claim is, and who it names as saying it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotedClaim {
    /// The quoted words, lower-case, in order.
    words: Vec<String>,
    /// The capitalised words outside the quotation marks past the sentence's first word (the
    /// speaker's name among them; weekdays and months aside), as written.
    names: Vec<String>,
}

/// The quotation `text` claims, when most of its words are quoted, at least [`SHARED_RUN`] of
/// them, and a capitalised word outside the marks names a speaker.
pub fn quoted_claim(text: &str) -> Option<QuotedClaim> {
    quoted_claim_at(text, &crate::words::word_ranges(text))
}

/// [`quoted_claim`] of `text` whose words ([`crate::words::word_ranges`]) are at `ranges`.
pub fn quoted_claim_at(text: &str, ranges: &[Range<usize>]) -> Option<QuotedClaim> {
    let spans = crate::words::quoted_ranges(text);
    let inside = |r: &Range<usize>| spans.iter().any(|s| s.start <= r.start && r.end <= s.end);
    let words: Vec<String> = ranges
        .iter()
        .filter(|r| inside(r))
        .map(|r| text[r.clone()].to_lowercase())
        .collect();
    if words.len() < SHARED_RUN || (words.len() as f32) < QUOTED_SHARE * ranges.len() as f32 {
        return None;
    }
    let names: Vec<String> = ranges
        .iter()
        .skip(1)
        .filter(|r| !inside(r))
        .map(|r| &text[r.clone()])
        .filter(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !crate::dates::is_calendar_word(&w.to_lowercase())
        })
        .map(str::to_string)
        .collect();
    if names.is_empty() {
        return None;
    }
    Some(QuotedClaim { words, names })
}

impl QuotedClaim {
    /// Whether `texts` (a window of another article: one sentence or two adjacent ones) carry
    /// [`SHARED_RUN`] of the quotation's words in a row and one of the names outside it.
    pub fn is_carried_by(&self, texts: &[&str]) -> bool {
        let (mut names_speaker, mut shares_run) = (false, false);
        for t in texts {
            let ranges = crate::words::word_ranges(t);
            names_speaker = names_speaker
                || ranges
                    .iter()
                    .any(|r| self.names.iter().any(|n| n == &t[r.clone()]));
            shares_run = shares_run || self.shares_run(t, &ranges);
        }
        names_speaker && shares_run
    }

    /// Whether `text` (its words at `ranges`) has [`SHARED_RUN`] consecutive words that are
    /// consecutive in the quotation.
    fn shares_run(&self, text: &str, ranges: &[Range<usize>]) -> bool {
        if ranges.len() < SHARED_RUN {
            return false;
        }
        let theirs: Vec<String> = ranges
            .iter()
            .map(|r| text[r.clone()].to_lowercase())
            .collect();
        // each run of the quotation's words, as a slice; a linear scan of the other sentence per
        // run start (both are one sentence long)
        self.words.windows(SHARED_RUN).any(|run| {
            theirs
                .windows(SHARED_RUN)
                .any(|w| w.iter().zip(run).all(|(a, b)| a == b))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAYOR: &str = "\"I will not ask anyone to drive across a bridge our own engineers don't trust,\" Mayor Dana Whitlock said at a news conference Wednesday morning.";

    #[test]
    fn the_same_words_of_the_same_speaker_carry_a_quoted_claim() {
        let claim = quoted_claim(MAYOR).expect("mostly quoted, with a speaker");
        assert!(claim.is_carried_by(&[
            "\u{201c}I will not ask anyone to drive across a bridge our own engineers don't trust,\u{201d} Whitlock told reporters."
        ]));
        // the same words from someone else, or other words of the same speaker, do not
        assert!(!claim.is_carried_by(&[
            "\"I will not ask anyone to drive across a bridge,\" said council member Ruth Oyelaran."
        ]));
        assert!(!claim
            .is_carried_by(&["Whitlock said the bridge would stay closed until further notice."]));
    }

    #[test]
    fn a_sentence_that_only_quotes_a_few_words_claims_more_than_the_quotation() {
        assert!(quoted_claim(
            "On Wednesday night the City Council voted 6-1 in an emergency session to spend $3.8 million on temporary steel shoring, which city engineer Raúl Ferreira said could allow the bridge to reopen \"in eight to ten weeks.\""
        )
        .is_none());
        // no speaker named
        assert!(
            quoted_claim("\"We will not reopen it until the girders are replaced,\" he said.")
                .is_none()
        );
    }
}
