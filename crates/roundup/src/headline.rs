//! What a reader sees first of a story and of an article (render helpers shared by the CLI's
//! source lists and `roundup serve`'s pages): a headline (the articles' own titles when they have
//! them, else a headline-length clause of a lead sentence, never a photo caption, a byline or page
//! furniture), and the outlet an article comes from.

use crate::clean::boilerplate::is_page_furniture;
use crate::clean::{clean_text, normalize_inline};
use crate::model::Article;
use crate::text::split_sentences;

/// What an article's outlet is called when neither its source nor its URL says.
pub const UNKNOWN_OUTLET: &str = "unknown outlet";

/// Most words of a headline made from a lead sentence.
const HEADLINE_WORDS: usize = 16;

/// The outlet of an article: its source, else the site of its URL (`www.` dropped), else
/// [`UNKNOWN_OUTLET`].
pub fn outlet(a: &Article) -> String {
    if let Some(s) = a.source.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        return s.to_string();
    }
    a.url
        .as_deref()
        .and_then(site)
        .unwrap_or_else(|| UNKNOWN_OUTLET.to_string())
}

/// The host of an http(s) URL, lower-cased, without `www.`; `None` when there is none.
pub fn site(url: &str) -> Option<String> {
    let u = url.trim();
    let rest = u
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("https://"))
        .map(|_| &u[8..])
        .or_else(|| {
            u.get(..7)
                .filter(|p| p.eq_ignore_ascii_case("http://"))
                .map(|_| &u[7..])
        })?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("").to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty() && host.contains('.')).then_some(host)
}

/// `s` with its first letter upper-cased when it opens with one (after any opening quotes or
/// brackets); lower-cased inputs keep the rest as they are.
pub fn capitalised(s: &str) -> String {
    let lead = s.char_indices().find(|(_, c)| {
        !matches!(
            c,
            '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '¿' | '¡' | ' '
        )
    });
    match lead {
        Some((i, c)) if c.is_lowercase() => {
            let mut out = String::with_capacity(s.len() + 2);
            out.push_str(&s[..i]);
            out.extend(c.to_uppercase());
            out.push_str(&s[i + c.len_utf8()..]);
            out
        }
        _ => s.to_string(),
    }
}

/// An article's own title, tidied, when it has one.
pub fn title(a: &Article) -> Option<String> {
    let t = normalize_inline(a.title.as_deref()?);
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then(|| capitalised(&t))
}

/// Whether a sentence describes a picture or names its author rather than telling the news:
/// "… in this picture released by …", "(AP Photo/…)", "By Jane Doe, Associated Press Writer".
pub fn is_caption_or_byline(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    const CAPTION: [&str; 16] = [
        "in this picture",
        "in this photo",
        "in this image",
        "in this handout",
        "in this file",
        "in this undated",
        "in this still",
        "picture released",
        "photo released",
        "photo taken",
        "file photo",
        "ap photo",
        "afp photo",
        "reuters/",
        "getty images",
        "photo credit",
    ];
    if CAPTION.iter().any(|p| lower.contains(p)) {
        return true;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    let byline = words.first() == Some(&"by") && words.len() <= 10;
    let writer = [
        "staff writer",
        "press writer",
        "correspondent",
        "contributed to this report",
    ]
    .iter()
    .any(|p| lower.contains(p))
        && words.len() <= 14;
    let stamp = ["posted:", "updated:", "published:", "last modified"]
        .iter()
        .any(|p| lower.contains(p));
    byline || writer || stamp
}

/// A headline-length clause of the first sentence of `text` that tells the news (at least four
/// words, not a caption, byline or page furniture), capitalised; `None` when the start of the
/// text has none. Reads at most the first 200 words.
pub fn lead_clause(text: &str) -> Option<String> {
    let end = text
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .nth(200)
        .map_or(text.len(), |(i, _)| i);
    let (clean, _) = clean_text(&text[..end]);
    let sentences = split_sentences(&clean);
    let complete = if end < text.len() {
        sentences.len().saturating_sub(1)
    } else {
        sentences.len()
    };
    let pick = sentences[..complete.max(1).min(sentences.len())]
        .iter()
        .map(|r| clean[r.clone()].trim())
        .find(|s| {
            s.split_whitespace().count() >= 4
                && !s.ends_with('?')
                && !is_page_furniture(s)
                && !is_caption_or_byline(s)
        })?;
    Some(clause(pick))
}

/// A sentence cut to headline length: its attribution ("…, officials said Monday") dropped, its
/// final stop dropped, and when still longer than [`HEADLINE_WORDS`], cut at a clause break or
/// else at the word limit with an ellipsis.
pub fn clause(sentence: &str) -> String {
    let s = sentence
        .trim()
        .trim_end_matches(['.', '!'])
        .trim_matches(|c| c == '"' || c == '\'' || c == '`');
    // "…, his press office said Thursday": the news without who said it.
    let mut s = s.to_string();
    if let Some(i) = s.rfind(", ") {
        let tail = &s[i + 2..];
        let said = tail.split_whitespace().count() <= 6
            && tail
                .split_whitespace()
                .any(|w| matches!(w, "said" | "says" | "reported" | "reports" | "announced"));
        if said && s[..i].split_whitespace().count() >= 5 {
            s.truncate(i);
        }
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= HEADLINE_WORDS {
        return capitalised(&words.join(" "));
    }
    // A clause break between the 6th and the limit's word: a comma, a dash, a semicolon, a colon.
    let mut cut = None;
    for (i, w) in words.iter().enumerate().take(HEADLINE_WORDS).skip(5) {
        if w.ends_with([',', ';', ':']) || words.get(i + 1).is_some_and(|n| *n == "—" || *n == "-")
        {
            cut = Some(i + 1);
        }
    }
    let out = match cut {
        Some(n) => words[..n]
            .join(" ")
            .trim_end_matches([',', ';', ':'])
            .to_string(),
        None => format!("{} …", words[..HEADLINE_WORDS - 2].join(" ")),
    };
    capitalised(&out)
}

/// Content words of a title, lower-cased (three letters or more), for comparing titles.
fn title_words(t: &str) -> Vec<String> {
    let mut w: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| {
            !matches!(
                w.as_str(),
                "the"
                    | "and"
                    | "for"
                    | "with"
                    | "from"
                    | "that"
                    | "this"
                    | "are"
                    | "was"
                    | "has"
                    | "have"
                    | "its"
                    | "after"
                    | "over"
                    | "into"
            )
        })
        .collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// The most representative of a story's titles: the one closest to all the others (the sum of its
/// word cosines with them), the earliest on a tie.
/// Reads at most the first 40 titles.
pub fn representative_title(titles: &[String]) -> Option<String> {
    let titles: Vec<&String> = titles.iter().take(40).collect();
    let words: Vec<Vec<String>> = titles.iter().map(|t| title_words(t)).collect();
    let mut best: Option<(usize, f32)> = None;
    for (i, wi) in words.iter().enumerate() {
        if wi.is_empty() {
            continue;
        }
        let score: f32 = words
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, wj)| {
                let shared = wi.iter().filter(|w| wj.binary_search(w).is_ok()).count();
                shared as f32 / ((wi.len() * wj.len().max(1)) as f32).sqrt()
            })
            .sum();
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((i, score));
        }
    }
    best.or_else(|| (!titles.is_empty()).then_some((0, 0.0)))
        .map(|(i, _)| titles[i].clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_come_from_the_source_else_the_site_else_are_unknown() {
        let a = |source: Option<&str>, url: Option<&str>| Article {
            source: source.map(str::to_string),
            url: url.map(str::to_string),
            ..Article::default()
        };
        assert_eq!(outlet(&a(Some(" APW "), Some("https://x.org/a"))), "APW");
        assert_eq!(
            outlet(&a(None, Some("https://www.Herald.example:443/a/b?c"))),
            "herald.example"
        );
        assert_eq!(
            outlet(&a(Some(""), Some("javascript:alert(1)"))),
            UNKNOWN_OUTLET
        );
        assert_eq!(outlet(&a(None, None)), UNKNOWN_OUTLET);
    }

    #[test]
    fn a_lead_clause_passes_over_captions_and_bylines_and_is_headline_length() {
        let text = "north koreans perform during the arirang mass games at may day stadium in pyongyang in this picture released by the korean central news agency on sunday. \
north korea fired two short-range missiles into the sea off its east coast on monday, south korea's military said.";
        let h = lead_clause(text).unwrap();
        assert_eq!(
            h,
            "North korea fired two short-range missiles into the sea off its east coast on monday"
        );
        let wire = "By JOHN SMITH, Associated Press Writer\nPresident Boris Yeltsin has suffered minor burns on his right hand, \nhis press office said Thursday. Asked about small bandages, the office said little.";
        assert_eq!(
            lead_clause(wire).unwrap(),
            "President Boris Yeltsin has suffered minor burns on his right hand"
        );
        let long = "Rescue teams working through the night in the flooded river valley pulled dozens of people from the roofs of their homes, as the water kept rising on Tuesday.";
        let h = lead_clause(long).unwrap();
        assert!(h.split_whitespace().count() <= HEADLINE_WORDS, "{h}");
        assert!(
            h.starts_with("Rescue teams working through the night"),
            "{h}"
        );
    }

    #[test]
    fn the_representative_title_shares_the_most_with_the_others() {
        let titles = [
            "Opinion: what we get wrong".to_string(),
            "Earthquake kills 12 in Port Town".to_string(),
            "Port Town earthquake: rescuers search rubble".to_string(),
            "Rescuers search Port Town rubble after quake".to_string(),
        ];
        assert_eq!(
            representative_title(&titles).as_deref(),
            Some("Port Town earthquake: rescuers search rubble")
        );
        assert_eq!(capitalised("«north korea»"), "«North korea»");
        assert_eq!(capitalised("<b>x</b>"), "<b>x</b>");
        assert_eq!(capitalised("ébola"), "Ébola");
    }
}
