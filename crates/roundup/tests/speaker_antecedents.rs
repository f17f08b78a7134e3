//! Quote speakers given by a pronoun (`she said`, `it said`): the person or body the pronoun
//! takes up, on sentences written for one rule each (session 25). The text is written for the
//! tests, not copied from the data.

mod quote_speakers;

use quote_speakers::{speaker_of, speakers};

#[test]
fn a_surname_that_is_also_a_title_word_follows_a_given_name() {
    // `Bishop`, `King`, `Judge` after a given name are surnames, and `she` / `he` takes the
    // person up
    let found = speakers(
        "ARLINGTON, Mass. (AP) -- The shelter took in forty cats last year.\n\n\
         Yesterday Donna Bishop showed visitors around the cat rooms.\n\n\
         \"Most of them come to us in poor shape,\" she said.\n\n\
         Robert King, who drives the van, was out on a call.\n\n\
         \"We never turn one away,\" he said later.\n",
    );
    assert_eq!(
        speaker_of(&found, "Most of them").as_deref(),
        Some("Donna Bishop")
    );
    assert_eq!(
        speaker_of(&found, "We never turn").as_deref(),
        Some("Robert King")
    );
}

#[test]
fn it_said_takes_up_an_agency_quoted_by_the_first_word_of_its_name() {
    // `Xinhua` is the agency named in full before: `it said` goes on quoting it
    let found = speakers(
        "BEIJING (AP) -- China approved trading in the new currency on Monday, in a notice \
         carried by the official Xinhua News Agency.\n\n\
         \"Banks and companies may hold accounts in the currency from January,\" Xinhua \
         reported.\n\n\
         \"Individuals may open such accounts as well,\" it said.\n",
    );
    assert_eq!(
        speaker_of(&found, "Banks and companies").as_deref(),
        Some("Xinhua")
    );
    assert_eq!(
        speaker_of(&found, "Individuals may").as_deref(),
        Some("Xinhua")
    );
}

#[test]
fn words_put_to_someone_after_was_asked_are_not_theirs() {
    // `X was asked: "…?"`: the question is the asker's, not X's
    let found = speakers(
        "WASHINGTON (AP) -- The senator faced the committee on Tuesday.\n\n\
         Senator Ruth Alder was asked: \"Did you ever meet the lobbyist before the vote?\"\n",
    );
    assert_eq!(speaker_of(&found, "Did you ever meet"), None);
}

#[test]
fn a_question_and_the_denial_answering_it_stay_two_quotations() {
    // they share a long run of words, but one asks and the other denies
    let found = speakers(
        "WASHINGTON (AP) -- The deposition was released on Monday.\n\n\
         The lawyer asked: \"Did you ever take money from the road builders in your district?\"\n\n\
         Senator Ruth Alder replied: \"I never took money from the road builders in my \
         district.\"\n\n\
         Later, a spokesman repeated that she \"never took money from the road builders in her \
         district.\"\n",
    );
    let asked = found
        .iter()
        .filter(|(t, _)| t.starts_with("Did you ever"))
        .count();
    let denied = found
        .iter()
        .filter(|(t, _)| t.starts_with("I never took"))
        .count();
    assert_eq!((asked, denied), (1, 1), "{found:?}");
    assert_eq!(
        speaker_of(&found, "I never took").as_deref(),
        Some("Ruth Alder")
    );
    assert_ne!(
        speaker_of(&found, "Did you ever").as_deref(),
        Some("Ruth Alder")
    );
}

#[test]
fn an_owner_read_with_its_possessive_is_shown_without_it() {
    // `announces Weekly Review's cover`: the magazine, not `Weekly Review's`
    let found = speakers(
        "NEW YORK (AP) -- The debate has reached the newsstands.\n\n\
         \"The Prisons on Trial,\" announces Globeweek's June 12 cover.\n",
    );
    assert_eq!(
        speaker_of(&found, "The Prisons on Trial").as_deref(),
        Some("Globeweek")
    );
}

#[test]
fn an_adverb_between_the_speaker_and_the_verb_is_not_part_of_the_name() {
    // `Halvorsen meanwhile told`, and a present-tense `emphasizes`
    let found = speakers(
        "OSLO (AP) -- The campaign entered its last week.\n\n\
         Party leader Arne Halvorsen meanwhile told a news conference that he is fighting \
         \"the fat cats.\"\n\n\
         On foreign policy, Halvorsen emphasizes that \"our interests come first.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "the fat cats").as_deref(),
        Some("Arne Halvorsen")
    );
    assert_eq!(
        speaker_of(&found, "our interests").as_deref(),
        Some("Arne Halvorsen")
    );
}

#[test]
fn a_name_closing_a_relative_clause_after_a_preposition_is_not_the_speaker() {
    // `who toured the camps in northern Ruvara, said`: Ruvara ends the clause; the president
    // speaks, and `he` takes him up
    let found = speakers(
        "KAMPALA (AP) -- The rains flooded the valley farms, Radio Ruvara reported Sunday. \
         President Tomas Okello, who toured the camps by road on Sunday in northern Ruvara, said \
         the maize crop could still be saved.\n\n\
         \"Everything depends on getting seed to the farmers this month,\" he said.\n",
    );
    assert_eq!(
        speaker_of(&found, "Everything depends").as_deref(),
        Some("Tomas Okello")
    );
}

#[test]
fn the_speaker_closing_a_sentence_reports_it_not_its_subject() {
    // `Ruvara hopes to …, Okello said.`: `he added` goes on quoting Okello, not the country
    let found = speakers(
        "KAMPALA (AP) -- Ruvara and its neighbour will build a coffee mill together, the \
         ministry said.\n\n\
         Ruvara hopes to learn from its neighbour's growers, Trade Minister Tomas Okello said.\n\n\
         \"The mill will give work to about 400 people,\" he added.\n",
    );
    assert_eq!(
        speaker_of(&found, "The mill will give").as_deref(),
        Some("Tomas Okello")
    );
}

#[test]
fn a_broadcaster_named_by_its_first_word_is_no_he() {
    // `Radio Ruvara` is a body: with no person named, `he said` has no speaker
    let found = speakers(
        "KAMPALA (AP) -- Whole villages were cut off by the water, Radio Ruvara reported on \
         Sunday.\n\n\
         \"We have had no bread for three days,\" he said.\n",
    );
    assert_eq!(speaker_of(&found, "We have had no bread"), None);
}

#[test]
fn it_after_a_body_said_speaks_for_the_body() {
    // `The … ministry said it condemned the raid as "…"`: `it` is the ministry, whose words the
    // quotation gives
    let found = speakers(
        "KAMPALA (AP) -- Border guards boarded a cargo ship on Lake Ruvara overnight.\n\n\
         The Ruvaran foreign ministry said it condemned the raid as \"an act of piracy\" and \
         called for talks.\n",
    );
    assert_eq!(
        speaker_of(&found, "an act of piracy").as_deref(),
        Some("The Ruvaran foreign ministry")
    );
}
