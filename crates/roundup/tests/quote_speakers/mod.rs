//! What the speaker tests read: every quotation of a text and the speaker a reader sees beside it.

use roundup::clean::clean_cluster;
use roundup::compare::quotes::find_quotes;
use roundup::pipeline::cluster_from_texts;
use roundup::text::Analyzer;

/// (quoted words, speaker) of every quotation of one article.
pub fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in_cluster(&[text.to_string()])
}

/// (quoted words, speaker) of every quotation of a cluster of articles.
pub fn speakers_in_cluster(texts: &[String]) -> Vec<(String, Option<String>)> {
    let cluster = Analyzer::new().analyse(clean_cluster(cluster_from_texts("rules", texts)));
    let (quotes, _) = find_quotes(&cluster);
    quotes.into_iter().map(|q| (q.text, q.speaker)).collect()
}

/// The speaker of the quotation whose words start with `start`.
pub fn speaker_of(found: &[(String, Option<String>)], start: &str) -> Option<String> {
    found
        .iter()
        .find(|(t, _)| t.trim_start().starts_with(start))
        .unwrap_or_else(|| panic!("no quotation starting {start:?} in {found:?}"))
        .1
        .clone()
}
