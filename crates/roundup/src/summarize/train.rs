//! Training the learned scorer ([`super::learned`]): features of every eligible sentence of
//! Multi-News train clusters, labelled by default with whether the greedy ROUGE oracle
//! ([`crate::eval::oracle`]) takes it (or with the sentence's own ROUGE, [`Label`]), fitted with
//! gradient-boosted trees (`forust-ml`, an XGBoost-style booster in pure
//! Rust), and written as a small JSON model file. Only built with the `train` feature.
//!
//! Everything is deterministic: clusters are taken in file order, features are computed in
//! parallel but collected in order, and the booster runs with a fixed seed and no sampling.

use forust_ml::objective::ObjectiveType;
use forust_ml::{GradientBooster, Matrix};
use rayon::prelude::*;

use crate::clean::clean_cluster;
use crate::eval::oracle::greedy_oracle;
use crate::eval::reference_lines;
use crate::eval::{EvalCluster, RougeMeans, RougeScorer, RougeScores, RougeText};
use crate::model::Budget;
use crate::pipeline::{cluster_from_texts, cut_to_words};
use crate::text::{AnalysedCluster, Analyzer};

use super::features::{sentence_features, FeatureRow, FEATURE_COUNT};
use super::importance::{summary_stems, WordPriors};
use super::learned::{self, Model, Tree};
use super::reading_order;
use super::select::{Selected, SelectionLimits};
use super::vectors::ClusterStats;
use crate::attribute::{AttributionParams, Attributor};

/// What a sentence's training target is, from its ROUGE against the reference summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Label {
    /// ROUGE-1 recall + ROUGE-2 recall.
    Recall,
    /// ROUGE-1 F + ROUGE-2 F.
    F,
    /// ROUGE-1 F + ROUGE-2 F, over the cluster's best sentence (a within-cluster ranking target).
    RelativeF,
    /// ROUGE-1 precision + ROUGE-2 precision: reference content per word, what a word budget buys
    /// (the default before oracle labels: F and recall favour long sentences, which transfers badly
    /// to 100-word budgets).
    Precision,
    /// 1 when the greedy ROUGE oracle ([`crate::eval::oracle`]) takes the sentence, else 0, fitted
    /// with log loss: the model learns which sentences a summary that could see the reference
    /// would take together, not how good each is alone.
    #[default]
    Oracle,
}

impl Label {
    /// The name `--label` takes.
    pub fn name(self) -> &'static str {
        match self {
            Label::Recall => "recall",
            Label::F => "f",
            Label::RelativeF => "relative-f",
            Label::Precision => "precision",
            Label::Oracle => "oracle",
        }
    }
}

impl std::str::FromStr for Label {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "recall" => Ok(Label::Recall),
            "f" => Ok(Label::F),
            "relative-f" => Ok(Label::RelativeF),
            "precision" => Ok(Label::Precision),
            "oracle" => Ok(Label::Oracle),
            _ => Err(format!(
                "unknown label '{s}' (choose from recall, f, relative-f, precision, oracle)"
            )),
        }
    }
}

/// Booster settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainOptions {
    pub label: Label,
    pub trees: usize,
    pub learning_rate: f32,
    pub max_depth: usize,
    pub min_leaf_weight: f32,
    pub l2: f32,
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            label: Label::default(),
            trees: 100,
            learning_rate: 0.2,
            max_depth: 5,
            min_leaf_weight: 20.0,
            l2: 1.0,
            seed: 42,
        }
    }
}

/// One eligible sentence: its features and its ROUGE-1/2 against the reference.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Example {
    pub cluster: u32,
    pub row: FeatureRow,
    /// ROUGE-1 P, R, F, then ROUGE-2 P, R, F.
    pub rouge: [f32; 6],
    /// Whether the greedy oracle at [`ORACLE_WORDS`] takes the sentence.
    pub oracle: bool,
}

/// The word budget of the oracle labels: Multi-News's.
pub const ORACLE_WORDS: usize = 230;

/// The examples of one cluster (its eligible sentences, in order).
fn cluster_examples(
    id: u32,
    cluster: &EvalCluster,
    analyzer: &Analyzer,
    scorer: &RougeScorer,
    priors: &WordPriors,
) -> Vec<Example> {
    if cluster.summaries.is_empty() {
        return Vec::new();
    }
    let refs: Vec<RougeText> = cluster
        .summaries
        .iter()
        .map(|s| scorer.prepare(&reference_lines(s)))
        .collect();
    let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(
        &cluster.id,
        &cluster.documents,
    )));
    let mut stats = ClusterStats::new(&analysed);
    // the priors as if this cluster's own summary had not been counted: the model must not learn
    // to trust priors that saw the answer
    let own = summary_stems(analyzer.tokenizer(), &cluster.summaries);
    stats.term_prior = priors.term_priors_leaving_out(&analysed.vocabulary, &own);
    let rows = sentence_features(&analysed, &stats);
    let texts: Vec<&str> = analysed.sentences.iter().map(|s| s.text.as_str()).collect();
    let candidates: Vec<usize> = (0..texts.len()).filter(|&i| stats.eligible[i]).collect();
    let oracle = greedy_oracle(scorer, &texts, &candidates, &refs, ORACLE_WORDS);
    rows.into_iter()
        .enumerate()
        .filter(|&(i, _)| stats.eligible[i])
        .map(|(i, row)| {
            let s: RougeScores =
                scorer.score_prepared(&refs, &scorer.prepare(&analysed.sentences[i].text));
            Example {
                cluster: id,
                row,
                rouge: [
                    s.rouge1.p as f32,
                    s.rouge1.r as f32,
                    s.rouge1.f as f32,
                    s.rouge2.p as f32,
                    s.rouge2.r as f32,
                    s.rouge2.f as f32,
                ],
                oracle: oracle.contains(&i),
            }
        })
        .collect()
}

/// Examples of every cluster, in cluster order (computed in parallel), with word-importance
/// priors from `priors` (made from these clusters, each cluster's own summary left out).
pub fn extract(clusters: &[EvalCluster], priors: &WordPriors) -> Vec<Example> {
    let analyzer = Analyzer::new();
    let scorer = RougeScorer::new(true);
    clusters
        .par_iter()
        .enumerate()
        .map(|(i, c)| cluster_examples(i as u32, c, &analyzer, &scorer, priors))
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect()
}

/// The training targets of `examples` under `label`.
pub fn labels(examples: &[Example], label: Label) -> Vec<f64> {
    let raw = |e: &Example| -> f64 {
        match label {
            Label::Recall => (e.rouge[1] + e.rouge[4]) as f64,
            Label::F | Label::RelativeF => (e.rouge[2] + e.rouge[5]) as f64,
            Label::Precision => (e.rouge[0] + e.rouge[3]) as f64,
            Label::Oracle => e.oracle as u8 as f64,
        }
    };
    let mut out: Vec<f64> = examples.iter().map(raw).collect();
    if label == Label::RelativeF {
        let mut start = 0;
        while start < examples.len() {
            let id = examples[start].cluster;
            let end = examples[start..]
                .iter()
                .position(|e| e.cluster != id)
                .map_or(examples.len(), |p| start + p);
            let max = out[start..end].iter().copied().fold(0.0f64, f64::max);
            for v in &mut out[start..end] {
                *v = if max > 0.0 { *v / max } else { 0.0 };
            }
            start = end;
        }
    }
    out
}

/// Fits the trees on `examples`; `command` is recorded in the model.
pub fn fit(examples: &[Example], options: &TrainOptions, command: &str) -> Result<Model, String> {
    if examples.is_empty() {
        return Err("no training examples".into());
    }
    let y = labels(examples, options.label);
    let rows = examples.len();
    // column-major, as forust's Matrix reads it
    let mut data = vec![0.0f64; rows * FEATURE_COUNT];
    for (r, e) in examples.iter().enumerate() {
        for (c, &v) in e.row.iter().enumerate() {
            data[c * rows + r] = v as f64;
        }
    }
    let matrix = Matrix::new(&data, rows, FEATURE_COUNT);
    let mut booster = GradientBooster::default()
        .set_objective_type(if options.label == Label::Oracle {
            ObjectiveType::LogLoss
        } else {
            ObjectiveType::SquaredLoss
        })
        .set_iterations(options.trees)
        .set_learning_rate(options.learning_rate)
        .set_max_depth(options.max_depth)
        .set_min_leaf_weight(options.min_leaf_weight)
        .set_l2(options.l2)
        .set_seed(options.seed)
        .set_initialize_base_score(true);
    booster
        .fit_unweighted(&matrix, &y, None)
        .map_err(|e| format!("training failed: {e}"))?;
    let trees = booster.trees.iter().map(convert_tree).collect();
    let model = Model::new(command.to_string(), booster.base_score as f32, trees);
    // a round trip through the checked reader guards the file we are about to write
    Model::from_json(&model.to_json())
}

/// A forust tree as our node arrays, renumbered breadth-first so children follow parents.
fn convert_tree(tree: &forust_ml::tree::Tree) -> Tree {
    let mut out = Tree::default();
    let nodes = &tree.nodes;
    if nodes.is_empty() {
        out.feature.push(-1);
        out.threshold.push(0.0);
        out.left.push(0);
        out.right.push(0);
        out.value.push(0.0);
        return out;
    }
    let mut order = vec![0usize];
    let mut k = 0;
    while k < order.len() {
        let n = &nodes[order[k]];
        if !n.is_leaf {
            order.push(n.left_child);
            order.push(n.right_child);
        }
        k += 1;
    }
    let mut new_index = vec![0u32; nodes.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new as u32;
    }
    for &old in &order {
        let n = &nodes[old];
        if n.is_leaf {
            out.feature.push(-1);
            out.threshold.push(0.0);
            out.left.push(0);
            out.right.push(0);
            out.value.push(n.weight_value);
        } else {
            out.feature.push(n.split_feature as i32);
            out.threshold.push(n.split_value);
            out.left.push(new_index[n.left_child]);
            out.right.push(new_index[n.right_child]);
            out.value.push(0.0);
        }
    }
    out
}

/// The summary `model` makes of `documents` at a word budget, cut at it, in reading order
/// (as [`crate::pipeline::summary_text_for_eval`] does for the built-in methods).
pub fn summary_text_with(
    model: &Model,
    documents: &[String],
    analyzer: &Analyzer,
    words: usize,
) -> String {
    let analysed = analyzer.analyse(clean_cluster(cluster_from_texts("eval", documents)));
    let stats = ClusterStats::new(&analysed);
    let limits = SelectionLimits::new(Budget::Words(words), true);
    let attributor = crate::attribute::Attributor::new(
        &analysed,
        &stats.idf,
        &stats.content_terms,
        crate::attribute::AttributionParams::default(),
    );
    let chosen = learned::select_with(model, &analysed, &stats, limits, Some(&attributor));
    ordered_text(&analysed, &stats, chosen, words)
}

/// Chosen sentences as a scored summary: cited, put in reading order, joined and cut at `words`.
pub fn ordered_text(
    cluster: &AnalysedCluster,
    stats: &ClusterStats,
    mut chosen: Vec<Selected>,
    words: usize,
) -> String {
    let attributor = Attributor::new(
        cluster,
        &stats.idf,
        &stats.content_terms,
        AttributionParams::default(),
    );
    let support: Vec<_> = chosen
        .iter()
        .map(|c| attributor.tellings(c.sentence))
        .collect();
    reading_order(cluster, &mut chosen, &support);
    let lines: Vec<&str> = chosen
        .iter()
        .map(|c| cluster.sentences[c.sentence].text.as_str())
        .collect();
    cut_to_words(&lines, words)
}

/// Mean ROUGE of `model`'s summaries of `clusters` at `words` words.
pub fn evaluate(model: &Model, clusters: &[EvalCluster], words: usize) -> RougeScores {
    let analyzer = Analyzer::new();
    let scorer = RougeScorer::new(true);
    let means: RougeMeans = clusters
        .par_iter()
        .map(|c| {
            let pred = summary_text_with(model, &c.documents, &analyzer, words);
            let refs: Vec<String> = c.summaries.iter().map(|s| reference_lines(s)).collect();
            scorer.score(&refs, &pred)
        })
        .collect();
    means.mean()
}
