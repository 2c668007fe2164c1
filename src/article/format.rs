//! Which of the formats dealsift reads a file is in, told from its first bytes and, when they
//! leave it open, its name. Content wins over the name: scrapers misname files, and a `.txt`
//! holding HTML must still be read as HTML. Reading the format is left to its own module.

/// The shape of an input file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Plain,
    Html,
    /// JSON Lines, a JSON array of records, or a single JSON record.
    Json,
    Warc,
}

const HTML_NAMES: &[&str] = &[".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"];
const JSON_NAMES: &[&str] = &[".jsonl", ".ndjson", ".json", ".jsonlines"];
/// Tags that only markup starts with; looked for in the first bytes, lower-cased.
const HTML_MARKS: &[&str] = &[
    "<!doctype html",
    "<html",
    "<head",
    "<body",
    "<meta ",
    "<title",
    "<div",
    "<article",
    "<p>",
    "<p ",
];

/// The format of a file named `name` (lower case, `.gz` removed) whose first bytes are `head`.
pub fn sniff(name: &str, head: &[u8]) -> Format {
    let start = skip_bom_and_space(head);
    let text = &head[start..];
    if text.starts_with(b"WARC/") || name.ends_with(".warc") || name.ends_with(".arc") {
        return Format::Warc;
    }
    if looks_like_json(text) || JSON_NAMES.iter().any(|e| name.ends_with(e)) {
        return Format::Json;
    }
    if HTML_NAMES.iter().any(|e| name.ends_with(e)) || looks_like_html(text) {
        return Format::Html;
    }
    Format::Plain
}

/// NUL bytes in the first 8 KB, where text never has them (UTF-16 with a BOM excepted).
pub fn is_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let utf16 = head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]);
    !utf16 && memchr::memchr(0, head).is_some()
}

fn skip_bom_and_space(head: &[u8]) -> usize {
    let bom = if head.starts_with(&[0xef, 0xbb, 0xbf]) {
        3
    } else {
        0
    };
    bom + head[bom..]
        .iter()
        .take_while(|b| b.is_ascii_whitespace())
        .count()
}

/// `{"` or `[{` / `[]` at the start: a record or an array of records.
fn looks_like_json(text: &[u8]) -> bool {
    let mut it = text.iter().copied().filter(|b| !b.is_ascii_whitespace());
    matches!(
        (it.next(), it.next()),
        (Some(b'{'), Some(b'"' | b'}')) | (Some(b'['), Some(b'{' | b']'))
    )
}

fn looks_like_html(text: &[u8]) -> bool {
    if !text.starts_with(b"<") {
        // Plain pages may quote a tag; pages that do not open with markup must have several.
        let head = String::from_utf8_lossy(&text[..text.len().min(4096)]).to_lowercase();
        return head.matches("<p>").count() + head.matches("</p>").count() >= 3
            || head.contains("<html") && head.contains("<body");
    }
    let head = String::from_utf8_lossy(&text[..text.len().min(4096)]).to_lowercase();
    HTML_MARKS.iter().any(|m| head.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_table() {
        let cases: &[(&str, &[u8], Format)] = &[
            ("a.txt", b"Acme buys Widget\n\nAcme said...", Format::Plain),
            ("a.html", b"Acme buys Widget", Format::Html),
            ("a.txt", b"\n<!DOCTYPE html><html><body>", Format::Html),
            ("a", b"\xef\xbb\xbf<html lang=\"it\">", Format::Html),
            ("a.txt", b"<b>Acme</b> buys Widget", Format::Plain),
            ("a.jsonl", b"{\"title\": \"x\"}\n", Format::Json),
            ("a.txt", b"{\"title\": \"x\"}\n", Format::Json),
            ("a.json", b"[\n  {\"title\": \"x\"}]", Format::Json),
            ("a.txt", b"[Reuters] Acme buys Widget", Format::Plain),
            ("a.warc", b"garbage", Format::Warc),
            ("a.bin", b"WARC/1.0\r\nWARC-Type: warcinfo", Format::Warc),
        ];
        for (name, head, want) in cases {
            assert_eq!(
                sniff(name, head),
                *want,
                "{name} {:?}",
                String::from_utf8_lossy(head)
            );
        }
    }

    #[test]
    fn binary_table() {
        assert!(is_binary(b"\x89PNG\r\n\x1a\n\0\0\0"));
        assert!(!is_binary(b"plain text"));
        assert!(!is_binary(b"\xff\xfeA\0B\0"));
    }
}
