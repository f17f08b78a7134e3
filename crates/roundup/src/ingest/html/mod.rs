//! HTML pages: the article's main text and its metadata.
//!
//! [`extract_page`] decodes the bytes (byte-order mark, HTTP `charset`, `<meta charset>`, else UTF-8,
//! else Windows-1252), parses it, mends two kinds of markup the `trafilatura` crate mishandles
//! (`<br>`-separated text in a bare `<div>`, `<b>`/`<strong>` standing in a block), removes the web
//! furniture named in German, French, Polish, Czech or Spanish class names (`furniture`: the crate's
//! own rules know the English names only), runs the crate (a Rust port of the trafilatura extractor, in
//! its recall-favouring mode, the best of the candidates measured on the article-extraction benchmark,
//! see BENCHMARKS.md), turns the extracted HTML into one paragraph a line, drops "read also" link lines
//! and the leading headline (with a kicker above it; it is metadata, not body). The plain-text
//! boilerplate filter ([`crate::clean::clean_text`]) is not applied here: as a last pass on the
//! extractor's output it lowers the benchmark F1 from 0.965 to 0.959 (it drops about one news line in
//! six of extracted pages, see BENCHMARKS.md); the pipeline's clean stage still runs it on every
//! article, as on any other input.
//!
//! Nothing here panics on any input: pages over [`MAX_HTML_BYTES`], binary data, markup nested deeper
//! than [`MAX_DEPTH`] and pages without any markup get a clear reason instead.

mod furniture;
pub mod score;
mod text;

use serde::Serialize;

use super::{decode, Ingested, InputProblem, Source};
use crate::model::Article;

pub use text::html_to_lines;

/// The largest page extracted (bytes, before decoding). Larger pages are refused with a reason.
pub const MAX_HTML_BYTES: usize = 16 << 20;

/// Deepest element nesting extracted (estimated before parsing); deeper markup is refused.
pub const MAX_DEPTH: usize = 1_500;

/// Deepest nesting at which the markup repairs before extraction run (real pages nest 20-60 deep;
/// deeper, a page is extracted as it is, so the repairs' cost stays linear in its size).
const REPAIR_MAX_DEPTH: usize = 200;

/// The most elements a page may have (trafilatura's `max_tree_size`).
const MAX_ELEMENTS: usize = 200_000;

/// What roundup keeps of one page: the main text and the metadata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Page {
    /// Main text, one paragraph a line, the headline removed.
    pub text: String,
    pub title: Option<String>,
    pub author: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The outlet: the site name the page declares, else its host name.
    pub site_name: Option<String>,
    /// The canonical URL the page declares, else the URL it was read from.
    pub url: Option<String>,
    /// ISO 639-1 language code, declared by the page or detected.
    pub language: Option<String>,
}

impl Page {
    /// The page as a pipeline article (author and language stay in [`Page`]).
    pub fn into_article(self, id: String, origin: String) -> Article {
        Article {
            id,
            title: self.title,
            source: self.site_name,
            url: self.url,
            date: self.date,
            origin,
            text: self.text,
        }
    }
}

/// Extracts the main text and metadata of a page held as bytes.
///
/// `content_type` is the HTTP `Content-Type` when known (its `charset` is honoured); `url` is where the
/// page came from (used when the page declares no canonical URL, and for the site name).
pub fn extract_page(
    bytes: &[u8],
    content_type: Option<&str>,
    url: Option<&str>,
) -> Result<Page, String> {
    if bytes.len() > MAX_HTML_BYTES {
        return Err(format!(
            "page is {:.1} MiB; pages over {} MiB are not extracted",
            bytes.len() as f64 / (1 << 20) as f64,
            MAX_HTML_BYTES >> 20
        ));
    }
    let html = decode_html(bytes, content_type)?;
    extract_html(&html, url)
}

/// Extracts the main text and metadata of a page already decoded to text.
pub fn extract_html(html: &str, url: Option<&str>) -> Result<Page, String> {
    if html.len() > MAX_HTML_BYTES {
        return Err(format!(
            "page is {:.1} MiB; pages over {} MiB are not extracted",
            html.len() as f64 / (1 << 20) as f64,
            MAX_HTML_BYTES >> 20
        ));
    }
    if html.trim().is_empty() {
        return Err("empty page".to_string());
    }
    if !looks_like_html(html) {
        return Err("not HTML: no markup in the page".to_string());
    }
    let depth = nesting_depth(html);
    if depth > MAX_DEPTH {
        return Err(format!(
            "markup nested about {depth} elements deep (the limit is {MAX_DEPTH}); not extracted"
        ));
    }
    let mut options = trafilatura::Options::default()
        .with_focus(trafilatura::ExtractionFocus::FavorRecall)
        .with_exclude_comments(true)
        .with_max_tree_size(MAX_ELEMENTS);
    if let Some(selector) = furniture::prune_selector(html) {
        options = options.with_prune_selector(selector);
    }
    let parsed_url = url.and_then(|u| url::Url::parse(u).ok());
    if let Some(u) = parsed_url.clone() {
        options = options.with_url(u);
    }
    let mut doc = trafilatura::dom::Document::parse(html);
    // each repair may reread a block's subtree once per enclosing block: bounded by the depth
    if depth <= REPAIR_MAX_DEPTH {
        unwrap_loose_emphasis(&mut doc);
        br_text_to_paragraphs(&mut doc);
    }
    let result = match trafilatura::extract_document(doc, &options) {
        Ok(r) => r,
        Err(trafilatura::TrafilaturaError::TreeTooLarge(_)) => {
            return Err(format!(
                "page has more than {MAX_ELEMENTS} elements; not extracted"
            ))
        }
        Err(trafilatura::TrafilaturaError::InsufficientContent { .. }) => {
            return Err("no article text found in the page".to_string())
        }
        Err(e) => return Err(format!("cannot extract the page: {e}")),
    };
    let meta = &result.metadata;
    let title = non_empty(&meta.title);
    let mut lines = html_to_lines(&result.content_html);
    lines.retain(|l| !furniture::is_related_link_line(l));
    // Only the title: a page's description is often its first paragraph, which is body.
    strip_headline(&mut lines, title.as_deref(), None);
    let text = lines.join("\n");
    if text.trim().is_empty() {
        return Err("no article text found in the page".to_string());
    }
    let host = parsed_url.as_ref().and_then(|u| {
        u.host_str()
            .map(|h| h.trim_start_matches("www.").to_string())
    });
    Ok(Page {
        text,
        title,
        author: non_empty(&meta.author),
        date: meta.date.map(|d| d.format("%Y-%m-%d").to_string()),
        site_name: non_empty(&meta.sitename)
            .or_else(|| non_empty(meta.hostname.trim_start_matches("www.")))
            .or(host),
        url: non_empty(&meta.url).or_else(|| url.map(str::to_string)),
        language: non_empty(&meta.language),
    })
}

/// Turns `<b>`/`<strong>` standing directly in a block container (not inside a paragraph) into plain
/// text. The `trafilatura` crate mishandles them there: a bold dateline opening `<br>`-separated text
/// (`<div><b>Altmarkdorf.</b> Nach drei Tagen …<br>`) loses the rest of its line, and a standfirst set
/// in `<div class="chapo"><strong>…</strong></div>` is dropped whole (Python trafilatura keeps both).
fn unwrap_loose_emphasis(doc: &mut trafilatura::dom::Document) {
    let top = doc.body().unwrap_or_else(|| doc.root());
    let found = doc.iter_descendants(top, &["b", "strong"]);
    for id in found.into_iter().rev() {
        let in_block = doc.parent(id).is_some_and(|p| {
            matches!(
                doc.tag_name(p),
                "div" | "section" | "article" | "main" | "td" | "body"
            )
        });
        if in_block {
            doc.strip(id);
        }
    }
}

/// Inline elements that may stand between `<br>`s in a block of text.
fn is_inline(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "b"
            | "strong"
            | "i"
            | "em"
            | "u"
            | "span"
            | "small"
            | "font"
            | "abbr"
            | "time"
            | "sup"
            | "sub"
            | "br"
            | "q"
            | "cite"
            | "mark"
    )
}

/// A `<div>` holding nothing but text and inline elements, split by two or more `<br>`s (old CMSs
/// write whole articles so), becomes one `<p>` per piece of text between `<br>`s, as Python
/// trafilatura does; the `trafilatura` crate otherwise finds no paragraph there and falls back to the
/// text of the whole page. Inline markup inside the pieces becomes plain text.
fn br_text_to_paragraphs(doc: &mut trafilatura::dom::Document) {
    let top = doc.body().unwrap_or_else(|| doc.root());
    for div in doc.iter_descendants(top, &["div"]).into_iter().rev() {
        let kids = doc.child_nodes(div);
        let mut brs = 0;
        let mut only_inline = true;
        for &k in &kids {
            if doc.is_element(k) {
                let tag = doc.tag_name(k);
                brs += usize::from(tag == "br");
                only_inline &= is_inline(tag);
            }
        }
        if brs < 2 || !only_inline {
            continue;
        }
        let mut pieces = vec![String::new()];
        for &k in &kids {
            if doc.is_element(k) && doc.tag_name(k) == "br" {
                pieces.push(String::new());
            } else if let Some(last) = pieces.last_mut() {
                last.push(' ');
                last.push_str(&doc.text_content(k));
            }
        }
        let pieces: Vec<String> = pieces
            .iter()
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect();
        if pieces.len() < 2 {
            continue;
        }
        for k in kids {
            doc.remove(k, true);
        }
        for piece in pieces {
            let p = doc.sub_element(div, "p");
            doc.set_text(p, &piece);
        }
    }
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Words of a line, lower-cased, for comparing a headline with the first lines of the body.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Drops leading lines that repeat the title or the description (the headline and standfirst).
fn strip_headline(lines: &mut Vec<String>, title: Option<&str>, description: Option<&str>) {
    let targets: Vec<Vec<String>> = [title, description]
        .into_iter()
        .flatten()
        .map(words)
        .filter(|w| !w.is_empty())
        .collect();
    if targets.is_empty() {
        return;
    }
    let repeats = |w: &[String]| {
        !w.is_empty()
            && targets.iter().any(|t| {
                // the line is the title, starts a site-suffixed title, or is a long piece of it
                t.as_slice() == w
                    || (w.len() >= 2 && t.starts_with(w))
                    || (w.len() >= 4 && t.windows(w.len()).any(|win| win == w))
            })
    };
    // A kicker (a section or topic label of a few words: "Santé", "Landtagswahl") may stand above
    // the headline; it goes with it, and only when a headline follows.
    let (mut cut, mut kickers) = (0, 0);
    for line in lines.iter().take(4) {
        let w = words(line);
        if repeats(&w) {
            cut += kickers + 1;
            kickers = 0;
        } else if cut == 0 && kickers < 2 && w.len() <= 3 {
            kickers += 1;
        } else {
            break;
        }
    }
    lines.drain(..cut);
}

/// Whether bytes start like an HTML document (`<!doctype html`, `<html`, or a `<head>`/`<body>`
/// in the first KiB), for responses that don't say what they are.
pub fn sniff_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    let t = lower.trim_ascii_start();
    t.starts_with(b"<!doctype html")
        || t.starts_with(b"<html")
        || find(&lower, b"<html").is_some()
        || find(&lower, b"<body").is_some()
        || find(&lower, b"<head").is_some()
}

/// Whether the text holds markup at all: a tag or a doctype in its first 64 KiB.
fn looks_like_html(html: &str) -> bool {
    let head = &html.as_bytes()[..html.len().min(64 * 1024)];
    head.windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'!' || w[1] == b'/'))
}

/// Elements that never hold children, or that the parser closes implicitly when a sibling opens:
/// they don't deepen the tree however many there are.
fn is_flat(name: &[u8]) -> bool {
    const FLAT: &[&[u8]] = &[
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"param",
        b"source",
        b"track",
        b"wbr",
        b"p",
        b"li",
        b"dt",
        b"dd",
        b"option",
        b"tr",
        b"td",
        b"th",
        b"tbody",
        b"thead",
        b"tfoot",
        b"rt",
        b"rp",
        b"optgroup",
        b"colgroup",
        b"caption",
    ];
    FLAT.iter().any(|f| name.eq_ignore_ascii_case(f))
}

/// An estimate of the deepest element nesting: opening tags minus closing tags, skipping flat
/// elements, self-closed tags, comments, and the insides of `<script>` and `<style>`.
/// Linear, no allocation.
pub(crate) fn nesting_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut i, mut depth, mut max) = (0usize, 0usize, 0usize);
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        i += off + 1;
        if b[i..].starts_with(b"!--") {
            match find(&b[i..], b"-->") {
                Some(end) => i += end + 3,
                None => break,
            }
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let name_len = b[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue;
        }
        let name = &b[start..start + name_len];
        let tag_end = b[start..]
            .iter()
            .position(|&c| c == b'>')
            .map(|p| start + p);
        let self_closed = tag_end.is_some_and(|e| e > 0 && b[e - 1] == b'/');
        if closing {
            if !is_flat(name) {
                depth = depth.saturating_sub(1);
            }
        } else if name.eq_ignore_ascii_case(b"script") || name.eq_ignore_ascii_case(b"style") {
            // skip to the matching close tag
            let close: &[u8] = if name.eq_ignore_ascii_case(b"script") {
                b"</script"
            } else {
                b"</style"
            };
            match find_ci(&b[start..], close) {
                Some(p) => i = start + p,
                None => break,
            }
            continue;
        } else if !self_closed && !is_flat(name) {
            depth += 1;
            max = max.max(depth);
        }
        match tag_end {
            Some(e) => i = e + 1,
            None => break,
        }
    }
    max
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Case-insensitive search for a needle that starts with `<`: only positions of `<` are compared.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = hay[from..].iter().position(|&c| c == needle[0]) {
        let at = from + p;
        if hay
            .get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Decodes page bytes to text: a byte-order mark, else the `charset` of `content_type`, else a
/// `<meta charset>` in the first 4 KiB, else UTF-8 when valid, else Windows-1252 (what browsers assume).
/// Binary data (NUL bytes, control characters) is refused.
pub fn decode_html(bytes: &[u8], content_type: Option<&str>) -> Result<String, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(decode::blank_reason(bytes.len()));
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text.into_owned());
    }
    decode::check_not_binary(bytes).map_err(|r| r.replace("not text", "not HTML"))?;
    let declared = content_type
        .and_then(charset_of)
        .or_else(|| meta_charset(&bytes[..bytes.len().min(4096)]));
    let encoding = declared
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        // a page that claims UTF-16 but has no byte-order mark is ASCII-compatible in practice
        .filter(|e| *e != encoding_rs::UTF_16LE && *e != encoding_rs::UTF_16BE);
    let encoding = match encoding {
        Some(e) => e,
        None => match std::str::from_utf8(bytes) {
            Ok(text) => return Ok(text.to_string()),
            Err(_) => encoding_rs::WINDOWS_1252,
        },
    };
    let (text, _, _) = encoding.decode(bytes);
    Ok(text.into_owned())
}

/// `charset=` of a Content-Type value.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

/// `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
fn meta_charset(head: &[u8]) -> Option<String> {
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = find(&lower[from..], b"charset") {
        let mut i = from + p + b"charset".len();
        from = i;
        while lower.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while lower
            .get(i)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b'"' || *c == b'\'')
        {
            i += 1;
        }
        let len = lower[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.'))
            .count();
        if len > 0 {
            return Some(String::from_utf8_lossy(&lower[i..i + len]).into_owned());
        }
    }
    None
}

/// Reads one HTML input into an article (ingest's dispatcher calls this for `.html` / `.htm`).
pub(crate) fn parse_html(src: &Source, bytes: &[u8], out: &mut Ingested) {
    match extract_page(bytes, None, None) {
        Ok(page) => out
            .articles
            .push(page.into_article(src.stem.clone(), src.origin.clone())),
        Err(reason) => out.problems.push(InputProblem::new(&src.origin, reason)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_estimate_ignores_flat_and_void_elements() {
        assert_eq!(
            nesting_depth("<div><div><p>a<p>b<br><img src=x></div></div>"),
            2
        );
        assert_eq!(nesting_depth(&"<div>".repeat(5000)), 5000);
        assert_eq!(nesting_depth("<script>if (a<b) {}</script><div></div>"), 1);
        assert_eq!(nesting_depth("<!-- <div><div> --><span/>"), 0);
        assert_eq!(nesting_depth("<li>".repeat(10_000).as_str()), 0);
    }

    #[test]
    fn charsets_are_found() {
        assert_eq!(
            charset_of("text/html; charset=\"ISO-8859-1\""),
            Some("ISO-8859-1".into())
        );
        assert_eq!(
            meta_charset(b"<meta charset='windows-1251'>"),
            Some("windows-1251".into())
        );
        assert_eq!(
            meta_charset(
                b"<meta http-equiv=Content-Type content=\"text/html; charset=shift_jis\">"
            ),
            Some("shift_jis".into())
        );
        let latin =
            b"<html><head><meta charset=iso-8859-1></head><body><p>Caf\xe9</p></body></html>";
        assert!(decode_html(latin, None).unwrap().contains("Café"));
        // no declaration and invalid UTF-8: Windows-1252, as browsers do
        assert!(decode_html(b"<p>na\xefve</p>", None)
            .unwrap()
            .contains("naïve"));
    }

    #[test]
    fn headline_and_standfirst_are_dropped_from_the_body() {
        let mut lines = vec![
            "Bridge closes".to_string(),
            "The city shut the bridge after an inspection".to_string(),
            "Bridge closes for repairs".to_string(),
        ];
        strip_headline(
            &mut lines,
            Some("Bridge closes | Daily Bugle"),
            Some("The city shut the bridge after an inspection."),
        );
        assert_eq!(lines, ["Bridge closes for repairs"]);
        // a kicker above the headline goes with it; a short first line without a headline stays
        let mut lines = vec![
            "Santé".to_string(),
            "La maternité ferme".to_string(),
            "Environ 420 enfants y naissent chaque année.".to_string(),
        ];
        strip_headline(&mut lines, Some("La maternité ferme - Le Quotidien"), None);
        assert_eq!(lines, ["Environ 420 enfants y naissent chaque année."]);
        let mut lines = vec!["Berlin.".to_string(), "Der Senat tagt.".to_string()];
        strip_headline(&mut lines, Some("Senat beschließt Haushalt"), None);
        assert_eq!(lines, ["Berlin.", "Der Senat tagt."]);
    }
}
