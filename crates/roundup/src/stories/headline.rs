//! A story's headline: a real title, else the lead sentence of its most central article.

use super::{HeadlineSource, StoryArticle};
use crate::clean::{clean_text, is_page_furniture};
use crate::text::split_sentences;

/// A real title of the most central article with one, else the lead sentence of the most central
/// article that has text.
pub(super) fn headline(members: &[StoryArticle], order: &[usize]) -> (String, HeadlineSource) {
    for &i in order {
        if let Some(t) = members[i].article.title.as_deref() {
            let t = crate::clean::normalize_inline(t);
            if !t.trim().is_empty() {
                return (t, HeadlineSource::Title);
            }
        }
    }
    // page furniture heads a story only when all its articles open with nothing else
    for skip_furniture in [true, false] {
        for &i in order {
            if let Some(lead) = opening_sentence(&members[i].article.text, skip_furniture) {
                return (lead, HeadlineSource::Lead);
            }
        }
    }
    (String::new(), HeadlineSource::None)
}

/// The first sentence of at least four words of the cleaned start of a text (cut at 40 words),
/// passing over page furniture ([`crate::clean::is_page_furniture`]: "Breaking News Emails Get
/// breaking news alerts ...", "FILE - In this 2013 file photo, ..."), which would otherwise head
/// every story of the site that prints it. None when the start holds nothing else.
pub fn lead_sentence(text: &str) -> Option<String> {
    opening_sentence(text, true)
}

/// [`lead_sentence`], passing over page furniture or not.
pub(super) fn opening_sentence(text: &str, skip_furniture: bool) -> Option<String> {
    let mut end = text.len();
    for (k, (i, _)) in text
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .enumerate()
    {
        if k == 120 {
            end = i;
            break;
        }
    }
    let (clean, _) = clean_text(&text[..end]);
    let sentences = split_sentences(&clean);
    let usable =
        |r: &&std::ops::Range<usize>| !(skip_furniture && is_page_furniture(&clean[(*r).clone()]));
    // a short sentence only when there is no longer one, and never the piece the cut left
    let complete = if end < text.len() {
        sentences.len().saturating_sub(1)
    } else {
        sentences.len()
    };
    let pick = sentences
        .iter()
        .filter(usable)
        .find(|r| clean[(*r).clone()].split_whitespace().count() >= 4)
        .or_else(|| sentences[..complete].iter().find(usable))?;
    let words: Vec<&str> = clean[pick.clone()].split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let mut s = words[..words.len().min(40)].join(" ");
    if words.len() > 40 {
        s.push_str(" …");
    }
    Some(s)
}
