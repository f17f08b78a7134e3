//! `RougeScorer::unicode` against Google's rouge-score 0.1.2 run with the same tokenizer (a
//! `RougeScorer(tokenizer=...)` object doing `re.findall(r"\w+", text.lower())`, with NLTK's
//! Snowball stemmer where stemming is asked for), on the MultiLing 2011 participants' summaries in
//! 7 languages. Needs Python with rouge-score: `$ROUNDUP_PEERS_PY`, else the peers' venv
//! `/tmp/roundup-peers/bin/python` (`../shared/tools/setup-peers.sh`); `.ci/run` installs it. Outside
//! CI a missing interpreter is a visible skip; in CI (`CI` set) it fails.

use std::collections::HashMap;
use std::io::Write;
use std::process::Command;

use roundup::eval::dataset::shared_path;
use roundup::eval::{read_eval_clusters, RougeScorer};
use roundup::lang::Language;
use serde_json::{json, Value};

const PYTHON_SCORER: &str = r#"
import json, re, sys
from rouge_score import rouge_scorer
from nltk.stem.snowball import SnowballStemmer

class Tok:
    def __init__(self, stemmer):
        self.stemmer = stemmer
    def tokenize(self, text):
        words = re.findall(r"\w+", text.lower())
        return [self.stemmer.stem(w) for w in words] if self.stemmer else words

scorers = {}
for line in open(sys.argv[1], encoding="utf-8"):
    case = json.loads(line)
    lang = case["stem"]
    if lang not in scorers:
        stemmer = SnowballStemmer(lang, ignore_stopwords=False) if lang else None
        scorers[lang] = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=Tok(stemmer))
    s = scorers[lang].score_multi(case["refs"], case["pred"])
    print(json.dumps({k: [v.precision, v.recall, v.fmeasure] for k, v in s.items()}))
"#;

fn python() -> Option<String> {
    let candidates = [
        std::env::var("ROUNDUP_PEERS_PY").ok(),
        Some("/tmp/roundup-peers/bin/python".to_string()),
        Some("/tmp/roundup-peers-lang/bin/python".to_string()),
    ];
    for p in candidates.into_iter().flatten() {
        let ok = Command::new(&p)
            .args(["-c", "import rouge_score, nltk"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(p);
        }
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "Python with rouge-score is needed (.ci/run installs it; or set ROUNDUP_PEERS_PY)"
    );
    None
}

#[test]
fn unicode_rouge_equals_rouge_score_with_the_same_tokenizer() {
    let Some(python) = python() else {
        eprintln!("skipping: no Python with rouge-score (set ROUNDUP_PEERS_PY)");
        return;
    };
    let dir = shared_path("data/multiling").expect("MultiLing data");
    let clusters =
        read_eval_clusters(&dir.join("multiling2011.jsonl")).expect("MultiLing clusters");
    let refs: HashMap<String, (Vec<String>, Language)> = clusters
        .into_iter()
        .map(|c| {
            let lang = c.language.expect("a language per MultiLing cluster");
            (c.id, (c.summaries, lang))
        })
        .collect();
    let peers = std::fs::read_to_string(dir.join("multiling2011-peers.jsonl")).expect("peers");
    // every participant summary unstemmed; French ones also Snowball-stemmed (NLTK's Arabic stemmer is
    // not Snowball's, and it has no Greek)
    let mut cases: Vec<(Vec<String>, String, Option<Language>)> = Vec::new();
    for line in peers.lines() {
        let v: Value = serde_json::from_str(line).expect("a peer line");
        let (summaries, lang) = &refs[v["id"].as_str().expect("id")];
        let pred = v["summary"].as_str().expect("summary").to_string();
        if *lang == Language::French {
            cases.push((summaries.clone(), pred.clone(), Some(*lang)));
        }
        cases.push((summaries.clone(), pred, None));
    }
    assert!(cases.len() > 600, "{} cases", cases.len());
    let mut input = tempfile::NamedTempFile::new().expect("temp file");
    for (r, p, stem) in &cases {
        let stem = stem.map(|l| l.name()).unwrap_or("");
        writeln!(input, "{}", json!({"refs": r, "pred": p, "stem": stem})).expect("write");
    }
    input.flush().expect("flush");
    let out = Command::new(&python)
        .args(["-c", PYTHON_SCORER])
        .arg(input.path())
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout)
        .expect("utf-8")
        .lines()
        .collect();
    assert_eq!(lines.len(), cases.len());
    let mut worst = 0.0f64;
    for ((r, p, stem), line) in cases.iter().zip(lines) {
        let want: Value = serde_json::from_str(line).expect("python json");
        let scorer = RougeScorer::unicode(stem.and_then(|l| l.stemmer()));
        let got = scorer.score(r, p);
        for (name, prf) in [
            ("rouge1", got.rouge1),
            ("rouge2", got.rouge2),
            ("rougeL", got.rouge_l),
        ] {
            let w = &want[name];
            for (i, g) in [prf.p, prf.r, prf.f].into_iter().enumerate() {
                let d = (g - w[i].as_f64().expect("a number")).abs();
                worst = worst.max(d);
                assert!(
                    d < 1e-12,
                    "{name}[{i}] {g} vs {} for {stem:?}: {p:.80}",
                    w[i]
                );
            }
        }
    }
    eprintln!(
        "{} cases equal to rouge-score (largest difference {worst:e})",
        cases.len()
    );
}
