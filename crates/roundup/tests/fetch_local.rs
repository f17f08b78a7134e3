//! URL inputs against a server this test runs on 127.0.0.1 (nothing else is ever contacted): pages,
//! gzip, redirects, errors, a binary response, an oversized body, a slow server, a closed port.
#![cfg(feature = "fetch")]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use flate2::write::GzEncoder;
use flate2::Compression;
use roundup::ingest::fetch::{fetch, fetch_page, FetchOptions};
use roundup::ingest::read_inputs;

const PAGE: &str = "<html><head><title>Ferries added | Ledger</title><meta property=\"og:site_name\" content=\"Port Calloway Ledger\"></head><body><nav>Home | News</nav><article><h1>Ferries added</h1><p>The city added twelve ferry crossings a day while the Harbor Street bridge stays closed for repairs, the transport office said on Wednesday.</p><p>Officials expect the extra service to run until the bridge reopens early next year.</p></article></body></html>";

fn respond(stream: &mut TcpStream, path: &str) {
    let gz = |s: &str| {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(s.as_bytes()).expect("gzip");
        e.finish().expect("gzip")
    };
    let (head, body): (String, Vec<u8>) = match path {
        "/page" => (
            "200 OK\r\nContent-Type: text/html; charset=utf-8".into(),
            PAGE.into(),
        ),
        "/gzip" => (
            "200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip".into(),
            gz(PAGE),
        ),
        "/moved" => (
            "301 Moved Permanently\r\nLocation: /page".into(),
            Vec::new(),
        ),
        "/loop" => ("302 Found\r\nLocation: /loop".into(), Vec::new()),
        "/missing" => (
            "404 Not Found\r\nContent-Type: text/html".into(),
            b"<p>no</p>".to_vec(),
        ),
        "/image" => (
            "200 OK\r\nContent-Type: image/png".into(),
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
        ),
        "/big" => (
            "200 OK\r\nContent-Type: text/html".into(),
            format!("<p>{}</p>", "word ".repeat(100_000)).into_bytes(),
        ),
        "/slow" => {
            std::thread::sleep(Duration::from_millis(1500));
            ("200 OK\r\nContent-Type: text/html".into(), PAGE.into())
        }
        _ => ("404 Not Found".into(), Vec::new()),
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {head}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(&body);
}

/// Serves until the test ends (the thread dies with the process); returns the base URL.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    std::thread::spawn(move || {
        for stream in listener.incoming().take(64) {
            let Ok(mut stream) = stream else { continue };
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                let n = stream.read(&mut buf).unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]);
                let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
                respond(&mut stream, &path);
            });
        }
    });
    base
}

fn quick() -> FetchOptions {
    FetchOptions {
        timeout: Duration::from_millis(700),
        max_bytes: 200_000,
        max_redirects: 3,
        proxy_from_env: false,
        ..FetchOptions::default()
    }
}

#[test]
fn pages_are_fetched_followed_and_decompressed() {
    let base = serve();
    let page = fetch_page(&format!("{base}/page"), &quick()).expect("page");
    assert!(page.text.contains("twelve ferry crossings"));
    assert_eq!(page.site_name.as_deref(), Some("Port Calloway Ledger"));
    let gz = fetch(&format!("{base}/gzip"), &quick()).expect("gzip page");
    assert_eq!(gz.body, PAGE.as_bytes(), "gzip is decoded");
    let moved = fetch(&format!("{base}/moved"), &quick()).expect("redirect followed");
    assert!(moved.final_url.ends_with("/page"), "{}", moved.final_url);
}

#[test]
fn each_failing_url_gets_a_clear_reason() {
    let base = serve();
    let reason = |path: &str| fetch_page(&format!("{base}{path}"), &quick()).unwrap_err();
    assert!(
        reason("/missing").contains("HTTP 404"),
        "{}",
        reason("/missing")
    );
    assert!(reason("/image").contains("not a web page") && reason("/image").contains("image/png"));
    assert!(reason("/big").contains("larger than"), "{}", reason("/big"));
    assert!(reason("/loop").contains("redirect"), "{}", reason("/loop"));
    assert!(reason("/slow").contains("timed out"), "{}", reason("/slow"));
    // a closed port on this machine
    let closed = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = closed.local_addr().expect("addr");
    drop(closed);
    let err = fetch_page(&format!("http://{addr}/"), &quick()).unwrap_err();
    assert!(err.contains("connect") || err.contains("network"), "{err}");
}

#[test]
fn urls_mix_with_files_and_bad_ones_do_not_stop_the_rest() {
    let base = serve();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("notes.txt");
    std::fs::write(
        &file,
        "The harbor authority said the ferries would run every twenty minutes.",
    )
    .expect("write");
    let inputs = [
        format!("{base}/page"),
        format!("{base}/missing"),
        file.to_string_lossy().into_owned(),
    ];
    let got = read_inputs(&inputs);
    assert_eq!(got.articles.len(), 2, "{:?}", got.problems);
    assert_eq!(got.articles[0].origin, inputs[0]);
    assert_eq!(
        got.articles[0].source.as_deref(),
        Some("Port Calloway Ledger")
    );
    assert_eq!(got.problems.len(), 1);
    assert_eq!(got.problems[0].origin, inputs[1]);
    assert!(got.problems[0].reason.contains("404"));
}
