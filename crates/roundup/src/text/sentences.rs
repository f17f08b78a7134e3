//! News-grade sentence splitting.
//!
//! Lines are paragraphs (the clean stage guarantees it): a line break always ends a sentence, so
//! headlines without a final period stand alone. Within a line, `sentencex` finds the boundaries.

use std::ops::Range;

/// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace, never empty.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let base = line_start;
        line_start += line.len();
        let mut offset = 0;
        for piece in sentencex::segment("en", line) {
            // sentencex returns consecutive slices of its input
            let start = base + offset;
            offset += piece.len();
            push_trimmed(text, start..start + piece.len(), &mut out);
        }
    }
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}
