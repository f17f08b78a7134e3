//! Per-cluster term statistics and sparse TF-IDF sentence vectors, computed once per cluster and
//! shared by every method, the redundancy check and the citations.

use std::sync::OnceLock;

use crate::clean::is_page_furniture;
use crate::text::{AnalysedCluster, TermId};

/// A sparse, L2-normalised vector over content terms, sorted by term id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseVector {
    pub entries: Vec<(TermId, f32)>,
}

impl SparseVector {
    /// Cosine similarity of two normalised vectors (a merge over sorted ids).
    pub fn cosine(&self, other: &SparseVector) -> f32 {
        crate::sets::sparse_dot(&self.entries, &other.entries)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Statistics of one analysed cluster that all methods share.
#[derive(Debug, Clone)]
pub struct ClusterStats {
    /// Inverse sentence frequency of each term (0 for stop words).
    pub idf: Vec<f32>,
    /// Number of distinct articles each term occurs in.
    pub article_df: Vec<u16>,
    /// TF-IDF vector of each sentence over content terms.
    pub vectors: Vec<SparseVector>,
    /// Sorted, deduplicated content terms of each sentence.
    pub content_terms: Vec<Vec<TermId>>,
    /// Sorted, deduplicated terms (stop words too) of each sentence, for [`set_overlap`].
    pub word_sets: Vec<Vec<TermId>>,
    /// Whether a sentence may appear in a summary at all: 6 to 80 words, 3 content terms, ends like a
    /// sentence, does not start inside a quotation, is not page furniture ([`is_page_furniture`]).
    /// (The learned model's `eligible` feature; selection also asks [`ClusterStats::readability`].)
    pub eligible: Vec<bool>,
    /// How each sentence reads out of its article ([`ClusterStats::readability`]), judged on
    /// first use: a method asks only about the sentences it considers.
    readability: Vec<OnceLock<(Readability, Option<Box<str>>)>>,
    /// Whether each article writes names in capitals
    /// ([`super::article_context::writes_names_in_capitals`]), judged on first use.
    cased_articles: Vec<OnceLock<bool>>,
    /// Number of articles in the cluster.
    pub articles: usize,
    /// Each term's word-importance prior ([`super::importance`]): how likely a human summary is
    /// to use the word when the articles do.
    pub term_prior: Vec<f32>,
}

/// Shortest sentence (in words) a summary may use.
pub const MIN_SUMMARY_SENTENCE_WORDS: usize = 6;
/// Longest sentence (in words) a summary may use: longer ones are usually run-ons from bad markup.
pub const MAX_SUMMARY_SENTENCE_WORDS: usize = 80;

/// How a sentence reads out of its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readability {
    /// Eligible, and reads without its neighbours, as it is or with a visible edit
    /// ([`super::standalone::standalone_text`]).
    Alone,
    /// Eligible, leans on the sentence before it in its article, which is eligible too (`He
    /// added that …` after the sentence naming him): a summary may take it only with that
    /// sentence, and shows the two together.
    AfterPrevious,
    /// Not for a summary: ineligible, or leaning on context no neighbour gives.
    Unreadable,
}

impl ClusterStats {
    /// How sentence `s` of `cluster` (the cluster these statistics were built from) reads out of
    /// its article; judged once, on first use.
    pub fn readability(&self, cluster: &AnalysedCluster, s: usize) -> Readability {
        self.verdict(cluster, s).0
    }

    /// Sentence `s` as a summary shows it: with the visible edit that makes it stand alone
    /// ([`super::standalone::standalone_text`]) where it needs one, else as it is.
    pub fn shown_text<'a>(&'a self, cluster: &'a AnalysedCluster, s: usize) -> &'a str {
        match &self.verdict(cluster, s).1 {
            Some(edited) => edited,
            None => &cluster.sentences[s].text,
        }
    }

    fn verdict(&self, cluster: &AnalysedCluster, s: usize) -> &(Readability, Option<Box<str>>) {
        static UNREADABLE: (Readability, Option<Box<str>>) = (Readability::Unreadable, None);
        let Some(cell) = self.readability.get(s) else {
            return &UNREADABLE;
        };
        cell.get_or_init(|| {
            if !self.eligible[s] {
                return (Readability::Unreadable, None);
            }
            let sentence = &cluster.sentences[s];
            let judged =
                super::standalone::standalone_text_at(&sentence.text, &sentence.word_ranges)
                    .and_then(|shown| {
                        // `The plane will return …` right after sentences about the plane
                        let before = (s.saturating_sub(super::article_context::DESCRIPTION_REACH)
                            ..s)
                            .filter(|&b| cluster.sentences[b].article == sentence.article)
                            .map(|b| cluster.sentences[b].text.as_str());
                        if super::article_context::refers_to_before(&shown, before) {
                            Err(super::standalone::Dependency::LeadingReference)
                        } else if self.writes_names_in_capitals(cluster, sentence.article)
                            && super::article_context::names_nothing(&shown)
                        {
                            Err(super::standalone::Dependency::NamesNothing)
                        } else {
                            Ok(shown)
                        }
                    });
            let readability = match &judged {
                Ok(_) => Readability::Alone,
                Err(why)
                    if why.is_mended_by_previous()
                        && s > 0
                        && cluster.sentences[s - 1].article == sentence.article
                        && self.eligible[s - 1] =>
                {
                    Readability::AfterPrevious
                }
                Err(_) => Readability::Unreadable,
            };
            let edited = match judged {
                Ok(std::borrow::Cow::Owned(edited)) => Some(edited.into_boxed_str()),
                _ => None,
            };
            (readability, edited)
        })
    }

    /// Whether article `a` of `cluster` writes names in capitals, judged once.
    fn writes_names_in_capitals(&self, cluster: &AnalysedCluster, a: usize) -> bool {
        let Some(cell) = self.cased_articles.get(a) else {
            return false;
        };
        *cell.get_or_init(|| {
            let range = cluster.article_sentences[a].clone();
            super::article_context::writes_names_in_capitals(
                cluster.sentences[range].iter().map(|s| s.text.as_str()),
            )
        })
    }

    /// Whether sentence `s` may stand in a summary on its own ([`Readability::Alone`]).
    pub fn stands_alone(&self, cluster: &AnalysedCluster, s: usize) -> bool {
        self.readability(cluster, s) == Readability::Alone
    }

    /// Every eligible sentence taken as standing alone: the stand-alone rule switched off (for
    /// measuring what it removes).
    pub fn without_standalone_rule(&mut self) {
        self.readability = self
            .eligible
            .iter()
            .map(|&e| {
                OnceLock::from(if e {
                    (Readability::Alone, None)
                } else {
                    (Readability::Unreadable, None)
                })
            })
            .collect();
    }

    pub fn new(cluster: &AnalysedCluster) -> Self {
        let vocab = &cluster.vocabulary;
        let n_terms = vocab.len();
        let n_sent = cluster.sentences.len();
        let mut sentence_df = vec![0u32; n_terms];
        let mut article_df = vec![0u16; n_terms];
        let mut last_article = vec![u32::MAX; n_terms];
        // one sort of each sentence's terms gives its word set, its content terms and their counts
        let mut word_sets: Vec<Vec<TermId>> = Vec::with_capacity(n_sent);
        let mut content_counts: Vec<Vec<(TermId, u32)>> = Vec::with_capacity(n_sent);
        for s in &cluster.sentences {
            let mut sorted = s.terms.clone();
            sorted.sort_unstable();
            let mut counts: Vec<(TermId, u32)> = Vec::with_capacity(sorted.len());
            for &t in &sorted {
                if vocab.is_stop(t) {
                    continue;
                }
                match counts.last_mut() {
                    Some((last, c)) if *last == t => *c += 1,
                    _ => counts.push((t, 1)),
                }
            }
            for &(t, _) in &counts {
                sentence_df[t as usize] += 1;
                if last_article[t as usize] != s.article as u32 {
                    last_article[t as usize] = s.article as u32;
                    article_df[t as usize] = article_df[t as usize].saturating_add(1);
                }
            }
            sorted.dedup();
            word_sets.push(sorted);
            content_counts.push(counts);
        }
        let n = n_sent.max(1) as f32;
        let idf: Vec<f32> = (0..n_terms)
            .map(|t| {
                if vocab.is_stop(t as TermId) || sentence_df[t] == 0 {
                    0.0
                } else {
                    (n / sentence_df[t] as f32).ln() + 1.0
                }
            })
            .collect();
        let vectors: Vec<SparseVector> = content_counts
            .iter()
            .map(|counts| {
                let mut entries: Vec<(TermId, f32)> = counts
                    .iter()
                    .map(|&(t, c)| (t, c as f32 * idf[t as usize]))
                    .collect();
                let norm = entries.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
                if norm > 0.0 {
                    for e in &mut entries {
                        e.1 /= norm;
                    }
                }
                SparseVector { entries }
            })
            .collect();
        let content_terms: Vec<Vec<TermId>> = content_counts
            .into_iter()
            .map(|counts| counts.into_iter().map(|(t, _)| t).collect())
            .collect();
        let eligible: Vec<bool> = cluster
            .sentences
            .iter()
            .zip(&content_terms)
            .map(|(s, terms)| {
                (MIN_SUMMARY_SENTENCE_WORDS..=MAX_SUMMARY_SENTENCE_WORDS).contains(&s.words)
                    && terms.len() >= 3
                    && ends_like_a_sentence_in(&s.text, cluster.language)
                    && in_cluster_language(cluster, s.article)
                    && !starts_inside_a_quote(&s.text)
                    && !is_page_furniture(&s.text)
            })
            .collect();
        ClusterStats {
            readability: (0..n_sent).map(|_| OnceLock::new()).collect(),
            cased_articles: (0..cluster.article_sentences.len())
                .map(|_| OnceLock::new())
                .collect(),
            idf,
            article_df,
            vectors,
            content_terms,
            word_sets,
            eligible,
            articles: cluster.articles.len(),
            term_prior: super::importance::shipped_term_priors(vocab),
        }
    }
}

/// Whether article `a` may give summary sentences in its cluster's language: outside English, an
/// article in another language may not (its words were read with the wrong tokenizer, and a summary
/// switching language mid-way reads badly). English clusters keep their long-standing behaviour.
fn in_cluster_language(cluster: &AnalysedCluster, a: usize) -> bool {
    cluster.language == crate::lang::Language::English
        || cluster
            .article_languages
            .get(a)
            .is_none_or(|&l| l == cluster.language)
}

/// Each vector's cosine with the normalised sum of all of them (the cluster's centroid direction).
/// The centroid is dense (indexed by term id, `n_terms` long), so each cosine costs the length of
/// its sentence vector rather than a merge through the whole centroid.
pub fn centroid_similarities(vectors: &[SparseVector], n_terms: usize) -> Vec<f32> {
    let mut centroid = vec![0.0f32; n_terms];
    for v in vectors {
        for &(t, w) in &v.entries {
            centroid[t as usize] += w;
        }
    }
    let norm = centroid.iter().map(|w| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        centroid.iter_mut().for_each(|w| *w /= norm);
    }
    vectors
        .iter()
        .map(|v| {
            v.entries
                .iter()
                .fold(0.0f32, |dot, &(t, w)| dot + w * centroid[t as usize])
        })
        .collect()
}

/// Whether a sentence ends as a statement does (a period or `!`, possibly inside closing quotes
/// or brackets): headlines, captions, questions and fragments cut by truncation do not.
pub fn ends_like_a_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']', ' ']);
    trimmed.ends_with(['.', '!'])
}

/// [`ends_like_a_sentence`] in a cluster written in `language`: outside English, a Devanagari danda
/// (`।`, `॥`) and the CJK full stop and exclamation mark (`。`, `！`) end a statement too, and
/// guillemets and low-high quotes (`»`, `“`) close one. English is exactly [`ends_like_a_sentence`].
pub fn ends_like_a_sentence_in(text: &str, language: crate::lang::Language) -> bool {
    if language == crate::lang::Language::English {
        return ends_like_a_sentence(text);
    }
    let trimmed = text.trim_end_matches([
        '"', '\'', '\u{201d}', '\u{201c}', '\u{2019}', '\u{bb}', '\u{300d}', ')', ']', ' ',
        '\u{a0}',
    ]);
    trimmed.ends_with(['.', '!', '\u{0964}', '\u{0965}', '\u{3002}', '\u{FF01}'])
}

/// Whether the sentence begins inside a quotation that an earlier sentence opened: its first
/// quote mark closes a quote (`We also state ... airspace," the minister stressed.`). Out of its
/// context such a piece misleads a reader about who says what, so summaries never use it.
pub fn starts_inside_a_quote(text: &str) -> bool {
    // quote marks: `"` and the typographic U+201C / U+201D (E2 80 9C / E2 80 9D in UTF-8)
    let bytes = text.as_bytes();
    let mut quotes = 0usize;
    let mut first = None;
    // only `"` and 0xE2 can start a quote mark: let memchr skip everything else
    for i in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        let is_quote = bytes[i] == b'"'
            || (bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x9C | 0x9D)));
        if is_quote {
            quotes += 1;
            first.get_or_insert(i);
        }
    }
    if quotes.is_multiple_of(2) {
        return false;
    }
    let Some(at) = first else {
        return false;
    };
    if text[at..].starts_with('\u{201c}') {
        return false;
    }
    // a closing quote hangs on the punctuation that ends the quoted words (`talking,"`); in
    // tokenised text (`talking , " he said`) it is followed by the lower-case attribution
    let touching = text[..at].ends_with([',', '.', '!', '?', ';']);
    let before = text[..at].trim_end();
    let mark = text[at..].chars().next().map_or(0, char::len_utf8);
    let after = text[at + mark..].trim_start();
    // tokenised text opens a quotation the same way: `saying in the interview , " i'm running`
    if before.ends_with(',') && after_speech(before) {
        return false;
    }
    touching
        || (before.ends_with([',', '.', '!', '?'])
            && after.chars().next().is_none_or(|c| c.is_lowercase()))
}

/// Whether one of the last four words of `before` introduces speech (`saying in the interview,`,
/// `a caption that read,`): a quotation mark after it opens the words said.
fn after_speech(before: &str) -> bool {
    // the participles and the past of `read` (its present, `reads`, is a speech verb)
    const INTRODUCERS: [&str; 7] = [
        "saying", "adding", "asking", "writing", "telling", "read", "tweeting",
    ];
    before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| {
            INTRODUCERS.iter().any(|v| w.eq_ignore_ascii_case(v))
                || crate::text::speech_verbs::is_finite_speech_verb(w)
        })
}

/// Share of the smaller sentence's distinct words that the other also has (all words, stop words too).
/// This is the reader's notion of "repeats": two sentences overlapping by half or more say the same.
pub fn unigram_overlap(a: &[TermId], b: &[TermId]) -> f32 {
    let mut x: Vec<TermId> = a.to_vec();
    let mut y: Vec<TermId> = b.to_vec();
    x.sort_unstable();
    x.dedup();
    y.sort_unstable();
    y.dedup();
    set_overlap(&x, &y)
}

/// [`unigram_overlap`] of two sets already sorted and de-duplicated ([`ClusterStats::word_sets`]).
pub fn set_overlap(x: &[TermId], y: &[TermId]) -> f32 {
    let smaller = x.len().min(y.len());
    if smaller == 0 {
        return 0.0;
    }
    crate::sets::intersection_size(x, y) as f32 / smaller as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_of_quotations_are_recognised() {
        assert!(starts_inside_a_quote(
            "We spent them talking,\" Ortiz said."
        ));
        assert!(starts_inside_a_quote(
            "We also state the fact of the illegitimate presence of the coalition,\" the minister stressed."
        ));
        assert!(starts_inside_a_quote("we will act . \" he said ."));
        assert!(!starts_inside_a_quote("\"We will act,\" he said."));
        assert!(!starts_inside_a_quote("He said: \"We will act."));
        assert!(!starts_inside_a_quote("Netanyahu said, \"We will act."));
        assert!(!starts_inside_a_quote(
            "Lavrov said the presence was legitimate."
        ));
        // typographic quotes count as quotes
        assert!(starts_inside_a_quote(
            "We spent them talking,\u{201d} Ortiz said."
        ));
        assert!(!starts_inside_a_quote(
            "\u{201c}We will act,\u{201d} he said."
        ));
        assert!(!starts_inside_a_quote("He said: \u{201c}We will act."));
        assert!(!starts_inside_a_quote(
            "Caf\u{e9} \u{2014} \u{2019}tis the season."
        ));
        // Multi-News's tokenised quotes: a mark after a speech word opens the words said
        assert!(!starts_inside_a_quote(
            "graham all but confirmed the run, saying in the interview, \" i'm running because of what you see on television."
        ));
        assert!(!starts_inside_a_quote(
            "she posted a photo with a caption that read, \"my first bow kill."
        ));
        assert!(starts_inside_a_quote(
            "other officers were able to return fire , \" carlson told reporters ."
        ));
    }

    #[test]
    fn statements_end_with_a_period_possibly_inside_quotes() {
        assert!(ends_like_a_sentence("He said it was \"legitimate.\""));
        assert!(ends_like_a_sentence("It rained (heavily)."));
        assert!(!ends_like_a_sentence(
            "Presence of Iranian advisors in Syria legitimate: Lavrov"
        ));
        assert!(!ends_like_a_sentence("Will it reopen?"));
        assert!(!ends_like_a_sentence("Read more:"));
    }

    #[test]
    fn overlap_is_relative_to_the_shorter_sentence() {
        assert_eq!(
            unigram_overlap(&[1, 2, 3, 4], &[3, 4, 5, 6, 7, 8, 9, 10]),
            0.5
        );
        assert_eq!(unigram_overlap(&[1, 1, 2], &[2, 9]), 0.5);
        assert_eq!(unigram_overlap(&[], &[1]), 0.0);
    }
}
