use super::{
    citation_markers, cited_articles, copy_name, display_name, duplicates_of, more_line,
    set_aside_heading, set_aside_lines, source_details_with_origin, SummaryDocument,
};

pub fn render(doc: &SummaryDocument<'_>) -> String {
    let mut out = String::new();
    for s in &doc.summary.sentences {
        out.push_str(&s.text);
        out.push(' ');
        out.push_str(&citation_markers(s));
        out.push('\n');
    }
    out.push_str("\nSources:\n");
    // The articles cited, then how many more were read (JSON lists them all).
    let (cited, rest) = cited_articles(doc);
    for i in cited {
        let a = &doc.articles[i];
        out.push_str(&format!("[{}] {}", i + 1, display_name(a)));
        let details = source_details_with_origin(a);
        if !details.is_empty() {
            out.push_str(&format!(" ({details})"));
        }
        let copies = duplicates_of(doc, i);
        if !copies.is_empty() {
            let labels: Vec<String> = copies.iter().map(|d| copy_name(&d.copy, a)).collect();
            out.push_str(&format!(" — also published as: {}", labels.join("; ")));
        }
        out.push('\n');
    }
    if rest > 0 {
        out.push_str(&more_line(rest));
        out.push('\n');
    }
    let aside = set_aside_lines(doc);
    if !aside.is_empty() {
        out.push_str(&format!("\n{}:\n", set_aside_heading(aside.len())));
        for line in aside {
            out.push_str(&format!("- {line}\n"));
        }
    }
    out
}
