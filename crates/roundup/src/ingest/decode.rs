//! Bytes to text: gzip, byte-order marks, binary detection and UTF-8 decoding.
//!
//! Decoding policy (documented in [`super`]): input must be UTF-8. A file whose invalid bytes are a tiny
//! fraction of it (at most one byte in a thousand, and at least one allowed) is decoded lossily — each
//! invalid sequence becomes U+FFFD — and kept, with a problem saying so. Anything worse is rejected
//! with the offset of the first invalid byte, because guessing a legacy encoding silently garbles text.
//! UTF-16 with a byte-order mark is converted; a UTF-8 byte-order mark is dropped.

use std::borrow::Cow;
use std::io::Read;

use flate2::read::MultiGzDecoder;

/// The most bytes a gzip member may decompress to (guards against decompression bombs).
pub(crate) const MAX_DECOMPRESSED: u64 = 2 << 30;

/// How many bytes at the start are inspected for control characters.
const SNIFF_LEN: usize = 64 * 1024;

/// Whether the bytes start like a gzip stream (magic number and the deflate method byte).
pub(crate) fn looks_gzipped(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b, 0x08])
}

/// Decompresses gzip data (all members, as `gzip -c a b` writes them).
pub(crate) fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Err("not gzip data (no gzip header)".to_string());
    }
    let mut out = Vec::new();
    let mut reader = MultiGzDecoder::new(bytes).take(MAX_DECOMPRESSED + 1);
    match reader.read_to_end(&mut out) {
        Ok(_) if out.len() as u64 > MAX_DECOMPRESSED => Err(format!(
            "gzip data decompresses to more than {} MiB; refusing to read it",
            MAX_DECOMPRESSED >> 20
        )),
        Ok(_) => Ok(out),
        Err(e) => Err(format!("corrupt gzip data: {e}")),
    }
}

/// Converts UTF-16 with a byte-order mark to UTF-8; `None` when there is no UTF-16 mark.
pub(crate) fn utf16_to_utf8(bytes: &[u8]) -> Option<(String, usize)> {
    let little = if bytes.starts_with(&[0xff, 0xfe]) {
        true
    } else if bytes.starts_with(&[0xfe, 0xff]) {
        false
    } else {
        return None;
    };
    let body = bytes.get(2..).unwrap_or_default();
    let units = body.chunks_exact(2).map(|c| {
        let pair = [c[0], c[1]];
        if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let mut bad = usize::from(body.len() % 2 == 1);
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    Some((text, bad))
}

/// Rejects data that is not text: any NUL byte, or more than 5% control characters in the first 64 KiB.
pub(crate) fn check_not_binary(bytes: &[u8]) -> Result<(), String> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!("binary data, not text (NUL byte at offset {at})"));
    }
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    if controls > 0 && controls * 20 > sample.len() {
        return Err(format!(
            "binary data, not text ({controls} control bytes in the first {} bytes)",
            sample.len()
        ));
    }
    Ok(())
}

/// UTF-8 text decoded from bytes, with a note when some bytes had to be replaced.
#[derive(Debug)]
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// Set when the text was decoded lossily: why, for the problem list.
    pub note: Option<String>,
}

/// Decodes UTF-8 (dropping a byte-order mark) under the policy described in the module docs.
pub(crate) fn decode_utf8(bytes: &[u8]) -> Result<Decoded<'_>, String> {
    let (body, skipped) = match bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    let err = match std::str::from_utf8(body) {
        Ok(s) => {
            return Ok(Decoded {
                text: Cow::Borrowed(s),
                note: None,
            })
        }
        Err(e) => e,
    };
    let offset = err.valid_up_to() + skipped;
    let first = body.get(err.valid_up_to()).copied().unwrap_or(0);
    let mut invalid = 0usize;
    let mut all_single_high = true;
    for chunk in body.utf8_chunks() {
        let bad = chunk.invalid();
        invalid += bad.len();
        if bad.len() > 1 || bad.first().is_some_and(|&b| b < 0x80) {
            all_single_high = false;
        }
    }
    let allowed = (body.len() / 1000).max(1);
    if invalid <= allowed {
        let note = format!(
            "not valid UTF-8 (byte 0x{first:02X} at offset {offset}); {invalid} invalid byte{} replaced with U+FFFD",
            if invalid == 1 { "" } else { "s" }
        );
        return Ok(Decoded {
            text: Cow::Owned(String::from_utf8_lossy(body).into_owned()),
            note: Some(note),
        });
    }
    let hint = if all_single_high {
        " (perhaps Latin-1 or Windows-1252)"
    } else {
        ""
    };
    Err(format!(
        "not UTF-8 text: invalid byte 0x{first:02X} at offset {offset}, {invalid} invalid bytes in all{hint}; convert it to UTF-8"
    ))
}

/// Why bytes that decode to blank text are no article.
pub(crate) fn blank_reason(raw_len: usize) -> String {
    if raw_len == 0 {
        "empty file".to_string()
    } else {
        "contains only whitespace".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped_and_offsets_count_it() {
        let d = decode_utf8(b"\xef\xbb\xbfhello").expect("valid");
        assert_eq!(d.text, "hello");
        assert!(d.note.is_none());
        let mut latin = b"\xef\xbb\xbfCaf\xe9 cr\xe8me".to_vec();
        latin.extend_from_slice(b" br\xfbl\xe9e");
        let e = decode_utf8(&latin).expect_err("too many invalid bytes");
        assert!(e.contains("offset 6"), "{e}");
        assert!(e.contains("Latin-1"), "{e}");
    }

    #[test]
    fn one_stray_byte_in_a_long_text_is_replaced() {
        let mut bytes = "The council met on Tuesday. ".repeat(60).into_bytes();
        bytes.insert(100, 0x92);
        let d = decode_utf8(&bytes).expect("tiny fraction is tolerated");
        assert!(d.text.contains('\u{fffd}'));
        assert!(d.note.as_deref().unwrap_or("").contains("offset 100"));
    }

    #[test]
    fn utf16_with_bom_converts() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "Héllo".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let (s, bad) = utf16_to_utf8(&bytes).expect("utf-16");
        assert_eq!((s.as_str(), bad), ("Héllo", 0));
        assert!(utf16_to_utf8(b"plain").is_none());
    }

    #[test]
    fn binary_detection() {
        assert!(check_not_binary(b"a\x00b")
            .unwrap_err()
            .contains("offset 1"));
        assert!(check_not_binary(b"\x01\x02\x03abc").is_err());
        assert!(check_not_binary(b"Line one.\r\n\tLine two.\x0c").is_ok());
    }

    #[test]
    fn gzip_errors_are_described() {
        assert!(gunzip(b"plain").unwrap_err().contains("no gzip header"));
        assert!(gunzip(&[0x1f, 0x8b, 0x08, 0, 0, 0])
            .unwrap_err()
            .contains("corrupt gzip"));
    }
}
