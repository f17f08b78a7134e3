//! Snowball English ("Porter2") stemming of plain ASCII words, without the generic Snowball
//! machinery.
//!
//! `rust-stemmers` runs the generated Snowball program: a binary search per suffix table, a
//! `Cow<str>` rebuilt at every change. On news text each distinct word is stemmed once per thread,
//! yet that first stem is most of the tokenizer's cost on a fresh batch of clusters (DUC 2004:
//! 16,570 words at about 3,800 instructions each). [`stem`] follows the same program (the
//! `english.rs` of rust-stemmers 1.2.0, step by step) on a byte buffer, for words made only of
//! `a-z` and `0-9`, which is what the tokenizer produces for English; anything else (capitals,
//! apostrophes, non-ASCII letters) is left to `rust-stemmers`. The tests check it against
//! `rust-stemmers` on every word of the shared evaluation data.

/// `a e i o u y`: Snowball's `v` grouping (`Y`, a consonant `y` marked by the prelude, is not in it).
fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Snowball's `v_WXY` grouping: the vowels, `w`, `x` and `Y`.
fn is_vowel_wxy(b: u8) -> bool {
    is_vowel(b) || matches!(b, b'w' | b'x' | b'Y')
}

/// Snowball's `valid_LI` grouping: the letters before which `li` is removed.
fn is_valid_li(b: u8) -> bool {
    matches!(
        b,
        b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
    )
}

/// The stem of `word` when it is made only of `a-z` and `0-9` (the same as `rust-stemmers`'
/// English stemmer gives), else `None`.
#[cfg(test)]
pub(crate) fn stem(word: &str) -> Option<String> {
    let mut buf = Vec::new();
    stem_into(word, &mut buf).then(|| String::from_utf8(buf).expect("ASCII"))
}

/// [`stem`] into `w` (cleared first), without allocating once `w` has grown: `false` (and `w` in
/// any state) when `word` is not made only of `a-z` and `0-9`. The stem is ASCII.
pub(crate) fn stem_into(word: &str, w: &mut Vec<u8>) -> bool {
    w.clear();
    let bytes = word.as_bytes();
    if !bytes
        .iter()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return false;
    }
    if let Some(s) = exception1(word) {
        w.extend_from_slice(s.as_bytes());
        return true;
    }
    w.extend_from_slice(bytes);
    if bytes.len() < 3 {
        return true;
    }

    // prelude: a `y` at the start or after a vowel is a consonant, `Y`
    let mut y_found = false;
    if w[0] == b'y' {
        w[0] = b'Y';
        y_found = true;
    }
    for i in 1..w.len() {
        if w[i] == b'y' && is_vowel(w[i - 1]) {
            w[i] = b'Y';
            y_found = true;
        }
    }

    // mark_regions
    let n = w.len();
    let mut p1 = n;
    let mut p2 = n;
    let prefix = [&b"gener"[..], b"commun", b"arsen"]
        .into_iter()
        .find(|p| w.starts_with(p))
        .map(<[u8]>::len);
    if let Some(r1) = prefix.or_else(|| after_vowel_consonant(w, 0)) {
        p1 = r1;
        if let Some(r2) = after_vowel_consonant(w, r1) {
            p2 = r2;
        }
    }

    step_1a(w);
    if !is_exception2(w) {
        step_1b(w, p1);
        step_1c(w);
        step_2(w, p1);
        step_3(w, p1, p2);
        step_4(w, p2);
        step_5(w, p1, p2);
    }

    if y_found {
        for b in w.iter_mut() {
            if *b == b'Y' {
                *b = b'y';
            }
        }
    }
    true
}

/// Words with a stem of their own (Snowball's `exception1`).
fn exception1(word: &str) -> Option<&'static str> {
    Some(match word {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" => "sky",
        "news" => "news",
        "howe" => "howe",
        "atlas" => "atlas",
        "cosmos" => "cosmos",
        "bias" => "bias",
        "andes" => "andes",
        _ => return None,
    })
}

/// Words left alone after step 1a (Snowball's `exception2`).
fn is_exception2(w: &[u8]) -> bool {
    matches!(
        w,
        b"succeed"
            | b"proceed"
            | b"exceed"
            | b"canning"
            | b"inning"
            | b"earring"
            | b"herring"
            | b"outing"
    )
}

/// `gopast v gopast non-v` from `from`: the position after the first non-vowel that follows a vowel.
fn after_vowel_consonant(w: &[u8], from: usize) -> Option<usize> {
    let v = from + w[from..].iter().position(|&b| is_vowel(b))?;
    let c = v + 1 + w[v + 1..].iter().position(|&b| !is_vowel(b))?;
    Some(c + 1)
}

/// Whether `w[..end]` ends in a short syllable (Snowball's `shortv`).
fn shortv(w: &[u8], end: usize) -> bool {
    (end >= 3 && !is_vowel_wxy(w[end - 1]) && is_vowel(w[end - 2]) && !is_vowel(w[end - 3]))
        || (end == 2 && !is_vowel(w[1]) && is_vowel(w[0]))
}

/// `w.ends_with(suffix)`, compared byte by byte from the end: suffixes are short and most differ
/// from `w` in their last byte, so this beats a call to `memcmp`.
fn has_suffix(w: &[u8], suffix: &[u8]) -> bool {
    suffix.len() <= w.len() && suffix.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
}

/// The entry of `table` that is the longest suffix of `w`, as Snowball's `among` picks it.
fn longest_suffix<T: Copy>(w: &[u8], table: &[(&[u8], T)]) -> Option<(usize, T)> {
    let &last = w.last()?;
    let mut best: Option<(usize, T)> = None;
    for &(suffix, action) in table {
        // most entries differ from the word in their last byte: test it before the rest
        if suffix.last() == Some(&last)
            && has_suffix(w, suffix)
            && best.is_none_or(|(len, _)| suffix.len() > len)
        {
            best = Some((suffix.len(), action));
        }
    }
    best
}

fn replace_suffix(w: &mut Vec<u8>, len: usize, by: &[u8]) {
    w.truncate(w.len() - len);
    w.extend_from_slice(by);
}

fn step_1a(w: &mut Vec<u8>) {
    let n = w.len();
    if has_suffix(w, b"sses") {
        replace_suffix(w, 4, b"ss");
    } else if has_suffix(w, b"ied") || has_suffix(w, b"ies") {
        let by: &[u8] = if n - 3 >= 2 { b"i" } else { b"ie" };
        replace_suffix(w, 3, by);
    } else if has_suffix(w, b"ss") || has_suffix(w, b"us") {
        // left alone
    } else if has_suffix(w, b"s") {
        // delete when a vowel comes before the letter before the `s`
        if n >= 2 && w[..n - 2].iter().any(|&b| is_vowel(b)) {
            w.truncate(n - 1);
        }
    }
}

fn step_1b(w: &mut Vec<u8>, p1: usize) {
    const TABLE: &[(&[u8], u8)] = &[
        (b"ed", 2),
        (b"eed", 1),
        (b"ing", 2),
        (b"edly", 2),
        (b"eedly", 1),
        (b"ingly", 2),
    ];
    let Some((len, action)) = longest_suffix(w, TABLE) else {
        return;
    };
    let start = w.len() - len;
    if action == 1 {
        if start >= p1 {
            replace_suffix(w, len, b"ee");
        }
        return;
    }
    if !w[..start].iter().any(|&b| is_vowel(b)) {
        return;
    }
    w.truncate(start);
    let n = w.len();
    if has_suffix(w, b"at") || has_suffix(w, b"bl") || has_suffix(w, b"iz") {
        w.push(b'e');
    } else if n >= 2
        && w[n - 1] == w[n - 2]
        && matches!(
            w[n - 1],
            b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
    {
        w.pop();
    } else if n == p1 && shortv(w, n) {
        w.push(b'e');
    }
}

fn step_1c(w: &mut [u8]) {
    let n = w.len();
    if n >= 3 && matches!(w[n - 1], b'y' | b'Y') && !is_vowel(w[n - 2]) {
        w[n - 1] = b'i';
    }
}

fn step_2(w: &mut Vec<u8>, p1: usize) {
    const TABLE: &[(&[u8], u8)] = &[
        (b"anci", 3),
        (b"enci", 2),
        (b"ogi", 13),
        (b"li", 16),
        (b"bli", 12),
        (b"abli", 4),
        (b"alli", 8),
        (b"fulli", 14),
        (b"lessli", 15),
        (b"ousli", 10),
        (b"entli", 5),
        (b"aliti", 8),
        (b"biliti", 12),
        (b"iviti", 11),
        (b"tional", 1),
        (b"ational", 7),
        (b"alism", 8),
        (b"ation", 7),
        (b"ization", 6),
        (b"izer", 6),
        (b"ator", 7),
        (b"iveness", 11),
        (b"fulness", 9),
        (b"ousness", 10),
    ];
    let Some((len, action)) = longest_suffix(w, TABLE) else {
        return;
    };
    let start = w.len() - len;
    if start < p1 {
        return;
    }
    let by: &[u8] = match action {
        1 => b"tion",
        2 => b"ence",
        3 => b"ance",
        4 => b"able",
        5 => b"ent",
        6 => b"ize",
        7 => b"ate",
        8 => b"al",
        9 | 14 => b"ful",
        10 => b"ous",
        11 => b"ive",
        12 => b"ble",
        13 => {
            if start == 0 || w[start - 1] != b'l' {
                return;
            }
            b"og"
        }
        15 => b"less",
        _ => {
            if start == 0 || !is_valid_li(w[start - 1]) {
                return;
            }
            b""
        }
    };
    replace_suffix(w, len, by);
}

fn step_3(w: &mut Vec<u8>, p1: usize, p2: usize) {
    const TABLE: &[(&[u8], u8)] = &[
        (b"icate", 4),
        (b"ative", 6),
        (b"alize", 3),
        (b"iciti", 4),
        (b"ical", 4),
        (b"tional", 1),
        (b"ational", 2),
        (b"ful", 5),
        (b"ness", 5),
    ];
    let Some((len, action)) = longest_suffix(w, TABLE) else {
        return;
    };
    let start = w.len() - len;
    if start < p1 {
        return;
    }
    let by: &[u8] = match action {
        1 => b"tion",
        2 => b"ate",
        3 => b"al",
        4 => b"ic",
        5 => b"",
        _ => {
            if start < p2 {
                return;
            }
            b""
        }
    };
    replace_suffix(w, len, by);
}

fn step_4(w: &mut Vec<u8>, p2: usize) {
    const TABLE: &[(&[u8], u8)] = &[
        (b"ic", 1),
        (b"ance", 1),
        (b"ence", 1),
        (b"able", 1),
        (b"ible", 1),
        (b"ate", 1),
        (b"ive", 1),
        (b"ize", 1),
        (b"iti", 1),
        (b"al", 1),
        (b"ism", 1),
        (b"ion", 2),
        (b"er", 1),
        (b"ous", 1),
        (b"ant", 1),
        (b"ent", 1),
        (b"ment", 1),
        (b"ement", 1),
    ];
    let Some((len, action)) = longest_suffix(w, TABLE) else {
        return;
    };
    let start = w.len() - len;
    if start < p2 {
        return;
    }
    if action == 2 && (start == 0 || !matches!(w[start - 1], b's' | b't')) {
        return;
    }
    w.truncate(start);
}

fn step_5(w: &mut Vec<u8>, p1: usize, p2: usize) {
    let Some(&last) = w.last() else {
        return;
    };
    let start = w.len() - 1;
    let delete = match last {
        b'e' => start >= p2 || (start >= p1 && !shortv(w, start)),
        b'l' => start >= p2 && start >= 1 && w[start - 1] == b'l',
        _ => false,
    };
    if delete {
        w.truncate(start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_stemmers::{Algorithm, Stemmer};

    fn check(stemmer: &Stemmer, word: &str) {
        if let Some(ours) = stem(word) {
            assert_eq!(ours, stemmer.stem(word).as_ref(), "{word:?}");
        }
    }

    #[test]
    fn agrees_with_rust_stemmers_on_known_cases() {
        let stemmer = Stemmer::create(Algorithm::English);
        for word in [
            "a",
            "ab",
            "abc",
            "y",
            "yy",
            "yyy",
            "sayyid",
            "yelling",
            "toy",
            "toys",
            "boyish",
            "caresses",
            "ponies",
            "ties",
            "cries",
            "gas",
            "this",
            "gaps",
            "kiwis",
            "succeed",
            "proceeding",
            "agreed",
            "agreedly",
            "feed",
            "bled",
            "plastered",
            "luxuriating",
            "hopping",
            "hoping",
            "filing",
            "fizzed",
            "failing",
            "conditional",
            "rational",
            "valenci",
            "hesitanci",
            "digitizer",
            "conformabli",
            "radicalli",
            "differentli",
            "vileli",
            "analogousli",
            "vietnamization",
            "predication",
            "operator",
            "feudalism",
            "decisiveness",
            "hopefulness",
            "callousness",
            "formaliti",
            "sensitiviti",
            "sensibiliti",
            "triplicate",
            "formative",
            "formalize",
            "electriciti",
            "electrical",
            "hopeful",
            "goodness",
            "revival",
            "allowance",
            "inference",
            "airliner",
            "gyroscopic",
            "adjustable",
            "defensible",
            "irritant",
            "replacement",
            "adjustment",
            "dependent",
            "adoption",
            "homologou",
            "communism",
            "activate",
            "angulariti",
            "homologous",
            "effective",
            "bowdlerize",
            "probate",
            "rate",
            "cease",
            "controll",
            "roll",
            "generate",
            "generously",
            "communicate",
            "communism",
            "arsenal",
            "arsenic",
            "skis",
            "skies",
            "dying",
            "only",
            "news",
            "inning",
            "innings",
            "outings",
            "cannings",
            "herrings",
            "earrings",
            "exceeding",
            "fluently",
            "logically",
            "apology",
            "archaeology",
            "2004",
            "1990s",
            "3rd",
            "b52s",
            "aaa",
            "eee",
            "iii",
            "ooo",
            "uuu",
            "yyyy",
            "ayyy",
            "eyes",
            "bye",
            "byes",
            "syzygy",
            "ugly",
            "uglier",
            "early",
            "earliest",
            "gently",
            "idly",
            "singly",
            "sky",
            "skying",
            "dyings",
            "lying",
            "tying",
            "atlas",
            "atlases",
            "cosmos",
            "bias",
            "biases",
            "andes",
            "howe",
            "howes",
            "ied",
            "ies",
            "bies",
            "eed",
            "ing",
            "ings",
            "sing",
            "ed",
            "bed",
            "beds",
            "ly",
            "lily",
            "fly",
            "flying",
            "crying",
            "played",
            "playing",
            "enjoy",
            "enjoying",
            "employ",
            "employee",
            "yesterday",
        ] {
            check(&stemmer, word);
        }
    }

    #[test]
    fn leaves_other_words_to_rust_stemmers() {
        assert_eq!(stem("Running"), None);
        assert_eq!(stem("café"), None);
        assert_eq!(stem("don't"), None);
        assert_eq!(stem(""), Some(String::new()));
    }

    /// Every word of the shared evaluation data (when it is there), stemmed both ways.
    #[test]
    fn agrees_with_rust_stemmers_on_the_shared_data() {
        use std::collections::HashSet;
        use std::io::Read;
        let Ok(dir) = crate::eval::dataset::shared_path("data") else {
            eprintln!("shared data missing: skipped");
            return;
        };
        let mut text = String::new();
        for file in [
            "duc/duc2003-task2.jsonl",
            "duc/duc2003-task3.jsonl",
            "duc/duc2004-task2-docs-only.jsonl",
            "duc/duc2006.jsonl",
            "duc/duc2007-update.jsonl",
            "duc/tac2011-english.jsonl",
        ] {
            if let Ok(t) = std::fs::read_to_string(dir.join(file)) {
                text.push_str(&t);
            }
        }
        if let Ok(f) = std::fs::File::open(dir.join("multinews/val.jsonl.gz")) {
            let _ = flate2::read::GzDecoder::new(f).read_to_string(&mut text);
        }
        let mut words = HashSet::new();
        crate::words::for_each_word(&text, |w| {
            if !words.contains(w) {
                words.insert(w.to_string());
            }
        });
        let stemmer = Stemmer::create(Algorithm::English);
        let mut checked = 0;
        for word in &words {
            if let Some(ours) = stem(word) {
                assert_eq!(ours, stemmer.stem(word).as_ref(), "{word:?}");
                checked += 1;
            }
        }
        eprintln!("{checked} of {} words checked", words.len());
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_rust_stemmers_on_letter_strings(word in "[a-z0-9]{0,14}") {
            let stemmer = Stemmer::create(Algorithm::English);
            proptest::prop_assert_eq!(stem(&word), Some(stemmer.stem(&word).into_owned()));
        }

        #[test]
        fn agrees_with_rust_stemmers_on_suffix_heavy_strings(
            word in "[bcdlnrstvy]{0,3}[aeiouy]{0,2}[bcdglmnrstyz]{0,3}(ed|eed|ing|ingly|edly|eedly|ies|ied|sses|ss|us|s|y|ational|tional|enci|anci|izer|bli|abli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|ogi|li|fulli|lessli|icate|ative|alize|iciti|ical|ful|ness|al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ism|ate|iti|ous|ive|ize|ion|sion|tion|e|l|ll){0,2}"
        ) {
            let stemmer = Stemmer::create(Algorithm::English);
            proptest::prop_assert_eq!(stem(&word), Some(stemmer.stem(&word).into_owned()));
        }
    }
}
