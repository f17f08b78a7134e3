//! Story grouping on labelled data: scores (B-cubed, ARI), time and memory; used by bench/stories.sh
//! and to tune the defaults.
//!
//! ```sh
//! cargo run --release -p roundup --example stories_eval -- events ../shared/data/stories/duc2003-events.jsonl
//! cargo run --release -p roundup --example stories_eval -- multinews ../shared/data/multinews/train.jsonl.gz [--seed 42] [--limit N]
//! # options: --threshold X --relative K --member-weight X --lead-boost X --idf-power X --name-boost X
//! #          --time-scale D --window D --merge K --max-copies N --min-content N --dump FILE --summaries
//! # STORIES_TRACE=1 prints the effective threshold after each batch.
//! ```
//!
//! `events`: one article a line with `cluster` (the first of `clusters` for multi-label articles).
//! `multinews`: every document of every cluster, id `{cluster}:{k}`, gold = the cluster id, shuffled
//! with a fixed seed (splitmix64 + Fisher-Yates), no dates.

use std::collections::HashMap;
use std::io::BufRead;
use std::time::Instant;

use roundup::model::Article;
use roundup::stories::{score, StoryGrouper, StoryOptions};

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn read_lines(path: &str) -> Vec<String> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let reader: Box<dyn BufRead> = if path.ends_with(".gz") {
        Box::new(std::io::BufReader::new(flate2::read::MultiGzDecoder::new(
            file,
        )))
    } else {
        Box::new(std::io::BufReader::new(file))
    };
    reader.lines().map(|l| l.expect("read")).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map(String::as_str).unwrap_or("");
    let path = args
        .get(1)
        .expect("usage: stories_eval events|multinews FILE [options]");
    let mut options = StoryOptions::default();
    let mut seed = 42u64;
    let mut limit = usize::MAX;
    let mut summaries = false;
    let mut dump: Option<String> = None;
    let mut i = 2;
    while i < args.len() {
        let v = || args.get(i + 1).expect("value").as_str();
        match args[i].as_str() {
            "--threshold" => options.threshold = v().parse().unwrap(),
            "--lead-boost" => options.lead_boost = v().parse().unwrap(),
            "--time-scale" => options.time_scale_days = v().parse().unwrap(),
            "--max-copies" => options.max_copies = v().parse().unwrap(),
            "--min-content" => options.min_content_words = v().parse().unwrap(),
            "--member-weight" => options.member_weight = v().parse().unwrap(),
            "--idf-power" => options.idf_power = v().parse().unwrap(),
            "--name-boost" => options.name_boost = v().parse().unwrap(),
            "--relative" => options.relative_threshold = v().parse().unwrap(),
            "--window" => options.window_days = v().parse().unwrap(),
            "--merge" => options.merge_threshold = v().parse().unwrap(),
            "--seed" => seed = v().parse().unwrap(),
            "--limit" => limit = v().parse().unwrap(),
            "--dump" => dump = Some(v().to_string()),
            "--summaries" => {
                summaries = true;
                i += 1;
                continue;
            }
            other => panic!("unknown option {other}"),
        }
        i += 2;
    }
    options.keep_text = summaries;

    let t_read = Instant::now();
    let mut articles: Vec<Article> = Vec::new();
    let mut gold: HashMap<String, String> = HashMap::new();
    match mode {
        "events" => {
            for line in read_lines(path) {
                let v: serde_json::Value = serde_json::from_str(&line).expect("json");
                let s = |k: &str| v[k].as_str().map(String::from);
                let id = s("id").expect("id");
                gold.insert(id.clone(), s("cluster").expect("cluster"));
                articles.push(Article {
                    id: id.clone(),
                    title: s("title").filter(|t| !t.is_empty()),
                    source: s("source"),
                    date: s("date"),
                    origin: id,
                    text: s("text").unwrap_or_default(),
                    url: None,
                });
            }
        }
        "multinews" => {
            for line in read_lines(path).into_iter().take(limit) {
                let v: serde_json::Value = serde_json::from_str(&line).expect("json");
                let cid = v["id"].as_str().expect("id").to_string();
                for (k, d) in v["documents"]
                    .as_array()
                    .expect("documents")
                    .iter()
                    .enumerate()
                {
                    let id = format!("{cid}:{}", k + 1);
                    gold.insert(id.clone(), cid.clone());
                    articles.push(Article {
                        id: id.clone(),
                        origin: id,
                        text: d.as_str().unwrap_or_default().to_string(),
                        ..Article::default()
                    });
                }
            }
            let mut state = seed;
            for i in (1..articles.len()).rev() {
                let j = (splitmix(&mut state) % (i as u64 + 1)) as usize;
                articles.swap(i, j);
            }
        }
        _ => panic!("mode: events or multinews"),
    }
    let n = articles.len();
    let read_s = t_read.elapsed().as_secs_f64();

    let t = Instant::now();
    let mut grouper = StoryGrouper::new(options);
    let mut stories = Vec::new();
    let mut rest = articles;
    // Overlap: extract the next batch's features while the current one is assigned.
    let batch = 4096;
    let mut pending: Option<(Vec<Article>, Vec<_>)> = None;
    let (mut extract_s, mut assign_s) = (0.0f64, 0.0f64);
    loop {
        let next: Vec<Article> = {
            let tail = rest.split_off(rest.len().min(batch));
            std::mem::replace(&mut rest, tail)
        };
        if next.is_empty() && pending.is_none() {
            break;
        }
        let extractor = grouper.extractor().clone();
        let (feats, closed) = rayon::join(
            || {
                let t = Instant::now();
                let f = StoryGrouper::extract_batch(&extractor, &next);
                extract_s += t.elapsed().as_secs_f64();
                f
            },
            || {
                let t = Instant::now();
                let c = match pending.take() {
                    Some((a, f)) => grouper.push_extracted(a, f),
                    None => Vec::new(),
                };
                assign_s += t.elapsed().as_secs_f64();
                c
            },
        );
        stories.extend(closed);
        if std::env::var_os("STORIES_TRACE").is_some() {
            eprintln!("threshold {:.3}", grouper.threshold());
        }
        if !next.is_empty() {
            pending = Some((next, feats));
        }
    }
    let t_finish = Instant::now();
    let (last, stats) = grouper.finish();
    stories.extend(last);
    let group_s = t.elapsed().as_secs_f64();
    eprintln!(
        "extract (wall, overlapped) {extract_s:.2} s, assign {assign_s:.2} s, finish {:.2} s",
        t_finish.elapsed().as_secs_f64()
    );

    let mut predicted: HashMap<String, String> = HashMap::new();
    for s in &stories {
        for a in &s.articles {
            predicted.insert(a.article.id.clone(), s.id.clone());
        }
    }
    let mut ids: Vec<&String> = gold.keys().collect();
    ids.sort();
    let g: Vec<&str> = ids.iter().map(|i| gold[*i].as_str()).collect();
    let p: Vec<String> = ids
        .iter()
        .map(|i| {
            predicted
                .get(*i)
                .cloned()
                .unwrap_or_else(|| format!("missing:{i}"))
        })
        .collect();
    let sc = score(&g, &p);
    if let Some(path) = dump {
        let mut out = String::new();
        for s in &stories {
            let v = roundup::stories::output::story_json(s, None);
            out.push_str(&v.to_string());
            out.push('\n');
        }
        std::fs::write(path, out).expect("write dump");
    }
    let mut summary_s = 0.0;
    if summaries {
        use rayon::prelude::*;
        let t = Instant::now();
        let analyzer = roundup::text::Analyzer::new();
        let opts = roundup::summarize::SummaryOptions::default();
        let made = stories
            .par_iter()
            .filter_map(|s| roundup::stories::summarize_story(s, &analyzer, &opts))
            .count();
        summary_s = t.elapsed().as_secs_f64();
        eprintln!("summaries: {made}");
    }
    let rss = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("0").to_string())
        })
        .unwrap_or_default();
    println!(
        "{{\"articles\":{n},\"precision\":{:.4},\"recall\":{:.4},\"f1\":{:.4},\"ari\":{:.4},\"gold_stories\":{},\"stories\":{},\"duplicates\":{},\"shared_text\":{},\"short\":{},\"empty\":{},\"read_s\":{read_s:.2},\"group_s\":{group_s:.3},\"articles_per_s\":{:.0},\"summary_s\":{summary_s:.2},\"peak_rss_mb\":{:.0}}}",
        sc.precision, sc.recall, sc.f1, sc.ari, sc.gold_stories, sc.predicted_stories,
        stats.duplicates, stats.shared_text, stats.short, stats.empty,
        n as f64 / group_s,
        rss.parse::<f64>().unwrap_or(0.0) / 1024.0
    );
}
