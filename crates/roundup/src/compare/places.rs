//! Places an article names, so that they are not taken for people: the last words of bodies and
//! places no person's name ends with (`Kitsap County`, `Columbus Avenue`), the capitalised word
//! after a preposition of place (`in Houston`), and the places of two words or more a cluster
//! writes after one (`in New York`, `moved to North Palm Beach`).

use rustc_hash::FxHashSet;

use super::speakers::Tok;

/// Last words of the names of bodies and places that no person's name ends with (beside
/// [`names::is_organisation_head`]): `Anti-Violence Project`, `Plenum Press`, `Michigan Medical
/// School`, `Kitsap County`.
pub(super) const BODY_AND_PLACE_ENDS: &[&str] = &[
    "report",
    "review",
    "newsletter",
    "bulletin",
    "project",
    "press",
    "center",
    "centre",
    "school",
    "college",
    "program",
    "programme",
    "forum",
    "act",
    "county",
    "province",
    "district",
    "ocean",
    "sea",
];

/// Last words of places named after people (`Columbus Avenue`, `Russell Square`).
pub(super) const PLACE_NOUNS: &[&str] = &[
    "city", "square", "avenue", "street", "road", "pond", "lake", "river", "park", "beach",
    "heights", "hills", "island", "bay", "valley", "creek", "falls", "springs", "cave", "hall",
    "bridge", "station", "airport", "harbor", "harbour", "mountain", "county", "village",
];

/// Prepositions of place: a capitalised word right after one names a place or an organisation.
pub(super) const PLACE_PREPOSITIONS: &[&str] =
    &["in", "at", "near", "across", "throughout", "outside"];

/// The capitalised words a sentence's tokens `toks` write right after a preposition of place,
/// lower-cased (`in Houston`, `at Microsoft`; not an owner: `in Clinton's view`).
pub(super) fn place_words<'t>(text: &'t str, toks: &'t [Tok]) -> impl Iterator<Item = String> + 't {
    toks.windows(2).filter_map(move |w| {
        let owner = text[w[1].range.end..].starts_with(['\'', '\u{2019}']);
        (w[0].word
            && !w[0].cap
            && PLACE_PREPOSITIONS.contains(&w[0].lower.as_str())
            && w[1].word
            && w[1].cap
            && !owner)
            .then(|| w[1].lower.clone())
    })
}

/// Verbs of moving whose `to` opens a place (`who recently moved to North Palm Beach`).
const MOVING_VERBS: [&str; 8] = [
    "moved",
    "returned",
    "travelled",
    "traveled",
    "flew",
    "fled",
    "relocated",
    "emigrated",
];

/// The places of two words or more the texts write right after a preposition of place, a
/// `the` between (`in New York`, `in the United States`; not an owner: `at Bill Smith's house`),
/// lower-cased and joined by spaces: one streaming pass over each text's words, no tokenizer, for
/// the mentions of articles that name them only as subjects; `to` after a verb of moving
/// (`moved to North Palm Beach`) is read as one.
pub(super) fn place_names<'t>(texts: impl Iterator<Item = &'t str>) -> FxHashSet<String> {
    let mut found = FxHashSet::default();
    let owner = |w: &str| w.ends_with("'s") || w.ends_with("\u{2019}s");
    for text in texts {
        let mut words = text.split_ascii_whitespace().peekable();
        let mut previous = "";
        while let Some(w) = words.next() {
            let before = std::mem::replace(&mut previous, w);
            // (the prepositions' first letters first: most words are read no further)
            if !matches!(w.as_bytes()[0], b'i' | b'a' | b'n' | b't' | b'o')
                || !(PLACE_PREPOSITIONS.contains(&w) || w == "to" && MOVING_VERBS.contains(&before))
            {
                continue;
            }
            if words.peek() == Some(&"the") {
                words.next();
            }
            let mut run: Vec<String> = Vec::new();
            while let Some(&word) = words.peek().filter(|_| run.len() < 4) {
                let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
                let capitalised = bare.starts_with(|c: char| c.is_uppercase())
                    && bare
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '.');
                if !capitalised || bare.ends_with("'s") || bare.ends_with('\u{2019}') {
                    break;
                }
                run.push(bare.trim_end_matches('.').to_lowercase());
                words.next();
                // punctuation after the word ends the name
                if bare.len() < word.len() {
                    break;
                }
            }
            if run.len() >= 2 && !words.peek().is_some_and(|w| owner(w)) {
                found.insert(run.join(" "));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::speakers::tokens;

    #[test]
    fn a_word_after_a_preposition_of_place_is_a_place_unless_it_owns_something() {
        let text = "He trained in Houston and at Baylor, but in Clinton's view near misses count.";
        let toks = tokens(text, 0..text.len());
        let places: Vec<String> = place_words(text, &toks).collect();
        assert_eq!(places, ["houston", "baylor"]);
    }
}
