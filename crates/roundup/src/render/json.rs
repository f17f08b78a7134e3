use serde::Serialize;
use serde_json::{json, Value};

use super::{citation_numbers, duplicates_of, sentence_text, SummaryDocument};
use crate::model::Budget;

/// The schema name and version written into every JSON summary.
pub const SCHEMA: &str = "roundup.summary/1";

/// The JSON value of a summary document (schema `roundup.summary/1`, documented in the README).
pub fn summary_json(doc: &SummaryDocument<'_>) -> Value {
    let sentences: Vec<Value> = doc
        .summary
        .sentences
        .iter()
        .map(|s| {
            json!({
                "text": s.text,
                "article": s.article + 1,
                "sentence_index": s.sentence_index,
                "score": s.score,
                "citations": citation_numbers(s),
                "support": s.support.iter().map(|x| json!({
                    "article": x.article + 1,
                    "sentence_index": x.sentence_index,
                    "similarity": round3(x.similarity),
                    "evidence": x.evidence.iter().map(|&i| json!({
                        "sentence_index": i,
                        "text": sentence_text(doc, x.article, i),
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let articles: Vec<Value> = doc
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            json!({
                "number": i + 1,
                "id": a.id,
                "title": a.title,
                "source": a.source,
                "url": a.url,
                "date": a.date,
                "origin": a.origin,
                "label": a.label(),
                "words": a.text.split_whitespace().count(),
                "language": doc.article_languages.get(i).map(|l| l.code()),
                "duplicates": duplicates_of(doc, i).iter().map(|d| json!({
                    "id": d.copy.id,
                    "origin": d.copy.origin,
                    "source": d.copy.source,
                    "url": d.copy.url,
                    "similarity": round3(d.similarity),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let budget = match doc.budget {
        Budget::Words(n) => json!({"words": n}),
        Budget::Sentences(n) => json!({"sentences": n}),
    };
    let mut value = json!({
        "schema": SCHEMA,
        "roundup_version": crate::VERSION,
        "cluster": doc.cluster_id,
        "language": doc.language.code(),
        "options": { "method": doc.method, "budget": budget },
        "summary": sentences,
        "words": doc.summary.word_count(),
        "articles": articles,
        "cleaning": {
            "duplicates_folded": doc.duplicates.len(),
            "boilerplate_lines_removed": doc.boilerplate_lines_removed,
        },
        "set_aside": doc.set_aside.iter().map(|s| json!({
            "id": s.article.id,
            "origin": s.article.origin,
            "label": s.article.label(),
            "source": s.article.source,
            "url": s.article.url,
            "reason": s.reason,
        })).collect::<Vec<_>>(),
    });
    if let Some(note) = language_note(doc) {
        value["language_note"] = Value::String(note);
    }
    if let Some(comparison) = doc.comparison {
        value["comparison"] = crate::compare::comparison_json(comparison);
    }
    value
}

/// A similarity rounded to 3 decimals (0.823, not 0.8230000138282776).
fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// A summary's JSON fields in the documented order (`schema` first), for writing it out: a
/// `serde_json::Value` object keeps its keys sorted.
#[derive(Serialize)]
struct Ordered<'a> {
    schema: &'a Value,
    roundup_version: &'a Value,
    cluster: &'a Value,
    language: &'a Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    language_note: Option<&'a Value>,
    options: &'a Value,
    summary: &'a Value,
    words: &'a Value,
    articles: &'a Value,
    cleaning: &'a Value,
    set_aside: &'a Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    comparison: Option<&'a Value>,
}

/// The JSON text of a summary document, `schema` first (one line, or indented when `pretty`).
pub fn summary_json_text(doc: &SummaryDocument<'_>, pretty: bool) -> String {
    let v = summary_json(doc);
    let ordered = Ordered {
        schema: &v["schema"],
        roundup_version: &v["roundup_version"],
        cluster: &v["cluster"],
        language: &v["language"],
        language_note: v.get("language_note"),
        options: &v["options"],
        summary: &v["summary"],
        words: &v["words"],
        articles: &v["articles"],
        cleaning: &v["cleaning"],
        set_aside: &v["set_aside"],
        comparison: v.get("comparison"),
    };
    let text = if pretty {
        serde_json::to_string_pretty(&ordered)
    } else {
        serde_json::to_string(&ordered)
    };
    text.unwrap_or_default()
}

/// When some articles are in another language than the cluster's: which, and what roundup did.
/// Outside English their sentences are never selected (the cluster's tokenizer cannot read them);
/// an English cluster keeps its long-standing behaviour and only says so.
pub fn language_note(doc: &SummaryDocument<'_>) -> Option<String> {
    let others: Vec<String> = doc
        .article_languages
        .iter()
        .enumerate()
        .filter(|(_, &l)| l != doc.language)
        .map(|(i, l)| format!("{} ({})", i + 1, l.code()))
        .collect();
    if others.is_empty() {
        return None;
    }
    let what = if doc.language == crate::lang::Language::English {
        "the cluster was analysed as English"
    } else {
        "their sentences were left out of the summary"
    };
    Some(format!(
        "summarized in {}: articles {} are in another language, and {what}; summarize them apart \
         (roundup summarizes one language at a time)",
        doc.language.code(),
        others.join(", ")
    ))
}
