//! Writer side of the `roundup serve` load benchmark (bench/serve_load.sh): adds articles at a fixed
//! rate over HTTP to 127.0.0.1 for a bounded time and reports how many were acknowledged.
//!
//! `cargo run --release -p roundup-server --example load -- http://127.0.0.1:PORT RATE SECONDS [BATCH]`

use std::time::{Duration, Instant};

const TOPICS: [&str; 12] = [
    "earthquake rescue Port Town collapsed buildings magnitude survivors",
    "central bank interest rate inflation economists percentage increase",
    "election parliament vote coalition minister ballots results",
    "wildfire evacuation forest firefighters winds acres homes",
    "football final championship stadium goal coach trophy",
    "hurricane coast landfall flooding storm surge shelters",
    "trade tariffs exports negotiations steel agreement ministers",
    "vaccine trial hospital patients health agency doses",
    "strike union workers wages factory negotiations pay",
    "space rocket launch satellite orbit mission agency",
    "court ruling judge appeal verdict lawyers prosecutors",
    "oil prices barrel producers output supply market",
];

/// A made-up word for story `k` (so each story has its own names and topic words).
fn word(k: u64, j: u64) -> String {
    const SYL: [&str; 16] = [
        "ka", "lo", "mi", "ren", "tas", "vo", "dun", "pe", "sal", "bri", "mon", "tek", "ra", "zil",
        "gor", "fa",
    ];
    let mut x = k.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ j.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    let mut w = String::new();
    for _ in 0..3 {
        w.push_str(SYL[(x & 15) as usize]);
        x >>= 4;
    }
    w
}

/// Article `i`: stories of 8 articles each, 64 of them growing at once (as in a news stream).
fn article(i: u64) -> String {
    let story = (i % 64) + 64 * (i / 512);
    let topic = TOPICS[(story % TOPICS.len() as u64) as usize];
    let common: Vec<&str> = topic.split(' ').collect();
    let mut text = String::new();
    for s in 0..6u64 {
        let mut sent: Vec<String> = Vec::new();
        for w in 0..9u64 {
            if w % 3 == 0 {
                sent.push(common[((s * 3 + w + i) % common.len() as u64) as usize].to_string());
            } else {
                sent.push(word(story, (s * 5 + w) % 12));
            }
        }
        sent.push(format!("officials said on day {}.", i % 97));
        let mut line = sent.join(" ");
        if let Some(f) = line.get_mut(0..1) {
            f.make_ascii_uppercase();
        }
        text.push_str(&line);
        text.push(' ');
    }
    serde_json::json!({
        "title": format!("{} {} {} update {i}", word(story, 0), word(story, 1), common[0]),
        "source": format!("Outlet {}", i % 23),
        "url": format!("https://news.example/{i}"),
        "date": format!("2024-05-{:02}", 1 + (i / 2000) % 28),
        "text": text,
    })
    .to_string()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let base = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "http://127.0.0.1:8080".into());
    let rate: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(500);
    let secs: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(20);
    // Articles per request (the API takes batches).
    let batch: u64 = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(5).max(1);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let url = format!("{base}/api/articles");
    let start = Instant::now();
    let (mut ok, mut errors, mut i) = (0u64, 0u64, 0u64);
    let mut worst = Duration::ZERO;
    while start.elapsed() < Duration::from_secs(secs) {
        // Due so far at `rate` per second.
        let due = (start.elapsed().as_secs_f64() * rate as f64) as u64;
        if i >= due {
            std::thread::sleep(Duration::from_millis(1));
            continue;
        }
        let t = Instant::now();
        let body: Vec<String> = (i..i + batch).map(article).collect();
        let body = format!("[{}]", body.join(","));
        match agent
            .post(&url)
            .header("Content-Type", "application/json")
            .send(body)
        {
            Ok(r) if r.status().is_success() => ok += batch,
            _ => errors += 1,
        }
        worst = worst.max(t.elapsed());
        i += batch;
    }
    let el = start.elapsed().as_secs_f64();
    println!(
        "writer: {ok} articles acknowledged in {el:.1} s ({:.0}/s), {errors} errors, slowest write {:.1} ms",
        ok as f64 / el,
        worst.as_secs_f64() * 1e3
    );
}
