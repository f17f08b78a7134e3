//! A general, line-level (paragraph-level) boilerplate classifier.
//!
//! Each line (one paragraph, as produced by [`super::normalize::normalize_text`]) gets a score: junk
//! evidence (site vocabulary, URLs and markup, breadcrumbs, date/time stamps, captions and photo
//! credits, bylines, tiny fragments, odd symbols) minus content evidence (a long line that ends like a
//! sentence, has a verb and ordinary function words, or carries a quotation). [`classify_lines`] adds
//! position: a caption right after a photo credit, and the run of short lines after a strong
//! end-of-article marker ("Check Also", "Leave a Reply", "Share this", "Related articles", ...) once
//! the body has been seen.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;
use rustc_hash::FxHashSet;

use super::boilerplate_words::*;

/// Lines scoring at least this much are boilerplate.
pub const THRESHOLD: f32 = 3.0;

/// Lines longer than this many words are body text whatever they contain (a whole Multi-News
/// article is one line).
const MAX_JUNK_WORDS: usize = 80;

/// Whether one line, taken alone, is boilerplate. See [`classify_lines`] for the positional rules.
pub fn is_boilerplate(line: &str) -> bool {
    boilerplate_score(line) >= THRESHOLD
}

/// The boilerplate score of one line taken alone (≥ [`THRESHOLD`] means boilerplate; body sentences
/// score well below zero).
pub fn boilerplate_score(line: &str) -> f32 {
    LineInfo::new(line).score
}

/// Whether a sentence is page furniture that survives inside a paragraph, which no summary should
/// quote: written to the site's reader ("Breaking News Emails Get breaking news alerts and special
/// reports.", "Please enable JavaScript to watch this video") or describing the page's pictures
/// ("..., in this March 1, 2007 file photo.", "This 2011 photo provided by the campaign shows ...").
pub fn is_page_furniture(sentence: &str) -> bool {
    FURNITURE_MATCHER.is_match(sentence)
        || PICTURE_DATELINE.is_match(sentence)
        || LINK_LABEL.is_match(sentence)
}

/// A link to another story, opened by its label (`Related: …`, `More: …`, `Read also: …`,
/// `Watch: …`): where a page's paragraphs were run together, the linked headline runs into the
/// next sentence (`Related: assault weapons not protected … the original rule was …`).
static LINK_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:more|related(?: stories| articles| coverage| news)?|read more|read also|also read|see also|watch|more from [^:.]{1,40})\s*:",
    )
    .expect("link label")
});

/// A photo caption's closing dateline (AP and Reuters style): a place or weekday, a comma, then
/// month, day and year closing the sentence, a credit after them at most (`A woman reads the new
/// book at a launch in Sydney, September 15, 2009.`, `…, in Beirut, Lebanon, Saturday, Nov. 11,
/// 2017.`). News sentences give a date after `on` (`took effect on Jan. 1, 2010.`). Read on
/// sentences only ([`page_furniture_spans`] keeps to the phrases).
static PICTURE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i),\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*,\s+(?:19|20)\d{2}\s*\.?\s*(?:\([^)]*\)\s*\.?\s*)?$",
    )
    .expect("picture dateline")
});

/// The byte ranges of the sentences of `text` that are page furniture ([`is_page_furniture`]), in
/// order and apart: each from the end of the sentence before a furniture phrase (after `.`, `!` or
/// `?` and a space, or a line break) to the end of the sentence it is in. For readers of raw text
/// that have not split it into sentences (the story grouping); usually empty.
pub fn page_furniture_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for m in FURNITURE_MATCHER.find_iter(text) {
        if spans.last().is_some_and(|last| m.start() < last.end) {
            continue;
        }
        let mut start = m.start();
        while start > 0 {
            let b = bytes[start - 1];
            if b == b'\n'
                || (b.is_ascii_whitespace()
                    && start >= 2
                    && matches!(bytes[start - 2], b'.' | b'!' | b'?'))
            {
                break;
            }
            start -= 1;
        }
        let mut end = m.end();
        while end < bytes.len() {
            let b = bytes[end];
            end += 1;
            if b == b'\n' {
                break;
            }
            if matches!(b, b'.' | b'!' | b'?')
                && bytes.get(end).is_none_or(|c| c.is_ascii_whitespace())
            {
                break;
            }
        }
        match spans.last_mut() {
            Some(last) if start <= last.end => last.end = end,
            _ => spans.push(start..end),
        }
    }
    spans
}

/// Builds the phrase automaton and word sets now (see [`super::prepare`]).
pub(super) fn prepare() {
    LazyLock::force(&FURNITURE_MATCHER);
    LazyLock::force(&PICTURE_DATELINE);
    LazyLock::force(&LINK_LABEL);
    LazyLock::force(&STOP_SET);
    LazyLock::force(&SITE_SET);
    LazyLock::force(&VERB_SET);
}

static FURNITURE_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(READER_PHRASES.iter().chain(PICTURE_PHRASES))
        .expect("furniture phrases")
});

/// Phrases of photo captions written as sentences (AP style), which summaries should not quote.
/// In the DUC/TAC newswire only one caption has one.
const PICTURE_PHRASES: &[&str] = &[
    "file photo",
    "in this photo",
    "in this undated photo",
    "in this handout photo",
    "in this image",
    "photo provided by",
    "image provided by",
    "image released by",
];

/// Classifies the lines of one article: `true` marks a boilerplate line. Uses each line's own score
/// plus its position (captions after a photo credit, the tail after an end-of-article marker).
pub fn classify_lines(lines: &[&str]) -> Vec<bool> {
    let mut out = Vec::with_capacity(lines.len());
    let mut body_seen = false;
    let mut tail = false;
    let mut after_credit = false;
    for line in lines {
        let info = LineInfo::new(line);
        let mut junk = info.score >= THRESHOLD;
        if tail {
            if !junk && info.words >= 20 && info.terminal && !info.ellipsis {
                // A full paragraph: the marker was inside the article after all.
                tail = false;
            } else {
                junk = true;
            }
        }
        if !junk && after_credit && info.words <= 15 && !info.terminal {
            junk = true; // the caption a photo credit belongs to
        }
        if info.end_marker && body_seen {
            tail = true;
            junk = true;
        }
        if !junk && info.words >= 12 && info.terminal {
            body_seen = true;
        }
        after_credit = junk && info.credit;
        out.push(junk);
    }
    out
}

/// The features of one line that the classifier uses.
struct LineInfo {
    score: f32,
    words: usize,
    /// Ends like a sentence: `.`, `!` or `?`, possibly followed by closing quotes or brackets.
    terminal: bool,
    /// Ends with `...` (a teaser or a truncated excerpt).
    ellipsis: bool,
    /// A photo/image credit line.
    credit: bool,
    /// A strong end-of-article marker ("Check Also", "Leave a Reply", "Related articles", ...).
    end_marker: bool,
}

impl LineInfo {
    fn new(line: &str) -> LineInfo {
        let line = line.trim();
        let words = word_count(line);
        if words == 0 {
            return LineInfo {
                score: 10.0,
                words,
                terminal: false,
                ellipsis: false,
                credit: false,
                end_marker: false,
            };
        }
        if words > MAX_JUNK_WORDS {
            return LineInfo {
                score: -10.0,
                words,
                terminal: true,
                ellipsis: false,
                credit: false,
                end_marker: false,
            };
        }
        let lower = line.to_lowercase();
        let ellipsis = line.ends_with("...");
        let terminal = ends_terminal(line) && !ellipsis;
        let toks: Vec<&str> = lower.split_whitespace().collect();
        let cores: Vec<&str> = toks.iter().map(|t| core(t)).collect();
        // A paragraph rather than a short line: captions, credits, datelines and site words inside
        // it are extraction leftovers around real text, so only reader-directed furniture counts.
        let paragraph = words > 25;

        // ---- content evidence ----
        let stop = cores.iter().filter(|c| STOP_SET.contains(*c)).count();
        let stop_ratio = stop as f32 / words as f32;
        let verb = cores
            .iter()
            .enumerate()
            .any(|(i, c)| is_verbish(c) && (i > 0 || !NOT_VERBS.contains(c)));
        let quoted = line.contains('"');
        let you = cores
            .iter()
            .filter(|c| matches!(**c, "you" | "your" | "you'll" | "you're" | "yours"))
            .count();
        let mut content = 0.0f32;
        if terminal && words >= 6 {
            content += 1.5;
        }
        if words >= 15 {
            content += 1.0;
        }
        if words >= 30 {
            content += 1.5;
        }
        if verb && stop_ratio >= 0.2 && words >= 6 {
            content += 1.0;
        }
        if quoted && words >= 5 {
            content += 1.0;
        }
        if paragraph {
            content += words as f32 / 15.0;
        }

        // ---- junk evidence ----
        let mut junk = 0.0f32;
        let pairs = BytePairs::of(&lower);
        let has = |p: &str| pairs.may_contain(p) && lower.contains(p);
        let strong = STRONG_PHRASES
            .iter()
            .chain(READER_PHRASES)
            .filter(|p| has(p))
            .count();
        if has_url_or_email(&lower) {
            junk += 3.0;
        }
        if HTML_MARKUP.iter().any(|p| has(p)) {
            junk += 5.0;
        }
        if paragraph {
            junk += 6.0 * strong as f32 + 1.5 * you.min(4) as f32;
        } else {
            let strong = strong
                + CREDIT_PHRASES.iter().filter(|p| has(p)).count()
                + usize::from(words <= 12 && STRONG_STARTS.iter().any(|p| lower.starts_with(p)));
            junk += 6.0 * strong.min(2) as f32;
            junk +=
                self::short_line_junk(line, &lower, &pairs, &toks, &cores, words, terminal, verb);
            if ellipsis {
                junk += 1.5;
            }
            if !quoted && you > 0 {
                junk += 1.5; // addresses the reader
            }
        }

        let credit = CREDIT_STARTS.iter().any(|p| lower.starts_with(p));
        let end_marker = words <= 10 && is_end_marker(&lower);
        LineInfo {
            score: junk - content,
            words,
            terminal,
            ellipsis,
            credit,
            end_marker,
        }
    }
}

/// Junk evidence that only short lines carry: site words, breadcrumbs, date stamps, tiny fragments,
/// odd symbols, shortcodes, captions and credits, bylines, author boxes, labels.
#[allow(clippy::too_many_arguments)]
fn short_line_junk(
    line: &str,
    lower: &str,
    pairs: &BytePairs,
    toks: &[&str],
    cores: &[&str],
    words: usize,
    terminal: bool,
    verb: bool,
) -> f32 {
    let mut junk = 0.0f32;
    let sentence_like = terminal && line.chars().any(|c| c.is_lowercase());
    let site_words = cores.iter().filter(|c| SITE_SET.contains(*c)).count();
    junk += site_words.min(2) as f32;
    let has = |p: &str| pairs.may_contain(p) && lower.contains(p);
    if words <= 20 && SITE_PHRASES.iter().any(|p| has(p)) {
        junk += 2.0;
    }
    if !sentence_like && has_bare_domain(lower) {
        junk += 1.5; // "Algemeiner.com" (but "Then came Amazon.com." is a sentence)
    }
    if is_breadcrumb(toks) {
        junk += 5.0;
    }
    if is_date_line(cores, toks) {
        junk += 5.0;
    }
    if !line.chars().any(|c| c.is_alphabetic()) {
        junk += 4.0;
    }
    if words <= 2 && !sentence_like && !verb {
        junk += 3.0;
    }
    if words <= 12 && line.chars().any(is_odd_symbol) {
        junk += 2.0;
    }
    if has_shortcode(line) {
        junk += 2.0;
    }
    if CAPTION_MARKS.iter().any(|p| has(p)) || lower.starts_with("caption") {
        junk += 5.0;
    }
    if ends_with_credit(line) {
        junk += 5.0;
    }
    if is_byline(line, toks) {
        junk += 4.0;
    }
    if lower.starts_with("about ") && words <= 6 && !terminal {
        junk += 3.0; // author box: "About web sub editor"
    }
    if line.ends_with(':') && words <= 3 && !verb {
        junk += 3.0; // a label: "Article source:", "Related:", "Tags:"
    }
    junk
}

/// Which pairs of adjacent bytes a line has (hashed into 8192 bits): a phrase whose first or last
/// pair is missing is not in the line, which spares most of the substring searches for the phrase
/// lists (a line is checked against some 200 phrases).
struct BytePairs([u64; 128]);

impl BytePairs {
    fn of(text: &str) -> BytePairs {
        let mut bits = [0u64; 128];
        for w in text.as_bytes().windows(2) {
            let k = BytePairs::key(w[0], w[1]);
            bits[k >> 6] |= 1 << (k & 63);
        }
        BytePairs(bits)
    }

    #[inline]
    fn key(a: u8, b: u8) -> usize {
        (usize::from(a & 0x3F) << 7) | usize::from(b & 0x7F)
    }

    #[inline]
    fn has(&self, a: u8, b: u8) -> bool {
        let k = BytePairs::key(a, b);
        self.0[k >> 6] & (1 << (k & 63)) != 0
    }

    /// False only when `phrase` cannot be a substring of the text.
    fn may_contain(&self, phrase: &str) -> bool {
        let p = phrase.as_bytes();
        match p.len() {
            0 | 1 => true,
            n => self.has(p[0], p[1]) && self.has(p[n - 2], p[n - 1]),
        }
    }
}

static STOP_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| STOP_WORDS.iter().copied().collect());
static SITE_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| SITE_WORDS.iter().copied().collect());
static VERB_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| VERBS.iter().copied().collect());

/// A token without the punctuation around it.
fn core(t: &str) -> &str {
    t.trim_matches(|c: char| !c.is_alphanumeric())
}

fn ends_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', ')', ']', '\u{300D}', '\u{300F}', '\u{FF09}']);
    matches!(
        t.chars().next_back(),
        Some('.' | '!' | '?' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}' | '\u{FF61}')
    )
}

/// Words in a line, up to `MAX_JUNK_WORDS + 1`: whitespace-separated tokens, plus one word per two
/// characters of scripts written without spaces (Chinese, Japanese, Thai).
fn word_count(line: &str) -> usize {
    let tokens = count_tokens(line, MAX_JUNK_WORDS + 1);
    if line.is_ascii() {
        return tokens;
    }
    let unspaced = line.chars().filter(|&c| is_unspaced_script(c)).count();
    (tokens + unspaced / 2).min(MAX_JUNK_WORDS + 1)
}

/// `line.split_whitespace().take(max).count()`, a byte at a time where the text is ASCII.
fn count_tokens(line: &str, max: usize) -> usize {
    let bytes = line.as_bytes();
    let (mut n, mut in_token, mut i) = (0, false, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let space = if b < 0x80 {
            i += 1;
            matches!(b, b' ' | b'\t'..=b'\r')
        } else {
            let Some(c) = line[i..].chars().next() else {
                break;
            };
            i += c.len_utf8();
            c.is_whitespace()
        };
        if space {
            in_token = false;
        } else if !in_token {
            in_token = true;
            n += 1;
            if n >= max {
                break;
            }
        }
    }
    n
}

fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' // CJK ideographs
        | '\u{F900}'..='\u{FAFF}'
        | '\u{0E00}'..='\u{0E7F}' // Thai
        | '\u{0E80}'..='\u{0EFF}' // Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
    )
}

fn is_verbish(w: &str) -> bool {
    VERB_SET.contains(w) || (w.len() > 4 && w.ends_with("ed")) || w.ends_with("n't")
}

fn has_url_or_email(lower: &str) -> bool {
    if lower.contains("http://") || lower.contains("https://") || lower.contains("www.") {
        return true;
    }
    lower.split_whitespace().any(|t| {
        let t = core(t);
        t.find('@')
            .is_some_and(|at| at > 0 && t[at + 1..].contains('.'))
    })
}

/// A bare domain name: "algemeiner.com".
fn has_bare_domain(lower: &str) -> bool {
    lower.split_whitespace().any(|t| {
        let t = core(t);
        t.rfind('.')
            .is_some_and(|d| d > 0 && DOMAINS.contains(&&t[d + 1..]))
            && t.chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
    })
}

fn is_breadcrumb(toks: &[&str]) -> bool {
    let seps = toks.iter().filter(|t| is_separator(t)).count();
    if seps >= 2 {
        return true;
    }
    seps >= 1
        && toks.first().is_some_and(|t| *t == "home")
        && toks.get(1).is_some_and(|t| is_separator(t))
}

fn is_separator(t: &str) -> bool {
    matches!(
        t,
        "/" | "»"
            | "›"
            | ">"
            | ">>"
            | "|"
            | "→"
            | "::"
            | "\\"
            | "·"
            | "•"
            | "«"
            | "‹"
            | "<"
            | "<<"
    )
}

/// A line made of a date or time stamp ("Thursday, March 28th | 18 Adar II 5784",
/// "November 14, 2017 3:38 pm", "Updated 2 hours ago").
fn is_date_line(cores: &[&str], toks: &[&str]) -> bool {
    if toks.len() > 12 {
        return false;
    }
    let mut datelike = 0;
    let mut strong = false;
    for (c, t) in cores.iter().zip(toks) {
        if c.is_empty() {
            datelike += 1; // pure punctuation: "|", "-"
            continue;
        }
        let month_or_day = crate::dates::MONTHS
            .iter()
            .any(|m| c == m || (c.len() >= 3 && m.starts_with(c)))
            || crate::dates::WEEKDAYS
                .iter()
                .any(|d| c == d || (c.len() >= 3 && d.starts_with(c)));
        let digits = c.chars().all(|ch| ch.is_ascii_digit());
        let year = digits && c.len() == 4;
        let ordinal = c.len() > 2
            && c.ends_with(['h', 't', 'd'])
            && c.trim_end_matches(|ch: char| ch.is_ascii_alphabetic())
                .len()
                + 2
                == c.len()
            && c.chars().next().is_some_and(|ch| ch.is_ascii_digit());
        let time = t.contains(':')
            && c.chars()
                .all(|ch| ch.is_ascii_digit() || ch == ':' || ch.is_ascii_alphabetic())
            && c.chars().next().is_some_and(|ch| ch.is_ascii_digit());
        let numeric_date = c
            .chars()
            .all(|ch| ch.is_ascii_digit() || ch == '/' || ch == '-' || ch == '.')
            && c.chars().filter(|ch| ch.is_ascii_digit()).count() >= 4
            && c.contains(['/', '-', '.']);
        if month_or_day || year || time || numeric_date {
            strong = true;
        }
        if month_or_day || digits || ordinal || time || numeric_date || DATE_WORDS.contains(c) {
            datelike += 1;
        }
    }
    strong && datelike * 10 >= toks.len() * 6
}

fn is_odd_symbol(c: char) -> bool {
    matches!(
        c,
        '×' | '|'
            | '•'
            | '·'
            | '►'
            | '▶'
            | '◄'
            | '◀'
            | '»'
            | '«'
            | '›'
            | '‹'
            | '→'
            | '←'
            | '↑'
            | '↓'
            | '★'
            | '☆'
            | '✓'
            | '✔'
            | '✕'
            | '✖'
            | '©'
            | '®'
            | '™'
            | '#'
            | '@'
            | '{'
            | '}'
            | '['
            | ']'
            | '<'
            | '>'
            | '^'
            | '~'
            | '='
            | '+'
            | '*'
            | '_'
            | '\\'
    ) || ('\u{2190}'..='\u{2BFF}').contains(&c)
        || ('\u{1F000}'..='\u{1FAFF}').contains(&c)
}

/// A CMS shortcode or template placeholder: `[contact-form-7 404 "Not Found"]`, `{{title}}`.
fn has_shortcode(line: &str) -> bool {
    if line.contains("{{") || line.contains("{%") {
        return true;
    }
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let name: &str = after
            .split(|c: char| c.is_whitespace() || c == ']')
            .next()
            .unwrap_or("");
        if name.contains(['-', '_'])
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return true;
        }
        rest = after;
    }
    false
}

/// A trailing parenthetical credit: "... November 11, 2017. (Reuters)", "(AP Photo/John Doe)".
fn ends_with_credit(line: &str) -> bool {
    let Some(body) = line.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let inner = body[open + 1..].trim();
    if inner.split_whitespace().count() > 5 {
        return false;
    }
    let lower = inner.to_lowercase();
    // Names must be written as credits are ("Reuters", "REUTERS", "AP"), not as in "(ePA)".
    CREDIT_NAMES
        .iter()
        .any(|n| *n == inner || (n.to_uppercase() == inner))
        || lower.contains("photo")
        || lower.contains("getty")
        || lower.contains("courtesy")
        || lower.contains("reuters/")
        || lower.contains("/reuters")
        || lower.contains("/ap")
        || lower.contains("/afp")
}

/// "By Ben Cohen", "By JOHN SMITH, Associated Press", "Posted by admin".
fn is_byline(line: &str, toks: &[&str]) -> bool {
    if toks.len() > 10 {
        return false;
    }
    let mut ws = line.split_whitespace();
    let first = ws.next().unwrap_or("");
    let second = ws.next().unwrap_or("");
    (first == "By" || first == "BY")
        && second.chars().next().is_some_and(|c| c.is_uppercase())
        && !line.contains(" said")
        && !line.contains(" says")
}

fn is_end_marker(lower: &str) -> bool {
    let t = lower.trim_end_matches([':', '.', ' ', '!', '>', '»', '-']);
    END_MARKERS.iter().any(|m| {
        t.strip_prefix(m)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', ',']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn token_count_equals_split_whitespace(text in "([a-z.]|[ \t\n\r\u{0B}\u{0C}\u{1C}\u{1F}]|\u{00A0}|\u{0085}|\u{2003}|\u{3000}|\u{00E9}|\u{65E5}){0,60}", max in 1usize..20) {
            proptest::prop_assert_eq!(count_tokens(&text, max), text.split_whitespace().take(max).count());
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_pairs_never_miss_a_substring(text in "[a-z .:/<]{0,40}", a in 0usize..40, len in 0usize..8) {
            let a = a.min(text.len());
            let b = (a + len).min(text.len());
            proptest::prop_assert!(BytePairs::of(&text).may_contain(&text[a..b]));
        }
    }

    fn junk(line: &str) -> bool {
        is_boilerplate(line)
    }

    #[test]
    fn catches_site_furniture_from_other_sites() {
        for line in [
            "WordPress Themes",
            "Home » World » Europe » Floods hit northern Italy",
            "News > Politics > Senate passes budget bill",
            "Photo Credit: Reuters/Jane Doe",
            "Image: Getty Images",
            "The mayor at the opening of the bridge on Monday. Photo: Supplied.",
            "Fans gather outside the stadium in Madrid, May 3, 2021. (AP)",
            "Comments are closed.",
            "Loading comments...",
            "Subscribe",
            "Monday, 4 January 2021 | 20 Tevet 5781",
            "June 2, 2019 11:05 am",
            "Updated: 14:32 GMT, 3 May 2022",
            "12",
            "✕ [mailchimp-signup 404 \"Not Found\"]",
            "avatar by Maria Lopez",
            "Share this article: Share on Facebook Share on LinkedIn",
            "Follow us on Twitter and Instagram",
            "Sign up for our daily newsletter to get the top stories delivered to your inbox.",
            "We use cookies to improve your experience on our website. By continuing you agree to our use of cookies.",
            "Click here to read the full report",
            "© 2023 Daily Courier Media. All rights reserved.",
            "Copyright 2019 The Gazette",
            "Related:",
            "Advertisement",
            "Read more",
            "By Jonathan Meyers",
            "BY SARAH KLINE, Staff Writer",
            "Posted by admin",
            "Maria Ortiz contributed to this report.",
            "(Reporting by Tom Ellis; Editing by Ann Brown)",
            "Article source:",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "You may use these HTML tags and attributes: <a href=\"\" title=\"\"> <b> <em>",
            "Visit us at https://example.com/news for more",
            "dailycourier.co.uk",
            "About staff reporter",
            "This page is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
            "kl",
            "(scl)",
            "___",
        ] {
            assert!(junk(line), "not caught: {line:?} (score {})", boilerplate_score(line));
        }
    }

    #[test]
    fn keeps_news_sentences_and_headlines() {
        for line in [
            "Presence of Iranian military advisors in Syria legitimate: Lavrov",
            "Floods hit northern Italy",
            "Senate passes budget bill after all-night session",
            "\"Neither Iran nor pro-Iranian units were discussed,\" the minister said.",
            "\"We will not accept it,\" he said.",
            "He declined to comment.",
            "Trump said on Twitter that he would share photos of the meeting with reporters later in the week.",
            "Facebook updated its privacy policy and terms of service on Tuesday, the company said.",
            "The company said it would stop using tracking cookies in its Chrome browser by next year.",
            "By the end of the year, prices had risen by 40 percent, the bank said.",
            "Lavrov said:",
            "He added:",
            "Ten people were killed.",
            "Police said the photos were taken by a neighbour on Monday evening.",
            "On Tuesday, Lavrov denied any talks between Moscow and Washington over the withdrawal of Iranian advisors.",
            "EDITOR'S NOTE _ Nicolas B. Tatro, based in Jerusalem, is The Associated Press chief of bureau.",
            "The Oxfam shop in Swansea has been receiving an average of one copy of the novel a week.",
        ] {
            assert!(!junk(line), "dropped news: {line:?} (score {})", boilerplate_score(line));
        }
    }

    #[test]
    fn tail_after_end_marker_is_junk_but_only_after_the_body() {
        let lines = [
            "Subscribe",
            "Rains flood Venice for the second time this month",
            "Venice was flooded again on Sunday as the tide peaked at 1.5 meters, the city council said, closing St Mark's Square.",
            "Mayor Luigi Brugnaro said the damage would run into hundreds of millions of euros.",
            "You might also like",
            "Markets slide as oil prices jump",
            "Shares fell sharply on Monday after ...",
            "Let us know what you think!",
        ];
        let flags = classify_lines(&lines);
        assert_eq!(
            flags,
            vec![true, false, false, false, true, true, true, true]
        );
    }

    #[test]
    fn a_marker_inside_the_article_ends_at_the_next_full_paragraph() {
        let lines = [
            "The government announced a new budget on Monday that cuts spending on defence by ten percent.",
            "Related: Budget talks stall",
            "The opposition said the cuts would weaken the country at a dangerous time and promised to vote against the bill next week.",
        ];
        assert_eq!(classify_lines(&lines), vec![false, true, false]);
    }

    #[test]
    fn caption_after_photo_credit() {
        let lines = [
            "Photo Credit: City Hall via Flickr",
            "The mayor with the fire chief",
            "The mayor praised firefighters on Monday for containing a blaze that threatened dozens of homes.",
        ];
        assert_eq!(classify_lines(&lines), vec![true, true, false]);
    }

    #[test]
    fn whole_long_line_is_never_junk() {
        let long = "share comments subscribe ".repeat(40);
        assert!(!junk(&long));
        assert!(junk(""));
    }

    #[test]
    fn sign_in_boxes_and_gallery_captions_are_furniture() {
        // written for the test, in the Multi-News casing
        for line in [
            "Sign in using your account with: { * loginwidget * } sign in using your station \
             profile.",
            "2 of 9 view caption volunteers search the field near the school on friday.",
            "Welcome to the official web site of the government of the example islands.",
        ] {
            assert!(is_page_furniture(line), "{line}");
        }
        assert!(!is_page_furniture(
            "The governor said she would sign the bill using an executive pen on friday."
        ));
    }

    #[test]
    fn a_linked_headline_opened_by_its_label_is_furniture() {
        // written for the test, in the Multi-News casing: a page's paragraphs run together
        for line in [
            "Related: council votes to close the old bridge the vote came after a long debate.",
            "More: five things to know about the storm season forecasters expect a busy year.",
            "Read also: why the city is planting more trees",
            "Watch: the mayor cuts the ribbon at the new library",
            "More from the times: a guide to the holiday markets",
        ] {
            assert!(is_page_furniture(line), "{line}");
        }
        for news in [
            "More than 300 people were killed in the storm.",
            "Related charges were filed against two other men on Tuesday.",
            "Watchdogs said the deal was unfair: it favoured one bidder.",
        ] {
            assert!(!is_page_furniture(news), "{news}");
        }
    }

    #[test]
    fn a_caption_closing_on_its_place_and_date_is_furniture() {
        // written for the test, in the Multi-News casing
        for caption in [
            "A man reads the newly released novel at a launch event in perth, september 15, 2009.",
            "A worker stands in front of a campaign poster in tripoli, lebanon, saturday, nov. 11, \
             2017.",
            "Firefighters watch the ridge outside of springerville, ariz., tuesday, june 7, 2011. \
             ( ap photo/jane doe )",
        ] {
            assert!(is_page_furniture(caption), "{caption}");
        }
        for news in [
            "The law took effect on jan. 1, 2010.",
            "The council voted 7-2 to close the bridge, officials said Tuesday.",
            "Smith, who was born on May 3, 1950, in Ohio, said he would run again.",
        ] {
            assert!(!is_page_furniture(news), "{news}");
        }
    }

    #[test]
    fn furniture_spans_are_the_sentences_around_the_phrases() {
        let text =
            "Breaking News Emails Get breaking news alerts and special reports. The news and \
                    stories that matter, delivered weekday mornings. Hawaii will require two \
                    employees to send an alert, officials said. Click here for more! The agency \
                    apologized.";
        let spans: Vec<&str> = page_furniture_spans(text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            spans,
            [
                "Breaking News Emails Get breaking news alerts and special reports.",
                "The news and stories that matter, delivered weekday mornings.",
                "Click here for more!"
            ]
        );
        assert!(
            page_furniture_spans("Hawaii will require two employees to send an alert.").is_empty()
        );
        // a line break ends the sentence either way
        let lines = "Share this story\nThe agency apologized.";
        let spans = page_furniture_spans(lines);
        assert_eq!(spans.len(), 1);
        assert_eq!(&lines[spans[0].clone()], "Share this story\n");
    }

    proptest::proptest! {
        #[test]
        fn furniture_spans_are_ordered_apart_and_on_char_boundaries(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "click here", "Share this story", "file photo", "the", "mayor", "said", ".",
                    "!", "?", "\n", "é", "“", "—", " ", "Breaking news emails", "ünïcode",
                ]),
                0..40,
            )
        ) {
            let text: String = words.join(" ");
            let spans = page_furniture_spans(&text);
            let mut last_end = 0;
            for r in &spans {
                proptest::prop_assert!(r.start >= last_end && r.start < r.end && r.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                proptest::prop_assert!(is_page_furniture(&text[r.clone()]));
                last_end = r.end;
            }
        }
    }
}
