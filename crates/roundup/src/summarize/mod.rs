//! The summarize stage: score sentences, select under a budget without repetition, cite sources.
//!
//! Methods (see [`Method`]) share one [`ClusterStats`] per cluster, one [`select::Selector`] for the
//! budget and redundancy rules, and cite through the attribute stage ([`crate::attribute`]).

pub mod article_context;
pub mod coverage;
pub mod features;
pub mod importance;
pub mod introduce;
pub mod lead;
pub mod learned;
pub mod lexrank;
pub mod select;
pub mod standalone;
#[cfg(feature = "train")]
pub mod train;
pub mod vectors;

use std::fmt;
use std::str::FromStr;

use crate::attribute::{AttributionParams, Attributor};
use crate::model::{Budget, Summary, SummarySentence, Support};
use crate::text::AnalysedCluster;

pub use coverage::CoverageParams;
pub use select::{Selected, SelectionLimits};
pub use vectors::ClusterStats;

/// A summarization method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Method {
    /// Shared-concept coverage with a lead prior (the default).
    #[default]
    Coverage,
    /// LexRank centrality (classic unsupervised baseline).
    LexRank,
    /// Round-robin lead (the field's baseline).
    Lead,
    /// Gradient-boosted trees over sentence features, trained on Multi-News (`roundup train`).
    Learned,
}

impl Method {
    pub const ALL: [Method; 4] = [
        Method::Coverage,
        Method::LexRank,
        Method::Lead,
        Method::Learned,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Method::Coverage => "coverage",
            Method::LexRank => "lexrank",
            Method::Lead => "lead",
            Method::Learned => "learned",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Method {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Method::ALL
            .into_iter()
            .find(|m| m.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                let names: Vec<&str> = Method::ALL.iter().map(|m| m.name()).collect();
                format!("unknown method '{s}' (choose from {})", names.join(", "))
            })
    }
}

/// The order of a summary's sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SentenceOrder {
    /// Lead with the sentence most outlets report, then by position in the articles.
    #[default]
    Reading,
    /// By the publication date of the article each sentence came from (undated last), then as
    /// in `Reading`: how the story unfolded.
    Date,
}

impl FromStr for SentenceOrder {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "reading" => Ok(SentenceOrder::Reading),
            "date" => Ok(SentenceOrder::Date),
            _ => Err(format!("unknown order '{s}' (choose from reading, date)")),
        }
    }
}

/// How to summarize.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SummaryOptions {
    pub method: Method,
    pub budget: Budget,
    /// See [`SelectionLimits::fill_budget`]: true for evaluation at a word budget.
    pub fill_budget: bool,
    pub coverage: CoverageParams,
    pub citations: AttributionParams,
    pub order: SentenceOrder,
}

/// Loads the shipped word priors (and, for [`Method::Learned`], the model) now instead of at the
/// first cluster: at a server's start-up or before a timed run. The stage works the same without it.
pub fn prepare(method: Method) {
    let _ = importance::shipped_priors();
    if method == Method::Learned {
        let _ = learned::shipped_model();
    }
}

/// Chooses the summary's sentences (indices into `cluster.sentences`), in selection order.
pub fn select(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    options: &SummaryOptions,
) -> Vec<Selected> {
    // (the baselines ask no claims: no attribute stage is built for them)
    let attributor = asks_claims(options.method)
        .then(|| Attributor::new(cluster, &stats.idf, &stats.content_terms, options.citations));
    choose(cluster, stats, options, attributor.as_ref())
}

/// [`select`] with the cluster's attribute stage (the one that will cite the summary).
pub fn select_with_claims<'a>(
    cluster: &'a AnalysedCluster,
    stats: &'a ClusterStats,
    options: &SummaryOptions,
    attributor: &'a Attributor<'a>,
) -> Vec<Selected> {
    choose(cluster, stats, options, Some(attributor))
}

/// Whether `method` chooses by what a sentence adds (coverage, learned): it takes no sentence
/// whose claim another outlet's chosen sentence already tells in other words while a new claim
/// fits. The baselines keep their textbook form.
fn asks_claims(method: Method) -> bool {
    matches!(method, Method::Coverage | Method::Learned)
}

fn choose<'a>(
    cluster: &'a AnalysedCluster,
    stats: &'a ClusterStats,
    options: &SummaryOptions,
    attributor: Option<&'a Attributor<'a>>,
) -> Vec<Selected> {
    let mut limits = SelectionLimits::new(options.budget, options.fill_budget);
    limits.reach = match options.method {
        Method::LexRank => {
            select::early_reach_of(cluster, stats, options.budget, lexrank::REACH_BUDGETS)
        }
        _ => select::early_reach(cluster, stats, options.budget),
    };
    let claims = attributor.filter(|_| asks_claims(options.method));
    match options.method {
        Method::Lead => lead::select(cluster, stats, limits),
        Method::LexRank => lexrank::select(cluster, stats, limits),
        Method::Coverage => coverage::select(cluster, stats, limits, &options.coverage, claims),
        Method::Learned => learned::select(cluster, stats, limits, claims),
    }
}

/// Orders chosen sentences for reading, as outlets order the news: first what they put first.
/// Each chosen sentence gets a *place*: its relative position (0 = lead, 1 = end) in every article
/// of the cluster — in its own, and in each article that reports it (its supports) — with 1 for an
/// article that does not report it, averaged over the articles. So a fact most outlets report near
/// their top reads first, and a fact one outlet leads with but the others leave out does not. The
/// summary opens with the best-placed sentence that states something rather than quoting someone
/// (a quotation opens only when every chosen sentence is one: a reader meets the event before
/// someone's words about it); every article's own order is kept (a sentence waits for the chosen
/// sentences before it in its article); ties go to the higher score.
/// `support[i]` is the support of `chosen[i]`.
pub fn reading_order(cluster: &AnalysedCluster, chosen: &mut [Selected], support: &[Vec<Support>]) {
    let ordered: Vec<Selected> = reading_permutation(cluster, chosen, support)
        .into_iter()
        .map(|i| chosen[i])
        .collect();
    chosen.copy_from_slice(&ordered);
}

/// Where article `article` tells sentence `index`: 0 for its first sentence, towards 1 for its last.
fn relative_position(cluster: &AnalysedCluster, article: usize, index: usize) -> f32 {
    let sentences = cluster
        .article_sentences
        .get(article)
        .map_or(1, |r| r.len());
    index as f32 / sentences.max(1) as f32
}

/// [`reading_order`] as the indices of `chosen` in reading order.
fn reading_permutation(
    cluster: &AnalysedCluster,
    chosen: &[Selected],
    support: &[Vec<Support>],
) -> Vec<usize> {
    let sentence = |i: usize| &cluster.sentences[chosen[i].sentence];
    let articles = cluster.articles.len().max(1);
    let place: Vec<f32> = (0..chosen.len())
        .map(|i| {
            let own = sentence(i);
            let mut sum = relative_position(cluster, own.article, own.index);
            let mut reporting = 1;
            let others = support.get(i).map_or(&[][..], Vec::as_slice);
            for s in others.iter().filter(|s| s.article != own.article) {
                sum += relative_position(cluster, s.article, s.sentence_index);
                reporting += 1;
            }
            (sum + articles.saturating_sub(reporting) as f32) / articles.max(reporting) as f32
        })
        .collect();
    let states_the_news = |i: usize| {
        !sentence(i)
            .text
            .starts_with(['"', '\u{201C}', '\'', '\u{2018}'])
    };
    let mut placed = vec![false; chosen.len()];
    let mut order = Vec::with_capacity(chosen.len());
    while order.len() < chosen.len() {
        // ready: not placed, and no unplaced chosen sentence comes before it in its own article
        let ready = |i: usize| {
            !placed[i]
                && !(0..chosen.len()).any(|j| {
                    !placed[j]
                        && sentence(j).article == sentence(i).article
                        && sentence(j).index < sentence(i).index
                })
        };
        let opening = order.is_empty();
        let key = |i: usize| (opening && !states_the_news(i), place[i]);
        let Some(next) = (0..chosen.len()).filter(|&i| ready(i)).min_by(|&a, &b| {
            let (ka, kb) = (key(a), key(b));
            ka.0.cmp(&kb.0)
                .then(ka.1.total_cmp(&kb.1))
                .then(chosen[b].score.total_cmp(&chosen[a].score))
                .then(sentence(a).article.cmp(&sentence(b).article))
        }) else {
            break; // unreachable: the earliest unplaced sentence of any article is ready
        };
        placed[next] = true;
        order.push(next);
    }
    keep_followers_together(cluster, chosen, order)
}

/// `order` with every chosen sentence that follows the sentence before it in its article (and
/// that one is chosen too) moved right after it: a sentence that leans on the one before reads
/// with it ([`Readability::AfterPrevious`](vectors::Readability::AfterPrevious)).
fn keep_followers_together(
    cluster: &AnalysedCluster,
    chosen: &[Selected],
    order: Vec<usize>,
) -> Vec<usize> {
    let follower_of = |i: usize| -> Option<usize> {
        let s = chosen[i].sentence;
        let sentence = &cluster.sentences[s];
        if sentence.index == 0 {
            return None;
        }
        // the chosen sentence right before it in its article
        (0..chosen.len()).find(|&j| chosen[j].sentence + 1 == s)
    };
    let leads: Vec<Option<usize>> = (0..chosen.len()).map(follower_of).collect();
    let mut out = Vec::with_capacity(order.len());
    let mut placed = vec![false; chosen.len()];
    for &i in &order {
        if placed[i] || leads[i].is_some_and(|p| !placed[p]) {
            continue;
        }
        let mut next = Some(i);
        while let Some(k) = next {
            placed[k] = true;
            out.push(k);
            next = (0..chosen.len()).find(|&f| !placed[f] && leads[f] == Some(k));
        }
    }
    // anything not yet placed (a follower whose sentence before came later): in order
    out.extend(order.iter().copied().filter(|&i| !placed[i]));
    out
}

/// Chooses, cites and orders: the selected sentences with their supports, in reading order.
pub fn select_cited(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    options: &SummaryOptions,
) -> Vec<(Selected, Vec<Support>)> {
    let attributor = Attributor::new(cluster, &stats.idf, &stats.content_terms, options.citations);
    let chosen = select_with_claims(cluster, stats, options, &attributor);
    // the citations are those that report each claim; the order follows where the outlets tell
    // each fact in any words (the loose test)
    let (mut support, tellings): (Vec<Vec<Support>>, Vec<Vec<Support>>) = chosen
        .iter()
        .map(|c| attributor.supports_and_tellings(c.sentence))
        .unzip();
    let mut cited: Vec<(Selected, Vec<Support>)> = reading_permutation(cluster, &chosen, &tellings)
        .into_iter()
        .map(|i| (chosen[i], std::mem::take(&mut support[i])))
        .collect();
    if options.order == SentenceOrder::Date {
        let day = |c: &Selected| {
            let article = &cluster.articles[cluster.sentences[c.sentence].article];
            article.date.as_deref().and_then(crate::dates::parse_day)
        };
        // stable: sentences of one day keep their reading order
        cited.sort_by_key(|(c, _)| day(c).map_or((1, 0), |d| (0, d)));
    }
    cited
}

/// Summarizes an analysed cluster: select, cite, order.
pub fn summarize(cluster: &AnalysedCluster, options: &SummaryOptions) -> Summary {
    summarize_with_stats(cluster, &ClusterStats::new(cluster), options)
}

/// [`summarize`] on statistics already computed for the cluster (shared with other analyses).
pub fn summarize_with_stats(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    options: &SummaryOptions,
) -> Summary {
    let cited = select_cited(cluster, stats, options);
    let texts = shown_texts(cluster, stats, &cited);
    let sentences = cited
        .into_iter()
        .zip(texts)
        .map(|((c, support), text)| {
            let s = &cluster.sentences[c.sentence];
            SummarySentence {
                text: quotation_closed(&text),
                article: s.article,
                sentence_index: s.index,
                score: c.score,
                support,
            }
        })
        .collect();
    Summary { sentences }
}

/// The chosen sentences as the summary shows them, in its order: each made to stand alone
/// ([`ClusterStats::shown_text`]), and each surname the summary has not yet introduced preceded
/// by the words its article introduced it with ([`introduce::introduce_names`]).
pub fn shown_texts(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    cited: &[(Selected, Vec<Support>)],
) -> Vec<String> {
    let order: Vec<usize> = cited.iter().map(|(c, _)| c.sentence).collect();
    let texts = order
        .iter()
        .map(|&s| stats.shown_text(cluster, s).to_string())
        .collect();
    introduce::introduce_names(cluster, &order, texts)
}

/// A summary sentence as it reads alone: a quotation it opens and the article continues into its
/// next sentence (`... told reporters: "We state the fact ... government.`) is closed at the
/// sentence's end, as a journalist quoting part of it would. A sentence that opens with a lone,
/// spaced mark (`" the manager said ...` in space-tokenised copies) is left alone: that mark may
/// close the previous sentence's quotation as well as open one.
fn quotation_closed(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    out.push_str(text);
    if !text.starts_with("\" ") && text.matches('"').count() % 2 == 1 {
        out.push('"');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn support(similarity: f32, articles: usize) -> Vec<Support> {
        (0..articles)
            .map(|article| Support {
                article,
                sentence_index: 0,
                evidence: vec![0],
                similarity,
            })
            .collect()
    }

    #[test]
    fn a_quotation_that_runs_on_past_the_sentence_is_closed() {
        assert_eq!(
            quotation_closed("Lavrov told reporters: \"We state the fact of our presence."),
            "Lavrov told reporters: \"We state the fact of our presence.\""
        );
        let whole = "\"We will act,\" he said.";
        assert_eq!(quotation_closed(whole), whole);
        assert_eq!(quotation_closed("No quotation here."), "No quotation here.");
        let tokenised = "\" the manager said the shop gets one copy a day.";
        assert_eq!(quotation_closed(tokenised), tokenised);
    }

    #[test]
    fn lexrank_keeps_to_the_articles_first_sentences_when_they_hold_twice_the_budget() {
        // each outlet leads with its own angle; every second sentence retells the same event,
        // so LexRank would rank those elaborations first
        let openings = [
            "Rescue teams in Riverton pulled two fishermen from the flooded harbour early Monday morning.",
            "The mayor of Riverton ordered the closure of every school along the swollen river on Monday.",
            "Farmers near Riverton lost most of their winter wheat as the river burst its banks overnight.",
            "Insurers said on Monday that flood claims in the Riverton valley could reach record levels.",
            "Power was cut to about four thousand homes in Riverton as the floodwater reached a substation.",
            "Volunteers filled sandbags through the night to protect the old town of Riverton on Monday.",
        ];
        let texts: Vec<String> = openings
            .iter()
            .map(|o| {
                format!(
                    "{o} The river rose six feet above the flood line in Riverton, officials said. \
                     The river rose after three days of heavy rain in the hills above Riverton."
                )
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let c = crate::text::analysed_texts(&refs);
        let stats = ClusterStats::new(&c);
        let budget = Budget::Words(40);
        // the other methods may reach the second sentences; LexRank keeps to the first
        assert!(select::early_reach(&c, &stats, budget) >= 2);
        let options = SummaryOptions {
            method: Method::LexRank,
            budget,
            ..Default::default()
        };
        let chosen = select(&c, &stats, &options);
        assert!(!chosen.is_empty());
        for s in &chosen {
            assert_eq!(
                c.sentences[s.sentence].index, 0,
                "LexRank took {:?}",
                c.sentences[s.sentence].text
            );
        }
    }

    #[test]
    fn a_summary_opens_with_the_news_not_with_a_quotation() {
        let c = crate::text::analysed_texts(&[
            "\"We will not reopen it,\" the mayor said. The city closed the bridge on Tuesday.",
            "The council voted on Wednesday to pay for repairs.",
        ]);
        assert_eq!(c.sentences.len(), 3);
        let (quote, closed, vote) = (0, 1, 2);
        let mut chosen: Vec<Selected> = [quote, closed, vote]
            .iter()
            .map(|&sentence| Selected {
                sentence,
                score: 1.0,
            })
            .collect();
        // the quotation is the most reported sentence, then the council vote
        let supports = vec![support(0.9, 2), support(0.3, 1), support(0.5, 2)];
        reading_order(&c, &mut chosen, &supports);
        let order: Vec<usize> = chosen.iter().map(|s| s.sentence).collect();
        assert_eq!(
            order[0], vote,
            "the best-reported statement opens: {order:?}"
        );

        // only quotations chosen: the most reported one opens
        let mut only_quote = vec![Selected {
            sentence: quote,
            score: 1.0,
        }];
        reading_order(&c, &mut only_quote, &[support(0.9, 2)]);
        assert_eq!(only_quote[0].sentence, quote);
    }

    #[test]
    fn what_outlets_put_first_reads_first_and_each_article_keeps_its_order() {
        let c = crate::text::analysed_texts(&[
            "The council voted on Wednesday to pay for repairs. Traffic is light on weekends. \
             The city closed the bridge on Tuesday.",
            "The bridge was closed on Tuesday after an inspection. The council vote came a day later.",
            "Inspectors found corroded beams, and the bridge closed on Tuesday. Shops lost customers.",
        ]);
        let at = |article: usize, index: usize| c.article_sentences[article].start + index;
        let (vote, closed) = (at(0, 0), at(0, 2));
        let on = |article: usize, sentence_index: usize| Support {
            article,
            sentence_index,
            evidence: vec![sentence_index],
            similarity: 0.5,
        };
        let weak = |article: usize, sentence_index: usize| Support {
            similarity: 0.4,
            ..on(article, sentence_index)
        };
        // the vote: first in its own article, last in one other, absent from the third; the
        // closure: last in its own article, first in both others
        let supports = vec![vec![on(1, 1)], vec![on(1, 0), on(2, 0)]];
        let mut chosen = vec![
            Selected {
                sentence: vote,
                score: 2.0,
            },
            Selected {
                sentence: closed,
                score: 1.0,
            },
        ];
        let order: Vec<usize> = reading_permutation(&c, &chosen, &supports)
            .into_iter()
            .map(|i| chosen[i].sentence)
            .collect();
        // the closure is better placed, but the vote comes before it in their shared article
        assert_eq!(order, [vote, closed]);

        // the same two facts from different articles, each told by all three: the vote in the
        // middle of the others (more closely worded), the closure at the top of two of three
        chosen[1].sentence = at(1, 0);
        let supports = vec![vec![on(1, 1), on(2, 1)], vec![weak(0, 2), weak(2, 0)]];
        let order: Vec<usize> = reading_permutation(&c, &chosen, &supports)
            .into_iter()
            .map(|i| chosen[i].sentence)
            .collect();
        assert_eq!(order, [at(1, 0), vote]);
    }
}
