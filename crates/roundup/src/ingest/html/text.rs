//! Extracted HTML to plain text: one paragraph (block element) a line, inline whitespace collapsed.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements that start a new line (block-level content).
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "th"
            | "td"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "figure"
            | "figcaption"
            | "hr"
            | "br"
            | "main"
            | "address"
            | "details"
            | "summary"
            | "form"
            | "fieldset"
            | "caption"
            | "head"
            | "body"
            | "html"
    )
}

/// Elements whose text is never content.
fn is_hidden(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "noscript" | "template" | "iframe" | "svg" | "head" | "title"
    )
}

/// The text of an HTML fragment, one block a line; blank lines dropped. Iterative (no recursion), so
/// depth never threatens the stack.
pub fn html_to_lines(html: &str) -> Vec<String> {
    let doc = Html::parse_fragment(html);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut hidden = 0usize;
    let flush = |line: &mut String, lines: &mut Vec<String>| {
        let t = line.trim();
        if !t.is_empty() {
            lines.push(t.to_string());
        }
        line.clear();
    };
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if is_hidden(name) {
                        hidden += 1;
                    } else if hidden == 0 && is_block(name) {
                        flush(&mut line, &mut lines);
                    }
                }
                Node::Text(t) if hidden == 0 => {
                    for (i, piece) in t.split(char::is_whitespace).enumerate() {
                        if i > 0 && !line.ends_with(' ') && !line.is_empty() {
                            line.push(' ');
                        }
                        line.push_str(piece);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    let name = e.name();
                    if is_hidden(name) {
                        hidden = hidden.saturating_sub(1);
                    } else if hidden == 0 && is_block(name) {
                        flush(&mut line, &mut lines);
                    }
                }
            }
        }
    }
    flush(&mut line, &mut lines);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_inline_text_joins() {
        let lines = html_to_lines(
            "<h1>Title</h1><p>One <b>bold</b>\n word.</p><ul><li>a</li><li>b<br>c</li></ul><script>x()</script><p> </p>",
        );
        assert_eq!(lines, ["Title", "One bold word.", "a", "b", "c"]);
    }
}
