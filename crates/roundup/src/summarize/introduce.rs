//! Names a summary sentence mentions before the summary has introduced them.
//!
//! Articles name a person in full once (`Tony Blewitt`, `Gen. Geoffrey Miller`) and then by the
//! surname alone; a summary that takes the later sentence shows "Blewitt said…" to a reader who
//! never met him. When the summary has not shown the full name yet, the words the article used
//! before the surname are put back as a visible edit: `[Tony] Blewitt said…`. The edit uses only
//! the article's own words, and only when they are unambiguous: if the article (before the
//! sentence) gives two different full forms ending in that surname (`O.J. Simpson`, `Nicole
//! Brown Simpson`), or uses the word in lower case anywhere (`House` after `White House` when the
//! article also writes `house`), nothing is added. Lower-cased text (Multi-News) has no
//! capitals to read names from and is left alone.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::AnalysedCluster;

/// The longest introduction put back (words before the surname).
const MAX_INTRODUCTION_WORDS: usize = 4;

/// Words that stand before a place or people's name, never a person's first name.
const PLACE_WORDS: [&str; 13] = [
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Latin", "New", "Upper", "Lower",
];

/// A capitalised word before another in a run: where it is, whether it opens its sentence,
/// and whether it is a stop word (`Though`, `After`, `The`).
#[derive(Clone)]
struct RunWord {
    range: Range<usize>,
    opens_sentence: bool,
    stop: bool,
}

/// What one article says about names: the words it writes in lower case, after `the`, or as
/// stop words, how often it writes each capitalised word, and for each capitalised word that
/// follows other capitalised words, where (sentence id) and after which words it does so.
struct ArticleNames {
    lower_case: FxHashSet<String>,
    after_the: FxHashSet<String>,
    stop: FxHashSet<String>,
    capitalised: FxHashMap<String, usize>,
    forms: FxHashMap<String, Vec<(usize, Vec<RunWord>)>>,
}

impl ArticleNames {
    fn read(cluster: &AnalysedCluster, article: usize) -> Self {
        let mut names = ArticleNames {
            lower_case: FxHashSet::default(),
            after_the: FxHashSet::default(),
            stop: FxHashSet::default(),
            capitalised: FxHashMap::default(),
            forms: FxHashMap::default(),
        };
        let range = cluster
            .article_sentences
            .get(article)
            .cloned()
            .unwrap_or_default();
        for j in range {
            let sentence = &cluster.sentences[j];
            let text = &sentence.text;
            let words = &sentence.word_ranges;
            // term ids line up with word ranges (if they ever do not, no word is a stop word)
            let aligned = words.len() == sentence.terms.len();
            let is_stop = |k: usize| aligned && cluster.vocabulary.is_stop(sentence.terms[k]);
            let mut run: Vec<RunWord> = Vec::new();
            let mut last_end = 0;
            for (k, r) in words.iter().enumerate() {
                let w = &text[r.clone()];
                if is_stop(k) {
                    names.stop.insert(w.to_lowercase());
                }
                if k > 0 && text[words[k - 1].clone()].eq_ignore_ascii_case("the") {
                    names.after_the.insert(w.to_string());
                }
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                if !capital {
                    if w.chars().next().is_some_and(char::is_lowercase) {
                        names.lower_case.insert(w.to_string());
                    }
                    run.clear();
                    last_end = r.end;
                    continue;
                }
                *names.capitalised.entry(w.to_string()).or_default() += 1;
                let joined = matches!(&text[last_end..r.start], " " | ". " | "." | "-");
                if !joined {
                    run.clear();
                }
                if !run.is_empty() {
                    names
                        .forms
                        .entry(w.to_string())
                        .or_default()
                        .push((j, run.clone()));
                }
                run.push(RunWord {
                    range: r.clone(),
                    opens_sentence: k == 0,
                    stop: is_stop(k),
                });
                last_end = r.end;
            }
        }
        names
    }

    /// The words before `surname` in the one full form of it the article uses before sentence
    /// `s`, if there is exactly one. Only words that belong to the name are taken: not a stop
    /// word or the sentence's first word, and not a word the article writes capitalised
    /// elsewhere too (`North` before `African`, `Bosnian` before `Muslim`); and nothing for a
    /// surname the article writes in lower case, after `the` (`the House`, `the Serbs`), as a
    /// stop word, or that is a day or month.
    fn introduction(&self, cluster: &AnalysedCluster, s: usize, surname: &str) -> Option<String> {
        let lower = surname.to_lowercase();
        if self.lower_case.contains(&lower)
            || self.after_the.contains(surname)
            || self.stop.contains(&lower)
            || is_day_or_month(surname)
        {
            return None;
        }
        let forms = self.forms.get(surname)?;
        // how often each word stands in a run before this surname, anywhere in the article
        let mut before_surname: FxHashMap<&str, usize> = FxHashMap::default();
        for (j, before) in forms {
            let text = &cluster.sentences[*j].text;
            for w in before {
                *before_surname.entry(&text[w.range.clone()]).or_default() += 1;
            }
        }
        let mut found: Option<String> = None;
        for (j, before) in forms.iter().filter(|(j, _)| *j < s) {
            let text = &cluster.sentences[*j].text;
            let belongs = |w: &RunWord| {
                let word = &text[w.range.clone()];
                // a sentence's first word is a name's only if the article never writes it in
                // lower case (`Hazim Delic, a Muslim …` but not `Though Mobil …`)
                !w.stop
                    && (!w.opens_sentence || !self.lower_case.contains(&word.to_lowercase()))
                    && !PLACE_WORDS.contains(&word)
                    && !is_day_or_month(word)
                    && self.capitalised.get(word) == before_surname.get(word)
            };
            let first = before.len() - before.iter().rev().take_while(|w| belongs(w)).count();
            if first == before.len() || before.len() - first > MAX_INTRODUCTION_WORDS {
                continue;
            }
            let mut end = before[before.len() - 1].range.end;
            if text[end..].starts_with('.') {
                end += 1; // an initial's period: `Alfonse M.`
            }
            let prefix = &text[before[first].range.start..end];
            match &found {
                Some(p) if p != prefix => return None, // two people, or two forms: ambiguous
                Some(_) => {}
                None => found = Some(prefix.to_string()),
            }
        }
        found
    }
}

/// `texts[i]` (the shown text of summary sentence `order[i]`, in the order the summary shows
/// them) with each surname the summary has not yet introduced preceded by the words its article
/// introduced it with, in brackets.
pub fn introduce_names(
    cluster: &AnalysedCluster,
    order: &[usize],
    texts: Vec<String>,
) -> Vec<String> {
    let mut articles: FxHashMap<usize, ArticleNames> = FxHashMap::default();
    // the last word of each full name shown so far
    let mut introduced: Vec<String> = Vec::new();
    let mut out = Vec::with_capacity(texts.len());
    for (&s, text) in order.iter().zip(texts) {
        // a text without capitals has no run of capitalised words
        if crate::words::has_no_capital(&text) {
            out.push(text);
            continue;
        }
        let article = cluster.sentences[s].article;
        let mut edits: Vec<(usize, String)> = Vec::new();
        for run in capitalised_runs(&text) {
            let last = &text[run[run.len() - 1].clone()];
            if run.len() >= 2 {
                introduced.push(last.to_string());
                continue;
            }
            if introduced.iter().any(|n| n == last) {
                continue;
            }
            // most such words are never the end of a longer name: a byte search says so before
            // the article's names are read
            let article_text = cluster
                .articles
                .get(article)
                .map_or("", |a| a.text.as_str());
            if !follows_a_capitalised_word(article_text, last) {
                continue;
            }
            let names = articles
                .entry(article)
                .or_insert_with(|| ArticleNames::read(cluster, article));
            let Some(prefix) = names.introduction(cluster, s, last) else {
                continue;
            };
            if written_in_lower_case(cluster, last) {
                continue; // a common word another article writes in lower case (`according`)
            }
            edits.push((run[0].start, prefix));
            introduced.push(last.to_string());
        }
        if edits.is_empty() {
            out.push(text);
            continue;
        }
        let mut edited = String::with_capacity(text.len() + 16 * edits.len());
        let mut at = 0;
        for (start, prefix) in edits {
            edited.push_str(&text[at..start]);
            edited.push('[');
            edited.push_str(&prefix);
            edited.push_str("] ");
            at = start;
        }
        edited.push_str(&text[at..]);
        out.push(edited);
    }
    out
}

/// A weekday or month name, any letter case.
fn is_day_or_month(word: &str) -> bool {
    crate::dates::WEEKDAYS
        .iter()
        .chain(crate::dates::MONTHS)
        .any(|d| d.eq_ignore_ascii_case(word))
}

/// Whether `text` has `word` (this very spelling, a whole word) right after another capitalised
/// word, joined as [`capitalised_runs`] joins them: the shape of a name that ends in it.
fn follows_a_capitalised_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).any(|at| {
        let end = at + word.len();
        if !text.is_char_boundary(at) || !text.is_char_boundary(end) {
            return false;
        }
        if text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            return false;
        }
        let before = &text[..at];
        let Some(gap) = [". ", " ", ".", "-"].iter().find(|g| before.ends_with(**g)) else {
            return false;
        };
        let before = &before[..before.len() - gap.len()];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric())
            .last()
            .map(|(i, _)| i);
        start.is_some_and(|i| before[i..].chars().next().is_some_and(char::is_uppercase))
    })
}

/// Whether any article of the cluster writes `word` in lower case, as a whole word.
fn written_in_lower_case(cluster: &AnalysedCluster, word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower == word {
        return true;
    }
    let finder = memchr::memmem::Finder::new(lower.as_bytes());
    cluster.articles.iter().any(|a| {
        let text = a.text.as_str();
        finder.find_iter(text.as_bytes()).any(|at| {
            let end = at + lower.len();
            text.is_char_boundary(at)
                && text.is_char_boundary(end)
                && !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                && !text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
    })
}

/// The runs of adjacent capitalised words of `text` (word ranges), a run broken by anything
/// but spaces, a period after an initial or title (`J.`, `Gen.`), or a hyphen.
fn capitalised_runs(text: &str) -> Vec<Vec<Range<usize>>> {
    let mut runs: Vec<Vec<Range<usize>>> = Vec::new();
    let mut current: Vec<Range<usize>> = Vec::new();
    let mut last_end = 0;
    for r in crate::words::word_ranges(text) {
        let capital = text[r.clone()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let gap = &text[last_end..r.start];
        let joined = !current.is_empty() && matches!(gap, " " | ". " | "." | "-");
        if capital && (current.is_empty() || joined) {
            current.push(r.clone());
        } else {
            if !current.is_empty() {
                runs.push(std::mem::take(&mut current));
            }
            if capital {
                current.push(r.clone());
            }
        }
        last_end = r.end;
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn introduced(docs: &[&str], pick: &[(usize, usize)]) -> Vec<String> {
        let c = crate::text::analysed_texts(docs);
        let order: Vec<usize> = pick
            .iter()
            .map(|&(a, i)| c.article_sentences[a].start + i)
            .collect();
        let texts = order.iter().map(|&s| c.sentences[s].text.clone()).collect();
        introduce_names(&c, &order, texts)
    }

    #[test]
    fn a_surname_the_summary_has_not_introduced_gets_its_first_name_back() {
        let doc = "Investigators led by Tony Blewitt reached the site on Monday. \
                   Blewitt said the wreck would be raised within a week.";
        assert_eq!(
            introduced(&[doc], &[(0, 1)]),
            vec!["[Tony] Blewitt said the wreck would be raised within a week."]
        );
        // once the summary has shown the full name, the surname alone is enough
        assert_eq!(
            introduced(&[doc], &[(0, 0), (0, 1)])[1],
            "Blewitt said the wreck would be raised within a week."
        );
    }

    #[test]
    fn a_name_that_opens_its_sentence_is_a_name_unless_the_article_writes_it_in_lower_case() {
        let doc = "Rena Vasko, a nurse from the valley, led the rescue team on Sunday. \
                   Vasko said the last family was reached at dawn.";
        assert_eq!(
            introduced(&[doc], &[(0, 1)]),
            vec!["[Rena] Vasko said the last family was reached at dawn."]
        );
        let opener = "Though Mobil had talks with other firms, the deal went ahead. \
                      Mobil said the merger would close in March, though regulators disagreed.";
        assert_eq!(
            introduced(&[opener], &[(0, 1)]),
            vec!["Mobil said the merger would close in March, though regulators disagreed."]
        );
    }

    #[test]
    fn titles_and_initials_come_back_with_the_name_but_ambiguity_adds_nothing() {
        let doc = "The prison is run by Gen. Geoffrey Miller of the Army. \
                   Miller told senators the rules had changed.";
        assert_eq!(
            introduced(&[doc], &[(0, 1)]),
            vec!["[Gen. Geoffrey] Miller told senators the rules had changed."]
        );
        let two = "O.J. Simpson met Nicole Brown Simpson's family in court. \
                   Simpson said nothing to reporters afterwards.";
        assert_eq!(
            introduced(&[two], &[(0, 1)]),
            vec!["Simpson said nothing to reporters afterwards."]
        );
        let common = "Police closed the White House gates on Friday. \
                      House staff left early, and the house was quiet.";
        assert_eq!(
            introduced(&[common], &[(0, 1)]),
            vec!["House staff left early, and the house was quiet."]
        );
    }
}
