//! Durability: every article acknowledged with a 2xx survives a SIGKILL of `roundup serve`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(db: &std::path::Path, port: u16) -> Server {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("roundup"))
        .args(["serve", "--db"])
        .arg(db)
        .args(["--addr", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.contains("listening"), "{line}");
    Server(child)
}

/// A bare HTTP/1.1 request; (status, body), or None when the connection failed.
fn request(port: u16, method: &str, path: &str, body: &str) -> Option<(u16, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    let status = out.split(' ').nth(1)?.parse().ok()?;
    let body = out.split_once("\r\n\r\n").map(|x| x.1.to_string())?;
    Some((status, body))
}

#[test]
fn acknowledged_articles_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    let port = free_port();
    let mut server = start(&db, port);
    // A writer thread adds articles until the connection fails; the main thread kills the server.
    let writer = std::thread::spawn(move || {
        let mut acked: Vec<(String, String)> = Vec::new();
        for i in 0..100_000 {
            let marker = format!("marker{i}x");
            let body = format!(
                r#"{{"title":"Report {i}","source":"Wire {}","text":"Officials in town {marker} said on Monday that the bridge {i} would reopen after repairs. Engineers inspected the bridge over the weekend."}}"#,
                i % 7
            );
            match request(port, "POST", "/api/articles", &body) {
                Some((s, b)) if (200..300).contains(&s) => {
                    let v: serde_json::Value = serde_json::from_str(&b).unwrap();
                    acked.push((v["articles"][0]["id"].as_str().unwrap().to_string(), marker));
                }
                _ => break,
            }
        }
        acked
    });
    let t = Instant::now();
    std::thread::sleep(Duration::from_millis(1500));
    server.0.kill().unwrap(); // SIGKILL
    server.0.wait().unwrap();
    let acked = writer.join().unwrap();
    assert!(
        acked.len() >= 5,
        "too few writes before the kill: {} in {:?}",
        acked.len(),
        t.elapsed()
    );

    let port = free_port();
    let _again = start(&db, port);
    for (id, marker) in &acked {
        let (s, body) = request(port, "GET", &format!("/api/articles/{id}"), "").unwrap();
        assert_eq!(s, 200, "acknowledged article {id} lost after SIGKILL");
        assert!(
            body.contains(marker.as_str()),
            "article {id} changed: {body}"
        );
    }
    // The store passes SQLite's integrity check and takes writes again.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let (s, body) = request(port, "GET", "/healthz", "").unwrap();
        assert_eq!(s, 200, "{body}");
        if body.contains("\"writes\":\"ready\"") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{body}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn sigterm_saves_the_state_as_ctrl_c_does() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    let port = free_port();
    let mut server = start(&db, port);
    let body = r#"{"title":"Bridge reopens","source":"Wire","text":"Officials said on Monday that the bridge would reopen after repairs. Engineers inspected the bridge over the weekend."}"#;
    let (s, _) = request(port, "POST", "/api/articles", body).unwrap();
    assert_eq!(s, 201);
    // Wait until writes are ready, so that a clean shutdown saves the grouper's state.
    let grouper = dir.path().join("store.db.grouper");
    let _ = std::fs::remove_file(&grouper);
    let status = Command::new("kill")
        .args(["-TERM", &server.0.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let t = Instant::now();
    let exit = loop {
        if let Some(exit) = server.0.try_wait().unwrap() {
            break exit;
        }
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "roundup serve did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");
    assert!(
        grouper.exists(),
        "SIGTERM did not save the grouper's state as a clean shutdown does"
    );
}

#[test]
fn a_server_others_can_reach_without_a_token_warns() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("roundup"))
        .args(["serve", "--db"])
        .arg(dir.path().join("store.db"))
        .args(["--addr", &format!("0.0.0.0:{port}")])
        .env_remove("ROUNDUP_TOKEN")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    let mut line = String::new();
    while err.read_line(&mut line).unwrap_or(0) > 0 {
        seen.push_str(&line);
        if line.contains("serving") || line.contains("warning") {
            break;
        }
        line.clear();
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        seen.contains("warning") && seen.contains("--token"),
        "no warning: {seen}"
    );
}
