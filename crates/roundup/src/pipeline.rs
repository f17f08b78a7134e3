//! The whole pipeline for one cluster, composed from the stages' public functions:
//! clean → analyse → summarize (+ citations). Used by the CLI, the evaluation and, later, servers.

use crate::clean::clean_cluster;
use crate::compare::{self, Comparison};
use crate::lang::Language;
use crate::model::{Article, Budget, Cluster, Summary};
use crate::render::SummaryDocument;
use crate::summarize::{self, ClusterStats, CoverageParams, SummaryOptions};
use crate::text::{AnalysedCluster, Analyzer};

/// A cluster taken through the pipeline.
#[derive(Debug, Clone)]
pub struct SummarizedCluster {
    pub analysed: AnalysedCluster,
    pub summary: Summary,
    pub boilerplate_lines_removed: usize,
    pub method: &'static str,
    pub budget: Budget,
    /// The outlet comparison, when asked for ([`summarize_and_compare_cluster`]).
    pub comparison: Option<Comparison>,
}

impl SummarizedCluster {
    /// The view the render stage needs.
    pub fn document(&self) -> SummaryDocument<'_> {
        SummaryDocument {
            cluster_id: &self.analysed.id,
            articles: &self.analysed.articles,
            duplicates: &self.analysed.duplicates,
            set_aside: &self.analysed.set_aside,
            analysed: Some(&self.analysed),
            summary: &self.summary,
            method: self.method,
            budget: self.budget,
            boilerplate_lines_removed: self.boilerplate_lines_removed,
            comparison: self.comparison.as_ref(),
            language: self.analysed.language,
            article_languages: &self.analysed.article_languages,
        }
    }
}

/// Builds every stage's start-up tables (patterns, automata, the shipped priors and model) now
/// rather than inside the first cluster, where one thread builds while the others wait: for a
/// server's start-up and before a timed run. Summaries are the same with or without it.
pub fn prepare(method: summarize::Method) {
    crate::clean::prepare();
    crate::text::prepare();
    summarize::prepare(method);
}

/// Cleans, analyses and summarizes one cluster, with citations.
pub fn summarize_cluster(
    cluster: Cluster,
    analyzer: &Analyzer,
    options: &SummaryOptions,
) -> SummarizedCluster {
    run(cluster, analyzer, options, false)
}

/// [`summarize_cluster`] plus the outlet comparison (quotes and speakers, consensus, only-here,
/// disputed: the `comparison` section of the JSON output), on the same sentence statistics.
pub fn summarize_and_compare_cluster(
    cluster: Cluster,
    analyzer: &Analyzer,
    options: &SummaryOptions,
) -> SummarizedCluster {
    run(cluster, analyzer, options, true)
}

fn run(
    cluster: Cluster,
    analyzer: &Analyzer,
    options: &SummaryOptions,
    with_comparison: bool,
) -> SummarizedCluster {
    let clean = clean_cluster(cluster);
    let boilerplate_lines_removed = clean.boilerplate_lines_removed;
    let analysed = analyzer.analyse(clean);
    let stats = ClusterStats::new(&analysed);
    let options = &options_for_language(options, analysed.language);
    let summary = summarize::summarize_with_stats(&analysed, &stats, options);
    let comparison = with_comparison.then(|| compare::compare(&analysed, &stats));
    SummarizedCluster {
        analysed,
        summary,
        boilerplate_lines_removed,
        method: options.method.name(),
        budget: options.budget,
        comparison,
    }
}

/// The summary options for a cluster analysed in `language`: English keeps `options` as they are.
/// Elsewhere, when the coverage parameters are the defaults, the lead prior is much stronger
/// (`lead_boost` 25 instead of 1.5) and centrality is left out: on MultiLing 2011 (BENCHMARKS.md,
/// "Beyond English") the human summaries lean on the articles' leads, and this took the mean ROUGE-1/2
/// over the six non-English languages from 48.99/24.35 to 50.43/26.26. (The figures come from
/// the same 60 clusters the setting was chosen on: there is no other multilingual set with
/// references here.)
pub fn options_for_language(options: &SummaryOptions, language: Language) -> SummaryOptions {
    let mut out = *options;
    if language != Language::English && options.coverage == CoverageParams::default() {
        out.coverage.lead_boost = 25.0;
        out.coverage.centrality_exponent = 0.0;
    }
    out
}

/// Builds a cluster from bare document texts (evaluation data), numbering the articles.
pub fn cluster_from_texts(id: &str, documents: &[String]) -> Cluster {
    Cluster {
        id: id.to_string(),
        articles: documents
            .iter()
            .enumerate()
            .filter(|(_, d)| !d.trim().is_empty())
            .map(|(i, d)| Article {
                id: format!("{id}#{}", i + 1),
                origin: format!("{id}#{}", i + 1),
                text: d.clone(),
                ..Article::default()
            })
            .collect(),
    }
}

/// The summary text an evaluation scores: one sentence a line, selected to fill a word budget
/// and cut at it (the field's convention), in the same reading order as [`summarize_cluster`].
pub fn summary_text_for_eval(
    documents: &[String],
    analyzer: &Analyzer,
    options: &SummaryOptions,
) -> String {
    let clean = clean_cluster(cluster_from_texts("eval", documents));
    let analysed = analyzer.analyse(clean);
    let stats = ClusterStats::new(&analysed);
    let mut eval_options = options_for_language(options, analysed.language);
    eval_options.fill_budget = true;
    let chosen = summarize::select_cited(&analysed, &stats, &eval_options);
    let texts = summarize::shown_texts(&analysed, &stats, &chosen);
    let lines: Vec<&str> = texts.iter().map(String::as_str).collect();
    match options.budget {
        Budget::Words(n) => cut_to_words(&lines, n),
        Budget::Sentences(_) => lines.join("\n"),
    }
}

/// Joins lines, keeping at most `limit` whitespace-separated words in all.
pub fn cut_to_words(lines: &[&str], limit: usize) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
    let mut left = limit;
    for line in lines {
        if left == 0 {
            break;
        }
        // a line already single-spaced (nearly every one: sentence texts are) is copied whole,
        // or up to the space after its last word that fits
        if let Some(kept) = single_spaced_prefix(line, left) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&line[..kept.end]);
            left -= kept.words;
            continue;
        }
        // an ASCII line splits on its bytes, with no character decoded
        if line.is_ascii() {
            push_words(&mut out, ascii_whitespace_words(line), &mut left);
        } else {
            push_words(&mut out, line.split_whitespace(), &mut left);
        }
    }
    out
}

/// The first words of a [`single_spaced_prefix`] line: where they end and how many there are.
struct KeptWords {
    end: usize,
    words: usize,
}

/// For a non-empty ASCII `line` whose words are separated by single spaces, with no other
/// whitespace and none at either end (so that splitting it on whitespace and joining the words
/// with spaces gives it back): where its first `left` words end (`left` > 0) and how many words
/// that is (all of them when it has no more than `left`). `None` for any other line.
fn single_spaced_prefix(line: &str, left: usize) -> Option<KeptWords> {
    let bytes = line.as_bytes();
    let (&first, &last) = (bytes.first()?, bytes.last()?);
    if first == b' ' || last == b' ' {
        return None;
    }
    // no byte outside ASCII (whose whitespace would need decoding), no ASCII whitespace but the
    // space (tab, line feed, vertical tab, form feed, carriage return) and no two spaces in a
    // row: passes with no branch, which the compiler vectorizes
    let odd = bytes.iter().fold(0u8, |acc, &b| {
        acc | (b & 0x80) | u8::from(b.wrapping_sub(b'\t') < 5)
    });
    let doubled = bytes
        .iter()
        .zip(&bytes[1..])
        .fold(false, |acc, (&a, &b)| acc | ((a == b' ') & (b == b' ')));
    if odd != 0 || doubled {
        return None;
    }
    let spaces = bytes.iter().filter(|&&b| b == b' ').count();
    if spaces < left {
        return Some(KeptWords {
            end: bytes.len(),
            words: spaces + 1,
        });
    }
    // the `left`-th space ends the words that fit
    let end = bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b' ')
        .nth(left - 1)
        .map_or(bytes.len(), |(i, _)| i);
    Some(KeptWords { end, words: left })
}

/// Appends up to `left` of `words` to `out` as one line (after a line break unless `out` is
/// empty), single-spaced, and counts them off `left`; nothing when there is no word.
fn push_words<'a>(out: &mut String, words: impl Iterator<Item = &'a str>, left: &mut usize) {
    for (i, word) in words.take(*left).enumerate() {
        if i > 0 {
            out.push(' ');
        } else if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(word);
        *left -= 1;
    }
}

/// [`str::split_whitespace`] of an ASCII `line`: the ASCII characters that are
/// [`char::is_whitespace`] are the space and `\t` to `\r`.
fn ascii_whitespace_words(line: &str) -> impl Iterator<Item = &str> {
    let bytes = line.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() && !is_space(bytes[i]) {
            i += 1;
        }
        Some(&line[start..i])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_keeps_lines_and_stops_at_the_word_limit() {
        let lines = ["one two three", "four five", "six"];
        assert_eq!(cut_to_words(&lines, 4), "one two three\nfour");
        assert_eq!(cut_to_words(&lines, 5), "one two three\nfour five");
        assert_eq!(cut_to_words(&lines, 100), "one two three\nfour five\nsix");
        assert_eq!(cut_to_words(&lines, 0), "");
    }

    /// `cut_to_words` as first written: every line split on whitespace, the words joined.
    fn cut_reference(lines: &[&str], limit: usize) -> String {
        let mut out: Vec<String> = Vec::new();
        let mut left = limit;
        for line in lines {
            let words: Vec<&str> = line.split_whitespace().take(left).collect();
            left -= words.len();
            if !words.is_empty() {
                out.push(words.join(" "));
            }
        }
        out.join("\n")
    }

    proptest::proptest! {
        #[test]
        fn cutting_equals_splitting_and_joining(
            lines in proptest::collection::vec("([a-z.,]|[ ]|\\s|\u{e9}|\u{a0}){0,30}", 0..5),
            limit in 0usize..40,
        ) {
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(cut_to_words(&lines, limit), cut_reference(&lines, limit));
        }
    }

    #[test]
    fn cut_splits_on_every_kind_of_whitespace() {
        let lines = [
            "  one\ttwo\u{b}three\u{c}four\r",
            "",
            " \n ",
            "f\u{e9}e\u{a0}five  six",
        ];
        assert_eq!(
            cut_to_words(&lines, 100),
            "one two three four\nf\u{e9}e five six"
        );
        assert_eq!(cut_to_words(&lines, 5), "one two three four\nf\u{e9}e");
    }
}
