//! Who a description speaking stands for (`the report said`, `the father`, `said the Israeli
//! leader`, `the commissioner added`): the person or body the article, or the cluster so far,
//! names with that office, role or kind, when it says so clearly enough; else no one (the
//! description is shown as written).

use rustc_hash::{FxHashMap, FxHashSet};

use super::document_sources;
use super::english_words::NEWSPAPER_ENDS;
use super::mentions::{Mention, LOOK_BACK};
use super::names::{ArticleNames, Registry};
use super::quote_marks::sentence_at;
use super::speakers::{self, tokens, Tok};
use crate::text::AnalysedSentence;

/// Offices whose holder news calls a country's or a party's `leader` (`Prime Minister Benjamin
/// Netanyahu … said the Israeli leader`; not `envoy Richard Hale … the Ruritanian leader`).
const LEADING_OFFICES: [&str; 12] = [
    "president",
    "prime",
    "premier",
    "chancellor",
    "king",
    "queen",
    "leader",
    "chairman",
    "emir",
    "sultan",
    "ayatollah",
    "governor",
];

/// How many of the article's people named after an indefinite description speaking are read for
/// the one it stands for.
const LATER_MENTIONS: usize = 40;

/// What the quotation's article and the cluster read so far say around a description speaking.
pub(super) struct DescriptionScene<'a> {
    pub text: &'a str,
    pub sentences: &'a [AnalysedSentence],
    /// Where the quotation's marks open.
    pub open: usize,
    /// The article's people named before the quotation ([`Mention`]s, nearest last).
    pub recent: &'a [Mention],
    /// The article's people named after the quotation opens, nearest first.
    pub later: &'a [Mention],
    /// The speakers of the cluster's earlier quotations: (registry entry, a description's head
    /// word, whether a person).
    pub earlier: &'a [(usize, Option<String>, bool)],
    /// The sentence index and speaker of the article's last quotation with one.
    pub last_quoted: Option<(usize, usize)>,
    /// The title words each person has had in the articles read so far.
    pub entry_titles: &'a FxHashMap<usize, FxHashSet<String>>,
    /// The people who have had each title word so far.
    pub title_holders: &'a FxHashMap<String, FxHashSet<usize>>,
}

/// The registry entry the description `d` (its words `words`, head word `head`) stands for,
/// when the scene names it.
pub(super) fn resolve(
    d: &str,
    words: &[String],
    head: &str,
    scene: &DescriptionScene,
    registry: &mut Registry,
    article_names: &ArticleNames,
) -> Option<usize> {
    let DescriptionScene {
        text,
        sentences,
        open,
        recent,
        later,
        earlier,
        last_quoted,
        entry_titles,
        title_holders,
    } = *scene;
    let mut resolved = None;
    // `her mother`, `his father`: the article's person with that family word (`Corey Freedman,
    // Nicole's mother`), named before or, once, after
    let lower = d.to_lowercase();
    let kin = ["his ", "her ", "their "]
        .iter()
        .any(|p| lower.starts_with(p))
        && words.len() == 1
        && speakers::is_kin_noun(head);
    if kin {
        // (of the family word's gender, by the given name: not `Magnus` for `his mother`)
        let female = super::english_words::is_female_kin_noun(head);
        let fits = |m: &Mention| {
            titled_person(m, head)
                && super::given_names::given_name_is_female(&m.name) != Some(!female)
        };
        resolved = recent
            .iter()
            .rev()
            .find(|m| fits(m))
            .or_else(|| the_one_named_later(later, fits))
            .map(|m| registry.name(&m.name, article_names, m.at));
    }
    if speakers::is_definite(d) {
        // (a rank makes another office: `the minister` is not `Prime Minister Gordon Brown`,
        // nor `the president` a vice president)
        let other_rank = |m: &&Mention| {
            m.titles
                .iter()
                .any(|t| RANK_WORDS.contains(&t.as_str()) && !words.contains(t))
        };
        let titled = |all: bool| {
            recent.iter().rev().filter(|m| !other_rank(m)).find(|m| {
                if all {
                    words.iter().all(|w| m.titles.contains(w))
                } else {
                    // a nationality the article's titles may leave out
                    // (`Lebanese`, `U.S.`), but not the rest of the office:
                    // "the Lebanese prime minister" is no "Foreign Minister
                    // Faris Bweiz"
                    words.iter().all(|w| {
                        m.titles.contains(w)
                            || *w != *head
                                && (super::english_words::is_nationality(w)
                                    // `U.S.`, `U.N.`
                                    || w.len() == 1
                                    // `Yugoslavia's prime minister` for
                                    // `Yugoslav Prime Minister …`
                                    || m.titles.iter().any(|t| {
                                        country_of(w, t)
                                    }))
                    })
                }
            })
        };
        resolved = titled(true)
            .or_else(|| titled(false))
            .or_else(|| lawmaker_named_before(text, sentences, open, recent, words, head))
            .map(|m| registry.name(&m.name, article_names, m.at));
        // "the officer added" after "the NATO officer said": that same
        // description (not the person quoted last, who is often someone else:
        // "the Yugoslav leader" after Holbrooke); not a capitalised office
        // ("the Governor of ..."), which names someone new
        let formal = d
            .split_whitespace()
            .last()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        if resolved.is_none() && speakers::is_role_noun(head) && !formal {
            resolved = earlier
                .iter()
                .rev()
                .take(LOOK_BACK)
                .find(|(_, h, _)| h.as_deref() == Some(head))
                .map(|(e, _, _)| *e);
        }
        // "the top Russian diplomat", "the Yugoslav leader": a person whose
        // titles have its modifiers (`Russian Foreign Minister Sergey Lavrov`,
        // `Yugoslav President Slobodan Milosevic`)
        let modifiers: Vec<&String> = words
            .iter()
            .filter(|w| {
                **w != *head
                    // (`s`: the possessive of `Russia's top diplomat`)
                    && !["top", "senior", "chief", "former", "new", "main", "s"]
                        .contains(&w.as_str())
            })
            .collect();
        if resolved.is_none() && speakers::is_role_noun(head) && !formal && !modifiers.is_empty() {
            let titled_so = |e: &usize| {
                entry_titles
                    .get(e)
                    .is_some_and(|t| modifiers.iter().all(|w| has_modifier(t, w)))
            };
            // the person quoted last, when titled so in some article (`Sergei
            // Lavrov said … added the top Russian diplomat`)
            resolved = earlier
                .iter()
                .rev()
                .find(|(_, _, person)| *person)
                .map(|(e, _, _)| *e)
                .filter(titled_so)
                .or_else(|| {
                    recent
                        .iter()
                        .rev()
                        .find(|m| modifiers.iter().all(|w| has_modifier(&m.titles, w)))
                        .map(|m| registry.name(&m.name, article_names, m.at))
                });
        }
        // `"…," said the Israeli leader` right after Netanyahu's words: the
        // person quoted in this sentence or the one before, when no title of
        // theirs names another country (not "the Yugoslav leader" after the
        // U.S. envoy Holbrooke) and their office is the head, or a leading
        // office for `leader`
        if resolved.is_none() && speakers::is_role_noun(head) && !formal && !modifiers.is_empty() {
            let here = sentence_at(sentences, open).map(|so| sentences[so].index);
            let nationalities: Vec<&&String> = modifiers
                .iter()
                .filter(|w| super::english_words::is_nationality(w))
                .collect();
            let last = last_quoted
                .filter(|&(sentence_index, _)| here.is_some_and(|h| sentence_index + 1 >= h))
                .map(|(_, e)| e)
                .filter(|&e| registry.entries[e].is_name);
            let fits = |e: usize| {
                let titles = entry_titles.get(&e);
                let other_country = titles.is_some_and(|t| {
                    t.iter().any(|t| {
                        super::english_words::is_nationality(t)
                            && !nationalities.iter().any(|n| **n == t)
                    })
                });
                !nationalities.is_empty()
                    && nationalities.len() == modifiers.len()
                    && !other_country
                    && titles.is_some_and(|t| {
                        t.contains(head)
                            || head == "leader" && LEADING_OFFICES.iter().any(|o| t.contains(*o))
                    })
            };
            resolved = last.filter(|&e| fits(e));
        }
        // `Yugoslavia's prime minister warned …` before this article names
        // him: the one person of the cluster read so far whose titles hold
        // the whole office, its country among them (`Yugoslav Prime Minister
        // Momir Bulatovic` in an earlier article, or later in this one)
        if resolved.is_none() && !formal && words.len() >= 2 {
            let holds = |t: &FxHashSet<String>| {
                words.iter().all(|w| {
                    t.contains(w) || w == "s" || *w != *head && t.iter().any(|t| country_of(w, t))
                })
            };
            let mut holders = title_holders
                .get(head)
                .into_iter()
                .flatten()
                .filter(|e| {
                    registry.entries[**e].is_name && entry_titles.get(*e).is_some_and(holds)
                })
                .copied();
            if let (Some(e), None) = (holders.next(), holders.next()) {
                resolved = Some(e);
            }
        }
    }
    // `A Harvard legal scholar told the judge …` in a lead, then `Laurence Lessig, a legal
    // scholar and software expert,` further on: the one person the article names later with
    // the description's role (not `another official`, someone else)
    if resolved.is_none()
        && (lower.starts_with("a ") || lower.starts_with("an "))
        && speakers::is_role_noun(head)
    {
        // (or the first so named in the next sentence, though others follow: `A Bush spokesman
        // said …` then `said Bush campaign spokesman Scott McClellan`, and later a party
        // spokesman)
        let here = sentence_at(sentences, open);
        resolved = the_one_named_later(later, |m| titled_person(m, head))
            .or_else(|| {
                let next = here? + 1;
                later
                    .iter()
                    .take_while(|m| m.sentence <= next)
                    .find(|m| titled_person(m, head))
            })
            .map(|m| registry.name(&m.name, article_names, m.at));
    }
    // `The president of the U.N. war crimes tribunal angrily branded …` in an article's lead,
    // then `said tribunal president Gabrielle Kirk McDonald`: a definite description in the first
    // two sentences stands for the one person the article names later with its head word (the
    // word before `of`, when it has one)
    if resolved.is_none() && lower.starts_with("the ") {
        let of = words.iter().position(|w| w == "of");
        let head = of
            .and_then(|o| o.checked_sub(1))
            .map_or(head, |h| words[h].as_str());
        let in_lead = sentence_at(sentences, open).is_some_and(|i| i <= 1);
        if in_lead && speakers::is_role_noun(head) {
            resolved = the_one_named_later(later, |m| titled_person(m, head))
                .map(|m| registry.name(&m.name, article_names, m.at));
        }
    }
    // "the council said": the organisation the article named before; "the
    // report also says": the source of the report named before
    if resolved.is_none() && speakers::is_definite(d) && words.len() <= 2 {
        let from = text.floor_char_boundary(open.saturating_sub(ORG_WINDOW));
        // the window is tokenised once, and only for a head one of the readings takes
        let window = std::cell::OnceCell::new();
        let toks = || window.get_or_init(|| tokens(text, from..open)).as_slice();
        if let Some(org) = organisation_before(text, &toks, head)
            .or_else(|| document_sources::source_before(text, &toks, head))
            .or_else(|| newspaper_named_before(text, &toks, head))
            .or_else(|| named_after_its_noun(text, &toks, head))
        {
            // (a person the article names: `Danforth's report` is John Danforth's)
            let org_ref = org.as_str();
            let named = |full: bool| {
                recent.iter().rev().find(move |m| {
                    m.one_person
                        && m.name.contains(' ') == full
                        && (m.name == org_ref || super::names::surname(&m.name) == org_ref)
                })
            };
            let e = match named(true).or_else(|| named(false)) {
                Some(m) => registry.name(&m.name, article_names, m.at),
                None => registry.description(&org),
            };
            resolved = Some(e);
        }
    }
    resolved
}

/// Words before an office that make it another office (`Prime Minister`, `Vice President`,
/// `Deputy Director`): a description without them does not stand for its holder.
const RANK_WORDS: [&str; 6] = ["prime", "vice", "deputy", "assistant", "associate", "under"];

/// The titles of a lawmaker's office that each head word of a description stands for (`the
/// senator` for `Sen.` or `Senate Judiciary Committee Chairman`); a party or `lawmaker` for any.
const LAWMAKER_HEADS: [(&str, &[&str]); 9] = [
    ("senator", &["sen", "senator", "senate"]),
    ("congressman", &["rep", "representative", "congressman"]),
    ("congresswoman", &["rep", "representative", "congresswoman"]),
    (
        "representative",
        &["rep", "representative", "congressman", "congresswoman"],
    ),
    ("governor", &["gov", "governor"]),
    ("lawmaker", &[]),
    ("legislator", &[]),
    ("republican", &[]),
    ("democrat", &[]),
];

/// The titles of any lawmaker's office.
const LAWMAKER_TITLES: [&str; 13] = [
    "sen",
    "senator",
    "senate",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "gov",
    "governor",
    "speaker",
    "assemblyman",
    "assemblywoman",
    "legislator",
];

/// How many sentences before the quotation's a lawmaker referred back to may be named.
const LAWMAKER_SENTENCES: usize = 3;

/// `said the Mattapan Democrat`, `the Indiana Republican said`, `the senator said`: news copy
/// refers back to a lawmaker just named by a party and a state or town, or by the office. The
/// nearest person named in the quotation's sentence or the [`LAWMAKER_SENTENCES`] before it with
/// an office of that kind (`House Speaker Thomas M. Finneran`, `Senate Judiciary Committee
/// Chairman Orrin Hatch`, `Rep. Dan Burton`), or with a party tag after the name (`Burton,
/// R-Ind.`); not one whose tag gives the other party or a place of another initial (`Waxman,
/// D-Calif.` is not `the Indiana Republican`).
fn lawmaker_named_before<'m>(
    text: &str,
    sentences: &[AnalysedSentence],
    open: usize,
    recent: &'m [Mention],
    words: &[String],
    head: &str,
) -> Option<&'m Mention> {
    let (_, offices) = LAWMAKER_HEADS.iter().find(|(h, _)| *h == head)?;
    // (not in text that writes names in lower case, where the one who speaks may be no mention:
    // `rep. Mick mulvaney … chuck schumer said … the new york democrat said`)
    if !crate::words::names_in_capitals_around(text, open..open) {
        return None;
    }
    let here = sentence_at(sentences, open)?;
    let party = ["republican", "democrat"].contains(&head);
    // the place the description gives (`indiana`, `mattapan`), its initial checked against a tag
    let place = words
        .iter()
        .find(|w| *w != head && !["top", "senior", "former", "veteran"].contains(&w.as_str()))
        .and_then(|w| w.chars().next());
    let fits = |m: &Mention| {
        if !m.one_person || m.sentence + LAWMAKER_SENTENCES < here {
            return false;
        }
        // a party tag right after the name: `, R-Ind.` / `, D-Calif.`
        let end = m.end_in(text);
        let after = &text[end..text.ceil_char_boundary((end + 12).min(text.len()))];
        let tag = after
            .strip_prefix(", ")
            .filter(|t| t.len() > 2 && t.as_bytes()[1] == b'-')
            .filter(|t| [b'R', b'D', b'I'].contains(&t.as_bytes()[0]));
        if let Some(tag) = tag {
            let other_party =
                party && (tag.starts_with('R') != (head == "republican") || tag.starts_with('I'));
            let other_place = place.is_some_and(|c| {
                tag[2..]
                    .chars()
                    .next()
                    .is_some_and(|t| !t.eq_ignore_ascii_case(&c))
            });
            return !other_party && !other_place;
        }
        m.titles.iter().any(|t| {
            if offices.is_empty() {
                LAWMAKER_TITLES.contains(&t.as_str())
            } else {
                offices.contains(&t.as_str())
            }
        })
    };
    recent.iter().rev().find(|m| fits(m))
}

/// How far back (bytes) "the council" looks for the organisation it refers to.
const ORG_WINDOW: usize = 3000;

/// The last words an organisation of kind `head` can end with ("the council" → "… Council").
fn organisation_ends(head: &str) -> &'static [&'static str] {
    match head {
        "newspaper" | "paper" | "daily" => NEWSPAPER_ENDS,
        "group" | "organization" | "organisation" => &[
            "front",
            "group",
            "organization",
            "organisation",
            "league",
            "union",
            "movement",
            "international",
            "association",
            "federation",
            "watch",
            "council",
            "committee",
        ],
        "council" => &["council"],
        "committee" => &["committee"],
        "league" => &["league"],
        "union" => &["union"],
        "party" => &["party"],
        "agency" => &["agency"],
        "bureau" => &["bureau"],
        "commission" => &["commission"],
        "ministry" => &["ministry"],
        "front" => &["front"],
        "company" | "firm" => &["inc", "corp", "corporation", "company", "ltd", "group"],
        _ => &[],
    }
}

/// The last capitalised name (two words or more; "of", "on", "and", "for" may join its words)
/// in the window `toks` ending with a word of kind `head`: "the council" → "International Council on
/// Monuments and Sites". Bounded by the caller's window.
fn organisation_before<'t>(text: &str, toks: &dyn Fn() -> &'t [Tok], head: &str) -> Option<String> {
    let ends = organisation_ends(head);
    if ends.is_empty() {
        return None;
    }
    let toks = toks();
    let mut best: Option<String> = None;
    let mut i = 0;
    while i < toks.len() {
        if !(toks[i].word && toks[i].cap) {
            i += 1;
            continue;
        }
        let j = speakers::capitalised_run(toks, i, &speakers::NAME_CONNECTORS);
        let last_cap = j - 1;
        // the run's longest prefix ending in a word of the kind
        let end = (i..=last_cap)
            .rev()
            .find(|&k| toks[k].cap && ends.contains(&toks[k].lower.as_str()));
        if let Some(end) = end {
            let mut start = i;
            while start < end && toks[start].lower == "the" {
                start += 1;
            }
            if end > start {
                best = Some(speakers::surface(text, &toks[start..=end]));
            }
        }
        i = j.max(i + 1);
    }
    best
}

/// Words for a newspaper or magazine (`the paper said`).
const PUBLICATION_NOUNS: [&str; 5] = ["newspaper", "paper", "daily", "weekly", "magazine"];

/// `the paper said`: the last name in the window `toks` the text calls a newspaper or magazine (`the
/// Greek daily Eleftherotypia`, `the newspaper Tishrin`, `the "Washington Blade," a gay
/// newspaper`), for a publication noun `head`.
fn newspaper_named_before<'t>(
    text: &str,
    toks: &dyn Fn() -> &'t [Tok],
    head: &str,
) -> Option<String> {
    if !PUBLICATION_NOUNS.contains(&head) {
        return None;
    }
    let toks = toks();
    let is_publication =
        |t: &speakers::Tok| t.word && !t.cap && PUBLICATION_NOUNS.contains(&t.lower.as_str());
    let mut best = None;
    let mut i = 0;
    while i < toks.len() {
        if !(toks[i].word && toks[i].cap) {
            i += 1;
            continue;
        }
        let j = speakers::capitalised_run(toks, i, &[]);
        // the noun right before the name (`daily Eleftherotypia`), or an apposition naming it
        // within a few words after its comma (`Washington Blade, a gay newspaper`)
        let before = i > 0 && is_publication(&toks[i - 1]);
        let after = toks.get(j).is_some_and(|t| t.punct(','))
            && toks
                .get(j + 1)
                .is_some_and(|t| t.is("a") || t.is("an") || t.is("the"))
            && toks[j + 2..]
                .iter()
                .take(4)
                .take_while(|t| t.word)
                .any(is_publication);
        if before || after {
            best = Some(speakers::surface(text, &toks[i..j]));
        }
        i = j.max(i + 1);
    }
    best
}

/// Nouns of organisations an article may write right before their name (`the radical group
/// Islamic Jihad`, `the humanitarian group Doctors Without Borders`).
const ORGANISATION_NOUNS: [&str; 12] = [
    "group",
    "organization",
    "organisation",
    "movement",
    "party",
    "agency",
    "company",
    "firm",
    "coalition",
    "alliance",
    "network",
    "association",
];

/// `the group said`: the last name in the window `toks` written right after that noun (`the radical
/// group Islamic Jihad claimed`), for an organisation noun `head`. A weekday, a month or a
/// sentence opener or a nationality alone is no name (`the group Monday`).
fn named_after_its_noun<'t>(
    text: &str,
    toks: &dyn Fn() -> &'t [Tok],
    head: &str,
) -> Option<String> {
    if !ORGANISATION_NOUNS.contains(&head) {
        return None;
    }
    let toks = toks();
    let mut best = None;
    for k in 0..toks.len().saturating_sub(1) {
        let first = &toks[k + 1];
        if !(toks[k].is(head) && !toks[k].cap && first.word && first.cap)
            || crate::dates::is_calendar_word(&first.lower)
            || super::english_words::is_opener(&first.lower)
            || super::english_words::is_determiner(&first.lower)
        {
            continue;
        }
        let j = speakers::capitalised_run(toks, k + 1, &speakers::NAME_CONNECTORS);
        // (`a group of Philippine legislators`, its `of` lost: a nationality is no name)
        if toks[k + 1..j].iter().all(|t| {
            super::english_words::is_nationality(&t.lower)
                || super::english_words::is_nationality_before_name(&t.lower)
        }) {
            continue;
        }
        best = Some(speakers::surface(text, &toks[k + 1..j]));
    }
    best
}

/// Whether `m` names a person in full with the title or family word `head` (`Laurence Lessig, a
/// legal scholar`; `Tanya Reed` after `His mother,`).
fn titled_person(m: &Mention, head: &str) -> bool {
    m.one_person && m.name.contains(' ') && m.titles.iter().any(|t| t == head)
}

/// The one person the article names after the quotation (within [`LATER_MENTIONS`] mentions)
/// that `fits`: every fitting mention of one surname, else none.
fn the_one_named_later(later: &[Mention], fits: impl Fn(&Mention) -> bool) -> Option<&Mention> {
    let mut holders = later.iter().take(LATER_MENTIONS).filter(|m| fits(m));
    let first = holders.next()?;
    let surname = super::names::surname(&first.name);
    holders
        .all(|m| super::names::surname(&m.name) == surname)
        .then_some(first)
}

/// Whether `titles` hold the description's modifier `w`, or the nationality of the country `w`
/// names (`Russia's top diplomat` for `Russian Foreign Minister Sergey Lavrov`).
fn has_modifier<'t>(titles: impl IntoIterator<Item = &'t String>, w: &str) -> bool {
    titles.into_iter().any(|t| t == w || country_of(w, t))
}

/// Whether `country` (`yugoslavia`, `russia`, `israel`) is the land of the nationality `title`
/// (`yugoslav`, `russian`, `israeli`): the nationality begins with the country's name but for
/// its last letter or two.
fn country_of(country: &str, title: &str) -> bool {
    let common = country
        .chars()
        .zip(title.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let n = country.chars().count();
    n >= 4
        && (super::english_words::is_nationality(title)
            || super::english_words::is_nationality_before_name(title))
        && title != country
        && common >= 5.min(n - 1)
}
