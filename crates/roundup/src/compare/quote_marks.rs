//! Quotation marks paired into quotations, and where a quotation stands in its text.
//!
//! Marks are paired within a paragraph (`"` toggles; `“` opens, `”` closes; `«` opens, `»` closes;
//! `„` opens, `“` or `”` closes; `‚` opens, `‘` closes); an unclosed one runs to the end of its
//! paragraph (newswire convention for a quotation that goes on in the next paragraph).

use super::speakers;
use crate::text::AnalysedSentence;

/// A quotation in an article's text (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The opening mark.
    pub open: usize,
    /// The quoted words: `start..end` (marks excluded).
    pub start: usize,
    pub end: usize,
    /// The closing mark, if the paragraph has one.
    pub close: Option<usize>,
    /// Index of the paragraph (line) it is in.
    pub line: usize,
}

/// Where each paragraph (line) of a text starts. A line ending with a title abbreviation before a
/// capitalised word goes on in the next one: `said the commander, Gen.` / `Huseyin Kivrikoglu,
/// "but …"` is one paragraph cut by a line break.
pub(super) fn paragraph_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1).filter(|&i| {
            !(speakers::ends_with_title_abbreviation(&text[..i - 1])
                && text[i..].chars().next().is_some_and(char::is_uppercase))
        }))
        .collect()
}

/// Every quotation of a text, in order. Quotations without any letter or digit are skipped.
pub fn quote_spans(text: &str) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    let starts = paragraph_starts(text);
    let lines = starts.iter().enumerate().map(|(n, &s)| {
        let e = starts.get(n + 1).map_or(text.len(), |&e| e - 1);
        &text[s..e]
    });
    let mut line_start = 0;
    for (line_no, line) in lines.enumerate() {
        let mut open: Option<usize> = None;
        let push = |out: &mut Vec<QuoteSpan>, o: usize, close: Option<usize>, end: usize| {
            let start = o + text[o..].chars().next().map_or(1, char::len_utf8);
            if start <= end && text[start..end].chars().any(char::is_alphanumeric) {
                out.push(QuoteSpan {
                    open: o,
                    start,
                    end,
                    close,
                    line: line_no,
                });
            }
        };
        // the opening mark decides the closing one: `"` toggles, `“` closes with `”` or `"`
        // (as always), `«` with `»` (French, with the non-breaking spaces inside them), `„` with
        // `“` or `”` and `‚` with `‘` (German); marks of another kind inside are nested quotes
        let mut open_mark = '"';
        for (i, ch) in line.char_indices() {
            let at = line_start + i;
            match open {
                None => {
                    // a straight mark shaped as a closing one (`crucifixion." Police`) closes
                    // a quotation begun in an earlier paragraph and left open there (it went on
                    // past the break): it opens none
                    if ch == '"' && closes_by_shape(line, i) {
                        if let Some(last) = out
                            .last_mut()
                            .filter(|q| q.close.is_none() && line_no - q.line <= CARRIED_PARAGRAPHS)
                        {
                            last.end = at;
                            last.close = Some(at);
                        }
                        continue;
                    }
                    if ['"', '\u{201c}', '\u{ab}', '\u{201e}', '\u{201a}'].contains(&ch) {
                        open = Some(at);
                        open_mark = ch;
                    }
                }
                Some(o) => {
                    let closes = match open_mark {
                        '\u{ab}' => ch == '\u{bb}',
                        '\u{201e}' => ch == '\u{201c}' || ch == '\u{201d}',
                        '\u{201a}' => ch == '\u{2018}',
                        _ => ch == '"' || ch == '\u{201d}',
                    };
                    if closes {
                        push(&mut out, o, Some(at), at);
                        open = None;
                    }
                }
            }
        }
        if let Some(o) = open {
            push(&mut out, o, None, line_start + line.len());
        }
        line_start += line.len() + 1;
    }
    out
}

/// The most paragraphs a quotation left open may run on before a closing mark ends it.
const CARRIED_PARAGRAPHS: usize = 3;

/// Whether the straight mark at byte `i` of `line` is shaped as a closing one: right after a
/// word or its punctuation, and followed by a space, punctuation or the end of the line.
fn closes_by_shape(line: &str, i: usize) -> bool {
    let before = line[..i].chars().next_back();
    let after = line[i + 1..].chars().next();
    before.is_some_and(|c| !c.is_whitespace() && !"([{-\u{2014}\u{2013}".contains(c))
        && after.is_none_or(|c| c.is_whitespace() || ",.;:!?)]".contains(c))
}

/// The byte after the quotation mark at `at` (`»` and `”` are more than one byte).
pub(super) fn after_mark(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

/// The sentence (index into `sentences`) containing byte `at`, or the next one.
pub(super) fn sentence_at(sentences: &[AnalysedSentence], at: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.span.end <= at);
    (i < sentences.len()).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_pair_within_a_paragraph_and_an_open_one_runs_to_its_end() {
        let text = "He said \"yes, we will\" and \"no.\"\n\"First part of a long quote.\n\"And its end,\" he said.";
        let spans = quote_spans(text);
        let words: Vec<&str> = spans.iter().map(|q| &text[q.start..q.end]).collect();
        assert_eq!(
            words,
            [
                "yes, we will",
                "no.",
                "First part of a long quote.",
                "And its end,"
            ]
        );
        assert_eq!(spans[2].close, None);
        assert_eq!(spans[3].line, 2);
        let curly = "\u{201c}Legitimate\u{201d} and \u{201c}\u{201d}";
        assert_eq!(quote_spans(curly).len(), 1);
    }

    #[test]
    fn a_closing_mark_in_the_next_paragraph_closes_the_quotation_left_open() {
        // the quotation went on past a paragraph break; its closing mark ends it, opens none
        let text = "\"People have likened it to a scarecrow.\nBut it was worse.\" Police said \
                    the motive was robbery. Later the governor said \"we are all hurt.\"";
        let words: Vec<&str> = quote_spans(text)
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect();
        assert_eq!(
            words,
            [
                "People have likened it to a scarecrow.\nBut it was worse.",
                "we are all hurt."
            ]
        );
    }

    #[test]
    fn french_german_and_single_marks_pair_by_their_opening_mark() {
        // French marks with the non-breaking spaces inside them, a straight quote nested in them
        let fr = "Il a dit\u{a0}: \u{ab}\u{a0}un \"mot\" de trop\u{a0}\u{bb} hier.";
        let spans = quote_spans(fr);
        assert_eq!(spans.len(), 1);
        assert_eq!(
            fr[spans[0].start..spans[0].end].trim(),
            "un \"mot\" de trop"
        );
        let de = "Er sagte: \u{201e}Wir kommen\u{201c} und \u{201a}bald\u{2018}.";
        let words: Vec<&str> = quote_spans(de)
            .iter()
            .map(|q| &de[q.start..q.end])
            .collect();
        assert_eq!(words, ["Wir kommen", "bald"]);
        // English curly marks are unchanged: \u{201c} opens, \u{201d} closes
        let en = "\u{201c}Yes,\u{201d} she said, \u{201c}we will.\u{201d}";
        assert_eq!(quote_spans(en).len(), 2);
    }
}
