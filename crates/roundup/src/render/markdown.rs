use super::{
    citation_numbers, cited_articles, copy_name, display_name, duplicates_of, more_line,
    sentence_text, set_aside_heading, set_aside_lines, source_details, SummaryDocument,
};
use crate::model::Article;

/// Escapes characters that Markdown would otherwise interpret.
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            s.push('\\');
        }
        s.push(ch);
    }
    s
}

fn title_of(doc: &SummaryDocument<'_>) -> String {
    doc.articles
        .iter()
        .find_map(|a: &Article| a.title.clone().filter(|t| !t.trim().is_empty()))
        .unwrap_or_else(|| format!("Summary of {}", doc.cluster_id))
}

pub fn render(doc: &SummaryDocument<'_>) -> String {
    let mut out = format!("## {}\n\n", escape(title_of(doc).trim()));
    for s in &doc.summary.sentences {
        // a supporting article's marker carries its evidence as the link title (shown on hover)
        let markers: String = citation_numbers(s)
            .iter()
            .map(|&n| {
                let evidence: Vec<&str> = s
                    .support
                    .iter()
                    .filter(|x| x.article + 1 == n)
                    .flat_map(|x| x.evidence.iter().map(move |&i| (x.article, i)))
                    .filter_map(|(a, i)| sentence_text(doc, a, i))
                    .collect();
                if evidence.is_empty() {
                    format!("[\\[{n}\\]](#source-{n})")
                } else {
                    let title = evidence
                        .join(" ")
                        .replace('\\', "\\\\")
                        .replace('"', "\\\"");
                    format!("[\\[{n}\\]](#source-{n} \"{title}\")")
                }
            })
            .collect();
        out.push_str(&format!("- {} {}\n", escape(&s.text), markers));
    }
    out.push_str(&format!(
        "\n### Sources ({} articles)\n\n",
        doc.articles.len()
    ));
    let (cited, rest) = cited_articles(doc);
    for i in cited {
        let a = &doc.articles[i];
        let n = i + 1;
        let label = escape(&display_name(a));
        let head = match a.url.as_deref().filter(|u| u.starts_with("http")) {
            Some(url) => format!("[{label}](<{url}>)"),
            None => label,
        };
        out.push_str(&format!("{n}. <a id=\"source-{n}\"></a>{head}"));
        let details: Vec<String> = [&a.source, &a.date]
            .into_iter()
            .flatten()
            .filter(|v| !v.trim().is_empty())
            .map(|v| escape(v.trim()))
            .collect();
        if !details.is_empty() {
            out.push_str(&format!(" — {}", details.join(", ")));
        } else if a.url.is_none() && !source_details(a).is_empty() {
            out.push_str(&format!(" — {}", escape(&source_details(a))));
        }
        let copies = duplicates_of(doc, i);
        if !copies.is_empty() {
            let labels: Vec<String> = copies
                .iter()
                .map(|d| escape(&copy_name(&d.copy, a)))
                .collect();
            out.push_str(&format!(" (also published as: {})", labels.join("; ")));
        }
        out.push('\n');
    }
    if rest > 0 {
        out.push_str(&format!("\n{}\n", more_line(rest)));
    }
    let aside = set_aside_lines(doc);
    if !aside.is_empty() {
        out.push_str(&format!("\n### {}\n\n", set_aside_heading(aside.len())));
        for line in aside {
            out.push_str(&format!("- {}\n", escape(&line)));
        }
    }
    out
}
