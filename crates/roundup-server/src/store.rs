//! The durable store: one SQLite file (WAL, `synchronous=FULL`), one row per article.
//!
//! A write returns only after its transaction committed, so an acknowledged article survives a
//! crash or a power cut. Where each article went (its story, the article it copies) is stored
//! too, one request late: the placements of one write are committed with the next write's
//! articles (or at a clean shutdown), so placing costs no extra disk flush. At start-up the
//! placements show every story at once, while the grouper is rebuilt in the background by
//! replaying the articles in the order they were added. When the grouper merges one story into
//! another, the moved articles' placements are stored again the same way (with the story they
//! were first placed in, so the old story id still leads to the new one).

use std::path::Path;

use anyhow::Context;
use roundup::Article;
use rusqlite::{params, Connection};

/// An article as stored: its sequence number (the desk's id for it), the article (its `id` the
/// input's own id, empty when it gave none), and when it was added.
#[derive(Debug, Clone)]
pub struct StoredArticle {
    pub seq: i64,
    pub article: Article,
    /// Unix seconds.
    pub added: i64,
    /// Where the desk put it, when that was stored.
    pub placement: Option<Placement>,
}

/// Where the desk put an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub seq: i64,
    pub story: String,
    /// The id of the article it copies, for a near-duplicate.
    pub duplicate_of: Option<String>,
    /// Why the grouper kept it apart (`empty`, `short`, `shared_text`, `unplaced`).
    pub flag: Option<String>,
    /// The story's headline, kept with the story's first article.
    pub headline: Option<String>,
    /// The story the article was first placed in, when that story has since merged into
    /// `story` (the grouper's second look): the old story id then leads to the new one.
    pub first_story: Option<String>,
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
            );
            CREATE TABLE IF NOT EXISTS placements (
                seq INTEGER PRIMARY KEY,
                story TEXT NOT NULL, duplicate_of TEXT, flag TEXT, headline TEXT,
                first_story TEXT
            );",
        )
        .context("cannot create the store's tables")?;
        // A store written before stories could merge: the column is added (empty: nothing moved).
        let has_first_story = conn
            .prepare("SELECT 1 FROM pragma_table_info('placements') WHERE name = 'first_story'")?
            .exists([])?;
        if !has_first_story {
            conn.execute("ALTER TABLE placements ADD COLUMN first_story TEXT", [])
                .context("cannot add first_story to the placements")?;
        }
        // A store written before input ids were kept: the column is added (empty: none known).
        let has_input_id = conn
            .prepare("SELECT 1 FROM pragma_table_info('articles') WHERE name = 'input_id'")?
            .exists([])?;
        if !has_input_id {
            conn.execute("ALTER TABLE articles ADD COLUMN input_id TEXT", [])
                .context("cannot add input_id to the articles")?;
        }
        Ok(Store { conn })
    }

    /// SQLite's `quick_check` of the whole file (it reads every page: seconds on a large store).
    pub fn check_integrity(&self) -> anyhow::Result<()> {
        let ok: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        anyhow::ensure!(ok == "ok", "the store failed its integrity check: {ok}");
        Ok(())
    }

    /// Adds articles in one transaction, with `placements` of earlier articles; returns the
    /// articles' sequence numbers once committed.
    pub fn insert(
        &mut self,
        articles: &[Article],
        added: i64,
        placements: &[Placement],
    ) -> anyhow::Result<Vec<i64>> {
        let tx = self.conn.transaction()?;
        write_placements(&tx, placements)?;
        let mut seqs = Vec::with_capacity(articles.len());
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO articles (title, source, url, date, origin, text, added, input_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for a in articles {
                let input_id = Some(a.id.trim()).filter(|id| !id.is_empty());
                stmt.execute(params![
                    a.title, a.source, a.url, a.date, a.origin, a.text, added, input_id
                ])?;
                seqs.push(tx.last_insert_rowid());
            }
        }
        tx.commit()?;
        Ok(seqs)
    }

    /// Stores placements (replacing earlier ones of the same articles) in one transaction.
    pub fn save_placements(&mut self, placements: &[Placement]) -> anyhow::Result<()> {
        if placements.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        write_placements(&tx, placements)?;
        tx.commit()?;
        Ok(())
    }

    /// Every article with its placement when stored, in the order added.
    pub fn all(&self) -> anyhow::Result<Vec<StoredArticle>> {
        self.articles("a.text")
    }

    /// Every article with its placement, in the order added, without the texts (left empty):
    /// what the desk keeps in memory.
    pub fn all_without_text(&self) -> anyhow::Result<Vec<StoredArticle>> {
        self.articles("''")
    }

    /// The articles added after article `seq`, with their texts, in order.
    pub fn after(&self, seq: i64) -> anyhow::Result<Vec<StoredArticle>> {
        self.select("a.text", seq)
    }

    fn articles(&self, text_column: &str) -> anyhow::Result<Vec<StoredArticle>> {
        self.select(text_column, 0)
    }

    fn select(&self, text_column: &str, after: i64) -> anyhow::Result<Vec<StoredArticle>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT a.seq, a.title, a.source, a.url, a.date, a.origin, {text_column}, a.added,
                    p.story, p.duplicate_of, p.flag, p.headline, p.first_story, a.input_id
             FROM articles a LEFT JOIN placements p ON p.seq = a.seq
             WHERE a.seq > ?1 ORDER BY a.seq"
        ))?;
        let rows = stmt.query_map([after], |r| {
            let seq: i64 = r.get(0)?;
            let story: Option<String> = r.get(8)?;
            Ok(StoredArticle {
                seq,
                article: Article {
                    // The input's own id when it gave one (the desk's id is `seq`).
                    id: r.get::<_, Option<String>>(13)?.unwrap_or_default(),
                    title: r.get(1)?,
                    source: r.get(2)?,
                    url: r.get(3)?,
                    date: r.get(4)?,
                    origin: r.get(5)?,
                    text: r.get(6)?,
                },
                added: r.get(7)?,
                placement: match story {
                    Some(story) => Some(Placement {
                        seq,
                        story,
                        duplicate_of: r.get(9)?,
                        flag: r.get(10)?,
                        headline: r.get(11)?,
                        first_story: r.get(12)?,
                    }),
                    None => None,
                },
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The texts of the given articles (unknown ones left out).
    pub fn texts(&self, seqs: &[i64]) -> anyhow::Result<std::collections::HashMap<i64, String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT text FROM articles WHERE seq = ?1")?;
        let mut out = std::collections::HashMap::with_capacity(seqs.len());
        for &seq in seqs {
            if let Some(text) = stmt
                .query_row([seq], |r| r.get::<_, String>(0))
                .map(Some)
                .or_else(|e| match e {
                    rusqlite::Error::QueryReturnedNoRows => Ok(None),
                    e => Err(e),
                })?
            {
                out.insert(seq, text);
            }
        }
        Ok(out)
    }

    /// Number of stored articles.
    pub fn count(&self) -> anyhow::Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))?)
    }
}

fn write_placements(tx: &rusqlite::Transaction, placements: &[Placement]) -> anyhow::Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT OR REPLACE INTO placements (seq, story, duplicate_of, flag, headline, first_story)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for p in placements {
        stmt.execute(params![
            p.seq,
            p.story,
            p.duplicate_of,
            p.flag,
            p.headline,
            p.first_story
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_from_before_merges_gets_the_first_story_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            // The tables as older code made them, with one placed article.
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(
                "CREATE TABLE articles (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    title TEXT, source TEXT, url TEXT, date TEXT,
                    origin TEXT NOT NULL, text TEXT NOT NULL,
                    added INTEGER NOT NULL
                );
                CREATE TABLE placements (
                    seq INTEGER PRIMARY KEY,
                    story TEXT NOT NULL, duplicate_of TEXT, flag TEXT, headline TEXT
                );
                INSERT INTO articles (title, origin, text, added) VALUES ('T', 'api', 'Some text.', 1);
                INSERT INTO placements (seq, story, headline) VALUES (1, 'story-1', 'T');",
            )
            .unwrap();
        }
        let mut store = Store::open(&path).unwrap();
        let placed = store.all().unwrap()[0].placement.clone().unwrap();
        assert_eq!(placed.story, "story-1");
        assert_eq!(placed.first_story, None);
        // A moved placement is stored and read back.
        store
            .save_placements(&[Placement {
                story: "story-1".to_string(),
                first_story: Some("story-2".to_string()),
                ..placed
            }])
            .unwrap();
        drop(store);
        let store = Store::open(&path).unwrap();
        let placed = store.all().unwrap()[0].placement.clone().unwrap();
        assert_eq!(placed.first_story.as_deref(), Some("story-2"));
    }
}
