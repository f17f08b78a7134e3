//! Quote speakers measured against hand labels of whole clusters:
//! `cargo run --release -p roundup --example speaker_eval -- [LABEL_DIR] [--test] [--misses]
//! [--by-form] [--written KIND]`.
//!
//! Reads every `*.jsonl` in `LABEL_DIR` (default `bench/labels/quotes/` of the repository, the
//! English labels; `bench/labels/quotes-fr/` holds French ones of MultiLing 2011 clusters): one
//! line per quotation-mark pair of a cluster, `{"set", "cluster", "doc", "start", "kind",
//! "speaker"}` (the sheets of `quote_sheet`; `doc` is the 1-based input document, `start` the byte
//! offset of the quoted words in its cleaned text, `kind` quote / title / term). Each labelled
//! cluster is read by `eval::dataset::labelled_set_clusters` (set `seeds`: the five seed files in
//! name order; `html-pages`: each page of the HTML extraction benchmark as roundup extracts it, one
//! article a cluster, with `--features html`; any other set is a cluster file under
//! `$ROUNDUP_SHARED/data`, its cluster found by id), rebuilt with `pipeline::cluster_from_texts`,
//! cleaned, analysed (each article's language detected) and given to
//! `compare::quotes::find_quotes`.
//!
//! A system quotation matches a label when it is in the same document and its occurrence covers
//! the label's start offset (a quotation interrupted by its attribution is one system quotation
//! covering both labelled halves). Shown is the quotation's speaker (the one a reader sees).
//! - precision: of labelled `quote` items matched by a system quotation with a speaker, the share
//!   whose speaker is right; recall: of labelled `quote` items with a non-null speaker, the share
//!   found with the right speaker.
//! - a system name is right when it is the labelled name or a compatible part of it (each word is a
//!   word of the label, its initial, or a one-letter spelling variant of a word of five letters or
//!   more: "Zaidan" / "Zeidan") that no other labelled speaker of the cluster shares; a `desc:`
//!   label is matched by a system description containing all its words, or whose words (but
//!   determiners) are all among the label's ("a diplomat" for "desc:diplomat in yangon").
//! - title/term items that the system lists as quotations are counted (all, and with a speaker).
//!
//! Clusters split by `attribute::sentence_hash(cluster id)`: odd → TEST, even → DEV. Only DEV is
//! printed unless `--test` is given; `--misses` prints every DEV error with its context;
//! `--by-form` DEV precision by attribution form; `--written KIND` (name, pronoun,
//! description) every DEV system speaker written that way, with its verdict; `--dump FILE` writes
//! one JSON line per labelled DEV quote (TEST too with `--test`): the label, the system's speaker
//! and speaker as written, the verdict, the sentence holding the quote's start with its offset,
//! the system occurrence's span and the cluster's labelled speakers (for trials outside the build,
//! such as `bench/try_parser.py`).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use roundup::attribute::sentence_hash;
use roundup::clean::clean_cluster;
use roundup::compare::quotes::find_quotes;
use roundup::eval::dataset::labelled_set_clusters;
use roundup::pipeline::cluster_from_texts;
use roundup::text::Analyzer;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
struct Label {
    set: String,
    cluster: String,
    doc: usize,
    start: usize,
    kind: String,
    speaker: Option<String>,
}

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    labelled_quotes: usize,
    labelled_with_speaker: usize,
    matched_with_speaker: usize,
    right: usize,
    found_right: usize,
    titles_terms: usize,
    titles_listed: usize,
    titles_with_speaker: usize,
    unmatched_labels: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.labelled_quotes += o.labelled_quotes;
        self.labelled_with_speaker += o.labelled_with_speaker;
        self.matched_with_speaker += o.matched_with_speaker;
        self.right += o.right;
        self.found_right += o.found_right;
        self.titles_terms += o.titles_terms;
        self.titles_listed += o.titles_listed;
        self.titles_with_speaker += o.titles_with_speaker;
        self.unmatched_labels += o.unmatched_labels;
    }
    fn precision(&self) -> f64 {
        self.right as f64 / self.matched_with_speaker.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.found_right as f64 / self.labelled_with_speaker.max(1) as f64
    }
    fn line(&self) -> String {
        format!(
            "quotes {:4} (with speaker {:4}) | system speakers {:4}, right {:4}: precision {:.3} | found right {:4}: recall {:.3} | titles/terms {:3}, listed {:3}, with speaker {:3}",
            self.labelled_quotes,
            self.labelled_with_speaker,
            self.matched_with_speaker,
            self.right,
            self.precision(),
            self.found_right,
            self.recall(),
            self.titles_terms,
            self.titles_listed,
            self.titles_with_speaker
        )
    }
}

/// Lower-cased words of a name (dots and apostrophes' s dropped).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !["the", "a", "an", "s", "jr", "sr"].contains(&w.as_str()))
        .collect()
}

/// Whether two words differ by at most one letter (a spelling variant: "Zaidan" / "Zeidan"); only
/// for words of five letters or more.
fn spelling_variant(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 5 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[p.min(a.len())..], &b[p.min(b.len())..]);
    let skip = |x: &[char]| x.get(1..).unwrap_or_default().to_vec();
    skip(ra) == skip(rb) || skip(ra) == rb || ra == skip(rb)
}

/// Whether the system's words are all words (or initials, or spelling variants) of the label's.
fn part_of(system: &[String], label: &[String]) -> bool {
    !system.is_empty()
        && system.iter().all(|w| {
            label.iter().any(|l| {
                l == w
                    || w.chars().count() == 1 && l.starts_with(w.as_str())
                    || spelling_variant(w, l)
            })
        })
}

/// Whether a system speaker is the labelled one (`others`: every labelled speaker of the cluster).
fn right_speaker(system: &str, label: &str, others: &[String]) -> bool {
    if let Some(desc) = label.strip_prefix("desc:") {
        // the label's words in the system's description, or the system's words all in the
        // label's ("a diplomat" for "desc:anonymous foreign diplomat in turkey")
        let (d, s) = (words(desc), words(system));
        let content: Vec<String> = s
            .iter()
            .filter(|w| !["one", "some", "his", "her", "their", "its"].contains(&w.as_str()))
            .cloned()
            .collect();
        return d.iter().all(|w| s.contains(w)) || part_of(&content, &d);
    }
    if system.eq_ignore_ascii_case(label) {
        return true;
    }
    let (s, l) = (words(system), words(label));
    if s == l {
        return true;
    }
    part_of(&s, &l)
        && !others
            .iter()
            .filter(|o| !o.eq_ignore_ascii_case(label) && !o.starts_with("desc:"))
            .any(|o| part_of(&s, &words(o)))
}

/// Whether a speaker as written is a pronoun (`he`, `elle`, `they`).
fn written_is_pronoun(w: &str) -> bool {
    [
        "he", "she", "they", "it", "il", "elle", "ils", "elles", "er", "sie", "él", "ella",
    ]
    .contains(&w.to_lowercase().as_str())
}

fn load_labels(dir: &Path) -> Vec<Label> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| {
            eprintln!("cannot read label folder {}: {e}", dir.display());
            std::process::exit(1)
        })
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    // the last line for a (set, cluster, doc, start) wins
    let mut by_key: BTreeMap<(String, String, usize, usize), Label> = BTreeMap::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Label>(line) {
                Ok(l) => {
                    by_key.insert((l.set.clone(), l.cluster.clone(), l.doc, l.start), l);
                }
                Err(e) => eprintln!("{}:{}: skipped ({e})", f.display(), n + 1),
            }
        }
    }
    by_key.into_values().collect()
}

fn documents(
    set: &str,
    cluster: &str,
    cache: &mut HashMap<String, Vec<(String, Vec<String>)>>,
) -> Option<Vec<String>> {
    let clusters = cache.entry(set.to_string()).or_insert_with(|| {
        labelled_set_clusters(set, &[]).unwrap_or_else(|e| {
            eprintln!("cannot read {set}: {e}");
            Vec::new()
        })
    });
    clusters
        .iter()
        .find(|(id, _)| id == cluster)
        .map(|(_, d)| d.clone())
}

/// One occurrence of a system quotation, as the scoring reads it.
struct Occurrence {
    /// The 1-based input document.
    doc: usize,
    /// The quoted words' byte span in the cleaned text.
    start: usize,
    end: usize,
    /// The merged quotation's speaker (the one a reader sees).
    speaker: Option<String>,
    /// The attribution form and how the speaker is written (`After / pronoun`).
    kind: String,
    /// The speaker as written next to this occurrence.
    as_written: Option<String>,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_test = args.iter().any(|a| a == "--test");
    let misses = args.iter().any(|a| a == "--misses");
    let by_form = args.iter().any(|a| a == "--by-form");
    // `--written description`: every DEV system speaker written that way, with its verdict
    let written_kind = args
        .iter()
        .position(|a| a == "--written")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let dump_path = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let mut dump = dump_path.as_ref().map(|p| {
        std::io::BufWriter::new(std::fs::File::create(p).unwrap_or_else(|e| {
            eprintln!("cannot write {p}: {e}");
            std::process::exit(1)
        }))
    });
    // (form, how the speaker is written) → (system speakers, right), DEV only
    let mut forms: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // the label folder: the one argument that is neither a flag nor a flag's value
    let dir = args
        .iter()
        .enumerate()
        .find(|&(i, a)| {
            !a.starts_with("--")
                && (i == 0 || !["--written", "--dump"].contains(&args[i - 1].as_str()))
        })
        .map(|(_, a)| PathBuf::from(a))
        .unwrap_or_else(|| {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../bench/labels/quotes"
            ))
        });
    let labels = load_labels(&dir);
    let mut clusters: BTreeMap<(String, String), Vec<Label>> = BTreeMap::new();
    for l in labels {
        clusters
            .entry((l.set.clone(), l.cluster.clone()))
            .or_default()
            .push(l);
    }
    let analyzer = Analyzer::new();
    let mut cache = HashMap::new();
    let (mut dev, mut test) = (Tally::default(), Tally::default());
    let (mut dev_n, mut test_n) = (0, 0);
    for ((set, id), labels) in &clusters {
        let is_test = u64::from_str_radix(&sentence_hash(id), 16).unwrap_or(0) % 2 == 1;
        let Some(docs) = documents(set, id, &mut cache) else {
            eprintln!("cluster {set} {id}: not found, skipped");
            continue;
        };
        let analysed = analyzer.analyse(clean_cluster(cluster_from_texts(id, &docs)));
        let (quotes, _) = find_quotes(&analysed);
        let doc_of = |a: usize| -> usize {
            analysed.articles[a]
                .id
                .rsplit('#')
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        };
        let occurrences: Vec<Occurrence> = quotes
            .iter()
            .flat_map(|q| {
                q.occurrences.iter().map(move |o| {
                    let form = format!("{:?}", o.form)
                        .replace("Some(", "")
                        .replace(')', "");
                    let written = match o.speaker_as_written.as_deref().map(str::trim) {
                        None | Some("") => "unwritten",
                        Some(w) if written_is_pronoun(w) => "pronoun",
                        Some(w)
                            if w.starts_with(|c: char| c.is_lowercase())
                                || w.starts_with("The ")
                                || w.starts_with("A ") =>
                        {
                            "description"
                        }
                        Some(_) => "name",
                    };
                    Occurrence {
                        doc: doc_of(o.article),
                        start: o.start,
                        end: o.end,
                        speaker: q.speaker.clone(),
                        kind: format!("{form} / {written}"),
                        as_written: o.speaker_as_written.clone(),
                    }
                })
            })
            .collect();
        let speakers: Vec<String> = {
            let mut v: Vec<String> = labels.iter().filter_map(|l| l.speaker.clone()).collect();
            v.sort();
            v.dedup();
            v
        };
        let mut t = Tally::default();
        for l in labels {
            let hit = occurrences
                .iter()
                .filter(|o| {
                    o.doc == l.doc && o.start <= l.start && l.start < o.end.max(o.start + 1)
                })
                .min_by_key(|o| l.start - o.start);
            let system = hit
                .and_then(|o| o.speaker.clone())
                .filter(|s| !s.trim().is_empty());
            if l.kind == "quote" {
                t.labelled_quotes += 1;
                if hit.is_none() {
                    t.unmatched_labels += 1;
                }
                let right = match (&system, &l.speaker) {
                    (Some(s), Some(lab)) => right_speaker(s, lab, &speakers),
                    _ => false,
                };
                if system.is_some() {
                    t.matched_with_speaker += 1;
                    t.right += usize::from(right);
                    if !is_test {
                        if let Some(o) = hit {
                            let f = forms.entry(o.kind.clone()).or_default();
                            f.0 += 1;
                            f.1 += usize::from(right);
                            if written_kind.as_deref().is_some_and(|k| o.kind.ends_with(k)) {
                                println!(
                                    "WRITTEN {} {id} doc={} start={} {} system={:?} label={:?}",
                                    if right { "right" } else { "WRONG" },
                                    l.doc,
                                    l.start,
                                    o.kind,
                                    system,
                                    l.speaker
                                );
                            }
                        }
                    }
                }
                if l.speaker.is_some() {
                    t.labelled_with_speaker += 1;
                    t.found_right += usize::from(right);
                }
                if let Some(out) = dump.as_mut().filter(|_| show_test || !is_test) {
                    use std::io::Write;
                    let a = analysed
                        .articles
                        .iter()
                        .position(|x| x.id.ends_with(&format!("#{}", l.doc)));
                    let sentence = a.and_then(|a| {
                        analysed
                            .sentences_of(a)
                            .iter()
                            .find(|s| s.span.end > l.start)
                            .map(|s| (s.span.start, s.text.clone()))
                    });
                    let line = serde_json::json!({
                        "set": set, "cluster": id, "doc": l.doc, "start": l.start,
                        "test": is_test, "label": l.speaker, "system": system,
                        "written": hit.and_then(|o| o.as_written.clone()), "right": right,
                        "quote": hit.map(|o| (o.start, o.end)),
                        "sentence_start": sentence.as_ref().map(|s| s.0),
                        "sentence": sentence.map(|s| s.1),
                        "speakers": speakers,
                    });
                    let _ = writeln!(out, "{line}");
                }
                if misses && !is_test && !right && (system.is_some() || l.speaker.is_some()) {
                    let a = analysed
                        .articles
                        .iter()
                        .position(|x| x.id.ends_with(&format!("#{}", l.doc)));
                    let context = a
                        .map(|a| {
                            let text = &analysed.articles[a].text;
                            let s = analysed
                                .sentences_of(a)
                                .iter()
                                .find(|s| s.span.end > l.start)
                                .map(|s| s.text.clone())
                                .unwrap_or_default();
                            let _ = text;
                            s
                        })
                        .unwrap_or_default();
                    println!(
                        "MISS {id} doc={} start={} label={:?} system={:?}{}\n    {}",
                        l.doc,
                        l.start,
                        l.speaker,
                        system,
                        if hit.is_none() {
                            " (no system quote)"
                        } else {
                            ""
                        },
                        context
                    );
                }
            } else {
                t.titles_terms += 1;
                if hit.is_some() {
                    t.titles_listed += 1;
                    if misses && !is_test {
                        let a = analysed
                            .articles
                            .iter()
                            .position(|x| x.id.ends_with(&format!("#{}", l.doc)));
                        let words = a
                            .zip(hit)
                            .map(|(a, o)| {
                                let text = &analysed.articles[a].text;
                                let lo = text.floor_char_boundary(o.start.saturating_sub(40));
                                let hi = text.ceil_char_boundary((o.end + 30).min(text.len()));
                                text[lo..hi].replace('\n', " ")
                            })
                            .unwrap_or_default();
                        println!(
                            "LISTED {} {id} doc={} start={} system={:?}\n    {}",
                            l.kind, l.doc, l.start, system, words
                        );
                    }
                }
                if system.is_some() {
                    t.titles_with_speaker += 1;
                }
            }
        }
        if is_test {
            test.add(&t);
            test_n += 1;
            if show_test {
                println!("TEST {set} {id}: {}", t.line());
            }
        } else {
            dev.add(&t);
            dev_n += 1;
            println!("DEV  {set} {id}: {}", t.line());
        }
    }
    println!("DEV  all ({dev_n} clusters): {}", dev.line());
    if by_form {
        for (k, (n, r)) in &forms {
            println!(
                "DEV  form {k:28} speakers {n:4} right {r:4} precision {:.3}",
                *r as f64 / (*n).max(1) as f64
            );
        }
    }
    if show_test {
        println!("TEST all ({test_n} clusters): {}", test.line());
    } else {
        println!("TEST: {test_n} clusters held out (run with --test once, at the end)");
    }
}
