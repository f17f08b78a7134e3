//! Quoted words that are not speech: titles of works and terms (`a song called "…"`, `the
//! "Burmanization" document`, short or title-case quoted words nobody is said to say).

use super::quote_marks::QuoteSpan;
use super::speakers::Tok;

/// Words right before a quotation that make it a name rather than speech: "a campaign called
/// "Visit Myanmar Year"", "titled", "nicknamed", "known as".
const NAMING: &[&str] = &[
    "titled",
    "entitled",
    "nicknamed",
    "named",
    "captioned",
    "signed",
    "labeled",
    "labelled",
];

/// Works and things a quoted title or term names: "coauthor of "…"", "her essay, "…"", "the
/// "Burmanization" document", "the "Yorkshire lass" website".
const WORKS: &[&str] = &[
    "essay",
    "book",
    "song",
    "film",
    "movie",
    "album",
    "novel",
    "play",
    "programme",
    "program",
    "show",
    "series",
    "poem",
    "article",
    "column",
    "opera",
    "documentary",
    "campaign",
    "project",
    "slogan",
    "banner",
    "motto",
    "headline",
    "website",
    "site",
    "blog",
    "document",
    "list",
    "initiative",
    "operation",
    "policy",
    "magazine",
    "newspaper",
    "single",
    "track",
    "report",
    "speech",
    "letter",
    "exhibition",
    "painting",
    "anthem",
    "hymn",
    "brand",
    "label",
    "nickname",
];

/// People who make works: "author of "…"", "producer of "…"", "co-host of "…"".
const MAKERS: &[&str] = &[
    "author",
    "coauthor",
    "co-author",
    "producer",
    "host",
    "co-host",
    "director",
    "editor",
    "writer",
    "composer",
    "singer",
    "creator",
    "star",
    "presenter",
    "publisher",
    "title",
];

/// Whether `called` after `t` names a thing: a lower-case singular noun before it (`a grab-bag
/// section called "…"`), not its subject (`he called "…"`, `critics called "…"`, `Clinton
/// called "…"`), an auxiliary or an adverb (`has called`, `also called`, `repeatedly called`).
pub(super) fn names_a_noun(t: &Tok) -> bool {
    let w = t.lower.as_str();
    t.word
        && !t.cap
        && !w.ends_with('s')
        && !w.ends_with("ly")
        && !super::english_words::PRONOUNS.contains(&w)
        && !super::english_words::BETWEEN.contains(&w)
        && ![
            "who", "that", "which", "what", "you", "him", "her", "them", "me", "us", "and", "but",
            "or", "then", "not", "never",
        ]
        .contains(&w)
}

/// Whether `called` after `t` names things: a lower-case plural noun that names no people (`a
/// host of other pills called "…"`, `a killer virus dubbed "…"`).
fn names_things(t: &Tok) -> bool {
    let w = t.lower.as_str();
    if !t.word || t.cap || !w.ends_with('s') || w.ends_with("ss") || w.len() < 4 {
        return false;
    }
    let singular = w
        .strip_suffix("es")
        .filter(|s| s.ends_with(['s', 'x', 'h']));
    let singular = singular.unwrap_or(&w[..w.len() - 1]);
    !super::english_words::is_people_noun(w)
        && !super::english_words::is_role_noun(singular)
        && !super::english_words::is_kin_noun(singular)
        && !super::english_words::PRONOUNS.contains(&w)
}

/// Adverbs of a passive naming: `the application programs, sometimes called "…"`.
const NAMING_ADVERBS: &[&str] = &[
    "sometimes",
    "commonly",
    "popularly",
    "affectionately",
    "unofficially",
    "informally",
    "colloquially",
];

/// Whether the words before `called` are a passive naming adverb after a comma or a lower-case
/// noun (`programs, sometimes called`), not after its subject (`he sometimes called`).
fn passive_naming(pre: &[Tok]) -> bool {
    // `called` itself, then the adverb, then what stands before it
    let mut words = (0..pre.len()).rev().filter(|&i| pre[i].word);
    let (Some(_), Some(adverb)) = (words.next(), words.next()) else {
        return false;
    };
    if !NAMING_ADVERBS.contains(&pre[adverb].lower.as_str()) {
        return false;
    }
    match adverb.checked_sub(1).map(|i| &pre[i]) {
        Some(t) if !t.word => t.punct(','),
        Some(t) => names_a_noun(t) || names_things(t),
        None => false,
    }
}

/// The words of quoted text, split at what is neither a letter, a digit nor an apostrophe.
pub(super) fn quoted_words(inner: &str) -> Vec<&str> {
    inner
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether quoted words read as a title: at most ten, every word longer than three letters
/// capitalised or a figure (`The Phantom Menace`, `Friendship Beyond Frontiers`).
pub(super) fn is_title_case(words: &[&str]) -> bool {
    words.len() <= 10
        && words.iter().filter(|w| w.chars().count() > 3).all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

/// Whether quoted words name a work in passing, which keeps the sentence's attribution to pass on
/// to the quotation after it:
/// - a programme: short, in title case, right after `on` or after `on` and a broadcaster's
///   possessive (`said on "Meet the Press,"`, `told reporters on CBS's "Face the Nation."`;
///   `McCain told … on "Fox News Sunday," "I want …"`: McCain's words follow);
/// - a work named by its maker's possessive: short, in title case, no question or exclamation,
///   right after a capitalised name's `'s` (`Handel's "Messiah,"`; `one senator, quoted in
///   Matthew Josephson's "The Robber Barons," explained that … "…"`: the senator's).
pub(super) fn names_a_work_in_passing(inner: &str, pre: &[Tok]) -> bool {
    work_in_passing(inner, &quoted_words(inner), pre)
}

/// [`names_a_work_in_passing`] on words already split ([`quoted_words`]).
fn work_in_passing(inner: &str, words: &[&str], pre: &[Tok]) -> bool {
    if words.is_empty() || words.len() > 8 || !is_title_case(words) {
        return false;
    }
    let mut before = pre.iter().rev().filter(|t| t.word);
    let programme = match (before.next(), before.next(), before.next()) {
        (Some(on), _, _) if on.is("on") => true,
        (Some(s), Some(owner), Some(on)) => s.is("s") && owner.cap && on.is("on"),
        _ => false,
    };
    if programme {
        return true;
    }
    let exclaimed = inner
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{2019}'])
        .ends_with(['!', '?']);
    // the possessive right before the marks: `'s` or `’s` (the apostrophe is no token: `s`
    // starts one or three bytes after its owner's end), its owner capitalised
    let n = pre.len();
    !exclaimed
        && n >= 2
        && pre[n - 1].is("s")
        && pre[n - 2].word
        && pre[n - 2].cap
        && [1, 3].contains(&(pre[n - 1].range.start - pre[n - 2].range.end))
}

/// Whether a quotation is the title of a work or a term, not speech: named so by the words
/// around it (`pre`, `post`), or short or in title case without a speaker.
/// Whether quotation `k` of `spans` is one of a list of three or more short title-case
/// quotations on one line, nothing but commas, `and`, `or` or `&` between them (`hits such as
/// "Listen To The Music," "China Grove," "Black Water" and others`): a list of works, whoever the
/// sentence names.
pub(super) fn in_list_of_titles(text: &str, spans: &[QuoteSpan], k: usize) -> bool {
    let short_title = |q: &QuoteSpan| {
        let words = quoted_words(text.get(q.start..q.end).unwrap_or(""));
        q.close.is_some() && words.len() <= 8 && is_title_case(&words)
    };
    // (`a` closes, `b` opens right after: only list punctuation between)
    let adjoining = |a: &QuoteSpan, b: &QuoteSpan| {
        a.line == b.line
            && a.close.is_some_and(|c| {
                text.get(c..b.open).is_some_and(|between| {
                    between
                        .split(|ch: char| ch.is_whitespace() || ch == ',')
                        .filter(|w| !w.is_empty())
                        .all(|w| ["and", "or", "&", "\"", "'", "\u{201d}", "\u{2019}"].contains(&w))
                })
            })
    };
    if !spans.get(k).is_some_and(short_title) {
        return false;
    }
    // (two neighbours each side decide it: the reading stays bounded however long the list)
    let mut first = k;
    while first + 2 > k
        && first > 0
        && adjoining(&spans[first - 1], &spans[first])
        && short_title(&spans[first - 1])
    {
        first -= 1;
    }
    let mut last = k;
    while last < k + 2
        && last + 1 < spans.len()
        && adjoining(&spans[last], &spans[last + 1])
        && short_title(&spans[last + 1])
    {
        last += 1;
    }
    last - first >= 2
}

pub(super) fn title_or_term(inner: &str, pre: &[Tok], post: &[Tok], attributed: bool) -> bool {
    let words = quoted_words(inner);
    let last = pre.iter().rev().find(|t| t.word);
    let before_last = pre.iter().rev().filter(|t| t.word).nth(1);
    let ends_sentence = inner
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{2019}'])
        .ends_with(['.', '!', '?']);
    let title_case = is_title_case(&words);
    // a work named before or after: only a title-like quotation ("the operation "is directly
    // connected …"" is the operation's description, quoted)
    let title_like = title_case || words.len() <= 4;
    let named = last.is_some_and(|t| NAMING.contains(&t.lower.as_str()) || t.lower == "so-called")
        || last.is_some_and(|t| t.is("as")) && before_last.is_some_and(|t| t.is("known"))
        // "a tourism campaign called "…"" (not "X called the plan "…"", a quotation of X)
        || last.is_some_and(|t| t.is("called") || t.is("dubbed"))
            && before_last.is_some_and(|t| {
                WORKS.contains(&t.lower.as_str())
                    || (names_a_noun(t) || names_things(t) || passive_naming(pre))
                        // `what one friend called "…"`, `the man whom subordinates dubbed
                        // "…"`: a person calling it so
                        && !super::english_words::is_role_noun(&t.lower)
                        && !super::english_words::is_kin_noun(&t.lower)
                        && !pre
                            .iter()
                            .rev()
                            .filter(|t| t.word)
                            .take(5)
                            .any(|t| ["what", "whom", "that", "which"].contains(&t.lower.as_str()))
            })
        || title_like
            && last.is_some_and(|t| WORKS.contains(&t.lower.as_str()))
            // (`Talk show: "Leeza," NBC`: a list of works under their kind; not `said in a
            // front-page headline: "…"`, the words of whoever said them)
            && pre.last().is_some_and(|t| {
                t.word
                    || t.punct(',')
                    || t.punct(':') && !pre.iter().any(super::speakers::is_speech_verb)
            })
        || last.is_some_and(|t| t.is("of"))
            && before_last.is_some_and(|t| MAKERS.contains(&t.lower.as_str()));
    if work_in_passing(inner, &words, pre) {
        return true;
    }
    // (`"West Wing" creator Aaron Sorkin`: the work its maker is named by)
    let names_a_thing = title_like
        && post.first().is_some_and(|t| {
            t.word
                && !t.cap
                && (WORKS.contains(&t.lower.as_str()) || MAKERS.contains(&t.lower.as_str()))
        });
    if named || names_a_thing {
        return true;
    }
    if attributed {
        return false;
    }
    !ends_sentence && (words.len() <= 6 || title_case)
}
