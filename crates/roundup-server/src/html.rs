//! Server-rendered pages. Everything that comes from an article goes through [`esc`].

use std::collections::HashMap;
use std::fmt::Write;

use roundup::compare::Comparison;
use roundup::pipeline::SummarizedCluster;
use roundup::Article;

use crate::desk::{self, Entry, Sort, StoryEntry};
use roundup::headline;

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
.text p{margin:0 0 .9rem}.timeline{padding-left:1.2rem}.timeline li{margin:.3rem 0}.when{font-variant-numeric:tabular-nums;color:#444}\
details.compare{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:.5rem .8rem;margin:1rem 0}details.compare summary{cursor:pointer;font-weight:600}\
.quote,.agree,.only p,.dispute p{margin:.35rem 0}.speaker,.only,.dispute{margin:.6rem 0}.pager a{margin-right:1rem}.flag{color:#a15c00;font-size:.8rem}.nw{white-space:nowrap}";

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

/// "1 article", "3 articles".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "reported by at least N of M outlets": the attribute stage cites an outlet only when it is
/// confident the outlet reports the claim, and misses many that do in other words, so N is a
/// floor ("all M" when every outlet is cited).
pub fn reported_by(n: usize, of: usize) -> String {
    if n >= of && of > 1 {
        format!("reported by all {of} outlets")
    } else {
        format!(
            "reported by at least {n} of {}",
            count(of, "outlet", "outlets")
        )
    }
}

/// Names joined for reading: "A", "A and B", "A, B and C", "A, B, C and 4 more".
pub fn names(list: &[String], shown: usize) -> String {
    let list: Vec<String> = list.iter().map(|n| esc(n)).collect();
    match list.len() {
        0 => String::new(),
        1 => list[0].clone(),
        n if n <= shown => format!("{} and {}", list[..n - 1].join(", "), list[n - 1]),
        n => format!("{} and {} more", list[..shown].join(", "), n - shown),
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
<p class=\"meta\">{} · sorted by {}</p>",
        esc(query),
        sort.name(),
        count(total, "story", "stories"),
        if sort == Sort::Newest { "newest" } else { "coverage" },
    );
    for s in stories {
        let copies = s.members.len() - s.distinct;
        let _ = write!(
            b,
            "<div class=\"story\"><a dir=\"auto\" href=\"/stories/{}\">{}</a><div class=\"meta\"><span class=\"outlets\">{} from {}</span>{}{}</div>\
<div class=\"meta outlet-names\">{}</div>{}</div>",
            esc(&s.id),
            esc(&s.headline),
            count(s.members.len(), "article", "articles"),
            count(s.outlets.len(), "outlet", "outlets"),
            if copies > 0 { format!(" · {}", count(copies, "duplicate", "duplicates")) } else { String::new() },
            match dates(s.first_date.as_deref(), s.last_date.as_deref()) { d if d.is_empty() => String::new(), d => format!(" · {d}") },
            names(&s.outlets, 4),
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

/// What an article is called on a page: its title, else a headline-length clause of its lead,
/// else "Article from OUTLET".
pub fn article_name(a: &Article) -> String {
    headline::title(a)
        .or_else(|| headline::lead_clause(&a.text))
        .unwrap_or_else(|| format!("Article from {}", headline::outlet(a)))
}

/// The outlets that carried each summarized article: its own, and those of its copies.
pub struct Carried(Vec<Vec<String>>);

impl Carried {
    /// For the articles of `sc`, their folded copies, and `extra_copies` (copies the desk set aside
    /// before summarizing, with the id of the article they copy).
    pub fn new(sc: &SummarizedCluster, extra_copies: &[(Entry, String)]) -> Carried {
        let arts = &sc.analysed.articles;
        let mut sets: Vec<Vec<String>> = arts.iter().map(|a| vec![headline::outlet(a)]).collect();
        let mut add = |i: usize, o: String| {
            if let Some(set) = sets.get_mut(i) {
                if !set.contains(&o) {
                    set.push(o);
                }
            }
        };
        for d in &sc.analysed.duplicates {
            add(d.kept, headline::outlet(&d.copy));
        }
        for (e, of) in extra_copies {
            if let Some(i) = arts.iter().position(|a| &a.id == of) {
                add(i, e.outlet());
            }
        }
        Carried(sets)
    }

    /// How many distinct outlets carried some of the articles (0-based numbers).
    pub fn count(&self, which: impl IntoIterator<Item = usize>) -> usize {
        let mut seen: Vec<&String> = Vec::new();
        for i in which {
            for o in self.0.get(i).into_iter().flatten() {
                if !seen.contains(&o) {
                    seen.push(o);
                }
            }
        }
        seen.len()
    }

    /// How many distinct outlets carried any article.
    pub fn all(&self) -> usize {
        self.count(0..self.0.len())
    }
}

/// Citation markers for 0-based article numbers.
/// A summary sentence's citation markers, each supporting article's carrying the sentence(s) of
/// it that report the claim as its title (shown on hover) and in `data-evidence`.
fn cites_with_evidence(
    sc: &SummarizedCluster,
    s: &roundup::model::SummarySentence,
    articles: &[usize],
) -> String {
    let cluster = &sc.analysed;
    let mut b = String::new();
    for &a in articles {
        let evidence: Vec<&str> = s
            .support
            .iter()
            .filter(|x| x.article == a)
            .flat_map(|x| x.evidence.iter().map(move |&i| (x.article, i)))
            .filter_map(|(art, i)| {
                let range = cluster.article_sentences.get(art)?;
                (i < range.len()).then(|| cluster.sentences[range.start + i].text.as_str())
            })
            .collect();
        let title = if a == s.article {
            "the article this sentence is taken from".to_string()
        } else {
            format!("reports it: {}", evidence.join(" "))
        };
        let _ = write!(
            b,
            "<a class=\"cite\" href=\"#src-{n}\" title=\"{t}\" data-evidence=\"{t}\">[{n}]</a>",
            n = a + 1,
            t = esc(&title)
        );
    }
    b
}

fn cites(articles: &[usize]) -> String {
    let mut b = String::new();
    for &a in articles {
        let _ = write!(
            b,
            "<a class=\"cite\" href=\"#src-{n}\">[{n}]</a>",
            n = a + 1
        );
    }
    b
}

/// The outlet comparison, folded: quotes by speaker, what most outlets agree on, what only one
/// reports, and disputed figures when the comparison looked for them (off by default).
pub fn comparison_body(c: &Comparison, arts: &[Article], carried: &Carried) -> String {
    let mut b = String::new();
    let all = carried.all();
    let unique: Vec<&roundup::compare::UniqueList> = c
        .unique
        .iter()
        .filter(|u| !u.statements.is_empty())
        .collect();
    let only_here: usize = unique.iter().map(|u| u.statements.len()).sum();
    let parts: Vec<String> = [
        (c.speakers.len(), "speaker quoted", "speakers quoted"),
        (c.consensus.len(), "shared statement", "shared statements"),
        (
            only_here,
            "statement only one outlet has",
            "statements only one outlet has",
        ),
        (c.disputed.len(), "possible dispute", "possible disputes"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| count(n, one, many))
    .collect();
    let _ =
        write!(
        b,
        "<details class=\"compare\" id=\"compare\"><summary>How the outlets compare{}</summary>",
        if parts.is_empty() { String::new() } else { format!(": {}", parts.join(" · ")) }
    );
    if parts.is_empty() {
        b.push_str(
            "<p class=\"meta\">Nothing to compare: the outlets share no quotes or statements.</p>",
        );
    }
    if !c.speakers.is_empty() {
        b.push_str("<h3>Quotes by speaker</h3>");
        for sp in c.speakers.iter().take(8) {
            let _ = write!(
                b,
                "<div class=\"speaker\"><strong>{}</strong>",
                esc(&sp.name)
            );
            for &q in sp.quotes.iter().take(4) {
                if let Some(q) = c.quotes.get(q) {
                    let _ = write!(
                        b,
                        "<p class=\"quote\">“{}”{} <span class=\"nw\">{}</span></p>",
                        esc(q.text.trim()),
                        q.verb
                            .as_deref()
                            .map(|v| format!(" <span class=\"meta\">({})</span>", esc(v)))
                            .unwrap_or_default(),
                        cites(&q.articles)
                    );
                }
            }
            b.push_str("</div>");
        }
    }
    if !c.consensus.is_empty() {
        b.push_str("<h3>What most outlets agree on</h3>");
        for x in &c.consensus {
            let n = carried.count(x.articles.iter().copied());
            let _ = write!(
                b,
                "<p class=\"agree\">{} <span class=\"nw\">{}</span><br><span class=\"meta\">{}</span></p>",
                esc(&x.statement.text),
                cites(&x.articles),
                reported_by(n, all)
            );
        }
    }
    if !unique.is_empty() {
        b.push_str("<h3>What only one outlet reports</h3>");
        for u in unique {
            let Some(a) = arts.get(u.article) else {
                continue;
            };
            let _ = write!(
                b,
                "<div class=\"only\"><strong>{}</strong> {}",
                esc(&headline::outlet(a)),
                cites(&[u.article])
            );
            for s in &u.statements {
                let _ = write!(b, "<p>{}</p>", esc(&s.statement.text));
            }
            b.push_str("</div>");
        }
    }
    if !c.disputed.is_empty() {
        b.push_str("<h3>Possibly disputed</h3><p class=\"meta\">Leads to check, not findings: most are figures for different times or places.</p>");
        for d in &c.disputed {
            let _ = write!(
                b,
                "<div class=\"dispute\"><p>{} {}</p><p>vs. {} {}</p></div>",
                esc(&d.claim.text),
                cites(&[d.claim.article]),
                esc(&d.counter.text),
                cites(&[d.counter.article])
            );
        }
    }
    b.push_str("</details>");
    b
}

/// How a page links and names a summarized article.
pub struct ArticleLinks<'a> {
    /// The page of an article, if it has one.
    pub page: &'a dyn Fn(&Article) -> Option<String>,
    /// The input's own id of an article, when it gave one.
    pub input_id: &'a dyn Fn(&Article) -> Option<String>,
}

/// The summary with clickable citations and per-sentence coverage in outlets, the comparison
/// (when computed), then the sources and copies.
pub fn summary_body(
    sc: &SummarizedCluster,
    links: &ArticleLinks,
    extra_copies: &[(Entry, String)],
) -> String {
    let mut b = String::new();
    let arts = &sc.analysed.articles;
    let carried = Carried::new(sc, extra_copies);
    let all = carried.all();
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
            "<p class=\"sent\" dir=\"auto\">{head} <span class=\"nw\">{last}{}</span>",
            cites_with_evidence(sc, s, &cited)
        );
        let _ = write!(
            b,
            "<br><span class=\"meta\">{}</span></p>",
            reported_by(carried.count(cited.iter().copied()), all)
        );
    }
    if let Some(c) = &sc.comparison {
        b.push_str(&comparison_body(c, arts, &carried));
    }
    b.push_str("<h2>Sources</h2>");
    for (i, a) in arts.iter().enumerate() {
        let _ = write!(
            b,
            "<div class=\"src\" id=\"src-{n}\"><strong>[{n}]</strong> <bdi>{}</bdi>",
            esc(&article_name(a)),
            n = i + 1
        );
        let mut meta = vec![format!(
            "<span class=\"outlet\">{}</span>",
            esc(&headline::outlet(a))
        )];
        if let Some(d) = a.date.as_deref().filter(|s| !s.trim().is_empty()) {
            meta.push(esc(d));
        }
        if let Some(id) = (links.input_id)(a) {
            meta.push(format!("id {}", esc(&id)));
        }
        let _ = write!(b, "<div class=\"meta\">{}</div>", meta.join(" · "));
        let mut more = Vec::new();
        if let Some(href) = (links.page)(a) {
            more.push(format!(
                "<a class=\"article-link\" href=\"{href}\">full text</a>"
            ));
        }
        if let Some(u) = a.url.as_deref().and_then(safe_url) {
            more.push(format!(
                "<a rel=\"noopener noreferrer nofollow\" href=\"{u}\">original</a>"
            ));
        } else if let Some(u) = a.url.as_deref() {
            more.push(esc(u));
        }
        if !more.is_empty() {
            let _ = write!(b, "<div class=\"meta\">{}</div>", more.join(" · "));
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
                "<details><summary>{}</summary>",
                count(copies.len(), "duplicate", "duplicates")
            );
            for d in copies {
                let _ = write!(
                    b,
                    "<div class=\"meta\">{} · {}</div>",
                    esc(&article_name(&d.copy)),
                    esc(&headline::outlet(&d.copy))
                );
            }
            b.push_str("</details>");
        }
        b.push_str("</div>");
    }
    if !extra_copies.is_empty() {
        let _ = write!(
            b,
            "<details><summary>{} folded</summary>",
            count(extra_copies.len(), "duplicate", "duplicates")
        );
        for (e, of) in extra_copies {
            let _ = write!(
                b,
                "<div class=\"meta\"><a href=\"/articles/{}\">{}</a> · {} — copy of article {}</div>",
                esc(&e.article.id),
                esc(&article_name(&e.article)),
                esc(&e.outlet()),
                esc(of)
            );
        }
        b.push_str("</details>");
    }
    b
}

/// The story's articles by date (undated ones last), each with its outlet.
fn timeline(entries: &[Entry], name: &dyn Fn(&Entry) -> String) -> String {
    let mut order: Vec<&Entry> = entries.iter().collect();
    order.sort_by(|a, b| {
        let da = a.article.date.as_deref().filter(|d| desk::is_iso_date(d));
        let db = b.article.date.as_deref().filter(|d| desk::is_iso_date(d));
        (da.is_none(), da, a.seq).cmp(&(db.is_none(), db, b.seq))
    });
    let mut b = String::from("<h2>Timeline</h2><ol class=\"timeline\">");
    for e in order {
        let _ = write!(
            b,
            "<li><span class=\"when\">{}</span> <a href=\"/articles/{}\">{}</a> <span class=\"meta\">· {}{}</span></li>",
            esc(e.article.date.as_deref().filter(|d| desk::is_iso_date(d)).unwrap_or("undated")),
            esc(&e.article.id),
            esc(&name(e)),
            esc(&e.outlet()),
            if e.duplicate_of.is_some() { " · copy" } else { "" }
        );
    }
    b.push_str("</ol>");
    b
}

/// A story's page: headline, counts in articles and outlets, the summary, the comparison
/// (folded), the timeline and the sources.
pub fn story_page(story: &StoryEntry, sc: Option<&SummarizedCluster>, entries: &[Entry]) -> String {
    let mut b = format!("<h1 dir=\"auto\">{}</h1>", esc(&story.headline));
    let _ = write!(
        b,
        "<p class=\"meta\"><span class=\"outlets\">{} from {}</span>{}</p><p class=\"meta outlet-names\">{}</p>",
        count(story.members.len(), "article", "articles"),
        count(story.outlets.len(), "outlet", "outlets"),
        match dates(story.first_date.as_deref(), story.last_date.as_deref()) {
            d if d.is_empty() => String::new(),
            d => format!(" · {d}"),
        },
        names(&story.outlets, 6),
    );
    let copies: Vec<(Entry, String)> = entries
        .iter()
        .filter_map(|e| e.duplicate_of.clone().map(|d| (e.clone(), d)))
        .collect();
    // Names from the summarized (cleaned) texts where there are some, else titles.
    let named: HashMap<&str, String> = sc
        .map(|sc| {
            sc.analysed
                .articles
                .iter()
                .map(|a| (a.id.as_str(), article_name(a)))
                .collect()
        })
        .unwrap_or_default();
    let name = |e: &Entry| {
        named
            .get(e.article.id.as_str())
            .cloned()
            .unwrap_or_else(|| article_name(&e.article))
    };
    let input_ids: HashMap<&str, &str> = entries
        .iter()
        .filter_map(|e| e.input_id.as_deref().map(|i| (e.article.id.as_str(), i)))
        .collect();
    let summary = sc.map(|sc| {
        summary_body(
            sc,
            &ArticleLinks {
                page: &|a: &Article| Some(format!("/articles/{}", esc(&a.id))),
                input_id: &|a: &Article| input_ids.get(a.id.as_str()).map(|s| s.to_string()),
            },
            &copies,
        )
    });
    match summary {
        Some(body) => {
            // The timeline between the summary (and comparison) and the sources.
            let at = body.find("<h2>Sources</h2>").unwrap_or(body.len());
            b.push_str(&body[..at]);
            b.push_str(&timeline(entries, &name));
            b.push_str(&body[at..]);
        }
        None => b.push_str(&timeline(entries, &name)),
    }
    page(&story.headline, &b)
}

/// An article's page (`text` from the store): its name, outlet, date, a link to the original,
/// the input's id, its story, and the cleaned text in paragraphs.
pub fn article_page(e: &Entry, text: &str, story_headline: Option<&str>) -> String {
    let full = Article {
        text: text.to_string(),
        ..(*e.article).clone()
    };
    let name = article_name(&full);
    let mut b = format!("<h1 dir=\"auto\">{}</h1><p class=\"meta\">", esc(&name));
    let mut meta = vec![format!(
        "<span class=\"outlet\">{}</span>",
        esc(&e.outlet())
    )];
    if let Some(d) = &e.article.date {
        meta.push(esc(d));
    }
    if let Some(u) = e.article.url.as_deref() {
        meta.push(match safe_url(u) {
            Some(u) => format!("<a class=\"original\" rel=\"noopener noreferrer nofollow\" href=\"{u}\">original</a>"),
            None => esc(u),
        });
    }
    if let Some(id) = &e.input_id {
        meta.push(format!("id {}", esc(id)));
    }
    b.push_str(&meta.join(" · "));
    b.push_str("</p>");
    let _ = write!(
        b,
        "<p class=\"meta\">In the story <a href=\"/stories/{}\">{}</a></p>",
        esc(&e.story),
        esc(story_headline.unwrap_or(&e.story))
    );
    let (clean, _) = roundup::clean::clean_text(text);
    b.push_str("<div class=\"text\" dir=\"auto\">");
    for para in clean.lines().map(str::trim).filter(|p| !p.is_empty()) {
        let _ = write!(b, "<p>{}</p>", esc(para));
    }
    b.push_str("</div>");
    page(&name, &b)
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
    b.push_str(&summary_body(
        sc,
        &ArticleLinks {
            page: &|_| None,
            input_id: &|_| None,
        },
        &[],
    ));
    b.push_str("<p><a href=\"/paste\">Summarize more</a></p>");
    page("Your summary", &b)
}

/// A page with a heading and one message.
pub fn message_page(heading: &str, message: &str) -> String {
    page(
        heading,
        &format!(
            "<h1>{}</h1><p>{}</p><p><a href=\"/\">All stories</a></p>",
            esc(heading),
            esc(message)
        ),
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outlet_count_under_a_sentence_is_a_floor_unless_every_outlet_is_cited() {
        assert_eq!(reported_by(1, 5), "reported by at least 1 of 5 outlets");
        assert_eq!(reported_by(3, 5), "reported by at least 3 of 5 outlets");
        assert_eq!(reported_by(4, 4), "reported by all 4 outlets");
        assert_eq!(reported_by(1, 1), "reported by at least 1 of 1 outlet");
    }
}
