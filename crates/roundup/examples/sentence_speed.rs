//! Sentence-splitting throughput on the Multi-News validation documents (one core).
//!
//! `cargo run --release -p roundup --example sentence_speed [ROUNDS]`
//! Reads `$ROUNDUP_SHARED/data/multinews/val.jsonl.gz` (default `../shared` beside the workspace)
//! and compares `split_sentences` with plain `sentencex` on the same documents.

use std::io::Read;
use std::time::Instant;

use roundup::text::split_sentences;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rounds: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(3);
    let path = roundup::eval::dataset::shared_path("data/multinews/val.jsonl.gz")?;
    let file =
        std::fs::File::open(&path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let mut raw = String::new();
    flate2::read::GzDecoder::new(file).read_to_string(&mut raw)?;
    let mut docs = Vec::new();
    for line in raw.lines() {
        let value: serde_json::Value = serde_json::from_str(line)?;
        if let Some(documents) = value["documents"].as_array() {
            docs.extend(
                documents
                    .iter()
                    .filter_map(|d| d.as_str().map(str::to_owned)),
            );
        }
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    println!("{} documents, {:.1} MB", docs.len(), bytes as f64 / 1e6);
    for round in 0..rounds {
        let start = Instant::now();
        let sentences: usize = docs.iter().map(|d| split_sentences(d).len()).sum();
        let ours = start.elapsed().as_secs_f64();
        let start = Instant::now();
        let plain: usize = docs.iter().map(|d| sentencex::segment("en", d).len()).sum();
        let base = start.elapsed().as_secs_f64();
        println!(
            "round {round}: split_sentences {sentences} sentences, {:.1} MB/s; \
             sentencex alone {plain} pieces, {:.1} MB/s",
            bytes as f64 / ours / 1e6,
            bytes as f64 / base / 1e6
        );
    }
    Ok(())
}
