//! The ingest stage on real files: every format, ids, order, folder walks, problems, gzip, and the bundled
//! example and shared data sets.

use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;
use roundup::eval::dataset::shared_path;
use roundup::ingest::{read_bytes, read_inputs, Ingested, InputProblem};

/// A file or folder of the shared evaluation data (`ROUNDUP_SHARED` or `../shared`).
fn shared(relative: &str) -> PathBuf {
    shared_path(relative).unwrap_or_else(|e| panic!("{e}"))
}

fn write(dir: &Path, rel: &str, bytes: &[u8]) -> String {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create parent folder");
    }
    std::fs::write(&path, bytes).expect("write test file");
    path.to_string_lossy().into_owned()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).expect("gzip");
    enc.finish().expect("gzip finish")
}

fn ids(got: &Ingested) -> Vec<&str> {
    got.articles.iter().map(|a| a.id.as_str()).collect()
}

fn problem_lines(got: &Ingested) -> Vec<String> {
    got.problems.iter().map(InputProblem::to_string).collect()
}

const STORY_A: &str =
    "Harbor bridge reopens after repairs\n\nThe Harbor Street bridge reopened on Monday after \
eleven weeks of repairs, city officials said.\n\nTraffic resumed at 6 a.m.\n";
const STORY_B: &str = "# Council vote\n\nThe council voted 7-2 to fund the repairs.\n";

#[test]
fn plain_text_files_are_whole_articles_with_stem_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write(dir.path(), "bridge-opens.txt", STORY_A.as_bytes());
    let b = write(dir.path(), "council.md", STORY_B.as_bytes());
    let got = read_inputs(&[&b, &a]);
    assert!(got.problems.is_empty(), "{:?}", problem_lines(&got));
    assert_eq!(
        ids(&got),
        ["council", "bridge-opens"],
        "input order is kept"
    );
    assert_eq!(got.articles[1].text, STORY_A, "the text stays whole");
    assert_eq!(got.articles[1].origin, a);
    // Its headline line is its title (the text keeps it).
    assert_eq!(
        got.articles[1].title.as_deref(),
        Some("Harbor bridge reopens after repairs")
    );
    assert!(got.clusters.is_empty());
    assert!(!got.is_empty());
}

#[test]
fn folders_are_walked_recursively_in_sorted_order_skipping_hidden_and_unknown() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "b.txt", b"Second story text.");
    write(dir.path(), "a/z.txt", b"Nested z text.");
    write(dir.path(), "a/c.md", b"Nested c text.");
    write(dir.path(), "a/deeper/d.TXT", b"Deeper text.");
    write(dir.path(), ".hidden.txt", b"Hidden text.");
    write(dir.path(), ".git/objects.txt", b"Hidden folder text.");
    write(dir.path(), "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00");
    write(dir.path(), "notes.pdf", b"%PDF-1.4");
    write(dir.path(), "a.jsonl", b"{\"text\": \"From JSON lines.\"}\n");
    let root = dir.path().to_string_lossy().into_owned();
    let got = read_inputs(&[&root]);
    assert!(got.problems.is_empty(), "{:?}", problem_lines(&got));
    assert_eq!(ids(&got), ["c", "d", "z", "a:1", "b"]);
    let origins: Vec<String> = got
        .articles
        .iter()
        .map(|a| {
            Path::new(&a.origin)
                .strip_prefix(dir.path())
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        origins,
        [
            "a/c.md",
            "a/deeper/d.TXT",
            "a/z.txt",
            "a.jsonl:line 1",
            "b.txt"
        ]
    );
}

#[test]
fn an_explicitly_named_file_of_unknown_extension_is_plain_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = write(dir.path(), "story.article", STORY_A.as_bytes());
    let bare = write(dir.path(), "README", b"Just some words.");
    let got = read_inputs(&[&f, &bare]);
    assert!(got.problems.is_empty(), "{:?}", problem_lines(&got));
    assert_eq!(ids(&got), ["story", "README"]);
    assert_eq!(got.articles[0].text, STORY_A);
    // The same extension inside a folder is skipped.
    let root = dir.path().to_string_lossy().into_owned();
    let folder = read_inputs(&[&root]);
    assert!(folder.is_empty());
    assert_eq!(folder.problems.len(), 1, "{:?}", problem_lines(&folder));
    assert!(folder.problems[0].reason.contains("no readable articles"));
}

#[test]
fn json_lines_articles_carry_their_fields_and_default_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = concat!(
        r#"{"id": "herald-1", "title": "Bridge reopens", "source": "Harbor Herald", "url": "https://herald.example.com/a", "date": "2024-05-06", "text": "The bridge reopened."}"#,
        "\n\n",
        r#"{"body": "Alias body text.", "source": {"name": "Wire"}, "id": 42}"#,
        "\r\n",
        r#"{"content": "Alias content text.", "title": "  "}"#,
        "\n",
    );
    let f = write(dir.path(), "feed.jsonl", body.as_bytes());
    let got = read_inputs(&[&f]);
    assert!(got.problems.is_empty(), "{:?}", problem_lines(&got));
    assert_eq!(ids(&got), ["herald-1", "42", "feed:4"]);
    let a = &got.articles[0];
    assert_eq!(a.title.as_deref(), Some("Bridge reopens"));
    assert_eq!(a.source.as_deref(), Some("Harbor Herald"));
    assert_eq!(a.url.as_deref(), Some("https://herald.example.com/a"));
    assert_eq!(a.date.as_deref(), Some("2024-05-06"));
    assert_eq!(a.text, "The bridge reopened.");
    assert_eq!(a.origin, format!("{f}:line 1"));
    assert_eq!(got.articles[1].source.as_deref(), Some("Wire"));
    assert_eq!(got.articles[2].title, None, "a blank title is no title");
    assert_eq!(got.articles[2].origin, format!("{f}:line 4"));
}

#[test]
fn a_bad_json_line_is_a_problem_and_the_good_lines_still_come_through() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut body = Vec::new();
    body.extend_from_slice(b"{\"text\": \"Good one.\"}\n");
    body.extend_from_slice(b"{\"text\": \"unterminated\n");
    body.extend_from_slice(b"{\"title\": \"No text here\"}\n");
    body.extend_from_slice(b"[1, 2]\n");
    body.extend_from_slice(b"{\"text\": \"   \"}\n");
    body.extend_from_slice(b"{\"text\": 7}\n");
    body.extend_from_slice(b"{\"text\": \"caf\xe9 cr\xe8me br\xfbl\xe9e\"}\n");
    body.extend_from_slice(b"{\"text\": \"Good two.\"}\n");
    let f = write(dir.path(), "mixed.jsonl", &body);
    let got = read_inputs(&[&f]);
    assert_eq!(ids(&got), ["mixed:1", "mixed:8"]);
    let lines = problem_lines(&got);
    assert_eq!(lines.len(), 6, "{lines:?}");
    let expect = [
        (2, "invalid JSON"),
        (3, "no article text"),
        (4, "found an array"),
        (5, "empty `text`"),
        (6, "`text` is a number"),
        (7, "not UTF-8"),
    ];
    for ((n, why), line) in expect.iter().zip(&lines) {
        let prefix = format!("{f}:line {n}: ");
        assert!(
            line.starts_with(&prefix),
            "{line} should start with {prefix}"
        );
        assert!(line.contains(why), "{line} should say {why}");
    }
}

#[test]
fn a_file_of_only_bad_lines_says_so() {
    let got = read_bytes("junk.jsonl", b"not json\nstill not\n");
    assert!(got.is_empty());
    let last = got
        .problems
        .last()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert_eq!(last, "junk.jsonl: no readable articles (2 bad lines)");
}

#[test]
fn many_bad_lines_are_listed_up_to_a_limit_then_counted() {
    let body = "oops\n".repeat(50) + "{\"text\": \"Survivor.\"}\n";
    let got = read_bytes("noisy.jsonl", body.as_bytes());
    assert_eq!(ids(&got), ["noisy:51"]);
    assert_eq!(got.problems.len(), 21, "20 listed plus one count");
    assert_eq!(
        got.problems[20].to_string(),
        "noisy.jsonl: 30 more bad lines not listed"
    );
}

#[test]
fn json_lines_clusters_take_strings_or_article_objects() {
    let body = concat!(
        r#"{"id": "c1", "documents": ["First doc.", "", {"title": "T", "text": "Second doc."}, {"oops": 1}], "summaries": ["x"]}"#,
        "\n",
        r#"{"documents": ["Only doc."]}"#,
        "\n",
        r#"{"documents": ["", "  "]}"#,
        "\n",
        r#"{"document": "Alpha text. NEWLINE_CHAR NEWLINE_CHAR Alpha two. ||||| Beta text.", "summary": "s"}"#,
        "\n",
    );
    let got = read_bytes("sets/clusters.jsonl", body.as_bytes());
    assert!(got.articles.is_empty());
    let cids: Vec<&str> = got.clusters.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(cids, ["c1", "clusters:2", "clusters:4"]);
    let c1: Vec<(&str, &str)> = got.clusters[0]
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.text.as_str()))
        .collect();
    assert_eq!(c1, [("c1:1", "First doc."), ("c1:3", "Second doc.")]);
    assert_eq!(got.clusters[0].articles[1].title.as_deref(), Some("T"));
    assert_eq!(
        got.clusters[0].articles[1].origin,
        "sets/clusters.jsonl:line 1:doc 3"
    );
    let mn: Vec<&str> = got.clusters[2]
        .articles
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(mn, ["Alpha text.\n\nAlpha two.", "Beta text."]);
    let lines = problem_lines(&got);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("sets/clusters.jsonl:line 1:doc 4: no article text"));
    assert!(lines[1].starts_with(
        "sets/clusters.jsonl:line 3: cluster `clusters:3` has no non-empty documents"
    ));
}

#[test]
fn json_files_hold_one_object_or_an_array() {
    let one = read_bytes(
        "one.json",
        b"{\n  \"title\": \"Bridge\",\n  \"text\": \"Pretty printed.\"\n}\n",
    );
    assert!(one.problems.is_empty(), "{:?}", problem_lines(&one));
    assert_eq!(ids(&one), ["one"]);
    assert_eq!(one.articles[0].origin, "one.json");

    let many = read_bytes(
        "many.json",
        br#"[{"text": "First."}, "Second, a bare string.", {"documents": ["D1", "D2"]}, 5]"#,
    );
    assert_eq!(ids(&many), ["many:1", "many:2"]);
    assert_eq!(many.clusters.len(), 1);
    assert_eq!(many.clusters[0].id, "many:3");
    assert_eq!(
        problem_lines(&many),
        ["many.json:item 4: expected a JSON object (an article or a cluster), found a number"]
    );

    // JSON Lines saved under a .json name still read.
    let lines = read_bytes("lines.json", b"{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n");
    assert_eq!(ids(&lines), ["lines:1", "lines:2"]);

    let broken = read_bytes("broken.json", b"{\"text\": \"A.\",\n  oops }");
    assert!(broken.is_empty());
    assert_eq!(broken.problems.len(), 1);
    assert!(
        broken.problems[0]
            .to_string()
            .starts_with("broken.json: invalid JSON at line 2 column"),
        "{}",
        broken.problems[0]
    );
}

#[test]
fn gzipped_json_lines_read_like_plain_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = b"{\"text\": \"Zipped one.\"}\n{\"documents\": [\"x\", \"y\"]}\n";
    // Two gzip members, as `cat a.gz b.gz` makes: both must be read.
    let mut two = gzip(b"{\"text\": \"Zipped one.\"}\n");
    two.extend(gzip(b"{\"documents\": [\"x\", \"y\"]}\n"));
    let f = write(dir.path(), "feed.jsonl.gz", &gzip(plain));
    let g = write(dir.path(), "multi.jsonl.gz", &two);
    let got = read_inputs(&[&f, &g]);
    assert!(got.problems.is_empty(), "{:?}", problem_lines(&got));
    assert_eq!(ids(&got), ["feed:1", "multi:1"]);
    assert_eq!(got.clusters.len(), 2);
    assert_eq!(got.clusters[1].id, "multi:2");

    let mut corrupt = gzip(plain);
    let n = corrupt.len();
    corrupt.truncate(n / 2);
    let bad = write(dir.path(), "corrupt.jsonl.gz", &corrupt);
    let not_gz = write(dir.path(), "fake.jsonl.gz", plain);
    let got = read_inputs(&[&bad, &not_gz]);
    assert!(got.is_empty());
    let lines = problem_lines(&got);
    assert!(
        lines[0].starts_with(&format!("{bad}: corrupt gzip data")),
        "{lines:?}"
    );
    assert_eq!(
        lines[1],
        format!("{not_gz}: not gzip data (no gzip header)")
    );

    // Standard input is gunzipped when it starts like gzip.
    let stdin = read_bytes("-", &gzip(b"Plain text piped in, zipped."));
    assert_eq!(ids(&stdin), ["stdin"]);
}

#[test]
fn multi_news_src_lines_are_clusters() {
    let src = "first a . NEWLINE_CHAR NEWLINE_CHAR first a more ||||| first b text |||||\n\
               \n\
               second a ||||| second b ||||| second c\n";
    let got = read_bytes("data/test.src.txt", src.as_bytes());
    assert!(got.problems.is_empty(), "{:?}", problem_lines(&got));
    assert!(got.articles.is_empty());
    let cids: Vec<&str> = got.clusters.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(cids, ["test.src:1", "test.src:3"]);
    let first: Vec<&str> = got.clusters[0]
        .articles
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(first, ["first a .\n\nfirst a more", "first b text"]);
    assert_eq!(got.clusters[1].articles.len(), 3);
    assert_eq!(got.clusters[1].articles[2].id, "test.src:3:3");
    assert_eq!(
        got.clusters[1].articles[2].origin,
        "data/test.src.txt:line 3:doc 3"
    );
}

#[test]
fn a_file_split_by_separator_lines_is_one_cluster() {
    let text = "Bridge reopens\n\nThe bridge reopened Monday.\nIt cost $4.2 million.\n|||||\n\
                Council backs repairs\n\nThe council voted 7-2.\n|||||\nThird outlet.\n";
    let got = read_bytes("story.txt", text.as_bytes());
    assert!(got.problems.is_empty(), "{:?}", problem_lines(&got));
    assert_eq!(got.clusters.len(), 1);
    let c = &got.clusters[0];
    assert_eq!(c.id, "story");
    let texts: Vec<&str> = c.articles.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Bridge reopens\n\nThe bridge reopened Monday.\nIt cost $4.2 million.",
            "Council backs repairs\n\nThe council voted 7-2.",
            "Third outlet."
        ]
    );
    let cids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(cids, ["story:1", "story:2", "story:3"]);
}

#[test]
fn unreadable_inputs_are_problems_naming_the_file_and_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let binary = write(
        dir.path(),
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    let latin1 = write(
        dir.path(),
        "latin1.txt",
        b"Le caf\xe9 du port a rouvert. La client\xe8le \xe9tait ravie, a d\xe9clar\xe9 le g\xe9rant.",
    );
    let empty = write(dir.path(), "empty.txt", b"");
    let blank = write(dir.path(), "blank.md", b"  \n\t\r\n ");
    let good = write(dir.path(), "good.txt", b"A good article.");
    let missing = dir
        .path()
        .join("missing.txt")
        .to_string_lossy()
        .into_owned();
    let empty_dir = dir.path().join("nothing");
    std::fs::create_dir(&empty_dir).expect("mkdir");
    let empty_dir = empty_dir.to_string_lossy().into_owned();
    let got = read_inputs(&[
        &binary, &latin1, &empty, &good, &blank, &missing, &empty_dir,
    ]);
    assert_eq!(ids(&got), ["good"], "the good file still comes through");
    let lines = problem_lines(&got);
    assert_eq!(lines.len(), 6, "{lines:?}");
    assert_eq!(
        lines[0],
        format!("{binary}: binary data, not text (NUL byte at offset 8)")
    );
    assert!(
        lines[1].starts_with(&format!(
            "{latin1}: not UTF-8 text: invalid byte 0xE9 at offset 6"
        )),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains("Latin-1"), "{}", lines[1]);
    assert_eq!(lines[2], format!("{empty}: empty file"));
    assert_eq!(lines[3], format!("{blank}: contains only whitespace"));
    assert!(
        lines[4].starts_with(&format!("{missing}: cannot open: ")),
        "{}",
        lines[4]
    );
    assert!(
        lines[5].starts_with(&format!("{empty_dir}: no readable articles")),
        "{}",
        lines[5]
    );

    // The same bad files inside a folder: each named, and the folder reported as giving nothing.
    std::fs::remove_file(dir.path().join("good.txt")).expect("rm");
    let root = dir.path().to_string_lossy().into_owned();
    let folder = read_inputs(&[&root]);
    assert!(folder.is_empty());
    let lines = problem_lines(&folder);
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert_eq!(
        lines[4],
        format!("{root}: no readable articles in this folder (4 files tried)")
    );
}

#[test]
fn control_characters_mark_binary_data() {
    let got = read_bytes("weird.txt", b"\x1b[0m\x01\x02\x03\x04 some \x05\x06 text");
    assert!(got.is_empty());
    assert!(
        got.problems[0].reason.starts_with("binary data"),
        "{}",
        got.problems[0]
    );
}

#[test]
fn one_stray_byte_is_replaced_and_reported_but_the_article_kept() {
    let mut bytes = "The ferry schedule changes on Monday, officials said. "
        .repeat(40)
        .into_bytes();
    bytes.insert(120, 0x96); // a Windows-1252 dash in otherwise UTF-8 text
    let got = read_bytes("ferry.txt", &bytes);
    assert_eq!(ids(&got), ["ferry"]);
    assert!(got.articles[0].text.contains('\u{fffd}'));
    assert_eq!(
        problem_lines(&got),
        ["ferry.txt: not valid UTF-8 (byte 0x96 at offset 120); 1 invalid byte replaced with U+FFFD"]
    );
}

#[test]
fn byte_order_marks_are_honoured() {
    let got = read_bytes("bom.txt", b"\xef\xbb\xbfHeadline\n\nBody.");
    assert_eq!(got.articles[0].text, "Headline\n\nBody.");
    let mut utf16 = vec![0xff, 0xfe];
    for u in "{\"text\": \"Caf\u{e9} news.\"}\n".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let got = read_bytes("utf16.jsonl", &utf16);
    assert!(got.problems.is_empty(), "{:?}", problem_lines(&got));
    assert_eq!(got.articles[0].text, "Caf\u{e9} news.");
}

#[test]
fn standard_input_is_sniffed() {
    let text = read_bytes("-", b"Plain text ||||| with a separator");
    assert_eq!(text.clusters.len(), 1);
    assert_eq!(text.clusters[0].id, "stdin");
    let plain = read_bytes("-", b"[Photo: Jane Roe] The bridge opened.");
    assert_eq!(ids(&plain), ["stdin"]);
    assert_eq!(plain.articles[0].origin, "-");
    let bad = read_bytes("-", b"{\"text\": \"ok\"}\n{broken\n");
    assert_eq!(ids(&bad), ["stdin:1"]);
    assert_eq!(bad.problems.len(), 1);
    assert!(bad.problems[0]
        .to_string()
        .starts_with("-:line 2: invalid JSON"));
}

#[test]
fn into_clusters_puts_loose_articles_first() {
    let mut got = read_bytes("a.txt", b"Loose article.");
    got.extend(read_bytes("c.jsonl", b"{\"documents\": [\"d1\"]}"));
    assert_eq!(got.article_count(), 2);
    let clusters = got.into_clusters("loose");
    let cids: Vec<&str> = clusters.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(cids, ["loose", "c:1"]);
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_bundled_example_reads_as_one_story_in_both_forms() {
    let root = workspace_root().join("examples");
    let folder = root.join("harbor-bridge").to_string_lossy().into_owned();
    let jsonl = root
        .join("harbor-bridge.jsonl")
        .to_string_lossy()
        .into_owned();
    let txt = read_inputs(&[&folder]);
    assert!(txt.problems.is_empty(), "{:?}", problem_lines(&txt));
    let lines = read_inputs(&[&jsonl]);
    assert!(lines.problems.is_empty(), "{:?}", problem_lines(&lines));
    assert!(
        (4..=5).contains(&txt.articles.len()),
        "{}",
        txt.articles.len()
    );
    assert_eq!(txt.articles.len(), lines.articles.len());
    for (t, j) in txt.articles.iter().zip(&lines.articles) {
        let words = t.text.split_whitespace().count();
        assert!((150..=600).contains(&words), "{}: {words} words", t.id);
        assert_eq!(
            t.text.trim(),
            j.text.trim(),
            "{} and {} differ",
            t.origin,
            j.origin
        );
        assert_eq!(t.id, j.id, "the JSONL ids are the file stems");
        for field in [&j.title, &j.source, &j.url, &j.date] {
            assert!(field.is_some(), "{} lacks a field", j.id);
        }
    }
}

#[test]
fn shared_multi_news_validation_reads_every_cluster() {
    let path = shared("data/multinews/val.jsonl.gz")
        .to_string_lossy()
        .into_owned();
    let got = read_inputs(&[&path]);
    assert!(
        got.problems.is_empty(),
        "{:?}",
        &got.problems[..got.problems.len().min(5)]
    );
    assert!(got.articles.is_empty());
    assert_eq!(got.clusters.len(), 5622);
    assert!(got.clusters.iter().all(|c| !c.articles.is_empty()));
    assert!(got
        .clusters
        .iter()
        .flat_map(|c| &c.articles)
        .all(|a| !a.text.trim().is_empty()));
    assert_eq!(got.clusters[0].id, "multinews-val-44972");
}

#[test]
fn shared_seed_folder_reads_five_articles_and_events_keep_titles() {
    let seeds = shared("data/seeds").to_string_lossy().into_owned();
    let got = read_inputs(&[&seeds]);
    assert!(got.problems.is_empty(), "{:?}", problem_lines(&got));
    assert_eq!(got.articles.len(), 5);
    let mut sorted = ids(&got);
    sorted.sort_unstable();
    assert_eq!(sorted, ids(&got), "sorted path order");

    let events = shared("data/stories/duc2003-events.jsonl")
        .to_string_lossy()
        .into_owned();
    let got = read_inputs(&[&events]);
    assert!(got.problems.is_empty(), "{:?}", problem_lines(&got));
    assert_eq!(got.articles.len(), 289);
    assert!(got.articles.iter().all(|a| a.source.is_some()));
    assert_eq!(got.articles[0].id, "NYT19981001.0271");
}
