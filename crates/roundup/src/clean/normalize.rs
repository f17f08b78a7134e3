//! Text normalisation: one paragraph per line, plain ASCII punctuation, no markup codes.
//!
//! Two passes:
//! 1. a character pass maps typographic punctuation, odd spaces, zero-width characters, SGML/HTML
//!    entities (including DUC/TREC markup codes such as `&QL;`), DUC's ``` `` ```/`''` quote pairs
//!    (and the AP's `’’`) and Multi-News's `NEWLINE_CHAR` to plain text, keeping line structure and
//!    leading indentation;
//! 2. a line pass collapses whitespace and, when the article is hard-wrapped (newswire at ~70 columns),
//!    re-joins wrapped lines into paragraphs. Text that already has one paragraph per line is never
//!    joined.

/// Normalises raw article text. The result has exactly one paragraph per line, no blank lines, no
/// leading/trailing spaces on a line and single spaces between words.
pub fn normalize_text(raw: &str) -> String {
    let mut chars = String::with_capacity(raw.len() + 16);
    normalize_chars(raw, &mut chars);
    // The collapsed non-blank lines, joined by `\n`: already the result unless the text is
    // hard-wrapped.
    let mut text = String::with_capacity(chars.len());
    let lines = scan_lines(&chars, &mut text);
    match hard_wrap_width(&text, &lines) {
        Some(width) => {
            let mut out = String::with_capacity(text.len());
            join_wrapped(&text, &lines, width, &mut out);
            out
        }
        None => text,
    }
}

/// Normalises a single-line field (a title): like [`normalize_text`] with all lines joined by a space.
pub fn normalize_inline(raw: &str) -> String {
    let mut chars = String::with_capacity(raw.len());
    normalize_chars(raw, &mut chars);
    let mut out = String::with_capacity(chars.len());
    for w in chars.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Character pass
// ---------------------------------------------------------------------------------------------

const NEWLINE_MARK: &str = "NEWLINE_CHAR";

/// The character pass: appends the normalised form of `raw` to `out`.
fn normalize_chars(raw: &str, out: &mut String) {
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Copy a run of plain ASCII in one go.
        let run = bytes[i..]
            .iter()
            .position(|&b| !is_plain(b))
            .unwrap_or(bytes.len() - i);
        if run > 0 {
            out.push_str(&raw[i..i + run]);
            i += run;
            continue;
        }
        let b = bytes[i];
        if b < 0x80 {
            match b {
                b'N' if raw[i..].starts_with(NEWLINE_MARK) => {
                    out.push('\n');
                    i += NEWLINE_MARK.len();
                    continue;
                }
                b'&' => {
                    if let Some((decoded, len)) = parse_entity(&raw[i..]) {
                        match decoded {
                            Entity::Char(c) => {
                                let next = raw[i + len..].chars().next();
                                push_mapped(c, out, next);
                            }
                            Entity::Str(s) => out.push_str(s),
                            Entity::Remove => out.push(' '),
                        }
                        i += len;
                        continue;
                    }
                    out.push('&');
                }
                b'`' => {
                    if bytes.get(i + 1) == Some(&b'`') {
                        out.push('"');
                        i += 2;
                        continue;
                    }
                    out.push('\'');
                }
                b'\'' => {
                    if bytes.get(i + 1) == Some(&b'\'') {
                        out.push('"');
                        i += 2;
                        continue;
                    }
                    out.push('\'');
                }
                b'\r' => {
                    if bytes.get(i + 1) != Some(&b'\n') {
                        out.push('\n');
                    }
                }
                b'\n' | b'\t' => out.push(b as char),
                0x0B | 0x0C => out.push('\n'),
                0..=0x1F | 0x7F => out.push(' '),
                _ => out.push(b as char),
            }
            i += 1;
        } else {
            let Some(c) = raw[i..].chars().next() else {
                break;
            };
            let len = c.len_utf8();
            let next = raw[i + len..].chars().next();
            push_mapped(c, out, next);
            i += len;
        }
    }
}

/// An ASCII byte that the character pass copies unchanged.
#[inline]
fn is_plain(b: u8) -> bool {
    PLAIN[usize::from(b)]
}

/// [`is_plain`] of each byte, as a table (a load instead of a chain of compares on every byte).
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = (c >= 0x20 && c < 0x7F && !matches!(c, b'N' | b'&' | b'`' | b'\''))
            || c == b'\n'
            || c == b'\t';
        b += 1;
    }
    t
};

/// Writes the normalised form of one character (`next` is the character after it in the input).
fn push_mapped(c: char, out: &mut String, next: Option<char>) {
    match c {
        // Two single quotation marks in a row are a double one: the AP's closing `’’` (`"It was
        // an attempt,’’ he said`), as DUC's ASCII `''` is.
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\'' if out.ends_with('\'') => {
            out.pop();
            out.push('"')
        }
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => {
            out.push('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => out.push('"'),
        // En dash: a range or compound ("1973–90") keeps a plain hyphen, otherwise a spaced dash.
        '\u{2013}' => {
            let prev_alnum = out.chars().next_back().is_some_and(|p| p.is_alphanumeric());
            let next_alnum = next.is_some_and(|n| n.is_alphanumeric());
            if prev_alnum && next_alnum {
                out.push('-');
            } else {
                out.push_str(" - ");
            }
        }
        '\u{2014}' | '\u{2015}' => out.push_str(" - "),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => {
            out.push('-')
        }
        '\u{2026}' => out.push_str("..."),
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => out.push(' '),
        // Zero-width and directional formatting characters, soft hyphen, BOM.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{FFFD}' => {}
        '\u{2028}' | '\u{2029}' | '\u{0085}' => out.push('\n'),
        '\u{0080}'..='\u{009F}' => {}
        _ => out.push(c),
    }
}

enum Entity {
    Char(char),
    Str(&'static str),
    /// A markup code with no text value (DUC's `&QL;`, `&UR;`, ...).
    Remove,
}

/// Parses an entity at the start of `s` (which starts with `&`): the decoded value and its length.
fn parse_entity(s: &str) -> Option<(Entity, usize)> {
    let bytes = s.as_bytes();
    let end = bytes.iter().take(12).position(|&b| b == b';')?;
    if end < 2 {
        return None;
    }
    let name = &s[1..end];
    let len = end + 1;
    if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        let c = char::from_u32(code)?;
        return Some(if c.is_control() && c != '\n' && c != '\t' {
            (Entity::Remove, len)
        } else {
            (Entity::Char(c), len)
        });
    }
    if !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    let e = match lower.as_str() {
        "amp" => Entity::Char('&'),
        "lt" => Entity::Char('<'),
        "gt" => Entity::Char('>'),
        "quot" => Entity::Char('"'),
        "apos" | "rsquo" | "lsquo" | "sbquo" | "prime" => Entity::Char('\''),
        "ldquo" | "rdquo" | "bdquo" => Entity::Char('"'),
        "nbsp" | "ensp" | "emsp" | "thinsp" => Entity::Char(' '),
        "ndash" => Entity::Char('\u{2013}'),
        "mdash" => Entity::Char('\u{2014}'),
        "hellip" => Entity::Str("..."),
        "shy" | "zwj" | "zwnj" | "lrm" | "rlm" => Entity::Str(""),
        "copy" => Entity::Char('©'),
        "reg" => Entity::Char('®'),
        "trade" => Entity::Char('™'),
        "deg" => Entity::Char('°'),
        "pound" => Entity::Char('£'),
        "euro" => Entity::Char('€'),
        "yen" => Entity::Char('¥'),
        "cent" => Entity::Char('¢'),
        "sect" => Entity::Char('§'),
        "middot" | "bull" => Entity::Char('·'),
        "times" => Entity::Char('×'),
        "frac12" => Entity::Str("1/2"),
        "frac14" => Entity::Str("1/4"),
        "frac34" => Entity::Str("3/4"),
        "laquo" => Entity::Char('«'),
        "raquo" => Entity::Char('»'),
        "eacute" => Entity::Char(if name.starts_with('E') { 'É' } else { 'é' }),
        "egrave" => Entity::Char('è'),
        "aacute" => Entity::Char('á'),
        "iacute" => Entity::Char('í'),
        "oacute" => Entity::Char('ó'),
        "uacute" => Entity::Char('ú'),
        "ntilde" => Entity::Char('ñ'),
        "ccedil" => Entity::Char('ç'),
        "uuml" => Entity::Char('ü'),
        "ouml" => Entity::Char('ö'),
        "auml" => Entity::Char('ä'),
        _ => {
            // DUC/TREC markup codes (`&QL;`, `&UR;`, `&LR;`, `&HT;`, `&QC;`, `&QR;`, ...): short
            // upper-case names with no text value.
            if name.len() <= 4 && name.bytes().all(|b| b.is_ascii_uppercase()) {
                Entity::Remove
            } else {
                return None;
            }
        }
    };
    Some((e, len))
}

// ---------------------------------------------------------------------------------------------
// Line pass
// ---------------------------------------------------------------------------------------------

/// One input line after whitespace collapsing.
struct Line {
    /// Where its collapsed, trimmed text is in the collapsed text (empty for a blank line).
    start: usize,
    end: usize,
    /// Starts with a tab or at least two spaces (a paragraph indent in newswire text).
    indented: bool,
    /// Length in characters.
    chars: usize,
}

impl Line {
    #[inline]
    fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("  "));

/// Splits `s` into lines and appends the non-blank ones, each with its runs of spaces and tabs
/// collapsed to one space and trimmed, to `text`, joined by `\n`.
fn scan_lines(s: &str, text: &mut String) -> Vec<Line> {
    let mut lines = Vec::with_capacity(s.len() / 60 + 1);
    for raw in s.split('\n') {
        let bytes = raw.as_bytes();
        let indented = bytes.first() == Some(&b'\t') || bytes.starts_with(b"  ");
        let is_space = |b: u8| b == b' ' || b == b'\t';
        let lead = bytes.iter().take_while(|&&b| is_space(b)).count();
        let body = &raw[lead..];
        if body.is_empty() {
            lines.push(Line {
                start: text.len(),
                end: text.len(),
                indented,
                chars: 0,
            });
            continue;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        let body = body.trim_end_matches([' ', '\t']);
        let b = body.as_bytes();
        if memchr::memchr(b'\t', b).is_none() && DOUBLE_SPACE.find(b).is_none() {
            // Nothing to collapse: the common case.
            text.push_str(body);
        } else {
            push_collapsed(body, text);
        }
        let end = text.len();
        let chars = text[start..end].chars().count();
        lines.push(Line {
            start,
            end,
            indented,
            chars,
        });
    }
    lines
}

/// Appends the words of `line` (which starts with a word), separated by runs of spaces and tabs,
/// joined by single spaces; runs of words already separated by one space are copied in one go.
fn push_collapsed(line: &str, text: &mut String) {
    let bytes = line.as_bytes();
    let is_space = |b: u8| b == b' ' || b == b'\t';
    let (mut from, mut to) = (0, 0);
    let mut i = 0;
    loop {
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        let word = i;
        while i < bytes.len() && !is_space(bytes[i]) {
            i += 1;
        }
        if word > 0 && !(word == to + 1 && bytes[to] == b' ') {
            text.push_str(&line[from..to]);
            text.push(' ');
            from = word;
        }
        to = i;
    }
    text.push_str(&line[from..to]);
}

/// The sorted lengths of the non-blank lines.
fn sorted_lens(lines: &[Line]) -> Vec<usize> {
    let mut lens: Vec<usize> = Vec::with_capacity(lines.len());
    lens.extend(lines.iter().filter(|l| l.chars > 0).map(|l| l.chars));
    lens.sort_unstable();
    lens
}

/// The wrap width when an article is hard-wrapped (most lines near one width and many ending
/// mid-sentence), else `None`.
fn hard_wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let lens = sorted_lens(lines);
    if lens.len() < 3 {
        return None;
    }
    let width = wrap_width(&lens);
    if !(40..=110).contains(&width) {
        return None;
    }
    let n = lens.len();
    let too_long = lens.iter().filter(|&&l| l > width + 15).count();
    if too_long * 10 > n {
        return None;
    }
    // Lines filled close to the width (the body of each paragraph).
    let is_full = |l: &&Line| l.chars > 0 && l.chars + 25 >= width && l.chars <= width + 15;
    let full = lines.iter().filter(is_full).count();
    if full * 2 < n {
        return None;
    }
    let open = lines
        .iter()
        .filter(is_full)
        .filter(|l| !ends_sentence(l.text(text)))
        .count();
    (open * 10 >= full * 4).then_some(width)
}

/// The wrap width: the 90th percentile of the (sorted) non-blank line lengths.
fn wrap_width(sorted_lens: &[usize]) -> usize {
    let idx = (sorted_lens.len() * 9 / 10).min(sorted_lens.len().saturating_sub(1));
    sorted_lens.get(idx).copied().unwrap_or(0)
}

/// Whether a line ends with terminal punctuation (possibly followed by closing quotes/brackets) or a
/// colon.
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', ')', ']']);
    matches!(t.chars().next_back(), Some('.' | '!' | '?' | ':'))
}

fn first_word_chars(s: &str) -> usize {
    s.split(' ').next().map_or(0, |w| w.chars().count())
}

/// Re-joins hard-wrapped lines into paragraphs, one per output line (`width` from
/// [`hard_wrap_width`]).
fn join_wrapped(text: &str, lines: &[Line], width: usize, out: &mut String) {
    let nonblank = lines.iter().filter(|l| l.chars > 0).count();
    let indented = lines.iter().filter(|l| l.chars > 0 && l.indented).count();
    // An indent marks a paragraph only when not every line is indented.
    let indent_marks = indented > 0 && indented * 10 < nonblank * 6;

    let mut prev: Option<&Line> = None;
    let mut blank_before = false;
    for l in lines {
        if l.chars == 0 {
            blank_before = true;
            continue;
        }
        let l_text = l.text(text);
        // A long line starting in lower case continues a sentence, whatever the layout says
        // (newswire paragraphs start with a capital, a digit or a quote).
        let continues = !blank_before
            && l.chars * 2 >= width
            && l_text.chars().next().is_some_and(char::is_lowercase);
        let new_para = match prev {
            None => true,
            Some(_) if continues => false,
            Some(p) => {
                blank_before
                    || (indent_marks && l.indented)
                    || p.chars * 10 < width * 6
                    || (ends_sentence(p.text(text))
                        && p.chars + 1 + first_word_chars(l_text) + 3 <= width)
            }
        };
        if let Some(p) = prev {
            if new_para {
                out.push('\n');
            } else if joins_hyphenated(p.text(text), l_text) {
                // "senator-for-\nlife" → "senator-for-life"
            } else {
                out.push(' ');
            }
        }
        out.push_str(l_text);
        prev = Some(l);
        blank_before = false;
    }
}

/// A line ending in `word-` continued by a word: the hyphen was part of a compound.
fn joins_hyphenated(prev: &str, next: &str) -> bool {
    let mut rev = prev.chars().rev();
    rev.next() == Some('-')
        && rev.next().is_some_and(|c| c.is_alphanumeric())
        && next.chars().next().is_some_and(|c| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line pass as it was before it collapsed lines into one buffer: the reference the
    /// faster one must equal.
    mod reference {
        use super::super::{
            ends_sentence, first_word_chars, joins_hyphenated, normalize_chars, wrap_width,
        };

        pub fn normalize_text(raw: &str) -> String {
            let mut chars = String::with_capacity(raw.len() + 16);
            normalize_chars(raw, &mut chars);
            let lines = scan_lines(&chars);
            let mut out = String::with_capacity(chars.len());
            if is_hard_wrapped(&lines) {
                join_wrapped(&lines, &mut out);
            } else {
                for l in lines.iter().filter(|l| !l.text.is_empty()) {
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    out.push_str(&l.text);
                }
            }
            out
        }

        /// One input line after whitespace collapsing.
        struct Line {
            /// Collapsed, trimmed text (empty for a blank line).
            text: String,
            /// Starts with a tab or at least two spaces (a paragraph indent in newswire text).
            indented: bool,
            /// Length in characters.
            chars: usize,
        }

        fn scan_lines(s: &str) -> Vec<Line> {
            let mut lines = Vec::with_capacity(s.len() / 60 + 1);
            for raw in s.split('\n') {
                let indented = raw.starts_with('\t') || raw.starts_with("  ");
                let mut text = String::with_capacity(raw.len());
                for w in raw.split([' ', '\t']).filter(|w| !w.is_empty()) {
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(w);
                }
                let chars = text.chars().count();
                lines.push(Line {
                    text,
                    indented,
                    chars,
                });
            }
            lines
        }

        /// Whether an article is hard-wrapped: most lines near one width and many ending mid-sentence.
        fn is_hard_wrapped(lines: &[Line]) -> bool {
            let mut lens: Vec<usize> = lines
                .iter()
                .filter(|l| l.chars > 0)
                .map(|l| l.chars)
                .collect();
            if lens.len() < 3 {
                return false;
            }
            lens.sort_unstable();
            let width = wrap_width(&lens);
            if !(40..=110).contains(&width) {
                return false;
            }
            let n = lens.len();
            let too_long = lens.iter().filter(|&&l| l > width + 15).count();
            if too_long * 10 > n {
                return false;
            }
            // Lines filled close to the width (the body of each paragraph).
            let full: Vec<&Line> = lines
                .iter()
                .filter(|l| l.chars > 0 && l.chars + 25 >= width && l.chars <= width + 15)
                .collect();
            if full.len() * 2 < n {
                return false;
            }
            let open = full.iter().filter(|l| !ends_sentence(&l.text)).count();
            open * 10 >= full.len() * 4
        }

        /// Re-joins hard-wrapped lines into paragraphs, one per output line.
        fn join_wrapped(lines: &[Line], out: &mut String) {
            let mut lens: Vec<usize> = lines
                .iter()
                .filter(|l| l.chars > 0)
                .map(|l| l.chars)
                .collect();
            lens.sort_unstable();
            let width = wrap_width(&lens);
            let nonblank = lens.len();
            let indented = lines.iter().filter(|l| l.chars > 0 && l.indented).count();
            // An indent marks a paragraph only when not every line is indented.
            let indent_marks = indented > 0 && indented * 10 < nonblank * 6;

            let mut prev: Option<&Line> = None;
            let mut blank_before = false;
            for l in lines {
                if l.chars == 0 {
                    blank_before = true;
                    continue;
                }
                // A long line starting in lower case continues a sentence, whatever the layout says
                // (newswire paragraphs start with a capital, a digit or a quote).
                let continues = !blank_before
                    && l.chars * 2 >= width
                    && l.text.chars().next().is_some_and(char::is_lowercase);
                let new_para = match prev {
                    None => true,
                    Some(_) if continues => false,
                    Some(p) => {
                        blank_before
                            || (indent_marks && l.indented)
                            || p.chars * 10 < width * 6
                            || (ends_sentence(&p.text)
                                && p.chars + 1 + first_word_chars(&l.text) + 3 <= width)
                    }
                };
                if prev.is_some() {
                    if new_para {
                        out.push('\n');
                    } else if joins_hyphenated(prev.map_or("", |p| p.text.as_str()), &l.text) {
                        // "senator-for-\nlife" → "senator-for-life"
                    } else {
                        out.push(' ');
                    }
                }
                out.push_str(&l.text);
                prev = Some(l);
                blank_before = false;
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn equals_the_reference_line_pass(s in "([ \t\n]|\t   |  |NEWLINE_CHAR|``|''|&amp;|&QL;|[a-zA-Z.,\"'-]{1,12}|\u{2013}|\u{00A0}|\u{00E9}t\u{00E9}){0,200}") {
            proptest::prop_assert_eq!(normalize_text(&s), reference::normalize_text(&s));
        }
    }

    proptest::proptest! {
        #[test]
        fn wrapped_text_equals_the_reference(
            lines in proptest::collection::vec(
                (
                    "(\t   |  )?",
                    proptest::collection::vec("[A-Za-z\u{00E9}]{1,9}[.,\"')-]?", 6..16),
                    "( |  |\t)",
                    "\n{1,2}",
                ),
                0..14,
            )
        ) {
            let mut raw = String::new();
            for (indent, words, sep, end) in &lines {
                raw.push_str(indent);
                raw.push_str(&words.join(sep));
                raw.push_str(end);
            }
            proptest::prop_assert_eq!(normalize_text(&raw), reference::normalize_text(&raw));
        }
    }

    #[test]
    fn plain_table_is_the_byte_rule() {
        for b in 0..=255u8 {
            let rule = (0x20..0x7F).contains(&b) && !matches!(b, b'N' | b'&' | b'`' | b'\'')
                || b == b'\n'
                || b == b'\t';
            assert_eq!(is_plain(b), rule, "{b:#x}");
        }
    }

    #[test]
    fn wrapped_examples_equal_the_reference() {
        for raw in [
            WRAPPED,
            "a  b\t c \n\n  d \t\n\te f  \n",
            "x \t",
            "\t\t",
            "",
        ] {
            assert_eq!(
                normalize_text(raw),
                reference::normalize_text(raw),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn curly_quotes_dashes_ellipsis_and_spaces() {
        let s = normalize_text(
            "\u{201C}It\u{2019}s legitimate,\u{201D} he said\u{2014}again\u{2026} in 1973\u{2013}90 \u{2013} twice\u{00A0}over",
        );
        assert_eq!(
            s,
            "\"It's legitimate,\" he said - again... in 1973-90 - twice over"
        );
    }

    #[test]
    fn two_closing_single_marks_close_a_quotation() {
        // the AP's wire style, as a web page prints it
        let s = normalize_text(
            "\u{201C}It was an attempt to mislead voters,\u{2019}\u{2019} Will Moy told the BBC. \
             It has no \u{201C}role in regulating content.&rsquo;&rsquo; The players\u{2019} union",
        );
        assert_eq!(
            s,
            "\"It was an attempt to mislead voters,\" Will Moy told the BBC. \
             It has no \"role in regulating content.\" The players' union"
        );
    }

    #[test]
    fn zero_width_and_controls_removed() {
        let s = normalize_text("Syria\u{200B}n\u{FEFF} army\u{00AD}\u{200D} moved\u{7}.");
        assert_eq!(s, "Syrian army moved .");
    }

    #[test]
    fn duc_entities_and_quote_pairs() {
        let raw = "NATIONAL FORECAST &QL;\n\n   AT&AMP;T and Procter &amp; Gamble said\n``we are ready,'' &lt;b&gt; &UR; kl";
        let s = normalize_text(raw);
        assert_eq!(
            s,
            "NATIONAL FORECAST\nAT&T and Procter & Gamble said\n\"we are ready,\" <b> kl"
        );
        // Numeric references and an unknown lower-case "entity" kept verbatim.
        assert_eq!(
            normalize_text("caf&#233; &#x41; &foo; a & b"),
            "caf\u{e9} A &foo; a & b"
        );
    }

    #[test]
    fn newline_char_marks_become_lines() {
        let s = normalize_text("First paragraph here. NEWLINE_CHAR NEWLINE_CHAR Second one.");
        assert_eq!(s, "First paragraph here.\nSecond one.");
    }

    const WRAPPED: &str = "LONDON (AP) _ British police said Saturday they have arrested\n\
former Chilean dictator Gen. Augusto Pinochet on allegations of\n\
murdering Spanish citizens during his years in power.\n\
\t   Pinochet, 82, in London for surgery, was held Friday night after\n\
British authorities received a Spanish extradition warrant, a\n\
Scotland Yard spokeswoman said.\n\
\t   The warrant charges that between Sept. 11 1973, the year he\n\
seized power, and Dec. 31, 1983, Pinochet murdered Spanish citizens\n\
in Chile, the spokeswoman said, speaking anonymously.\n\
\t   (scl)";

    #[test]
    fn hard_wrapped_newswire_is_rejoined_into_paragraphs() {
        let s = normalize_text(WRAPPED);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 4, "{s}");
        assert_eq!(
            lines[0],
            "LONDON (AP) _ British police said Saturday they have arrested former Chilean dictator Gen. Augusto Pinochet on allegations of murdering Spanish citizens during his years in power."
        );
        assert!(lines[1].starts_with("Pinochet, 82,") && lines[1].ends_with("spokeswoman said."));
        assert_eq!(lines[3], "(scl)");
    }

    #[test]
    fn wrapped_with_blank_lines_and_no_indent() {
        let raw = "CAIRO, June 14 (Xinhua) -- Delegates to a U.N. conference on\nMonday urged Israel to halt construction of Jewish settlements in\nPalestinian areas and adhere to the peace agreements signed\nbetween the two sides.\n\nSpeakers at the opening session of the two-day fourth meeting\nof the U.N. Committee criticized Israel's settlement policies.\n\nIsrael, which always has ignored such discussions, did not\nsend a delegate to the meeting.";
        let s = normalize_text(raw);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 3, "{s}");
        assert!(lines[0].contains("conference on Monday urged"));
        assert!(lines[2].ends_with("did not send a delegate to the meeting."));
    }

    #[test]
    fn wrapped_text_without_any_paragraph_marks_breaks_at_short_sentence_ends() {
        let raw = "Prime Minister Mahathir Mohamad said Friday he is not too choosy about \nwho will be his successor. The man need not necessarily be very religious \nand only preoccupied with virtuous deeds, the agency said.\nMahathir told reporters later that Anwar had been working toward toppling \nhim as prime minister and president of the governing coalition's dominant \nparty, the United Malays National Organization.";
        let s = normalize_text(raw);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 2, "{s}");
        assert!(lines[0].contains("about who will be his successor."));
        assert!(lines[1].starts_with("Mahathir told reporters"));
    }

    #[test]
    fn lower_case_continuation_is_joined_despite_indent_or_short_line() {
        let raw = "\t   F.W. de Klerk, the last apartheid-era president, meanwhile,\nplanned to ask\n\t   a court to prevent the Truth Commission report from implicating\nhim in covering up state-sponsored terror.\n\t   ``Please, please, is there a girl with red hair who is hurt?''\nan older, heavyset woman said tearfully, trying to push her way\npast police. A young female soldier patted her arm consolingly.\n\t   nn";
        let s = normalize_text(raw);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 3, "{s}");
        assert!(lines[0].contains("planned to ask a court to prevent"));
        assert!(lines[1].contains("is hurt?\" an older, heavyset woman"));
        assert_eq!(lines[2], "nn");
    }

    #[test]
    fn hyphenated_wrap_joins_without_space() {
        let raw = "Pinochet remained commander-in-chief of the Chilean army until\nMarch, when he was sworn in as a senator-for-life, a post that was\nestablished for him in a constitution drafted by his own anti-\nleftist regime during the long years of military dictatorship.";
        let s = normalize_text(raw);
        assert_eq!(s.lines().count(), 1, "{s}");
        assert!(s.contains("own anti-leftist regime"), "{s}");
    }

    #[test]
    fn unwrapped_scraped_text_is_never_joined() {
        let raw = "Presence of Iranian military advisors in Syria legitimate: Lavrov\n\n\
Russian Foreign Minister Sergey Lavrov has stressed that the presence of Iranian military advisors in Syria is legitimate and no talks about their withdrawal took place.\n\
Breaking news without a period\n\
Another long paragraph that goes on and on about the talks between Moscow and Washington on the future of Syria.";
        let s = normalize_text(raw);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 4, "{s}");
        assert_eq!(
            lines[0],
            "Presence of Iranian military advisors in Syria legitimate: Lavrov"
        );
        assert_eq!(lines[2], "Breaking news without a period");
    }

    #[test]
    fn short_lines_of_similar_length_ending_in_periods_stay_apart() {
        // A list of one-sentence paragraphs is not hard wrapping.
        let raw = "The ministry said forty people were hurt in the blast.\nPolice closed the road to traffic until late evening.\nThe mayor called for calm and asked residents to stay in.\nSchools in the area will remain shut on Monday morning.";
        assert_eq!(normalize_text(raw).lines().count(), 4);
    }

    #[test]
    fn output_has_no_blank_lines_or_edge_spaces() {
        let s = normalize_text("  a  \t b \n\n\n   \n c\r\n\r\nd  ");
        assert_eq!(s, "a b\nc\nd");
        assert_eq!(normalize_text(""), "");
        assert_eq!(normalize_text(" \n\t\n"), "");
    }

    #[test]
    fn inline_title() {
        assert_eq!(
            normalize_inline("  Iran\u{2019}s  role\n in Syria &amp; beyond "),
            "Iran's role in Syria & beyond"
        );
    }
}
