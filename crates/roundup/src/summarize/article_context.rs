//! Stand-alone rules read with the sentence's article, not with the sentence alone (those are in
//! [`super::standalone`]): a sentence that opens with a definite description of something the
//! sentences just before it name (`The plane will return later in the day.`), and, in an article
//! that writes names in capitals, a sentence that names nothing a reader could place it by
//! (`Detailed charges have not been filed.`). [`super::vectors::ClusterStats::readability`] asks
//! them after [`super::standalone::standalone_text`].

/// Words that, right after `The N`, show `N` is the whole subject (`The plane will return`).
const SUBJECT_FOLLOWERS: [&str; 20] = [
    "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "had", "has",
    "have", "did", "does", "said", "says", "won", "must", "should",
];

/// How many sentences before it a definite description looks back to.
pub const DESCRIPTION_REACH: usize = 2;

/// Whether `text` opens with a definite description whose noun the sentences just `before` it
/// in its article name: `The plane will return later in the day.` after a sentence about the
/// plane. Such a subject is that earlier plane, which the summary's reader never met. Only a
/// bare `The N` followed by its verb counts (`The lowest temperature reported` and `The
/// dissident, Yao Zhenxian,` introduce what they name); nouns are compared by their first five
/// letters, case-insensitively.
pub fn refers_to_before<'a>(text: &str, before: impl IntoIterator<Item = &'a str>) -> bool {
    // most sentences do not open with `The `: no words are read for them
    if !text
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case("the "))
    {
        return false;
    }
    let ranges = crate::words::word_ranges(text);
    if ranges.len() < 3 || !text[ranges[0].clone()].eq_ignore_ascii_case("the") {
        return false;
    }
    let noun = &text[ranges[1].clone()];
    let next = &text[ranges[2].clone()];
    let lower = |w: &str| w.starts_with(|c: char| c.is_lowercase());
    if noun.len() < 4 || !lower(noun) || !noun.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
    {
        return false;
    }
    let between = &text[ranges[1].end..ranges[2].start];
    let verb_follows = between.trim().is_empty()
        && (SUBJECT_FOLLOWERS
            .iter()
            .any(|f| next.eq_ignore_ascii_case(f))
            || (next.len() > 4 && next.ends_with("ed")));
    let aside_follows = between.trim() == "," && lower(next);
    if !verb_follows && !aside_follows {
        return false;
    }
    let stem = &noun[..noun.len().min(5)];
    before.into_iter().any(|b| {
        let mut named = false;
        crate::words::for_each_word_at(b, |w, _| {
            named = named
                || (w.len() >= 4
                    && w.get(..stem.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(stem)));
        });
        named
    })
}

/// Words of quantity: a sentence with one reports a figure.
const QUANTITY_WORDS: [&str; 20] = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "percent",
];

/// Whether `text`, from an article that writes names in capitals ([`writes_names_in_capitals`]),
/// names nothing past its first word: no capitalised word but `I`, weekdays and months; no digit
/// or quantity word. A first word written `Name's` names something.
pub fn names_nothing(text: &str) -> bool {
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // `Some(false)` once the first word is read and names nothing so far; `Some(true)` once a
    // word names something (or the first word cannot open such a sentence)
    let mut names: Option<bool> = None;
    crate::words::for_each_word_at(text, |_, range| {
        let w = &text[range.clone()];
        match names {
            None => {
                let rest = &text[range.end..];
                names = Some(
                    !capitalised(w) || rest.starts_with("'s") || rest.starts_with("\u{2019}s"),
                );
            }
            Some(false) => {
                names = Some(
                    (capitalised(w)
                        && w != "I"
                        && !crate::dates::is_calendar_word(&w.to_ascii_lowercase()))
                        || QUANTITY_WORDS.iter().any(|q| w.eq_ignore_ascii_case(q)),
                );
            }
            Some(true) => {}
        }
    });
    names == Some(false)
}

/// Whether an article's `sentences` write names in capitals: at least a quarter of them have a
/// word past their first that opens with an ASCII capital (`I` aside). Multi-News capitalises only each sentence's
/// first letter (`Dan brown has topped oxfam's list`): there a sentence without capitals may
/// still name someone, and [`names_nothing`] cannot be judged. It also capitalises the letter
/// after any period (`the u.n. Described`), so a capital right after `. `, `? ` or `! ` is
/// not counted.
pub fn writes_names_in_capitals<'a>(sentences: impl Iterator<Item = &'a str>) -> bool {
    let (mut n, mut with_capitals) = (0usize, 0usize);
    for text in sentences {
        n += 1;
        // a capital right after a space, other than a lone `I`: one pass over the bytes
        let b = text.as_bytes();
        // (no capital letter at all: none after a space either)
        with_capitals += (!crate::words::has_no_capital(text)
            && (1..b.len()).any(|i| {
                b[i - 1] == b' '
                    && !(i >= 2 && matches!(b[i - 2], b'.' | b'?' | b'!'))
                    && b[i].is_ascii_uppercase()
                    && (b[i] != b'I' || b.get(i + 1).is_some_and(u8::is_ascii_alphabetic))
            })) as usize;
    }
    n > 0 && with_capitals * 4 >= n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_definite_subject_named_just_before_points_back_to_it() {
        let before = ["A Falcon plane carried 48 passengers from Gaza to Cairo on Tuesday."];
        assert!(refers_to_before(
            "The plane will return later in the day.",
            before
        ));
        assert!(refers_to_before("the planes landed safely .", before));
        // an introduction, not a reference: more than a bare noun, or a name in apposition
        assert!(!refers_to_before(
            "The plane's pilot, Ahmed Said, was praised.",
            before
        ));
        assert!(!refers_to_before(
            "The passenger list, Yao said, was long.",
            before
        ));
        assert!(!refers_to_before(
            "The lowest passenger count was 12.",
            before
        ));
        // a noun the sentences before do not name
        assert!(!refers_to_before(
            "The airport will open on Sunday.",
            before
        ));
        // words that are not ASCII are compared without splitting a letter
        assert!(!refers_to_before(
            "The plane was hit.",
            ["Pedrógão burned."]
        ));
    }

    #[test]
    fn a_sentence_that_names_nothing_is_told_from_one_that_names_someone() {
        for text in [
            "Detailed charges have not been filed.",
            "Throughout the morning, there were spontaneous celebrations.",
            "The plane will return later in the day on Sunday.",
        ] {
            assert!(names_nothing(text), "{text}");
        }
        for text in [
            "Turkey's government collapsed Wednesday after losing a confidence vote.",
            "Thirty percent of children suffered from malnutrition.",
            "The storm killed 12 people.",
            "The plane landed in Gaza.",
        ] {
            assert!(!names_nothing(text), "{text}");
        }
        // an article in sentence case (Multi-News) gives no capitals to judge by
        let sentence_case = [
            "Dan brown has topped oxfam's most donated list again.",
            "Readers snapped up over one million copies in the united states.",
            "It broke one-day sales records, its publisher said.",
        ];
        assert!(!writes_names_in_capitals(sentence_case.into_iter()));
        let cased = [
            "Dan Brown has topped Oxfam's most donated list again.",
            "It broke one-day sales records, its publisher said.",
        ];
        assert!(writes_names_in_capitals(cased.into_iter()));
    }

    #[test]
    fn a_capital_after_an_abbreviation_is_sentence_case_not_a_name() {
        // Multi-News capitalises every letter after a period and a space, abbreviations
        // included (`the u.n. Described`): a four-sentence article with one such capital still
        // writes names in lower case, and its lead (`france declared`) may name someone
        let sentence_case = [
            "Benghazi, libya -- france declared libya's airspace under control on friday.",
            "Coalition warplanes struck moammar gadhafi's forces outside ajdabiya.",
            "Envoys met in ethiopia, in what the u.n. Described as an effort to reach a cease-fire.",
            "Explosions could be heard in tripoli before daybreak friday.",
        ];
        assert!(!writes_names_in_capitals(sentence_case.into_iter()));
        let cased = [
            "Envoys met in Ethiopia on Friday.",
            "Officials said the talks would go on.",
            "The U.N. Security Council met, officials said.",
        ];
        assert!(writes_names_in_capitals(cased.into_iter()));
    }
}
