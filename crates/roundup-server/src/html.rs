//! Server-rendered pages. Everything that comes from an article goes through [`esc`].

use std::fmt::Write;

use roundup::pipeline::SummarizedCluster;
use roundup::Article;

use crate::desk::{Entry, Sort, StoryEntry};

/// Escapes text for HTML content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A link target only for http(s) URLs (never `javascript:` or `data:`), escaped.
pub fn safe_url(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then(|| esc(u))
}

const CSS: &str = "body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}\
header{background:#1f3b57;color:#fff;padding:.6rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}\
header a{color:#fff;text-decoration:none;font-weight:600}main{max-width:46rem;margin:0 auto;padding:1rem}\
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.1rem;margin-top:1.6rem}\
.story{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:.7rem .9rem;margin:.6rem 0}\
.story a{font-weight:600;color:#1f3b57;text-decoration:none}.meta{color:#666;font-size:.85rem}\
.sent{background:#fff;border-left:4px solid #1f3b57;padding:.5rem .8rem;margin:.7rem 0;border-radius:4px}\
.cite{font-size:.8rem;vertical-align:super;text-decoration:none;color:#0b62a4;margin-left:1px}\
.src{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:.6rem .8rem;margin:.5rem 0;word-wrap:break-word}\
.src:target{border-color:#0b62a4;box-shadow:0 0 0 2px #0b62a433}details{margin:.3rem 0}\
form input[type=search]{width:60%;padding:.4rem}textarea{width:100%;min-height:14rem;box-sizing:border-box;font:inherit}\
button{padding:.45rem 1rem;background:#1f3b57;color:#fff;border:0;border-radius:4px;font:inherit}\
.text{white-space:pre-wrap}.pager a{margin-right:1rem}.flag{color:#a15c00;font-size:.8rem}.nw{white-space:nowrap}";

/// A whole page around `body`.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
<title>{} · roundup</title><style>{CSS}</style></head><body>\
<header><a href=\"/\">roundup</a><a href=\"/?sort=coverage\">Most covered</a><a href=\"/paste\">Summarize</a></header>\
<main>{body}</main></body></html>",
        esc(title)
    )
}

fn dates(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(f), Some(l)) if f != l => format!("{} – {}", esc(f), esc(l)),
        (Some(f), _) => esc(f),
        (None, Some(l)) => esc(l),
        (None, None) => String::new(),
    }
}

/// The story list.
pub fn story_list(
    stories: &[StoryEntry],
    total: usize,
    query: &str,
    sort: Sort,
    offset: usize,
    limit: usize,
) -> String {
    let mut b = String::new();
    let _ = write!(
        b,
        "<h1>Stories</h1><form method=\"get\" action=\"/\"><input type=\"search\" name=\"q\" value=\"{}\" placeholder=\"Search stories\"> \
<input type=\"hidden\" name=\"sort\" value=\"{}\"><button>Search</button></form>\
<p class=\"meta\">{total} stor{} · sorted by {}</p>",
        esc(query),
        sort.name(),
        if total == 1 { "y" } else { "ies" },
        if sort == Sort::Newest { "newest" } else { "coverage" },
    );
    for s in stories {
        let _ = write!(
            b,
            "<div class=\"story\"><a dir=\"auto\" href=\"/stories/{}\">{}</a><div class=\"meta\">{} article{} from {} source{}{}{}</div>{}</div>",
            esc(&s.id),
            esc(&s.headline),
            s.members.len(),
            if s.members.len() == 1 { "" } else { "s" },
            s.distinct,
            if s.distinct == 1 { "" } else { "s" },
            if s.members.len() > s.distinct { format!(" · {} duplicate{}", s.members.len() - s.distinct, if s.members.len() - s.distinct == 1 { "" } else { "s" }) } else { String::new() },
            match dates(s.first_date.as_deref(), s.last_date.as_deref()) { d if d.is_empty() => String::new(), d => format!(" · {d}") },
            s.flag.map(|f| format!("<span class=\"flag\">{}</span>", esc(f))).unwrap_or_default(),
        );
    }
    if stories.is_empty() {
        b.push_str("<p>No stories yet. Add articles with the API or <a href=\"/paste\">summarize some now</a>.</p>");
    }
    let q = url_encode(query);
    let _ = write!(b, "<p class=\"pager\">");
    if offset > 0 {
        let _ = write!(
            b,
            "<a href=\"/?q={q}&amp;sort={}&amp;offset={}\">← Newer</a>",
            sort.name(),
            offset.saturating_sub(limit)
        );
    }
    if offset + limit < total {
        let _ = write!(
            b,
            "<a href=\"/?q={q}&amp;sort={}&amp;offset={}\">More →</a>",
            sort.name(),
            offset + limit
        );
    }
    b.push_str("</p>");
    page("Stories", &b)
}

/// The summary with clickable citations and per-sentence coverage, then the sources and copies.
/// `link(i)` gives the page of source `i` (of the summarized articles), if it has one.
pub fn summary_body(
    sc: &SummarizedCluster,
    link: &dyn Fn(&Article) -> Option<String>,
    extra_copies: &[(Entry, String)],
) -> String {
    let mut b = String::new();
    let arts = &sc.analysed.articles;
    let m = arts.len();
    b.push_str("<h2>Summary</h2>");
    if sc.summary.sentences.is_empty() {
        b.push_str("<p>No summary: the articles have too little text.</p>");
    }
    for s in &sc.summary.sentences {
        let mut cited = s.cited_articles();
        cited.sort_unstable();
        cited.dedup();
        // The last word stays with its citations when the line wraps.
        let text = esc(&s.text);
        let (head, last) = text.rsplit_once(' ').unwrap_or(("", text.as_str()));
        let _ = write!(
            b,
            "<p class=\"sent\" dir=\"auto\">{head} <span class=\"nw\">{last}"
        );
        for &a in &cited {
            let _ = write!(
                b,
                "<a class=\"cite\" href=\"#src-{n}\">[{n}]</a>",
                n = a + 1
            );
        }
        b.push_str("</span>");
        let _ = write!(
            b,
            "<br><span class=\"meta\">reported by {} of {m} source{}</span></p>",
            cited.len(),
            if m == 1 { "" } else { "s" }
        );
    }
    b.push_str("<h2>Sources</h2>");
    for (i, a) in arts.iter().enumerate() {
        let _ = write!(
            b,
            "<div class=\"src\" id=\"src-{n}\"><strong>[{n}]</strong> <bdi>{}</bdi>",
            esc(&a.label()),
            n = i + 1
        );
        let mut meta = Vec::new();
        if let Some(s) = a.source.as_deref().filter(|s| !s.trim().is_empty()) {
            meta.push(esc(s));
        }
        if let Some(d) = a.date.as_deref().filter(|s| !s.trim().is_empty()) {
            meta.push(esc(d));
        }
        if !meta.is_empty() {
            let _ = write!(b, "<div class=\"meta\">{}</div>", meta.join(" · "));
        }
        let mut links = Vec::new();
        if let Some(href) = link(a) {
            links.push(format!(
                "<a class=\"article-link\" href=\"{href}\">full text</a>"
            ));
        }
        if let Some(u) = a.url.as_deref().and_then(safe_url) {
            links.push(format!(
                "<a rel=\"noopener noreferrer nofollow\" href=\"{u}\">{u}</a>"
            ));
        } else if let Some(u) = a.url.as_deref() {
            links.push(esc(u));
        }
        if !links.is_empty() {
            let _ = write!(b, "<div class=\"meta\">{}</div>", links.join(" · "));
        }
        let copies: Vec<&roundup::model::DuplicateArticle> = sc
            .analysed
            .duplicates
            .iter()
            .filter(|d| d.kept == i)
            .collect();
        if !copies.is_empty() {
            let _ = write!(
                b,
                "<details><summary>{} duplicate{}</summary>",
                copies.len(),
                if copies.len() == 1 { "" } else { "s" }
            );
            for d in copies {
                let _ = write!(
                    b,
                    "<div class=\"meta\">{}{}</div>",
                    esc(&d.copy.label()),
                    d.copy
                        .source
                        .as_deref()
                        .map(|s| format!(" · {}", esc(s)))
                        .unwrap_or_default()
                );
            }
            b.push_str("</details>");
        }
        b.push_str("</div>");
    }
    if !extra_copies.is_empty() {
        let _ = write!(
            b,
            "<details><summary>{} duplicate{} folded</summary>",
            extra_copies.len(),
            if extra_copies.len() == 1 { "" } else { "s" }
        );
        for (e, of) in extra_copies {
            let _ =
                write!(
                b,
                "<div class=\"meta\"><a href=\"/articles/{}\">{}</a>{} — copy of article {}</div>",
                esc(&e.article.id),
                esc(&e.article.label()),
                e.article.source.as_deref().map(|s| format!(" · {}", esc(s))).unwrap_or_default(),
                esc(of)
            );
        }
        b.push_str("</details>");
    }
    b
}

/// A story's page.
pub fn story_page(story: &StoryEntry, sc: Option<&SummarizedCluster>, entries: &[Entry]) -> String {
    let mut b = format!("<h1 dir=\"auto\">{}</h1>", esc(&story.headline));
    let _ = write!(
        b,
        "<p class=\"meta\">{} article{} from {} distinct source{}{}</p>",
        story.members.len(),
        if story.members.len() == 1 { "" } else { "s" },
        story.distinct,
        if story.distinct == 1 { "" } else { "s" },
        match dates(story.first_date.as_deref(), story.last_date.as_deref()) {
            d if d.is_empty() => String::new(),
            d => format!(" · {d}"),
        },
    );
    let copies: Vec<(Entry, String)> = entries
        .iter()
        .filter_map(|e| e.duplicate_of.clone().map(|d| (e.clone(), d)))
        .collect();
    match sc {
        Some(sc) => b.push_str(&summary_body(
            sc,
            &|a: &Article| Some(format!("/articles/{}", esc(&a.id))),
            &copies,
        )),
        None => {
            b.push_str("<h2>Articles</h2>");
            for e in entries {
                let _ = write!(
                    b,
                    "<div class=\"src\"><a href=\"/articles/{}\">{}</a></div>",
                    esc(&e.article.id),
                    esc(&e.article.label())
                );
            }
        }
    }
    page(&story.headline, &b)
}

/// One article's page.
/// An article's page; `text` from the store.
pub fn article_page(e: &Entry, text: &str) -> String {
    let a = &e.article;
    let mut b = format!(
        "<h1 dir=\"auto\">{}</h1><p class=\"meta\">",
        esc(&a.label())
    );
    let mut meta = Vec::new();
    if let Some(s) = &a.source {
        meta.push(esc(s));
    }
    if let Some(d) = &a.date {
        meta.push(esc(d));
    }
    if let Some(u) = a.url.as_deref() {
        meta.push(match safe_url(u) {
            Some(u) => format!("<a rel=\"noopener noreferrer nofollow\" href=\"{u}\">{u}</a>"),
            None => esc(u),
        });
    }
    meta.push(format!(
        "in <a href=\"/stories/{}\">{}</a>",
        esc(&e.story),
        esc(&e.story)
    ));
    b.push_str(&meta.join(" · "));
    b.push_str("</p>");
    let _ = write!(b, "<div class=\"text\" dir=\"auto\">{}</div>", esc(text));
    page(&a.label(), &b)
}

/// The paste form.
pub fn paste_form(prefill: &str, error: Option<&str>) -> String {
    let mut b = String::from("<h1>Summarize articles</h1>");
    if let Some(e) = error {
        let _ = write!(b, "<p class=\"flag\">{}</p>", esc(e));
    }
    let _ = write!(
        b,
        "<form method=\"post\" action=\"/paste\"><p class=\"meta\">Paste several articles, separated by a line with only <code>---</code>. \
A line that is only an http(s) URL is fetched. Nothing is stored.</p>\
<textarea name=\"articles\" id=\"articles\">{}</textarea><p><button type=\"submit\" id=\"summarize\">Summarize</button></p></form>",
        esc(prefill)
    );
    page("Summarize", &b)
}

/// The result of the paste form; `problems`: pasted URLs that could not be read, and why.
pub fn paste_result(sc: &SummarizedCluster, problems: &[String]) -> String {
    let mut b = String::from("<h1>Your summary</h1>");
    for p in problems {
        let _ = write!(b, "<p class=\"flag\">Not read: {}</p>", esc(p));
    }
    b.push_str(&summary_body(sc, &|_| None, &[]));
    b.push_str("<p><a href=\"/paste\">Summarize more</a></p>");
    page("Your summary", &b)
}

pub fn not_found(what: &str) -> String {
    page(
        "Not found",
        &format!(
            "<h1>Not found</h1><p>{}</p><p><a href=\"/\">All stories</a></p>",
            esc(what)
        ),
    )
}

fn url_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}
