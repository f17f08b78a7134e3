//! Unit tests of `quotes`: each article's quotations and the speakers shown.
use super::*;

/// The quotations of one article in `language` and their speakers.
fn speakers_in(language: Language, text: &str) -> Vec<(String, Option<String>)> {
    let article = crate::model::Article {
        id: "a0".into(),
        origin: "a0".into(),
        text: text.to_string(),
        ..Default::default()
    };
    let cluster =
        crate::text::Analyzer::for_language(language).analyse(crate::model::CleanCluster {
            id: "c".into(),
            articles: vec![article],
            ..Default::default()
        });
    let (quotes, _) = find_quotes(&cluster);
    quotes.into_iter().map(|q| (q.text, q.speaker)).collect()
}

fn speaker_of<'a>(found: &'a [(String, Option<String>)], start: &str) -> Option<&'a str> {
    found
        .iter()
        .find(|(t, _)| t.trim_start().starts_with(start))
        .unwrap_or_else(|| panic!("no quotation starting {start:?} in {found:?}"))
        .1
        .as_deref()
}

#[test]
fn a_pronoun_takes_up_the_speaker_of_the_sentence_before_not_its_first_name() {
    let text = "\"The deal is good for both sides,\" said Robert Chatham, an analyst with \
                Forrester Research. A partnership with Gov. Tom Hale will not enhance the company's \
                credibility, Chatham said. \"It does not look like one vendor,\" he added. \
                Few have shown they can offer such services, Ms. Traci Gere of International \
                Data said. \"Big clients want more,\" she said. Igor Petrov, head of the \
                inquiry, told Interfax on Tuesday that he was sure. \"It will take time,\" he \
                said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "It does not"), Some("Robert Chatham"));
    assert_eq!(speaker_of(&found, "Big clients"), Some("Traci Gere"));
    assert_eq!(speaker_of(&found, "It will take"), Some("Igor Petrov"));
    let text = "In a letter, presiding judge Gabrielle Kirk McDonald of the United States said \
                the refusal was \"an affront.\" \"The refusal is an affront to the council,\" \
                she said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "The refusal"),
        Some("Gabrielle Kirk McDonald")
    );
}

#[test]
fn a_pronoun_subject_after_an_opening_phrase_speaks_through_a_participle() {
    let text = "Prime Minister Anna Ferri spoke in Rome. In a speech on Monday, she attacked \
                the budget, saying it was \"a gift to the speculators.\" On Tuesday, she \
                visited Milan and said the plan was \"a threat to our industry.\"";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "a gift"), Some("Anna Ferri"));
    assert_eq!(speaker_of(&found, "a threat"), Some("Anna Ferri"));
}

#[test]
fn a_first_name_after_a_family_word_takes_the_family_name() {
    let text = "Governor Tom Berg's doctors called his health \"more or less stable,\" his \
                wife Lena said on Monday. Mrs. Berg told a weekly that she hesitated to speak \
                of it. \"The doctors say he is resting,\" Mrs. Berg said. \"I will be back \
                at work soon,\" Governor Tom Berg said in a statement.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "The doctors say"), Some("Lena Berg"));
    assert_eq!(speaker_of(&found, "I will be back"), Some("Tom Berg"));
    let text = "Wang Youcai was tried on Thursday. \"I don't know what happens from here,\" \
                said Wang's wife, Hu Jiangxia, who attended the trial.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "I don't know"), Some("Hu Jiangxia"));
}

#[test]
fn a_witness_answer_is_the_witness_words_not_the_questioner() {
    let text = "\"Is that not true?\" asked Michael Lacovara, a lawyer for the company.\n\
                Yes, Warren-Boulton responded.\n\
                \"It is not at all clear to me that the incentive has changed.\"\n\
                Lacovara then asked Warren-Boulton about the merger.\n\
                Warren-Boulton's answer was probably not the one Lacovara had been after.\n\
                \"It is unfortunate to see a firm like that disappear,\" he said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "It is not at all"),
        Some("Warren-Boulton")
    );
    assert_eq!(
        speaker_of(&found, "It is unfortunate"),
        Some("Warren-Boulton")
    );
}

#[test]
fn a_pronoun_inside_a_quotation_is_no_evidence_of_the_speaker_gender() {
    let text = "\"If you ask a child how old she is, you are off by three years,\" Sten \
                Lund said in Seoul. Later that day, Lund visited a hospital. \"The wards are \
                cold,\" said Lund. \"We need coal,\" he added.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "We need coal"), Some("Sten Lund"));
}

#[test]
fn the_subject_of_a_reported_clause_is_not_the_speaker() {
    let text = "Bob Houghton, who coaches the team, said the match would \"prove what they \
                can bring.\" Steve Forbes, another probable candidate, said the leadership \
                \"will have a lot to answer for.\"";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "prove what"), Some("Bob Houghton"));
    assert_eq!(speaker_of(&found, "will have"), Some("Steve Forbes"));
}

#[test]
fn as_someone_put_it_names_the_speaker() {
    let text = "As Rep. Mark Sanford, R-S.C., put it, \"When the stock price goes down, it's \
                usually the CEO who gets fired.\"";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "When the stock"), Some("Mark Sanford"));
}

#[test]
fn a_nationality_before_a_whole_name_is_not_part_of_it() {
    let text = "\"We will keep the rate,\" American John Campbell said on Monday. \
                \"It is over,\" Christian Amanpour said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "We will keep"), Some("John Campbell"));
    // a given name that ends like a nationality stays
    assert_eq!(speaker_of(&found, "It is over"), Some("Christian Amanpour"));
    let text = "Englishman Bob Houghton, who coaches the team, said recalling Fan would \
                allow him to \"show what they can bring.\"";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "show what"), Some("Bob Houghton"));
}

#[test]
fn two_exchanges_of_one_last_word_are_two_speakers() {
    let text = "Trading was heavy in London. \"We saw big selling,\" the London Stock \
                Exchange said. In New York, \"shares fell,\" the New York Stock Exchange said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "We saw big"),
        Some("London Stock Exchange")
    );
    assert_eq!(
        speaker_of(&found, "shares fell"),
        Some("New York Stock Exchange")
    );
}

#[test]
fn a_clause_after_but_does_not_name_the_speaker() {
    let text = "Party leader Anna Ferri resigned on Monday. She said the vote was \"wrong and \
                dangerous,\" but at the same time promised to follow the party line.";
    let found = speakers_in(Language::English, text);
    assert_ne!(speaker_of(&found, "wrong and"), Some("time"));
}

#[test]
fn lawmakers_tags_inverted_names_and_short_first_names() {
    let text = "Rep. Robert L. Livingston said Thursday he would step down.\n\
        The inquiry, said Rep. Tom DeLay, R-Texas, was \"a debate about values versus truth.\"\n\
        Rep. Jerrold Nadler, D-N.Y., contended that Congress had lost the \"distinction \
        between sins and crimes.\"\n\
        \"We are here to debate the budget,\" the minority whip, Rep. David Bonior, Democrat \
        of Michigan, said during the debate.\n\
        Only moments before, Democrats hissed: \"Sir, you have done great damage.\"\n\
        Bob Livingston told reporters: \"I was running for speaker, not sainthood.\"\n\
        Arriving at the St. Petersburg airport from Moscow, he said: \"I brought my own \
        team.\"";
    let found = speakers_in(Language::English, text);
    // the name after `said` set off by commas, not the subject before it
    assert_eq!(speaker_of(&found, "a debate about"), Some("Tom DeLay"));
    // a party tag is no name (`Y` of `D-N.Y.`, `Democrat` of `Democrat of Michigan`)
    assert_eq!(speaker_of(&found, "distinction"), Some("Jerrold Nadler"));
    assert_eq!(speaker_of(&found, "We are here"), Some("David Bonior"));
    // a lone function word is no speaker
    assert_ne!(speaker_of(&found, "Sir, you"), Some("Only"));
    // `Bob` is `Robert`: one person, named by the most complete form
    assert_eq!(
        speaker_of(&found, "I was running"),
        Some("Robert L. Livingston")
    );
    // `St. Petersburg` is a place, not a person `he` could be
    assert_eq!(
        speaker_of(&found, "I brought"),
        Some("Robert L. Livingston")
    );
}

#[test]
fn a_pronoun_takes_up_a_subject_not_an_owner_a_spouse_or_a_clause_opener() {
    let text = "Newt Gingrich said on Monday he would leave the House. Marianne Gingrich, a \
        lawyer, said she was proud.\n\
        Marianne popped in and out of Gingrich's office all day.\n\
        \"Changes occur,\" she said.\n\
        President Bill Clinton flew to Israel, where he will meet the prime minister. Mrs. \
        Clinton toured a school with her daughter.\n\
        Since Clinton signed the accord in October, it has hit one snag after another.\n\
        Clinton said the United States shares the concerns about security.\n\
        \"Peace is the only choice,\" he said.\n\
        At a ceremony for Clinton, Prime Minister Benjamin Netanyahu said he hoped the visit \
        would \"contribute to true peace.\"";
    let found = speakers_in(Language::English, text);
    // a first name alone is the one person of the article with it; `Gingrich's` an owner
    assert_eq!(
        speaker_of(&found, "Changes occur"),
        Some("Marianne Gingrich")
    );
    // `Mrs. Clinton` does not make every Clinton a woman; `Since` begins no name
    assert_eq!(speaker_of(&found, "Peace is"), Some("Bill Clinton"));
    // `X said he hoped`: the speaker of the verb, not the first name of the sentence
    assert_eq!(speaker_of(&found, "contribute"), Some("Benjamin Netanyahu"));
}

#[test]
fn an_outlet_relaying_words_is_not_their_speaker() {
    let text = "Gen. Tin Oo, a member of the ruling council, said the party was working \
        \"with foreign powers,\" the New Light of Myanmar reported.\n\
        A detective later said the police had learned nothing \"serious\" from the aide, \
        according to the Interfax news agency.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "with foreign"), Some("Tin Oo"));
    assert_eq!(speaker_of(&found, "serious"), Some("A detective"));
}

#[test]
fn words_reported_by_a_spokesman_are_of_the_person_named_speaking_them() {
    let text = "In Jordan, Crown Prince Hassan urged Demirel in a telephone call to \
        \"exert all efforts to resolve the crisis,\" said Information Minister Nasser Judeh.\n\
        \"We will not retreat,\" said Information Minister Nasser Judeh.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "exert all"), Some("Hassan"));
    // with nobody named speaking before the words, they stay the reporter's
    assert_eq!(speaker_of(&found, "We will not"), Some("Nasser Judeh"));
    let text = "Lebanese President Elias Hrawi met the Syrian leader on Sunday.\n\
        He called for a \"diplomatic dialogue\" to defuse the tension, said Assad's \
        spokesman Jubran Kourieh.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "diplomatic"), Some("Elias Hrawi"));
    // a name further back than the speech verb's subject is not the speaker
    let text = "Greg Maffei led a team of five Microsoft executives who appeared before a \
        group of 40 venture capitalists, one of whom stood and asked the question on the \
        minds of his peers: \"How do I invest in a company?\" Maffei, recalled one person \
        who attended the meeting, stood up.";
    let found = speakers_in(Language::English, text);
    assert_ne!(speaker_of(&found, "How do I"), Some("Greg Maffei"));
}

#[test]
fn she_is_the_woman_of_the_surname_not_her_husband_named_closer() {
    let text = "Ildiko Iliffe, 30, chose to work in London.\n\
        Mrs. Iliffe, who is Hungarian, met her Canadian husband, Roger Iliffe, 30, in Milan.\n\
        Originally they planned to work in Italy, but Mrs. Iliffe said the attitude there \
        made it impossible for her to find a job.\n\
        \"They only asked me about my husband's job,\" she said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "They only asked"), Some("Ildiko Iliffe"));
}

#[test]
fn a_bare_surname_before_its_words_is_read_where_it_stands() {
    let text = "\"I am saddened,\" Marianne Gingrich said.\n\
        Newt Gingrich has filed for divorce, saying his marriage is \"broken.\"\n\
        Gingrich filed papers Thursday, stating that he and Marianne Gingrich are working on \
        an agreement that would \"resolve all matters between them.\"";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "resolve all"), Some("Newt Gingrich"));
}

#[test]
fn a_described_office_is_the_person_holding_all_of_it_not_another_minister() {
    let text = "Prime Minister Rafik Hariri met the Syrian envoy on Monday.\n\
        Lebanese Foreign Minister Faris Bweiz flew to Damascus.\n\
        \"We stand by Syria's side,\" the Lebanese prime minister said in an interview.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "We stand by"), Some("Rafik Hariri"));
    let text = "Terree Bowers, the chief prosecutor, told the judges of the tribunal.\n\
        \"Witness testimony will establish it,\" the U.S. prosecutor said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "Witness testimony"),
        Some("Terree Bowers")
    );
}

#[test]
fn an_outlet_quoting_someone_unnamed_as_saying_is_not_the_speaker() {
    let text = "State-run Libyan Radio quoted an unnamed official in the Foreign Liaison \
        Secretariat, which is the equivalent of a foreign ministry, as saying that \
        \"a solution to this crisis is within reach.\"\n\
        The Daily Star newspaper quoted sources as saying that Hariri was \"outraged\" by \
        the vote.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "a solution"),
        Some("an unnamed official")
    );
    assert_eq!(speaker_of(&found, "outraged"), Some("sources"));
}

#[test]
fn a_speaker_with_a_place_and_a_second_apposition_before_the_verb() {
    let text = "\"We pray for the families,\" the queen's message said.\n\
        \"This was a very positive, emotional day,\" Bert Ammerman of River Vale, New \
        Jersey, whose brother Thomas died in the crash, said after the service.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "This was a very"), Some("Bert Ammerman"));
}

#[test]
fn a_name_with_an_apostrophe_is_one_name() {
    let text = "Sen. Alfonse D'Amato said the vote was \"a disgrace.\"\n\
        \"We will win,\" D'Amato said.\n\
        \"It is over,\" said Rep. Beto O\u{2019}Rourke.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "a disgrace"), Some("Alfonse D'Amato"));
    assert_eq!(speaker_of(&found, "We will win"), Some("Alfonse D'Amato"));
    assert_eq!(
        speaker_of(&found, "It is over"),
        Some("Beto O\u{2019}Rourke")
    );
}

#[test]
fn a_prosecutor_is_a_title_not_part_of_the_name() {
    let text = "\"The evidence is clear,\" Prosecutor Louise Arbour said on Tuesday.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "The evidence"), Some("Louise Arbour"));
}

#[test]
fn a_name_modifying_a_noun_or_a_party_member_described_is_no_antecedent() {
    let text = "\"We won,\" President Clinton said.\n\
        House Speaker Newt Gingrich said on Tuesday that his party would gain seats.\n\
        Taking his share of the blame, the Georgia Republican said he had misjudged how the \
        public would recoil from the Clinton scandal.\n\
        \"I totally underestimated the degree to which people would get sick of it,\" he \
        said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "I totally"), Some("Newt Gingrich"));
    let text = "Rep. Martin Frost said on Monday that the vote was close.\n\
        The Texas Democrat said he would ask for a recount.\n\
        \"Every vote must be counted,\" he said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "Every vote"), Some("Martin Frost"));
}

#[test]
fn a_sentence_word_opens_no_name_and_who_is_told_is_no_speaker() {
    let text = "Balloonists Bertrand Piccard and Brian Jones landed in Egypt on Sunday. The two \
        balloonists had flown for 20 days.\n\
        \"It is like a circle has been closed,\" said Piccard.\n\
        \"He has a cold,\" the chief spokesman, Dmitry Yakushkin, told a news conference.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "It is like"), Some("Bertrand Piccard"));
    assert_eq!(
        speaker_of(&found, "He has a cold"),
        Some("Dmitry Yakushkin")
    );
}

#[test]
fn a_bare_surname_speaking_is_the_person_of_it_already_quoted() {
    let text = "\"We did it,\" Bertrand Piccard said after landing in Egypt.\n\
        His grandfather, the physicist Auguste Piccard, flew the first balloon into the \
        stratosphere in 1931.\n\
        \"We are with the angels,\" Piccard said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "We are with"), Some("Bertrand Piccard"));
}

#[test]
fn a_description_is_the_person_an_apposition_gave_that_role() {
    let text = "The bank opened a new statistics site on Monday.\n\
        Marie Dorn, European trade and industry commissioner, told the press \
        that the site would help.\n\
        The commissioner said, \"The figures will be updated every day.\"\n\
        Paul Ekwueme, a retired teacher, was at the launch. \"It is fine,\" the commissioner \
        said later.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "The figures"), Some("Marie Dorn"));
    // the retired teacher is no commissioner: the role still points to her
    assert_eq!(speaker_of(&found, "It is fine"), Some("Marie Dorn"));
}

#[test]
fn relative_clauses_parentheses_and_participles_keep_their_subject() {
    let text = "The mood was summed up by Karen Holt, the former mayor of Tilden, who said: \
        \"Nobody listens to the towns.\"\n\
        \"It is a dark day for the service,\" Omar Reyes, director of the Rural Water \
        Agency (RWA) told the Interfax news agency.\n\
        Lena Brandt had harsh words for the board, asserting that its plan was \"a \
        betrayal of the members.\"";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "Nobody listens"), Some("Karen Holt"));
    assert_eq!(speaker_of(&found, "It is a dark"), Some("Omar Reyes"));
    assert_eq!(speaker_of(&found, "a betrayal"), Some("Lena Brandt"));
}

#[test]
fn an_inverted_opening_verb_an_apposed_name_and_a_participle_phrase() {
    let text = "Union chief Billy Hunter met the owners on Monday.\n\
        Added Hunter: \"Of course they don't expect much to get done.\"\n\
        Said Hunter, \"If you go for their proposal, it's just a joke.\"\n\
        \"I'm very sad and disappointed,\" said the NBA commissioner, David Stern.\n\
        \"Nothing has changed,\" Hunter said. Patrick Ewing, the union president, left \
        early. Standing a few feet away from Ewing, he said, \"I hope the owners have \
        gotten the message.\"";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "Of course"), Some("Billy Hunter"));
    assert_eq!(speaker_of(&found, "If you go"), Some("Billy Hunter"));
    assert_eq!(speaker_of(&found, "I'm very sad"), Some("David Stern"));
    // the participle's subject is `he`: not Ewing, named in that phrase
    assert_eq!(
        speaker_of(&found, "I hope the owners"),
        Some("Billy Hunter")
    );
    let text = "\"He has a cold,\" the chief spokesman, Dmitry Yakushkin, told reporters.\n\
        \"Don't panic, Dad is OK,\" Yeltsin's daughter Tatiana Dyachenko, who is his image \
        adviser, told a newspaper.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "Don't panic"), Some("Tatiana Dyachenko"));
}

#[test]
fn a_surname_ending_in_i_is_a_name_and_an_adverb_may_stand_before_the_verb() {
    let text = "Prime Minister Paolo Rossi faces a confidence vote. He could seek an alliance \
        with the party of Marco Bellini. But Rossi has said he will govern only with the \
        majority that elected him. Bellini also suggested to reporters on Monday that he \
        would not join a coalition led by Rossi. \"We do not want this majority,\" he \
        said.\nIsraeli soldiers fired on the crowd. \"It was chaos,\" a witness said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "We do not want"), Some("Marco Bellini"));
    // a nationality before a noun is still no person
    assert_eq!(speaker_of(&found, "It was chaos"), Some("a witness"));
}

#[test]
fn a_description_is_not_the_person_quoted_last() {
    let text = "\"The situation is grave,\" envoy Richard Hale said on Monday.\n\
        The Ruritanian leader said the threats were \"a criminal act.\"\n\
        \"It was not an ultimatum,\" the NATO officer said. \"The trend is positive,\" \
        the officer added.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "a criminal act"),
        Some("The Ruritanian leader")
    );
    assert_eq!(speaker_of(&found, "It was not"), Some("the NATO officer"));
    // the same description again is that same speaker
    assert_eq!(speaker_of(&found, "The trend"), Some("the NATO officer"));
}

#[test]
fn a_family_name_written_first_is_the_one_speaking() {
    let text = "Police took a campaigner in for questioning on Monday. Qin Yongmin's latest \
        run-in with the authorities came as he tried to register a group. \"As I'm sending \
        this statement, the police are again taking me away,\" Qin said in a message.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "As I'm sending"), Some("Qin Yongmin"));
}

#[test]
fn a_description_after_a_comma_set_says_is_the_speaker_not_the_subject() {
    let text = "Prime Minister Omar Salleh fired his deputy, Anwar Ibrahim, last month. Anwar, \
        says the prime minister, is \"despicable.\" Salleh, says his former deputy, is \
        \"senile.\"";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "despicable"), Some("Omar Salleh"));
    // not Salleh, who is spoken about: the description as written
    assert_eq!(speaker_of(&found, "senile"), Some("his former deputy"));
}

#[test]
fn one_of_a_group_then_a_name_is_that_name() {
    let text = "Azizah Ismail, his wife, spoke to reporters. \"We will prove that in court,\" \
        said one of Anwar's lawyers, Pawancheek Marican.\n\
        \"It is over,\" said one of the organizers.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "We will prove"),
        Some("Pawancheek Marican")
    );
    assert_eq!(
        speaker_of(&found, "It is over"),
        Some("one of the organizers")
    );
}

#[test]
fn an_adverb_between_subject_and_verb_is_no_speaker() {
    let text = "Bank President Wim Daalder agreed to step down after four years, although he \
        has since said no such \"gentleman's agreement\" exists.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "gentleman"), Some("Wim Daalder"));
}

#[test]
fn a_wife_named_by_honorific_is_not_her_husband() {
    let text = "President Boris Yeltsin was taken to hospital on Monday, where he will \
        stay for a week.\n\
        \"The doctors say he is tired,\" Mrs. Yeltsin said.\n\
        \"He will be back at work soon,\" Yeltsin said in a statement.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "The doctors"), Some("Mrs. Yeltsin"));
    assert_eq!(speaker_of(&found, "He will be back"), Some("Boris Yeltsin"));
}

#[test]
fn a_plural_noun_after_a_possessive_is_no_speech_verb() {
    let text = "Prime Minister Anna Ferri on Friday rejected the opposition parties' demands \
        for new talks, accusing them of trying to \"internationalize\" the crisis.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "internationalize"), Some("Anna Ferri"));
}

#[test]
fn an_owner_is_not_the_subject_that_speaks() {
    let text = "Mayor Jane Ortiz's party recently called on the union to return to the table \
        and said it was willing to make an \"appropriate concession\" to end the strike.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "appropriate"),
        Some("Mayor Jane Ortiz's party")
    );
}

#[test]
fn a_pronoun_looks_back_a_few_sentences_and_along_its_own_chain() {
    // the woman is named four sentences back, the sentences between go on about her
    let text = "Thousands of residents pushed at the gates on Tuesday.\n\
        For Mafa Barbakh, an elderly woman wrapped in black, the moment was too important. \
        Like many, she said she had never seen a plane before. She wanted to be on the \
        tarmac. She finally did, when the gates were opened.\n\
        \"I want to fly to Mecca,\" she said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "I want to fly"), Some("Mafa Barbakh"));
    // nobody fitting in the last sentences: no speaker, not a team named long before
    let text = "Casey Weldon, the quarterback for the Washington Redskins, who was getting a \
        tour, met him. The team is having a bad year. Senator Tom Adams said the vote was \
        close. He said he would support the bill. He spoke to reporters later. He left at \
        noon. His office was quiet. Marianne popped in and out of the office all day.\n\
        \"Changes occur,\" she said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "Changes occur"), None);
}

#[test]
fn a_pronoun_skips_sentences_whose_subject_is_that_pronoun() {
    let text = "Policeman Jos\u{e9} Ar\u{e9}valo was the only person to warn residents. \
        He told El Rancahuaso there were around 25 people on the beach.\n\
        \"The sea is coming out! The sea is coming out!\" he shouted.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "The sea is coming"),
        Some("Jos\u{e9} Ar\u{e9}valo")
    );
}

#[test]
fn the_place_of_a_title_is_not_part_of_the_name() {
    let text = "On March 20, Mayor of Pichilemu Roberto C\u{f3}rdova announced a revival \
        campaign.\n\
        \"We are keeping the government informed of the work,\" Roberto C\u{f3}rdova said.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "We are keeping"),
        Some("Roberto C\u{f3}rdova")
    );
}

#[test]
fn a_line_cut_after_a_title_abbreviation_goes_on() {
    let text = "Tension between Turkey and Syria has risen.\n\
        \"We are trying to be patient,\" said the commander, Gen.\n\
        Huseyin Kivrikoglu, \"but that has a limit.\"\n\
        Syria has reacted angrily.";
    let found = speakers_in(Language::English, text);
    assert_eq!(
        speaker_of(&found, "We are trying"),
        Some("Huseyin Kivrikoglu")
    );
    // one quotation interrupted by its attribution
    assert!(
        found.iter().any(|(t, _)| t.contains("patient, but that")),
        "{found:?}"
    );
}

#[test]
fn a_participle_opening_a_sentence_is_no_person() {
    let text = "Contradicting claims made by some media outlets, SBS Dateline's executive \
        producer Mike Carey claimed on Thursday that cases were not dealt with. He described \
        the new images as a \"quantum leap\" compared to the earlier pictures.";
    let found = speakers_in(Language::English, text);
    assert_eq!(speaker_of(&found, "quantum leap"), Some("Mike Carey"));
}

#[test]
fn french_speakers_after_before_inverted_and_by_source() {
    let text = "Le gouvernement a pr\u{e9}sent\u{e9} lundi un plan pour les h\u{f4}pitaux.\n\
        \u{ab}\u{a0}Nous allons recruter dix mille infirmi\u{e8}res d'ici deux ans\u{a0}\u{bb}, a d\u{e9}clar\u{e9} M. Paul Martin, ministre de la Sant\u{e9}.\n\
        La syndicaliste Claire Dubois a critiqu\u{e9} le projet devant la presse.\n\
        \u{ab}\u{a0}Ce plan arrive beaucoup trop tard pour les soignants\u{a0}\u{bb}, a-t-elle dit.\n\
        Mme Sophie Bernard a d\u{e9}clar\u{e9}\u{a0}: \u{ab}\u{a0}Les urgences ne peuvent plus attendre une r\u{e9}forme.\u{a0}\u{bb}\n\
        Selon le directeur de l'h\u{f4}pital, Marc Lef\u{e8}vre, le projet est \u{ab}\u{a0}une bonne nouvelle pour tout le monde\u{a0}\u{bb}.\n";
    let found = speakers_in(Language::French, text);
    assert_eq!(speaker_of(&found, "Nous allons"), Some("Paul Martin"));
    // the inverted pronoun goes to the subject of the sentence before
    assert_eq!(speaker_of(&found, "Ce plan"), Some("Claire Dubois"));
    assert_eq!(speaker_of(&found, "Les urgences"), Some("Sophie Bernard"));
    assert_eq!(
        speaker_of(&found, "une bonne nouvelle"),
        Some("Marc Lef\u{e8}vre")
    );
}

#[test]
fn french_quotation_alone_after_a_sentence_reporting_speech() {
    // the sentence before names who speaks; a new speaker, not the one quoted before
    let text =
        "\u{ab} Tout a trembl\u{e9} pendant une minute \u{bb}, a d\u{e9}clar\u{e9} Paul Girard. \
        La ministre Claire Duval a promis une aide rapide aux communes. \
        \u{ab} Nous enverrons des \u{e9}quipes d\u{e8}s demain matin. \u{bb}\n\
        La directrice de l'\u{e9}cole, Anne Roux, a d\u{e9}crit la situation. \
        \u{ab} Les classes sont pleines et les enseignants \u{e9}puis\u{e9}s. \u{bb}\n";
    let found = speakers_in(Language::French, text);
    assert_eq!(speaker_of(&found, "Nous enverrons"), Some("Claire Duval"));
    assert_eq!(speaker_of(&found, "Les classes"), Some("Anne Roux"));
    // a sentence of narration between two quotations: no continuation of the first
    let text = "\u{ab} La mer est mont\u{e9}e tr\u{e8}s vite \u{bb}, a dit Paul Girard. \
        Marc Lenoir, un p\u{ea}cheur du port, qui \u{e9}tait sur la jet\u{e9}e. \
        \u{ab} Nous avons couru vers la colline. \u{bb}\n";
    let found = speakers_in(Language::French, text);
    assert_ne!(speaker_of(&found, "Nous avons couru"), Some("Paul Girard"));
    // nor when narration follows the quotation in its sentence (a heading)
    let text = "\u{ab} Nous reconstruirons toutes les maisons du village \u{bb}, a dit Paul \
        Girard.\n\
        \u{ab} Un d\u{e9}sastre d'une ampleur jamais vue dans la r\u{e9}gion \u{bb} ; les \
        appels \u{e0} l'aide se multiplient.\n";
    let found = speakers_in(Language::French, text);
    assert_eq!(speaker_of(&found, "Un d"), None);
}

#[test]
fn french_pronoun_skips_sentences_opening_with_it_and_places_before_names() {
    let text = "Sophie Lambert, porte-parole de l'association, a ni\u{e9} les faits. \
        Elle s'est d\u{e9}fendue devant le juge Henri Marchal. \
        Elle a affirm\u{e9} : \u{ab} Nous avons toujours respect\u{e9} la loi. \u{bb}\n\
        Un porte-parole du gouverneur de la Bretagne Yves Morvan a dit qu'il ne savait rien. \
        Dans une lettre, le gouverneur a d\u{e9}clar\u{e9} que \u{ab} les h\u{f4}pitaux sont pleins \u{bb}.\n";
    let found = speakers_in(Language::French, text);
    assert_eq!(
        speaker_of(&found, "Nous avons toujours"),
        Some("Sophie Lambert")
    );
    assert_eq!(speaker_of(&found, "les h"), Some("Yves Morvan"));
}

#[test]
fn french_pronoun_goes_to_the_subject_of_a_speech_verb() {
    // the subject of "a déclaré", past a sentence opening with the same pronoun
    let text = "Parlant devant la presse, Marc Aubry a d\u{e9}clar\u{e9} que l'accord \
        \u{e9}tait sign\u{e9}. Il a remis une m\u{e9}daille au capitaine Paul Roche. \
        Le pr\u{e9}sident a critiqu\u{e9} l'opposition. \
        Il a ajout\u{e9} qu'il avait \u{ab} tout fait pour la paix \u{bb}.\n";
    let found = speakers_in(Language::French, text);
    assert_eq!(speaker_of(&found, "tout fait"), Some("Marc Aubry"));
    // the name after an inverted verb, not a place named before it
    let text = "Les habitants de Lyon ont \u{e9}t\u{e9} pr\u{e9}venus \u{e0} midi, a dit Luc \
        Ferrand, le porte-parole de la mairie. \
        \u{ab} Les routes resteront ferm\u{e9}es jusqu'\u{e0} demain \u{bb}, a-t-il dit.\n";
    let found = speakers_in(Language::French, text);
    assert_eq!(speaker_of(&found, "Les routes"), Some("Luc Ferrand"));
    // a sentence reporting speech: its first person
    let text = "La ministre d\u{e9}l\u{e9}gu\u{e9}e aux transports et au logement des \
        r\u{e9}gions, Julie Moreau, qui dirige la d\u{e9}l\u{e9}gation, d\u{e9}clare que le \
        pays est pr\u{ea}t. \u{ab} Nous voulons un accord rapide \u{bb}, a-t-elle dit.\n";
    let found = speakers_in(Language::French, text);
    assert_eq!(speaker_of(&found, "Nous voulons"), Some("Julie Moreau"));
}

#[test]
fn french_the_latter_is_the_person_named_last() {
    let text = "Le maire Paul Girard a re\u{e7}u la ministre Claire Duval, cette \
        derni\u{e8}re d\u{e9}clarant : \u{ab} Les travaux commenceront en mai. \u{bb}\n\
        Anne Roux a salu\u{e9} le directeur Marc Petit. \
        \u{ab} Nous serons pr\u{ea}ts \u{bb}, a ajout\u{e9} ce dernier.\n";
    let found = speakers_in(Language::French, text);
    assert_eq!(speaker_of(&found, "Les travaux"), Some("Claire Duval"));
    assert_eq!(speaker_of(&found, "Nous serons"), Some("Marc Petit"));
}

#[test]
fn german_and_spanish_speakers_by_their_own_verbs() {
    let de = "Die Regierung legte am Montag einen Haushalt vor.\n\
        \u{201e}Wir werden die Steuern in diesem Jahr nicht erh\u{f6}hen\u{201c}, sagte Finanzminister Karl Weber am Montag in Berlin.\n\
        Laut Innenministerin Maria Koch ist die Lage \u{201e}sehr ernst und schwer zu \u{fc}berblicken\u{201c}.\n";
    let found = speakers_in(Language::German, de);
    assert_eq!(speaker_of(&found, "Wir werden"), Some("Karl Weber"));
    assert_eq!(speaker_of(&found, "sehr ernst"), Some("Maria Koch"));
    let es = "El Gobierno present\u{f3} ayer su plan econ\u{f3}mico.\n\
        \u{ab}Vamos a bajar los impuestos a las familias este a\u{f1}o\u{bb}, dijo el ministro de Econom\u{ed}a, Pedro Ruiz.\n\
        Seg\u{fa}n la portavoz del Gobierno, Ana L\u{f3}pez, \u{ab}no habr\u{e1} recortes en la sanidad p\u{fa}blica\u{bb}.\n";
    let found = speakers_in(Language::Spanish, es);
    assert_eq!(speaker_of(&found, "Vamos a bajar"), Some("Pedro Ruiz"));
    assert_eq!(speaker_of(&found, "no habr"), Some("Ana L\u{f3}pez"));
}

#[test]
fn a_language_without_speech_rules_lists_quotes_without_a_speaker() {
    // read with the English rules, "Jan Nov\u{e1}k:" would name a speaker by its colon
    let cs = "Ministr Jan Nov\u{e1}k:\u{a0}\"Situace na hranic\u{ed}ch je v\u{e1}\u{17e}n\u{e1} a budeme jednat.\"\n\
        \u{201e}Nikdo nebyl zran\u{11b}n a v\u{161}ichni cestuj\u{ed}c\u{ed} jsou v bezpe\u{10d}\u{ed},\u{201c} \u{159}ekl mluv\u{10d}\u{ed} policie Petr Dvo\u{159}\u{e1}k.\n";
    let found = speakers_in(Language::Czech, cs);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(_, s)| s.is_none()), "{found:?}");
}
