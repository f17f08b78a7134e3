//! Where a speaker phrase stands: the noun phrase before a speech verb (`Foreign Ministry spokesman
//! Vladimir Rakhmanin told`, skipping appositions, party tags and relative clauses), the one after
//! an inverted verb (`said Omar Warsi, a farmer`), and a clause's subject. [`super::speakers`]
//! classifies the words found.

use std::ops::Range;

use super::english_words::{
    is_kin_noun, is_nationality, is_nationality_word, is_opener, is_participle_clause_opener,
    is_role_noun, is_title_word, BETWEEN, DETERMINERS, NEWSPAPER_ENDS, ORG_HEADS, PARTY_WORDS,
    PEERAGES, PREPOSITIONS, PRONOUNS, TITLES, TITLE_ABBREVIATIONS,
};
use super::speakers::{is_determiner, is_speech_verb, Tok};
use crate::text::Tokenizer;

/// Where a party tag (`D-N.Y.`, `R-Texas`, `I-Vt.`) that ends right before the comma at
/// `toks[comma]` starts, when it is one set off by commas: the index of its first letter.
pub(crate) fn party_tag_start(toks: &[Tok], comma: usize) -> Option<usize> {
    let mut k = comma;
    while k > 0 && comma - k < 8 && !toks[k - 1].punct(',') {
        k -= 1;
    }
    let tag = toks.get(k..comma)?;
    let first = tag.first()?;
    let party = |p: &str| ["d", "r", "i"].contains(&p);
    // `D-N.Y.` may be read as `D-N` `.` `Y` `.` or as `D` `-` `N` `.` `Y` `.`
    let rest = match first.lower.split_once('-') {
        Some((p, state)) if party(p) && !state.is_empty() => &tag[1..],
        None if party(&first.lower) && tag.get(1).is_some_and(|t| t.punct('-')) => &tag[2..],
        _ => return None,
    };
    (k > 0 && toks[k - 1].punct(',') && first.cap && rest.iter().all(|t| t.cap || t.punct('.')))
        .then_some(k)
}

/// Two people named as one subject (`Ivanov and Sergeyev said`, `Albright and Cook said`): the
/// first one, as a reader names them, when both the `name` phrase and the run of capitalised words
/// before its `and` look like people's names (no body's or outlet's word, no nationality: not
/// `Bosnia and Herzegovina`, not `Procter and Gamble Co.`).
fn first_of_two_names(toks: &[Tok], name: Range<usize>) -> Option<Range<usize>> {
    let and = name.start.checked_sub(1)?;
    if !toks[and].is("and") || !toks[name.clone()].iter().all(|t| t.cap) {
        return None;
    }
    let mut first = and;
    while first > 0 && toks[first - 1].word && toks[first - 1].cap && and - first < 3 {
        first -= 1;
    }
    let person_like = |t: &Tok| {
        let w = t.lower.as_str();
        !ORG_HEADS.contains(&w)
            && !NEWSPAPER_ENDS.contains(&w)
            && !is_nationality_word(w)
            && !is_opener(w)
            && !PREPOSITIONS.contains(&w)
    };
    let left = first..and;
    // a body's name after `of` or `for` (`Secretary of Housing and Urban Development Andrew
    // Cuomo`, `Centers for Disease Control and Prevention`)
    let inside_a_name = first > 0 && toks[first - 1].word && !toks[first - 1].cap;
    // a couple sharing the family name written last (`Ken and Brenda Barker`): the full name
    let couple = left.len() == 1
        && name.len() >= 2
        && super::given_names::is_given_name(&toks[left.start].lower);
    // an office named by its body (`Housing and Urban Development Secretary Andrew Cuomo`)
    let office = toks[name.clone()].iter().any(|t| is_title_word(&t.lower));
    (!left.is_empty()
        && !inside_a_name
        && !couple
        && !office
        && toks[left.clone()].iter().all(person_like)
        && toks[name].iter().all(person_like))
    .then_some(left)
}

fn breaks_np(t: &Tok, tokenizer: &Tokenizer) -> bool {
    !t.word
        || !t.cap && tokenizer.is_stop_word(&t.lower) && !DETERMINERS.contains(&t.lower.as_str())
}

/// The noun phrase ending right before `toks[verb]` ("Lavrov", "the minister", "he"), skipping
/// auxiliaries and time words, and parenthetical segments between commas.
pub(crate) fn np_before(toks: &[Tok], verb: usize, tokenizer: &Tokenizer) -> Option<Range<usize>> {
    let np = np_before_figure_cut(toks, verb, tokenizer)?;
    // `more than 2,000 scientists`: a figure is not cut at its thousands comma
    let digits = |t: &Tok| t.word && t.lower.bytes().all(|b| b.is_ascii_digit());
    if np.start >= 2
        && digits(&toks[np.start])
        && toks[np.start - 1].punct(',')
        && digits(&toks[np.start - 2])
        && toks[np.start - 2].range.end == toks[np.start - 1].range.start
        && toks[np.start - 1].range.end == toks[np.start].range.start
    {
        return Some(np.start - 2..np.end);
    }
    Some(np)
}

/// [`np_before`], where a figure's thousands comma may cut it.
fn np_before_figure_cut(toks: &[Tok], verb: usize, tokenizer: &Tokenizer) -> Option<Range<usize>> {
    let mut j = verb;
    loop {
        while j > 0
            && toks[j - 1].word
            && (!toks[j - 1].cap
                && (BETWEEN.contains(&toks[j - 1].lower.as_str())
                    || toks[j - 1].lower.ends_with("ly") && toks[j - 1].lower.len() > 4)
                || crate::dates::is_calendar_word(&toks[j - 1].lower)
                || is_speech_verb(&toks[j - 1]))
        {
            j -= 1;
        }
        // "Tekin managed to say", "she went on to say"
        if j >= 2
            && toks[j - 1].is("to")
            && ["managed", "went", "began", "continued", "wanted", "tried"]
                .iter()
                .any(|w| toks[j - 2].is(w) || j >= 3 && toks[j - 2].is("on") && toks[j - 3].is(w))
        {
            j -= if toks[j - 2].is("on") { 3 } else { 2 };
            continue;
        }
        // (not the surname after an honorific: `Ms. He said`)
        let honorific_before = j >= 2
            && toks[j - 1].cap
            && ["mr", "mrs", "ms", "dr", "miss"].contains(&toks[j - 2].lower.as_str());
        if j > 0
            && toks[j - 1].word
            && PRONOUNS.contains(&toks[j - 1].lower.as_str())
            && !honorific_before
        {
            return Some(j - 1..j);
        }
        // "Omar Reyes, director of the Rural Water Agency (RWA) told": a parenthesis before the
        // verb is skipped
        if j > 0 && toks[j - 1].punct(')') {
            let open = toks[..j - 1].iter().rposition(|t| t.punct('('))?;
            if j - 1 - open > 6 {
                return None;
            }
            j = open;
            continue;
        }
        let end = j;
        let mut start = end;
        while start > 0 && !breaks_np(&toks[start - 1], tokenizer) && end - start < 8 {
            // a lower-case word after a name ends the phrase ("Syria denies ... statement")
            start -= 1;
        }
        // a capitalised sentence opener is not part of the phrase ("On Friday Turkey", "Although
        // Gingrich"): leading prepositions, conjunctions, calendar words and openers dropped
        // (not an owner: `Organizers of Monday's strike`)
        // (`Under Secretary of State Thomas Pickering said`: a title's first word stays)
        while start < end
            && toks[start].cap
            && !(toks[start].is("under") && toks.get(start + 1).is_some_and(|t| t.is("secretary")))
            && (PREPOSITIONS.contains(&toks[start].lower.as_str())
                || [
                    "and", "but", "or", "so", "if", "when", "while", "as", "because", "since",
                ]
                .contains(&toks[start].lower.as_str())
                || crate::dates::is_calendar_word(&toks[start].lower)
                    && !toks.get(start + 1).is_some_and(|t| t.is("s"))
                || is_opener(&toks[start].lower))
        {
            start += 1;
        }
        if start < end {
            // `The Log Cabin Republicans, whose spokesmen praised`: the body or person the
            // relative clause hangs on speaks through them
            if toks[start].is("whose") && start >= 2 && toks[start - 1].punct(',') {
                return np_before(toks, start - 1, tokenizer)
                    .filter(|r| toks[r.clone()].iter().any(|t| t.cap));
            }
            // "Prime Minister Mesut Yilmaz of Turkey said", "a diplomat from Cairo said": the
            // phrase before the preposition; any other object of a preposition is not a subject
            if start > 0
                && toks[start - 1].word
                && PREPOSITIONS.contains(&toks[start - 1].lower.as_str())
            {
                // `University of Arizona space scientist Randy Tufts said`: a role word after
                // the body's place, then the person's name
                let mut name = end;
                while name > start && toks[name - 1].cap {
                    name -= 1;
                }
                let role = &toks[name.saturating_sub(1)];
                if end - name >= 2
                    && name > start
                    && ["of", "at"].contains(&toks[start - 1].lower.as_str())
                    // (not `a spokesperson for Texas Gov. George W. Bush`: the role speaks)
                    && start >= 2
                    && !is_role_noun(&toks[start - 2].lower)
                    && !is_title_word(&toks[start - 2].lower)
                    && !is_kin_noun(&toks[start - 2].lower)
                    && !DETERMINERS.contains(&role.lower.as_str())
                    && !tokenizer.is_stop_word(&role.lower)
                    && (is_role_noun(&role.lower) || is_title_word(&role.lower))
                {
                    return Some(name..end);
                }
                // `In a statement Gingrich said`, `During the meeting Clinton said`: an opening
                // phrase without its comma; the name after its noun is the subject
                if toks[start - 1].cap {
                    let mut name = end;
                    while name > start && toks[name - 1].cap {
                        name -= 1;
                    }
                    if name > start && name < end && !is_title_word(&toks[name - 1].lower) {
                        return Some(name..end);
                    }
                }
                // (`U.S. Ambassador to the United Nations Bill Richardson said`: a title's `to`)
                let title_to = toks[start - 1].is("to");
                if start > 1
                    && ["of", "from", "in", "at", "for", "with", "to"]
                        .contains(&toks[start - 1].lower.as_str())
                    && toks[start - 2].word
                    && !breaks_np(&toks[start - 2], tokenizer)
                {
                    let inner = np_before(toks, start - 1, tokenizer)?;
                    let title_only = toks[inner.clone()].iter().all(|t| {
                        TITLES.contains(&t.lower.as_str())
                            || DETERMINERS.contains(&t.lower.as_str())
                    });
                    // `U.S. Secretary of State Madeleine Albright`, `U.S. Ambassador to Russia
                    // James Collins`: an office's title after a country's initials or
                    // nationality, then `of` or `to` and a name (not set off after a name:
                    // `Faisal Husseini, Palestinian Minister of …`)
                    let office = ["of", "to"].contains(&toks[start - 1].lower.as_str())
                        && toks[start].cap
                        && !(inner.start >= 2
                            && toks[inner.start - 1].punct(',')
                            && toks[inner.start - 2].cap)
                        && toks[inner.clone()]
                            .last()
                            .is_some_and(|t| TITLES.contains(&t.lower.as_str()))
                        && toks[inner.clone()].iter().all(|t| {
                            TITLES.contains(&t.lower.as_str())
                                || DETERMINERS.contains(&t.lower.as_str())
                                || t.cap && t.lower.chars().count() == 1
                                || super::english_words::is_nationality_before_name(&t.lower)
                        });
                    // "John Sifton, researcher at Human Rights Watch said", "Sergio Barrientos,
                    // Director of ... said": the name before the apposition
                    let lower = toks[inner.clone()].iter().all(|t| !t.cap);
                    let outer_is_body = toks[start..end]
                        .last()
                        .is_some_and(|t| ORG_HEADS.contains(&t.lower.as_str()));
                    if (lower || title_only && outer_is_body)
                        && inner.start >= 2
                        && toks[inner.start - 1].punct(',')
                    {
                        if let Some(name) = np_before(toks, inner.start - 1, tokenizer) {
                            if toks[name.clone()].iter().any(|t| t.cap) {
                                return Some(name);
                            }
                        }
                    }
                    // `The Ministry of Civil Defense told`, `the Department of State noted`: a
                    // body's name goes on past its `of` (not `the Ministry` alone); so does a
                    // peerage's (`the Duchess of York said`, not `the Duchess`)
                    let body_of = toks[start - 1].is("of")
                        && toks[start..end].iter().all(|t| t.cap)
                        && toks[inner.clone()].last().is_some_and(|t| {
                            t.cap
                                && (ORG_HEADS.contains(&t.lower.as_str())
                                    || PEERAGES.contains(&t.lower.as_str()))
                        });
                    if body_of {
                        return Some(inner.start..end);
                    }
                    // "Mayor of Pichilemu Roberto Córdova said": a title alone is no speaker;
                    // the name after it is
                    if title_only && !title_to || office {
                        return Some(inner.start..end);
                    }
                    if title_to {
                        return None;
                    }
                    return Some(inner);
                }
                return None;
            }
            // "Lt. Col. Mark Ballesteros, a Pentagon spokesman says": the name the indefinite
            // description stands in apposition to
            if ["a", "an"].contains(&toks[start].lower.as_str())
                && start >= 2
                && toks[start - 1].punct(',')
                && toks[start - 2].word
            {
                if let Some(name) = np_before(toks, start - 1, tokenizer) {
                    if toks[name.clone()].iter().any(|t| t.cap) {
                        return Some(name);
                    }
                }
            }
            // "X, a ..., who attended the ceremony said": the subject is before the relative clause
            // (but in "…, which the prime minister dismissed as", the phrase after `which` is
            // the relative clause's own subject: a determiner or a name opens it)
            // (`…, which city engineer Raúl Ferreira said could …`: role words before a name
            // right before the verb; not `Lawyers who defend Death Row inmates said`)
            let own_subject = toks[start].cap
                || is_determiner(&toks[start].lower)
                || toks[end - 1].cap && toks[start..end].iter().all(|t| t.word);
            if start > 0
                && !own_subject
                && ["who", "which"].contains(&toks[start - 1].lower.as_str())
            {
                let comma = toks[..start - 1].iter().rposition(|t| t.punct(','))?;
                let mut k = comma;
                while k > 0 && !toks[k - 1].punct(',') {
                    k -= 1;
                }
                let first = toks.get(k)?;
                if k > 0 && ["a", "an", "the"].contains(&first.lower.as_str()) {
                    return np_before(toks, k - 1, tokenizer);
                }
                return np_before(toks, comma, tokenizer);
            }
            if let Some(first) = first_of_two_names(toks, start..end) {
                return Some(first);
            }
            return Some(start..end);
        }
        // nothing before the verb but a comma: jump over a parenthetical segment (", for his
        // part,", ", who chairs ...,", ", 82,")
        if j > 0 && toks[j - 1].punct(',') {
            // a party tag after a lawmaker's name (", D-N.Y.,", ", R-Texas,"): its dots are no
            // sentence end
            if let Some(k) = party_tag_start(toks, j - 1) {
                j = k - 1;
                continue;
            }
            // (the dot of an abbreviation ends no segment: `to the No. 1 ranking`)
            let abbreviation_dot = |k: usize| {
                k >= 2
                    && toks[k - 2].word
                    && toks[k - 2].range.end == toks[k - 1].range.start
                    && (toks[k - 2].lower.chars().count() == 1
                        || TITLE_ABBREVIATIONS.contains(&toks[k - 2].lower.as_str())
                        || ["no", "mt", "ft", "vs"].contains(&toks[k - 2].lower.as_str()))
            };
            let mut k = j - 1;
            while k > 0
                && !toks[k - 1].punct(',')
                && !toks[k - 1].punct(';')
                && (!toks[k - 1].punct('.') || abbreviation_dot(k))
            {
                k -= 1;
            }
            if k == 0 || !toks[k - 1].punct(',') {
                // the segment starts the clause: it is the subject (", Victor Terrero, replied")
                let seg = k..j - 1;
                let first = toks.get(seg.start)?;
                if seg.is_empty() || PREPOSITIONS.contains(&first.lower.as_str()) {
                    return None;
                }
                // `Former President Jimmy Carter who is leading 50 observers in Mozambique,
                // said`: a relative clause with no comma before it hangs on the name before `who`
                if let Some(w) = seg.clone().skip(1).find(|&w| toks[w].is("who")) {
                    if toks[w - 1].word && toks[w - 1].cap {
                        return np_before(toks, w, tokenizer);
                    }
                }
                return np_before(toks, j - 1, tokenizer);
            }
            let first = &toks[k];
            // "Gen. Huseyin Kivrikoglu, chief of the general staff, has described": an apposition
            // (lower-case) after a capitalised name
            // ("Marc Garlasco, Human Rights Watch military analyst, said": a role noun ends it)
            let role_last = toks[j - 2].word && !toks[j - 2].cap;
            // (`John Conyers, D-Mich., top Democrat on the committee, said`: after a party tag)
            let apposition = (!first.cap || role_last)
                && k >= 2
                && (toks[k - 2].word && toks[k - 2].cap || party_tag_start(toks, k - 1).is_some());
            // ", Democrat of Michigan,"
            let party = PARTY_WORDS.contains(&first.lower.as_str());
            let parenthetical = apposition
                || party
                || PREPOSITIONS.contains(&first.lower.as_str())
                || [
                    "who",
                    "which",
                    "according",
                    "however",
                    "meanwhile",
                    "though",
                    "too",
                    "a",
                    "an",
                    "the",
                ]
                .contains(&first.lower.as_str())
                || first.lower.chars().all(|c| c.is_ascii_digit());
            if parenthetical {
                j = k - 1;
                // `Joseph Suliga, D-Union, a sponsor of the bill, said`: the party tag before the
                // apposition too
                if let Some(tag) = party_tag_start(toks, j) {
                    j = tag - 1;
                }
                continue;
            }
            // `… Laboratory in Silver Spring, Maryland, cautioned`: a town's state is no subject
            let mut town = k - 1;
            while town > 0 && toks[town - 1].word && toks[town - 1].cap && k - 1 - town < 3 {
                town -= 1;
            }
            let state_of_town = j - 1 - k <= 2
                && toks[k..j - 1].iter().all(|t| t.word && t.cap)
                && town < k - 1
                && town > 0
                && ["in", "near", "from"].contains(&toks[town - 1].lower.as_str())
                // (not `the governor of East Timor, Mario Carrascalao,`: a person's name)
                && !super::given_names::is_given_name(&toks[k].lower);
            if state_of_town {
                return None;
            }
            // ", the official continued,": the segment before the verb is its subject
            return np_before(toks, j - 1, tokenizer).filter(|r| r.start >= k);
        }
        return None;
    }
}

/// The noun phrase right after `toks[at]` ("said Lavrov", "said his wife, He Xintong",
/// "said farmer Jean Roberto Jean-Baptiste, working ...").
pub(crate) fn np_after(toks: &[Tok], at: usize, tokenizer: &Tokenizer) -> Option<Range<usize>> {
    let start = at + 1;
    let mut end = start;
    let mut seen_cap = false;
    while end < toks.len() && end - start < 8 {
        let t = &toks[end];
        if seen_cap && !t.cap && t.lower != "s" && !breaks_np(t, tokenizer) && !is_speech_verb(t) {
            // "said Rabobank spokesman Jacob Bergsma", "said GOP media strategist Alex Castellanos":
            // lower-case role words between capitalised ones
            // (`said Texas state party spokesman Robert Black`: three of them when the last is
            // a role)
            let next_cap = toks[end..]
                .iter()
                .take(4)
                .position(|n| n.word && n.cap)
                .filter(|&p| toks[end..end + p].iter().all(|n| n.word && !n.cap))
                .filter(|&p| {
                    let role = &toks[end + p - 1].lower;
                    p < 3
                        || !tokenizer.is_stop_word(role)
                            && (is_role_noun(role) || is_title_word(role))
                });
            if let Some(p) = next_cap {
                end += p;
                continue;
            }
            // "said a Middle Eastern diplomat posted in Turkey": capitalised adjectives, then the noun
            if DETERMINERS.contains(&toks[start].lower.as_str()) && !t.lower.ends_with("ed") {
                end += 1;
            }
            // "according to Putin's colleagues": the owner's people, not the owner (a group
            // or a role closing the phrase; not `Gingrich's business attorney Randy Evans`, nor
            // `More's words`)
            let people = is_role_noun(&t.lower)
                || t.lower.ends_with('s')
                    && !t.lower.ends_with("ss")
                    && ![
                        "words", "remarks", "comments", "thoughts", "views", "writings",
                    ]
                    .contains(&t.lower.as_str());
            let closes = toks.get(end + 1).is_none_or(|n| !n.word);
            if end > start && toks[end - 1].is("s") && people && closes {
                end += 1;
            }
            break;
        }
        // "said University of Sao Paulo political scientist Eduardo Kugelmas": a body's name
        // goes on through its `of`, and the person named after its role words is the speaker
        // (and an office's: `said Under Secretary of State Thomas Pickering`; a peerage's:
        // `said the Duchess of York`)
        if t.is("of")
            && end > start
            && toks[end - 1].cap
            && (super::names::is_organisation_head(&toks[end - 1].lower)
                || is_title_word(&toks[end - 1].lower)
                || PEERAGES.contains(&toks[end - 1].lower.as_str()))
            && toks.get(end + 1).is_some_and(|n| n.word && n.cap)
        {
            end += 1;
            continue;
        }
        if breaks_np(t, tokenizer) || seen_cap && !t.cap && t.lower != "s" {
            break;
        }
        if !t.cap
            && end > start
            && t.lower.ends_with("ed")
            && !DETERMINERS.contains(&t.lower.as_str())
        {
            break;
        }
        // "the top Russian diplomat": a nationality before a lower-case noun is an adjective
        let adjective = t.cap
            && is_nationality(&t.lower)
            && toks
                .get(end + 1)
                .is_some_and(|n| n.word && !n.cap && !tokenizer.is_stop_word(&n.lower));
        if t.cap && !adjective {
            seen_cap = true;
        }
        end += 1;
    }
    if end == start {
        return None;
    }
    // `said Wang's wife, Hu Jiangxia`: the owner's family or role word belongs to the phrase
    // (`said Gingrich's business attorney, Randy Evans`: two lower-case words before it at most)
    if toks[end - 1].is("s") {
        let lower_words = toks[end..]
            .iter()
            .take(3)
            .take_while(|t| t.word && !t.cap && !tokenizer.is_stop_word(&t.lower))
            .count();
        if let Some(k) = toks[end..end + lower_words]
            .iter()
            .position(|t| is_kin_noun(&t.lower) || is_role_noun(&t.lower))
        {
            end += k + 1;
        }
    }
    // "his wife, He Xintong", "the NBA commissioner, David Stern": a name in apposition to a
    // description
    // (`said Wang's wife, Hu Jiangxia`: an owner's lower-case noun is a description too)
    let description = !seen_cap
        || (DETERMINERS.contains(&toks[start].lower.as_str())
            || toks[start..end].iter().any(|t| t.lower == "s"))
            && !toks[end - 1].cap;
    // "said one of Anwar's lawyers, Pawancheek Marican": the name after the `of` phrase
    if !seen_cap && toks.get(end).is_some_and(|t| t.is("of")) {
        if let Some(c) = toks[end..].iter().take(8).position(|t| t.punct(',')) {
            let c = end + c;
            let mut e = c + 1;
            while e < toks.len() && toks[e].word && toks[e].cap {
                e += 1;
            }
            let closed = e == toks.len() || toks[e].punct(',') || toks[e].punct('.');
            if e > c + 1 && closed && toks[end..c].iter().all(|t| t.word || t.punct('\'')) {
                return Some(c + 1..e);
            }
        }
        // "said one of the organizers": the whole phrase
        if toks[start].is("one") && end == start + 1 {
            let e = end
                + toks[end..]
                    .iter()
                    .take(6)
                    .position(|t| !t.word)
                    .unwrap_or(toks.len().min(end + 6) - end);
            return Some(start..e);
        }
    }
    if description && end + 1 < toks.len() && toks[end].punct(',') && toks[end + 1].cap {
        let mut e = end + 1;
        while e < toks.len() && toks[e].word && toks[e].cap {
            e += 1;
        }
        return Some(end + 1..e);
    }
    Some(start..end)
}

/// The subject of a clause: its first noun phrase after leading adverbials ("On Monday, ...").
pub(crate) fn subject(toks: &[Tok], tokenizer: &Tokenizer) -> Option<Range<usize>> {
    // a dateline ("Washington _ Former House Speaker ...") is not the subject
    let mut i = toks
        .iter()
        .take(5)
        .rposition(|t| t.punct(';'))
        .map_or(0, |p| p + 1);
    // skip leading adverbial segments that end with a comma
    loop {
        while toks.get(i).is_some_and(|t| t.punct(',')) {
            i += 1;
        }
        let first = toks.get(i)?;
        let adverbial = first.word
            && (PREPOSITIONS.contains(&first.lower.as_str())
                || [
                    "however",
                    "meanwhile",
                    "earlier",
                    "later",
                    "according",
                    "but",
                    "and",
                    "asked",
                    "pressed",
                    "describing",
                    "still",
                    "also",
                ]
                .contains(&first.lower.as_str())
                // "Striding past the gallery, Gingrich …", ", released in 1991, Suu Kyi …": a
                // participle's clause
                || is_participle_clause_opener(first))
            // `Propped on a float was …,`, `Conceived in '94 to target …,`, `Rocking her
            // granddaughter to sleep, …`: a participle's clause, capitalised as the first word
            || i == 0
                && first.cap
                && toks.get(i + 1).is_some_and(|n| {
                    n.word
                        && !n.cap
                        && (first.lower.ends_with("ed")
                            && first.lower.len() >= 6
                            && PREPOSITIONS.contains(&n.lower.as_str())
                            || first.lower.ends_with("ing")
                                && first.lower.len() >= 6
                                && (DETERMINERS.contains(&n.lower.as_str())
                                    || PREPOSITIONS.contains(&n.lower.as_str())))
                })
            // `Hours later, Mayoue summed up`, `Two days earlier, …`: a time before the comma
            || toks[i..]
                .iter()
                .take(5)
                .position(|t| t.punct(','))
                .is_some_and(|p| {
                    p > 1
                        && toks[i..i + p].iter().all(|t| t.word)
                        && ["later", "earlier", "ago", "afterward", "afterwards"]
                            .contains(&toks[i + p - 1].lower.as_str())
                });
        if !adverbial {
            break;
        }
        match toks[i..].iter().take(14).position(|t| t.punct(',')) {
            Some(p) => i += p + 1,
            None => {
                if ["and", "but"].contains(&first.lower.as_str()) {
                    i += 1;
                    continue;
                }
                return None;
            }
        }
    }
    // `On Monday, he attacked the plan, saying`: a pronoun after the opening phrase
    if toks
        .get(i)
        .is_some_and(|t| t.word && !t.cap && PRONOUNS.contains(&t.lower.as_str()))
    {
        return Some(i..i + 1);
    }
    let mut end = i;
    let mut seen_cap = false;
    while end < toks.len() && end - i < 8 {
        let t = &toks[end];
        // "Turkey's military-dominated National Security Council": after a possessive, its
        // modifiers up to the capitalised head
        if seen_cap && t.is("s") {
            let head = toks[end + 1..]
                .iter()
                .take(3)
                .position(|n| n.cap)
                .filter(|&p| toks[end + 1..end + 1 + p].iter().all(|n| n.word));
            if let Some(p) = head {
                end += 1 + p;
                continue;
            }
            // `Hun Sen's party said`: the owner's lower-case noun is the subject, not the owner
            // (the `s` right after a word, as an apostrophe leaves it: not the `S` of `U.S.`)
            let possessive = !t.cap && end > i && toks[end - 1].word;
            if let Some(noun) = toks
                .get(end + 1)
                .filter(|n| possessive && n.word && !n.cap && !tokenizer.is_stop_word(&n.lower))
            {
                if !is_speech_verb(noun) {
                    end += 2;
                    break;
                }
            }
        }
        if breaks_np(t, tokenizer) || seen_cap && !t.cap && t.lower != "s" || is_speech_verb(t) {
            break;
        }
        if t.cap {
            // (`Fellow balloonist Richard Branson`, `Former ambassador …`: a title word opening
            // the phrase is capitalised as the sentence's first word, not as a name's)
            let opening_title =
                end == i && is_title_word(&t.lower) && !DETERMINERS.contains(&t.lower.as_str());
            // (`An Islamic militant group`, `The Christian right`: a capitalised adjective right
            // after the phrase's determiner, a lower-case noun after it; not a name, `The Times
            // buys this analysis`)
            let modifier = end == i + 1
                && DETERMINERS.contains(&toks[i].lower.as_str())
                && (is_nationality(&t.lower) || is_nationality_word(&t.lower))
                && toks
                    .get(end + 1)
                    .is_some_and(|n| n.word && !n.cap && n.lower != "s" && !is_speech_verb(n));
            let determiner = end == i
                && DETERMINERS.contains(&t.lower.as_str())
                && toks.get(end + 1).is_some_and(|n| n.word && n.cap);
            if !opening_title && !modifier && !determiner {
                seen_cap = true;
            }
        } else if end > i && !DETERMINERS.contains(&t.lower.as_str()) && !seen_cap {
            // a lower-case word after the first: keep going only while it looks nominal
            if t.lower.ends_with("ed") || t.lower.ends_with("ing") {
                break;
            }
            // `the control tower sent out a message:`, `the board gave its verdict:`: a word
            // before an article or a particle is the clause's verb
            if end > i + 1
                && toks.get(end + 1).is_some_and(|n| {
                    [
                        "the", "a", "an", "his", "her", "its", "their", "our", "out", "up", "off",
                        "back", "down",
                    ]
                    .contains(&n.lower.as_str())
                })
            {
                break;
            }
        }
        end += 1;
    }
    (end > i).then_some(i..end)
}
