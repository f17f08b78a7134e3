//! Sentence splitting outside English: news sentences written for this repo in the 7 MultiLing
//! languages (Arabic, Czech, English, French, Greek, Hebrew, Hindi) plus German, Spanish and
//! Chinese, each with the script's own terminators and the traps of its news copy (ordinals,
//! abbreviations, guillemets, Hebrew acronyms).

use roundup::lang::Language;
use roundup::model::{Article, CleanCluster};
use roundup::text::{split_sentences, split_sentences_in, Analyzer};

fn sentences(text: &str, language: Language) -> Vec<&str> {
    split_sentences_in(text, language)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

fn check(language: Language, text: &str, want: &[&str]) {
    assert_eq!(sentences(text, language), want, "{language:?}: {text}");
}

#[test]
fn hindi_sentences_end_with_the_danda() {
    check(
        Language::Hindi,
        "दिल्ली में आज भारी बारिश हुई। मौसम विभाग ने अगले दो दिनों के लिए चेतावनी जारी की है।क्या स्कूल बंद रहेंगे? अधिकारियों ने अभी कुछ नहीं कहा॥",
        &[
            "दिल्ली में आज भारी बारिश हुई।",
            "मौसम विभाग ने अगले दो दिनों के लिए चेतावनी जारी की है।",
            "क्या स्कूल बंद रहेंगे?",
            "अधिकारियों ने अभी कुछ नहीं कहा॥",
        ],
    );
}

#[test]
fn arabic_question_mark_ends_a_sentence() {
    check(
        Language::Arabic,
        "قال وزير الزراعة إن الحكومة ستدعم المزارعين المتضررين. هل ستنجح الخطة؟لم يتضح ذلك بعد.",
        &[
            "قال وزير الزراعة إن الحكومة ستدعم المزارعين المتضررين.",
            "هل ستنجح الخطة؟",
            "لم يتضح ذلك بعد.",
        ],
    );
}

#[test]
fn greek_semicolon_is_a_question_mark() {
    check(
        Language::Greek,
        "Ο πρωθυπουργός μίλησε χθες στη Βουλή για τον προϋπολογισμό. Τι θα γίνει με τους μισθούς; Η κυβέρνηση δεν απάντησε, ενώ η αντιπολίτευση ζήτησε εκλογές.",
        &[
            "Ο πρωθυπουργός μίλησε χθες στη Βουλή για τον προϋπολογισμό.",
            "Τι θα γίνει με τους μισθούς;",
            "Η κυβέρνηση δεν απάντησε, ενώ η αντιπολίτευση ζήτησε εκλογές.",
        ],
    );
    // a semicolon before a lower-case word is not a question mark ending a sentence
    check(
        Language::Greek,
        "Έκλεισαν τα σχολεία; αλλά όχι τα γραφεία.",
        &["Έκλεισαν τα σχολεία; αλλά όχι τα γραφεία."],
    );
}

#[test]
fn czech_ordinal_dates_do_not_end_sentences() {
    check(
        Language::Czech,
        "Pocta obětem bombových útoků ze 7. července 2005 se konala v Londýně. Při útocích zemřelo 52 lidí a stovky dalších byly zraněny.",
        &[
            "Pocta obětem bombových útoků ze 7. července 2005 se konala v Londýně.",
            "Při útocích zemřelo 52 lidí a stovky dalších byly zraněny.",
        ],
    );
}

#[test]
fn french_guillemets_and_abbreviations() {
    check(
        Language::French,
        "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur. M. Dupont a quitté Paris vers 15 heures. Le vote aura lieu le 3 mai.",
        &[
            "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur.",
            "M. Dupont a quitté Paris vers 15 heures.",
            "Le vote aura lieu le 3 mai.",
        ],
    );
}

#[test]
fn german_low_high_quotes_and_ordinals() {
    check(
        Language::German,
        "Die Regierung hat am Dienstag beschlossen, die Steuern zu senken. „Das ist ein guter Tag für die Familien“, sagte die Ministerin. Die Opposition kritisierte den Plan als zu teuer.",
        &[
            "Die Regierung hat am Dienstag beschlossen, die Steuern zu senken.",
            "„Das ist ein guter Tag für die Familien“, sagte die Ministerin.",
            "Die Opposition kritisierte den Plan als zu teuer.",
        ],
    );
    check(
        Language::German,
        "Die Wahl findet am 3. Oktober statt, teilte die Behörde mit.",
        &["Die Wahl findet am 3. Oktober statt, teilte die Behörde mit."],
    );
}

#[test]
fn spanish_inverted_question_marks() {
    check(
        Language::Spanish,
        "¿Qué pasará con las pensiones? El Gobierno aprobó ayer la reforma. «No hay marcha atrás», dijo el ministro.",
        &[
            "¿Qué pasará con las pensiones?",
            "El Gobierno aprobó ayer la reforma.",
            "«No hay marcha atrás», dijo el ministro.",
        ],
    );
}

#[test]
fn hebrew_acronyms_stay_whole() {
    check(
        Language::Hebrew,
        "ראש הממשלה נפגש היום עם נשיא ארה״ב בוושינגטון. הפגישה נמשכה שעתיים. מה יקרה עכשיו?",
        &[
            "ראש הממשלה נפגש היום עם נשיא ארה״ב בוושינגטון.",
            "הפגישה נמשכה שעתיים.",
            "מה יקרה עכשיו?",
        ],
    );
}

#[test]
fn chinese_full_width_terminators() {
    check(
        Language::Chinese,
        "今天北京下了大雨。明天会放晴吗？气象台说会！",
        &["今天北京下了大雨。", "明天会放晴吗？", "气象台说会！"],
    );
}

#[test]
fn english_is_the_english_splitter() {
    let text = "Lt.-Gen. Gadi Eisenkot spoke. \"Is it over?\" John asked.\nU.S. forces left at 3 p.m. Tuesday.";
    assert_eq!(
        split_sentences_in(text, Language::English),
        split_sentences(text)
    );
}

fn article(id: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        origin: id.into(),
        text: text.into(),
        ..Article::default()
    }
}

#[test]
fn the_analyzer_detects_and_splits_per_language() {
    let cluster = CleanCluster {
        id: "c".into(),
        articles: vec![
            article(
                "hi1",
                "दिल्ली में आज भारी बारिश हुई। मौसम विभाग ने अगले दो दिनों के लिए चेतावनी जारी की है। कई इलाकों में पानी भर गया।",
            ),
            article(
                "hi2",
                "राजधानी में बारिश से यातायात प्रभावित हुआ। स्कूल बंद रहे।",
            ),
        ],
        ..CleanCluster::default()
    };
    let analysed = Analyzer::new().analyse(cluster.clone());
    assert_eq!(analysed.language, Language::Hindi);
    assert_eq!(
        analysed.article_languages,
        [Language::Hindi, Language::Hindi]
    );
    assert_eq!(analysed.sentences.len(), 5);
    // a given language wins over detection
    let forced = Analyzer::for_language(Language::Greek).analyse(cluster);
    assert_eq!(forced.language, Language::Greek);
}
