use super::{
    citation_markers, copy_label, duplicates_of, set_aside_heading, set_aside_lines,
    source_details, SummaryDocument,
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
    for (i, a) in doc.articles.iter().enumerate() {
        out.push_str(&format!("[{}] {}", i + 1, a.label()));
        let details = source_details(a);
        if !details.is_empty() {
            out.push_str(&format!(" ({details})"));
        }
        let copies = duplicates_of(doc, i);
        if !copies.is_empty() {
            let labels: Vec<String> = copies.iter().map(|d| copy_label(&d.copy)).collect();
            out.push_str(&format!(" — also published as: {}", labels.join("; ")));
        }
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
