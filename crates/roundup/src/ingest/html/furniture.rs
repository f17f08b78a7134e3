//! Web furniture named in the page's language.
//!
//! The extractor's own discard rules (trafilatura's) recognise furniture by English class and id
//! names: `footer`, `share`, `related`, `comment`, `cookie`, `breadcrumb`, `author`. Sites in other
//! languages name the same boxes in their language (`kommentare`, `teilen`, `lire-aussi`,
//! `udostepnij`, `souvisejici`), and those escape the rules: a consent layer or a comment section then
//! decides where the extractor thinks the article is, and on pages of unclassed `<div>`s the whole page
//! comes out. [`prune_selector`] lists the same kinds of boxes by their German, French, Polish, Czech
//! and Spanish names, removed before extraction; [`is_related_link_line`] drops the "read also"
//! lines set between paragraphs without any class (`<p><b>Czytaj także:</b> <a>…</a></p>`).
//! The vocabulary is measured on the hand-written pages of `tests/data/html-languages` and checked
//! against the English article-extraction benchmark (BENCHMARKS.md).

/// Class or id fragments (lower case, matched anywhere in the attribute, case-insensitively) of
/// furniture boxes, by kind. Each is long or specific enough not to occur in an English class name.
const CONTAINS: &[&str] = &[
    // consent and cookie layers
    "einwilligung",
    "consentement",
    "rodo",
    "didomi",
    // share buttons
    "teilen",
    "partage",
    "udostepnij",
    "sdilet",
    "compartir",
    // related-article boxes
    "lesetipp",
    "lesen-sie-auch",
    "mehr-zum-thema",
    "weitere-artikel",
    "empfehlungen",
    "lire-aussi",
    "a-lire",
    "meme-sujet",
    "meme-rubrique",
    "czytaj",
    "zobacz",
    "polecane",
    "polecamy",
    "powiazane",
    "souvisejici",
    "dalsi-clanky",
    "relacionad",
    "leer-mas",
    // comments
    "kommentar",
    "commentaire",
    "komentarz",
    "komentar",
    "diskuse",
    "comentario",
    // most read
    "meistgelesen",
    "plus-lus",
    "najczesciej",
    "nejctenejsi",
    "mas-leidos",
    // breadcrumbs
    "brotkrumen",
    "fil-ariane",
    "okruszki",
    "drobecky",
    "migas",
    // advertising
    "werbung",
    "anzeige",
    "publicite",
    "reklama",
    "publicidad",
    "inzerce",
    // footers
    "fusszeile",
    "stopka",
    "paticka",
    // picture captions and credits
    "bildunterschrift",
    "bildnachweis",
    "legende",
    // bylines and author boxes
    "autor",
    "auteur",
    // logos
    "logo",
    // (not `paywall`: on news sites it marks the paid article body itself, e.g. `ArticlePage-content
    // paywall`; matching it cost 0.003 F1 on the English benchmark)
];

/// Whole class words or ids (exact, case-insensitive) that are furniture but too short to match
/// inside other names (`pie` is in `piece`, `pub` in `public`).
const WORDS: &[&str] = &["fuss", "pied", "pie", "pub", "tagi", "schlagworte"];

/// A CSS selector for the furniture boxes of [`CONTAINS`] and [`WORDS`] whose names occur in a
/// `class` or `id` of the page (ASCII case-insensitively), for elements under `<body>` (never the body
/// itself, whose class sometimes names the page type). `None` when none occurs. Only the names present
/// go in, so an English page pays for two or three alternatives, not for all of them. Linear: the
/// attribute values are found with `memchr` and scanned by one automaton.
pub fn prune_selector(html: &str) -> Option<String> {
    static MATCHER: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let matcher = MATCHER.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(CONTAINS.iter().chain(WORDS))
            .expect("fixed patterns build")
    });
    let mut present = vec![false; CONTAINS.len() + WORDS.len()];
    for value in attribute_values(html.as_bytes()) {
        for m in matcher.find_overlapping_iter(value) {
            present[m.pattern().as_usize()] = true;
        }
    }
    let mut parts = Vec::new();
    for (i, f) in CONTAINS.iter().enumerate() {
        if present[i] {
            parts.push(format!("body [class*=\"{f}\" i]"));
            parts.push(format!("body [id*=\"{f}\" i]"));
        }
    }
    for (i, w) in WORDS.iter().enumerate() {
        if present[CONTAINS.len() + i] {
            parts.push(format!("body [class~=\"{w}\" i]"));
            parts.push(format!("body [id=\"{w}\" i]"));
        }
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The longest attribute value scanned (class lists are short; longer values are cut).
const MAX_VALUE: usize = 512;

/// The values of the `class=` and `id=` attributes of raw HTML (also of `data-id=` and the like,
/// which only adds names to look for), quoted or not, each at most [`MAX_VALUE`] bytes.
fn attribute_values(html: &[u8]) -> impl Iterator<Item = &[u8]> {
    [&b"class="[..], &b"id="[..]]
        .into_iter()
        .flat_map(move |name| {
            memchr::memmem::find_iter(html, name).map(move |at| {
                let rest = &html[at + name.len()..];
                let rest = &rest[..rest.len().min(MAX_VALUE + 1)];
                match rest.first() {
                    Some(&q @ (b'"' | b'\'')) => {
                        let v = &rest[1..];
                        &v[..memchr::memchr(q, v).unwrap_or(v.len())]
                    }
                    _ => {
                        let end = rest
                            .iter()
                            .position(|c| c.is_ascii_whitespace() || *c == b'>')
                            .unwrap_or(rest.len());
                        &rest[..end]
                    }
                }
            })
        })
}

/// Labels that open a "read also" line: a link to another article set between paragraphs.
const RELATED_LABELS: &[&str] = &[
    "lesen sie auch",
    "lesen sie mehr",
    "mehr zum thema",
    "auch interessant",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire également",
    "à lire également",
    "voir aussi",
    "czytaj także",
    "czytaj też",
    "czytaj również",
    "czytaj więcej",
    "zobacz też",
    "zobacz także",
    "zobacz również",
    "čtěte také",
    "čtěte též",
    "přečtěte si také",
    "lee también",
    "lea también",
    "leer más",
    "te puede interesar",
    "read also",
    "also read",
    "read more",
    "see also",
];

/// The most words a "read also" line has (label and linked headline); longer lines are kept.
const RELATED_MAX_WORDS: usize = 25;

/// Whether a line is a "read also" link: a label of [`RELATED_LABELS`] alone, or followed by `:`,
/// `|`, `»`, `-` or `–` and a short headline.
pub fn is_related_link_line(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_lowercase();
    let Some(label) = RELATED_LABELS.iter().find(|l| lower.starts_with(*l)) else {
        return false;
    };
    let rest = lower[label.len()..].trim_start();
    let separated = rest.is_empty()
        || rest.starts_with([':', '|', '»', '-', '–', '>', '›'])
        || rest.starts_with("...")
        || rest.starts_with('…');
    separated && t.split_whitespace().count() <= RELATED_MAX_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_also_lines_in_each_language() {
        for l in [
            "Czytaj także: Obwodnica Zawidowa z opóźnieniem. Drogowcy podają nowy termin",
            "Lire aussi | Déserts médicaux : le gouvernement promet des internes",
            "Lesen Sie auch: Abwassergebühren: Was sich 2026 ändert",
            "Čtěte také: Kraj chystá rekonstrukci dvou gymnázií",
            "Lee también:",
            "À lire aussi",
        ] {
            assert!(is_related_link_line(l), "{l}");
        }
        for l in [
            // a sentence that starts with the words is news
            "Lesen Sie auch die Stellungnahme der Stadt, die am Dienstag veröffentlicht wurde.",
            "Voir aussi loin que possible, c'est l'ambition du nouveau télescope.",
            // a long line after a label is not a link
            "Read more: the council said the bridge would stay closed until March while engineers examine both steel girders, and commuters face a twelve-kilometre detour over the federal road for months",
        ] {
            assert!(!is_related_link_line(l), "{l}");
        }
    }

    #[test]
    fn the_selector_parses_and_spares_the_body() {
        let html = "<html><body class=\"artikelseite kommentare\"><div class=\"Kommentare-Box\">x</div>\
             <div class=\"piece\">y</div><div class=\"pie\">z</div><p id=\"Fuss\">w</p></body></html>";
        let sel = scraper::Selector::parse(&prune_selector(html).expect("names present"))
            .expect("valid CSS");
        let doc = scraper::Html::parse_document(html);
        let hits: Vec<String> = doc.select(&sel).map(|e| e.text().collect()).collect();
        assert_eq!(hits, ["x", "z", "w"]);
        // only the names present are asked for; none present, no selector
        let sel = prune_selector(html).unwrap();
        assert!(sel.contains("kommentar") && !sel.contains("reklama"));
        assert_eq!(prune_selector("<p class=\"story\">Council meets</p>"), None);
        // names in the text, not in a class or id, ask for nothing
        assert_eq!(
            prune_selector("<p class=story>Kommentare und Werbung</p>"),
            None
        );
        assert!(prune_selector("<div id=Reklama>x</div>").is_some());
    }
}
