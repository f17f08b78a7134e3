//! Where summarizing spends its time: one parallel pass over a cluster file (wall time and each
//! thread's busy time), then `PASSES` (default 3) single-thread passes timing each stage (clean,
//! analyse, statistics, select + cite). The first pass of a process is cold (per-thread word memory,
//! allocator). For instruction counts, independent of the machine's load:
//!
//! ```sh
//! cargo build --release -p roundup --example stage_times
//! PASSES=1 RAYON_NUM_THREADS=1 valgrind --tool=callgrind target/release/examples/stage_times \
//!     ../shared/data/duc/duc2004-task2-docs-only.jsonl
//! ```
use std::time::Instant;

use roundup::clean::clean_cluster;
use roundup::eval::dataset::read_eval_clusters as read_clusters;
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::{self, ClusterStats, SummaryOptions};
use roundup::text::Analyzer;
use roundup::Budget;

fn main() {
    let path = std::env::args().nth(1).expect("file");
    let clusters = read_clusters(std::path::Path::new(&path)).unwrap();
    let analyzer = Analyzer::new();
    let options = SummaryOptions {
        budget: Budget::Words(100),
        fill_budget: true,
        ..SummaryOptions::default()
    };
    {
        use rayon::prelude::*;
        let start = Instant::now();
        let per: Vec<(f64, usize)> = clusters
            .par_iter()
            .map(|c| {
                let s = Instant::now();
                let clean = clean_cluster(cluster_from_texts("eval", &c.documents));
                let analysed = analyzer.analyse(clean);
                let stats = ClusterStats::new(&analysed);
                std::hint::black_box(summarize::select_cited(&analysed, &stats, &options));
                (
                    s.elapsed().as_secs_f64(),
                    rayon::current_thread_index().unwrap_or(0),
                )
            })
            .collect();
        let wall = start.elapsed().as_secs_f64();
        let mut by = [0f64; 8];
        for (t, i) in &per {
            by[*i] += t;
        }
        println!(
            "parallel: wall {:.1} ms, per thread busy {:?}",
            wall * 1e3,
            &by[..rayon::current_num_threads()]
                .iter()
                .map(|x| (x * 1e3) as i64)
                .collect::<Vec<_>>()
        );
    }
    let passes: usize = std::env::var("PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(3);
    for pass in 0..passes {
        let mut t = [0f64; 4];
        for c in &clusters {
            let s = Instant::now();
            let clean = clean_cluster(cluster_from_texts("eval", &c.documents));
            t[0] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let analysed = analyzer.analyse(clean);
            t[1] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let stats = ClusterStats::new(&analysed);
            t[2] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let chosen = summarize::select_cited(&analysed, &stats, &options);
            std::hint::black_box(chosen);
            t[3] += s.elapsed().as_secs_f64();
        }
        println!("pass {pass}: clean {:.1} ms analyse {:.1} ms stats {:.1} ms select+cite {:.1} ms total {:.1}", t[0]*1e3, t[1]*1e3, t[2]*1e3, t[3]*1e3, t.iter().sum::<f64>()*1e3);
    }
}
