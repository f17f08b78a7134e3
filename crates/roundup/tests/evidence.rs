//! The evidence a reader is shown for a citation: the sentences of the cited article that carry
//! the claim, not a neighbour that only shares a word with it.
//!
//! Needs the shared data folder: `$ROUNDUP_SHARED` or `../shared` beside the workspace.

use roundup::attribute::{AttributionParams, Attributor};
use roundup::clean::clean_cluster;
use roundup::eval::dataset::{read_eval_clusters, shared_path};
use roundup::pipeline::cluster_from_texts;
use roundup::summarize::ClusterStats;
use roundup::text::Analyzer;

#[test]
fn an_evidence_sentence_sharing_one_word_is_not_shown_beside_one_carrying_the_claim() {
    // (session 28: `A strong earthquake has once again struck Haiti, eight days after …` was shown
    // with a doctor's quotation that shares only `day`, beside the sentence about the quake)
    let path = shared_path("data/duc/tac2011-english.jsonl").unwrap_or_else(|e| panic!("{e}"));
    let clusters = read_eval_clusters(&path).expect("TAC 2011");
    let analyzer = Analyzer::new();
    let (mut two_sentence, mut wrong) = (0, Vec::new());
    for c in &clusters {
        let cluster = analyzer.analyse(clean_cluster(cluster_from_texts(&c.id, &c.documents)));
        let stats = ClusterStats::new(&cluster);
        let attributor = Attributor::new(
            &cluster,
            &stats.idf,
            &stats.content_terms,
            AttributionParams::default(),
        );
        for s in 0..cluster.sentences.len() {
            let mine = &stats.content_terms[s];
            for support in attributor.supports(s) {
                let start = cluster.article_sentences[support.article].start;
                let shared: Vec<(usize, f32)> = support
                    .evidence
                    .iter()
                    .map(|&i| {
                        let terms = &stats.content_terms[start + i];
                        let common: Vec<u32> =
                            terms.iter().copied().filter(|t| mine.contains(t)).collect();
                        (
                            common.len(),
                            common.iter().map(|&t| stats.idf[t as usize]).sum(),
                        )
                    })
                    .collect();
                if shared.len() == 2 {
                    two_sentence += 1;
                }
                let most = shared.iter().map(|&(_, w)| w).fold(0.0f32, f32::max);
                if shared
                    .iter()
                    .any(|&(n, w)| n == 0 || n == 1 && w * 3.0 < most)
                {
                    wrong.push((c.id.clone(), cluster.sentences[s].text.clone(), support));
                }
            }
        }
    }
    assert!(two_sentence > 0, "no citation rests on two sentences");
    assert!(wrong.is_empty(), "{wrong:#?}");
}
