//! The durable store: one SQLite file (WAL, `synchronous=FULL`), one row per article.
//!
//! A write returns only after its transaction committed, so an acknowledged article survives a
//! crash or a power cut. Stories are not stored: they are rebuilt at start-up by replaying the
//! articles in the order they were added.

use std::path::Path;

use anyhow::Context;
use roundup::Article;
use rusqlite::{params, Connection};

/// An article as stored: its sequence number (its id), the article, and when it was added.
#[derive(Debug, Clone)]
pub struct StoredArticle {
    pub seq: i64,
    pub article: Article,
    /// Unix seconds.
    pub added: i64,
}

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating when needed) the store at `path`.
    pub fn open(path: &Path) -> anyhow::Result<Store> {
        let conn = Connection::open(path)
            .with_context(|| format!("cannot open the store {}", path.display()))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS articles (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                title TEXT, source TEXT, url TEXT, date TEXT,
                origin TEXT NOT NULL, text TEXT NOT NULL,
                added INTEGER NOT NULL
            );",
        )
        .context("cannot create the store's tables")?;
        let ok: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        anyhow::ensure!(ok == "ok", "the store failed its integrity check: {ok}");
        Ok(Store { conn })
    }

    /// Adds articles in one transaction; returns their sequence numbers once committed.
    pub fn insert(&mut self, articles: &[Article], added: i64) -> anyhow::Result<Vec<i64>> {
        let tx = self.conn.transaction()?;
        let mut seqs = Vec::with_capacity(articles.len());
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO articles (title, source, url, date, origin, text, added)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for a in articles {
                stmt.execute(params![
                    a.title, a.source, a.url, a.date, a.origin, a.text, added
                ])?;
                seqs.push(tx.last_insert_rowid());
            }
        }
        tx.commit()?;
        Ok(seqs)
    }

    /// Every article, in the order added.
    pub fn all(&self) -> anyhow::Result<Vec<StoredArticle>> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, title, source, url, date, origin, text, added FROM articles ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |r| {
            let seq: i64 = r.get(0)?;
            Ok(StoredArticle {
                seq,
                article: Article {
                    id: seq.to_string(),
                    title: r.get(1)?,
                    source: r.get(2)?,
                    url: r.get(3)?,
                    date: r.get(4)?,
                    origin: r.get(5)?,
                    text: r.get(6)?,
                },
                added: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Number of stored articles.
    pub fn count(&self) -> anyhow::Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))?)
    }
}
