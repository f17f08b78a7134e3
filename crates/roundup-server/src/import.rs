//! `roundup import`: filling a store without a server.

use std::path::PathBuf;

use roundup::Article;

use crate::desk::Desk;
use crate::state::*;
use crate::store::Store;

/// What a store holds after an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportCounts {
    pub articles: usize,
    /// Stories of grouped articles.
    pub stories: usize,
    /// Single articles the grouper kept apart (empty, too short, shared text).
    pub kept_apart: usize,
}

/// Fills a store without a server (`roundup import`): articles are stored and placed in stories,
/// so that `roundup serve` shows them at once.
pub struct Importer {
    store: Store,
    desk: Desk,
    db: PathBuf,
}

impl Importer {
    /// Opens the store and replays what it holds (to place new articles after it).
    pub fn open(db: &std::path::Path) -> anyhow::Result<Importer> {
        let mut store = Store::open(db)?;
        let (mut desk, complete) = Desk::from_placements(store.all_without_text()?);
        let resumed = read_grouper_state(db, &desk).and_then(|(last, grouper)| {
            let tail = store.after(last).map_err(|e| format!("{e:#}"))?;
            desk.adopt_grouper(grouper, tail)
        });
        if resumed.is_err() {
            desk = Desk::replay(store.all()?);
        }
        if !complete || resumed.is_err() {
            desk.take_moved();
            store.save_placements(&desk.placements())?;
        }
        Ok(Importer {
            store,
            desk,
            db: db.to_path_buf(),
        })
    }

    /// Stores articles in one transaction and then their placements; returns their ids.
    pub fn add(&mut self, articles: &[Article]) -> anyhow::Result<Vec<i64>> {
        let added = now();
        let seqs = self.store.insert(articles, added, &[])?;
        let batch = seqs
            .iter()
            .zip(articles)
            .map(|(&seq, a)| (seq, a.clone(), added))
            .collect();
        let mut placements = self.desk.add_batch(batch);
        // The articles that merges moved, stored after the new placements so that they win.
        placements.extend(self.desk.take_moved());
        self.store.save_placements(&placements)?;
        Ok(seqs)
    }

    /// Ends the import: the stories take their second look as at the end of `roundup stories`
    /// (see [`Desk::settle`]), the placements that changed are stored, and the grouper's state is
    /// saved beside the store, so that `roundup serve` resumes it.
    pub fn finish(mut self) -> anyhow::Result<ImportCounts> {
        let moved = self.desk.settle();
        self.store.save_placements(&moved)?;
        write_grouper_state(&self.db, &self.desk)?;
        Ok(self.counts())
    }

    /// Articles and stories in the store (stories counted as `roundup stories` counts them).
    pub fn counts(&self) -> ImportCounts {
        let kept_apart = self
            .desk
            .stories
            .values()
            .filter(|s| s.flag.is_some())
            .count();
        ImportCounts {
            articles: self.desk.articles.len(),
            stories: self.desk.stories.len() - kept_apart,
            kept_apart,
        }
    }
}
