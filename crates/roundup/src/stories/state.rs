//! Saving and loading a grouper's whole state (`roundup serve` resumes it at start-up).

use serde::{Deserialize, Serialize};

use super::StoryGrouper;
use crate::model::Article;

/// An article as a plain tuple of its fields: the model's serde form leaves out empty fields,
/// which a compact (not self-describing) format such as the grouper's saved state cannot read back.
pub(super) mod article_as_tuple {
    use super::Article;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    type Fields = (
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
        String,
    );

    pub fn serialize<S: Serializer>(a: &Article, s: S) -> Result<S::Ok, S::Error> {
        (
            &a.id, &a.title, &a.source, &a.url, &a.date, &a.origin, &a.text,
        )
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Article, D::Error> {
        let (id, title, source, url, date, origin, text) = Fields::deserialize(d)?;
        Ok(Article {
            id,
            title,
            source,
            url,
            date,
            origin,
            text,
        })
    }
}

/// Marks a saved grouper state.
pub(super) const STATE_MAGIC: &str = "roundup.grouper/2";

#[derive(Serialize, Deserialize)]
pub(super) struct StateHeader {
    pub(super) magic: String,
    pub(super) version: String,
    /// [`GROUPING_CODE`] of the code that wrote it.
    pub(super) code: u64,
}

/// A fingerprint of the code that decides groupings (this module, its features and MinHash, the
/// tokenizer, the word splitting and the copy shingles), computed at compile time: a state saved by other code, even of the same version
/// number, is refused rather than continued with different term ids or rules.
pub(super) const GROUPING_CODE: u64 = fnv1a(include_bytes!("mod.rs"))
    ^ fnv1a(include_bytes!("grouper.rs")).rotate_left(5)
    ^ fnv1a(include_bytes!("vectors.rs")).rotate_left(11)
    ^ fnv1a(include_bytes!("state.rs")).rotate_left(23)
    ^ fnv1a(include_bytes!("features.rs")).rotate_left(17)
    ^ fnv1a(include_bytes!("minhash.rs")).rotate_left(31)
    ^ fnv1a(include_bytes!("../text/tokens.rs")).rotate_left(47)
    ^ fnv1a(include_bytes!("../words.rs")).rotate_left(7)
    ^ fnv1a(include_bytes!("../clean/dedupe.rs")).rotate_left(53);

pub(super) const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

impl StoryGrouper {
    /// Writes the grouper's whole state (open stories, indexes, term statistics, closed stories
    /// not yet taken), tagged with the format and the library version.
    pub fn save_state(&self, out: impl std::io::Write) -> Result<(), String> {
        let header = StateHeader {
            magic: STATE_MAGIC.to_string(),
            version: crate::VERSION.to_string(),
            code: GROUPING_CODE,
        };
        postcard::to_io(&(header, self), out)
            .map(|_| ())
            .map_err(|e| format!("cannot write the grouper's state: {e}"))
    }
    /// Reads a state written by [`StoryGrouper::save_state`] of this same library version (another
    /// version may group differently, so its state is refused: replay the stream instead).
    pub fn load_state(bytes: &[u8]) -> Result<StoryGrouper, String> {
        let (header, _): (StateHeader, &[u8]) =
            postcard::take_from_bytes(bytes).map_err(|e| format!("not a grouper state: {e}"))?;
        if header.magic != STATE_MAGIC {
            return Err("not a grouper state".to_string());
        }
        if header.version != crate::VERSION {
            return Err(format!(
                "a grouper state of roundup {}, not {}",
                header.version,
                crate::VERSION
            ));
        }
        if header.code != GROUPING_CODE {
            return Err("a grouper state saved by other grouping code".to_string());
        }
        let (_, grouper): (StateHeader, StoryGrouper) = postcard::from_bytes(bytes)
            .map_err(|e| format!("the grouper state is damaged: {e}"))?;
        Ok(grouper)
    }
}
