//! The server's shared state: the store, the desk, cached story views, metrics, start-up
//! (checking the store, resuming or replaying the grouper) and saving the grouper's state.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use parking_lot::{Condvar, Mutex, RwLock};
use roundup::stories::StoryGrouper;

use crate::desk::{Desk, StoryView};
use crate::store::{Placement, Store};
use crate::Config;

#[derive(Default)]
pub(crate) struct Metrics {
    pub(crate) requests: AtomicU64,
    pub(crate) status_2xx: AtomicU64,
    pub(crate) status_4xx: AtomicU64,
    pub(crate) status_5xx: AtomicU64,
    pub(crate) articles_added: AtomicU64,
    pub(crate) summaries_computed: AtomicU64,
    pub(crate) latency_us_total: AtomicU64,
}

pub struct AppState {
    /// The connection that writes.
    pub(crate) store: Mutex<Store>,
    /// A second connection for reading article texts, so reads never wait behind a write.
    pub(crate) reader: Mutex<Store>,
    pub(crate) desk: RwLock<Desk>,
    pub(crate) views: Mutex<HashMap<String, Arc<StoryView>>>,
    pub(crate) token: Option<String>,
    pub(crate) fetch_private: bool,
    pub(crate) metrics: Metrics,
    pub(crate) started: Instant,
    /// Placements not yet stored: they are committed with the next write (or at shutdown).
    pub(crate) pending: Mutex<Vec<Placement>>,
    /// The store's path (the grouper's state is saved beside it).
    pub(crate) db: PathBuf,
    /// How the grouper was rebuilt at start-up.
    pub(crate) grouper_origin: Mutex<GrouperOrigin>,
    /// The last article covered by the saved grouper state.
    pub(crate) grouper_saved_at: std::sync::atomic::AtomicI64,
    /// Whether the store was checked and the grouper rebuilt; writes wait for it.
    pub(crate) startup: Mutex<Startup>,
    pub(crate) started_up: Condvar,
}

/// Where the grouper of a running server came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GrouperOrigin {
    /// An empty store.
    New,
    /// The saved state, given the articles stored after it.
    Resumed,
    /// Every stored article replayed.
    Replayed,
}

impl GrouperOrigin {
    pub(crate) fn name(self) -> &'static str {
        match self {
            GrouperOrigin::New => "new",
            GrouperOrigin::Resumed => "resumed",
            GrouperOrigin::Replayed => "replayed",
        }
    }
}

/// What the background start-up work has done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Startup {
    /// Checking the store and replaying its articles into the grouper.
    Replaying,
    Ready,
    /// The store failed its check or could not be read: reads go on, writes are refused.
    Failed(String),
}

pub type Shared = Arc<AppState>;

/// Opens the store and shows its stories. When every stored article has a stored placement, the
/// desk is built from them at once, and the store's integrity check and the grouper's rebuild run
/// in the background (writes wait for them); otherwise (a store from older code, or a crash before
/// the last placements were stored) both happen first and the placements are stored.
pub fn open(config: &Config) -> anyhow::Result<Shared> {
    let store = Store::open(&config.db)?;
    let (desk, complete) = Desk::from_placements(store.all_without_text()?);
    let replay = complete && !desk.articles.is_empty();
    let state = Arc::new(AppState {
        store: Mutex::new(store),
        reader: Mutex::new(Store::open(&config.db)?),
        desk: RwLock::new(desk),
        views: Mutex::new(HashMap::new()),
        token: config.token.clone(),
        fetch_private: config.fetch_private,
        metrics: Metrics::default(),
        started: Instant::now(),
        pending: Mutex::new(Vec::new()),
        db: config.db.clone(),
        grouper_saved_at: std::sync::atomic::AtomicI64::new(0),
        grouper_origin: Mutex::new(GrouperOrigin::New),
        startup: Mutex::new(if replay {
            Startup::Replaying
        } else {
            Startup::Ready
        }),
        started_up: Condvar::new(),
    });
    if !complete {
        // A crash before the last placements were stored, or a store from older code: check the
        // store, then resume the saved grouper with the articles after it, or replay them all,
        // before serving.
        state.store.lock().check_integrity()?;
        let from = Store::open(&config.db)?;
        let origin = match state.resume_grouper(&from) {
            Ok(()) => GrouperOrigin::Resumed,
            Err(why) => {
                eprintln!("roundup: replaying the stored articles ({why})");
                *state.desk.write() = Desk::replay(from.all()?);
                GrouperOrigin::Replayed
            }
        };
        *state.grouper_origin.lock() = origin;
        let placed = {
            let mut desk = state.desk.write();
            // Every placement is stored now, those that merges changed included.
            desk.take_moved();
            desk.placements()
        };
        state.store.lock().save_placements(&placed)?;
    } else if !replay {
        state.store.lock().check_integrity()?;
    }
    if replay {
        let st = state.clone();
        let db = config.db.clone();
        std::thread::Builder::new()
            .name("roundup-replay".into())
            .spawn(move || {
                let outcome = match st.check_and_rebuild(&db) {
                    Ok(()) => Startup::Ready,
                    Err(e) => {
                        eprintln!("roundup: the store cannot take writes: {e:#}");
                        Startup::Failed(format!("{e:#}"))
                    }
                };
                *st.startup.lock() = outcome;
                st.started_up.notify_all();
            })?;
    }
    let saver = Arc::downgrade(&state);
    std::thread::Builder::new()
        .name("roundup-grouper-saver".into())
        .spawn(move || save_grouper_now_and_then(saver, !replay))?;
    Ok(state)
}

/// Saves the grouper's state (see [`AppState::save_grouper`]) once at start-up when it was
/// rebuilt before serving, then every minute when at least [`SAVE_GROUPER_EVERY`] articles came
/// since the last save, so that a start-up after a crash replays at most those. Ends with the server.
pub(crate) fn save_grouper_now_and_then(state: std::sync::Weak<AppState>, now: bool) {
    let mut first = now;
    loop {
        if !first {
            std::thread::sleep(std::time::Duration::from_secs(60));
        }
        first = false;
        let Some(state) = state.upgrade() else {
            return;
        };
        let ready = matches!(*state.startup.lock(), Startup::Ready);
        let last = state.desk.read().last_seq();
        let due = last - state.grouper_saved_at.load(Ordering::Relaxed) >= SAVE_GROUPER_EVERY
            || (now && last > 0 && state.grouper_saved_at.load(Ordering::Relaxed) == 0);
        if ready && due {
            if let Err(e) = state.save_grouper() {
                eprintln!("roundup: {e:#}");
            }
        }
    }
}

/// Articles added between two saves of the grouper's state.
pub const SAVE_GROUPER_EVERY: i64 = 1000;

impl AppState {
    /// Checks the store, replays its articles into a new desk and puts it in place of the one
    /// built from stored placements. The same code places them the same way; where it does not
    /// (the grouping changed between versions) the replay wins and its placements are stored.
    fn check_and_rebuild(&self, db: &std::path::Path) -> anyhow::Result<()> {
        // A connection of its own: the others stay free (writes wait for this anyway).
        let store = Store::open(db)?;
        store.check_integrity()?;
        match self.resume_grouper(&store) {
            Ok(()) => {
                *self.grouper_origin.lock() = GrouperOrigin::Resumed;
                return Ok(());
            }
            Err(why) => eprintln!("roundup: replaying the stored articles ({why})"),
        }
        let replayed = Desk::replay(store.all()?);
        *self.grouper_origin.lock() = GrouperOrigin::Replayed;
        drop(store);
        let changed: Vec<Placement> = {
            let shown = self.desk.read();
            replayed
                .placements()
                .into_iter()
                .filter(|p| {
                    shown
                        .articles
                        .get(&p.seq)
                        .is_none_or(|e| shown.placement_of(p.seq, e) != *p)
                })
                .collect()
        };
        *self.desk.write() = replayed;
        if let Err(e) = self.save_grouper() {
            eprintln!("roundup: {e:#}");
        }
        if !changed.is_empty() {
            self.views.lock().clear();
            eprintln!(
                "roundup: {} stored articles are placed differently by this version; updating the store",
                changed.len()
            );
            self.store.lock().save_placements(&changed)?;
        }
        Ok(())
    }

    /// Blocks until the grouper can place new articles; the reason when it never will.
    pub(crate) fn wait_for_grouper(&self) -> Result<(), String> {
        let mut startup = self.startup.lock();
        loop {
            match &*startup {
                Startup::Replaying => self.started_up.wait(&mut startup),
                Startup::Ready => return Ok(()),
                Startup::Failed(why) => return Err(why.clone()),
            }
        }
    }

    /// Stores the placements that wait for the next write (call at shutdown).
    pub fn flush_placements(&self) -> anyhow::Result<()> {
        let mut store = self.store.lock();
        let pending = std::mem::take(&mut *self.pending.lock());
        store.save_placements(&pending)
    }

    /// What a clean shutdown saves: the pending placements and the grouper's state.
    pub fn shut_down(&self) -> anyhow::Result<()> {
        self.flush_placements()?;
        if matches!(*self.startup.lock(), Startup::Ready) {
            self.save_grouper()?;
        }
        Ok(())
    }

    /// Saves the grouper's state beside the store (`STORE.grouper`: written to a temporary file,
    /// flushed to disk, then renamed over the old one), so that the next start-up resumes it
    /// instead of replaying every article. Writes wait while it is serialized; reads do not.
    pub fn save_grouper(&self) -> anyhow::Result<()> {
        // Writes wait only while the state is serialized; the disk write happens without the desk.
        let t = Instant::now();
        let (last, state) = grouper_state(&self.desk.read())?;
        let serialized = t.elapsed();
        write_state_file(&self.db, &state)?;
        eprintln!(
            "roundup: saved the grouper's state after article {last} ({:.0} MB; {:.2} s with writes waiting, {:.2} s in all)",
            state.len() as f64 / 1e6,
            serialized.as_secs_f64(),
            t.elapsed().as_secs_f64()
        );
        self.grouper_saved_at.store(last, Ordering::Relaxed);
        Ok(())
    }

    /// Loads the saved grouper state and gives it the articles stored after it; an error says
    /// why it cannot be used (none saved, another store's, another version's, out of step).
    fn resume_grouper(&self, store: &Store) -> Result<(), String> {
        // Loading takes a while: the desk stays readable meanwhile.
        let (last, grouper) = {
            let desk = self.desk.read();
            read_grouper_state(&self.db, &desk)?
        };
        let tail = store.after(last).map_err(|e| format!("{e:#}"))?;
        self.desk.write().adopt_grouper(grouper, tail)?;
        self.grouper_saved_at.store(last, Ordering::Relaxed);
        Ok(())
    }
}

/// Reads the grouper state saved beside the store `db`, when it belongs to the store `desk` shows
/// (its last article is there, added at the same time); returns the last article it covers.
pub(crate) fn read_grouper_state(
    db: &std::path::Path,
    desk: &Desk,
) -> Result<(i64, StoryGrouper), String> {
    let path = grouper_path(db);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err("no saved grouper state".into())
        }
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    if bytes.len() < 16 {
        return Err(format!("{} is too short", path.display()));
    }
    let last = i64::from_le_bytes(bytes[..8].try_into().unwrap_or_default());
    let mark = i64::from_le_bytes(bytes[8..16].try_into().unwrap_or_default());
    if desk.articles.get(&last).is_none_or(|e| e.added != mark) {
        return Err(format!("{} belongs to another store", path.display()));
    }
    Ok((last, StoryGrouper::load_state(&bytes[16..])?))
}

/// Writes a desk's grouper state beside the store `db` (see [`AppState::save_grouper`]); returns
/// the last article it covers.
pub(crate) fn write_grouper_state(db: &std::path::Path, desk: &Desk) -> anyhow::Result<i64> {
    let (last, state) = grouper_state(desk)?;
    write_state_file(db, &state)?;
    Ok(last)
}

/// A desk's grouper state as saved (see [`write_grouper_state`]), in memory, with the last article
/// it covers: the desk is needed only while it is serialized, not while it is written to disk.
pub(crate) fn grouper_state(desk: &Desk) -> anyhow::Result<(i64, Vec<u8>)> {
    let last = desk.last_seq();
    let mark = desk.articles.get(&last).map_or(0, |e| e.added);
    let mut state = Vec::new();
    state.extend_from_slice(&last.to_le_bytes());
    state.extend_from_slice(&mark.to_le_bytes());
    desk.save_grouper(&mut state).map_err(anyhow::Error::msg)?;
    Ok((last, state))
}

/// Writes a saved state beside the store: a temporary file, flushed to disk, renamed over the old.
pub(crate) fn write_state_file(db: &std::path::Path, state: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let path = grouper_path(db);
    let tmp = path.with_extension("grouper-tmp");
    let mut file =
        std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    file.write_all(state)?;
    file.sync_all()?;
    std::fs::rename(&tmp, &path).with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}

/// Where the grouper's state is saved: beside the store, `STORE.grouper`.
pub(crate) fn grouper_path(db: &std::path::Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".grouper");
    PathBuf::from(name)
}

pub(crate) fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
