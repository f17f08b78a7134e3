//! Sentence splitting on news copy: one test per family of hard cases, the seed articles, the
//! Multi-News validation documents, and properties over arbitrary input.

use std::io::Read;
use std::path::PathBuf;

use proptest::prelude::*;
use roundup::eval::dataset::shared_path;
use roundup::text::split_sentences;

/// A file or folder of the shared evaluation data (`ROUNDUP_SHARED` or `../shared`).
fn shared(relative: &str) -> PathBuf {
    shared_path(relative).unwrap_or_else(|e| panic!("{e}"))
}

fn split(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn a_clock_time_keeps_its_day_or_zone() {
    let text = "Police closed the 92-year-old bridge at 4 p.m. Tuesday, less than two hours after the report. \
        The mayor spoke at 9 a.m. EDT on Wednesday. The meeting ends at 7 p.m. The mayor will attend.";
    assert_eq!(
        split(text),
        [
            "Police closed the 92-year-old bridge at 4 p.m. Tuesday, less than two hours after the report.",
            "The mayor spoke at 9 a.m. EDT on Wednesday.",
            "The meeting ends at 7 p.m.",
            "The mayor will attend.",
        ]
    );
    // lower-cased (Multi-News) text too
    let lower =
        "police closed the bridge at 4 p.m. tuesday, less than two hours after the report. \
        the mayor will attend.";
    assert_eq!(
        split(lower),
        [
            "police closed the bridge at 4 p.m. tuesday, less than two hours after the report.",
            "the mayor will attend.",
        ]
    );
}

#[test]
fn titles_months_and_company_abbreviations() {
    let text = "IDF Chief of Staff Lt.-Gen. Gadi Eisenkot met Gen. Curtis Scaparrotti in Brussels. \
        Lt. Col. Peter Lerner said Sgt. First Class Avi Cohen was hurt on Jan. 5 and released in Sept. 2001. \
        Gov. Andrew Cuomo, Sen. John McCain and Rep. Nancy Pelosi met Mr. and Mrs. Smith and Dr. Brown. \
        The U.S. Army and the U.N. Security Council agreed. \
        Apple Corp. and Acme Inc. beat Smith Co. and Jones Ltd. in court. \
        Martin Luther King Jr. spoke on St. Patrick's Day. \
        He is ranked No. 3 in the world after Brown vs. Board of Education. \
        The meeting began at 9 a.m. and ended at 5 p.m. on Monday. \
        He works at Acme Co. The company makes widgets. \
        The opposition accused strongman Hun Sen. The king stayed silent.";
    assert_eq!(
        split(text),
        [
            "IDF Chief of Staff Lt.-Gen. Gadi Eisenkot met Gen. Curtis Scaparrotti in Brussels.",
            "Lt. Col. Peter Lerner said Sgt. First Class Avi Cohen was hurt on Jan. 5 and released in Sept. 2001.",
            "Gov. Andrew Cuomo, Sen. John McCain and Rep. Nancy Pelosi met Mr. and Mrs. Smith and Dr. Brown.",
            "The U.S. Army and the U.N. Security Council agreed.",
            "Apple Corp. and Acme Inc. beat Smith Co. and Jones Ltd. in court.",
            "Martin Luther King Jr. spoke on St. Patrick's Day.",
            "He is ranked No. 3 in the world after Brown vs. Board of Education.",
            "The meeting began at 9 a.m. and ended at 5 p.m. on Monday.",
            "He works at Acme Co.",
            "The company makes widgets.",
            "The opposition accused strongman Hun Sen.",
            "The king stayed silent.",
        ]
    );
}

#[test]
fn initials_stay_with_their_names() {
    let text =
        "President George W. Bush met J.P. Morgan executives. J. R. R. Tolkien wrote the books. \
        \"What will I do?\" asked Rep. Bill Pascrell Jr., D-N.J., who is undecided. \
        Sen. Robert Torricelli, D-N. J., said the vote was close.";
    assert_eq!(
        split(text),
        [
            "President George W. Bush met J.P. Morgan executives.",
            "J. R. R. Tolkien wrote the books.",
            "\"What will I do?\" asked Rep. Bill Pascrell Jr., D-N.J., who is undecided.",
            "Sen. Robert Torricelli, D-N. J., said the vote was close.",
        ]
    );
}

#[test]
fn decimals_amounts_and_percentages() {
    let text = "The deal is worth $3.5 billion, or 3.5% of sales. Shares rose 2.75 to $41.25 in New York. \
        Inflation rose 3 pct. in Sept. from a year earlier. Output fell 2.5 pct. The central bank said it would act.";
    assert_eq!(
        split(text),
        [
            "The deal is worth $3.5 billion, or 3.5% of sales.",
            "Shares rose 2.75 to $41.25 in New York.",
            "Inflation rose 3 pct. in Sept. from a year earlier.",
            "Output fell 2.5 pct.",
            "The central bank said it would act.",
        ]
    );
}

#[test]
fn quotes_that_end_sentences() {
    let text = "\"This is not legitimate,\" he said. Next week the talks resume. \
        \"We will not accept it.\" Netanyahu said the deal was a mistake. \
        Apple Inc. \"We are thrilled,\" the company said. \
        He criticized the U.S. \"war on terror\" policy.";
    assert_eq!(
        split(text),
        [
            "\"This is not legitimate,\" he said.",
            "Next week the talks resume.",
            "\"We will not accept it.\"",
            "Netanyahu said the deal was a mistake.",
            "Apple Inc.",
            "\"We are thrilled,\" the company said.",
            "He criticized the U.S. \"war on terror\" policy.",
        ]
    );
}

#[test]
fn question_and_exclamation_inside_quotes() {
    let text = "\"Is it over?\" John asked reporters. \"Yes!\" she said. \
        \"Why did this happen?\" The question haunted him. \"Run!\" They ran. \
        \"Why wasn't I there?\" sobbed a young woman as she turned away.";
    assert_eq!(
        split(text),
        [
            "\"Is it over?\" John asked reporters.",
            "\"Yes!\" she said.",
            "\"Why did this happen?\"",
            "The question haunted him.",
            "\"Run!\"",
            "They ran.",
            "\"Why wasn't I there?\" sobbed a young woman as she turned away.",
        ]
    );
}

#[test]
fn multi_sentence_quotations_are_split_curly_or_straight() {
    let text = "On Monday, Netanyahu told the Knesset, \u{201C}Iran knows very well we will not accept it. \
        Our friends in Washington know that we will act.\u{201D}\n\
        \"If we talk about pro-Iranian forces, some may be tempted. Should it surrender? I believe not,\" \
        the minister said.";
    assert_eq!(
        split(text),
        [
            "On Monday, Netanyahu told the Knesset, \u{201C}Iran knows very well we will not accept it.",
            "Our friends in Washington know that we will act.\u{201D}",
            "\"If we talk about pro-Iranian forces, some may be tempted.",
            "Should it surrender?",
            "I believe not,\" the minister said.",
        ]
    );
}

#[test]
fn datelines_stay_attached() {
    let text = "LONDON (AP) _ An influential panel said Tuesday that growth would slow. Officials disagreed.\n\
        MOSCOW, Nov. 14 (Reuters) - Russia said on Thursday it would respond. It gave no details.\n\
        WASHINGTON (AP) \u{2014} The Senate voted 52-48 on Tuesday.\n\
        goshen, n.y. ( ap ) \u{2014} a woman accused of killing her fiance pleaded guilty.";
    assert_eq!(
        split(text),
        [
            "LONDON (AP) _ An influential panel said Tuesday that growth would slow.",
            "Officials disagreed.",
            "MOSCOW, Nov. 14 (Reuters) - Russia said on Thursday it would respond.",
            "It gave no details.",
            "WASHINGTON (AP) \u{2014} The Senate voted 52-48 on Tuesday.",
            "goshen, n.y. ( ap ) \u{2014} a woman accused of killing her fiance pleaded guilty.",
        ]
    );
}

#[test]
fn ellipses_and_parentheses() {
    let text = "He paused... and then spoke. It was over... The crowd left. \
        The company (which was founded in 1990.) said profits rose. \
        (The vote was 5-4. It was close.) Nobody objected.";
    assert_eq!(
        split(text),
        [
            "He paused... and then spoke.",
            "It was over...",
            "The crowd left.",
            "The company (which was founded in 1990.) said profits rose.",
            "(The vote was 5-4.",
            "It was close.)",
            "Nobody objected.",
        ]
    );
}

#[test]
fn newlines_end_sentences_and_headlines_stand_alone() {
    let text = "Lavrov: Iranian presence in Syria legitimate\r\n\
        Russian Foreign Minister Sergey Lavrov said the presence was legitimate. He spoke in Moscow\n\n  \n\
        Comments are closed.\n\"\n";
    assert_eq!(
        split(text),
        [
            "Lavrov: Iranian presence in Syria legitimate",
            "Russian Foreign Minister Sergey Lavrov said the presence was legitimate.",
            "He spoke in Moscow",
            "Comments are closed.",
            "\"",
        ]
    );
}

/// Multi-News style: lower-cased except after a period, quotes and brackets spaced out.
#[test]
fn multinews_tokenised_text() {
    let text = "sen. John mccain ( r-ariz. ) said the deal was bad. \" it is a bad deal, \" he said. \
        \" we will not accept it. \" the senate voted 52-48 at 8: 30 p.m. Mr. Obama and mrs. Clinton \
        met the u.s. Ambassador. \" did he have a debt? \" clinton asked. The question is, \" when \
        will this be over? \" that's not a slam of the show. Knopf is a division of random house inc. \
        \" we are seeing record sales. \" it is a \" huge \" win. She loved animals. She loved singing.";
    assert_eq!(
        split(text),
        [
            "sen. John mccain ( r-ariz. ) said the deal was bad.",
            "\" it is a bad deal, \" he said.",
            "\" we will not accept it. \"",
            "the senate voted 52-48 at 8: 30 p.m.",
            "Mr. Obama and mrs. Clinton met the u.s. Ambassador.",
            "\" did he have a debt? \" clinton asked.",
            "The question is, \" when will this be over? \"",
            "that's not a slam of the show.",
            "Knopf is a division of random house inc.",
            "\" we are seeing record sales. \"",
            "it is a \" huge \" win.",
            "She loved animals.",
            "She loved singing.",
        ]
    );
}

#[test]
fn fully_lower_cased_text() {
    let text =
        "the u.s . army said on friday it would send troops . the u.n . security council met \
        later . sen . john mccain said it was a mistake ! he left at 3.30 p.m . on monday ... and \
        did not return .";
    assert_eq!(
        split(text),
        [
            "the u.s . army said on friday it would send troops .",
            "the u.n . security council met later .",
            "sen . john mccain said it was a mistake !",
            "he left at 3.30 p.m . on monday ... and did not return .",
        ]
    );
}

#[test]
fn tokenised_punctuation_with_spaces() {
    let text =
        "sen . john mccain said the deal was bad . \" it is a bad deal , \" he said . \" we \
        will not accept it . \" the senate voted . \" why ? \" she asked .\n\
        Sen . John McCain said the deal was bad . \" It is a bad deal , \" he said . \" We will \
        not accept it . \" The Senate voted .";
    assert_eq!(
        split(text),
        [
            "sen . john mccain said the deal was bad .",
            "\" it is a bad deal , \" he said .",
            "\" we will not accept it . \"",
            "the senate voted .",
            "\" why ? \" she asked .",
            "Sen . John McCain said the deal was bad .",
            "\" It is a bad deal , \" he said .",
            "\" We will not accept it . \"",
            "The Senate voted .",
        ]
    );
}

#[test]
fn seed_articles() {
    let dir = shared("data/seeds");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("read seeds") {
        let path = entry.expect("seed entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(&path).expect("read seed"));
        }
    }
    assert!(
        texts.len() >= 5,
        "expected five seed articles in {}",
        dir.display()
    );
    let sentences: Vec<&str> = texts.iter().flat_map(|t| split(t)).collect();
    let expected = [
        "IDF Chief of Staff Lt.-Gen. Gadi Eisenkot secretly flew to Brussels on Friday where he met \
         with met with the head of the US Army\u{2019}s European Command Gen. Curtis Scaparrotti.",
        "The two discussed Iranian moves in Syria.",
        // a multi-sentence quotation is split into its sentences
        "Our friends in Washington and Moscow know that we will act to preserve our security interests.",
        "We deal firmly and responsibly with the threats around us.\u{201D}",
        "\u{201C}Neither Iran nor pro-Iranian units were discussed,\u{201D} the minister said.",
        // headlines and boilerplate lines without a period stand alone
        "Presence of Iranian military advisors in Syria legitimate: Lavrov",
        "Comments are closed.",
    ];
    for want in expected {
        assert!(
            sentences.contains(&want),
            "missing sentence {want:?}; sentences mentioning its start: {:?}",
            sentences
                .iter()
                .filter(|s| s.contains(&want[..20]))
                .collect::<Vec<_>>()
        );
    }
}

fn multinews_val_documents(max_clusters: usize) -> Vec<String> {
    let path = shared("data/multinews/val.jsonl.gz")
        .to_string_lossy()
        .into_owned();
    let file = std::fs::File::open(&path).expect("open Multi-News val");
    let mut raw = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut raw)
        .expect("decompress Multi-News val");
    let mut docs = Vec::new();
    for line in raw.lines().take(max_clusters) {
        let value: serde_json::Value = serde_json::from_str(line).expect("cluster json");
        let documents = value["documents"].as_array().expect("documents array");
        docs.extend(
            documents
                .iter()
                .filter_map(|d| d.as_str().map(str::to_owned)),
        );
    }
    docs
}

/// On real Multi-News documents: titles never end a sentence (except where the document is
/// truncated), and run-on "sentences" (multi-sentence quotations left whole) are rare.
#[test]
fn multinews_validation_documents() {
    let docs = multinews_val_documents(1500);
    assert!(
        docs.len() > 3000,
        "too few Multi-News documents: {}",
        docs.len()
    );
    let mut sentences = 0usize;
    let mut title_endings = Vec::new();
    let mut long = 0usize;
    for doc in &docs {
        let ranges = split_sentences(doc);
        let n = ranges.len();
        for (i, r) in ranges.into_iter().enumerate() {
            let s = &doc[r];
            sentences += 1;
            if s.split_whitespace().count() > 80 {
                long += 1;
            }
            let last = s.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
            if i + 1 < n
                && ["mr.", "mrs.", "ms.", "dr.", "sen.", "gov.", "gen."].contains(&last.as_str())
            {
                title_endings.push(s.to_owned());
            }
        }
    }
    assert!(
        title_endings.is_empty(),
        "{} sentences end with a title, e.g. {:?}",
        title_endings.len(),
        title_endings.first()
    );
    let long_share = long as f64 / sentences as f64;
    assert!(
        long_share < 0.01,
        "{long} of {sentences} sentences ({:.2}%) have more than 80 words",
        long_share * 100.0
    );
}

fn check_ranges(text: &str) -> Result<(), TestCaseError> {
    let ranges = split_sentences(text);
    let mut prev_end = 0;
    for r in &ranges {
        prop_assert!(r.start < r.end, "empty range {r:?}");
        prop_assert!(r.start >= prev_end, "overlapping or unordered range {r:?}");
        prop_assert!(r.end <= text.len());
        prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        let s = &text[r.clone()];
        prop_assert_eq!(s, s.trim(), "untrimmed sentence");
        prev_end = r.end;
    }
    // every non-whitespace char is inside some sentence
    let mut next = 0;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        while next < ranges.len() && ranges[next].end <= i {
            next += 1;
        }
        prop_assert!(
            next < ranges.len() && ranges[next].start <= i,
            "char {c:?} at {i} not covered by {ranges:?}"
        );
    }
    Ok(())
}

fn newsy_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Mr.".to_owned()),
        Just("Lt.-Gen.".to_owned()),
        Just("U.S.".to_owned()),
        Just("u.s .".to_owned()),
        Just("\"".to_owned()),
        Just("\u{201C}".to_owned()),
        Just("\u{201D}".to_owned()),
        Just("'".to_owned()),
        Just("...".to_owned()),
        Just("\u{2026}".to_owned()),
        Just("?".to_owned()),
        Just("!".to_owned()),
        Just(".".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("\n".to_owned()),
        Just("said".to_owned()),
        Just("3.5".to_owned()),
        "[A-Za-z]{1,8}",
        "\\PC{1,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn ranges_are_valid_on_arbitrary_text(text in "\\PC{0,200}") {
        check_ranges(&text)?;
    }

    #[test]
    fn ranges_are_valid_on_arbitrary_chars(text in any::<String>()) {
        check_ranges(&text)?;
    }

    #[test]
    fn ranges_are_valid_on_newsy_text(
        pieces in prop::collection::vec((newsy_piece(), prop_oneof![Just(""), Just(" "), Just("  ")]), 0..60)
    ) {
        let text: String = pieces.iter().flat_map(|(p, s)| [p.as_str(), s]).collect();
        check_ranges(&text)?;
    }
}
