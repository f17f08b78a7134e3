//! Quote speakers on sentences written for one rule each (session 15): who a reader should see
//! beside each quotation. The text is written for the tests, not copied from the data.

mod quote_speakers;

use quote_speakers::{speaker_of, speakers, speakers_in_cluster};

#[test]
fn a_verb_joined_by_and_shares_the_speaker_of_the_earlier_quotation() {
    let found = speakers(
        "WASHINGTON (AP) -- Democrats gained five seats on Tuesday.\n\n\
         President Clinton called it an \"astonishing\" victory of ideas over scandal and said \
         the party had won so many races \"because we had a clear message.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "because we had").as_deref(),
        Some("Clinton")
    );
}

#[test]
fn the_subject_of_a_relative_clause_after_which_is_its_own() {
    let found = speakers(
        "JERUSALEM (AP) -- The minister attacked the government on Thursday.\n\n\
         At the party meeting, he said the cabinet had lost its way, which the prime minister \
         dismissed Friday as a remark made \"in the heat of a long campaign.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "in the heat").as_deref(),
        Some("the prime minister")
    );
}

#[test]
fn words_a_relative_clause_says_were_sung_have_no_speaker_in_that_clause() {
    let found = speakers(
        "BEIJING (AP) -- The ceremony opened with drums.\n\n\
         The first greeting was an old saying, \"How Glad We Are To See Friends From Far Away And \
         Near,\" which the drummers chanted for ten minutes.\n",
    );
    assert!(
        found
            .iter()
            .all(|(_, s)| s.as_deref() != Some("the drummers")),
        "{found:?}"
    );
}

#[test]
fn a_thing_called_by_a_quoted_name_is_no_speech_and_passes_no_speaker_on() {
    let found = speakers(
        "BEIJING (AP) -- Three dissidents were charged on Monday.\n\n\
         Under the criminal code, this charge comes under a broad section called \"endangering \
         the state,\" which covers anything from \"peaceful activities against the authorities,\" \
         to \"acts meant to change the nature of the state.\"\n",
    );
    assert!(
        found.iter().all(|(_, s)| s.is_none()),
        "a section's name is no speech and no one is named speaking: {found:?}"
    );
    // a person who calls something so is still its speaker
    let found = speakers(
        "LONDON (AP) -- The minister spoke on Monday.\n\n\
         Mr. Brown called the plan \"a disgrace to the country and its people.\"\n",
    );
    assert_eq!(speaker_of(&found, "a disgrace").as_deref(), Some("Brown"));
}

#[test]
fn an_apostrophe_inside_a_name_keeps_it_one_name() {
    let found = speakers(
        "RAMALLAH (AP) -- Palestinian officials reacted on Friday.\n\n\
         Some were angry, and some, like Nabil Sha'ath, the Palestinian planning minister, said \
         they were willing to \"forget the past\" if a deal could be signed.\n\n\
         \"We are ready to sign tomorrow,\" Sha'ath said.\n",
    );
    assert_eq!(
        speaker_of(&found, "forget the past").as_deref(),
        Some("Nabil Sha'ath")
    );
    // the bare surname is the same man
    assert_eq!(
        speaker_of(&found, "We are ready").as_deref(),
        Some("Nabil Sha'ath")
    );
}

#[test]
fn an_outlet_described_around_its_name_is_that_name() {
    let found = speakers(
        "MOSCOW (AP) -- The lawmaker's aide was questioned on Monday.\n\n\
         The aide was in a \"clear and calm\" state of mind, the Itar-Tass news agency reported.\n\n\
         Moscow's NTV station said it was a time when \"hard decisions are needed.\"\n\n\
         The conservative Ad-Diyar newspaper said in a comment: \"The history of the general is \
         known to everyone.\"\n\n\
         One Istanbul newspaper said the army was \"ready for anything at any moment.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "clear and calm").as_deref(),
        Some("Itar-Tass")
    );
    assert_eq!(speaker_of(&found, "hard decisions").as_deref(), Some("NTV"));
    assert_eq!(
        speaker_of(&found, "The history").as_deref(),
        Some("Ad-Diyar")
    );
    // an indefinite one is an outlet of that place, not the place
    assert_eq!(
        speaker_of(&found, "ready for").as_deref(),
        Some("One Istanbul newspaper")
    );
}

#[test]
fn the_one_whose_message_speaks_is_the_speaker() {
    let found = speakers(
        "LONDON (AP) -- Families gathered on Monday for the anniversary.\n\n\
         \"We pray that the families will find comfort together on this day,\" the queen's \
         message said.\n",
    );
    assert_eq!(speaker_of(&found, "We pray").as_deref(), Some("the queen"));
}

#[test]
fn a_surname_ending_like_a_nationality_is_still_a_name() {
    let found = speakers(
        "BELGRADE (AP) -- Yugoslav President Slobodan Milosevic met the envoy on Monday.\n\n\
         Milosevic, who rarely comments on his talks, also said that the envoy's position \
         constituted \"support for terrorists and not for the people.\"\n\n\
         Montenegro's president, Milo Djukanovic, spoke later.\n\n\
         Djukanovic said the country needed \"an unambiguous message\" from Belgrade.\n",
    );
    assert_eq!(
        speaker_of(&found, "support for terrorists").as_deref(),
        Some("Slobodan Milosevic")
    );
    assert_eq!(
        speaker_of(&found, "an unambiguous").as_deref(),
        Some("Milo Djukanovic")
    );
    // a nationality alone before a verb is still nobody
    let found = speakers(
        "ANKARA (AP) -- Talks ended on Monday.\n\nTurkish said the talks were \"a failure from the start.\"\n",
    );
    assert_eq!(speaker_of(&found, "a failure").as_deref(), None);
}

#[test]
fn the_name_after_an_opening_phrase_without_its_comma_is_the_subject() {
    let found = speakers(
        "WASHINGTON (AP) -- House Speaker Newt Gingrich resigned on Friday.\n\n\
         In a statement Gingrich said, \"The conference needs to be unified, and it is time for \
         me to move on.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "The conference").as_deref(),
        Some("Newt Gingrich")
    );
}

#[test]
fn what_a_person_called_so_and_a_speaker_after_a_relative_clause_are_speech() {
    let found = speakers(
        "AMHERST, N.Y. (AP) -- Friends remembered the doctor on Saturday.\n\n\
         He kept working because he had what one friend called \"a stubborn kind of courage.\"\n\n\
         This is \"the same policy I set out twenty years ago,\" which has since remained \
         unchanged, added Carter.\n",
    );
    assert_eq!(
        speaker_of(&found, "a stubborn kind").as_deref(),
        Some("one friend")
    );
    assert_eq!(
        speaker_of(&found, "the same policy").as_deref(),
        Some("Carter")
    );
}

#[test]
fn a_state_after_a_place_is_no_one_a_later_he_takes_up() {
    let found = speakers(
        "LOCKERBIE, Scotland (AP) -- Families gathered on Monday.\n\n\
         \"This was a very moving day,\" Bert Hammond of River Vale, New Jersey, whose brother \
         died in the crash, said after the service. He said the town had \"shown that good \
         intentions can overcome evil.\"\n\n\
         The leader of the party in Parliament, Fausto Bertone, spoke next. \"Sometimes you \
         have to step back,\" he said.\n",
    );
    assert_eq!(
        speaker_of(&found, "shown that good").as_deref(),
        Some("Bert Hammond")
    );
    // a person named after a place and a comma is still a person
    assert_eq!(
        speaker_of(&found, "Sometimes you").as_deref(),
        Some("Fausto Bertone")
    );
    let found = speakers(
        "NEAH BAY, Wash. (AP) -- The tribe prepared for the hunt.\n\n\
         After school in Olympia, Micah Hart came home to the bay. \"We look upon the water as \
         its own being,\" Hart said.\n\n\
         At the University of Michigan, Dr. Steven Bolling, a surgeon, leads the trial. \"If it \
         helps my patients, so be it,\" Bolling said.\n",
    );
    assert_eq!(
        speaker_of(&found, "We look upon").as_deref(),
        Some("Micah Hart")
    );
    assert_eq!(
        speaker_of(&found, "If it helps").as_deref(),
        Some("Steven Bolling")
    );
}

#[test]
fn a_time_phrase_is_no_speaker() {
    let found = speakers(
        "PRISTINA (AP) -- Fighting eased in the province.\n\n\
         This weekend, observers in the province reported that a \"military stand-down\" had \
         taken place.\n",
    );
    assert!(
        found
            .iter()
            .all(|(_, s)| s.as_deref() != Some("This weekend")),
        "{found:?}"
    );
}

#[test]
fn a_country_s_office_is_the_person_titled_with_its_nationality() {
    let found = speakers(
        "BELGRADE (AP) -- Yugoslav Prime Minister Momir Bulatovic spoke on Monday.\n\n\
         Later, Yugoslavia's prime minister told an emergency session of parliament that the \
         country \"is faced with the imminent danger of war.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "is faced with").as_deref(),
        Some("Momir Bulatovic")
    );
}

#[test]
fn words_read_as_a_title_keep_a_speaker_named_right_after_them() {
    // "track" names works too (a song's track): the words still have their speaker
    let found = speakers(
        "PALO ALTO (AP) -- She ran for the university.\n\n\
         At the top level in track, \"I was thoroughly mediocre,\" says Freedman. \"If I fell \
         dead on the track, it wouldn't matter\" to the team.\n",
    );
    assert_eq!(speaker_of(&found, "If I fell").as_deref(), Some("Freedman"));
}

#[test]
fn an_object_him_is_no_evidence_that_the_person_named_is_a_man() {
    let found = speakers(
        "ANKARA (AP) -- The premier-designate needs the two center-right parties, but Tansu \
         Ciller, the ex-premier, rebuffed him Wednesday.\n\n\
         \"We do not oppose his premiership,\" Mrs. Ciller said.\n",
    );
    assert_eq!(
        speaker_of(&found, "We do not oppose").as_deref(),
        Some("Tansu Ciller")
    );
}

// Session 16: verbs that judge in the subject's own words, and the subject after `with`.

#[test]
fn a_characterizing_verb_speaks_for_its_subject() {
    let found = speakers(
        "PODGORICA (AP) -- President Milo Djukanovic met the leaders of Montenegro on Monday.\n\n\
         Djukanovic blamed the republic's troubles on the central government's \"failed and \
         undemocratic regime.\"\n\n\
         Opposition leader Gennady Petrov denounced the plan as \"naive and unforgivable.\"\n\n\
         Lebanese newspapers likened the appointment to \"a bullet of mercy\" for the talks.\n",
    );
    assert_eq!(
        speaker_of(&found, "failed and").as_deref(),
        Some("Milo Djukanovic")
    );
    assert_eq!(
        speaker_of(&found, "naive and").as_deref(),
        Some("Gennady Petrov")
    );
    assert_eq!(
        speaker_of(&found, "a bullet").as_deref(),
        Some("Lebanese newspapers")
    );
}

#[test]
fn a_characterizing_verb_judging_a_title_or_used_as_a_participle_has_no_speaker() {
    let found = speakers(
        "LONDON (AP) -- The publisher reported a loss on Friday.\n\n\
         Company chairman Peter Hollis blamed the \"Space Wars Forever\" debacle for half of the \
         loss, and analysts agreed with him.\n\n\
         The warming is widely blamed on the build-up of \"greenhouse gases\" in the air above \
         the cities of the north, scientists wrote in a long report.\n\n\
         Kofi Annan listed violations of a Sept. 23 U.N. resolution, decried \"appalling \
         atrocities in the province\" and left.\n",
    );
    assert_eq!(speakers_listed(&found, "Space Wars Forever"), None);
    assert_ne!(
        speakers_listed(&found, "greenhouse gases").as_deref(),
        Some("The warming")
    );
    assert_ne!(
        speakers_listed(&found, "appalling atrocities").as_deref(),
        Some("23 U.N. resolution")
    );
}

#[test]
fn the_fear_expressed_by_someone_is_not_the_speaker() {
    let found = speakers(
        "KUALA LUMPUR (AP) -- Protests grew on Sunday.\n\n\
         The fear expressed by one Western diplomat is of a \"downward spiral\" in which \
         \"suppression breeds more discontent and discontent breeds more suppression.\"\n",
    );
    assert_ne!(
        speakers_listed(&found, "suppression breeds").as_deref(),
        Some("The fear")
    );
}

#[test]
fn the_subject_of_a_participle_after_with_speaks() {
    let found = speakers(
        "LONDON (AP) -- A report on transplants was published on Monday.\n\n\
         Campaigners expressed outrage at the report, with Assembly Against Racism spokesman \
         Kumar Mushid calling it \"incomprehensible and cruel to the families.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "incomprehensible").as_deref(),
        Some("Kumar Mushid")
    );
    // without the comma, `with` ends the verb's object: the subject speaks
    let found = speakers(
        "AUSTIN (AP) -- The governor met party groups in April.\n\n\
         Gov. George Bush met with gay Republicans saying afterwards that he was \"a better man \
         for having listened to them.\"\n",
    );
    assert_ne!(
        speakers_listed(&found, "a better man").as_deref(),
        Some("Republicans")
    );
}

/// The speaker of the quotation starting `start`, or `None` when it is not listed at all (a title
/// or a term) or listed without a speaker.
fn speakers_listed(found: &[(String, Option<String>)], start: &str) -> Option<String> {
    found
        .iter()
        .find(|(t, _)| t.trim_start().starts_with(start))
        .and_then(|(_, s)| s.clone())
}

#[test]
fn an_office_described_before_its_holder_is_named_is_the_one_person_holding_it_in_the_cluster() {
    let texts = [
        "BELGRADE (AP) -- Yugoslav Prime Minister Momir Bulatovic said on Sunday that the \
         government had accepted a proposal for monitors.\n"
            .to_string(),
        "BELGRADE (Reuters) -- With the threat of air strikes mounting, Yugoslavia's prime \
         minister warned Monday the nation faces the \"imminent danger of a war nobody wants.\"\n\n\
         Foreign Minister Zivadin Jovanovic met envoys in the capital.\n"
            .to_string(),
    ];
    let found = speakers_in_cluster(&texts);
    assert_eq!(
        speaker_of(&found, "imminent danger").as_deref(),
        Some("Momir Bulatovic")
    );
}

#[test]
fn it_speaking_is_the_outlet_or_body_speaking_in_the_sentence_before() {
    let found = speakers(
        "DAMASCUS (AP) -- Syria reacted on Saturday.\n\n\
         The appointment is a blow to the talks, said Tishrin newspaper, which often speaks for \
         the government. It said the prime minister has sent \"a clear message to all those who \
         doubt him.\"\n\n\
         The official Xinhua News Agency reported the plan on Monday. \"In addition, they can open \
         accounts in the new currency,\" it said.\n\n\
         The team was sent after a request from the World Health Organization, a statement of the \
         ministry said. It said the help was \"a reflection of our commitment to the region.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "a clear message").as_deref(),
        Some("Tishrin")
    );
    assert_eq!(
        speaker_of(&found, "In addition").as_deref(),
        Some("Xinhua News Agency")
    );
    assert_ne!(
        speakers_listed(&found, "a reflection").as_deref(),
        Some("World Health Organization")
    );
}

#[test]
fn a_claim_rejected_as_quoted_words_is_rejected_in_the_subject_words() {
    let found = speakers(
        "MOSCOW (AP) -- The president's wife spoke on Monday.\n\n\
         Naina Yeltsin refuted rumors that her family would leave the country as \"absolute \
         nonsense.\"\n\n\
         Prime Minister Mesut Yilmaz dismissed Syrian contentions that the two countries had sealed \
         a \"satanic alliance.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "absolute nonsense").as_deref(),
        Some("Naina Yeltsin")
    );
    assert_ne!(
        speakers_listed(&found, "satanic alliance").as_deref(),
        Some("Mesut Yilmaz")
    );
}
#[test]
fn a_surname_after_an_honorific_is_a_name_and_joins_the_woman_of_it() {
    let texts = [
        "NEW YORK (AP) -- The U.S. attorney in Manhattan, Mary Jo White, said Friday that the case \
         was strong.\n\n\
         Ms. White said the suspect was charged with \"plotting and carrying out the most heinous \
         acts of terrorism.\"\n"
            .to_string(),
    ];
    let found = speakers_in_cluster(&texts);
    assert_eq!(
        speaker_of(&found, "plotting and").as_deref(),
        Some("Mary Jo White")
    );
}

#[test]
fn a_title_word_opening_the_sentence_is_no_name() {
    let found = speakers(
        "LONDON (AP) -- The balloon landed in Egypt on Saturday.\n\n\
         Fellow balloonist Richard Branson immediately sent his congratulations to the rival team \
         Saturday, calling it a \"magnificent achievement for all of them.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "magnificent").as_deref(),
        Some("Richard Branson")
    );
}
#[test]
fn a_capitalised_modifier_after_the_determiner_opens_a_longer_phrase() {
    let found = speakers(
        "ISLAMABAD (AP) -- Tension rose on Thursday.\n\n\
         An Islamic militant group on Thursday threatened to retaliate, and described the \
         dissident as a \"hero to Muslims worldwide.\"\n\n\
         A Pentagon spokesman said the strike was \"a success by any measure we have.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "hero to").as_deref(),
        Some("An Islamic militant group")
    );
    assert_eq!(
        speaker_of(&found, "a success").as_deref(),
        Some("A Pentagon spokesman")
    );
}

#[test]
fn party_members_named_in_the_plural_are_no_one_a_he_takes_up() {
    let found = speakers(
        "WASHINGTON (AP) -- The speaker met reporters on Wednesday.\n\n\
         Speaker Newt Gingrich said the party had lost ground.\n\n\
         But he said House Republicans should have focused on taxes.\n\n\
         \"People thought we stood for something pretty big,\" he said.\n",
    );
    assert_eq!(
        speaker_of(&found, "People thought").as_deref(),
        Some("Newt Gingrich")
    );
}

#[test]
fn a_speech_verb_after_a_count_is_a_plural_noun_and_the_sentence_keeps_its_speaker() {
    let found = speakers(
        "DENVER (AP) -- The drug stays on the market.\n\n\
         Since Zoloft was made available on a wide basis in 1996, the company has received 12 \
         reports of \"severe side effects\" from the drug's use, Larsen said.\n",
    );
    assert_eq!(speaker_of(&found, "severe side").as_deref(), Some("Larsen"));
}

#[test]
fn a_clause_read_back_before_a_description_is_not_part_of_the_speaker() {
    let found = speakers(
        "BOSTON (AP) -- Two medical fields are fighting over patients.\n\n\
         The rivalry between surgeons and radiologists has been so intense that a hospital \
         official once said that getting them \"to share a room without guards was a \
         triumph.\"\n\n\
         Tony Brand praised the ruling, saying his father hoped \"the truth would come out.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "to share a room").as_deref(),
        Some("a hospital official")
    );
    assert_eq!(
        speaker_of(&found, "the truth would").as_deref(),
        Some("his father")
    );
}

#[test]
fn a_lone_adverb_or_participle_is_no_speaker() {
    let found = speakers(
        "SALT LAKE CITY (AP) -- The young man was sentenced on Thursday.\n\n\
         Then it was the turn of Ruth Lamb, his grandmother, who has raised him since birth.\n\n\
         \"Our hearts go out to the family,\" Mrs. Lamb, said turning to the parents in the \
         front row.\n\n\
         In speeches widely reported by the state media, the party chief said that any threat \
         to the party would be \"crushed at once.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "Our hearts").as_deref(),
        Some("Ruth Lamb")
    );
    assert_ne!(
        speaker_of(&found, "crushed at once").as_deref(),
        Some("widely")
    );
}

#[test]
fn he_or_she_takes_up_a_person_not_an_acronym_or_a_common_word() {
    let found = speakers(
        "ATLANTA (AP) -- Health officials are watching the outbreak.\n\n\
         Susan Lance, an epidemiologist, has studied the virus for years. The CDC said it \
         would widen its watch.\n\n\
         \"We want to improve surveillance for many things,\" she said.\n\n\
         Mary Ames, who teaches in Ohio, helped write the rules. Teachers said the rules were \
         fair, and the teachers' union agreed.\n\n\
         \"It seemed like a good compromise,\" she said.\n",
    );
    assert_eq!(
        speaker_of(&found, "We want to improve").as_deref(),
        Some("Susan Lance")
    );
    assert_eq!(
        speaker_of(&found, "It seemed like").as_deref(),
        Some("Mary Ames")
    );
}

#[test]
fn a_common_word_opening_the_sentence_is_no_name_but_a_group_in_the_plural_is_described() {
    let found = speakers(
        "DETROIT (AP) -- Four boys were arrested last week.\n\n\
         Afterward, a prosecutor said the boys' goal was \"to frighten the whole town.\"\n\n\
         Prosecutors said the victims had been \"beaten and robbed.\" The prosecutors would \
         not say more.\n",
    );
    assert_eq!(
        speaker_of(&found, "to frighten").as_deref(),
        Some("a prosecutor")
    );
    assert_eq!(
        speaker_of(&found, "beaten and robbed").as_deref(),
        Some("Prosecutors")
    );
}

#[test]
fn words_before_the_given_name_that_are_a_title_or_a_party_are_not_the_name() {
    let found = speakers(
        "LOS ANGELES (AP) -- Two officers were hurt on Sunday.\n\n\
         \"We were lucky,\" said North Hollywood Division Capt. Rick Wahler.\n\n\
         \"It is a close race,\" said Republican Matt Fong.\n\n\
         \"Sales are up,\" said Avin Mark Domnitz, who heads the booksellers' group.\n",
    );
    assert_eq!(
        speaker_of(&found, "We were lucky").as_deref(),
        Some("Rick Wahler")
    );
    assert_eq!(
        speaker_of(&found, "It is a close").as_deref(),
        Some("Matt Fong")
    );
    // an unknown given name before a known one is part of the name
    assert_eq!(
        speaker_of(&found, "Sales are up").as_deref(),
        Some("Avin Mark Domnitz")
    );
}

#[test]
fn two_people_as_one_subject_are_named_by_the_first_but_an_office_is_not_two_people() {
    let found = speakers(
        "MOSCOW (AP) -- Foreign Minister Igor Ivanov met Defense Minister Igor Sergeyev on \
         Monday.\n\n\
         Ivanov and Sergeyev said the strikes could come \"if no step is taken at once.\"\n\n\
         \"This puts the ministry back in the housing business,\" Housing and Urban Development \
         Secretary Andrew Cuomo said Monday.\n",
    );
    assert_eq!(
        speaker_of(&found, "if no step").as_deref(),
        Some("Igor Ivanov")
    );
    assert_eq!(
        speaker_of(&found, "This puts").as_deref(),
        Some("Andrew Cuomo")
    );
}

#[test]
fn in_lower_cased_text_a_name_written_in_lower_case_elsewhere_still_speaks() {
    // Multi-News writes most of its text in lower case, names too, and capitalises only each
    // sentence's first letter
    let found = speakers(
        "a woman who was stranded on a highway ramp last fall has raised more than $ 300,000 for \
         the homeless man who spent his last $ 20 to help her, according to a report on \
         thursday. the woman, kate mills, said she wanted to give back to johnny bobbitt after \
         he helped her buy gas when her car broke down near the city. she started an online \
         fundraiser for him, and thousands of people gave to it within days. mills and her \
         boyfriend have since visited bobbitt several times and plan to help him find a home. \
         Bobbitt, 34, said he has been \"overwhelmed\" by the generosity of strangers across \
         the country. he told reporters he would use some of the money to buy a truck and \
         the rest to save.\n",
    );
    assert_eq!(
        speaker_of(&found, "overwhelmed").as_deref(),
        Some("Bobbitt")
    );
}

#[test]
fn no_one_named_in_what_a_pronoun_says_is_that_pronoun() {
    // `…, he said.` closes words that name Amazon: he is the spokesman named before
    let found = speakers(
        "SEATTLE (AP) -- With a shipping charge, Amazon was selling the title for $12.43.\n\n\
         Bill Curry, Amazon's spokesman, declined to say whether the company would lose money \
         on the discounts. \"We're just not talking about profit or loss,\" he said. However, \
         Curry said Amazon has cut its reliance on distributors and deals directly with \
         publishers. Those savings are what Amazon is now passing along to its customers, he \
         said.\n\n\
         He insisted that the discounts were not a reaction to rivals. \"We don't fancy \
         ourselves with the competition,\" he said.\n",
    );
    assert_eq!(
        speaker_of(&found, "We don't fancy").as_deref(),
        Some("Bill Curry")
    );
}

#[test]
fn a_pronoun_after_a_clause_that_tells_the_moment_is_the_person_named_in_it() {
    // the quotation follows the verb: the `When` clause is narration, and she is Mrs. Howe (the
    // rule above, read too widely, had taken her away)
    let found = speakers(
        "NEW YORK (AP) -- A new painkiller goes on sale this week.\n\n\
         Kathryn Howe has arthritis in both hands. Doctors believe the new drugs may help \
         patients stay on their medicine.\n\n\
         When Mrs. Howe was prescribed the older drugs that hurt her stomach, she conceded, \
         \"I wasn't a very compliant patient.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "I wasn't").as_deref(),
        Some("Kathryn Howe")
    );
}

#[test]
fn the_place_a_sentence_opens_with_is_not_its_pronoun_subject() {
    let found = speakers(
        "OLYMPIA, Wash. (AP) -- Counties have been slow to limit bulkheads on the shore.\n\n\
         Jim Brennan, a state habitat biologist, goes further. In Kitsap County, he complained, \
         \"we're allowing people to build anywhere they want.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "we're allowing").as_deref(),
        Some("Jim Brennan")
    );
}

#[test]
fn a_common_word_opening_a_sentence_is_no_one_a_pronoun_takes_up() {
    // `Doctors` opens a sentence; another article writes `doctors` in lower case
    let found = speakers_in_cluster(&[
        "BOSTON (AP) -- Max was 18 months old when his parents noticed a change.\n\n\
         \"He was withdrawing,\" said Linda Brestler, his mother. The word autism never entered \
         her mind.\n\n\
         Doctors told her to watch and wait. Eventually, she looked autism up in a dictionary. \
         \"It was a three-line definition,\" she said.\n"
            .to_string(),
        "CHICAGO (AP) -- More children are found to have autism, and doctors are asked to \
         screen for it early, a study said on Monday.\n"
            .to_string(),
    ]);
    assert_eq!(
        speaker_of(&found, "It was a three-line").as_deref(),
        Some("Linda Brestler")
    );
}

#[test]
fn a_body_named_in_several_words_is_no_one_a_he_takes_up() {
    let found = speakers(
        "NEW YORK (AP) -- Reports of attacks on gay men rose this year.\n\n\
         Carl Locke, director of client services at the Anti-Violence Project, a group that \
         helps victims, said the attacks had spread across the city.\n\n\
         \"Most gay-related crimes have people come to your neighborhood,\" he said.\n",
    );
    assert_eq!(
        speaker_of(&found, "Most gay-related").as_deref(),
        Some("Carl Locke")
    );
}

#[test]
fn a_womans_honorific_kept_apart_from_her_son_is_the_woman_of_that_name_in_the_cluster() {
    // where only her son has been named, `Mrs. Shepard` stays apart from him; the cluster names
    // one woman Shepard in full
    let found = speakers_in_cluster(&[
        "LARAMIE, Wyo. (AP) -- Matthew Shepard, a college student, died after a beating.\n\n\
         \"There is no guarantee that these laws will stop hate crimes,\" Mrs. Shepard said at a \
         news conference.\n"
            .to_string(),
        "WASHINGTON (AP) -- Judy Shepard, whose son was killed in Wyoming, spoke for the bill on \
         Monday.\n\nHer husband, Dennis Shepard, stood beside her.\n"
            .to_string(),
    ]);
    assert_eq!(
        speaker_of(&found, "There is no guarantee").as_deref(),
        Some("Judy Shepard")
    );
}

#[test]
fn a_body_named_with_its_of_before_a_role_and_a_name_is_not_the_speaker() {
    let found = speakers(
        "SAO PAULO, Brazil (AP) -- Governors will decide the vote in Congress.\n\n\
         \"The influence governors have on their congressional blocs is overwhelming,\" said \
         University of Sao Paulo political scientist Eduardo Kugelmas.\n",
    );
    assert_eq!(
        speaker_of(&found, "The influence").as_deref(),
        Some("Eduardo Kugelmas")
    );
}

#[test]
fn a_role_after_an_owner_and_its_modifiers_names_the_person_after_its_comma() {
    let found = speakers(
        "ATLANTA (AP) -- The two sides settled on Friday.\n\n\
         \"We reached a fair deal,\" said Carter's tax lawyer, Helen Brook.\n",
    );
    assert_eq!(
        speaker_of(&found, "We reached").as_deref(),
        Some("Helen Brook")
    );
}

#[test]
fn an_opening_time_before_a_comma_is_not_the_subject() {
    let found = speakers(
        "ATLANTA (AP) -- The hearing ended at dawn.\n\n\
         Days later, Arnold Pike summed it up this way: \"It was a relief.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "It was a relief").as_deref(),
        Some("Arnold Pike")
    );
}

#[test]
fn a_description_does_not_run_on_into_its_clause_verb() {
    let found = speakers(
        "PARIS (AP) -- The airport closed for an hour.\n\n\
         Minutes later, the control tower sent out a message: \"All planes hold your positions.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "All planes").as_deref(),
        Some("the control tower")
    );
}

#[test]
fn a_name_in_apposition_after_with_speaks_the_participle() {
    let found = speakers(
        "MADRID (AP) -- The strike went on.\n\n\
         The union reacted sharply, with its veteran president, Carla Munez, saying that talks \
         would be cut \"to the bare minimum.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "to the bare").as_deref(),
        Some("Carla Munez")
    );
}

#[test]
fn things_counted_are_no_one_a_she_takes_up() {
    let found = speakers(
        "NEW YORK (AP) -- Lisa Ortega said she is tired of daytime television.\n\n\
         Despite its 12 Golden Globes, her show has lost viewers to a rival.\n\n\
         \"It was time to stop,\" she said.\n",
    );
    assert_eq!(
        speaker_of(&found, "It was time").as_deref(),
        Some("Lisa Ortega")
    );
}

#[test]
fn titles_listed_under_their_kind_are_not_quotations() {
    let found = speakers(
        "LOS ANGELES (AP) -- Nominations were announced Wednesday.\n\n\
         Comedy series: \"Happy Valley Road,\" NBC; \"The Long Table,\" CBS; \"Third Floor,\" \
         ABC.\n\n\
         The daily Courier said in a front-page headline: \"Stay Home, Stay Safe!\"\n",
    );
    assert!(
        found
            .iter()
            .all(|(t, _)| !t.contains("Happy Valley") && !t.contains("Long Table")),
        "{found:?}"
    );
    assert_eq!(speaker_of(&found, "Stay Home").as_deref(), Some("Courier"));
}

#[test]
fn a_she_after_a_womans_honorific_is_that_woman_not_her_son() {
    let found = speakers_in_cluster(&[
        "DENVER (AP) -- Judith Dorsey said her family would attend the trial of the men accused \
         of killing her son.\n"
            .to_string(),
        "LARAMIE (AP) -- Kevin Dorsey died in October. His father, Paul Dorsey, came from \
         abroad.\n\n\
         Mrs. Dorsey spoke first, pausing as she recalled her son's love of music.\n\n\
         \"He was my friend,\" she said.\n"
            .to_string(),
    ]);
    assert_eq!(
        speaker_of(&found, "He was my friend").as_deref(),
        Some("Judith Dorsey")
    );
}

#[test]
fn a_lawmakers_party_tag_before_an_apposition_is_read_past() {
    let found = speakers(
        "TRENTON (AP) -- The bill died Monday.\n\n\
         Assemblyman Joseph Sulley, D-Union, a sponsor of the bill, said he believed it was \
         killed \"by misinformation.\"\n\n\
         But Rep. John Conway, D-Mich., top Democrat on the Judiciary Committee, said Republicans \
         were engaging in a \"political stunt\" in bringing the bill.\n",
    );
    assert_eq!(
        speaker_of(&found, "by misinformation").as_deref(),
        Some("Joseph Sulley")
    );
    assert_eq!(
        speaker_of(&found, "political stunt").as_deref(),
        Some("John Conway")
    );
}

#[test]
fn a_figure_is_no_speaker_and_is_not_cut_at_its_thousands_comma() {
    let found = speakers(
        "GENEVA (AP) -- The panel met for a week.\n\n\
         In a new poll, 74 percent of residents predicted the region would stay \"forever.\"\n\n\
         In 1995 the panel, where more than 2,000 scientists concluded in a report that \"the \
         evidence suggests a human influence,\" published its findings.\n",
    );
    assert_eq!(speaker_of(&found, "forever"), None);
    assert_eq!(
        speaker_of(&found, "the evidence suggests").as_deref(),
        Some("2,000 scientists")
    );
}

#[test]
fn a_description_read_across_its_own_speech_verb_is_cut_after_it() {
    let found = speakers(
        "WASHINGTON (AP) -- The president renominated the envoy.\n\n\
         A White House official said Tuesday the administration hopes \"fairness will prevail\" \
         in the new Congress.\n",
    );
    assert_eq!(
        speaker_of(&found, "fairness will").as_deref(),
        Some("the administration")
    );
}

#[test]
fn a_stage_direction_opening_is_not_part_of_the_name() {
    let found = speakers(
        "NEW YORK (AP) -- The market for these loans is growing.\n\n\
         Enter Judd Lowry, a trader who packages the loans.\n\n\
         \"I'm loving this now,\" Lowry said.\n",
    );
    assert_eq!(
        speaker_of(&found, "I'm loving").as_deref(),
        Some("Judd Lowry")
    );
}

#[test]
fn a_towns_state_between_commas_is_not_the_subject() {
    let found = speakers(
        "BOULDER (AP) -- The new figures were published Thursday.\n\n\
         In a commentary, Dana Gaffney of the Air Resources Laboratory in Silver Spring, \
         Maryland, cautioned against \"making too much of these new figures.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "making too much").as_deref(),
        Some("Dana Gaffney")
    );
}

#[test]
fn the_report_is_the_outlet_named_speaking_before_it() {
    let found = speakers(
        "BEIJING (AP) -- China will send its first team to the Games next month, the official \
         newspaper Jinan Sports Daily said Tuesday. The team of six will be the first to compete, \
         the report said. \"The team's goal is to win one gold medal,\" the report said.\n",
    );
    assert_eq!(
        speaker_of(&found, "The team's goal").as_deref(),
        Some("Jinan Sports Daily")
    );
}

#[test]
fn the_role_a_name_stands_in_apposition_to_is_that_person_later() {
    let found = speakers(
        "WUHAN, China (AP) -- The father of a dissident is to seek a delay in his son's trial.\n\n\
         The defendant is Bo Yongli, 45, a democracy advocate. In a telephone interview, his \
         father, Bo Qiguo, 76, said that he plans to hand the court a plea. \"I wouldn't be able \
         to stand it,\" the father, a retired steelworker, said.\n",
    );
    assert_eq!(
        speaker_of(&found, "I wouldn't").as_deref(),
        Some("Bo Qiguo")
    );
}

#[test]
fn a_nationality_and_leader_right_after_a_persons_words_is_that_person() {
    let found = speakers(
        "JERUSALEM (AP) -- Prime Minister Daniel Arbel on Sunday accused the opposition of \
         \"making a farce\" of the accords.\n\n\
         \"They are making a farce out of the accord,\" said the Israeli leader.\n",
    );
    assert_eq!(
        speaker_of(&found, "They are making").as_deref(),
        Some("Daniel Arbel")
    );
}

#[test]
fn two_newspapers_sharing_words_with_a_shorter_name_stay_apart() {
    let found = speakers_in_cluster(&[
        "BEIJING (AP) -- The team is new, China Daily said. \"We will win,\" said China Sports \
         Daily.\n"
            .to_string(),
        "BEIJING (AP) -- The swimmers are young. \"This is a handover,\" the China Youth Daily \
         said.\n"
            .to_string(),
    ]);
    assert_eq!(
        speaker_of(&found, "This is a handover").as_deref(),
        Some("China Youth Daily")
    );
}

#[test]
fn a_short_title_between_the_verb_and_the_speaker_is_read_past() {
    let found = speakers(
        "LOS ANGELES (AP) -- The awards were handed out Sunday.\n\n\
         \"There's going to be no living with me now,\" said \"Harbor Lights\" creator Adam \
         Sorrel, who won for his writing.\n\n\
         Host Gary Shanley opened the show. \"I don't like this reality television,\" Shanley \
         said.\n",
    );
    assert_eq!(
        speaker_of(&found, "There's going").as_deref(),
        Some("Adam Sorrel")
    );
    assert!(
        found.iter().all(|(t, _)| !t.starts_with("Harbor Lights")),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "I don't like").as_deref(),
        Some("Gary Shanley")
    );
}

#[test]
fn his_report_speaks_for_the_man_the_pronoun_stands_for() {
    let found = speakers(
        "WASHINGTON (AP) -- \"It is a big study,\" said Dr. Peter Jansen of Columbia University, \
         who studied 1,000 children.\n\n\
         But his report suggests that there are \"many children going unidentified.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "many children").as_deref(),
        Some("Peter Jansen")
    );
}

#[test]
fn a_nationality_after_a_title_word_is_an_adjective_not_a_person() {
    let found = speakers(
        "MOSCOW (AP) -- According to the official Russian news agency, the talks went well.\n\n\
         At a briefing, one official said the plan \"removes foreign forces.\"\n\n\
         These included, the official continued, \"militias from the southwest.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "militias").as_deref(),
        Some("one official")
    );
}

#[test]
fn one_lower_case_word_in_the_singular_is_no_speaker_but_a_group_is() {
    let found = speakers(
        "TOPEKA (AP) -- The board voted on Tuesday.\n\n\
         In Alabama, consistent with that view, all students are warned: \"No one was there to \
         see it.\"\n\n\
         Critics said the vote was \"a step back.\"\n",
    );
    assert_eq!(speaker_of(&found, "No one was there"), None);
    assert_eq!(
        speaker_of(&found, "a step back").as_deref(),
        Some("Critics")
    );
}

#[test]
fn lower_cased_text_keeps_its_lower_case_surnames() {
    let found = speakers(
        "the senator is embracing his health care law. \"i am the guy who was able to get health \
         care for my state,\" romney said in an interview aired on sunday.\n",
    );
    assert_eq!(
        speaker_of(&found, "i am the guy").as_deref(),
        Some("romney")
    );
}

#[test]
fn a_capitalised_participle_opening_the_sentence_is_not_its_subject() {
    let found = speakers(
        "CHESTER, Vt. (AP) -- The town has changed.\n\n\
         Rocking her granddaughter to sleep, Jayne Gallo could hear the voice: \"The state is \
         changing.\"\n\n\
         Propped on a float was a scarecrow, labeled in paint: \"Go home.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "The state is").as_deref(),
        Some("Jayne Gallo")
    );
    assert_eq!(speaker_of(&found, "Go home"), None);
}

#[test]
fn a_given_name_of_one_gender_before_a_surname_is_a_person_a_pronoun_takes_up() {
    let found = speakers(
        "HERNDON, Va. (AP) -- In her new job as a recruiter, Alicia Denton was told to sign up \
         for a weeklong training session. Denton, who has attention deficit disorder, promptly \
         panicked.\n\n\
         \"I knew I'd never make it through,\" she said.\n",
    );
    assert_eq!(
        speaker_of(&found, "I knew").as_deref(),
        Some("Alicia Denton")
    );
}

#[test]
fn a_name_closing_an_apposition_before_its_verb_is_a_speaker_a_pronoun_takes_up() {
    let found = speakers(
        "ANKARA (AP) -- Officials are struggling to house survivors.\n\n\
         A state minister and government spokesman, Sukru Sina Gural, said last week that the \
         state planned to provide free housing.\n\n\
         \"I think we also have to consider new residential areas,\" he said.\n\n\
         Raymond Lowe, the publisher of a weekly newsletter, Southern Africa Report, says a new \
         proposal could come up. \"You simply can't have this country torn apart,\" he says.\n",
    );
    assert_eq!(
        speaker_of(&found, "I think we also").as_deref(),
        Some("Sukru Sina Gural")
    );
    assert_eq!(
        speaker_of(&found, "You simply").as_deref(),
        Some("Raymond Lowe")
    );
}

#[test]
fn a_thing_called_or_dubbed_by_a_name_has_no_speaker() {
    let found = speakers(
        "LONDON (AP) -- Doctors are studying new drugs.\n\n\
         Millions of people take aspirin and a range of other tablets called \"pain relief \
         compounds\" for aches. A new computer bug dubbed \"Blue Monday\" may strike next week, \
         experts warned. The application programs, sometimes called \"solutions,\" run on top of \
         the system.\n\n\
         Prosecutors called the plan \"a clear danger to the public,\" the court heard.\n",
    );
    for words in ["pain relief", "Blue Monday", "solutions"] {
        assert!(
            found
                .iter()
                .all(|(t, s)| !t.trim_start().starts_with(words) || s.is_none()),
            "{words:?} shown with a speaker in {found:?}"
        );
    }
    assert_eq!(
        speaker_of(&found, "a clear danger").as_deref(),
        Some("Prosecutors")
    );
}

#[test]
fn an_agent_or_regent_is_a_title_not_part_of_the_name() {
    let found = speakers(
        "NAIROBI (AP) -- Investigators said Friday they had traced the truck.\n\n\
         \"It was bought by people we have already named,\" FBI Agent Tom Rendell said.\n\n\
         \"Nobody should be refused a place on merit,\" said state Regent Carla Munby.\n",
    );
    assert_eq!(
        speaker_of(&found, "It was bought").as_deref(),
        Some("Tom Rendell")
    );
    assert_eq!(
        speaker_of(&found, "Nobody should").as_deref(),
        Some("Carla Munby")
    );
}

#[test]
fn a_place_and_role_words_before_a_name_do_not_replace_the_name() {
    let found = speakers(
        "AUSTIN, Texas (AP) -- The party met on Saturday.\n\n\
         \"We will look at the platform again,\" said Texas state party spokesman Robert Blake.\n\n\
         \"The faults may tell us about quakes at home,\" University of Arizona space scientist \
         Randy Tolls said Monday.\n\n\
         Among them was former Rep. Steve Gunnarson of Wisconsin, who said the meeting showed \
         that \"no candidate can ignore these voters again.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "We will look").as_deref(),
        Some("Robert Blake")
    );
    assert_eq!(
        speaker_of(&found, "The faults").as_deref(),
        Some("Randy Tolls")
    );
    assert_eq!(
        speaker_of(&found, "no candidate").as_deref(),
        Some("Steve Gunnarson")
    );
}

#[test]
fn a_given_name_in_full_names_the_person_before_its_short_form() {
    let found = speakers_in_cluster(&[
        "PITTSBURGH (AP) -- A new virus spread on Friday.\n\n\
         \"We are getting many reports,\" said Kathy Fenwick, who manages the response team. \
         \"It will be a problem on Monday,\" Kathy Fenwick added.\n"
            .to_string(),
        "PITTSBURGH (AP) -- Experts warned of a virus.\n\n\
         \"Keep your software current,\" said Katherine Fenwick of the response team.\n"
            .to_string(),
    ]);
    assert_eq!(
        speaker_of(&found, "We are getting").as_deref(),
        Some("Katherine Fenwick")
    );
}

#[test]
fn a_body_whose_spokesmen_speak_is_the_speaker() {
    let found = speakers(
        "WASHINGTON (AP) -- The Pine Street Republicans, whose spokesmen praised the senator's \
         readiness \"to sit down and talk,\" have chosen to back him.\n",
    );
    assert_eq!(
        speaker_of(&found, "to sit down").as_deref(),
        Some("Pine Street Republicans")
    );
}

#[test]
fn a_role_described_in_the_lead_is_the_one_person_named_later_with_it() {
    let found = speakers(
        "WASHINGTON (AP) -- A Yale legal scholar told the court on Tuesday that the merger had \
         \"clear costs\" for buyers.\n\n\
         The filing, written by Martin Okafor, a legal scholar and former judge, came at the \
         court's request. Okafor said the case law was unsettled.\n",
    );
    assert_eq!(
        speaker_of(&found, "clear costs").as_deref(),
        Some("Martin Okafor")
    );
}

#[test]
fn a_county_office_before_a_name_is_a_title_and_an_inverted_negation_opens_no_name() {
    let found = speakers(
        "SAN FRANCISCO (AP) -- The city mourned on Monday.\n\n\
         \"It is a sad day for all of us,\" said San Francisco Supervisors Tom Ammon.\n\n\
         Among them was former U.S. Rep. Steve Gunnarson of Wisconsin, who said the meeting \
         showed that \"no candidate can ignore these voters again.\"\n\n\
         Nor would the Smith campaign say that \"every family is welcome here.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "It is a sad day").as_deref(),
        Some("Tom Ammon")
    );
    assert_eq!(
        speaker_of(&found, "no candidate").as_deref(),
        Some("Steve Gunnarson")
    );
    assert_eq!(
        speaker_of(&found, "every family").as_deref(),
        Some("the Smith campaign")
    );
}

#[test]
fn an_owner_named_by_a_day_and_an_abbreviation_inside_an_apposition_do_not_cut_the_subject() {
    let found = speakers(
        "KUPANG, Indonesia (AP) -- Shops stayed closed on Monday.\n\n\
         Organizers of Monday's strike had called for a quiet \"day of mourning.\" Residents \
         said fires broke out later.\n\n\
         Tom Carrier, who trained his way to the No. 1 ranking and three titles without any \
         shortcuts, said: \"Being big and strong is not the main thing.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "day of mourning").as_deref(),
        Some("Organizers")
    );
    assert_eq!(
        speaker_of(&found, "Being big").as_deref(),
        Some("Tom Carrier")
    );
}

#[test]
fn a_place_of_several_words_is_no_one_a_pronoun_takes_up() {
    // (another article names `Los Angeles` after `in`)
    let found = speakers_in_cluster(&[
        "PASADENA, Calif. (AP) -- The rain stopped on Monday, said Tom Reyes, a researcher at \
         the laboratory in Pasadena. If the storm weakens before it hits Los Angeles, the area \
         could face a dry winter. \"It is really a question of timing,\" he said.\n"
            .to_string(),
        "LOS ANGELES (AP) -- Crews worked in Los Angeles on Monday to clear the roads.\n"
            .to_string(),
    ]);
    assert_eq!(
        speaker_of(&found, "It is really").as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn his_mother_is_the_woman_the_article_names_as_his_mother() {
    let found = speakers(
        "LAKE WORTH, Fla. (AP) -- Jamal Reed, 12, takes a pill every morning before school.\n\n\
         His mother, Tanya Reed, worried at first. \"He is calmer now and he sleeps well,\" his \
         mother said.\n",
    );
    assert_eq!(
        speaker_of(&found, "He is calmer").as_deref(),
        Some("Tanya Reed")
    );
}

#[test]
fn a_state_after_its_town_is_no_speaker_but_a_surname_spelled_like_one_is() {
    let found = speakers(
        "FORT WORTH, Texas (AP) -- Billboards went up across the state this month.\n\n\
         In Rochester, N.Y., a warning on a bus reads: \"Carry a gun and you go to prison.\" In \
         Richmond, Va, the signs carry this message: \"An Illegal Gun Means Five Years.\"\n\n\
         \"We wanted people to notice,\" said Doyt Conn, who runs the campaign. \"It works,\" \
         Conn said.\n",
    );
    assert_eq!(speaker_of(&found, "Carry a gun"), None);
    assert_eq!(speaker_of(&found, "An Illegal Gun"), None);
    assert_eq!(speaker_of(&found, "It works").as_deref(), Some("Doyt Conn"));
}

#[test]
fn here_between_a_speaker_and_the_verb_is_read_past() {
    let found = speakers(
        "TRIPOLI, Libya (AP) -- Talks on the embargo resumed on Monday.\n\n\
         \"I am quite sure that they want to solve the problem,\" a Western ambassador here \
         said.\n",
    );
    assert_eq!(
        speaker_of(&found, "I am quite sure").as_deref(),
        Some("a Western ambassador")
    );
}

#[test]
fn a_name_ending_in_ing_is_kept_whole_in_lower_cased_text() {
    let found = speakers(
        "the family gathered at the church on sunday to remember the girl. friends brought \
         flowers and the choir sang her favourite songs. \"we are so proud of everything she \
         did,\" said her aunt mona lisa harding. the service lasted two hours and ended with a \
         prayer.\n",
    );
    let speaker = speaker_of(&found, "we are so proud").unwrap_or_default();
    assert!(speaker.ends_with("harding"), "{speaker:?}");
}

#[test]
fn a_pronoun_with_no_one_named_in_reach_is_the_person_quoted_last_within_it() {
    let found = speakers(
        "DENVER (AP) -- Panic attacks are common.\n\n\
         Maria Olsen had her first attack at 19. The attacks stopped for years. Doctors were \
         puzzled. Olsen's symptoms came back, but she could not say why. There was no stress in \
         her life. But suddenly she had several attacks a day.\n\n\
         \"I only wanted someone to tell me I was not dying. I needed that,\" she said.\n\n\
         Repeated attacks are typical of the disorder.\n\n\
         \"The doctors kept telling me it was nothing,\" she said.\n",
    );
    assert_eq!(
        speaker_of(&found, "The doctors kept").as_deref(),
        Some("Maria Olsen")
    );
}

#[test]
fn a_full_name_of_one_gender_before_its_verb_is_a_person_a_pronoun_takes_up() {
    let found = speakers(
        "TOPEKA, Kan. (AP) -- The board voted on Tuesday.\n\n\
         Before retiring, Janet Marsh spent 20 years teaching biology at the high school.\n\n\
         \"We are not against anyone,\" she said.\n\n\
         The treaty talks collapsed before the 1995 Dayton Accords ended the war.\n\n\
         \"It was a long wait,\" he said.\n",
    );
    assert_eq!(
        speaker_of(&found, "We are not").as_deref(),
        Some("Janet Marsh")
    );
    assert_eq!(speaker_of(&found, "It was a long"), None);
}

#[test]
fn a_document_speaks_for_the_author_its_sentence_or_an_earlier_one_names() {
    let found = speakers(
        "AUSTIN, Texas (AP) -- The primary is close.\n\n\
         The platform of the Texas Green Party states that the plan \"is a giveaway to \
         developers.\"\n\n\
         In a yearly report sent to the legislature on Monday, Carla Brandt, the state auditor, \
         said the budget was sound. But the report warned that \"reserves are thin.\"\n\n\
         \"We will not stand by,\" the government said in a statement read on state television. \
         The statement condemned the \"endless delay.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "is a giveaway").as_deref(),
        Some("Texas Green Party")
    );
    assert_eq!(
        speaker_of(&found, "reserves are thin").as_deref(),
        Some("Carla Brandt")
    );
    assert_eq!(
        speaker_of(&found, "endless delay").as_deref(),
        Some("the government")
    );
}

#[test]
fn a_bare_surname_far_from_a_relative_named_in_apposition_is_the_person_the_story_is_about() {
    let found = speakers(
        "WASHINGTON -- The judge ruled today.\n\n\
         Robert Hale Dunmore was born in 1941 and grew up in Bethesda. His father, Robert \
         Kinsey Dunmore, was a prominent lawyer who started his own firm in the city and ran it \
         for thirty years until he retired to the coast with his wife and their dogs.\n\n\
         Dunmore attended a prep school on a choir scholarship. He went on to law school. He \
         served as a Navy officer. He then practiced law for years.\n\n\
         Dunmore may not have believed the witness. Shortly after the trial ended, he complained \
         in a speech that \"four jurors were determined to acquit.\"\n\n\
         \"Judges must persuade,\" writes Columnist Ann Carver.\n",
    );
    assert_eq!(
        speaker_of(&found, "four jurors").as_deref(),
        Some("Robert Hale Dunmore")
    );
    assert_eq!(
        speaker_of(&found, "Judges must").as_deref(),
        Some("Ann Carver")
    );
}

#[test]
fn a_month_after_a_given_name_is_a_surname_and_an_office_goes_on_through_its_of() {
    let found = speakers(
        "BOSTON (AP) -- The senator spoke at Harvard on Monday.\n\n\
         Kevin May sounded disappointed in an interview after he heard the answer.\n\n\
         \"I guess the senator hid behind the generals,\" he said.\n\n\
         \"We see clear evidence,\" said Under Secretary of State Arthur Pennock.\n\n\
         Under Secretary of Commerce Lena Ostrow said: \"The talks will go on.\"\n",
    );
    assert_eq!(speaker_of(&found, "I guess").as_deref(), Some("Kevin May"));
    assert_eq!(
        speaker_of(&found, "We see clear").as_deref(),
        Some("Arthur Pennock")
    );
    assert_eq!(
        speaker_of(&found, "The talks will").as_deref(),
        Some("Lena Ostrow")
    );
}

#[test]
fn a_family_name_keeps_its_particle_and_a_surname_after_an_honorific_is_no_pronoun() {
    let found = speakers(
        "BRUSSELS (AP) -- Markets rose on Friday.\n\n\
         Maria van Dalen, an economist at a Brussels bank, said the cuts were timely.\n\n\
         \"We are clearly headed for a slowdown,\" Van Dalen said.\n\n\
         Her husband, Wang Lidong, was detained last week.\n\n\
         \"We felt something was going to happen,\" Ms. He said.\n",
    );
    assert_eq!(
        speaker_of(&found, "We are clearly").as_deref(),
        Some("Maria van Dalen")
    );
    assert_eq!(speaker_of(&found, "We felt").as_deref(), Some("He"));
}

#[test]
fn a_name_in_apposition_to_a_description_after_the_quotation_speaks() {
    let found = speakers(
        "WASHINGTON (AP) -- The House voted on Saturday.\n\n\
         \"You have set an example for all of us,\" the leader of the Senate majority, Sen. Carl \
         Brisbane of Ohio, told the speaker on Saturday.\n\n\
         Appearing on CBS's \"Meet the Press,\" the chairman of the panel, Gen. Roy Talbot, said \
         the strikes were only the start of a long campaign.\n",
    );
    assert_eq!(
        speaker_of(&found, "You have set").as_deref(),
        Some("Carl Brisbane")
    );
    // (the show is no words of the chairman, whose verb goes on to another statement: a
    // programme spoken on, not listed as a quotation at all)
    assert!(
        found
            .iter()
            .all(|(t, _)| !t.trim_start().starts_with("Meet the Press")),
        "{found:?}"
    );
}

#[test]
fn an_editorial_speaks_for_the_paper_it_runs_in() {
    let found = speakers(
        "ATHENS (AP) -- Turkey asked for his extradition on Friday.\n\n\
         \"Rome knows what the fate of the rebel will be,\" said an editorial Saturday in the \
         Greek daily Kathimerini.\n",
    );
    assert_eq!(
        speaker_of(&found, "Rome knows").as_deref(),
        Some("Kathimerini")
    );
}

#[test]
fn the_paper_is_the_newspaper_the_article_named_before() {
    let found = speakers(
        "WASHINGTON (AP) -- The link was noted earlier this month in the \"Capital Courier,\" a \
         weekly newspaper that called the senator a puzzle.\n\n\
         \"While he has an avowed dislike of discrimination,\" the newspaper said, \"he votes \
         against us.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "While he has").as_deref(),
        Some("Capital Courier")
    );
}

#[test]
fn a_place_someone_moved_to_is_no_person_a_pronoun_takes_up() {
    let found = speakers(
        "MIAMI (AP) -- Doctors now see more adults with the disorder.\n\n\
         Looking back on a life lived at high speed, Donald Pruitt describes himself as a \
         risk-taker. The 53-year-old, who recently moved to West Palm Gardens, was married three \
         times. Eventually his dares landed him in jail.\n\n\
         \"I wanted anything that would deliver a thrill,\" he said.\n",
    );
    assert_eq!(
        speaker_of(&found, "I wanted anything").as_deref(),
        Some("Donald Pruitt")
    );
}

#[test]
fn a_they_said_parenthesis_speaks_for_the_group_quoted_before_not_the_clause_subject() {
    let found = speakers(
        "WASHINGTON (AP) -- Pentagon officials said Thursday that the army had a \"chemical \
         warfare capability\" that included lethal agents. Belgrade, they said, \"probably made \
         this weapon available to paramilitary forces.\"\n\n\
         Critics met on Friday. The hall was full. Nobody left early. Moscow, they said, \"will \
         not back down.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "probably made").as_deref(),
        Some("Pentagon officials")
    );
    // (no group quoted within two sentences: no one, rather than the clause's subject)
    assert_eq!(speaker_of(&found, "will not back"), None);
}

#[test]
fn a_name_closing_an_inverted_attribution_by_role_is_the_person_a_later_he_takes_up() {
    let found = speakers(
        "BANGKOK (AP) -- Preparations went on for the games.\n\n\
         \"My only concern is the road,\" said Kenji Mori from Japan. The council is drawing up \
         a contingency plan, said its director general, Hamdani. \"You cannot really anticipate \
         anything,\" he said.\n",
    );
    assert_eq!(speaker_of(&found, "You cannot").as_deref(), Some("Hamdani"));
}

#[test]
fn a_party_tag_and_a_place_phrase_after_the_verb_do_not_hide_the_speaker() {
    let found = speakers(
        "WASHINGTON (AP) -- The Senate met on Monday.\n\n\
         \"The Senate should not lower its standard,\" Rep. Lyle T. Brannock, R-Fla., said.\n\n\
         \"Good governance is at the root of it,\" the leader of the country's long-banned \
         democracy movement, Mara Linnell, wrote in a Washington Post article.\n",
    );
    assert_eq!(
        speaker_of(&found, "The Senate should").as_deref(),
        Some("Lyle T. Brannock")
    );
    assert_eq!(
        speaker_of(&found, "Good governance").as_deref(),
        Some("Mara Linnell")
    );
}

#[test]
fn a_quotation_shares_the_attribution_after_the_next_one_of_its_sentence() {
    let found = speakers(
        "BEIJING (AP) -- The government reacted on Tuesday.\n\n\
         Wu and Lin were \"suspected of involvement in activities endangering state security\" \
         and their \
         \"behavior breached the criminal law,\" Zhou said at a briefing.\n\n\
         In two collections, \"A Garden of Stones: Life and Death in a Small Town of the North\" \
         and \"Far From Home,\" he writes about his family.\n",
    );
    assert_eq!(speaker_of(&found, "suspected of").as_deref(), Some("Zhou"));
    assert!(found
        .iter()
        .all(|(t, s)| !t.starts_with("A Garden of Stones") || s.is_none()));
}

#[test]
fn a_quotation_ending_its_own_sentence_does_not_share_the_next_ones_attribution() {
    // (lower-cased text whose sentences run together, as some outlets' copy does)
    let found = speakers(
        "washington -- the judge should recuse himself because of his \"mexican heritage.\" \"if it \
         were a muslim judge, would you feel the same way about the case?\" host ann rowe asked on \
         sunday.\n",
    );
    assert_eq!(speaker_of(&found, "mexican heritage"), None);
}

#[test]
fn a_question_put_to_someone_is_not_a_speaker() {
    let found = speakers(
        "WASHINGTON (AP) -- The minister faced the committee on Friday.\n\n\
         Asked whether she would step down: \"If the inquiry finds that I failed, I will go.\"\n",
    );
    let speaker = speaker_of(&found, "If the inquiry");
    assert!(
        speaker.as_deref().is_none_or(|s| !s.contains("whether")),
        "{speaker:?}"
    );
}

#[test]
fn a_clause_read_after_its_verb_is_not_a_speaker_and_never_told_is_passive() {
    let found = speakers(
        "WASHINGTON (AP) -- The inquiry is nearly over.\n\n\
         Nevertheless Walter Brandt, who called his inquiry \"nearly finished,\" said the last \
         weeks would turn to why the council was never told about the fuel, a lapse that \
         \"shook public trust in the agency.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "nearly finished").as_deref(),
        Some("Walter Brandt")
    );
    assert_eq!(
        speaker_of(&found, "shook public trust").as_deref(),
        Some("Walter Brandt")
    );
}

#[test]
fn a_name_set_off_after_said_speaks_with_its_affiliation() {
    let found = speakers(
        "DENVER (AP) -- Attacks on people sleeping outside are rising.\n\n\
         The attackers, said Sgt. Ellen Morrow of the Denver Police Department, \"seem to enjoy \
         hurting those who cannot fight back.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "seem to enjoy").as_deref(),
        Some("Ellen Morrow")
    );
}

#[test]
fn a_lawmaker_referred_back_to_by_state_and_party_or_office() {
    let found = speakers(
        "WASHINGTON (AP) -- The hearing opened on Monday.\n\n\
         Rep. Harold Wyatt, D-Ore., criticized the panel. Rep. Carl Benning, the committee's \
         chairman, said the department had buried the panel in paper. \"They sent us boxes of \
         files two days before the hearing,\" the Kansas Republican said.\n\n\
         Senate Rules Committee Chairman Mary Holt, R-Utah, agreed with the director. \
         \"We must find out whether this was a cover-up,\" the senator said.\n\n\
         \"It is over,\" said the Ohio Democrat.\n",
    );
    assert_eq!(
        speaker_of(&found, "They sent us").as_deref(),
        Some("Carl Benning")
    );
    assert_eq!(
        speaker_of(&found, "We must find").as_deref(),
        Some("Mary Holt")
    );
    // (no lawmaker of that party named near: the description as written, not Wyatt)
    assert_eq!(
        speaker_of(&found, "It is over").as_deref(),
        Some("the Ohio Democrat")
    );
}

#[test]
fn a_report_speaks_for_its_owner_but_not_for_a_day() {
    let found = speakers(
        "WASHINGTON (AP) -- The inquiry ended on Wednesday.\n\n\
         \"I think any fair reader will agree,\" Special Counsel Walter Brandt told reporters. \
         Brandt's 150-page interim report clears the agency. \"Any error was made in good \
         faith,\" the report said.\n\n\
         The commission published its findings. Thursday's report called the killings \
         \"a crime against humanity,\" the commission said.\n",
    );
    assert_eq!(
        speaker_of(&found, "Any error").as_deref(),
        Some("Walter Brandt")
    );
    assert_ne!(
        speaker_of(&found, "a crime against").as_deref(),
        Some("Thursday")
    );
}

#[test]
fn agreeing_is_speech_after_the_words_not_before_them() {
    let found = speakers(
        "NEW YORK (AP) -- The count of people without homes rose.\n\n\
         \"They go together,\" Mayor Ray Colton agreed. \"You have a need for housing and \
         you have people who need care.\"\n\n\
         The rebels agreed to a \"truce\" on Monday. Later, Ruth Abel said they had agreed \
         in principle and made \"real concessions.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "They go together").as_deref(),
        Some("Ray Colton")
    );
    assert_eq!(
        speaker_of(&found, "You have a need").as_deref(),
        Some("Ray Colton")
    );
    assert!(found
        .iter()
        .all(|(t, speaker)| !t.starts_with("truce") || speaker.is_none()));
    assert_eq!(
        speaker_of(&found, "real concessions").as_deref(),
        Some("Ruth Abel")
    );
}

#[test]
fn the_attribution_closing_a_sentence_speaks_for_words_quoted_inside_it() {
    let found = speakers(
        "WASHINGTON (AP) -- The inquiry went on.\n\n\
         The president \"is troubled that the minister seems to have been misled\" about what \
         happened at the plant, palace spokesman Karl Dorn said Thursday.\n\n\
         Modern labs can \"nearly rule out that an innocent person is convicted,\" but cannot \
         stop a killer from killing again, Pastor Lena Ruiz said.\n\n\
         \"America's hidden prison,\" is what Judge Paul Oakes, the state's top judge, calls \
         the growing mass of inmates.\n",
    );
    assert_eq!(
        speaker_of(&found, "is troubled").as_deref(),
        Some("Karl Dorn")
    );
    assert_eq!(
        speaker_of(&found, "nearly rule out").as_deref(),
        Some("Lena Ruiz")
    );
    assert_ne!(
        speaker_of(&found, "America's hidden").as_deref(),
        Some("the growing mass")
    );
}

#[test]
fn a_surname_joined_to_its_particle_and_a_person_described_in_a_relative_clause() {
    let found = speakers(
        "WASHINGTON (AP) -- The hearings went on.\n\n\
         \"Both sides are at work here,\" said former prosecutor Anna diMarco, a Republican \
         who believes there is \"no doubt\" the rules were broken. \"You do not need a crime to \
         impeach.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "Both sides").as_deref(),
        Some("Anna diMarco")
    );
    assert_eq!(
        speaker_of(&found, "no doubt").as_deref(),
        Some("Anna diMarco")
    );
    assert_eq!(
        speaker_of(&found, "You do not need").as_deref(),
        Some("Anna diMarco")
    );
}

#[test]
fn a_name_set_off_after_an_owners_description_speaks() {
    let found = speakers(
        "OTTAWA (AP) -- The new flag was shown on Monday.\n\n\
         \"Over the years, they have guided you home,\" said Canada's governor-general, Roger \
         Lebel.\n\n\
         \"Their demand is an insult to our people,\" declared the country's leading \
         newspaper, Daily Courier.\n",
    );
    assert_eq!(
        speaker_of(&found, "Over the years").as_deref(),
        Some("Roger Lebel")
    );
    assert_eq!(
        speaker_of(&found, "Their demand").as_deref(),
        Some("Daily Courier")
    );
}

#[test]
fn a_pronoun_reported_by_said_speaks_for_the_subject_of_said() {
    let found = speakers(
        "ROME (AP) -- The bishops met on Friday.\n\n\
         The bishops said they also hoped to persuade voters that the law \"is applied \
         unfairly and in biased ways.\"\n\n\
         Senior officials said they hoped the talks would be \"quick and fruitful.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "is applied unfairly").as_deref(),
        Some("The bishops")
    );
    assert_eq!(
        speaker_of(&found, "quick and fruitful").as_deref(),
        Some("Senior officials")
    );
}

#[test]
fn a_given_name_listed_as_a_mans_and_as_mostly_a_mans_is_a_mans() {
    // (`M Glenn` and `?M Glenn` in the first-name list: the crate reads only the last line)
    let found = speakers(
        "WASHINGTON (AP) -- The debate went on.\n\n\
         Glenn Harlow of the Capital Legal Center said the movement does not speak for most \
         voters. \"I think a small number of activists have been successful,\" he said.\n",
    );
    assert_eq!(
        speaker_of(&found, "I think a small").as_deref(),
        Some("Glenn Harlow")
    );
}

#[test]
fn a_description_takes_up_the_one_so_titled_in_the_next_sentence() {
    let found = speakers(
        "AUSTIN (AP) -- The convention opens next week.\n\n\
         A Garza spokesman said the senator's views were \"not a factor.\" \"We are pleased \
         that he will speak about trade,\" said Garza campaign spokesman Tim Ochoa.\n\n\
         \"I would respectfully disagree,\" said state party spokesman Rob Blake.\n",
    );
    assert_eq!(
        speaker_of(&found, "not a factor").as_deref(),
        Some("Tim Ochoa")
    );
}

#[test]
fn a_countrys_top_official_is_the_one_of_that_nationality_just_quoted() {
    // (a typographic apostrophe, as scraped pages write it)
    let found = speakers(
        "MOSCOW -- Ruritanian Foreign Minister Ivan Petrov said on Tuesday that the advisers \
         were there legally. \"Our presence is legitimate,\" Petrov said.\n\n\
         \u{201c}We discussed with the Americans a mechanism for the southern zone,\u{201d} \
         Ruritania\u{2019}s top diplomat pointed out.\n",
    );
    assert_eq!(
        speaker_of(&found, "We discussed with").as_deref(),
        Some("Ivan Petrov")
    );
}

#[test]
fn branded_quotes_the_one_who_brands() {
    let found = speakers(
        "BEIJING -- The state news agency Xinhua branded the cheating \"deeply shameful\" on \
         Monday, a week after the race.\n",
    );
    assert_eq!(
        speaker_of(&found, "deeply shameful").as_deref(),
        Some("Xinhua")
    );
}

#[test]
fn a_relative_clause_set_off_after_a_name_speaks_for_that_name_not_the_subject() {
    let found = speakers(
        "MOSCOW -- Ivan Petrov was referring to remarks by Senator Mark Fulton, who has branded \
         the country a \"rogue state\" in several speeches.\n\n\
         Many lawmakers have kept quiet, but Harlow, who said Friday that the region should \
         feel shame for losing what were \"once the greatest salmon runs on earth,\" has now \
         changed course.\n\n\
         Petrov also cited remarks by Fulton and other American officials, who have called the \
         region \"a haven for smugglers.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "rogue state").as_deref(),
        Some("Mark Fulton")
    );
    assert_eq!(
        speaker_of(&found, "once the greatest").as_deref(),
        Some("Harlow")
    );
    assert_eq!(
        speaker_of(&found, "a haven for").as_deref(),
        Some("other American officials")
    );
}

#[test]
fn a_definite_description_in_the_lead_is_the_one_named_later_with_its_office() {
    let found = speakers(
        "THE HAGUE (AP) _ The president of the U.N. appeals tribunal angrily branded the \
         government a \"lawless regime\" Thursday after it refused entry to investigators.\n\n\
         The investigators had asked for visas last month.\n\n\
         \"This conduct shows utter disregard for the law,\" said tribunal president Gabriela \
         Moreno of Chile.\n",
    );
    assert_eq!(
        speaker_of(&found, "lawless regime").as_deref(),
        Some("Gabriela Moreno")
    );
}

#[test]
fn a_participle_set_off_with_its_agent_quotes_the_agent() {
    let found = speakers(
        "AUSTIN -- Executions rose in the state.\n\n\
         In 1995, Harlow signed a similar state law, described by some lawmakers as the \
         \"speed up the process\" law.\n",
    );
    assert_eq!(
        speaker_of(&found, "speed up the process").as_deref(),
        Some("some lawmakers")
    );
}

#[test]
fn a_relative_clause_without_its_comma_and_a_participle_after_a_group_are_read_through() {
    let found = speakers(
        "MAPUTO -- Voting ended on Sunday.\n\n\
         Former Senator Walter Brandt who is leading 50 observers in the country, said here \
         Monday that the vote had been \"overwhelmingly free and fair.\"\n\n\
         But local school security officials meeting with Riley said they believed that such \
         incidents are \"an aberration.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "overwhelmingly free").as_deref(),
        Some("Walter Brandt")
    );
    assert_eq!(
        speaker_of(&found, "an aberration").as_deref(),
        Some("local school security officials")
    );
}

#[test]
fn a_person_of_an_organisation_speaks_not_the_organisations_last_words() {
    let found = speakers(
        "ATLANTA -- The virus spread to three more states.\n\n\
         But Dr. Stephen Lowry of the Centers for Disease Control and Prevention in Atlanta told \
         reporters: \"Extensive screening of wild birds would not be cost effective.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "Extensive screening").as_deref(),
        Some("Stephen Lowry")
    );
}

#[test]
fn according_to_an_owners_people_is_the_people_not_the_owner() {
    let found = speakers(
        "WASHINGTON -- Michael Oreskes noted that according to Ivanov's colleagues, \"In his \
         years as an agent in Europe, he learned a lot about business.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "In his years").as_deref(),
        Some("Ivanov's colleagues")
    );
}

#[test]
fn the_report_speaks_for_the_organisation_named_before_the_noun() {
    let found = speakers(
        "WASHINGTON -- School shootings have not risen since 1992, a study found.\n\n\
         The Harbor Policy Center report said 12 students died in school shootings last year.\n\n\
         Lawmakers \"acted on fear rather than figures,\" the report said.\n\n\
         The FRC report said the same day that \"the figures are flat.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "acted on fear").as_deref(),
        Some("Harbor Policy Center")
    );
    // one acronym before the noun is its author too
    assert_eq!(
        speaker_of(&found, "the figures are").as_deref(),
        Some("FRC")
    );
}

#[test]
fn a_statement_set_off_after_a_name_is_that_names() {
    let found = speakers(
        "PHNOM PENH -- Talks on a new government stalled again on Friday.\n\n\
         The Sam Rainsy Party, in a statement released Friday, accused Hun Sen of stalling the \
         negotiations.\n\n\
         \"A meeting outside Cambodia could place all parties on more equal footing,\" said the \
         statement.\n",
    );
    assert_eq!(
        speaker_of(&found, "A meeting outside").as_deref(),
        Some("Sam Rainsy Party")
    );
}

#[test]
fn the_group_is_the_group_named_right_after_that_noun() {
    let found = speakers(
        "JERUSALEM -- The radical group Islamic Jihad claimed responsibility Saturday for the \
         bombing of a crowded market.\n\n\
         \"This operation is not the first and not going to be the last,\" the group said in a \
         leaflet faxed to news organizations.\n\n\
         Meanwhile, a group Philippine legislators said they would attend the trial.\n\n\
         \"We feel that being observers will be our silent statement,\" the group said.\n",
    );
    assert_eq!(
        speaker_of(&found, "This operation").as_deref(),
        Some("Islamic Jihad")
    );
    // a nationality after the noun names no group
    assert_ne!(
        speaker_of(&found, "We feel that").as_deref(),
        Some("Philippine")
    );
}

#[test]
fn a_closing_attribution_of_several_words_speaks_for_the_words_quoted_before_it() {
    let found = speakers(
        "NEW YORK -- The race tightened on Monday.\n\n\
         \"If I were Gore, I would be spending a lot more time in California\" than in New York, \
         veteran Democratic campaign consultant Hank Sheinkopf said.\n",
    );
    assert_eq!(
        speaker_of(&found, "If I were Gore").as_deref(),
        Some("Hank Sheinkopf")
    );
}

#[test]
fn an_office_of_or_to_a_place_after_a_countrys_initials_is_a_title_before_the_name() {
    let found = speakers(
        "WASHINGTON -- The list came out on Monday.\n\n\
         \"They have been world headquarters for the heroin business,\" U.S. Secretary of State \
         Madeleine Albright told a briefing.\n\n\
         \"Nothing is won yet,\" U.S. Ambassador to Russia James Collins said.\n\n\
         Two countries were dropped because they \"had not cooperated fully\" for several years, \
         U.S. Secretary of Defense William Cohen told reporters at the Pentagon on Monday.\n",
    );
    assert_eq!(
        speaker_of(&found, "They have been").as_deref(),
        Some("Madeleine Albright")
    );
    assert_eq!(
        speaker_of(&found, "Nothing is won").as_deref(),
        Some("James Collins")
    );
    // the clause closing the sentence may run on past its verb
    assert_eq!(
        speaker_of(&found, "had not cooperated").as_deref(),
        Some("William Cohen")
    );
}

#[test]
fn a_long_apposition_between_the_name_and_its_verb_is_read_past() {
    let found = speakers(
        "LITTLETON -- The school stayed shut.\n\n\
         \"We are not going to go on local television,\" Parr, a 20-year veteran of police work \
         who has been pulled off patrol to help handle the media swarm since the massacre, said \
         on Wednesday.\n",
    );
    assert_eq!(
        speaker_of(&found, "We are not going").as_deref(),
        Some("Parr")
    );
}

#[test]
fn a_relative_clause_with_its_own_named_subject_speaks_for_that_name() {
    let found = speakers(
        "PORT CALLOWAY -- The bridge closed on Tuesday.\n\n\
         The council voted to spend $3.8 million, which city engineer Raúl Ferreira said could \
         reopen the bridge \"in eight to ten weeks if the weather is kind to us.\"\n\n\
         \"We spent them talking,\" said Councilmember Luis Ortiz.\n",
    );
    // not the figure the clause hangs on
    assert_eq!(
        speaker_of(&found, "in eight to ten").as_deref(),
        Some("Raúl Ferreira")
    );
    // a council member's title is no part of the name
    assert_eq!(
        speaker_of(&found, "We spent them").as_deref(),
        Some("Luis Ortiz")
    );
}

#[test]
fn the_place_an_office_serves_is_not_part_of_its_holders_name() {
    // (session 28, read on MultiLing's English news: `United Kingdom Tony Blair`)
    let found = speakers(
        "LONDON -- The talks ended on Friday.\n\n\
         On Tuesday Prime Minister of the United Kingdom Tony Blair said the crew would be home \
         \"within days.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "within days").as_deref(),
        Some("Tony Blair")
    );
}

#[test]
fn a_body_named_with_its_of_keeps_its_whole_name() {
    let found = speakers(
        "WELLINGTON -- Waves reached the islands on Saturday.\n\n\
         The Ministry of Civil Defense told reporters that \"the largest waves are still to \
         come.\"\n\n\
         In Washington, the Department of State noted that \"no citizens were hurt.\"\n\n\
         \"We have lost contact with the aircraft,\" said Air France in a statement.\n\n\
         The city's Department of Consumer Affairs said the labels were \"plainly false.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "the largest waves").as_deref(),
        Some("Ministry of Civil Defense")
    );
    assert_eq!(
        speaker_of(&found, "no citizens").as_deref(),
        Some("Department of State")
    );
    assert_eq!(
        speaker_of(&found, "We have lost").as_deref(),
        Some("Air France")
    );
    assert_eq!(
        speaker_of(&found, "plainly false").as_deref(),
        Some("Department of Consumer Affairs")
    );
}

#[test]
fn a_description_without_an_offices_rank_is_not_its_holder() {
    // `the Minister for London` is not Prime Minister Gordon Brown, named just before
    let found = speakers(
        "LONDON -- A memorial was unveiled on Tuesday.\n\n\
         Prime Minister Gordon Brown and Minister for London, Tessa Jowell, were there.\n\n\
         Each column stands for \"a life that was lost\" according to the Minister for London.\n",
    );
    assert_ne!(
        speaker_of(&found, "a life that").as_deref(),
        Some("Gordon Brown")
    );
}

#[test]
fn a_month_that_is_a_given_name_and_a_korean_given_name_stay_in_the_name() {
    // (session 28: `Egeland` for Jan Egeland, `Kim` for Kim Dae-jung)
    let found = speakers(
        "GENEVA -- Donors met on Monday.\n\n\
         On Monday, Jan Egeland, the U.N. relief chief, said rich nations were being \
         \"stingy.\"\n\n\
         In Seoul, President Kim Dae-jung said his government would \"spare no effort.\"\n",
    );
    assert_eq!(speaker_of(&found, "stingy").as_deref(), Some("Jan Egeland"));
    assert_eq!(
        speaker_of(&found, "spare no effort").as_deref(),
        Some("Kim Dae-jung")
    );
}

#[test]
fn a_clause_opened_by_whilst_names_the_next_quotations_speaker_not_this_ones() {
    let found = speakers(
        "LONDON -- The sailors landed on Thursday.\n\n\
         John Cole, uncle to Royal Marine Tom Baker one of the crew, said that this is \"the \
         best news we could have\", whilst his mother, Mary Baker, said that \"I can sleep \
         again.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "the best news").as_deref(),
        Some("John Cole")
    );
    assert_eq!(
        speaker_of(&found, "I can sleep").as_deref(),
        Some("Mary Baker")
    );
}

#[test]
fn an_apposition_ending_in_a_place_may_run_into_the_verb_without_its_comma() {
    let found = speakers(
        "PASADENA -- The quake lasted ten minutes.\n\n\
         \"The whole planet moved,\" Ann Porter, professor of geology and head of the Center for \
         Earth Studies at the University of California, Santa Cruz said.\n",
    );
    assert_eq!(
        speaker_of(&found, "The whole planet").as_deref(),
        Some("Ann Porter")
    );
}

#[test]
fn a_quotation_of_two_sentences_takes_the_attribution_closing_its_last_sentence() {
    // not the speaker of the quotation before it, in the sentence before
    let found = speakers(
        "TEHRAN -- The talks were suspended on Thursday.\n\n\
         On Wednesday, Iran had said that one sailor would \"be freed very soon.\" \"The British \
         have misjudged this. The case may go to court\" if London makes \"more trouble,\" added \
         Ali Larijani.\n",
    );
    assert_eq!(
        speaker_of(&found, "The British").as_deref(),
        Some("Ali Larijani")
    );
}

#[test]
fn a_verb_judging_its_object_as_the_quoted_words_speaks_for_its_subject() {
    let found = speakers(
        "OSLO (AP) -- The talks ended on Friday.\n\n\
         Jensen attacked the fishing accord as \"reckless and short-sighted\" and condemned \
         the minister's chief adviser, Per Lund, as a \"false friend of the coast.\"\n\n\
         Marta Holm, a former negotiator for the fishermen, brushed aside those worries as mere \
         \"paperwork for the lawyers.\"\n\n\
         At the dinner, Lund introduced Jensen as \"my oldest rival and my best critic.\"\n",
    );
    assert_eq!(speaker_of(&found, "reckless").as_deref(), Some("Jensen"));
    assert_eq!(
        speaker_of(&found, "false friend").as_deref(),
        Some("Jensen")
    );
    assert_eq!(
        speaker_of(&found, "paperwork").as_deref(),
        Some("Marta Holm")
    );
    assert_eq!(speaker_of(&found, "my oldest").as_deref(), Some("Per Lund"));
}

#[test]
fn a_judging_verb_without_as_before_the_quotation_or_in_the_passive_is_no_speech() {
    let found = speakers(
        "OSLO (AP) -- The talks ended on Friday.\n\n\
         Jensen attacked the fishing accord on Friday, and the \"package of help for every \
         harbour on the coast\" was dropped.\n\n\
         The accord was branded as \"a gift to the big trawlers from the south\" in the \
         harbour towns.\n\n\
         Lund backed a measure branded by its critics as \"a tax on small boats.\"\n",
    );
    assert_eq!(speaker_of(&found, "package of help"), None);
    assert_eq!(speaker_of(&found, "a gift"), None);
    assert_ne!(
        speaker_of(&found, "a tax on").as_deref(),
        Some("Lund"),
        "the measure's critics brand it, not Lund"
    );
}

#[test]
fn a_restrictive_relative_clause_with_an_auxiliary_speaks_for_the_phrase_before_who() {
    let found = speakers(
        "OSLO (AP) -- The talks ended on Friday.\n\n\
         Lund met the press with the fisheries official who has repeatedly described the quota \
         as \"a death sentence for small harbours.\"\n",
    );
    assert_eq!(
        speaker_of(&found, "a death sentence").as_deref(),
        Some("the fisheries official")
    );
}

#[test]
fn less_common_verbs_of_speech_attribute_their_quotations() {
    // `pleaded`, `preached`, `scoffed`: verbs of speech like `said`
    let found = speakers(
        "ALBANY, N.Y. (AP) -- The two candidates met for a second debate on Sunday.\n\n\
         \"Show us the receipts,\" Mark Tolland pleaded.\n\n\
         In Boston, the bishop preached that the city \"has the means to feed every child\" \
         without new taxes.\n\n\
         \"That plan is a fantasy,\" Ellen Marsh scoffed.\n",
    );
    assert_eq!(
        speaker_of(&found, "Show us the receipts").as_deref(),
        Some("Mark Tolland")
    );
    assert_eq!(
        speaker_of(&found, "has the means to feed").as_deref(),
        Some("the bishop")
    );
    assert_eq!(
        speaker_of(&found, "That plan is a fantasy").as_deref(),
        Some("Ellen Marsh")
    );
}

#[test]
fn the_writers_own_question_quotes_no_one() {
    // a yes/no question of the writer's (`Did someone say "…"?`, `Would X have pleaded …?`)
    // reports no one's words, and its auxiliary is no part of a name
    let found = speakers(
        "WASHINGTON -- The senator has spent the week defending the new committee.\n\n\
         Would Adam Kessler have pleaded to keep the \"informant's\" name secret? The \
         committee never asked. (Did someone say \"trickle-down economics\"?) The budget \
         passed on Friday.\n\n\
         \"We did what the law requires,\" Kessler said on Saturday.\n",
    );
    // (listed without a speaker, or not listed at all: a term)
    for words in ["informant's", "trickle-down economics"] {
        assert!(
            found
                .iter()
                .all(|(t, speaker)| !t.trim_start().starts_with(words) || speaker.is_none()),
            "{words}: {found:?}"
        );
    }
    assert_eq!(
        speaker_of(&found, "We did what the law").as_deref(),
        Some("Adam Kessler")
    );
}

#[test]
fn a_peerage_is_its_holders_name() {
    // `the Prince of Wales told`: the prince speaks, not `Wales`
    let found = speakers(
        "LONDON (Reuters) -- The royal visit to the flooded towns ended on Monday.\n\n\
         \"I am sorry we could not come sooner,\" the Prince of Wales told reporters.\n",
    );
    assert_eq!(
        speaker_of(&found, "I am sorry").as_deref(),
        Some("Prince of Wales")
    );
    // the same for a peerage whose word is not an office's (`the Duchess of York said`, `said
    // the Duchess of York`: not `Duchess`), and for a `she` that takes her up although the
    // article writes `the duchess` in lower case and names New York: not `of York`, not `New York`
    let found = speakers(
        "NEW YORK (AP) -- On the eve of her talk show, the Duchess of York promised that she \
         would be good. \"I am not going to say anything bad about the royal family,\" she told \
         the Telegraph.\n\n\
         \"I want to talk to real people,\" the Duchess of York said.\n\n\
         \"People like my friend Irene,\" said the Duchess of York.\n\n\
         The duchess dedicated Monday's program to her mother. The New York Post liked it.\n",
    );
    for quote in ["I am not going", "I want to talk", "People like my"] {
        assert_eq!(
            speaker_of(&found, quote).as_deref(),
            Some("Duchess of York"),
            "{quote}: {found:?}"
        );
    }
}

#[test]
fn a_surname_that_is_a_common_word_stays_a_name() {
    // `Rice said` opens its sentence and the article writes `rice` in lower case, but it also
    // writes it after a given name: a name, not a sentence's first word
    let found = speakers(
        "WASHINGTON (AP) -- Secretary of State Condoleezza Rice met the envoys on Monday, and the \
         price of rice was not discussed.\n\n\
         \"We are making progress,\" Rice said.\n",
    );
    assert_eq!(
        speaker_of(&found, "We are making progress").as_deref(),
        Some("Condoleezza Rice")
    );
}

#[test]
fn a_programme_spoken_on_is_no_quotation_and_passes_its_speaker_on() {
    // `on "Fox News Sunday,"`, `on CBS's "Face the Nation."`: the programme is a title; the
    // speaker read for it goes to the words that follow
    let found = speakers(
        "WASHINGTON (AP) -- Sen. John McCain spoke about the budget on Sunday.\n\n\
         McCain told the host on \"Fox News Sunday,\" \"We will not raise taxes this year.\"\n\n\
         Gov. Mary Rowe appeared on CBS's \"Face the Nation.\" She said the plan was fair.\n",
    );
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.trim()).collect();
    assert!(
        !texts
            .iter()
            .any(|t| t.starts_with("Fox News") || t.starts_with("Face the")),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "We will not raise").as_deref(),
        Some("John McCain")
    );
}

#[test]
fn a_work_named_by_its_makers_possessive_or_a_nickname_is_no_quotation() {
    // `Handel's "Messiah,"`, `the nickname "Mr. Intensity,"`, `the box labeled "…"`: names;
    // the attribution read for a possessive's work passes on (`one senator, quoted in …'s "…,"
    // explained that … "…"`)
    let found = speakers(
        "BOSTON (AP) -- She sang solo roles in Handel's \"Messiah\" before she studied physics. \
         Her brothers gave her the nickname \"Little Newton.\" Users should tick the box labeled \
         \"Protect my files.\"\n\n\
         One senator, quoted in Ida Tarbell's \"The Oil Trusts,\" explained that most voters \
         agreed that \"something must be done for the small refiners.\"\n",
    );
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.trim()).collect();
    for title in ["Messiah", "Little Newton", "Protect my", "The Oil Trusts"] {
        assert!(
            !texts.iter().any(|t| t.starts_with(title)),
            "{title}: {found:?}"
        );
    }
    assert_eq!(
        speaker_of(&found, "something must be done").as_deref(),
        Some("One senator")
    );
}
