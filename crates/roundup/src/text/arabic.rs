//! Arabic words for matching: the article and the one-letter conjunctions and prepositions that
//! Arabic writes joined to the next word come off, so `الحكومة`, `والحكومة`, `بالحكومة` and
//! `للحكومة` ("the government", "and the government", "with the government", "for the
//! government") are one term for the selection.
//!
//! The rule is the prefix step of Larkey, Ballesteros and Connell's *light10* stemmer ("Light
//! Stemming for Arabic Information Retrieval", 2007; Lucene's `ArabicStemmer`). The rest of light10
//! is left out because it was measured to cost on MultiLing 2011 (BENCHMARKS.md, "Beyond English",
//! session 12): its suffix step (`ها ان ات ون ين يه ية ه ة ي`) 3.9 ROUGE-1 points, the orthographic
//! normalisation before it (one alef for `أ إ آ ٱ`, `ة` as `ه`, `ى` as `ي`, no vowel marks or
//! tatweel) 0.8 ROUGE-1 and 2.2 ROUGE-2, mostly from the alef. Snowball's Arabic stemmer, which goes
//! further still, cost 2-3 ROUGE-1 points. Only the words the selection compares pass through here;
//! ROUGE reads the text as written.

/// The article, its combinations with a conjunction or preposition, then `و` ("and"), in the order
/// light10 tries them: the first that fits comes off.
const PROCLITICS: [&str; 7] = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];

/// `word` without its leading article or conjunction: the first of [`PROCLITICS`] that it starts
/// with and that leaves at least two letters (three after `و`, so `ولد` "boy" keeps its first
/// letter) comes off. Any other word, and every word of another script, comes back whole.
pub fn strip_proclitic(word: &str) -> &str {
    for prefix in PROCLITICS {
        let Some(rest) = word.strip_prefix(prefix) else {
            continue;
        };
        let min_rest = if prefix == "و" { 3 } else { 2 };
        if rest.chars().take(min_rest).count() == min_rest {
            return rest;
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_and_its_particles_come_off_one_word() {
        // "the government", "and the government", "with the government", "like the government",
        // "so the government", "for the government": all "government"
        for word in [
            "الحكومة",
            "والحكومة",
            "بالحكومة",
            "كالحكومة",
            "فالحكومة",
            "للحكومة",
        ] {
            assert_eq!(strip_proclitic(word), "حكومة", "{word}");
        }
        assert_eq!(strip_proclitic("حكومة"), "حكومة");
        // "the United States" and "and the victims"
        assert_eq!(strip_proclitic("الولايات"), "ولايات");
        assert_eq!(strip_proclitic("والضحايا"), "ضحايا");
        // "and he said", "and Washington": the conjunction alone
        assert_eq!(strip_proclitic("وقال"), "قال");
        assert_eq!(strip_proclitic("وواشنطن"), "واشنطن");
        // suffixes and spelling are left as written: "the Americans" keeps its plural ending
        // and its hamza
        assert_eq!(strip_proclitic("الأمريكيين"), "أمريكيين");
    }

    #[test]
    fn short_words_keep_what_would_leave_too_little() {
        // "boy" and "he arrived" are not "and" + two letters
        assert_eq!(strip_proclitic("ولد"), "ولد");
        assert_eq!(strip_proclitic("وصل"), "وصل");
        // "governor" is too short for "and the" + one letter; the next rule takes "and" off, as
        // light10 does (one of its known over-reaches)
        assert_eq!(strip_proclitic("والي"), "الي");
        // "God": the article comes off only when two letters remain, and does
        assert_eq!(strip_proclitic("الله"), "له");
        // "to the" alone, "in", "from" and "who" are too short to lose anything
        assert_eq!(strip_proclitic("لل"), "لل");
        assert_eq!(strip_proclitic("في"), "في");
        assert_eq!(strip_proclitic("من"), "من");
        assert_eq!(strip_proclitic("الذي"), "ذي");
        // other scripts and figures are untouched
        assert_eq!(strip_proclitic("unicef"), "unicef");
        assert_eq!(strip_proclitic("2004"), "2004");
    }
}
