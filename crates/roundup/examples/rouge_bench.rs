//! ROUGE scoring speed on Multi-News validation pairs (and reading speed of the cluster file).
//!
//! `cargo run --release -p roundup --example rouge_bench [-- N [DUMP.jsonl]]`
//!
//! Prediction: the first 230 words of the cluster's articles (lead), one sentence a line;
//! reference: the human summary, one sentence a line. All four metrics, Porter-stemmed.
//! With DUMP, writes the pairs and our scores in the fixture's format
//! (`{"prediction","references","stemmer","scores"}`) for a cross-check against rouge-score.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;
use roundup::eval::{read_eval_clusters, RougeMeans, RougeScorer, RougeText};

/// CPU seconds used so far by this process (all threads, /proc/self/stat, 10 ms ticks) and
/// by the calling thread (/proc/thread-self/schedstat, nanoseconds); Linux only. Reported
/// beside wall time because the machine may be shared: pairs per CPU-second is what the
/// code costs.
fn cpu_seconds() -> (Option<f64>, Option<f64>) {
    let process = (|| {
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
        let rest = stat.rsplit_once(')')?.1;
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let utime: f64 = fields.get(11)?.parse().ok()?;
        let stime: f64 = fields.get(12)?.parse().ok()?;
        Some((utime + stime) / 100.0) // USER_HZ is 100 on Linux
    })();
    let thread = (|| {
        let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
        Some(ns / 1e9)
    })();
    (process, thread)
}

/// Runs `f` `rounds` times and prints pairs per wall-clock second and per CPU second
/// (of the calling thread when `single_thread`, else of the whole process).
fn timed<T>(
    label: &str,
    pairs: usize,
    rounds: usize,
    single_thread: bool,
    mut f: impl FnMut() -> T,
) -> T {
    let pick = |(p, t): (Option<f64>, Option<f64>)| if single_thread { t } else { p };
    let cpu0 = pick(cpu_seconds());
    let t = Instant::now();
    let mut out = f();
    for _ in 1..rounds {
        out = f();
    }
    let wall = t.elapsed().as_secs_f64();
    let n = (pairs * rounds) as f64;
    match (cpu0, pick(cpu_seconds())) {
        (Some(a), Some(b)) if b > a => println!(
            "{label:<30} {:>7.0} pairs/s wall, {:>7.0} pairs per CPU-second",
            n / wall,
            n / (b - a)
        ),
        _ => println!("{label:<30} {:>7.0} pairs/s wall", n / wall),
    }
    out
}

/// One sentence a line: a word ending in . ! or ? ends a sentence.
fn lines(words: &[&str]) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let prev_ends = words[i - 1].ends_with(['.', '!', '?']);
            out.push(if prev_ends { '\n' } else { ' ' });
        }
        out.push_str(w);
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().map(|a| a.parse()).transpose()?.unwrap_or(5000);
    let dump = args.get(1).map(PathBuf::from);
    let path = roundup::eval::dataset::shared_path("data/multinews/val.jsonl.gz")?;

    let t = Instant::now();
    let clusters = read_eval_clusters(&path)?;
    println!(
        "read {} clusters from {} in {:.3} s",
        clusters.len(),
        path.display(),
        t.elapsed().as_secs_f64()
    );

    let pairs: Vec<(String, String)> = clusters
        .iter()
        .filter_map(|c| {
            let reference = c.summaries.first()?;
            let words: Vec<&str> = c
                .documents
                .iter()
                .flat_map(|d| d.split_whitespace())
                .take(230)
                .collect();
            let ref_words: Vec<&str> = reference.split_whitespace().collect();
            Some((lines(&words), lines(&ref_words)))
        })
        .take(n)
        .collect();
    let avg = |f: fn(&(String, String)) -> &String| {
        pairs
            .iter()
            .map(|p| f(p).split_whitespace().count())
            .sum::<usize>() as f64
            / pairs.len().max(1) as f64
    };
    println!(
        "{} pairs: prediction {:.0} words, reference {:.0} words on average",
        pairs.len(),
        avg(|p| &p.0),
        avg(|p| &p.1)
    );

    let scorer = RougeScorer::new(true);
    // Warm the process-wide stem cache once, as any long evaluation run would have it.
    let _: RougeMeans = pairs
        .iter()
        .map(|(pred, reference)| scorer.score(&[reference.as_str()], pred))
        .collect();
    let rounds = 3;

    let seq: RougeMeans = timed("score(), 1 thread:", pairs.len(), rounds, true, || {
        pairs
            .iter()
            .map(|(pred, reference)| scorer.score(&[reference.as_str()], pred))
            .collect()
    });
    let label = format!("score(), rayon {} threads:", rayon::current_num_threads());
    let par = timed(&label, pairs.len(), rounds, false, || {
        pairs
            .par_iter()
            .map(|(pred, reference)| {
                let mut m = RougeMeans::new();
                m.add(scorer.score(&[reference.as_str()], pred));
                m
            })
            .reduce(RougeMeans::new, |mut a, b| {
                a.merge(&b);
                a
            })
    });
    assert_eq!(seq.count(), par.count());

    let prepared: Vec<(RougeText, RougeText)> =
        timed("prepare() both texts:", pairs.len(), rounds, true, || {
            pairs
                .iter()
                .map(|(p, r)| (scorer.prepare(p), scorer.prepare(r)))
                .collect()
        });
    let pre: RougeMeans = timed(
        "score_prepared(), 1 thread:",
        pairs.len(),
        rounds,
        true,
        || {
            prepared
                .iter()
                .map(|(p, r)| scorer.score_prepared(std::slice::from_ref(r), p))
                .collect()
        },
    );
    assert_eq!(pre.mean(), seq.mean());

    let m = seq.mean();
    println!(
        "lead-230 mean F x100: R1 {:.2}  R2 {:.2}  RL {:.2}  RLsum {:.2}",
        100.0 * m.rouge1.f,
        100.0 * m.rouge2.f,
        100.0 * m.rouge_l.f,
        100.0 * m.rouge_lsum.f
    );

    if let Some(dump) = dump {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&dump)?);
        for stemmer in [false, true] {
            let scorer = RougeScorer::new(stemmer);
            for (pred, reference) in &pairs {
                let scores = scorer.score(&[reference.as_str()], pred);
                let row = serde_json::json!({
                    "prediction": pred, "references": [reference],
                    "stemmer": stemmer, "scores": scores,
                });
                writeln!(w, "{row}")?;
            }
        }
        w.flush()?;
        println!("wrote {} cases to {}", 2 * pairs.len(), dump.display());
    }
    Ok(())
}
