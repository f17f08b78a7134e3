//! Fuzz-style properties of `read_bytes`: whatever the bytes and whatever the extension, reading never
//! panics, every article it produces has text, every cluster has articles, and each problem is one line.

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;
use proptest::prelude::*;
use roundup::ingest::{read_bytes, Ingested};

const ORIGINS: [&str; 7] = [
    "in/story.txt",
    "in/story.md",
    "in/feed.jsonl",
    "in/feed.json",
    "in/feed.jsonl.gz",
    "in/story.txt.gz",
    "-",
];

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
    enc.write_all(bytes).expect("gzip into memory");
    enc.finish().expect("gzip into memory")
}

fn check(origin: &str, got: &Ingested) -> Result<(), TestCaseError> {
    for a in got
        .articles
        .iter()
        .chain(got.clusters.iter().flat_map(|c| &c.articles))
    {
        prop_assert!(!a.text.trim().is_empty(), "{origin}: blank article {a:?}");
        prop_assert!(!a.id.is_empty(), "{origin}: article without id");
        prop_assert!(!a.origin.is_empty(), "{origin}: article without origin");
    }
    for c in &got.clusters {
        prop_assert!(!c.articles.is_empty(), "{origin}: empty cluster {}", c.id);
        prop_assert!(!c.id.is_empty(), "{origin}: cluster without id");
    }
    for p in &got.problems {
        let line = p.to_string();
        prop_assert!(!p.reason.is_empty(), "{origin}: problem without reason");
        prop_assert!(
            !line.contains('\n'),
            "{origin}: problem spans lines: {line:?}"
        );
    }
    prop_assert!(
        !got.is_empty() || !got.problems.is_empty(),
        "{origin}: nothing read and no problem said why"
    );
    Ok(())
}

fn each_origin(bytes: &[u8]) -> Result<(), TestCaseError> {
    for origin in ORIGINS {
        let got = read_bytes(origin, bytes);
        check(origin, &got)?;
        prop_assert_eq!(
            &got,
            &read_bytes(origin, bytes),
            "{} is not deterministic",
            origin
        );
    }
    // The gzip paths only see real content when the bytes are gzipped first.
    for origin in ["in/feed.jsonl.gz", "in/story.txt.gz", "-"] {
        check(origin, &read_bytes(origin, &gzip(bytes)))?;
    }
    Ok(())
}

/// Text shaped like the inputs: JSON fragments, Multi-News separators, markers, blank lines, junk.
fn input_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("{\"text\": \"A story.\"}".to_string()),
        Just("{\"documents\": [\"d1\", \"\", {\"text\": \"d2\"}, 3]}".to_string()),
        Just("{\"document\": \"a ||||| b NEWLINE_CHAR c\"}".to_string()),
        Just("[\"x\", {\"body\": \"y\"}]".to_string()),
        Just("|||||".to_string()),
        Just("NEWLINE_CHAR".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("{".to_string()),
        Just("\u{feff}".to_string()),
        "[ -~]{0,12}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        each_origin(&bytes)?;
    }

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,300}|[\\x00-\\x7f]{0,300}") {
        each_origin(s.as_bytes())?;
    }

    #[test]
    fn input_shaped_text_never_panics(s in input_like()) {
        each_origin(s.as_bytes())?;
    }

    #[test]
    fn mostly_valid_utf8_with_a_stray_byte(s in "[a-z .\n]{0,2000}", at in any::<prop::sample::Index>(), b in 0x80u8..=0xff) {
        let mut bytes = s.into_bytes();
        let i = at.index(bytes.len() + 1);
        bytes.insert(i, b);
        each_origin(&bytes)?;
    }
}
