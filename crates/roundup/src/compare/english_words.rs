//! The English words the speaker rules read: speech verbs and the participles that carry them,
//! titles and role nouns, determiners, prepositions, pronouns, the heads of organisation names,
//! sentence openers and post-nominals, with the predicates over them. [`super::speakers`] parses
//! phrases with them; the other compare modules ask the predicates.

use super::speakers::Tok;

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

/// Verbs that introduce speech or writing (finite forms).
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "stressed",
    "stresses",
    "noted",
    "notes",
    "explained",
    "explains",
    "pointed",
    "asked",
    "asks",
    "declared",
    "declares",
    "proclaimed",
    "insisted",
    "insists",
    "argued",
    "argues",
    "warned",
    "warns",
    "stated",
    "states",
    "announced",
    "announces",
    "replied",
    "replies",
    "responded",
    "wrote",
    "writes",
    "continued",
    "continues",
    "acknowledged",
    "admitted",
    "recalled",
    "urged",
    "urges",
    "shouted",
    "cried",
    "claimed",
    "claims",
    "contended",
    "complained",
    "conceded",
    "observed",
    "remarked",
    "suggested",
    "predicted",
    "quipped",
    "testified",
    "emphasized",
    "emphasised",
    "reiterated",
    "affirmed",
    "confirmed",
    "assured",
    "vowed",
    "pledged",
    "promised",
    "demanded",
    "appealed",
    "speculated",
    "believes",
    "hoped",
    "hopes",
    "described",
    "describes",
    "called",
    "calls",
    "dubbed",
    "denied",
    "reported",
    "reports",
    "quoted",
    "joked",
    "boasted",
    "lamented",
    "whispered",
    "yelled",
    "screamed",
    "chanted",
    "concluded",
    "commented",
    "maintained",
    "charged",
    "countered",
    "answered",
    "accused",
    "criticized",
    "criticised",
    "condemned",
    "praised",
    "threatened",
    "welcomed",
    "rejected",
    "dismissed",
    "thundered",
    "recounted",
    "cautioned",
    "reaffirmed",
    "predicts",
    "wondered",
    "exclaimed",
    "asserted",
    "asserts",
    "alleged",
    "alleges",
    "murmured",
    "mused",
    "sighed",
    "snapped",
    "cries",
    "characterized",
    "characterised",
    "implored",
    "stipulates",
    "reads",
    "tweeted",
    "blogged",
    "disclosed",
    "revealed",
    "elaborated",
    "clarified",
    "retorted",
    "protested",
    "objected",
    // the present tense of verbs above (`Marianne Gingrich accuses her husband of …`)
    "accuses",
    "maintains",
    "charges",
    "denies",
    "confirms",
    "admits",
    "acknowledges",
    "concedes",
    "contends",
    "complains",
    "recalls",
    "suggests",
    "promises",
    "vows",
    "pledges",
    "demands",
    "rejects",
    "dismisses",
    "praises",
    "criticizes",
    "criticises",
    "threatens",
    "welcomes",
    "observes",
    "cited",
    "cites",
];

/// Participles that continue a clause whose subject is the speaker.
pub(crate) const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "stressing",
    "noting",
    "explaining",
    "insisting",
    "arguing",
    "warning",
    "stating",
    "declaring",
    "calling",
    "describing",
    "urging",
    "claiming",
    "pointing",
    "asking",
    "telling",
    "suggesting",
    "reiterating",
    "emphasizing",
    "emphasising",
    "accusing",
    "vowing",
    "promising",
    "insisting",
    "writing",
    "recalling",
    "describing",
    "quoting",
    "asserting",
    "charging",
    "predicting",
    "complaining",
    "acknowledging",
    "conceding",
    "contending",
    "announcing",
    "denying",
    "admitting",
    "replying",
    "responding",
    "demanding",
];

/// Verbs that judge something in the subject's own words, quoted in their object: `Djukanovic
/// blamed Yugoslavia's problems on Milosevic's "undemocratic regime"`, `Zyuganov denounced the
/// comments as "naive and unforgivable"`, `Krugman likened the solutions to "trying to bail out a
/// sinking ship with teaspoons"`. Their object is often a title, never spoken (`Lane likened "The
/// Phantom Menace" to …`), so they speak only through words that are not in title case
/// ([`judges_in_own_words`]). Verbs whose past form is mostly a participle naming a thing
/// (`labeled`, `termed`, `estimated`, `portrayed`) are not among them.
pub(crate) const CHARACTERIZING_VERBS: &[&str] = &[
    "blamed",
    "blames",
    "denounced",
    "denounces",
    "decried",
    "decries",
    "deplored",
    "deplores",
    "derided",
    "derides",
    "likened",
    "likens",
    "refuted",
    "hailed",
    "hails",
    "lauded",
    "slammed",
    "lambasted",
    "ridiculed",
    "mocked",
    "assailed",
    "scoffed",
    "expressed",
    "expresses",
    "voiced",
];

pub(crate) fn is_speech_verb(t: &Tok) -> bool {
    t.word && !t.cap && is_speech_word(&t.lower) || t.is("according")
}

/// Whether a lower-cased word is a speech verb or its participle, whatever its letter case in the
/// text (`Added` opening `Added Hunter: "…"`).
pub(crate) fn is_speech_word(lower: &str) -> bool {
    SPEECH_VERBS.contains(&lower)
        || PARTICIPLES.contains(&lower)
        || CHARACTERIZING_VERBS.contains(&lower)
}

/// Whether a lower-cased word is a [`CHARACTERIZING_VERBS`] verb.
pub(crate) fn is_characterizing(lower: &str) -> bool {
    CHARACTERIZING_VERBS.contains(&lower)
}

/// Whether a speech verb may speak through quoted words `title_case` or not: a characterizing
/// verb's quoted object in title case is a title (`blamed the "Star Wars" debacle`).
pub(crate) fn judges_in_own_words(verb: &str, title_case: bool) -> bool {
    !(title_case && is_characterizing(verb))
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

pub(crate) fn is_participle(t: &Tok) -> bool {
    t.word && PARTICIPLES.contains(&t.lower.as_str())
}

/// Words skipped between a speaker and its verb ("Lavrov has also said", "Lavrov on Tuesday said").
pub(crate) const BETWEEN: &[&str] = &[
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "are",
    "also",
    "further",
    "then",
    "later",
    "since",
    "earlier",
    "again",
    "reportedly",
    "once",
    "publicly",
    "repeatedly",
    "simply",
    "flatly",
    "would",
    "will",
    "could",
    "did",
    "does",
    "do",
    "been",
    "recently",
    "previously",
    "already",
    "being",
    "firmly",
    "on",
    "yesterday",
    "today",
    "tonight",
    "last",
    "night",
    "week",
    "this",
    "morning",
    "afternoon",
    "evening",
    "as",
    "quoted",
    "only",
    "even",
    "just",
    "still",
    "initially",
    "angrily",
    "quietly",
    "frequently",
    "often",
    "never",
    "sometimes",
    "immediately",
    "openly",
    "bluntly",
    "separately",
];

/// Words that may begin or sit inside a description ("the", "one", "his").
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "his", "her", "its", "their", "our", "another", "this", "that", "s",
    "some", "two", "three", "several", "many", "other",
];

pub(crate) const PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "for", "from", "by", "with", "to", "of", "into", "under", "during", "after",
    "before", "about", "over", "against", "without", "through", "across", "among", "since", "like",
];

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

pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Heads of organisation names: "the Russian Defense Ministry" is a description, not a person.
pub(crate) const ORG_HEADS: &[&str] = &[
    "ministry",
    "department",
    "office",
    "agency",
    "council",
    "government",
    "committee",
    "commission",
    "party",
    "army",
    "court",
    "police",
    "cabinet",
    "statement",
    "embassy",
    "union",
    "administration",
    "house",
    "board",
    "bureau",
    "service",
    "company",
    "group",
    "organization",
    "organisation",
    "association",
    "court",
    "parliament",
    "congress",
    "senate",
    "network",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "news",
    "radio",
    "television",
    "bank",
    "university",
    "hospital",
    "front",
    "league",
    "movement",
    "alliance",
    "coalition",
    "federation",
    "institute",
    "foundation",
    "society",
    "team",
];

/// Last words of newspaper names (`China Sports Daily`, `The Washington Post`).
pub(crate) const NEWSPAPER_ENDS: &[&str] = &[
    "daily", "times", "post", "news", "journal", "herald", "tribune", "gazette",
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

/// Nouns of time that head no speaker's description.
pub(crate) const TIME_HEADS: &[&str] = &[
    "time",
    "times",
    "moment",
    "moments",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "weekend",
    "weekends",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// A lawmaker's party, written after the name (`Rep. David Bonior, Democrat of Michigan,`).
pub(crate) const PARTY_WORDS: &[&str] = &["democrat", "republican", "independent"];

/// Capitalised words that open a sentence or a salutation but never begin a name.
pub(crate) const OPENERS: &[&str] = &[
    "although",
    "though",
    "since",
    "because",
    "when",
    "whenever",
    "while",
    "whereas",
    "after",
    "before",
    "until",
    "unless",
    "once",
    "if",
    "despite",
    "dear",
    "out",
    "however",
    "meanwhile",
    "still",
    "yet",
    "thus",
    "instead",
    "indeed",
    "perhaps",
    "later",
    "earlier",
    "now",
    "then",
    "also",
    "even",
    "like",
    "unlike",
    "amid",
    "among",
    "following",
    "including",
    "according",
    "asked",
    "pressed",
    "speaking",
    "writing",
    "moreover",
    "nevertheless",
    "nonetheless",
    "hello",
    "hi",
    "thanks",
    "congratulations",
    "yes",
    "no",
    "oh",
    "well",
    "please",
    "sorry",
    // sentence adverbs (`Immediately: "…"`)
    "immediately",
    "finally",
    "initially",
    "eventually",
    "recently",
    "currently",
    "previously",
    "subsequently",
    "ultimately",
    "originally",
    "apparently",
    "clearly",
    "obviously",
    "unfortunately",
    "fortunately",
    "afterwards",
    "today",
    "yesterday",
];

pub(crate) fn is_opener(lower: &str) -> bool {
    OPENERS.contains(&lower)
}

/// Letters after a name that are not part of it ("Neil Flewitt QC").
pub(crate) const POST_NOMINALS: &[&str] = &[
    "qc", "kc", "mp", "mep", "phd", "md", "esq", "obe", "mbe", "cbe",
];

/// A word opening a participle's clause ("Striding", "released", "Contradicting"): an `-ing`
/// word (of eight letters or more when capitalised: not "Beijing"), or a lower-case `-ed` word.
pub(crate) fn is_participle_clause_opener(t: &Tok) -> bool {
    let n = t.lower.chars().count();
    t.word
        && (t.lower.ends_with("ing") && n >= if t.cap { 8 } else { 5 }
            || !t.cap && t.lower.ends_with("ed") && n >= 5)
}

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
    PERSON_TITLES.contains(&word)
        || ROLE_NOUNS.contains(&word)
        || TITLES.contains(&word) && !BODIES.contains(&word)
}

/// Whether a capitalised word opening a run is a preposition or a sentence opener (`In`,
/// `Although`), not part of a name.
pub(crate) fn is_preposition_or_opener(word: &str) -> bool {
    PREPOSITIONS.contains(&word) || is_opener(word)
}

pub(crate) fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word)
}

pub(crate) fn is_role_noun(word: &str) -> bool {
    ROLE_NOUNS.contains(&word)
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
