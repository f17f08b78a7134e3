//! Per-sentence features for the learned scorer ([`super::learned`]).
//!
//! Every feature is computed from the [`AnalysedCluster`] and its [`ClusterStats`] (no second
//! tokenizer), and none depends on letter case: terms are lower-cased stems, and the text-level
//! signals (quotes, digits) are case-free. None depends on how long an article is either — the
//! Multi-News copies are cut to ~500 words per cluster while DUC and TAC articles are whole — so
//! position is the sentence's index from the top of its article, never a share of its length or
//! a distance from its end.
//!
//! The features, in [`FEATURE_NAMES`] order:
//!
//! | name | what |
//! |---|---|
//! | `position` | index of the sentence in its article (0 = lead) |
//! | `is_first` | 1 for an article's first sentence |
//! | `articles` | number of articles in the cluster |
//! | `words` | whitespace words |
//! | `content_terms` | distinct content stems |
//! | `stop_share` | share of the sentence's tokens that are stop words |
//! | `centroid` | TF-IDF cosine with the cluster centroid |
//! | `centroid_rel` | `centroid` over the cluster's largest |
//! | `lexrank` | LexRank centrality × number of sentences (1 = average) |
//! | `lexrank_rel` | centrality over the cluster's largest |
//! | `uni_df_mean` | mean over content stems of (articles containing it) / articles |
//! | `uni_shared_share` | share of content stems found in ≥ 2 articles |
//! | `uni_shared_sum` | Σ over content stems of (article-df − 1) / (articles − 1) |
//! | `bi_df_mean`, `bi_shared_share`, `bi_shared_sum` | the same over stem bigrams (not both stop words) |
//! | `coverage_rel` | the coverage method's concept weight (0.6 × unigrams + bigrams, df − 1 each) over the cluster's largest |
//! | `first_sim` | cosine with the first sentence of its own article (1 for that sentence) |
//! | `max_other_sim` | largest cosine with a sentence of another article |
//! | `lead_other_sim` | largest cosine with another article's first sentence |
//! | `lead_other_rel` | (at the end of the row) `lead_other_sim` over the cluster's largest |
//! | `article_centrality` | cosine of the sentence's article (sum of its sentence vectors) with the whole cluster's |
//! | `article_other_sim` | cosine of its article with the other articles together (0 alone): off-topic pages score low |
//! | `words_before` | words of its article before it, capped at [`WORDS_BEFORE_CAP`] |
//! | `prev_sim` | cosine with the sentence before it in its article (0 for the first) |
//! | `rank_in_article` | rank of its coverage weight among its article's sentences (0 = best), capped at [`POSITION_CAP`] |
//! | `rank_in_cluster` | rank of its coverage weight in the cluster, capped at [`RANK_CAP`] |
//! | `support_share` | other articles having a sentence with cosine ≥ 0.3, over (articles − 1) |
//! | `support` | that number of articles |
//! | `inside_quote` | starts inside a quotation ([`starts_inside_a_quote`]) |
//! | `numbers` | tokens made of digits |
//! | `eligible` | may appear in a summary at all ([`ClusterStats::eligible`]) |
//! | `imp_mean`, `imp_max`, `imp_sum` | mean, largest and sum of the word-importance priors ([`super::importance`], [`ClusterStats::term_prior`]) of its content stems |
//! | `imp_bigram_share` | share of its bigrams (not both stop words) whose content stems' mean prior is at least [`IMPORTANT_PRIOR`] |
//! | `imp_shared_sum` | Σ over content stems of prior × (article-df − 1) / (articles − 1): important words several outlets use |
//!
//! Left out on purpose: whether a sentence quotes someone or has a reporting verb ("said").
//! Multi-News references (newser.com) quote sources often, DUC and TAC abstracts hardly ever, so
//! a model that learns to like quotes on Multi-News falls from 41.7 to 35.9 ROUGE-1 on DUC 2003.
//! For the same reason `position` is capped at [`POSITION_CAP`]: the truncated Multi-News
//! articles rarely have more sentences, and trees would extrapolate from a handful of examples.

use rustc_hash::FxHashMap;

use crate::text::{AnalysedCluster, TermId};

use super::lexrank;
use super::vectors::{centroid_similarities, starts_inside_a_quote, ClusterStats};

/// The feature names, in column order. The model file lists them too and must match.
pub const FEATURE_NAMES: [&str; 37] = [
    "position",
    "is_first",
    "articles",
    "words",
    "content_terms",
    "stop_share",
    "centroid",
    "centroid_rel",
    "lexrank",
    "lexrank_rel",
    "uni_df_mean",
    "uni_shared_share",
    "uni_shared_sum",
    "bi_df_mean",
    "bi_shared_share",
    "bi_shared_sum",
    "coverage_rel",
    "first_sim",
    "max_other_sim",
    "lead_other_sim",
    "support_share",
    "support",
    "inside_quote",
    "numbers",
    "eligible",
    "lead_other_rel",
    "article_centrality",
    "article_other_sim",
    "words_before",
    "prev_sim",
    "rank_in_article",
    "rank_in_cluster",
    "imp_mean",
    "imp_max",
    "imp_sum",
    "imp_bigram_share",
    "imp_shared_sum",
];

/// A word-importance prior at or above this makes a word important (the mean over all stems
/// of Multi-News train is about 0.35, content words mostly lie between 0.1 and 0.4).
pub const IMPORTANT_PRIOR: f32 = 0.4;

/// Number of features per sentence.
pub const FEATURE_COUNT: usize = FEATURE_NAMES.len();

/// One sentence's features, in [`FEATURE_NAMES`] order.
pub type FeatureRow = [f32; FEATURE_COUNT];

/// Cosine at or above which a sentence of another article reports the same thing
/// (the cosine citation threshold the learned model was trained with).
const SUPPORT_SIMILARITY: f32 = 0.3;

/// Positions past this count as this: Multi-News articles rarely reach it, DUC's often do.
const POSITION_CAP: usize = 10;

/// Word offsets past this count as this (a truncated Multi-News article has ~150 words).
const WORDS_BEFORE_CAP: usize = 200;

/// Cluster ranks past this count as this.
const RANK_CAP: usize = 30;

/// For each article, the cosine of its summed sentence vectors with the whole cluster's sum, and
/// with the sum of the other articles' (0 when it is alone): one pass over the vectors, the
/// "others" as the total minus the article.
fn article_similarities(cluster: &AnalysedCluster, stats: &ClusterStats) -> (Vec<f32>, Vec<f32>) {
    let mut total = vec![0.0f32; stats.idf.len()];
    let mut sums: Vec<Vec<(TermId, f32)>> = Vec::with_capacity(cluster.article_sentences.len());
    let mut dense = vec![0.0f32; stats.idf.len()];
    let mut touched: Vec<TermId> = Vec::new();
    for r in &cluster.article_sentences {
        for v in &stats.vectors[r.clone()] {
            for &(t, w) in &v.entries {
                if dense[t as usize] == 0.0 {
                    touched.push(t);
                }
                dense[t as usize] += w;
            }
        }
        touched.sort_unstable();
        let sum: Vec<(TermId, f32)> = touched
            .drain(..)
            .map(|t| {
                let w = std::mem::take(&mut dense[t as usize]);
                total[t as usize] += w;
                (t, w)
            })
            .collect();
        sums.push(sum);
    }
    let total_sq: f64 = total.iter().map(|&w| (w as f64) * (w as f64)).sum();
    let mut centrality = Vec::with_capacity(sums.len());
    let mut other = Vec::with_capacity(sums.len());
    for sum in &sums {
        let own_sq: f64 = sum.iter().map(|&(_, w)| (w as f64) * (w as f64)).sum();
        let dot: f64 = sum
            .iter()
            .map(|&(t, w)| w as f64 * total[t as usize] as f64)
            .sum();
        let cos = |d: f64, a: f64, b: f64| {
            if a > 0.0 && b > 1e-12 {
                (d / (a.sqrt() * b.sqrt())) as f32
            } else {
                0.0
            }
        };
        centrality.push(cos(dot, own_sq, total_sq));
        // (total − own) · own and |total − own|²
        let rest_sq = total_sq - 2.0 * dot + own_sq;
        other.push(if rest_sq > 1e-6 * total_sq {
            cos(dot - own_sq, own_sq, rest_sq)
        } else {
            0.0 // nothing else in the cluster (rounding leaves a trace of the article itself)
        });
    }
    (centrality, other)
}

/// Every pair's TF-IDF cosine (`n × n`, row-major, 1 on the diagonal), through an inverted index:
/// only pairs sharing a term cost anything, where [`SparseVector::cosine`] over all pairs merges
/// every pair (the difference on 300-sentence clusters is several-fold). Each pair's products are
/// summed in the same order as `cosine` sums them, so the values are the same to the bit.
pub fn similarity_matrix(stats: &ClusterStats) -> Vec<f32> {
    let n = stats.vectors.len();
    let mut sim = vec![0.0f32; n * n];
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); stats.idf.len()];
    for (i, v) in stats.vectors.iter().enumerate() {
        sim[i * n + i] = 1.0;
        for &(t, w) in &v.entries {
            let list = &mut postings[t as usize];
            for &(j, wj) in list.iter() {
                sim[j as usize * n + i] += wj * w;
            }
            list.push((i as u32, w));
        }
    }
    for j in 0..n {
        for i in (j + 1)..n {
            sim[i * n + j] = sim[j * n + i];
        }
    }
    sim
}

/// Rank of each value among `values` (0 = largest; ties share the better rank's order by index).
fn ranks(values: &[f32]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[b].total_cmp(&values[a]).then(a.cmp(&b)));
    let mut out = vec![0; values.len()];
    for (r, &i) in order.iter().enumerate() {
        out[i] = r;
    }
    out
}

fn bigram_key(a: TermId, b: TermId) -> u64 {
    ((a as u64) << 32) | b as u64
}

/// Stem bigrams of a sentence that are not two stop words, deduplicated.
fn bigrams(cluster: &AnalysedCluster, sentence: usize, out: &mut Vec<u64>) {
    out.clear();
    let vocab = &cluster.vocabulary;
    let terms = &cluster.sentences[sentence].terms;
    for w in terms.windows(2) {
        if !(vocab.is_stop(w[0]) && vocab.is_stop(w[1])) {
            out.push(bigram_key(w[0], w[1]));
        }
    }
    out.sort_unstable();
    out.dedup();
}

fn share_of_max(values: &[f32]) -> Vec<f32> {
    let max = values.iter().copied().fold(0.0f32, f32::max);
    values
        .iter()
        .map(|&v| if max > 0.0 { v / max } else { 0.0 })
        .collect()
}

/// The features of every sentence of `cluster`, in sentence order.
pub fn sentence_features(cluster: &AnalysedCluster, stats: &ClusterStats) -> Vec<FeatureRow> {
    let n = cluster.sentences.len();
    if n == 0 {
        return Vec::new();
    }
    let vocab = &cluster.vocabulary;
    let articles = cluster.articles.len().max(1);
    let a = articles as f32;
    let others = (articles - 1) as f32;

    // bigram article frequencies
    let mut sentence_bigrams: Vec<Vec<u64>> = Vec::with_capacity(n);
    let mut bigram_df: FxHashMap<u64, (u16, u32)> = FxHashMap::default();
    let mut scratch = Vec::new();
    for (i, s) in cluster.sentences.iter().enumerate() {
        bigrams(cluster, i, &mut scratch);
        let tag = s.article as u32 + 1;
        for &b in &scratch {
            let e = bigram_df.entry(b).or_insert((0, 0));
            if e.1 != tag {
                e.0 = e.0.saturating_add(1);
                e.1 = tag;
            }
        }
        sentence_bigrams.push(scratch.clone());
    }

    let sim = similarity_matrix(stats);

    let centroid_sim = centroid_similarities(&stats.vectors, stats.idf.len());
    let centroid_rel = share_of_max(&centroid_sim);
    let lexrank = lexrank::centrality_with(n, |i, j| sim[i * n + j]);
    let (article_centrality, article_other_sim) = article_similarities(cluster, stats);
    let mut words_before = vec![0usize; n];
    for r in &cluster.article_sentences {
        let mut acc = 0;
        for i in r.clone() {
            words_before[i] = acc;
            acc += cluster.sentences[i].words;
        }
    }
    let lexrank_rel = share_of_max(&lexrank);

    let mut rows: Vec<FeatureRow> = Vec::with_capacity(n);
    let mut coverage_weight = Vec::with_capacity(n);
    let mut best_lead_sim: Vec<f32> = Vec::with_capacity(n);
    for (i, s) in cluster.sentences.iter().enumerate() {
        let terms = &stats.content_terms[i];
        let mut uni_df_sum = 0.0f32;
        let mut uni_shared = 0usize;
        let mut uni_shared_sum = 0.0f32;
        for &t in terms {
            let df = stats.article_df[t as usize].max(1) as f32;
            uni_df_sum += df / a;
            if df >= 2.0 {
                uni_shared += 1;
                uni_shared_sum += df - 1.0;
            }
        }
        let prior = &stats.term_prior;
        let mut imp_sum = 0.0f32;
        let mut imp_max = 0.0f32;
        let mut imp_shared = 0.0f32;
        for &t in terms {
            let p = prior[t as usize];
            imp_sum += p;
            imp_max = imp_max.max(p);
            let df = stats.article_df[t as usize].max(1) as f32;
            imp_shared += p * (df - 1.0);
        }
        let bis = &sentence_bigrams[i];
        let important_bigrams = bis
            .iter()
            .filter(|&&b| {
                let (x, y) = ((b >> 32) as TermId, b as TermId);
                let p = match (vocab.is_stop(x), vocab.is_stop(y)) {
                    (false, false) => 0.5 * (prior[x as usize] + prior[y as usize]),
                    (true, _) => prior[y as usize],
                    (false, true) => prior[x as usize],
                };
                p >= IMPORTANT_PRIOR
            })
            .count();
        let mut bi_df_sum = 0.0f32;
        let mut bi_shared = 0usize;
        let mut bi_shared_sum = 0.0f32;
        for b in bis {
            let df = bigram_df.get(b).map_or(1, |e| e.0.max(1)) as f32;
            bi_df_sum += df / a;
            if df >= 2.0 {
                bi_shared += 1;
                bi_shared_sum += df - 1.0;
            }
        }
        coverage_weight.push(0.6 * uni_shared_sum + bi_shared_sum);

        let range = &cluster.article_sentences[s.article];
        let first_sim = sim[i * n + range.start];
        let mut max_other = 0.0f32;
        let mut lead_other = 0.0f32;
        let mut support = 0usize;
        for (b, r) in cluster.article_sentences.iter().enumerate() {
            if b == s.article || r.is_empty() {
                continue;
            }
            let row = &sim[i * n + r.start..i * n + r.end];
            let best = row.iter().copied().fold(0.0f32, f32::max);
            max_other = max_other.max(best);
            lead_other = lead_other.max(row[0]);
            if best >= SUPPORT_SIMILARITY {
                support += 1;
            }
        }
        best_lead_sim.push(lead_other);

        let n_terms = s.terms.len().max(1) as f32;
        let stops = s.terms.iter().filter(|&&t| vocab.is_stop(t)).count() as f32;
        let numbers = s
            .terms
            .iter()
            .filter(|&&t| {
                let stem = vocab.stem(t);
                !stem.is_empty() && stem.bytes().all(|c| c.is_ascii_digit())
            })
            .count();
        let per = |x: f32, k: usize| if k > 0 { x / k as f32 } else { 0.0 };
        let share = |x: usize, k: usize| if k > 0 { x as f32 / k as f32 } else { 0.0 };
        let norm_others = |x: f32| if others > 0.0 { x / others } else { 0.0 };

        let mut row: FeatureRow = [0.0; FEATURE_COUNT];
        row[0] = s.index.min(POSITION_CAP) as f32;
        row[1] = (s.index == 0) as u8 as f32;
        row[2] = a;
        row[3] = s.words as f32;
        row[4] = terms.len() as f32;
        row[5] = stops / n_terms;
        row[6] = centroid_sim[i];
        row[7] = centroid_rel[i];
        row[8] = lexrank.get(i).copied().unwrap_or(0.0) * n as f32;
        row[9] = lexrank_rel.get(i).copied().unwrap_or(0.0);
        row[10] = per(uni_df_sum, terms.len());
        row[11] = share(uni_shared, terms.len());
        row[12] = norm_others(uni_shared_sum);
        row[13] = per(bi_df_sum, bis.len());
        row[14] = share(bi_shared, bis.len());
        row[15] = norm_others(bi_shared_sum);
        // row[16]: coverage_rel, below
        row[17] = first_sim;
        row[18] = max_other;
        row[19] = lead_other;
        row[20] = norm_others(support as f32);
        row[21] = support as f32;
        row[22] = starts_inside_a_quote(&s.text) as u8 as f32;
        row[23] = numbers as f32;
        row[24] = stats.eligible[i] as u8 as f32;
        row[28] = words_before[i].min(WORDS_BEFORE_CAP) as f32;
        row[29] = if s.index > 0 { sim[i * n + i - 1] } else { 0.0 };
        row[32] = per(imp_sum, terms.len());
        row[33] = imp_max;
        row[34] = imp_sum;
        row[35] = share(important_bigrams, bis.len());
        row[36] = norm_others(imp_shared);
        rows.push(row);
    }
    let coverage_rel = share_of_max(&coverage_weight);
    let lead_rel = share_of_max(&best_lead_sim);
    let cluster_rank = ranks(&coverage_weight);
    let mut article_rank = vec![0usize; n];
    for r in &cluster.article_sentences {
        for (k, rank) in ranks(&coverage_weight[r.clone()]).into_iter().enumerate() {
            article_rank[r.start + k] = rank;
        }
    }
    for (i, row) in rows.iter_mut().enumerate() {
        let a = cluster.sentences[i].article;
        row[16] = coverage_rel[i];
        row[25] = lead_rel[i];
        row[26] = article_centrality[a];
        row[27] = article_other_sim[a];
        row[30] = article_rank[i].min(POSITION_CAP) as f32;
        row[31] = cluster_rank[i].min(RANK_CAP) as f32;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysed(docs: &[&str]) -> AnalysedCluster {
        crate::text::analysed_texts(docs)
    }

    fn col(name: &str) -> usize {
        FEATURE_NAMES.iter().position(|n| *n == name).unwrap()
    }

    const DOCS: [&str; 3] = [
        "The storm flooded the coastal town of Eastport on Monday night. A local bakery owner baked bread for the volunteers all week.",
        "Rescue teams said the storm flooded the coastal town of Eastport overnight. The mayor thanked a choir that sang at the shelter.",
        "Officials confirmed the storm flooded the coastal town of Eastport this week. Insurance adjusters counted 120 damaged homes near the harbour.",
    ];

    #[test]
    fn a_sentence_three_articles_share_covers_more_than_one_in_one_article() {
        let c = analysed(&DOCS);
        let stats = ClusterStats::new(&c);
        let rows = sentence_features(&c, &stats);
        assert_eq!(rows.len(), c.sentences.len());
        let shared = 0; // first sentence of the first article: reported by all three
        let alone = 1; // the bakery sentence: in one article only
        assert!(c.sentences[alone].text.contains("bakery"));
        for name in [
            "uni_df_mean",
            "uni_shared_share",
            "uni_shared_sum",
            "bi_shared_sum",
            "coverage_rel",
            "support",
            "max_other_sim",
            "centroid",
        ] {
            let f = col(name);
            assert!(
                rows[shared][f] > rows[alone][f],
                "{name}: shared {} vs alone {}",
                rows[shared][f],
                rows[alone][f]
            );
        }
        assert_eq!(rows[shared][col("support")], 2.0);
        assert_eq!(rows[alone][col("support")], 0.0);
        assert_eq!(rows[shared][col("is_first")], 1.0);
        assert_eq!(rows[alone][col("position")], 1.0);
        assert_eq!(rows[alone][col("articles")], 3.0);
        let numbers = col("numbers");
        assert_eq!(rows[5][numbers], 1.0, "{}", c.sentences[5].text);
        assert!(rows.iter().flatten().all(|x| x.is_finite()));
    }

    #[test]
    fn an_off_topic_article_and_its_late_sentences_stand_out() {
        let mut docs = DOCS.to_vec();
        docs.push("Subscribe to our newsletter for the latest deals on garden furniture. Privacy policy and cookie settings apply to every visitor.");
        let c = analysed(&docs);
        let stats = ClusterStats::new(&c);
        let rows = sentence_features(&c, &stats);
        let off = c.article_sentences[3].start;
        for name in ["article_other_sim", "article_centrality"] {
            let f = col(name);
            assert!(
                rows[off][f] < rows[0][f],
                "{name}: {} vs {}",
                rows[off][f],
                rows[0][f]
            );
        }
        let (wb, prev) = (col("words_before"), col("prev_sim"));
        assert_eq!(rows[0][wb], 0.0);
        assert_eq!(rows[1][wb], c.sentences[0].words as f32);
        assert_eq!(rows[0][prev], 0.0);
        let rank = col("rank_in_article");
        assert!(rows.iter().all(|r| r[rank] <= 1.0));
    }

    #[test]
    fn importance_features_follow_the_word_priors() {
        let c = analysed(&DOCS);
        let mut stats = ClusterStats::new(&c);
        // the bakery sentence's content words are important, every other word is not
        let bakery = 1;
        for p in stats.term_prior.iter_mut() {
            *p = 0.1;
        }
        for &t in &stats.content_terms[bakery] {
            stats.term_prior[t as usize] = 0.9;
        }
        let rows = sentence_features(&c, &stats);
        let (mean, max, sum, bi) = (
            col("imp_mean"),
            col("imp_max"),
            col("imp_sum"),
            col("imp_bigram_share"),
        );
        assert!((rows[bakery][mean] - 0.9).abs() < 1e-6);
        assert!((rows[0][mean] - 0.1).abs() < 1e-6);
        assert_eq!(rows[bakery][max], 0.9);
        assert!(rows[bakery][sum] > rows[0][sum]);
        assert_eq!(rows[bakery][bi], 1.0);
        assert_eq!(rows[0][bi], 0.0);
        // Σ prior × (articles with the word − 1) / (articles − 1): five of the storm sentence's
        // words are in all three articles; of the bakery sentence's, only "week" is in another
        let shared = col("imp_shared_sum");
        assert!((rows[0][shared] - 5.0 * 0.1 * 2.0 / 2.0).abs() < 1e-5);
        assert!((rows[bakery][shared] - 0.9 * 1.0 / 2.0).abs() < 1e-5);
    }

    #[test]
    fn the_indexed_similarity_matrix_is_the_pairwise_cosine() {
        let c = analysed(&DOCS);
        let stats = ClusterStats::new(&c);
        let n = c.sentences.len();
        let sim = similarity_matrix(&stats);
        for i in 0..n {
            assert_eq!(sim[i * n + i], 1.0);
            for j in 0..n {
                if i != j {
                    let want = stats.vectors[i.min(j)].cosine(&stats.vectors[i.max(j)]);
                    assert_eq!(sim[i * n + j], want, "{i} {j}");
                }
            }
        }
    }

    #[test]
    fn features_do_not_depend_on_letter_case() {
        let lower: Vec<String> = DOCS.iter().map(|d| d.to_lowercase()).collect();
        let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
        let (a, b) = (analysed(&DOCS), analysed(&lower));
        assert_eq!(a.sentences.len(), b.sentences.len());
        let (sa, sb) = (ClusterStats::new(&a), ClusterStats::new(&b));
        assert_eq!(sentence_features(&a, &sa), sentence_features(&b, &sb));
    }

    #[test]
    fn position_is_capped_and_not_relative_to_article_length() {
        let long: String = (0..30)
            .map(|i| format!("Sentence number {i} talks about the harbour repairs today."))
            .collect::<Vec<_>>()
            .join(" ");
        let short: String = (0..3)
            .map(|i| format!("Sentence number {i} talks about the harbour repairs today."))
            .collect::<Vec<_>>()
            .join(" ");
        let c = analysed(&[&long, &short]);
        let stats = ClusterStats::new(&c);
        let rows = sentence_features(&c, &stats);
        let p = col("position");
        assert_eq!(rows[2][p], 2.0);
        assert_eq!(rows[30 + 2][p], 2.0, "same index, same position feature");
        assert_eq!(rows[29][p], POSITION_CAP as f32);
    }

    #[test]
    fn empty_and_single_article_clusters_are_fine() {
        let c = analysed(&[]);
        assert!(sentence_features(&c, &ClusterStats::new(&c)).is_empty());
        let c = analysed(&["Only one article here, with one sentence about the storm."]);
        let rows = sentence_features(&c, &ClusterStats::new(&c));
        assert_eq!(rows.len(), 1);
        assert!(rows[0].iter().all(|x| x.is_finite()));
        assert_eq!(rows[0][col("support_share")], 0.0);
    }
}
