//! Given names: whether a word is one, and the gender a full name's given name tells, from the
//! first-name list `gender_guesser` ships (read through [`GIVEN_NAME_CORRECTIONS`] where the crate
//! misreads it).

use super::given_name_corrections::GIVEN_NAME_CORRECTIONS;

/// Whether the given name of a full name (`Hillary Rodham Clinton`, `Roger Iliffe`) is a
/// woman's (`Some(true)`) or a man's (`Some(false)`), when the first-name dictionary of
/// `gender_guesser` (Jörg Michael's `nam_dict`, about 46,600 names of many countries) gives it
/// to one gender only; `None` for an initial, a bare surname, a name of either gender (`Kim`,
/// `Jean`) or one it does not know (`Wang`). The crate misreads 679 names of its own list (`John`,
/// `Mary`, `Boris`: see `tools/given_name_corrections.py`); those are read from
/// [`GIVEN_NAME_CORRECTIONS`] instead.
pub(crate) fn given_name_is_female(name: &str) -> Option<bool> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    if first.chars().filter(|c| c.is_alphabetic()).count() < 2 || first.contains('.') {
        return None;
    }
    let lower = first.to_lowercase();
    if let Some(corrected) = correction(&lower) {
        return corrected;
    }
    match gender_guesser::Detector::new().get_gender(&lower) {
        gender_guesser::Gender::Female => Some(true),
        gender_guesser::Gender::Male => Some(false),
        _ => None,
    }
}

/// Whether the first-name dictionary lists `word` as a given name of either gender (`kenneth`,
/// `soon`, `lee`), lower-case.
pub(crate) fn is_given_name(word: &str) -> bool {
    correction(word).is_some()
        || gender_guesser::Detector::new().get_gender(word) != gender_guesser::Gender::NotFound
}

/// The corrected reading of a lower-case name the crate misreads (`Some(gender or none)`), or
/// `None` when the crate reads it right.
fn correction(lower: &str) -> Option<Option<bool>> {
    GIVEN_NAME_CORRECTIONS
        .binary_search_by(|(n, _)| (*n).cmp(lower))
        .ok()
        .map(|i| GIVEN_NAME_CORRECTIONS[i].1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_corrections_are_sorted_for_binary_search() {
        let table = super::GIVEN_NAME_CORRECTIONS;
        assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn a_word_the_list_knows_of_either_gender_is_a_given_name() {
        assert!(super::is_given_name("kenneth"));
        assert!(super::is_given_name("john"));
        assert!(super::is_given_name("lee"));
        assert!(!super::is_given_name("division"));
        assert!(!super::is_given_name("republican"));
    }
}
