//! An in-process server on 127.0.0.1:0 for the tests, stopped on drop, and a small HTTP client.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use roundup_server::Config;

pub struct TestServer {
    pub addr: SocketAddr,
    _dir: tempfile::TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    crash: Arc<AtomicBool>,
}

impl TestServer {
    pub fn start(token: Option<&str>, max_body: usize) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        Self::start_in(dir, token, max_body)
    }

    pub fn start_in(dir: tempfile::TempDir, token: Option<&str>, max_body: usize) -> TestServer {
        let config = Config {
            db: dir.path().join("store.db"),
            addr: "127.0.0.1:0".parse().unwrap(),
            token: token.map(str::to_string),
            max_body,
            fetch_private: false,
        };
        let std_listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        std_listener.set_nonblocking(true).unwrap();
        let addr = std_listener.local_addr().unwrap();
        let state = roundup_server::open(&config).unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let stopping = state.clone();
        let crash = Arc::new(AtomicBool::new(false));
        let crashing = crash.clone();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(std_listener).unwrap();
                let app = roundup_server::router(state, max_body);
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = rx.await;
                    })
                    .await;
                // As `roundup serve` does at a clean shutdown (a crash saves nothing).
                if !crashing.load(Ordering::SeqCst) {
                    stopping.shut_down().unwrap();
                }
            });
        });
        TestServer {
            addr,
            _dir: dir,
            stop: Some(tx),
            crash,
            thread: Some(thread),
        }
    }

    pub fn db(&self) -> &Path {
        self._dir.path()
    }

    /// Stops the server as a crash would (nothing saved at shutdown) and keeps its folder.
    pub fn crash_only(self) -> tempfile::TempDir {
        self.crash.store(true, Ordering::SeqCst);
        self.stop_only()
    }

    /// Stops the server but keeps its folder (returned, deleted on drop).
    pub fn stop_only(mut self) -> tempfile::TempDir {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        std::mem::replace(&mut self._dir, tempfile::tempdir().unwrap())
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(60)))
        .build()
        .into()
}

/// (status, body)
pub fn get(url: &str) -> (u16, String) {
    let mut r = agent().get(url).call().unwrap();
    let s = r.status().as_u16();
    (s, r.body_mut().read_to_string().unwrap_or_default())
}

pub fn post(url: &str, body: &str, token: Option<&str>) -> (u16, String) {
    let mut req = agent().post(url).header("Content-Type", "application/json");
    if let Some(t) = token {
        req = req.header("Authorization", &format!("Bearer {t}"));
    }
    let mut r = req.send(body).unwrap();
    let s = r.status().as_u16();
    let text = r
        .body_mut()
        .with_config()
        .limit(64 * 1024 * 1024)
        .read_to_string()
        .unwrap_or_default();
    (s, text)
}

/// Articles about two stories, one of them with a near copy and one hostile.
pub fn seed_articles() -> String {
    serde_json::json!([
        {"title": "Earthquake kills 12 in Port Town", "source": "Coast Herald", "url": "https://herald.example/quake", "date": "2024-05-01",
         "text": "A strong earthquake struck the coastal city of Port Town on Monday, killing at least 12 people, officials said. Rescue teams searched collapsed buildings through the night for survivors. The mayor declared a state of emergency and asked the national government for help. The quake had a magnitude of 6.8 according to the geological survey."},
        {"title": "Port Town quake: rescuers search rubble", "source": "Daily Wire Service", "url": "https://wire.example/port-town", "date": "2024-05-01",
         "text": "Rescuers in Port Town searched the rubble of collapsed buildings after an earthquake killed at least 12 people on Monday, officials said. The magnitude 6.8 quake damaged the harbour and cut power to thousands of homes. The mayor declared a state of emergency in Port Town."},
        {"title": "Port Town quake: rescuers search rubble (copy)", "source": "Syndicated Copy", "date": "2024-05-01",
         "text": "Rescuers in Port Town searched the rubble of collapsed buildings after an earthquake killed at least 12 people on Monday, officials said. The magnitude 6.8 quake damaged the harbour and cut power to thousands of homes. The mayor declared a state of emergency in Port Town."},
        {"title": "<script>window.__pwned=1</script>Central bank raises rates", "source": "<img src=x onerror=\"window.__pwned=2\">Money Daily", "url": "javascript:window.__pwned=3", "date": "2024-05-02",
         "text": "The central bank raised its benchmark interest rate by half a point on Tuesday to fight inflation. <script>window.__pwned=4</script> Economists had expected a smaller increase. <a href=\"javascript:window.__pwned=5\" onclick=\"window.__pwned=6\">click</a> The bank said further increases were possible if prices keep rising."},
        {"title": "Rates go up again", "source": "Finance Post", "url": "https://finance.example/rates", "date": "2024-05-02",
         "text": "The central bank raised its benchmark interest rate by half a percentage point on Tuesday, its largest increase in years, to fight stubborn inflation. The bank said more increases were possible if prices keep rising. Economists had expected a smaller rise in the interest rate."}
    ])
    .to_string()
}
