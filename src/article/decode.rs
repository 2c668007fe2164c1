//! Bytes → text: a byte-order mark wins, then a declared charset, then UTF-8 if the bytes are
//! valid UTF-8, else Windows-1252 (the superset of Latin-1 that real pages use).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decodes `bytes`, honouring a BOM first and then `declared` (a charset label such as
/// `iso-8859-1`, from an HTML meta tag or an HTTP header).
pub fn decode(bytes: &[u8], declared: Option<&str>) -> String {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned();
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let enc = declared
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        .filter(|e| *e != UTF_8)
        .unwrap_or(WINDOWS_1252);
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_table() {
        let cases: &[(&[u8], Option<&str>, &str)] = &[
            ("città".as_bytes(), None, "città"),
            (b"citt\xe0 \x80", None, "città €"),
            (b"\xef\xbb\xbfciao", None, "ciao"),
            (b"\xff\xfec\x00i\x00", None, "ci"),
            (b"se\xf1or", Some("iso-8859-1"), "señor"),
        ];
        for (bytes, declared, want) in cases {
            assert_eq!(decode(bytes, *declared), *want);
        }
    }
}
