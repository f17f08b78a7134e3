//! Writing stories: one JSON object a line (schema `roundup.stories/1`) or Markdown.

use serde_json::{json, Value};

use super::Story;
use crate::pipeline::SummarizedCluster;

/// The schema name written into every story line.
pub const SCHEMA: &str = "roundup.stories/1";

/// A story's summary sentences with the ids of the articles each cites (its origin first).
pub fn cited_sentences(summary: &SummarizedCluster) -> Vec<(String, Vec<String>)> {
    let articles = &summary.analysed.articles;
    summary
        .summary
        .sentences
        .iter()
        .map(|s| {
            let mut ids: Vec<String> = Vec::new();
            for i in s.cited_articles() {
                if let Some(a) = articles.get(i) {
                    if !ids.contains(&a.id) {
                        ids.push(a.id.clone());
                    }
                }
            }
            (s.text.clone(), ids)
        })
        .collect()
}

/// The JSON value of one story (and its summary, when made).
pub fn story_json(story: &Story, summary: Option<&SummarizedCluster>) -> Value {
    let articles: Vec<Value> = story
        .articles
        .iter()
        .map(|a| {
            let mut v = json!({
                "id": a.article.id,
                "title": a.article.title,
                "source": a.article.source,
                "date": a.article.date,
            });
            if let Some(d) = &a.duplicate_of {
                v["duplicate_of"] = json!(d);
                v["similarity"] = json!((a.similarity * 1000.0).round() / 1000.0);
            }
            v
        })
        .collect();
    let summary = summary.map(|s| {
        cited_sentences(s)
            .into_iter()
            .map(|(text, ids)| json!({"text": text, "citations": ids}))
            .collect::<Vec<_>>()
    });
    json!({
        "schema": SCHEMA,
        "id": story.id,
        "headline": story.headline,
        "headline_source": story.headline_source,
        "flag": story.flag,
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "articles": articles,
        "duplicate_groups": story.duplicate_groups,
        "summary": summary,
    })
}

/// One story as Markdown: headline, dates, the cited summary, then the articles.
pub fn story_markdown(story: &Story, summary: Option<&SummarizedCluster>) -> String {
    let mut out = String::new();
    let headline = if story.headline.is_empty() {
        "(no headline)"
    } else {
        story.headline.as_str()
    };
    out.push_str(&format!("## {headline}\n\n"));
    let mut meta = vec![
        format!("`{}`", story.id),
        format!(
            "{} article{}",
            story.articles.len(),
            if story.articles.len() == 1 { "" } else { "s" }
        ),
    ];
    match (&story.first_seen, &story.last_seen) {
        (Some(a), Some(b)) if a != b => meta.push(format!("{a} to {b}")),
        (Some(a), _) => meta.push(a.clone()),
        _ => {}
    }
    if !story.duplicate_groups.is_empty() {
        let copies: usize = story.duplicate_groups.iter().map(|g| g.len() - 1).sum();
        meta.push(format!(
            "{copies} duplicate{}",
            if copies == 1 { "" } else { "s" }
        ));
    }
    if let Some(flag) = story.flag {
        meta.push(format!("flag: {}", flag.name()));
    }
    out.push_str(&meta.join(" · "));
    out.push_str("\n\n");
    let number = |id: &str| {
        story
            .articles
            .iter()
            .filter(|a| a.duplicate_of.is_none())
            .position(|a| a.article.id == id)
            .map_or(0, |p| p + 1)
    };
    if let Some(s) = summary {
        for (text, ids) in cited_sentences(s) {
            let marks: String = ids.iter().map(|id| format!("[{}]", number(id))).collect();
            out.push_str(&format!("{text} {marks}\n"));
        }
        out.push('\n');
    }
    let mut n = 0;
    for a in &story.articles {
        let art = &a.article;
        let mut line = String::new();
        match &a.duplicate_of {
            None => {
                n += 1;
                line.push_str(&format!("{n}. "));
            }
            Some(of) => line.push_str(&format!("   - copy of `{of}`: ")),
        }
        line.push_str(&format!("`{}`", art.id));
        if let Some(t) = art.title.as_deref().filter(|t| !t.trim().is_empty()) {
            line.push_str(&format!(" {}", t.trim()));
        }
        let details: Vec<&str> = [art.source.as_deref(), art.date.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.trim().is_empty())
            .collect();
        if !details.is_empty() {
            line.push_str(&format!(" ({})", details.join(", ")));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}
