//! Text, Markdown and JSON output of a [`Comparison`]. Article numbers are shown 1-based, as the
//! summary's citations are; JSON follows the `roundup.comparison/1` schema documented in the
//! README (the same object is the `comparison` section of `summarize --format json`).

use serde_json::{json, Value};

use super::{Comparison, Statement};
use crate::model::Article;
use crate::render::Format;

/// The schema name written into standalone comparison JSON.
pub const COMPARISON_SCHEMA: &str = "roundup.comparison/1";

fn statement_json(s: &Statement) -> Value {
    json!({ "article": s.article + 1, "sentence_index": s.sentence_index, "text": s.text })
}

fn numbers(articles: &[usize]) -> Vec<usize> {
    articles.iter().map(|a| a + 1).collect()
}

/// The comparison as a JSON value (articles numbered from 1).
pub fn comparison_json(c: &Comparison) -> Value {
    json!({
        "quotes": c.quotes.iter().map(|q| json!({
            "text": q.text,
            "speaker": q.speaker,
            "verb": q.verb,
            "articles": numbers(&q.articles),
            "occurrences": q.occurrences.iter().map(|o| json!({
                "article": o.article + 1,
                "sentence_index": o.sentence_index,
                "start": o.start,
                "end": o.end,
                "speaker": o.speaker,
                "speaker_as_written": o.speaker_as_written,
                "verb": o.verb,
                "form": o.form,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "speakers": c.speakers.iter().map(|s| json!({
            "name": s.name,
            "variants": s.variants,
            "quotes": s.quotes,
            "articles": numbers(&s.articles),
        })).collect::<Vec<_>>(),
        "consensus": c.consensus.iter().map(|x| json!({
            "statement": statement_json(&x.statement),
            "count": x.articles.len(),
            "articles": numbers(&x.articles),
            "support": x.support.iter().map(statement_json).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "unique": c.unique.iter().map(|u| json!({
            "article": u.article + 1,
            "statements": u.statements.iter().map(|s| {
                let mut v = statement_json(&s.statement);
                v["score"] = json!(s.score);
                v
            }).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "disputes_checked": c.disputes_checked,
        "disputed": c.disputed.iter().map(|d| json!({
            "claim": statement_json(&d.claim),
            "counter": statement_json(&d.counter),
            "kind": d.kind,
            "figures": d.shared,
            "score": d.score,
        })).collect::<Vec<_>>(),
    })
}

fn markers(articles: &[usize], markdown: bool) -> String {
    articles
        .iter()
        .map(|a| {
            if markdown {
                format!("[\\[{}\\]](#source-{})", a + 1, a + 1)
            } else {
                format!("[{}]", a + 1)
            }
        })
        .collect()
}

fn escape(text: &str, markdown: bool) -> String {
    if markdown {
        crate::render::escape_markdown(text)
    } else {
        text.to_string()
    }
}

/// Renders a comparison of `articles` (the cleaned cluster's articles, for the source list).
pub fn render_comparison(
    cluster_id: &str,
    articles: &[Article],
    c: &Comparison,
    format: Format,
) -> String {
    if format == Format::Json {
        let mut v = comparison_json(c);
        if let Value::Object(map) = &mut v {
            map.insert("schema".into(), json!(COMPARISON_SCHEMA));
            map.insert("roundup_version".into(), json!(crate::VERSION));
            map.insert("cluster".into(), json!(cluster_id));
            map.insert(
                "articles".into(),
                json!(articles
                    .iter()
                    .enumerate()
                    .map(|(i, a)| json!({
                        "number": i + 1, "id": a.id, "title": a.title, "source": a.source,
                        "url": a.url, "date": a.date, "origin": a.origin, "label": a.label(),
                    }))
                    .collect::<Vec<_>>()),
            );
        }
        // `schema` first, then the rest in the documented order (a `Value` object sorts its keys)
        let mut s = String::from("{\n");
        let keys = [
            "schema",
            "roundup_version",
            "cluster",
            "quotes",
            "speakers",
            "consensus",
            "unique",
            "disputes_checked",
            "disputed",
            "articles",
        ];
        let fields: Vec<String> = keys
            .iter()
            .filter_map(|&k| {
                let value = serde_json::to_string_pretty(v.get(k)?).ok()?;
                Some(format!("  {}: {}", json!(k), value.replace('\n', "\n  ")))
            })
            .collect();
        s.push_str(&fields.join(",\n"));
        s.push_str("\n}\n");
        return s;
    }
    let md = format == Format::Markdown;
    let e = |t: &str| escape(t, md);
    let heading = |t: &str| {
        if md {
            format!("### {t}\n\n")
        } else {
            format!("{t}\n")
        }
    };
    let bullet = if md { "- " } else { "  - " };
    let mut out = String::new();
    if md {
        out.push_str(&format!("## Comparison of {}\n\n", e(cluster_id)));
    }
    out.push_str(&heading("Quotes"));
    if c.quotes.is_empty() {
        out.push_str(&format!("{bullet}(none)\n"));
    }
    for q in &c.quotes {
        let who = q.speaker.as_deref().unwrap_or("unattributed");
        let verb = q
            .verb
            .as_deref()
            .map(|v| format!(" ({v})"))
            .unwrap_or_default();
        out.push_str(&format!(
            "{bullet}{}{verb}: \"{}\" {}\n",
            if md {
                format!("**{}**", e(who))
            } else {
                who.to_string()
            },
            e(&q.text),
            markers(&q.articles, md)
        ));
    }
    out.push('\n');
    out.push_str(&heading("Consensus"));
    if c.consensus.is_empty() {
        out.push_str(&format!(
            "{bullet}(no statement is reported by most outlets)\n"
        ));
    }
    for x in &c.consensus {
        out.push_str(&format!(
            "{bullet}{} — {} of {} outlets {}\n",
            e(&x.statement.text),
            x.articles.len(),
            articles.len(),
            markers(&x.articles, md)
        ));
    }
    out.push('\n');
    out.push_str(&heading("Only in one outlet"));
    for u in &c.unique {
        let label = articles
            .get(u.article)
            .map(crate::render::display_name)
            .unwrap_or_default();
        out.push_str(&format!(
            "{}[{}] {}\n",
            if md { "- " } else { "  " },
            u.article + 1,
            e(&label)
        ));
        if u.statements.is_empty() {
            out.push_str(if md {
                "  - (nothing found that no other outlet reports)\n"
            } else {
                "    - (nothing found that no other outlet reports)\n"
            });
        }
        for s in &u.statements {
            out.push_str(&format!(
                "{}{}\n",
                if md { "  - " } else { "    - " },
                e(&s.statement.text)
            ));
        }
    }
    out.push('\n');
    if c.disputes_checked {
        out.push_str(&heading(
            "Disputed (unverified: figures that differ between outlets)",
        ));
        if c.disputed.is_empty() {
            out.push_str(&format!("{bullet}(no differing figures found)\n"));
        }
        for d in &c.disputed {
            let kind = match d.kind {
                super::DisputeKind::Denial => "denied",
                super::DisputeKind::Negation => "contradicted",
                super::DisputeKind::Numbers => "different figures",
                super::DisputeKind::Update => "updated later",
            };
            out.push_str(&format!(
                "{bullet}{} {}\n    {kind} ({}): {} {}\n",
                e(&d.claim.text),
                markers(&[d.claim.article], md),
                e(&d.shared.join(", ")),
                e(&d.counter.text),
                markers(&[d.counter.article], md)
            ));
        }
        out.push('\n');
    }
    out.push_str(&heading("Sources"));
    for (i, a) in articles.iter().enumerate() {
        let details = crate::render::source_details_with_origin(a);
        let details = if details.is_empty() {
            String::new()
        } else {
            format!(" ({})", e(&details))
        };
        if md {
            out.push_str(&format!(
                "{}. <a id=\"source-{}\"></a>{}{details}\n",
                i + 1,
                i + 1,
                e(&crate::render::display_name(a))
            ));
        } else {
            out.push_str(&format!(
                "[{}] {}{details}\n",
                i + 1,
                crate::render::display_name(a)
            ));
        }
    }
    out
}
