//! The attribute stage: which article reports which claim.
//!
//! Between analysis and summarize/compare: for a sentence of one article, does another article
//! report its claim, and with which of its sentences? Summarize cites with it; compare builds
//! consensus and only-here on it.

/// A short, stable key of a sentence's text (FNV-1a 64 of its bytes, folded to 32 bits, as 8 hex
/// digits): hand labels name a sentence by article and index plus this key, never by its text, and
/// the key shows when cleaning or splitting has moved the sentence.
pub fn sentence_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{:08x}", (h ^ (h >> 32)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_hash_is_stable_and_tells_texts_apart() {
        // FNV-1a 64 of the empty string is its offset basis
        assert_eq!(
            sentence_hash(""),
            format!("{:08x}", (0xcbf2_9ce4_8422_2325u64 ^ 0xcbf2_9ce4) as u32)
        );
        assert_ne!(
            sentence_hash("The bridge closed."),
            sentence_hash("The bridge closed")
        );
        assert_eq!(sentence_hash("abc").len(), 8);
    }
}
