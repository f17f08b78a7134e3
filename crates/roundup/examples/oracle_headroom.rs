//! How much ROUGE the sentence units and the eligibility rules leave reachable: the greedy oracle
//! ([`roundup::eval::oracle`]) under the current eligibility, under each rule relaxed alone, and
//! with every sentence eligible; the oracle's summaries are scored exactly (rouge-score's way).
//!
//! cargo run --release -p roundup --example oracle_headroom -- DATA.jsonl[.gz] WORDS [LIMIT]

use rayon::prelude::*;
use roundup::clean::clean_cluster;
use roundup::eval::oracle::greedy_oracle;
use roundup::eval::{read_eval_clusters, reference_lines, RougeMeans, RougeScorer, RougeText};
use roundup::pipeline::{cluster_from_texts, cut_to_words};
use roundup::summarize::vectors::{
    ends_like_a_sentence, starts_inside_a_quote, ClusterStats, MAX_SUMMARY_SENTENCE_WORDS,
    MIN_SUMMARY_SENTENCE_WORDS,
};
use roundup::text::{AnalysedCluster, Analyzer};

#[derive(Clone, Copy)]
struct Rules {
    name: &'static str,
    min_words: bool,
    max_words: bool,
    content_terms: bool,
    ends: bool,
    /// The ends-like-a-sentence rule only for an article's last sentence (a cut-off tail).
    ends_last_only: bool,
    quote: bool,
}

const ALL: Rules = Rules {
    name: "current eligibility",
    min_words: true,
    max_words: true,
    content_terms: true,
    ends: true,
    ends_last_only: false,
    quote: true,
};

fn eligible(c: &AnalysedCluster, stats: &ClusterStats, r: Rules, i: usize) -> bool {
    let s = &c.sentences[i];
    (!r.min_words || s.words >= MIN_SUMMARY_SENTENCE_WORDS)
        && (!r.max_words || s.words <= MAX_SUMMARY_SENTENCE_WORDS)
        && (!r.content_terms || stats.content_terms[i].len() >= 3)
        && (!r.ends
            || ends_like_a_sentence(&s.text)
            || (r.ends_last_only && i + 1 < c.article_sentences[s.article].end))
        && (!r.quote || !starts_inside_a_quote(&s.text))
}

fn oracle(
    c: &AnalysedCluster,
    stats: &ClusterStats,
    rules: Rules,
    refs: &[RougeText],
    scorer: &RougeScorer,
    words: usize,
) -> roundup::eval::RougeScores {
    let cands: Vec<usize> = (0..c.sentences.len())
        .filter(|&i| eligible(c, stats, rules, i))
        .collect();
    let texts: Vec<&str> = c.sentences.iter().map(|s| s.text.as_str()).collect();
    let chosen = greedy_oracle(scorer, &texts, &cands, refs, words);
    let lines: Vec<&str> = chosen.iter().map(|&i| texts[i]).collect();
    scorer.score_prepared(refs, &scorer.prepare(&cut_to_words(&lines, words)))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), Some(words)) = (args.get(1), args.get(2).and_then(|w| w.parse().ok())) else {
        eprintln!("usage: oracle_headroom DATA WORDS [LIMIT]");
        std::process::exit(2);
    };
    let limit: usize = args.get(3).and_then(|l| l.parse().ok()).unwrap_or(1000);
    let mut clusters = read_eval_clusters(std::path::Path::new(path)).expect("readable data");
    clusters.truncate(limit);
    let scorer = RougeScorer::new(true);
    let analyzer = Analyzer::new();
    let prepared: Vec<(AnalysedCluster, ClusterStats, Vec<RougeText>, usize)> = clusters
        .par_iter()
        .map(|c| {
            let raw_words: usize = c
                .documents
                .iter()
                .map(|d| d.split_whitespace().count())
                .sum();
            let a = analyzer.analyse(clean_cluster(cluster_from_texts(&c.id, &c.documents)));
            let stats = ClusterStats::new(&a);
            let refs = c
                .summaries
                .iter()
                .map(|s| scorer.prepare(&reference_lines(s)))
                .collect();
            (a, stats, refs, raw_words)
        })
        .collect();
    let raw: usize = prepared.iter().map(|p| p.3).sum();
    let kept: usize = prepared
        .iter()
        .map(|p| p.0.sentences.iter().map(|s| s.words).sum::<usize>())
        .sum();
    let sentences: usize = prepared.iter().map(|p| p.0.sentences.len()).sum();
    println!(
        "{} clusters: {raw} raw words, {kept} in sentences after cleaning ({:.1}%), {sentences} sentences",
        prepared.len(),
        100.0 * kept as f64 / raw.max(1) as f64
    );
    let mut variants = vec![ALL];
    variants.push(Rules {
        name: "no min words",
        min_words: false,
        ..ALL
    });
    variants.push(Rules {
        name: "no max words",
        max_words: false,
        ..ALL
    });
    variants.push(Rules {
        name: "no content-terms rule",
        content_terms: false,
        ..ALL
    });
    variants.push(Rules {
        name: "no ends-like-a-sentence",
        ends: false,
        ..ALL
    });
    variants.push(Rules {
        name: "ends rule on last only",
        ends_last_only: true,
        ..ALL
    });
    variants.push(Rules {
        name: "no inside-quote rule",
        quote: false,
        ..ALL
    });
    variants.push(Rules {
        name: "everything eligible",
        min_words: false,
        max_words: false,
        content_terms: false,
        ends: false,
        ends_last_only: false,
        quote: false,
    });
    let only: Option<String> = std::env::var("ORACLE_ONLY").ok();
    for rules in variants {
        if only.as_deref().is_some_and(|o| !rules.name.contains(o)) {
            continue;
        }
        let elig: usize = prepared
            .iter()
            .map(|(a, s, _, _)| {
                (0..a.sentences.len())
                    .filter(|&i| eligible(a, s, rules, i))
                    .count()
            })
            .sum();
        let means: RougeMeans = prepared
            .par_iter()
            .map(|(a, s, r, _)| oracle(a, s, rules, r, &scorer, words))
            .collect();
        let m = means.mean();
        println!(
            "{:<26} eligible {:>5.1}%  oracle {}",
            rules.name,
            100.0 * elig as f64 / sentences.max(1) as f64,
            m.r1_r2()
        );
    }
}
