//! Quote speakers on the forms modern web news writes them in (session 26, read from the
//! development half of the web-page labels): company officers, relatives who share a family name,
//! the AP's closing marks. The text is written for the tests, not copied from the data.

mod quote_speakers;

use quote_speakers::{speaker_of, speakers};

#[test]
fn an_office_in_capitals_set_off_after_a_name_is_the_names() {
    // not `CEO` nor the company: the person the office is set off after
    let found = speakers(
        "Game makers want their titles on every screen.\n\n\
         \"We go where the players are,\" Dana Whitfield, CEO of Brightfall Games, adds.\n\n\
         \"Streaming is one more shop window,\" Omar Haddad, Chairman of Northwind Media, said.\n\n\
         \"Nobody owns the living room any more,\" Lena Park, Kestrel Studios CEO, told reporters.\n",
    );
    assert_eq!(
        speaker_of(&found, "We go where").as_deref(),
        Some("Dana Whitfield")
    );
    assert_eq!(
        speaker_of(&found, "Streaming is").as_deref(),
        Some("Omar Haddad")
    );
    assert_eq!(
        speaker_of(&found, "Nobody owns").as_deref(),
        Some("Lena Park")
    );
}

#[test]
fn relatives_who_share_a_family_name_stay_two_people() {
    // two spelt-out first names that differ are two people, even with a double family name
    // in common; a name written without its first given name is still the same person
    let found = speakers(
        "The editors Teresa Nielsen Hayden and Patrick Nielsen Hayden published his books.\n\n\
         \"He never wrote the same book twice,\" Patrick Nielsen Hayden said.\n\n\
         \"One bad winter could wipe out his savings,\" Teresa Nielsen Hayden explained.\n\n\
         The agent, James Van Laak, disagreed.\n\n\
         \"The contracts were fair,\" Van Laak said.\n",
    );
    assert_eq!(
        speaker_of(&found, "He never wrote").as_deref(),
        Some("Patrick Nielsen Hayden")
    );
    assert_eq!(
        speaker_of(&found, "One bad winter").as_deref(),
        Some("Teresa Nielsen Hayden")
    );
    assert_eq!(
        speaker_of(&found, "The contracts").as_deref(),
        Some("James Van Laak")
    );
}

#[test]
fn the_aps_closing_marks_end_the_quotation_before_its_speaker() {
    // `’’` closes the quotation: the speaker after it is read, and the words after him are not
    // quoted
    let found = speakers(
        "Fact-checkers cried foul.\n\n\
         \u{201c}It was an attempt to mislead voters,\u{2019}\u{2019} Will Moy, chief executive \
         of Full Fact, told the BBC.\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        speaker_of(&found, "It was an attempt").as_deref(),
        Some("Will Moy")
    );
}

#[test]
fn a_list_of_quoted_titles_is_no_ones_words() {
    // three or more short title-case quotations with only commas and `and` between them are a
    // list of works, not the words of the promoter the sentence names; a list of judgements
    // (lower case) stays the senator's
    let found = speakers(
        "Harbor Live said the band will play its hits on the tour, including \"Sailing Home,\" \
         \"Copper Sky,\" \"Long Road Running\" and \"Night Train\" and others.\n\n\
         The senator said the bill was \"reckless,\" \"cruel\" and \"un-American.\"\n",
    );
    assert!(
        !found.iter().any(|(t, _)| t.starts_with("Copper Sky")),
        "{found:?}"
    );
    assert_eq!(speaker_of(&found, "cruel").as_deref(), Some("The senator"));
}

#[test]
fn feature_writings_present_tense_introduces_speech() {
    // `he jokes`, `still bemoans that`; `remarks` after an owner stays a noun (the words are the
    // caller's, not the remarks' owner's)
    let found = speakers(
        "Walter Bock collects toys.\n\n\
         \"My toy money,\" he jokes.\n\n\
         Nora Quill still bemoans that the novel \"should have been sold as a thriller.\"\n\n\
         Karl Dorn spoke on Monday. Kevin Ames called Dorn's remarks \"very disappointing.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "My toy money").as_deref(),
        Some("Walter Bock")
    );
    assert_eq!(
        speaker_of(&found, "should have been").as_deref(),
        Some("Nora Quill")
    );
    assert_eq!(
        speaker_of(&found, "very disappointing").as_deref(),
        Some("Kevin Ames")
    );
}

#[test]
fn a_pronoun_passes_over_a_capitalised_phrase_for_the_person_after_it() {
    // `Iceberg Passages` opens the sentence's names but is no one; `she` is the novelist named
    // after it
    let found = speakers(
        "I came to think of them as Iceberg Passages, after Jo Walton explained them to me. \
         \"You are only seeing the tenth of the iceberg,\" she said.\n",
    );
    assert_eq!(
        speaker_of(&found, "You are only").as_deref(),
        Some("Jo Walton")
    );
}

#[test]
fn the_statement_speaks_for_the_body_that_issued_it() {
    // `the statement` after `the US military said in a statement`: the military, described
    let found = speakers(
        "Two soldiers were killed in a helicopter crash, the US military said in a statement on \
         Wednesday. \"The cause of the crash is under investigation,\" the statement said.\n",
    );
    assert_eq!(
        speaker_of(&found, "The cause").as_deref(),
        Some("the US military")
    );
}

#[test]
fn a_teams_abbreviation_before_a_given_name_is_not_part_of_the_name() {
    let found = speakers(
        "The league suspended two players after the brawl.\n\n\
         Hawks DL Marcus Bellamy weighed in on Monday.\n\n\
         Bellamy said the quarterback \"can't start a fight and then claim bullying.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "can't start").as_deref(),
        Some("Marcus Bellamy")
    );
}

#[test]
fn initials_that_spell_a_function_word_name_the_body_spelt_out_before() {
    // `WHO` is the World Health Organization, not the relative pronoun
    let found = speakers(
        "Plague cases were reported this week.\n\n\
         Symptoms appear after one to seven days, says the World Health Organization.\n\n\
         Untreated pneumonic plague is \"always fatal\", says WHO.\n",
    );
    assert_eq!(
        speaker_of(&found, "always fatal").as_deref(),
        Some("World Health Organization")
    );
}

#[test]
fn a_quotation_alone_after_a_named_persons_reported_words_is_theirs() {
    // `Erekat said it was … . "They wanted us on our knees …"`: Erekat's, not unattributed nor
    // the speaker of an earlier quotation; a clause opening the sentence names no speaker
    let found = speakers(
        "\"The consensus is broken,\" said Avi Bell, a law professor.\n\n\
         Saeb Erekat said it was only the latest move to force the Palestinians to give up.\n\n\
         \"They wanted us on our knees and they used every trick to put pressure on us.\"\n\n\
         When Wray suggested a placebo trial, Moseley was taken aback.\n\n\
         \"What do you mean, placebo?\"\n",
    );
    assert_eq!(
        speaker_of(&found, "They wanted us").as_deref(),
        Some("Saeb Erekat")
    );
    assert_ne!(
        speaker_of(&found, "What do you mean").as_deref(),
        Some("Wray")
    );
}

#[test]
fn a_quotation_after_a_subject_in_apposition_reporting_words_is_theirs() {
    // the subject read as before a quotation: the name in apposition to `The company that runs
    // the awards`; an office cut from its holder (`US Secretary`) is no speaker
    let found = speakers(
        "The label said it would not stand in her way.\n\n\
         The company that runs the awards, Dick Clark Productions, denies that anything is settled.\n\n\
         \"Any final agreement needs to be made with her management team.\"\n\n\
         The visit was planned for weeks.\n\n\
         US Secretary of State Hillary Clinton said the talks would go on.\n\n\
         \"We will not walk away from the table.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "Any final agreement").as_deref(),
        Some("Dick Clark Productions")
    );
    assert_ne!(
        speaker_of(&found, "We will not walk away").as_deref(),
        Some("US Secretary")
    );
}

#[test]
fn someone_elses_name_between_two_quotations_ends_the_first_speakers_words() {
    // `Joseph Guyler Delva, a reporter, was in the area.` between two quotations: the second is
    // not the first speaker's
    let found = speakers(
        "The quake struck at dusk.\n\n\
         Efstathios Daras, the Greek ambassador, described the situation.\n\n\
         \"We fear major loss of life.\"\n\n\
         Joseph Guyler Delva, a reporter for Reuters, was in the area when the tremors struck.\n\n\
         \"Everything started shaking, people were screaming.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "We fear").as_deref(),
        Some("Efstathios Daras")
    );
    assert_ne!(
        speaker_of(&found, "Everything started").as_deref(),
        Some("Efstathios Daras")
    );
}
