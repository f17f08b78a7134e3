//! Plain text files (`.txt`, `.md`, anything else named explicitly) and Multi-News `|||||` clusters.

use super::{Ingested, InputProblem, Source};
use crate::model::{Article, Cluster};

/// The Multi-News document separator.
pub const MULTI_NEWS_SEPARATOR: &str = "|||||";

/// Multi-News' stand-in for a line break inside one line of its `.src` files.
const NEWLINE_MARK: &str = "NEWLINE_CHAR";

/// Reads one decoded text: an article, or Multi-News clusters when it holds `|||||`.
pub(crate) fn parse_text(src: &Source, text: &str, out: &mut Ingested) {
    if !text.contains(MULTI_NEWS_SEPARATOR) {
        // The text is kept whole (the clean stage and the summarizer pass over a headline line).
        let opening = read_opening(text);
        out.articles.push(Article {
            id: src.stem.clone(),
            origin: src.origin.clone(),
            text: text.to_string(),
            title: opening.title,
            source: opening.outlet,
            date: opening.date,
            ..Article::default()
        });
        return;
    }
    if is_line_format(text) {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let n = i + 1;
            let id = format!("{}:{n}", src.stem);
            let origin = format!("{}:line {n}", src.origin);
            push_cluster(id, &origin, line, out);
        }
    } else {
        push_cluster(src.stem.clone(), &src.origin, text, out);
    }
}

/// The original Multi-News `.src` layout: one cluster a line. Recognised when at least two lines hold
/// the separator, at least half the non-blank lines do, and no line is a bare separator (a bare
/// separator line means multi-line articles split by `|||||` lines: one cluster for the file).
fn is_line_format(text: &str) -> bool {
    let mut nonblank = 0usize;
    let mut with_sep = 0usize;
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        nonblank += 1;
        if t.contains(MULTI_NEWS_SEPARATOR) {
            if t.split(MULTI_NEWS_SEPARATOR).all(|p| p.trim().is_empty()) {
                return false;
            }
            with_sep += 1;
        }
    }
    with_sep >= 2 && with_sep * 2 >= nonblank
}

/// Splits Multi-News text into its documents: `NEWLINE_CHAR` becomes a line break, each line is trimmed,
/// blank documents are dropped. Returns (1-based position among the pieces, text).
pub(crate) fn split_documents(s: &str) -> Vec<(usize, String)> {
    s.split(MULTI_NEWS_SEPARATOR)
        .enumerate()
        .filter_map(|(i, piece)| {
            let doc = restore_newlines(piece);
            (!doc.is_empty()).then_some((i + 1, doc))
        })
        .collect()
}

fn restore_newlines(piece: &str) -> String {
    let lines: Vec<&str> = piece
        .split(NEWLINE_MARK)
        .flat_map(str::lines)
        .map(str::trim)
        .collect();
    // Drop blank lines at either end, keep inner blank lines (paragraph breaks).
    let start = lines.iter().position(|l| !l.is_empty());
    let end = lines.iter().rposition(|l| !l.is_empty());
    match (start, end) {
        (Some(a), Some(b)) => lines[a..=b].join("\n"),
        _ => String::new(),
    }
}

fn push_cluster(id: String, origin: &str, text: &str, out: &mut Ingested) {
    let articles: Vec<Article> = split_documents(text)
        .into_iter()
        .map(|(k, doc)| Article {
            id: format!("{id}:{k}"),
            origin: format!("{origin}:doc {k}"),
            text: doc,
            ..Article::default()
        })
        .collect();
    if articles.is_empty() {
        out.problems.push(InputProblem::new(
            origin,
            "Multi-News cluster with no non-empty documents",
        ));
    } else {
        out.clusters.push(Cluster { id, articles });
    }
}

/// What the opening lines of a scraped plain-text article say about it.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Opening {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
}

/// Lines read for the opening: a headline comes before the body.
const OPENING_LINES: usize = 12;

/// Reads the headline line, a byline's outlet and a date line from the opening lines of a plain
/// text article, before its first body paragraph (a line of over 25 words ending a sentence):
/// the headline is the first line of 4 to 25 words, mostly letters, that does not end a sentence
/// and is not navigation (`Home › News`, `News | Sports`), a byline, a date, a photo credit or the
/// caption after one; the outlet comes from a byline naming one (`By Ellen Marsh | Port Calloway
/// Ledger`, `By Marcus Webb, KPCL 7 News`); the date from a line that is only a date (`Sept. 11,
/// 2024 10:58 PM`), as `YYYY-MM-DD`.
pub(crate) fn read_opening(text: &str) -> Opening {
    let mut o = Opening::default();
    let mut after_credit = false;
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(OPENING_LINES)
    {
        let words: Vec<&str> = line.split_whitespace().collect();
        let lower = line.to_lowercase();
        if words.len() > 25 && line.ends_with(['.', '"', '\u{201d}']) {
            break;
        }
        let credit = lower.starts_with("photo")
            || lower.starts_with("image")
            || lower.contains("photo credit")
            || lower.contains("getty images");
        let was_after_credit = std::mem::replace(&mut after_credit, credit);
        if words.len() <= 12 && (lower.starts_with("by ") || lower.starts_with("avatar by ")) {
            if o.outlet.is_none() {
                o.outlet = byline_outlet(line);
            }
            continue;
        }
        if o.date.is_none() {
            if let Some(d) = date_line(&words) {
                o.date = Some(d);
                continue;
            }
        }
        if o.title.is_some() || credit || was_after_credit {
            continue;
        }
        let navigation =
            ['›', '»', '|', '>'].iter().any(|c| line.contains(*c)) || line.contains(" / ");
        let letters = words
            .iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        let ends_sentence = line.ends_with('.') && !line.ends_with("..");
        if (4..=25).contains(&words.len())
            && !navigation
            && !ends_sentence
            && letters * 4 >= words.len() * 3
            && !lower.contains("cookie")
            && !lower.starts_with("subscribe")
            && !lower.starts_with("sign up")
        {
            o.title = Some(words.join(" "));
        }
    }
    o
}

/// The outlet a byline names after `|` or a comma (`By Ellen Marsh | Port Calloway Ledger`),
/// without a trailing job title (`Associated Press Writer` → `Associated Press`).
fn byline_outlet(line: &str) -> Option<String> {
    let (_, tail) = line.rsplit_once('|').or_else(|| line.rsplit_once(','))?;
    let mut t = tail.trim();
    for job in [" Staff Writer", " Writer", " Correspondent", " Reporter"] {
        if let Some(x) = t.strip_suffix(job) {
            t = x.trim();
        }
    }
    let n = t.split_whitespace().count();
    ((1..=6).contains(&n) && t.chars().next().is_some_and(char::is_uppercase))
        .then(|| t.to_string())
}

/// `YYYY-MM-DD` from a short line that opens with a date, month name first (`Sept. 11, 2024
/// 10:58 PM`, `November 14, 2017 3:38 pm`, `Published Sept. 11, 2024 at 7:42 p.m. | Updated …`).
fn date_line(words: &[&str]) -> Option<String> {
    if words.len() > 16 {
        return None;
    }
    let start = words.iter().position(|w| month(w).is_some())?;
    if start > 1 {
        return None;
    }
    let m = month(words[start])?;
    let day: u32 = words.get(start + 1)?.trim_end_matches(',').parse().ok()?;
    let year: u32 = words
        .get(start + 2)?
        .trim_end_matches([',', '.'])
        .parse()
        .ok()?;
    ((1..=31).contains(&day) && (1900..=2100).contains(&year))
        .then(|| format!("{year:04}-{m:02}-{day:02}"))
}

/// The number of a month written as a name or a common abbreviation (`Sept.`, `Nov`).
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(['.', ',']).to_lowercase();
    const SHORT: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let w = if w == "sept" { "sep".to_string() } else { w };
    crate::dates::MONTHS
        .iter()
        .zip(SHORT)
        .position(|(name, short)| w == *name || w == short)
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod opening_tests {
    use super::*;

    #[test]
    fn scraped_openings_give_their_headline_outlet_and_date() {
        let o = read_opening(
            "Home \u{203a} News \u{203a} Local\n\nHarbor Street bridge closed indefinitely after inspectors find corroded beams\n\nBy Ellen Marsh | Port Calloway Ledger\nPublished Sept. 11, 2024 at 7:42 p.m. | Updated Sept. 11, 2024 at 9:15 p.m.\n\nThe body starts here and it is a long paragraph of news that goes on and on, well past twenty-five words, so that the opening ends right at this line.",
        );
        assert_eq!(
            o.title.as_deref(),
            Some("Harbor Street bridge closed indefinitely after inspectors find corroded beams")
        );
        assert_eq!(o.outlet.as_deref(), Some("Port Calloway Ledger"));
        assert_eq!(o.date.as_deref(), Some("2024-09-11"));
        // A photo credit and its caption are not the headline; a body line ends the opening.
        let o = read_opening(
            "Photo Credit: The White House via Flickr\nRussian Foreign Minister Sergey Lavrov with President Trump\n\nRussian Foreign Minister Sergey Lavrov told reporters on Tuesday in no uncertain terms that his government supports Iran's presence on Israel's border and has no intention to ask the Islamic Republic to withdraw its forces.\nA short line here",
        );
        assert_eq!(o, Opening::default());
        let o = read_opening("The council met on Monday. It agreed the budget.");
        assert_eq!(o.title, None);
        assert_eq!(month("Mar."), Some(3));
        assert_eq!(month("May"), Some(5));
        assert_eq!(month("Marcus"), None);
    }
}
