//! Words about people the speaker rules read: titles and their abbreviations, honorifics,
//! nationalities, role and family nouns, party words.

pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "ms", "mrs", "dr", "rev", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr",
    "sgt", "capt", "maj", "adm", "cmdr", "prof", "gens", "sens", "reps", "msgr", "fr",
];

/// Whether a text ends with a title abbreviation and its period ("said the commander, Gen.").
pub(crate) fn ends_with_title_abbreviation(text: &str) -> bool {
    let Some(rest) = text.trim_end().strip_suffix('.') else {
        return false;
    };
    let word: String = rest
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_lowercase();
    word.chars().next().is_some_and(char::is_uppercase)
        && TITLE_ABBREVIATIONS.contains(&lower.as_str())
        && !["jr", "sr", "st"].contains(&lower.as_str())
}

/// Honorifics of a woman (`Mrs. Yeltsin`), lower-cased without their period.
pub(crate) const WOMEN_HONORIFICS: [&str; 4] = ["mrs", "ms", "miss", "madame"];

/// Nationality adjectives ending in `i` (most words ending so are names: Rossi, Prodi).
const NATIONALITIES_IN_I: &[&str] = &[
    "israeli",
    "iraqi",
    "saudi",
    "pakistani",
    "kuwaiti",
    "bangladeshi",
    "yemeni",
    "somali",
    "omani",
    "qatari",
    "nepali",
    "azerbaijani",
    "emirati",
    "bahraini",
    "thai",
    "afghani",
    "kurdi",
    "punjabi",
    "bengali",
    "hindi",
];

/// Whether the last word of a capitalised run, before a lower-case noun, reads as a nationality
/// adjective (`Israeli soldiers`, `a Harakat follower` is not; `Paolo Rossi faces` is a name).
pub(crate) fn is_nationality_adjective(lower: &str) -> bool {
    ["ian", "an", "ese", "ish"]
        .iter()
        .any(|x| lower.ends_with(x))
        || NATIONALITIES_IN_I.contains(&lower)
}

/// Nationality adjectives and nouns news writes before a person's whole name (`American John
/// Campbell`, `Briton Tim Henman`, `Englishman Bob Houghton`), spelled out: the suffix tests above would take given names that end
/// like them (`Adrian`, `Christian`, `Brian`).
const NATIONALITY_ADJECTIVES: &[&str] = &[
    "american",
    "british",
    "briton",
    "french",
    "german",
    "russian",
    "chinese",
    "japanese",
    "korean",
    "italian",
    "spanish",
    "portuguese",
    "dutch",
    "belgian",
    "swiss",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "irish",
    "scottish",
    "welsh",
    "english",
    "polish",
    "czech",
    "hungarian",
    "romanian",
    "bulgarian",
    "greek",
    "turkish",
    "kurdish",
    "serbian",
    "croatian",
    "bosnian",
    "albanian",
    "ukrainian",
    "canadian",
    "mexican",
    "brazilian",
    "argentine",
    "chilean",
    "colombian",
    "peruvian",
    "venezuelan",
    "cuban",
    "australian",
    "indian",
    "indonesian",
    "malaysian",
    "filipino",
    "vietnamese",
    "thai",
    "egyptian",
    "syrian",
    "lebanese",
    "jordanian",
    "palestinian",
    "iranian",
    "afghan",
    "nigerian",
    "kenyan",
    "ethiopian",
    "austrian",
    "israeli",
    "iraqi",
    "saudi",
    "pakistani",
    "philippine",
    "filipino",
    "kuwaiti",
    "englishman",
    "englishwoman",
    "frenchman",
    "frenchwoman",
    "dutchman",
    "irishman",
    "scotsman",
    "welshman",
    "spaniard",
    "swede",
    "dane",
    // peoples written before a name (`Bosnian Serb Goran Jelisic`)
    "serb",
    "croat",
    "kurd",
    "arab",
    "turk",
    "yugoslav",
    "basque",
];

/// Whether a capitalised word is a nationality that may stand before a person's whole name.
pub(crate) fn is_nationality_before_name(lower: &str) -> bool {
    NATIONALITY_ADJECTIVES.contains(&lower)
}

/// Capitalised words that are titles or roles rather than parts of a name.
pub(crate) const TITLES: &[&str] = &[
    "fellow",
    "policeman",
    "policewoman",
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "secretary",
    "general",
    "gen",
    "lt",
    "col",
    "colonel",
    "major",
    "maj",
    "capt",
    "captain",
    "sgt",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "mayor",
    "king",
    "queen",
    "pope",
    "prince",
    "princess",
    "rev",
    "reverend",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "chief",
    // a company's officers (`Strauss Zelnick, CEO of Take-Two,`)
    "ceo",
    "cfo",
    "coo",
    "cto",
    "spokesman",
    "spokeswoman",
    "chairman",
    "chairwoman",
    "leader",
    "ambassador",
    "envoy",
    "judge",
    "justice",
    "prosecutor",
    "attorney",
    "deputy",
    "director",
    "commissioner",
    "adviser",
    "advisor",
    "official",
    "chancellor",
    "premier",
    "sheik",
    "sheikh",
    "ayatollah",
    "cardinal",
    "bishop",
    "archbishop",
    "father",
    "sister",
    "brother",
    "lord",
    "lady",
    "sir",
    "dame",
    "professor",
    "prof",
    "speaker",
    "house",
    "state",
    "labor",
    "labour",
    "health",
    "trade",
    "economy",
    "cabinet",
    "commander",
    "adm",
    "admiral",
    "sergeant",
    "lieutenant",
    "chancellor",
    "exchequer",
    "undersecretary",
    "assistant",
    "acting",
    "former",
    "top",
    "senior",
    "white",
    "national",
    "security",
    "council",
    "supreme",
    "opposition",
    "party",
    "inspector",
    "police",
    "army",
    "air",
    "force",
    "navy",
    "staff",
    "of",
    "the",
    "msgr",
    "gens",
    "sens",
    "reps",
    "fr",
    "st",
    "treasury",
    "justice",
    "head",
    "negotiator",
    "coach",
    "detective",
    "det",
    "sheriff",
    "constable",
    "corporal",
    "cpl",
    "pvt",
    "superintendent",
    "supt",
    "rabbi",
    "imam",
    "pastor",
    "emir",
    "sultan",
    "councillor",
    "councilman",
    "councilwoman",
    "councilmember",
    "councillor",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "ambassador",
    "filmmaker",
    "actor",
    "actress",
    "singer",
    "teacher",
    "activist",
    "lawyer",
    "farmer",
    "journalist",
    "reporter",
    "historian",
    "economist",
    "analyst",
    "photographer",
    "novelist",
    "author",
    "writer",
    "scientist",
    "researcher",
    "lawmaker",
    "legislator",
    "candidate",
    "businessman",
    "businesswoman",
    "striker",
    "goalkeeper",
    "manager",
    "host",
    "co-host",
    "creator",
    "producer",
    "editor",
    "publisher",
    "comedian",
    "psychiatrist",
    "psychologist",
    "physician",
    "surgeon",
    "agent",
    "regent",
    "trustee",
    "officer",
    "astronomer",
    "geologist",
    "physicist",
    "chemist",
    "biologist",
    "ombudsman",
    "spokesperson",
    "treasurer",
    "comptroller",
    "delegate",
    "consul",
    "chaplain",
    "cleric",
    "astronaut",
    "supervisor",
    "supervisors",
    "columnist",
    "commentator",
    "correspondent",
    "under",
    "special",
    "counsel",
];

/// Titles after which a capitalised run is a person's name.
pub(crate) const PERSON_TITLES: &[&str] = &[
    "coach",
    "detective",
    "sheriff",
    "rabbi",
    "imam",
    "pastor",
    "congressman",
    "congresswoman",
    "president",
    "minister",
    "secretary",
    "chairman",
    "spokesman",
    "spokeswoman",
    "director",
    "governor",
    "senator",
    "mayor",
    "king",
    "queen",
    "pope",
    "ambassador",
    "envoy",
    "chief",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "leader",
    "general",
    "judge",
    "prince",
    "commissioner",
    "chancellor",
    "premier",
    "adviser",
    "deputy",
    "rev",
    "mr",
    "ms",
    "mrs",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
];

/// Role nouns a definite description may use for the person currently speaking.
pub(crate) const ROLE_NOUNS: &[&str] = &[
    "minister",
    "diplomat",
    "president",
    "official",
    "spokesman",
    "spokeswoman",
    "leader",
    "envoy",
    "ambassador",
    "secretary",
    "chairman",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "senator",
    "general",
    "commander",
    "chief",
    "officer",
    "negotiator",
    "prosecutor",
    "lawyer",
    "attorney",
    "adviser",
    "advisor",
    "director",
    "king",
    "pope",
    "pontiff",
    "prince",
    "executive",
    "ceo",
    "analyst",
    "manager",
    "candidate",
    "investigator",
    "founder",
    "head",
    "aide",
    "source",
    "sources",
    "officials",
    "scholar",
    "expert",
    "lawmaker",
    "detective",
];

/// A word naming a nationality or region on its own ("Turkish", "Eastern").
pub(crate) fn is_nationality_word(lower: &str) -> bool {
    ["ish", "ese", "ian", "ern", "ic"]
        .iter()
        .any(|s| lower.ends_with(s) && lower.len() > s.len() + 2)
}

pub(crate) fn is_nationality(lower: &str) -> bool {
    ["ian", "an", "ese", "ish", "i", "ic", "ch"]
        .iter()
        .any(|s| lower.ends_with(s) && lower.len() > s.len() + 2)
}

/// A lawmaker's party, written after the name (`Rep. David Bonior, Democrat of Michigan,`).
pub(crate) const PARTY_WORDS: &[&str] = &["democrat", "republican", "independent"];

/// Whether a title word marks a person ("minister", "mr"), not a place or body ("national").
pub(crate) fn is_person_title(word: &str) -> bool {
    const BODIES: &[&str] = &[
        "national",
        "security",
        "council",
        "house",
        "state",
        "white",
        "party",
        "police",
        "army",
        "air",
        "force",
        "navy",
        "staff",
        "of",
        "the",
        "labor",
        "labour",
        "health",
        "trade",
        "economy",
        "cabinet",
        "treasury",
        "justice",
        "supreme",
        "opposition",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "exchequer",
    ];
    PERSON_TITLES.contains(&word)
        || ROLE_NOUNS.contains(&word)
        || TITLES.contains(&word) && !BODIES.contains(&word) && !OFFICE_MODIFIERS.contains(&word)
}

/// Words that rank or date an office rather than name it or a body (`Senior`, `Former`, `Vice`):
/// title words, but no person's title alone.
pub(crate) const OFFICE_MODIFIERS: &[&str] = &[
    "top",
    "senior",
    "former",
    "acting",
    "assistant",
    "vice",
    "prime",
    "general",
    "head",
    "chief",
    // `St.` before a name is a place or a church (`St. Petersburg`, `St. Peter's`)
    "st",
];

pub(crate) fn is_role_noun(word: &str) -> bool {
    ROLE_NOUNS.contains(&word)
}

/// Family words for a woman (`mother`, `widow`): of [`is_kin_noun`]'s words, the female ones.
pub(crate) fn is_female_kin_noun(word: &str) -> bool {
    [
        "wife",
        "daughter",
        "sister",
        "mother",
        "widow",
        "aunt",
        "niece",
        "granddaughter",
    ]
    .contains(&word)
}

/// Family words before a name (`Yeltsin's daughter Tatiana Dyachenko`).
pub(crate) fn is_kin_noun(word: &str) -> bool {
    [
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "father",
        "mother",
        "widow",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "cousin",
        "grandson",
        "granddaughter",
    ]
    .contains(&word)
}

/// Whether a word is a title before a name: one of [`TITLES`], or hyphen-joined titles
/// (`secretary-general`, `attorney-general`, `vice-president`).
pub(crate) fn is_title_word(word: &str) -> bool {
    TITLES.contains(&word)
        || word.contains('-')
            && word
                .split('-')
                .all(|p| TITLES.contains(&p) || PERSON_TITLES.contains(&p))
}

/// Titles of nobility and church offices held `of` a place (`the Duchess of York`).
pub(crate) const PEERAGES: [&str; 14] = [
    "duke",
    "duchess",
    "prince",
    "princess",
    "earl",
    "countess",
    "marquess",
    "baron",
    "baroness",
    "archbishop",
    "bishop",
    "emir",
    "sultan",
    "viscount",
];

/// Nouns for people in numbers (`critics`, `police`, `media`): the subject of a naming verb
/// (`critics called "…"`, not a thing named), a speaker a word of the sentence names well enough.
const PEOPLE_NOUNS: &[&str] = &[
    "people",
    "critics",
    "observers",
    "experts",
    "fans",
    "residents",
    "subordinates",
    "supporters",
    "opponents",
    "colleagues",
    "friends",
    "neighbors",
    "neighbours",
    "locals",
    "villagers",
    "workers",
    "students",
    "voters",
    "protesters",
    "demonstrators",
    "scholars",
    "insiders",
    "aides",
    "others",
    "detractors",
    "admirers",
    "followers",
    "rivals",
    "investigators",
    "police",
    "authorities",
    "media",
    "newspapers",
    "officials",
    "leaders",
    "members",
    "groups",
    "organizers",
    "organisers",
    "prosecutors",
    "lawyers",
    "doctors",
    "parents",
    "children",
    "men",
    "women",
    "americans",
];

/// Whether a lower-case word is one of [`PEOPLE_NOUNS`].
pub(crate) fn is_people_noun(word: &str) -> bool {
    PEOPLE_NOUNS.contains(&word)
}
