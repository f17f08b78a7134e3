//! Extraction of non-English pages: German, French and Polish test pages written for this repo
//! (`tests/data/html-languages/`: invented news text inside the usual web furniture in the page's
//! language: cookie banner, navigation, share buttons, newsletter box, comments, footer). The main
//! text must come out whole, without the furniture, and its language must be recognised.
#![cfg(feature = "html")]

use roundup::clean::clean_cluster;
use roundup::ingest::html::extract_html;
use roundup::lang::Language;
use roundup::model::Cluster;
use roundup::text::Analyzer;

fn page(code: &str) -> (String, Vec<String>, Vec<String>) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/html-languages");
    let html = std::fs::read_to_string(format!("{dir}/{code}.html")).expect("test page");
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{code}.json")).expect("spec"))
            .expect("JSON");
    let list = |k: &str| -> Vec<String> {
        spec[k]
            .as_array()
            .expect("a list")
            .iter()
            .map(|v| v.as_str().expect("text").to_string())
            .collect()
    };
    (html, list("paragraphs"), list("furniture"))
}

#[test]
fn german_french_and_polish_pages_keep_the_article_and_drop_the_furniture() {
    for (code, language) in [
        ("de", Language::German),
        ("fr", Language::French),
        ("pl", Language::Polish),
    ] {
        let (html, paragraphs, furniture) = page(code);
        let p = extract_html(&html, Some("https://example.org/a")).expect("extracted");
        assert_eq!(p.language.as_deref(), Some(code));
        for para in &paragraphs {
            assert!(
                p.text.contains(para.as_str()),
                "{code}: missing {para:?} in {:?}",
                p.text
            );
        }
        for junk in &furniture {
            assert!(
                !p.text.contains(junk.as_str()),
                "{code}: kept furniture {junk:?}"
            );
        }
        // the pipeline reads it in its language, every paragraph kept by the clean stage
        let article = p.into_article(code.into(), code.into());
        let clean = clean_cluster(Cluster {
            id: code.into(),
            articles: vec![article],
        });
        let analysed = Analyzer::new().analyse(clean);
        assert_eq!(analysed.language, language, "{code}");
        // (the clean stage normalises quote marks: compare the words)
        let words = |t: &str| {
            let mut w = Vec::new();
            roundup::words::for_each_word(t, |x| w.push(x.to_string()));
            format!(" {} ", w.join(" "))
        };
        let text = words(&analysed.articles[0].text);
        for para in &paragraphs {
            assert!(text.contains(&words(para)), "{code}: cleaned away {para:?}");
        }
    }
}
