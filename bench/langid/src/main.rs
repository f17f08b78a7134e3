use std::time::Instant;
use lingua::{Language as L, LanguageDetectorBuilder};
fn main() {
    let data = std::fs::read_to_string("/work/shared/data/multiling/multiling2011.jsonl").unwrap();
    // samples: (lang, text) -- first sentence-ish (first 80..150 chars cut at a space) and first paragraph
    let mut short = Vec::new();
    let mut para = Vec::new();
    let mut art = Vec::new();
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let lang = v["language"].as_str().unwrap().to_string();
        for d in v["documents"].as_array().unwrap() {
            let d = d.as_str().unwrap();
            let mut e = d.len().min(1000); while !d.is_char_boundary(e) { e -= 1; }
            art.push((lang.clone(), d[..e].to_string()));
            for p in d.split('\n').filter(|p| p.split_whitespace().count() >= 8).take(3) {
                let words: Vec<&str> = p.split_whitespace().collect();
                short.push((lang.clone(), words[..words.len().min(12)].join(" ")));
                para.push((lang.clone(), words[..words.len().min(60)].join(" ")));
            }
        }
    }
    let wl = |s: &str| -> &'static str {
        use whatlang::Lang::*;
        match whatlang::detect_lang(s) { Some(Ara)=>"arabic", Some(Ces)=>"czech", Some(Eng)=>"english", Some(Fra)=>"french", Some(Ell)=>"greek", Some(Heb)=>"hebrew", Some(Hin)=>"hindi", _=>"other" }
    };
    let det = LanguageDetectorBuilder::from_all_languages().build();
    let det_low = LanguageDetectorBuilder::from_all_languages().with_low_accuracy_mode().build();
    let lg = |d: &lingua::LanguageDetector, s: &str| -> &'static str {
        match d.detect_language_of(s) { Some(L::Arabic)=>"arabic", Some(L::Czech)=>"czech", Some(L::English)=>"english", Some(L::French)=>"french", Some(L::Greek)=>"greek", Some(L::Hebrew)=>"hebrew", Some(L::Hindi)=>"hindi", _=>"other" }
    };
    let _ = lg(&det, "warm up the models please"); let _ = lg(&det_low, "warm up");
    for (name, set) in [("12 words", &short), ("60 words", &para), ("article, first 1000 bytes", &art)] {
        let bytes: usize = set.iter().map(|(_, t)| t.len()).sum();
        let t = Instant::now(); let ok = set.iter().filter(|(l, s)| wl(s) == l).count(); let s1 = t.elapsed().as_secs_f64();
        let t = Instant::now(); let ok2 = set.iter().filter(|(l, s)| lg(&det, s) == l).count(); let s2 = t.elapsed().as_secs_f64();
        let t = Instant::now(); let ok3 = set.iter().filter(|(l, s)| lg(&det_low, s) == l).count(); let s3 = t.elapsed().as_secs_f64();
        let n = set.len();
        println!("{name}: {n} texts, {:.1} KB", bytes as f64/1e3);
        println!("  whatlang 0.18        accuracy {:.2}% ({ok}/{n})  {:.2} MB/s", 100.0*ok as f64/n as f64, bytes as f64/1e6/s1);
        println!("  lingua (14 langs)    accuracy {:.2}% ({ok2}/{n})  {:.2} MB/s", 100.0*ok2 as f64/n as f64, bytes as f64/1e6/s2);
        println!("  lingua low-accuracy  accuracy {:.2}% ({ok3}/{n})  {:.2} MB/s", 100.0*ok3 as f64/n as f64, bytes as f64/1e6/s3);
        // whatlang errors by language
        let mut errs = std::collections::BTreeMap::new();
        for (l, s) in set.iter() { let g = wl(s); if g != l { *errs.entry((l.clone(), g)).or_insert(0) += 1; } }
        println!("  whatlang errors: {errs:?}");
        let mut errs = std::collections::BTreeMap::new();
        for (l, s) in set.iter() { let g = lg(&det, s); if g != l { *errs.entry((l.clone(), g)).or_insert(0) += 1; } }
        println!("  lingua errors: {errs:?}");
    }
}
