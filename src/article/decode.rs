//! Bytes → text. A byte-order mark wins; then bytes that are valid UTF-8 are read as UTF-8 (the
//! strongest evidence there is: legacy text almost never is); then a declared charset (HTTP
//! header, HTML `<meta>`, XML prolog); then a guess from the bytes themselves (chardetng, over
//! every encoding encoding_rs knows: Windows-1252/Latin-1, Latin-2, Cyrillic, CJK …).
//! Finding a declaration inside an HTML head is here too; what the text means is not.

use encoding_rs::{Encoding, UTF_8};

/// How far into a page a `<meta charset>` is looked for (browsers look at 1024 bytes; real
/// pages put scripts first, so look further).
const META_SCAN: usize = 8192;

/// Decodes `bytes`, honouring a BOM first and then `declared` (a charset label such as
/// `iso-8859-1`, from an HTML meta tag or an HTTP header) when the bytes are not UTF-8.
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
        .and_then(|l| Encoding::for_label(l.trim().trim_matches(['"', '\'']).as_bytes()))
        .filter(|e| *e != UTF_8)
        .unwrap_or_else(|| guess(bytes));
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The legacy encoding the bytes most look like.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    det.guess(None, chardetng::Utf8Detection::Deny)
}

/// The charset a page declares in its first bytes: `<meta charset=…>`,
/// `<meta http-equiv="Content-Type" content="…; charset=…">` or `<?xml … encoding="…"?>`.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(META_SCAN)];
    let low: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset="[..], &b"encoding="[..]] {
        let mut from = 0;
        while let Some(pos) = memchr::memmem::find(&low[from..], key) {
            let start = from + pos + key.len();
            let value: String = low[start..]
                .iter()
                .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .map(|&b| b as char)
                .collect();
            if !value.is_empty() && Encoding::for_label(value.as_bytes()).is_some() {
                return Some(value);
            }
            from = start;
        }
    }
    None
}

/// The `charset` parameter of a MIME type such as `text/html; charset=ISO-8859-1`.
pub fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset"))
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_table() {
        let cases: &[(&[u8], Option<&str>, &str)] = &[
            ("città".as_bytes(), None, "città"),
            (b"\xef\xbb\xbfciao", None, "ciao"),
            (b"\xff\xfec\x00i\x00", None, "ci"),
            (b"se\xf1or", Some("iso-8859-1"), "señor"),
            (b"se\xf1or", Some("\"latin1\""), "señor"),
            // A wrong declaration loses to valid UTF-8.
            ("perché".as_bytes(), Some("iso-8859-1"), "perché"),
            // Undeclared cp1252: the guess finds it.
            (
                b"L'acquisizione della societ\xe0 \xe8 stata annunciata per 5 milioni di \x80.",
                None,
                "L'acquisizione della società è stata annunciata per 5 milioni di €.",
            ),
        ];
        for (bytes, declared, want) in cases {
            assert_eq!(decode(bytes, *declared), *want, "{declared:?}");
        }
    }

    #[test]
    fn undeclared_cyrillic_is_guessed() {
        let text = "Президент компании сообщил, что сделка будет закрыта в следующем году.";
        for enc in [encoding_rs::KOI8_R, encoding_rs::WINDOWS_1251] {
            let (bytes, _, _) = enc.encode(text);
            assert_eq!(decode(&bytes, None), text, "{}", enc.name());
        }
    }

    #[test]
    fn declarations_table() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (
                b"<html><head><meta charset=\"ISO-8859-1\">",
                Some("iso-8859-1"),
            ),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
                Some("windows-1252"),
            ),
            (b"<?xml version=\"1.0\" encoding='utf-8'?>", Some("utf-8")),
            (b"<p>charset=nonsense</p>", None),
            (b"<p>plain</p>", None),
        ];
        for (bytes, want) in cases {
            assert_eq!(declared_charset(bytes).as_deref(), *want);
        }
        assert_eq!(
            charset_param("text/html; Charset=\"UTF-8\"").as_deref(),
            Some("UTF-8")
        );
        assert_eq!(charset_param("text/html"), None);
    }
}
