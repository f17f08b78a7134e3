//! News-grade sentence splitting.
//!
//! Lines are paragraphs (the clean stage guarantees it): a line break always ends a sentence, so
//! headlines without a final period stand alone. Within a line, `sentencex` proposes the
//! boundaries and a repair pass fixes what it gets wrong on news copy:
//!
//! - **merges**: a piece that starts with a lower-case letter after a period continues the
//!   previous one (`3 pct. in Sept.`); a title never ends a sentence (`Lt.-Gen. Gadi Eisenkot`,
//!   `Sgt. First Class`, `ms. Graswald`) unless a function word follows (`Hun Sen. The king`);
//!   `?"`/`!"` followed by a speech tag is one sentence (`"Is it over?" John asked.`); chained
//!   initials stay together (`D-N. J.`);
//! - **quote splits**: a closing quote after a terminator ends the sentence when a new one follows
//!   (`" we will not accept it. " the senate voted` in tokenised Multi-News text), an opening quote
//!   after a terminator starts one (`random house inc. " we are`), and a quote that `sentencex`
//!   gave to the wrong side of a boundary is moved to the sentence it belongs to. Straight quotes
//!   get their role from what touches them, else from a speech tag, else from parity;
//! - **quotations and brackets**, which `sentencex` never splits, are split at a terminator
//!   followed by a capital (`“Iran knows it. Our friends know it.”`), and after a closing bracket
//!   that ends a sentence (`(It was close.) Nobody objected.`);
//! - **lower-case text**: in a line without any capital letter, a terminator followed by a
//!   lower-case word ends the sentence unless it closes an abbreviation or an initial;
//! - pieces made only of punctuation are glued to a neighbour.
//!
//! The repair is byte-offset arithmetic over one scratch vector of cut positions per call: no
//! per-sentence allocation and no regex of its own. It keeps about 80% of `sentencex`'s speed.

use std::ops::Range;

use sentencex::languages::{English, Language};

/// Byte ranges of the sentences of `text`, in order, non-overlapping, trimmed of surrounding
/// whitespace, never empty, on char boundaries. Every non-whitespace char is in some range.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    let mut cuts = Vec::new();
    let mut extra = Vec::new();
    let mut base = 0;
    for line in text.split('\n') {
        split_line(line, base, (&mut cuts, &mut extra), &mut out);
        base += line.len() + 1;
    }
    out
}

/// Byte ranges of the sentences of `text` written in `language` (the same guarantees as
/// [`split_sentences`]). English is [`split_sentences`] itself. Other languages start from it too
/// (its repairs hold across European scripts: a period before a lower-case word, as in
/// `ze 7. července`, does not end a sentence; quotations and brackets split at a terminator before
/// a capital), then each script's own terminators cut further: a Devanagari danda (`।`, `॥`), the
/// Arabic question mark and full stop (`؟`, `۔`) and the CJK full stop, exclamation and question
/// marks (`。！？`) end a sentence even with no space after them, and in Greek `;` (the question
/// mark) ends one before a capital. On MultiLing 2011 this scored better than `sentencex`'s own
/// language rules in Czech and French and the same elsewhere (BENCHMARKS.md, "Beyond English").
pub fn split_sentences_in(text: &str, language: crate::lang::Language) -> Vec<Range<usize>> {
    let english = split_sentences(text);
    if language == crate::lang::Language::English {
        return english;
    }
    let mut out = Vec::with_capacity(english.len());
    let mut cuts = Vec::new();
    for r in english {
        let piece = &text[r.clone()];
        cuts.clear();
        cuts.push(0);
        add_script_cuts(piece, language, &mut cuts);
        if cuts.len() == 1 {
            out.push(r);
            continue;
        }
        cuts.sort_unstable();
        cuts.dedup();
        emit(piece, r.start, &cuts, &mut out);
    }
    merge_continuations(text, language, &mut out);
    out
}

/// Joins a sentence to the previous one on the same line when the period between them does not
/// end a sentence: the next starts with a lower-case letter (`ze 7. července`), or, in languages
/// that write ordinals with a period (`am 3. Oktober`, `7. července`), the previous ends with a
/// one- or two-digit number and its period.
fn merge_continuations(text: &str, language: crate::lang::Language, out: &mut Vec<Range<usize>>) {
    use crate::lang::Language::*;
    let ordinals = matches!(
        language,
        Czech | German | Danish | Norwegian | Finnish | Polish | Hungarian | Turkish
    );
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out.drain(..) {
        if let Some(last) = merged.last_mut() {
            let between = &text[last.end..r.start];
            let prev = &text[last.clone()];
            let next = text[r.clone()].chars().next();
            let joins = !between.contains('\n')
                && prev.ends_with('.')
                && next.is_some_and(|c| {
                    c.is_lowercase() || (ordinals && c.is_alphabetic() && ends_with_ordinal(prev))
                });
            if joins {
                last.end = r.end;
                continue;
            }
        }
        merged.push(r);
    }
    *out = merged;
}

/// Whether `s` ends with a one- or two-digit number and a period, standing as a word (`am 3.`).
fn ends_with_ordinal(s: &str) -> bool {
    let Some(body) = s.strip_suffix('.') else {
        return false;
    };
    let digits = body.len() - body.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = body[..body.len() - digits].chars().next_back();
    (1..=2).contains(&digits) && before.is_none_or(char::is_whitespace)
}

/// Terminators that end a sentence without a space after them (Devanagari dandas, the Arabic
/// question mark, CJK full-width marks and the ideographic full stop).
fn is_unspaced_terminator(c: char) -> bool {
    matches!(
        c,
        '\u{0964}'
            | '\u{0965}'
            | '\u{061F}'
            | '\u{06D4}'
            | '\u{3002}'
            | '\u{FF01}'
            | '\u{FF1F}'
            | '\u{FF0E}'
    )
}

/// Closing quotes and brackets that stay with the sentence a terminator ends.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '\u{201D}'
            | '\u{2019}'
            | '\u{00BB}'
            | '\u{300D}'
            | '\u{300F}'
            | '\u{FF09}'
            | '\u{201C}'
    )
}

/// Adds the cuts of [`split_sentences_in`]'s script rules to `cuts` (unsorted).
fn add_script_cuts(line: &str, language: crate::lang::Language, cuts: &mut Vec<usize>) {
    let greek = language == crate::lang::Language::Greek;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let greek_question = greek && (c == ';' || c == '\u{037E}');
        if !is_unspaced_terminator(c) && !greek_question {
            continue;
        }
        // the sentence takes its closing quotes and brackets along
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if is_closer(d) || is_unspaced_terminator(d) {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &line[end..];
        let next = rest.trim_start();
        let Some(first) = next.chars().next() else {
            continue;
        };
        if greek_question {
            // a Greek question mark ends the sentence before a capital (or an opening quote)
            if rest.len() == next.len() || !(first.is_uppercase() || "«\"“".contains(first)) {
                continue;
            }
        }
        cuts.push(line.len() - next.len());
    }
}

/// Splits one paragraph. `scratch` holds sentence start offsets within `line`: those from
/// `sentencex` (kept sorted while being repaired) and the added ones.
fn split_line(
    line: &str,
    base: usize,
    scratch: (&mut Vec<usize>, &mut Vec<usize>),
    out: &mut Vec<Range<usize>>,
) {
    if line.trim().is_empty() {
        return;
    }
    let (cuts, extra) = scratch;
    cuts.clear();
    extra.clear();
    cuts.push(0);
    let line_addr = line.as_ptr() as usize;
    let english = English {};
    for piece in english.segment(line) {
        // sentencex returns sub-slices of its input; anything else is ignored
        let off = (piece.as_ptr() as usize).wrapping_sub(line_addr);
        if off > 0 && off < line.len() && line.is_char_boundary(off) {
            cuts.push(off);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();

    let lower_mode = !line.bytes().any(|b| b.is_ascii_uppercase());
    cuts.retain(|&c| c == 0 || !should_merge(line, c, lower_mode));
    add_quote_and_case_cuts(line, lower_mode, cuts, extra);
    cuts.append(extra);
    cuts.sort_unstable();
    cuts.dedup();
    emit(line, base, cuts, out);
}

/// Pushes the trimmed pieces between `cuts`, gluing punctuation-only pieces to a neighbour.
fn emit(line: &str, base: usize, cuts: &[usize], out: &mut Vec<Range<usize>>) {
    let first_of_line = out.len();
    // a punctuation-only piece at the start of the line waits for the next piece
    let mut pending_start: Option<usize> = None;
    for (i, &start) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).copied().unwrap_or(line.len());
        if end <= start {
            continue;
        }
        let Some(r) = trimmed(line, start..end) else {
            continue;
        };
        let has_word = line[r.clone()].chars().any(char::is_alphanumeric);
        if !has_word {
            if out.len() > first_of_line {
                if let Some(last) = out.last_mut() {
                    last.end = base + r.end;
                }
            } else if pending_start.is_none() {
                pending_start = Some(r.start);
            }
            continue;
        }
        let s = pending_start.take().unwrap_or(r.start);
        out.push(base + s..base + r.end);
    }
    if let Some(s) = pending_start {
        // the whole line is punctuation: it is its own sentence
        if let Some(r) = trimmed(line, s..line.len()) {
            out.push(base + r.start..base + r.end);
        }
    }
}

fn trimmed(line: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &line[r.clone()];
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let t = t.trim_end();
    if t.is_empty() {
        None
    } else {
        Some(r.start + lead..r.start + lead + t.len())
    }
}

// ---------------------------------------------------------------------------------------------
// Merges

/// Whether the boundary `sentencex` put at `c` is wrong.
fn should_merge(line: &str, c: usize, lower_mode: bool) -> bool {
    let a = line[..c].trim_end();
    let b = line[c..].trim_start();
    let Some(first) = b.chars().next() else {
        return true;
    };
    if a.is_empty() {
        return false;
    }
    // a sentence does not start with a lower-case word after a period in cased text
    // (`3 pct. | in Sept.`); after `?` and `!` it may (Multi-News capitalises only after `.`)
    if !lower_mode && first.is_ascii_lowercase() && a.ends_with('.') {
        return true;
    }
    if let Some(head) = a.strip_suffix('.') {
        let head = head.trim_end();
        let tail = trailing_letters(head);
        // a title never ends a sentence: `Lt.-Gen. | Gadi`, `Sgt. | First Class`; but a name
        // may look like one: `led by Hun Sen. | The king`
        if !tail.is_empty() && is_title(tail) && !starts_with_function_word(b) {
            return true;
        }
        // chained initials: `Torricelli, D-N. | J., said`
        if tail.len() == 1 && tail.as_bytes()[0].is_ascii_uppercase() && starts_with_initial(b) {
            return true;
        }
    }
    // a clock time goes on with its day or zone: `at 4 p.m. | Tuesday, less than two hours after`
    if ends_with_clock_abbreviation(a) && starts_with_day_or_zone(b) {
        return true;
    }
    // `"Is it over?" | John asked.`
    let unquoted = a.trim_end_matches(['"', '\u{201D}', '\'', '\u{2019}', ' ']);
    if unquoted.len() < a.len() && unquoted.ends_with(['?', '!']) && has_speech_tag(head(b)) {
        return true;
    }
    false
}

/// `a.m.` or `p.m.` (any case) at the end of `s`, after a space or a digit.
fn ends_with_clock_abbreviation(s: &str) -> bool {
    let Some(head) = ["a.m.", "p.m."].iter().find_map(|abbr| {
        let cut = s.len().checked_sub(abbr.len())?;
        // an ASCII match, so `cut` is a char boundary
        s.as_bytes()[cut..]
            .eq_ignore_ascii_case(abbr.as_bytes())
            .then(|| &s[..cut])
    }) else {
        return false;
    };
    head.ends_with(|c: char| c == ' ' || c.is_ascii_digit())
}

/// Words besides the weekdays that continue a clock time (`9 a.m. EDT`, `8 p.m. tonight`).
const DAY_WORDS_AND_ZONES: &[&str] = &[
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "et",
    "est",
    "edt",
    "ct",
    "cst",
    "cdt",
    "mt",
    "mst",
    "mdt",
    "pt",
    "pst",
    "pdt",
    "gmt",
    "utc",
    "bst",
    "local",
];

/// `b` starts with a weekday, a day word or a time zone (a whole word, any case).
fn starts_with_day_or_zone(b: &str) -> bool {
    let word = first_letters(b);
    crate::dates::WEEKDAYS
        .iter()
        .chain(DAY_WORDS_AND_ZONES)
        .any(|d| d.eq_ignore_ascii_case(word))
}

/// The ASCII letters `b` starts with (empty when it starts with anything else).
fn first_letters(b: &str) -> &str {
    b.split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
}

/// The run of ASCII letters at the end of `s` (`Lt.-Gen` → `Gen`, `(Sen` → `Sen`).
fn trailing_letters(s: &str) -> &str {
    let start = s
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    &s[start..]
}

/// `b` starts with a single capital letter and a period, not followed by a letter (`J., said`).
fn starts_with_initial(b: &str) -> bool {
    let bytes = b.as_bytes();
    bytes.len() >= 2
        && bytes[0].is_ascii_uppercase()
        && bytes[1] == b'.'
        && bytes.get(2).is_none_or(|c| !c.is_ascii_alphabetic())
}

/// Abbreviations that precede a name or a number and so never end a sentence.
const TITLES: &[&str] = &[
    "adm", "amb", "atty", "brig", "capt", "cdr", "cmdr", "col", "comdr", "cpl", "det", "dr", "ens",
    "gen", "gens", "gov", "govs", "hon", "insp", "lieut", "lt", "maj", "messrs", "mme", "mmes",
    "mr", "mrs", "ms", "msgr", "mt", "pfc", "pres", "prof", "pvt", "rep", "rev", "sen", "sens",
    "sgt", "spc", "supt", "vs",
];

fn is_title(word: &str) -> bool {
    word.len() <= 6 && TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Words that start sentences but not names: after them a title-like word ended a sentence.
const FUNCTION_WORDS: &[&str] = &[
    "after",
    "and",
    "as",
    "at",
    "but",
    "for",
    "he",
    "her",
    "his",
    "however",
    "if",
    "in",
    "it",
    "its",
    "meanwhile",
    "on",
    "she",
    "so",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "we",
    "when",
    "while",
    "yet",
];

fn starts_with_function_word(b: &str) -> bool {
    let word = first_letters(b);
    FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// Abbreviations that commonly end a sentence too, so an opening quote after them starts one.
const OFTEN_FINAL: &[&str] = &[
    "bros", "co", "corp", "etc", "inc", "jr", "llc", "ltd", "plc", "sr",
];

const SPEECH_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "agreed",
    "announced",
    "argued",
    "asked",
    "asks",
    "conceded",
    "concluded",
    "continued",
    "countered",
    "declared",
    "demanded",
    "explained",
    "exclaimed",
    "inquired",
    "insisted",
    "joked",
    "mused",
    "muttered",
    "noted",
    "pleaded",
    "questioned",
    "quipped",
    "recalled",
    "replied",
    "responded",
    "said",
    "says",
    "screamed",
    "shouted",
    "snapped",
    "tells",
    "told",
    "tweeted",
    "urged",
    "warned",
    "whispered",
    "wondered",
    "wrote",
    "yelled",
];

/// `b` opens with a speech tag: a speech verb within its first five words, before any word
/// that ends a sentence (`John asked.`, `asked the minister`, `a police spokesman told AP`).
fn has_speech_tag(b: &str) -> bool {
    has_speech_tag_within(b, 5)
}

fn has_speech_tag_within(b: &str, words: usize) -> bool {
    // quoted speech, not a tag: `" i cried for an hour`, `" we said no`
    let first = b.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if ["i", "we", "you"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(first))
    {
        return false;
    }
    for w in b.split_whitespace().take(words) {
        if is_speech_verb(w.trim_matches(|c: char| !c.is_alphanumeric())) {
            return true;
        }
        if w.ends_with(['?', '!'])
            || (w.ends_with('.') && !is_title(trailing_letters(&w[..w.len() - 1])))
        {
            return false;
        }
    }
    false
}

/// Words that continue a sentence after a quoted title or exclamation (`"help! " by the beatles`).
const CONTINUATIONS: &[&str] = &[
    "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "than", "that",
    "to", "with",
];

fn starts_with_continuation(b: &str) -> bool {
    let word = b.split_whitespace().next().unwrap_or("");
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    CONTINUATIONS.contains(&word)
}

fn is_speech_verb(word: &str) -> bool {
    word.len() >= 4 && word.len() <= 12 && SPEECH_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word))
}

// ---------------------------------------------------------------------------------------------
// Splits

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

const LEFT_DQ: &str = "\u{201C}";
const RIGHT_DQ: &str = "\u{201D}";

/// Adds (and moves) cuts around double quotes that follow a terminator, between the sentences of
/// a quotation or a bracketed passage, and, in lower-case lines, after terminators followed by a lower-case word.
/// `cuts` (sorted) are moved in place and stay sorted; new cuts go to `extra`, in increasing order.
fn add_quote_and_case_cuts(
    line: &str,
    lower_mode: bool,
    cuts: &mut [usize],
    extra: &mut Vec<usize>,
) {
    let bytes = line.as_bytes();
    let mut open = false;
    // bracket nesting: sentencex does not split inside brackets either
    let mut depth = 0u32;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !MAY_CUT[b as usize] {
            i += 1;
            continue;
        }
        let (quote_len, fixed_role) = match b {
            b'"' => (1, None),
            0xE2 if line[i..].starts_with(LEFT_DQ) => (3, Some(Role::Open)),
            0xE2 if line[i..].starts_with(RIGHT_DQ) => (3, Some(Role::Close)),
            b'(' | b'[' => {
                depth = depth.saturating_add(1);
                i += 1;
                continue;
            }
            b')' | b']' => {
                depth = depth.saturating_sub(1);
                extra.extend(bracket_break(line, i));
                i += 1;
                continue;
            }
            b'.' | b'?' | b'!' if lower_mode || open || depth > 0 => {
                let cut = if lower_mode {
                    lower_case_break(line, i)
                } else {
                    quoted_break(line, i)
                };
                extra.extend(cut);
                i += 1;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let after = i + quote_len;
        let prev_adjacent = i > 0 && !bytes[i - 1].is_ascii_whitespace();
        let next_adjacent = after < bytes.len() && !bytes[after].is_ascii_whitespace();
        let role = fixed_role.unwrap_or(match (prev_adjacent, next_adjacent) {
            (false, true) => Role::Open,
            (true, false) => Role::Close,
            _ => ambiguous_quote_role(line, i, after, open),
        });
        open = role == Role::Open;
        i = after;

        // the terminator before the quote, if any
        let before = line[..after - quote_len].trim_end();
        let Some(term) = before
            .chars()
            .next_back()
            .filter(|c| matches!(c, '.' | '?' | '!'))
        else {
            continue;
        };
        let term_at = before.len() - 1;
        let rest = &line[after..];
        let next_at = after + (rest.len() - rest.trim_start().len());
        let Some(next) = line[next_at..].chars().next() else {
            continue;
        };
        let quote_at = after - quote_len;
        match role {
            Role::Close => {
                let follow = head(&line[next_at..]);
                let boundary = if next.is_ascii_lowercase() && term_at + 1 == quote_at {
                    // cased text: `"Why wasn't I there?" sobbed a young woman`
                    false
                } else if term == '.' {
                    // tokenised text: `it. " he said he would` is a new sentence, `u.s. " and`
                    // is not
                    !next.is_ascii_lowercase() || !ends_with_abbreviation(&before[..term_at])
                } else {
                    // `"Is it over?" John asked`, `"did he have a debt? " clinton asked`,
                    // `"help! " by the beatles`
                    !has_speech_tag(follow) && !starts_with_continuation(follow)
                };
                // the closer belongs to the sentence it closes: move a cut placed around it
                // to after it, or drop it (make it a duplicate of the cut before)
                let lo = cuts.partition_point(|&c| c <= term_at);
                let hi = cuts.partition_point(|&c| c < next_at);
                let had_cut = lo < hi;
                if had_cut {
                    let to = if boundary { next_at } else { cuts[lo - 1] };
                    cuts[lo..hi].fill(to);
                }
                if extra.last().is_some_and(|&c| c > term_at && c < next_at) {
                    extra.pop();
                    if boundary {
                        extra.push(next_at);
                    }
                } else if !had_cut && boundary && next.is_ascii_lowercase() {
                    extra.push(next_at);
                }
            }
            Role::Open => {
                // the opener belongs to the sentence it starts
                let lo = cuts.partition_point(|&c| c <= term_at);
                let hi = cuts.partition_point(|&c| c <= next_at);
                let mut had_cut = lo < hi;
                cuts[lo..hi].fill(quote_at);
                if let Some(c) = extra.last_mut().filter(|c| **c > term_at && **c <= next_at) {
                    *c = quote_at;
                    had_cut = true;
                }
                if had_cut {
                    continue;
                }
                if term == '.' {
                    let word = last_word(&before[..term_at]);
                    let tail = trailing_letters(word);
                    if is_title(tail) || is_initial(word) {
                        continue;
                    }
                    let often_final =
                        OFTEN_FINAL.iter().any(|f| f.eq_ignore_ascii_case(tail)) && tail == word;
                    if !often_final && is_abbreviation(word) {
                        continue;
                    }
                }
                extra.push(quote_at);
            }
        }
    }
}

/// The bytes [`add_quote_and_case_cuts`] looks at: quotes (and the lead byte of curly ones),
/// brackets and terminators. Every other byte is stepped over.
static MAY_CUT: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"\"()[].?!\xE2";
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// The first hundred bytes or so of `s`: enough for the few words the heuristics look at, and
/// keeps them linear on lines without spaces.
fn head(s: &str) -> &str {
    let mut end = s.len().min(96);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The role of a straight quote with space (or text) on both sides, as in tokenised text
/// (`, " he said. " we`): a speech tag after it or a colon before it settles the role and so
/// resynchronises the parity count, which otherwise decides.
fn ambiguous_quote_role(line: &str, quote_at: usize, after: usize, open: bool) -> Role {
    let before = line[..quote_at].trim_end();
    let Some(prev) = before.chars().next_back() else {
        return Role::Open;
    };
    let follow = head(line[after..].trim_start());
    if follow.is_empty() {
        return Role::Close;
    }
    if matches!(prev, ',' | '.' | '?' | '!') && has_speech_tag_within(follow, 3) {
        return Role::Close;
    }
    if prev == ':' {
        return Role::Open;
    }
    if prev == ',' {
        let word = last_word(before[..before.len() - 1].trim_end());
        if is_speech_verb(word) {
            return Role::Open;
        }
    }
    if open {
        Role::Close
    } else {
        Role::Open
    }
}

/// Inside a quotation or brackets, which `sentencex` never splits: the start of the next sentence when the
/// terminator at `i` is followed by a capitalised word and ends neither an abbreviation, an
/// initial nor an ellipsis (`“If we talk about it, some may be tempted. Should it surrender?`).
fn quoted_break(line: &str, i: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    if bytes.get(i + 1) != Some(&b' ') {
        return None;
    }
    let before = line[..i].trim_end();
    if before.is_empty() || before.ends_with(['.', '?', '!', '\u{2026}']) {
        return None;
    }
    let rest = &line[i + 1..];
    let next_at = i + 1 + (rest.len() - rest.trim_start().len());
    if !bytes.get(next_at)?.is_ascii_uppercase() {
        return None;
    }
    if bytes[i] == b'.' {
        let word = last_word(before);
        if word.is_empty() || is_abbreviation(word) || is_initial(word) {
            return None;
        }
    } else if has_speech_tag(head(&line[next_at..])) {
        return None;
    }
    Some(next_at)
}

/// After a closing bracket that ends a sentence (`(It was close.) Nobody objected.`).
fn bracket_break(line: &str, i: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    if i == 0 || !matches!(bytes[i - 1], b'.' | b'?' | b'!') || bytes.get(i + 1) != Some(&b' ') {
        return None;
    }
    let rest = &line[i + 1..];
    let next_at = i + 1 + (rest.len() - rest.trim_start().len());
    if !bytes.get(next_at)?.is_ascii_uppercase() {
        return None;
    }
    let word = last_word(&line[..i - 1]);
    if bytes[i - 1] == b'.' && (is_abbreviation(word) || is_initial(word)) {
        return None;
    }
    Some(next_at)
}

/// In a lower-case line: the start of the next sentence when the terminator at `i` ends one.
fn lower_case_break(line: &str, i: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    // not inside a number, an abbreviation or an ellipsis
    if bytes.get(i + 1) != Some(&b' ') {
        return None;
    }
    let before = line[..i].trim_end();
    if before.is_empty() || before.ends_with(['.', '?', '!']) {
        return None;
    }
    let rest = &line[i + 1..];
    let next_at = i + 1 + (rest.len() - rest.trim_start().len());
    let next = *bytes.get(next_at)?;
    if !next.is_ascii_lowercase() {
        return None;
    }
    if bytes[i] == b'.' {
        let word = last_word(before);
        if is_abbreviation(word) || is_initial(word) {
            return None;
        }
    }
    Some(next_at)
}

/// The last whitespace-separated word of `s`, without leading brackets or quotes.
fn last_word(s: &str) -> &str {
    let w = s.rsplit(char::is_whitespace).next().unwrap_or("");
    w.trim_start_matches(|c: char| !c.is_alphanumeric())
}

fn ends_with_abbreviation(s: &str) -> bool {
    let word = last_word(s.trim_end());
    is_abbreviation(word) || is_initial(word)
}

/// A single letter (`w` of `George W.`).
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// A known abbreviation (sentencex's English list or a title), or dotted letters (`u.n`, `n.s.a`).
fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() || word.len() > 31 || !word.is_ascii() {
        return false;
    }
    if is_title(trailing_letters(word)) {
        return true;
    }
    let dotted = word.len() >= 3
        && word
            .split('.')
            .all(|p| p.len() == 1 && p.as_bytes()[0].is_ascii_alphabetic());
    if dotted {
        return true;
    }
    let mut buf = [0u8; 32];
    for (slot, b) in buf.iter_mut().zip(word.bytes()) {
        *slot = b.to_ascii_lowercase();
    }
    match std::str::from_utf8(&buf[..word.len()]) {
        Ok(lower) => {
            let english = English {};
            english.get_abbreviations().contains(lower)
        }
        Err(_) => false,
    }
}
