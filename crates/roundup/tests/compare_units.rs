//! The comparison on small hand-written articles: each quotation form, name merging, consensus
//! counting, a denial pair and a non-contradiction that merely shares words.

use roundup::clean::clean_cluster;
use roundup::compare::{
    compare, compare_with, AttributionForm, CompareOptions, Comparison, DisputeKind, Quote,
};
use roundup::model::{Article, Cluster};
use roundup::summarize::ClusterStats;
use roundup::text::Analyzer;

fn run(texts: &[&str]) -> Comparison {
    run_options(texts, &CompareOptions::default())
}

fn run_with_disputes(texts: &[&str]) -> Comparison {
    run_options(
        texts,
        &CompareOptions {
            disputes: true,
            ..CompareOptions::default()
        },
    )
}

fn run_options(texts: &[&str], options: &CompareOptions) -> Comparison {
    let cluster = Cluster {
        id: "t".into(),
        articles: texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article {
                id: format!("a{i}"),
                origin: format!("a{i}"),
                text: t.to_string(),
                ..Article::default()
            })
            .collect(),
    };
    let analysed = Analyzer::new().analyse(clean_cluster(cluster));
    assert_eq!(
        analysed.articles.len(),
        texts.len(),
        "no article may be folded or dropped"
    );
    let stats = ClusterStats::new(&analysed);
    compare_with(&analysed, &stats, options)
}

fn quote<'a>(c: &'a Comparison, words: &str) -> &'a Quote {
    c.quotes
        .iter()
        .find(|q| q.text.contains(words))
        .unwrap_or_else(|| panic!("no quotation with {words:?} in {:#?}", c.quotes))
}

fn speaker_of(c: &Comparison, words: &str) -> Option<String> {
    quote(c, words).speaker.clone()
}

const FORMS: &str = "The foreign minister of Ruritania, Anna Kovacs, spoke in the capital on Monday about the border talks with her neighbours.
\"We will not give up a single village,\" Kovacs said.
\"The talks are over for this year,\" said Peter Lindqvist, the chief negotiator of the other side.
Opposition leader Marek Zielinski told reporters: \"The government has failed the farmers of the valley.\"
According to Zielinski, \"nobody in the valley was asked about the new line on the map.\"
The army spokesman Jonas Berg said the troops were \"ready for every outcome\" of the talks.
\"Our patrols will stay where they are,\" Berg was quoted as saying by the state news agency.
Interior Minister Clara Holm: \"The border crossings stay open for trade.\"
Lindqvist left the hall early in the afternoon without talking to anyone else.
\"There is nothing more to discuss,\" he said.
\"We have made our last offer. It was a fair one.
\"Now it is up to them,\" Kovacs added.";

#[test]
fn each_quotation_form_gets_its_speaker() {
    let c = run(&[FORMS]);
    let cases = [
        (
            "not give up a single village",
            "Anna Kovacs",
            AttributionForm::After,
        ),
        (
            "talks are over for this year",
            "Peter Lindqvist",
            AttributionForm::After,
        ),
        (
            "government has failed the farmers",
            "Marek Zielinski",
            AttributionForm::Before,
        ),
        (
            "nobody in the valley was asked",
            "Marek Zielinski",
            AttributionForm::According,
        ),
        (
            "ready for every outcome",
            "Jonas Berg",
            AttributionForm::Before,
        ),
        (
            "Our patrols will stay",
            "Jonas Berg",
            AttributionForm::After,
        ),
        (
            "border crossings stay open",
            "Clara Holm",
            AttributionForm::Colon,
        ),
        (
            "nothing more to discuss",
            "Peter Lindqvist",
            AttributionForm::After,
        ),
    ];
    for (words, speaker, form) in cases {
        let q = quote(&c, words);
        assert_eq!(
            q.speaker.as_deref(),
            Some(speaker),
            "speaker of {words:?}: {q:#?}"
        );
        assert_eq!(q.occurrences[0].form, Some(form), "form of {words:?}");
    }
    // the pronoun is resolved to the last person named before the quotation
    assert_eq!(
        quote(&c, "nothing more to discuss").occurrences[0]
            .speaker_as_written
            .as_deref(),
        Some("he")
    );
    assert_eq!(
        quote(&c, "ready for every outcome").verb.as_deref(),
        Some("said")
    );
    // a quotation paragraph without a closing mark goes on in the next one, by the same speaker
    let open = quote(&c, "We have made our last offer. It was a fair one.");
    assert_eq!(open.speaker.as_deref(), Some("Anna Kovacs"));
    assert_eq!(open.occurrences[0].form, Some(AttributionForm::Continued));
    assert_eq!(
        speaker_of(&c, "Now it is up to them").as_deref(),
        Some("Anna Kovacs")
    );
}

#[test]
fn scare_quotes_sounds_and_titles_are_not_listed_as_quotes() {
    let c = run(&["The crowd watched the fireworks over the harbour with a chorus of \"oohs\" and \"aahs\" until midnight.\nThe festival, which locals call the \"night of lights,\" drew thousands of visitors to the old town.\nThe band closed with a song called \"Harbour Lights\" and the mayor's \"Summer in the City\" campaign.\nShe is the coauthor of \"A History of the Old Town\" and hosts \"Morning Harbour\" on local radio.\n\"The fireworks were the best we have had,\" the mayor said."]);
    let listed = |w: &str| c.quotes.iter().any(|q| q.text.contains(w));
    for words in [
        "oohs",
        "aahs",
        "night of lights",
        "Harbour Lights",
        "Summer in the City",
        "A History of the Old Town",
        "Morning Harbour",
    ] {
        assert!(
            !listed(words),
            "{words:?} listed as a quote: {:#?}",
            c.quotes
        );
    }
    assert_eq!(
        speaker_of(&c, "the best we have had").as_deref(),
        Some("the mayor")
    );
}

#[test]
fn a_quotation_interrupted_by_its_attribution_is_one_quote() {
    let c = run(&["Coach Mara Lind said after the final on Sunday that her team was tired.\n\"We will go home tonight,\" she said, \"and we will win the next one.\""]);
    let q = quote(&c, "We will go home tonight");
    assert_eq!(
        q.text,
        "We will go home tonight, and we will win the next one."
    );
    assert_eq!(q.speaker.as_deref(), Some("Mara Lind"));
    assert_eq!(c.quotes.len(), 1, "{:#?}", c.quotes);
}

#[test]
fn relatives_sharing_a_surname_keep_their_own_words() {
    let a = "O.J. Simpson told the parole board on Thursday that he had lived a conflict-free life in prison.\n\"I have done my time,\" Simpson said.\nNicole Brown Simpson's sister Tanya Brown said the family was not surprised.";
    let b = "Nicole Brown Simpson was killed in 1994.\n\"I am not afraid,\" Nicole Brown Simpson wrote in a diary entry read in court.\nHer former husband O.J. Simpson, now 70, will be released in October.\n\"I am sorry it happened,\" O.J. Simpson said.";
    let c = run(&[a, b]);
    assert_eq!(
        speaker_of(&c, "I have done my time").as_deref(),
        Some("O.J. Simpson")
    );
    assert_eq!(
        speaker_of(&c, "I am not afraid").as_deref(),
        Some("Nicole Brown Simpson")
    );
    assert_eq!(
        speaker_of(&c, "I am sorry").as_deref(),
        Some("O.J. Simpson")
    );
    for s in &c.speakers {
        assert!(!s.name.trim().is_empty(), "{:#?}", c.speakers);
    }
}

#[test]
fn junk_words_never_name_a_speaker_and_a_named_sentence_is_attributed() {
    let c = run(&["Dear Matt Damon, the letter began, thank you for the visit.\nMatt Damon visited the school on Monday.\n\"It was a great day,\" Damon said.\nAlthough Damon left early, \"the children loved it,\" he added.\n\"We will remember it,\" Prime Minister Mesut Yilmaz of Turkey said on Tuesday.\n\"He is still king of the hill,\" Steely said."]);
    assert_eq!(
        speaker_of(&c, "It was a great day").as_deref(),
        Some("Matt Damon")
    );
    assert_eq!(
        speaker_of(&c, "the children loved it").as_deref(),
        Some("Matt Damon")
    );
    assert_eq!(
        speaker_of(&c, "We will remember it").as_deref(),
        Some("Mesut Yilmaz")
    );
    assert_eq!(
        speaker_of(&c, "king of the hill").as_deref(),
        Some("Steely")
    );
}

#[test]
fn name_variants_of_one_speaker_merge_across_outlets_and_others_stay_apart() {
    let a = "Russian Foreign Minister Sergey Lavrov met his counterpart in Geneva on Tuesday.\n\"The presence of our advisers in the region is legitimate,\" the minister stressed after the meeting.";
    let b = "Foreign Minister Sergei Lavrov spoke to reporters in Geneva after a long day of talks.\n\"We are not leaving,\" Lavrov said.";
    let c2 = "Sergei Ivanov, the defence official, also spoke in Geneva about the talks.\n\"We expect more meetings in the spring,\" Ivanov said.";
    let c = run(&[a, b, c2]);
    let lavrov: Vec<_> = c
        .speakers
        .iter()
        .filter(|s| s.name.ends_with("Lavrov"))
        .collect();
    assert_eq!(lavrov.len(), 1, "{:#?}", c.speakers);
    let variants = &lavrov[0].variants;
    for v in ["Sergey Lavrov", "Sergei Lavrov", "Lavrov", "the minister"] {
        assert!(
            variants.iter().any(|x| x == v),
            "{v} missing from {variants:?}"
        );
    }
    assert_eq!(lavrov[0].articles, vec![0, 1]);
    assert!(speaker_of(&c, "advisers in the region is legitimate")
        .is_some_and(|s| s.ends_with("Lavrov")));
    assert_eq!(
        speaker_of(&c, "more meetings in the spring").as_deref(),
        Some("Sergei Ivanov")
    );
}

#[test]
fn the_same_quotation_in_several_outlets_is_listed_once() {
    let a = "The mayor visited the flooded district on Sunday morning.\n\"We will rebuild every house that the river took from us,\" Mayor Ida Brandt said.";
    let b = "Residents of the district spent the weekend clearing mud from their homes.\nMayor Ida Brandt promised help: \"We will rebuild every house that the river took.\"";
    let c = run(&[a, b]);
    let q: Vec<_> = c
        .quotes
        .iter()
        .filter(|q| q.text.contains("rebuild every house"))
        .collect();
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].articles, vec![0, 1]);
    assert_eq!(q[0].speaker.as_deref(), Some("Ida Brandt"));
    assert!(
        q[0].text.contains("took from us"),
        "the longer wording is shown"
    );
}

const BRIDGE_A: &str = "The city closed the Harbor Street bridge on Tuesday after inspectors found corroded steel girders under the deck.\nThe bridge carried about 20,000 cars a day between the port and the old town.\nLocal bakers handed out free bread to the drivers stuck in the long queues.";
const BRIDGE_B: &str = "Inspectors found corroded steel girders under the deck of the Harbor Street bridge, and the city closed it on Tuesday.\nAbout 20,000 cars used the bridge every day between the port and the old town.\nMayor Ana Ruiz said a ferry service would start next week.";
const BRIDGE_C: &str = "The Harbor Street bridge was closed by the city on Tuesday because inspectors found corroded steel girders under its deck.\nEngineers expect the repairs to take at least ten weeks.";

#[test]
fn consensus_counts_the_outlets_that_report_a_statement() {
    let c = run(&[BRIDGE_A, BRIDGE_B, BRIDGE_C]);
    let closed = c
        .consensus
        .iter()
        .find(|x| x.statement.text.contains("corroded steel girders"))
        .unwrap_or_else(|| panic!("{:#?}", c.consensus));
    assert_eq!(closed.articles, vec![0, 1, 2]);
    assert_eq!(closed.support.len(), 2);
    let cars = c
        .consensus
        .iter()
        .find(|x| x.statement.text.contains("20,000 cars"))
        .unwrap_or_else(|| panic!("{:#?}", c.consensus));
    assert_eq!(cars.articles, vec![0, 1]);
    // the most widely carried statement comes first
    assert!(c.consensus[0].articles.len() >= c.consensus.last().unwrap().articles.len());
    // what only one outlet reports
    let only = |a: usize| -> Vec<&str> {
        c.unique[a]
            .statements
            .iter()
            .map(|s| s.statement.text.as_str())
            .collect()
    };
    assert!(
        only(1).iter().any(|t| t.contains("ferry service")),
        "{:?}",
        only(1)
    );
    assert!(
        only(2).iter().any(|t| t.contains("ten weeks")),
        "{:?}",
        only(2)
    );
    assert!(!only(0).iter().any(|t| t.contains("corroded")));
}

#[test]
fn a_denial_is_not_listed_as_a_dispute() {
    // denials sharing the claim's words were rarely real disputes on hand-judged clusters
    let claim = "A senior US official said on Saturday that Russia had agreed to remove Iranian-backed forces from the area near the border.\nThe official spoke at a briefing in Washington.";
    let denial = "Russia never promised to withdraw Iranian-backed forces from the border area, the Russian foreign minister said on Tuesday.\nHe spoke at a news conference in Moscow.";
    let c = run(&[claim, denial]);
    assert!(c.disputed.is_empty(), "{:#?}", c.disputed);
}

#[test]
fn statements_that_merely_share_words_are_not_disputed() {
    let a = "Russia and the United States signed a ceasefire for southern Syria on Saturday after weeks of talks in Amman.";
    let b = "The ceasefire that Russia and the United States signed for southern Syria does not cover the northern provinces, officials said.";
    let c = run(&[a, b]);
    assert!(c.disputed.is_empty(), "{:#?}", c.disputed);
}

#[test]
fn different_numbers_for_the_same_count_are_disputed() {
    let a = "The ferry sank off the coast on Friday and 45 passengers were rescued by fishermen from the island.";
    let b = "Fishermen from the island rescued 38 passengers after the ferry sank off the coast on Friday.";
    assert!(
        run(&[a, b]).disputed.is_empty(),
        "disputes are off by default"
    );
    let c = run_with_disputes(&[a, b]);
    assert_eq!(c.disputed.len(), 1, "{:#?}", c.disputed);
    assert_eq!(c.disputed[0].kind, DisputeKind::Numbers);
    assert_eq!(c.disputed[0].shared, ["45 / 38"]);
    // the same figure in both is agreement
    let same = b.replace("38", "45");
    assert!(run_with_disputes(&[a, &same]).disputed.is_empty());
}

#[test]
fn one_article_and_empty_input_are_fine() {
    let c = run(&["Only one outlet wrote about the storm that hit the island on Monday night."]);
    assert!(c.consensus.is_empty() && c.disputed.is_empty());
    assert_eq!(c.unique.len(), 1);
    let analysed = Analyzer::new().analyse(clean_cluster(Cluster::default()));
    let stats = ClusterStats::new(&analysed);
    assert_eq!(compare(&analysed, &stats), Comparison::default());
}

#[test]
fn two_denials_of_the_same_thing_agree_and_are_not_disputed() {
    let a = "The withdrawal of Iranian forces from southern Syria was not discussed, Lavrov said on Tuesday.";
    let b = "Lavrov denied that Russia and the United States discussed any withdrawal of Iranian forces from southern Syria.";
    let c = run(&[a, b]);
    assert!(c.disputed.is_empty(), "{:#?}", c.disputed);
}
