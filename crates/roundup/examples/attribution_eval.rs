//! Scores the attribute stage against the hand labels in `bench/labels/support/*.jsonl`:
//! `cargo run --release -p roundup --example attribution_eval [-- --dump PAIRS.tsv] [--texts PAIRS.jsonl] [--misses]`.
//!
//! Each label says whether article `target` reports the claim of sentence `sentence` of article
//! `doc` (`yes`, `partial` or `no`; see BENCHMARKS.md for how they were judged). The clusters are
//! rebuilt as the sheets were (`label_sheet`), every labelled sentence is attributed with the
//! default [`AttributionParams`], and the figures are printed for the development half, the test
//! half (clusters whose id hashes odd) and both:
//! - precision: of the articles cited, the share labelled `yes` or `partial` (a partial report may
//!   be cited or not);
//! - recall: of the articles labelled `yes`, the share cited;
//! - N of M: sentences whose count of citing articles is right (between the `yes` count and the
//!   `yes` + `partial` count).
//!
//! `--baseline` scores the citation rule of the build before the attribute stage instead (TF-IDF
//! cosine of the closest sentence ≥ 0.3 with three shared stems). `--dump` writes one line per pair with the measures of the best window, for tuning on the
//! development half. `--texts` writes, per pair, the sentence and the target article's sentences as
//! JSON lines (for trying a measure outside the stage, e.g. sentence vectors; the data's text, so
//! write it outside the repository). `--misses` prints every development pair the stage gets
//! wrong (a `yes` not cited, a `no` cited) with the target's best window and its measures.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use roundup::attribute::{sentence_hash, AttributionParams, Attributor};
use roundup::clean::clean_cluster;
use roundup::eval::dataset::labelled_set_clusters;
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::ClusterStats;
use roundup::text::Analyzer;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Label {
    set: String,
    cluster: String,
    doc: usize,
    sentence: usize,
    hash: String,
    target: usize,
    verdict: String,
}

#[derive(Default, Clone, Copy)]
struct Tally {
    cited: usize,
    cited_right: usize,
    yes: usize,
    yes_cited: usize,
    sentences: usize,
    count_right: usize,
    pairs: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.cited += o.cited;
        self.cited_right += o.cited_right;
        self.yes += o.yes;
        self.yes_cited += o.yes_cited;
        self.sentences += o.sentences;
        self.count_right += o.count_right;
        self.pairs += o.pairs;
    }
    fn line(&self, name: &str) -> String {
        let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
        format!(
            "{name:<5} pairs {:>4}  sentences {:>3}  precision {:.3} ({}/{})  recall {:.3} ({}/{})  N-of-M right {:.3} ({}/{})",
            self.pairs,
            self.sentences,
            r(self.cited_right, self.cited),
            self.cited_right,
            self.cited,
            r(self.yes_cited, self.yes),
            self.yes_cited,
            self.yes,
            r(self.count_right, self.sentences),
            self.count_right,
            self.sentences
        )
    }
}

/// Whether a labelled cluster belongs to the test half.
pub fn is_test(cluster: &str) -> bool {
    roundup::eval::dataset::is_test_cluster(cluster)
}

fn labels_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../bench/labels/support"
    ))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dump = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1));
    let baseline = args.iter().any(|a| a == "--baseline");
    let show_misses = args.iter().any(|a| a == "--misses");
    let mut texts_file = args
        .iter()
        .position(|a| a == "--texts")
        .and_then(|i| args.get(i + 1))
        .map(|p| std::fs::File::create(p).expect("texts file"));
    let mut dump_file = dump.map(|p| std::fs::File::create(p).expect("dump file"));
    if let Some(f) = dump_file.as_mut() {
        writeln!(f, "split\tset\tcluster\tdoc\tsentence\ttarget\tverdict\tcited\tcoverage\tevent\tnames\tbigrams\treverse\tarticle\tarticlesim\tsharedcov\tshared\tquery\tpair\tpolarity\tmodality\tnumbers\tagree\twindow").unwrap();
    }
    let mut labels: BTreeMap<(String, String), Vec<Label>> = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(labels_dir())
        .expect("bench/labels/support")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    for f in files {
        for line in std::fs::read_to_string(&f).expect("labels").lines() {
            if line.trim().is_empty() {
                continue;
            }
            let l: Label = serde_json::from_str(line).expect("label line");
            labels
                .entry((l.set.clone(), l.cluster.clone()))
                .or_default()
                .push(l);
        }
    }
    let analyzer = Analyzer::new();
    let mut sets: BTreeMap<String, Vec<(String, Vec<String>)>> = BTreeMap::new();
    let (mut dev, mut test) = (Tally::default(), Tally::default());
    let mut moved = 0;
    for ((set, cluster), pairs) in &labels {
        let docs = documents(set, cluster, &mut sets);
        let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(cluster, &docs)));
        let stats = ClusterStats::new(&analysed);
        let attributor = Attributor::new(
            &analysed,
            &stats.idf,
            &stats.content_terms,
            AttributionParams::default(),
        );
        let article_of = |doc: usize| {
            analysed
                .articles
                .iter()
                .position(|a| a.id.rsplit('#').next() == Some(&doc.to_string()))
        };
        let mut by_sentence: BTreeMap<(usize, usize), Vec<&Label>> = BTreeMap::new();
        for l in pairs {
            by_sentence.entry((l.doc, l.sentence)).or_default().push(l);
        }
        let tally = if is_test(cluster) {
            &mut test
        } else {
            &mut dev
        };
        for ((doc, index), ls) in by_sentence {
            let Some(a) = article_of(doc) else { continue };
            let s = analysed.article_sentences[a].start + index;
            if index >= analysed.article_sentences[a].len()
                || sentence_hash(&analysed.sentences[s].text) != ls[0].hash
            {
                moved += 1;
                eprintln!("{set} {cluster} doc {doc} sentence {index}: moved (hash differs)");
                continue;
            }
            let cited_articles: Vec<usize> = if baseline {
                cosine_citations(&analysed, &stats, s)
            } else {
                attributor.supports(s).iter().map(|x| x.article).collect()
            };
            let cited: Vec<usize> = cited_articles
                .iter()
                .filter_map(|&a| analysed.articles[a].id.rsplit('#').next()?.parse().ok())
                .collect();
            let (mut yes, mut partial, mut n_cited) = (0, 0, 0);
            for l in &ls {
                let c = cited.contains(&l.target);
                tally.pairs += 1;
                n_cited += c as usize;
                match l.verdict.as_str() {
                    "yes" => {
                        yes += 1;
                        tally.yes += 1;
                        tally.yes_cited += c as usize;
                        tally.cited_right += c as usize;
                    }
                    "partial" => {
                        partial += 1;
                        tally.cited_right += c as usize;
                    }
                    _ => {}
                }
                tally.cited += c as usize;
                if let (Some(f), Some(t)) = (texts_file.as_mut(), article_of(l.target)) {
                    let article: Vec<&str> = analysed.article_sentences[t]
                        .clone()
                        .map(|j| analysed.sentences[j].text.as_str())
                        .collect();
                    let line = serde_json::json!({
                        "split": if is_test(cluster) { "test" } else { "dev" },
                        "cluster": cluster, "doc": doc, "sentence": index, "target": l.target,
                        "verdict": l.verdict, "cited": c, "query": analysed.sentences[s].text,
                        "article": article,
                    });
                    writeln!(f, "{line}").unwrap();
                }
                if show_misses
                    && !is_test(cluster)
                    && (l.verdict == "yes") != c
                    && l.verdict != "partial"
                {
                    let target = article_of(l.target);
                    let shown = target.and_then(|t| attributor.explain(s, t));
                    let window = shown.as_ref().map(|(m, w)| {
                        let t = target.unwrap();
                        let text: Vec<&str> = w
                            .iter()
                            .map(|&i| {
                                analysed.sentences[analysed.article_sentences[t].start + i]
                                    .text
                                    .as_str()
                            })
                            .collect();
                        format!(
                            "p={:.2} cov={:.2} ev={:.2} {:?} {}",
                            roundup::attribute::model::probability(m),
                            m.coverage,
                            m.event_coverage,
                            w,
                            text.join(" | ")
                        )
                    });
                    println!(
                        "MISS {} {set} {cluster} {doc}/{index}->{}\n  S: {}\n  W: {}\n",
                        if c { "wrongly-cited" } else { "missed" },
                        l.target,
                        analysed.sentences[s].text,
                        window.unwrap_or_default()
                    );
                }
                if let Some(f) = dump_file.as_mut() {
                    let target = article_of(l.target);
                    let m = target.and_then(|t| attributor.explain(s, t));
                    let features = m.as_ref().map_or("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t[]".to_string(), |(m, w)| {
                        format!(
                            "{:.3}\t{:.3}\t{:.3}\t{:.3}\t{:.3}\t{:.3}\t{:.3}\t{:.3}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{w:?}",
                            m.coverage,
                            m.event_coverage,
                            m.name_coverage,
                            m.bigram_recall,
                            m.reverse_coverage,
                            m.article_coverage,
                            m.article_similarity,
                            m.shared_coverage,
                            m.shared_terms,
                            m.query_terms,
                            m.two_sentences as u8,
                            m.polarity_differs as u8,
                            m.modality_differs as u8,
                            m.number_conflict as u8,
                            m.number_agrees as u8,
                        )
                    });
                    writeln!(
                        f,
                        "{}\t{set}\t{cluster}\t{doc}\t{index}\t{}\t{}\t{}\t{features}",
                        if is_test(cluster) { "test" } else { "dev" },
                        l.target,
                        l.verdict,
                        c as u8
                    )
                    .unwrap();
                }
            }
            tally.sentences += 1;
            tally.count_right += (yes..=yes + partial).contains(&n_cited) as usize;
        }
    }
    let mut all = dev;
    all.add(&test);
    println!("{}", dev.line("dev"));
    println!("{}", test.line("test"));
    println!("{}", all.line("all"));
    if moved > 0 {
        println!("{moved} labelled sentences moved (cleaning or splitting changed): not scored");
    }
}

/// The citation rule before the attribute stage (for `--baseline`): in each other article, the
/// sentence with the highest TF-IDF cosine, when it is at least 0.3 and shares three content stems.
fn cosine_citations(
    analysed: &roundup::text::AnalysedCluster,
    stats: &ClusterStats,
    s: usize,
) -> Vec<usize> {
    let origin = analysed.sentences[s].article;
    (0..analysed.articles.len())
        .filter(|&a| a != origin)
        .filter(|&a| {
            analysed.article_sentences[a].clone().any(|j| {
                stats.vectors[s].cosine(&stats.vectors[j]) >= 0.3
                    && roundup::sets::intersection_size(
                        &stats.content_terms[s],
                        &stats.content_terms[j],
                    ) >= 3
            })
        })
        .collect()
}

/// The documents of `cluster` in `set`, as the label sheets built them (each set read once).
fn documents(
    set: &str,
    cluster: &str,
    cache: &mut BTreeMap<String, Vec<(String, Vec<String>)>>,
) -> Vec<String> {
    let clusters = cache.entry(set.to_string()).or_insert_with(|| {
        labelled_set_clusters(set, &[]).unwrap_or_else(|e| panic!("cannot read {set}: {e}"))
    });
    clusters
        .iter()
        .find(|(id, _)| id == cluster)
        .map(|(_, d)| d.clone())
        .unwrap_or_default()
}
