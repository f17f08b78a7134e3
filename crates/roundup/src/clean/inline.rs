//! Furniture inside a paragraph, which the line classifier ([`super::boilerplate`]) cannot drop
//! without dropping the news around it:
//! - the wire dateline that opens a paragraph: `WASHINGTON (AP) _ `, `BEIJING, August 20 (Xinhua)
//!   -- `, `SAN FRANCISCO -- `, `(CNN) -- `, and the same in lower-cased copies (`moscow ( ap ) - `);
//! - players', captions' and ads' leftovers that page extraction, or a flattened copy such as
//!   Multi-News's, runs into the text: `Media playback is unsupported on your device`,
//!   `Image copyright AFP Image caption`, `Advertisement Continue reading the main story`,
//!   `Hide caption`, `Story highlights`, `(Photo: Getty Images)`, `(AP Photo/Evan Vucci)`,
//!   `(Associated Press)` (and a dateline right after such a credit).
//!
//! Readers never want these in a summary, and a word budget should not pay for them (a dateline
//! costs three or four of a 100-word summary's words).

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem;
use regex::bytes::Regex;

/// Wire services whose name in brackets marks a dateline.
const WIRES: &str = "ap|reuters|afp|xinhua|upi|cnn|bloomberg|dpa|efe|ani|ians|pti|tass|undated|\
                     associated press|the associated press";

/// Compiles the dateline and leftover patterns now (see [`super::prepare`]).
pub(super) fn prepare() {
    LazyLock::force(&CASED_DATELINE);
    LazyLock::force(&WIRE_DATELINE);
    LazyLock::force(&CNN_DATELINE);
    LazyLock::force(&LEFTOVERS);
    LazyLock::force(&PHRASES);
    LazyLock::force(&PACKED);
}

/// A cased dateline: a place in capitals (`WASHINGTON`, `SAN FRANCISCO`, `TEMPE, Ariz.`,
/// `BEIJING, August 20`), an optional wire in brackets, then a dash.
static CASED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u)^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){{0,3}}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){{0,2}})?(?:,? [A-Z][a-z]+\.? [0-9]{{1,2}})?(?: \((?i:{WIRES})\))? (?:--|_|-) "
    ))
    .expect("dateline pattern")
});

/// A dateline in any case that names a wire in brackets: a place, the wire and a dash
/// (`moscow ( ap ) - `, `goshen, n.y. ( ap ) - `, `berlin/athens ( reuters ) - `), or the wire alone
/// opening the paragraph (`(CNN) -- `, `(CNN) `, `( associated press ) `).
static WIRE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"(?i-u)^(?:[a-z][^ ()"]*(?: [^ ()"]+){{0,3}}(?:, ?[^ ()"]+(?: [^ ()"]+){{0,2}})?(?:,? [a-z]+\.? [0-9]{{1,2}})? \( ?(?:{WIRES}) ?\) (?:--|_|-)|\( ?(?:{WIRES}) ?\)(?: (?:--|_|-))?) "#
    ))
    .expect("wire dateline pattern")
});

/// CNN's dateline without a dash (`Tokyo (CNN) `, `west palm beach, florida ( cnn ) `): a short
/// place of plain words, which [`dateline_len`] also checks does not open like prose (`The
/// network's reporter (CNN) said ...`).
static CNN_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)^([a-z][a-z.]*)(?: [a-z][a-z.]*){0,2}(?:, ?[a-z][a-z.]*(?: [a-z][a-z.]*)?)? \( ?cnn ?\) ")
        .expect("CNN dateline pattern")
});

/// Words that open prose, never a place name in a dateline.
const NOT_A_PLACE: &[&str] = &[
    "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your",
];

/// Player, caption and ad leftovers, anywhere in a paragraph.
static LEFTOVERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i-u)(?:\badvertisement )?\bcontinue reading the main story\b|\bmedia playback is (?:unsupported|not supported) on (?:your|this) device(?: media caption)?|\bimage copyright(?: [^ ]+){0,6}? image caption\b|\b(?:hide|toggle) caption\b|\bstory highlights\b|\bstory continued below\b|\bplay facebook twitter(?: email)? embed\b|\btext size - \+ reset\b|\( ?(?:the )?associated press ?\)|\( ?(?:photos?|image|credit|photograph) ?: [^()]{0,80}\)|\( ?(?:ap|afp|reuters|epa|getty|file) (?:photo|images)\b[^()]{0,80}\)",
    )
    .expect("leftover pattern")
});

/// Whether `bytes` holds one of [`has_leftover_mark`]'s phrases.
fn has_leftover_phrase(bytes: &[u8]) -> bool {
    match PACKED.as_ref() {
        Some(searcher) => searcher.find(bytes).is_some(),
        None => PHRASES.iter().any(|f| f.find(bytes).is_some()),
    }
}

/// The phrases of [`has_leftover_mark`]. They lack their first letter, which is upper-case in
/// some copies and not in others.
static PHRASES: LazyLock<[memmem::Finder<'static>; 8]> = LazyLock::new(|| {
    [
        memmem::Finder::new("ontinue reading the main story"),
        memmem::Finder::new("edia playback is"),
        memmem::Finder::new("mage copyright"),
        memmem::Finder::new(" caption"),
        memmem::Finder::new("tory highlights"),
        memmem::Finder::new("tory continued below"),
        memmem::Finder::new("lay facebook twitter"),
        memmem::Finder::new("ext size - + reset"),
    ]
});

/// [`PHRASES`] in one SIMD pass (Teddy) instead of eight, where the CPU has it.
static PACKED: LazyLock<Option<aho_corasick::packed::Searcher>> = LazyLock::new(|| {
    let mut builder = aho_corasick::packed::Config::new().builder();
    for f in PHRASES.iter() {
        builder.add(f.needle());
    }
    builder.build()
});

/// Whether `text` holds a mark that every [`LEFTOVERS`] match contains: nearly no paragraph does,
/// and these SIMD substring searches cost a fraction of running the regex over it.
fn has_leftover_mark(text: &str) -> bool {
    const CREDIT_WORDS: [&str; 11] = [
        "photo",
        "image",
        "credit",
        "ap ",
        "afp ",
        "reuters ",
        "epa ",
        "getty ",
        "file ",
        "associated press",
        "the associated press",
    ];
    let bytes = text.as_bytes();
    has_leftover_phrase(bytes)
        || memchr::memchr_iter(b'(', bytes).any(|at| {
            let after = &bytes[at + 1..];
            let after = after.strip_prefix(b" ").unwrap_or(after);
            CREDIT_WORDS.iter().any(|w| {
                after.len() >= w.len() && after[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            })
        })
}

/// Fewest words a paragraph must keep after its dateline for the dateline to go (a line that is
/// only `WASHINGTON (AP) _ ...` is left to the line classifier).
const MIN_WORDS_AFTER_DATELINE: usize = 3;

/// One paragraph without its opening wire dateline and without player, caption and ad leftovers,
/// spaces tidied where something was cut. Borrowed when there was nothing to remove.
pub fn strip_inline_furniture(line: &str) -> Cow<'_, str> {
    let body = &line[dateline_len(line)..];
    if !has_leftover_mark(body) || !LEFTOVERS.is_match(body.as_bytes()) {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut push_words = |piece: &str| {
        for word in piece.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    };
    // Every match starts and ends on an ASCII character, so these are char boundaries.
    let mut last = 0;
    for m in LEFTOVERS.find_iter(body.as_bytes()) {
        push_words(body.get(last..m.start()).unwrap_or_default());
        // What follows a caption's credit starts afresh, often with a dateline:
        // `... ( associated press ) goshen, n.y. ( ap ) - a woman ...`.
        let next = body.get(m.end()..).unwrap_or_default();
        let next_start = m.end() + (next.len() - next.trim_start().len());
        last = next_start + dateline_len(body.get(next_start..).unwrap_or_default());
    }
    push_words(body.get(last..).unwrap_or_default());
    Cow::Owned(out)
}

/// Bytes of `line` taken by its opening datelines (0 if none): a wire credit can come before the
/// dateline proper (`( associated press ) goshen, n.y. ( ap ) - `).
fn dateline_len(line: &str) -> usize {
    let mut start = 0;
    for _ in 0..2 {
        let rest = &line.as_bytes()[start..];
        let found = CASED_DATELINE
            .find(rest)
            .or_else(|| WIRE_DATELINE.find(rest))
            .map(|m| m.end())
            .or_else(|| {
                let c = CNN_DATELINE.captures(rest)?;
                let first = c.get(1)?.as_bytes();
                let prose = NOT_A_PLACE
                    .iter()
                    .any(|w| first.eq_ignore_ascii_case(w.as_bytes()));
                (!prose).then(|| c.get(0).map_or(0, |m| m.end()))
            });
        // Every dateline ends with an ASCII space: a char boundary.
        let Some(after) = found.and_then(|end| line.get(start + end..)) else {
            break;
        };
        // (Counting no further than the bound: a paragraph can be thousands of words long.)
        if after
            .split_whitespace()
            .take(MIN_WORDS_AFTER_DATELINE)
            .count()
            < MIN_WORDS_AFTER_DATELINE
        {
            break;
        }
        start = line.len() - after.len();
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn stripped(line: &str) -> String {
        strip_inline_furniture(line).into_owned()
    }

    #[test]
    fn wire_datelines_go_and_the_news_stays() {
        for (line, news) in [
            (
                "WASHINGTON (AP) _ The Senate voted 52-48 on Tuesday to end the debate.",
                "The Senate voted 52-48 on Tuesday to end the debate.",
            ),
            (
                "TEMPE, Ariz. (AP) -- Police said the fire started in a storage room.",
                "Police said the fire started in a storage room.",
            ),
            (
                "BEIJING, August 20 (Xinhua) -- China's exports rose 7 percent in July.",
                "China's exports rose 7 percent in July.",
            ),
            (
                "SAN FRANCISCO _ Shares of the chip maker fell 12 percent in late trading.",
                "Shares of the chip maker fell 12 percent in late trading.",
            ),
            (
                "RIO DE JANEIRO, Brazil _ Floods killed at least 40 people in the hills.",
                "Floods killed at least 40 people in the hills.",
            ),
            (
                "(CNN) -- A former anchor said he was treated for cancer.",
                "A former anchor said he was treated for cancer.",
            ),
            (
                "moscow ( ap ) - russia's top investigative body said on monday it had opened a case.",
                "russia's top investigative body said on monday it had opened a case.",
            ),
            (
                "( associated press ) goshen, n.y. ( ap ) - a woman accused of killing her fiance was arraigned.",
                "a woman accused of killing her fiance was arraigned.",
            ),
            (
                "Tokyo (CNN) Seven US sailors are missing after a collision at sea.",
                "Seven US sailors are missing after a collision at sea.",
            ),
            (
                "berlin/athens ( reuters ) - fresh fears that greece will leave the euro hit markets.",
                "fresh fears that greece will leave the euro hit markets.",
            ),
            (
                "goshen, n.y. ( ap ) - a woman accused of killing her fiance was arraigned.",
                "a woman accused of killing her fiance was arraigned.",
            ),
        ] {
            assert_eq!(stripped(line), news, "{line}");
        }
    }

    #[test]
    fn prose_that_only_looks_like_a_dateline_is_kept() {
        for line in [
            "The Associated Press (AP) reported the vote first, officials said.",
            "NASA said the launch would slip to Friday because of the weather.",
            "Prices rose 3 percent - the most in a decade - the agency said.",
            "\"We are ready,\" the mayor (a Democrat) said on Monday.",
            "WASHINGTON (AP) _ Bulletin",
            "He said the group (Reuters reported) had met twice.",
            "The network's reporter (CNN) said the talks had failed.",
            "The Hague (CNN) is where the court sits, the report said.",
        ] {
            assert_eq!(stripped(line), line);
        }
    }

    #[test]
    fn player_caption_and_ad_leftovers_go_from_inside_a_paragraph() {
        assert_eq!(
            stripped("Media playback is unsupported on your device Media caption The BBC's correspondent reports from the square. Millions more copies are being printed."),
            "The BBC's correspondent reports from the square. Millions more copies are being printed."
        );
        assert_eq!(
            stripped("Image copyright Getty Images Image caption The pastor was moved to house arrest in July. He denies the charges."),
            "The pastor was moved to house arrest in July. He denies the charges."
        );
        assert_eq!(
            stripped("The board met on Monday. Advertisement Continue reading the main story During the call, the chairman said the vote would wait."),
            "The board met on Monday. During the call, the chairman said the vote would wait."
        );
        assert_eq!(
            stripped("Veterans waited months for their checks ( photo: submitted ) and some dropped out of school."),
            "Veterans waited months for their checks and some dropped out of school."
        );
        assert_eq!(
            stripped("The president spoke in the Rose Garden (AP Photo/Evan Vucci) before leaving for Ohio."),
            "The president spoke in the Rose Garden before leaving for Ohio."
        );
        assert_eq!(
            stripped("A man holds a flag in the square on Monday... ( associated press ) goshen, n.y. ( ap ) - a woman accused of killing her fiance was arraigned."),
            "A man holds a flag in the square on Monday... a woman accused of killing her fiance was arraigned."
        );
        assert_eq!(
            stripped("Story highlights The storm hit the coast at dawn. Thousands lost power."),
            "The storm hit the coast at dawn. Thousands lost power."
        );
        assert_eq!(
            stripped("Protesters marched downtown. hide caption toggle caption Police closed two streets."),
            "Protesters marched downtown. Police closed two streets."
        );
    }

    proptest! {
        #[test]
        fn packed_phrase_search_equals_memmem(
            parts in proptest::collection::vec("(ontinue reading the main story|edia playback is|mage copyright| caption|tory highlights|tory continued below|lay facebook twitter|ext size - \\+ reset|[a-z ]{0,5})", 0..6),
            cut in 0usize..4,
        ) {
            let text = parts.concat();
            let text = &text[..text.len().saturating_sub(cut)];
            let want = PHRASES.iter().any(|f| f.find(text.as_bytes()).is_some());
            prop_assert_eq!(has_leftover_phrase(text.as_bytes()), want);
        }
    }

    #[test]
    fn a_clean_paragraph_is_borrowed_unchanged() {
        let line = "Venice was flooded again on Sunday as the tide peaked at 1.5 meters.";
        assert!(matches!(strip_inline_furniture(line), Cow::Borrowed(l) if l == line));
    }

    proptest! {
        #[test]
        fn stripping_never_panics_and_leaves_no_stray_spaces(s in "((WASHINGTON|\\(AP\\)|\\( ap \\)|_|--|-|Image copyright|image caption|\\(photo: x\\)|[a-zA-Z,.]{1,8}|\u{00E9}) ){0,20}") {
            let line = s.trim();
            let out = stripped(line);
            prop_assert!(!out.contains("  "));
            prop_assert!(out.len() <= line.len());
        }
    }
}
