//! The JSON API against a real server on 127.0.0.1: writes, reads, search, errors and limits.

mod common;

use common::{get, post, seed_articles, TestServer};
use serde_json::Value;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[test]
fn articles_join_stories_and_can_be_read_back() {
    let srv = TestServer::start(None, 1 << 20);
    let (s, body) = post(&srv.url("/api/articles"), &seed_articles(), None);
    assert_eq!(s, 201, "{body}");
    let added = json(&body)["articles"].as_array().unwrap().clone();
    assert_eq!(added.len(), 5);
    let story_of = |i: usize| added[i]["story"].as_str().unwrap().to_string();
    // The two quake reports share a story; the copy is folded as a duplicate of the second.
    assert_eq!(story_of(0), story_of(1));
    assert_eq!(story_of(1), story_of(2));
    assert_eq!(added[2]["duplicate_of"], added[1]["id"]);
    assert_ne!(story_of(0), story_of(3));

    // List: newest first, and most covered first.
    let (s, body) = get(&srv.url("/api/stories"));
    assert_eq!(s, 200);
    let list = json(&body);
    assert_eq!(list["stories"][0]["id"].as_str().unwrap(), story_of(4));
    let (_, body) = get(&srv.url("/api/stories?sort=coverage&limit=1"));
    let list = json(&body);
    assert_eq!(list["stories"].as_array().unwrap().len(), 1);
    assert_eq!(list["stories"][0]["id"].as_str().unwrap(), story_of(0));
    assert_eq!(list["stories"][0]["articles"], 3);
    assert_eq!(list["stories"][0]["distinct_articles"], 2);
    assert!(list["total"].as_u64().unwrap() >= 2);
    // Text search and paging.
    let (_, body) = get(&srv.url("/api/stories?q=earthquake"));
    let found = json(&body);
    assert_eq!(found["total"], 1);
    assert_eq!(found["stories"][0]["id"].as_str().unwrap(), story_of(0));
    let (_, body) = get(&srv.url("/api/stories?q=nothing-like-this"));
    assert_eq!(json(&body)["total"], 0);
    let (_, body) = get(&srv.url("/api/stories?offset=1&limit=1"));
    assert_eq!(json(&body)["offset"], 1);

    // A story: headline, cited summary, articles, sources, duplicates.
    let (s, body) = get(&srv.url(&format!("/api/stories/{}", story_of(0))));
    assert_eq!(s, 200);
    let story = json(&body);
    assert!(story["story"]["headline"]
        .as_str()
        .unwrap()
        .contains("Earthquake"));
    let sentences = story["summary"]["summary"].as_array().unwrap();
    assert!(!sentences.is_empty(), "{body}");
    assert_eq!(story["articles"].as_array().unwrap().len(), 3);
    assert_eq!(story["duplicates"].as_array().unwrap().len(), 1);
    // Outlets, not articles: three outlets carried it (one of them a copy).
    assert_eq!(
        story["sources"],
        serde_json::json!(["Coast Herald", "Daily Wire Service", "Syndicated Copy"])
    );
    assert_eq!(story["story"]["outlets"], 3);
    assert_eq!(story["articles"][0]["outlet"], "Coast Herald");

    // An article.
    let id = added[0]["id"].as_str().unwrap();
    let (s, body) = get(&srv.url(&format!("/api/articles/{id}")));
    assert_eq!(s, 200);
    assert_eq!(json(&body)["source"], "Coast Herald");
    assert_eq!(json(&body)["story"].as_str().unwrap(), story_of(0));
}

#[test]
fn summaries_refresh_when_a_story_grows() {
    let srv = TestServer::start(None, 1 << 20);
    let first = r#"{"title":"Dam bursts upstream of Millbrook","source":"River News","text":"A dam burst upstream of Millbrook on Friday, flooding farmland along the river. Officials ordered the evacuation of two villages near the dam. No deaths were reported."}"#;
    let (_, body) = post(&srv.url("/api/articles"), first, None);
    let story = json(&body)["articles"][0]["story"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, before) = get(&srv.url(&format!("/api/stories/{story}")));
    assert_eq!(json(&before)["articles"].as_array().unwrap().len(), 1);
    let second = r#"{"title":"Millbrook dam burst floods villages","source":"Valley Times","text":"Floodwater from the burst Millbrook dam reached two villages on Friday after officials ordered an evacuation. The dam burst upstream of Millbrook, flooding farmland along the river. Engineers said heavy rain had weakened the dam."}"#;
    let (_, body) = post(&srv.url("/api/articles"), second, None);
    assert_eq!(json(&body)["articles"][0]["story"].as_str().unwrap(), story);
    // Stale summaries are served for at most a couple of seconds.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let (_, after) = get(&srv.url(&format!("/api/stories/{story}")));
        if json(&after)["articles"].as_array().unwrap().len() == 2 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the story never refreshed"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
fn errors_are_clear_and_nothing_panics() {
    let srv = TestServer::start(Some("s3cret"), 4096);
    // 401 without (or with a wrong) token, on writes only.
    let one = r#"{"text":"Storm closes schools across the region on Thursday, officials said."}"#;
    assert_eq!(post(&srv.url("/api/articles"), one, None).0, 401);
    assert_eq!(post(&srv.url("/api/articles"), one, Some("wrong")).0, 401);
    assert_eq!(post(&srv.url("/api/articles"), one, Some("s3cret")).0, 201);
    assert_eq!(get(&srv.url("/api/stories")).0, 200);
    // 400 with a message for malformed JSON and bad articles.
    let (s, body) = post(&srv.url("/api/articles"), "{\"text\": ", Some("s3cret"));
    assert_eq!(s, 400);
    assert!(
        json(&body)["error"]
            .as_str()
            .unwrap()
            .contains("malformed JSON"),
        "{body}"
    );
    let (s, body) = post(
        &srv.url("/api/articles"),
        r#"{"title":"no text"}"#,
        Some("s3cret"),
    );
    assert_eq!(s, 400);
    assert!(json(&body)["error"].as_str().unwrap().contains("text"));
    assert_eq!(post(&srv.url("/api/articles"), "[]", Some("s3cret")).0, 400);
    assert_eq!(post(&srv.url("/api/articles"), "42", Some("s3cret")).0, 400);
    assert_eq!(get(&srv.url("/api/stories?sort=sideways")).0, 400);
    assert_eq!(get(&srv.url("/api/stories?limit=-3")).0, 400);
    // 413 for an oversized body.
    let big = format!("{{\"text\": \"{}\"}}", "word ".repeat(5000));
    for (path, token) in [("/api/articles", Some("s3cret")), ("/api/summarize", None)] {
        let (s, body) = post(&srv.url(path), &big, token);
        assert_eq!(s, 413, "{path}");
        // JSON like every other error, saying why.
        assert!(
            json(&body)["error"]
                .as_str()
                .unwrap()
                .contains("4096 bytes"),
            "{path}: {body}"
        );
    }
    // Dates are ISO 8601 or refused with a clear 400.
    for bad in ["yesterday", "2024-13-01", "01/05/2024", "2024-05-01T25:00"] {
        let one = format!(r#"{{"text":"Storm closes schools, officials said.","date":"{bad}"}}"#);
        let (s, body) = post(&srv.url("/api/articles"), &one, Some("s3cret"));
        assert_eq!(s, 400, "{bad}: {body}");
        assert!(
            json(&body)["error"].as_str().unwrap().contains("ISO 8601"),
            "{body}"
        );
    }
    for good in [
        "2024-05-01",
        "2024-05-01T09:30:00Z",
        "2024-05-01T09:30:00.5+02:00",
    ] {
        let one = format!(r#"{{"text":"Storm closes schools, officials said.","date":"{good}"}}"#);
        assert_eq!(
            post(&srv.url("/api/articles"), &one, Some("s3cret")).0,
            201,
            "{good}"
        );
    }
    // 404 for unknown ids and pages.
    assert_eq!(get(&srv.url("/api/stories/story-999")).0, 404);
    assert_eq!(get(&srv.url("/api/articles/999")).0, 404);
    assert_eq!(get(&srv.url("/api/articles/not-a-number")).0, 404);
    assert_eq!(get(&srv.url("/stories/nope")).0, 404);
    assert_eq!(get(&srv.url("/no/such/page")).0, 404);
    // Health and metrics.
    let (s, body) = get(&srv.url("/healthz"));
    assert_eq!((s, json(&body)["status"].as_str()), (200, Some("ok")));
    let (s, body) = get(&srv.url("/metrics"));
    assert_eq!(s, 200);
    assert!(body.contains("# TYPE roundup_http_requests_total counter"));
    assert!(body.contains("roundup_articles 4"), "{body}");
    assert!(body.contains("roundup_http_requests_total{class=\"4xx\"}"));
}

#[test]
fn adhoc_summaries_are_bounded_and_keep_the_inputs_ids() {
    let srv = TestServer::start(None, 8 << 20);
    let many: Vec<Value> = (0..=roundup_server::SUMMARIZE_MAX_ARTICLES)
        .map(|i| serde_json::json!({"text": format!("Report {i}: the council met on Monday.")}))
        .collect();
    let (s, body) = post(
        &srv.url("/api/summarize"),
        &Value::Array(many).to_string(),
        None,
    );
    assert_eq!(s, 413, "{body}");
    assert!(
        json(&body)["error"]
            .as_str()
            .unwrap()
            .contains("at most 100 articles"),
        "{body}"
    );
    let long = "The council met on Monday and agreed the budget. ".repeat(45_000);
    let (s, body) = post(
        &srv.url("/api/summarize"),
        &serde_json::json!({"text": long}).to_string(),
        None,
    );
    assert_eq!(s, 413, "{body}");
    assert!(
        json(&body)["error"]
            .as_str()
            .unwrap()
            .contains("MiB of article text"),
        "{body}"
    );
    // The input's own ids are kept.
    let mut seeds: Vec<Value> = serde_json::from_str(&seed_articles()).unwrap();
    for (i, a) in seeds.iter_mut().enumerate() {
        a["id"] = serde_json::json!(format!("wire-{i}"));
    }
    let (s, body) = post(
        &srv.url("/api/summarize"),
        &Value::Array(seeds).to_string(),
        None,
    );
    assert_eq!(s, 200, "{body}");
    let ids: Vec<String> = json(&body)["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["wire-0", "wire-1", "wire-3", "wire-4"], "{body}");
}

#[test]
fn adhoc_summaries_are_not_stored() {
    let srv = TestServer::start(None, 1 << 20);
    let (s, body) = post(&srv.url("/api/summarize"), &seed_articles(), None);
    assert_eq!(s, 200, "{body}");
    let v = json(&body);
    assert_eq!(v["schema"], "roundup.summary/1");
    assert!(!v["summary"].as_array().unwrap().is_empty());
    let (_, body) = get(&srv.url("/api/stories"));
    assert_eq!(json(&body)["total"], 0);
}

#[test]
fn pages_escape_everything_from_articles() {
    let srv = TestServer::start(None, 1 << 20);
    post(&srv.url("/api/articles"), &seed_articles(), None);
    let (_, list) = get(&srv.url("/"));
    assert!(!list.contains("<script>window"), "{list}");
    assert!(list.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
    let (_, body) = get(&srv.url("/api/stories?q=central+bank"));
    let id = json(&body)["stories"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (s, page) = get(&srv.url(&format!("/stories/{id}")));
    assert_eq!(s, 200);
    for bad in ["<script>", "onerror=\"", "href=\"javascript:", "<img"] {
        assert!(!page.contains(bad), "{bad} in {page}");
    }
    assert!(page.contains("reported by"));
    let (_, article) = get(&srv.url("/articles/4"));
    assert!(!article.contains("<script>") && !article.contains("<a href=\"javascript"));
}

#[test]
fn stories_survive_a_restart() {
    let srv = TestServer::start(None, 1 << 20);
    post(&srv.url("/api/articles"), &seed_articles(), None);
    let before = get(&srv.url("/api/stories?sort=coverage")).1;
    // Copy the stopped server's store into a fresh folder and serve it again.
    let copy = tempfile::tempdir().unwrap();
    let old = srv.stop_only();
    for f in std::fs::read_dir(old.path()).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), copy.path().join(f.file_name())).unwrap();
    }
    let again = TestServer::start_in(copy, None, 1 << 20);
    let after = get(&again.url("/api/stories?sort=coverage")).1;
    let ids = |s: &str| -> Vec<String> {
        json(s)["stories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| format!("{}:{}", x["id"], x["articles"]))
            .collect()
    };
    assert!(!ids(&before).is_empty());
    assert_eq!(ids(&before), ids(&after));
}

/// Restarts the server on a copy of `srv`'s store (after a clean stop).
fn restart(srv: TestServer) -> TestServer {
    restart_from(srv.stop_only())
}

/// Starts a server on a copy of a stopped server's folder.
fn restart_from(old: tempfile::TempDir) -> TestServer {
    let copy = tempfile::tempdir().unwrap();
    for f in std::fs::read_dir(old.path()).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), copy.path().join(f.file_name())).unwrap();
    }
    TestServer::start_in(copy, None, 1 << 20)
}

#[test]
fn a_restart_shows_the_stored_stories_and_goes_on_placing_articles() {
    let srv = TestServer::start(None, 1 << 20);
    let (_, body) = post(&srv.url("/api/articles"), &seed_articles(), None);
    let first = json(&body)["articles"].as_array().unwrap().clone();
    let before = get(&srv.url("/api/stories?sort=coverage")).1;
    let again = restart(srv);

    // Every stored article has its placement, and they describe the desk a replay builds.
    let stored = roundup_server::store::Store::open(&again.db().join("store.db"))
        .unwrap()
        .all()
        .unwrap();
    assert_eq!(stored.len(), 5);
    assert!(stored.iter().all(|s| s.placement.is_some()));
    let replayed = roundup_server::desk::Desk::replay(stored.clone());
    let (from_placements, complete) = roundup_server::desk::Desk::from_placements(stored);
    assert!(complete);
    assert_eq!(from_placements.placements(), replayed.placements());
    assert_eq!(get(&again.url("/api/stories?sort=coverage")).1, before);

    // A write after the restart waits for the grouper and joins the story it belongs to.
    // (Not the first story: a grouper started afresh would reuse the first story's id.)
    let rates = serde_json::json!([{
        "title": "Central bank lifts rates by half a point", "source": "Evening Courier",
        "text": "The central bank raised its benchmark interest rate by half a point on Tuesday to fight inflation, more than economists had expected. The bank said further increases in the interest rate were possible if prices keep rising."
    }]);
    let (s, body) = post(&again.url("/api/articles"), &rates.to_string(), None);
    assert_eq!(s, 201, "{body}");
    let added = json(&body)["articles"][0].clone();
    assert_eq!(added["story"], first[4]["story"], "{body}");
    assert_ne!(first[4]["story"], first[0]["story"]);
    assert_eq!(added["id"], "6");
    let (_, health) = get(&again.url("/healthz"));
    assert_eq!(json(&health)["writes"], "ready");
    // The grouper came back from its saved state, not from a replay.
    assert_eq!(json(&health)["grouper"], "resumed", "{health}");
}

#[test]
fn after_a_crash_the_saved_grouper_resumes_with_the_articles_after_it() {
    let srv = TestServer::start(None, 1 << 20);
    post(&srv.url("/api/articles"), &seed_articles(), None);
    // A clean stop saves the grouper's state (after the five seed articles).
    let srv = restart(srv);
    wait_for_writes(&srv);
    let seeds: Vec<Value> = serde_json::from_str(&seed_articles()).unwrap();
    // Two more writes, then a crash: the second one's placements were never stored.
    let (_, one) = post(
        &srv.url("/api/articles"),
        &Value::Array(vec![seeds[1].clone()]).to_string(),
        None,
    );
    let (_, two) = post(
        &srv.url("/api/articles"),
        &Value::Array(vec![seeds[4].clone()]).to_string(),
        None,
    );
    let before = get(&srv.url("/api/stories?sort=coverage")).1;
    let again = restart_from(srv.crash_only());
    let (_, health) = get(&again.url("/healthz"));
    assert_eq!(json(&health)["grouper"], "resumed", "{health}");
    assert_eq!(get(&again.url("/api/stories?sort=coverage")).1, before);
    for added in [one, two] {
        let a = &json(&added)["articles"][0];
        let (s, body) = get(&again.url(&format!("/api/articles/{}", a["id"].as_str().unwrap())));
        assert_eq!(s, 200, "{body}");
        assert_eq!(json(&body)["story"], a["story"], "{body}");
    }
}

fn wait_for_writes(srv: &TestServer) {
    for _ in 0..200 {
        if json(&get(&srv.url("/healthz")).1)["writes"] == "ready" {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("writes never became ready");
}

#[test]
fn pasted_urls_cannot_reach_the_servers_own_network() {
    let srv = TestServer::start(None, 1 << 20);
    // Something listening on loopback, as an internal service would.
    let internal = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "http://127.0.0.1:{}/admin",
        internal.local_addr().unwrap().port()
    );
    let text = "The central bank raised its benchmark interest rate by half a point on Tuesday to fight inflation. Economists had expected a smaller increase.";
    let mut r = common::agent()
        .post(&srv.url("/paste"))
        .send_form([("articles", format!("{url}\n---\n{text}").as_str())])
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let page = r.body_mut().read_to_string().unwrap();
    // The pasted text is summarized; the URL is refused, and the page says why.
    assert!(page.contains("central bank"), "{page}");
    assert!(
        page.contains("Not read:") && page.contains("not a public internet address"),
        "{page}"
    );
    internal.set_nonblocking(true).unwrap();
    assert!(
        internal.accept().is_err(),
        "the server connected to 127.0.0.1"
    );
}

/// Two reports of one dam burst, worded apart enough to open two stories, and an unrelated article
/// over 60 days later: the first two stories are about to close, and the grouper's second look
/// merges the newer into the older.
fn merging_articles() -> Vec<Value> {
    serde_json::from_value(serde_json::json!([
        {"title": "Millbrook dam bursts, floodwater sweeps through villages", "source": "River News", "date": "2024-03-01",
         "text": "The Millbrook dam burst on Friday and floodwater swept through two villages below the dam, officials said. Rescue crews used boats to reach families stranded on rooftops, and the regional governor asked the army for help with the evacuation."},
        {"title": "Engineers warned of weak dam", "source": "Valley Times", "date": "2024-03-03",
         "text": "Engineers had warned for years that the Millbrook dam was weak, a report said on Sunday. Inspectors found cracks in the concrete wall, and repairs had been postponed twice for lack of money."},
        {"title": "Football team wins championship", "source": "Sports Daily", "date": "2024-06-20",
         "text": "The national football team won the championship final on penalties after a goalless draw, and thousands of fans celebrated in the streets of the capital until dawn."}
    ]))
    .unwrap()
}

/// `(status, Location, body)` of a GET that does not follow redirects.
fn get_unfollowed(url: &str) -> (u16, Option<String>, String) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into();
    let mut r = agent.get(url).call().unwrap();
    let location = r
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string());
    let status = r.status().as_u16();
    (
        status,
        location,
        r.body_mut().read_to_string().unwrap_or_default(),
    )
}

/// The stories listed: `id:articles` each, newest first.
fn listed(srv: &TestServer) -> Vec<String> {
    json(&get(&srv.url("/api/stories?limit=100")).1)["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{}:{}", s["id"].as_str().unwrap(), s["articles"]))
        .collect()
}

/// The stored placements describe the desk a replay of the stored articles builds.
fn placements_match_a_replay(srv: &TestServer) -> Vec<roundup_server::store::StoredArticle> {
    let stored = roundup_server::store::Store::open(&srv.db().join("store.db"))
        .unwrap()
        .all()
        .unwrap();
    assert!(stored.iter().all(|s| s.placement.is_some()), "{stored:?}");
    let replayed = roundup_server::desk::Desk::replay(stored.clone());
    let (from_placements, complete) = roundup_server::desk::Desk::from_placements(stored.clone());
    assert!(complete);
    assert_eq!(from_placements.placements(), replayed.placements());
    stored
}

#[test]
fn a_merged_story_moves_into_the_kept_one_and_its_old_id_leads_there() {
    let srv = TestServer::start(None, 1 << 20);
    let arts = merging_articles();
    let (s, body) = post(
        &srv.url("/api/articles"),
        &Value::Array(arts[..2].to_vec()).to_string(),
        None,
    );
    assert_eq!(s, 201, "{body}");
    let added = json(&body)["articles"].as_array().unwrap().clone();
    let (kept, merged) = (
        added[0]["story"].as_str().unwrap().to_string(),
        added[1]["story"].as_str().unwrap().to_string(),
    );
    let (dam1, dam2) = (
        added[0]["id"].as_str().unwrap().to_string(),
        added[1]["id"].as_str().unwrap().to_string(),
    );
    assert_ne!(kept, merged, "the two reports open two stories at first");
    assert_eq!(listed(&srv), [format!("{merged}:1"), format!("{kept}:1")]);

    // The late article closes both: the second look puts the second report into the first story.
    let (s, body) = post(
        &srv.url("/api/articles"),
        &Value::Array(arts[2..].to_vec()).to_string(),
        None,
    );
    assert_eq!(s, 201, "{body}");
    let football = json(&body)["articles"][0]["story"]
        .as_str()
        .unwrap()
        .to_string();
    let after = vec![format!("{football}:1"), format!("{kept}:2")];
    assert_eq!(listed(&srv), after);
    // The kept story: both reports in arrival order, the first one's headline, both dates.
    let (s, body) = get(&srv.url(&format!("/api/stories/{kept}")));
    assert_eq!(s, 200, "{body}");
    let story = json(&body);
    let ids: Vec<&str> = story["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [dam1.as_str(), dam2.as_str()]);
    assert_eq!(
        story["story"]["headline"],
        "Millbrook dam bursts, floodwater sweeps through villages"
    );
    assert_eq!(story["story"]["distinct_articles"], 2);
    assert_eq!(story["story"]["first_seen"], "2024-03-01");
    assert_eq!(story["story"]["last_seen"], "2024-03-03");
    // The article says where it is now.
    let (_, body) = get(&srv.url(&format!("/api/articles/{dam2}")));
    assert_eq!(json(&body)["story"].as_str().unwrap(), kept);
    // Search finds the merged story's words in the kept story.
    let (_, body) = get(&srv.url("/api/stories?q=engineers"));
    assert_eq!(json(&body)["stories"][0]["id"].as_str().unwrap(), kept);

    // The old id answers with a permanent redirect to the kept story, and says so.
    let old_id_leads_to_kept = |srv: &TestServer| {
        let (s, location, body) = get_unfollowed(&srv.url(&format!("/api/stories/{merged}")));
        assert_eq!(s, 308, "{body}");
        assert_eq!(
            location.as_deref(),
            Some(format!("/api/stories/{kept}").as_str())
        );
        assert_eq!(json(&body)["merged_into"].as_str().unwrap(), kept);
        assert!(json(&body)["error"]
            .as_str()
            .unwrap()
            .contains("merged into"));
        let (s, location, _) = get_unfollowed(&srv.url(&format!("/stories/{merged}")));
        assert_eq!(s, 308);
        assert_eq!(
            location.as_deref(),
            Some(format!("/stories/{kept}").as_str())
        );
        // Followed, it shows the kept story.
        let (s, body) = get(&srv.url(&format!("/api/stories/{merged}")));
        assert_eq!(s, 200, "{body}");
        assert_eq!(json(&body)["story"]["id"].as_str().unwrap(), kept);
        // A story that never was still gets a 404.
        assert_eq!(get(&srv.url("/api/stories/story-999")).0, 404);
    };
    old_id_leads_to_kept(&srv);

    // After a crash (the merge's placements were not stored yet), the restarted server shows the
    // merge, and the placements it stores are a replay's.
    let again = restart_from(srv.crash_only());
    wait_for_writes(&again);
    assert_eq!(listed(&again), after);
    old_id_leads_to_kept(&again);
    let stored = placements_match_a_replay(&again);
    let moved = stored[1].placement.as_ref().unwrap();
    assert_eq!(moved.story, kept);
    assert_eq!(moved.first_story.as_deref(), Some(merged.as_str()));

    // After a clean stop the saved grouper resumes, and the stored placements still show it all.
    let again = restart(again);
    wait_for_writes(&again);
    let (_, health) = get(&again.url("/healthz"));
    assert_eq!(json(&health)["grouper"], "resumed", "{health}");
    assert_eq!(listed(&again), after);
    old_id_leads_to_kept(&again);
    placements_match_a_replay(&again);
}

#[test]
fn story_page_markers_carry_their_evidence_on_hover() {
    let srv = TestServer::start(None, 1 << 20);
    post(&srv.url("/api/articles"), &seed_articles(), None);
    let (_, body) = get(&srv.url("/api/stories?q=central+bank"));
    let id = json(&body)["stories"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (s, page) = get(&srv.url(&format!("/stories/{id}")));
    assert_eq!(s, 200);
    let summary = page.split("<h2>Sources</h2>").next().unwrap();
    let markers: Vec<&str> = summary
        .split("<a class=\"cite\"")
        .skip(1)
        .map(|m| m.split("</a>").next().unwrap())
        .collect();
    assert!(!markers.is_empty(), "{page}");
    for m in markers.iter().take_while(|m| m.contains("data-evidence")) {
        assert!(
            m.contains("title=\"the article this sentence is taken from\"")
                || m.contains("title=\"reports it: "),
            "{m}"
        );
    }
    assert!(markers[0].contains("data-evidence"), "{}", markers[0]);
}
