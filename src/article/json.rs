//! Scraped articles as JSON: JSON Lines (one record a line), a JSON array of records, a single
//! (possibly pretty-printed) record, or an object wrapping an array (`{"articles": [...]}`).
//! Field names are the ones scrapers write (news-please: `title`, `maintext`, `date_publish`,
//! `url`, `language`; others: `text`, `content`, `body`, `published`, `date`, `html` …).
//! Records are streamed one at a time; a malformed record is reported and skipped, the rest of
//! the file is still read. Each record becomes the article `file#N`, N counting records from 1.

use super::{finish, html, meta, plain, Article, ReadError, RecordError, MAX_ARTICLE_BYTES};
use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;
use std::io::{self, BufRead};

const TITLE: &[&str] = &["title", "headline", "title_page", "name"];
const BODY: &[&str] = &[
    "maintext",
    "text",
    "content",
    "body",
    "articleBody",
    "article_body",
    "article",
    "article_text",
    "full_text",
    "fulltext",
];
/// Raw pages, extracted as HTML when no text field is there.
const PAGE: &[&str] = &["html", "raw_html", "rawhtml", "content_html", "page"];
/// Leads, used only when nothing longer is there.
const LEAD: &[&str] = &["description", "summary", "lead", "abstract"];
const DATE: &[&str] = &[
    "date_publish",
    "published",
    "date",
    "datePublished",
    "published_at",
    "publishedAt",
    "pubDate",
    "publish_date",
    "date_published",
    "publication_date",
    "time",
];
const URL: &[&str] = &["url", "link", "canonical_url", "source_url", "href"];
const LANGUAGE: &[&str] = &["language", "lang", "locale", "inLanguage"];
/// Fields of a wrapper object that hold the records.
const WRAPPERS: &[&str] = &["articles", "data", "items", "results", "records", "docs"];

/// Streams the records of a JSON file to `each`. With `one_per_line` (a `.jsonl` file) every
/// line is a record of its own; otherwise a record may span lines.
pub fn visit<R: BufRead>(
    mut rdr: R,
    one_per_line: bool,
    id: &str,
    each: &mut dyn FnMut(Result<Article, RecordError>),
) -> Result<(), ReadError> {
    let mut n = 0usize;
    let first = loop {
        let buf = rdr.fill_buf()?;
        match buf
            .iter()
            .position(|b| !b.is_ascii_whitespace() && *b != 0xef && *b != 0xbb && *b != 0xbf)
        {
            Some(i) => {
                let b = buf[i];
                rdr.consume(i);
                break Some(b);
            }
            None if buf.is_empty() => break None,
            None => {
                let len = buf.len();
                rdr.consume(len);
            }
        }
    };
    match first {
        None => Err(ReadError::Empty),
        Some(b'[') => visit_array(rdr, id, &mut n, each),
        Some(_) => visit_lines(rdr, one_per_line, id, &mut n, each),
    }
}

/// A top-level array, element by element, never holding more than one.
fn visit_array<R: BufRead>(
    rdr: R,
    id: &str,
    n: &mut usize,
    each: &mut dyn FnMut(Result<Article, RecordError>),
) -> Result<(), ReadError> {
    let mut de = serde_json::Deserializer::from_reader(rdr);
    let result = EachRecord {
        id,
        n: &mut *n,
        each: &mut *each,
    }
    .deserialize(&mut de);
    if let Err(e) = result {
        if e.is_io() && *n == 0 {
            return Err(ReadError::Io(io::Error::other(e.to_string())));
        }
        each(Err(RecordError {
            id: format!("{id}#{}", *n + 1),
            reason: format!("malformed JSON ({e}); the rest of the array is skipped"),
        }));
    }
    Ok(())
}

struct EachRecord<'a> {
    id: &'a str,
    n: &'a mut usize,
    each: &'a mut dyn FnMut(Result<Article, RecordError>),
}

impl<'de> DeserializeSeed<'de> for EachRecord<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for EachRecord<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of article records")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(v) = seq.next_element::<Value>()? {
            visit_value(v, self.id, self.n, self.each);
        }
        Ok(())
    }
}

/// JSON Lines, or records spread over several lines: lines are gathered until they make a whole
/// value; a line that cannot start or continue one is a malformed record, skipped alone.
fn visit_lines<R: BufRead>(
    mut rdr: R,
    one_per_line: bool,
    id: &str,
    n: &mut usize,
    each: &mut dyn FnMut(Result<Article, RecordError>),
) -> Result<(), ReadError> {
    let mut pending: Vec<u8> = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        let more = match read_line_capped(&mut rdr, &mut line) {
            Ok(more) => more,
            Err(e) => {
                if *n == 0 && pending.is_empty() {
                    return Err(e.into());
                }
                each(Err(RecordError {
                    id: id.to_string(),
                    reason: format!("cannot read on after record {n}: {e}"),
                }));
                return Ok(());
            }
        };
        if line.len() > MAX_ARTICLE_BYTES {
            *n += 1;
            pending.clear();
            each(Err(bad(id, *n, "record larger than the size limit")));
        } else if !line.iter().all(u8::is_ascii_whitespace) {
            let joined = !pending.is_empty();
            pending.extend_from_slice(&line);
            match serde_json::from_slice::<Value>(&pending) {
                Ok(v) => {
                    pending.clear();
                    visit_value(v, id, n, each);
                }
                Err(e) if e.is_eof() && !one_per_line && pending.len() <= MAX_ARTICLE_BYTES => {}
                Err(e) => {
                    *n += 1;
                    pending.clear();
                    each(Err(bad(id, *n, &format!("malformed JSON ({e})"))));
                    // A record cut short must not take the next line down with it.
                    if joined {
                        match serde_json::from_slice::<Value>(&line) {
                            Ok(v) => visit_value(v, id, n, each),
                            Err(e) if e.is_eof() => pending.extend_from_slice(&line),
                            Err(e) => {
                                *n += 1;
                                each(Err(bad(id, *n, &format!("malformed JSON ({e})"))));
                            }
                        }
                    }
                }
            }
        }
        if !more {
            break;
        }
    }
    if !pending.iter().all(u8::is_ascii_whitespace) {
        *n += 1;
        each(Err(bad(
            id,
            *n,
            "malformed JSON (cut short at end of file)",
        )));
    }
    Ok(())
}

fn bad(id: &str, n: usize, reason: &str) -> RecordError {
    RecordError {
        id: format!("{id}#{n}"),
        reason: reason.to_string(),
    }
}

/// Reads one line (with its `\n`) into `line`, keeping no more than the size limit plus one byte
/// of it; `false` at the end of the input.
fn read_line_capped<R: BufRead>(rdr: &mut R, line: &mut Vec<u8>) -> io::Result<bool> {
    loop {
        let buf = rdr.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        let (chunk, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let room = (MAX_ARTICLE_BYTES + 1).saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = chunk.len();
        rdr.consume(used);
        if done {
            return Ok(true);
        }
    }
}

/// A parsed value: a record, an array of records, or a wrapper object holding them.
fn visit_value(
    v: Value,
    id: &str,
    n: &mut usize,
    each: &mut dyn FnMut(Result<Article, RecordError>),
) {
    match v {
        Value::Array(items) => {
            for item in items {
                visit_value(item, id, n, each);
            }
        }
        Value::Object(map) => {
            if let Some(items) = wrapped_records(&map) {
                for item in items.iter().cloned() {
                    visit_value(item, id, n, each);
                }
                return;
            }
            *n += 1;
            let rid = format!("{id}#{n}");
            each(read_record(&map, &rid).map_err(|e| RecordError {
                id: rid,
                reason: e.to_string(),
            }));
        }
        _ => {
            *n += 1;
            each(Err(bad(id, *n, "not a JSON object")));
        }
    }
}

fn wrapped_records(map: &Map<String, Value>) -> Option<&Vec<Value>> {
    if field(map, BODY).is_some() || field(map, PAGE).is_some() {
        return None;
    }
    WRAPPERS.iter().find_map(|k| match map.get(*k) {
        Some(Value::Array(a)) if a.iter().any(Value::is_object) => Some(a),
        _ => None,
    })
}

/// The first of `keys` holding a non-empty string (or, for dates, a number).
fn field<'a>(map: &'a Map<String, Value>, keys: &[&str]) -> Option<std::borrow::Cow<'a, str>> {
    keys.iter().find_map(|k| match map.get(*k)? {
        Value::String(s) if !s.trim().is_empty() => Some(std::borrow::Cow::Borrowed(s.as_str())),
        Value::Number(x) => Some(std::borrow::Cow::Owned(x.to_string())),
        Value::Array(a) => {
            // Some scrapers store paragraphs as a list of strings.
            let parts: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
            (!parts.is_empty()).then(|| std::borrow::Cow::Owned(parts.join("\n")))
        }
        _ => None,
    })
}

/// Whether a text field holds markup rather than text.
fn is_markup(s: &str) -> bool {
    let head = &s[..s.len().min(4096)];
    ["</p>", "<br", "<div", "<p>", "<p "]
        .iter()
        .any(|m| head.contains(m))
}

fn read_record(map: &Map<String, Value>, rid: &str) -> Result<Article, ReadError> {
    let title = field(map, TITLE)
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let url = field(map, URL).map(|u| u.into_owned()).unwrap_or_default();
    let published = field(map, DATE).and_then(|d| meta::parse_meta_date(&d));
    let language = field(map, LANGUAGE);
    let text = field(map, BODY);
    let page = field(map, PAGE);
    let markup = match (&text, &page) {
        (Some(t), _) if is_markup(t) => Some(t.clone()),
        (None, Some(p)) => Some(p.clone()),
        _ => None,
    };
    if let Some(markup) = markup {
        let hint = Some(url.as_str()).filter(|u| !u.is_empty());
        let mut a = html::read_str(&markup, hint, rid)?;
        if !title.is_empty() {
            a.title = title;
        }
        a.published = published.or(a.published);
        if !url.is_empty() {
            a.url = url;
        }
        if let Some(lang) = language
            .as_deref()
            .and_then(crate::lexicon::Lang::from_code)
        {
            a.language = lang;
        }
        return Ok(a);
    }
    let text = text.or_else(|| field(map, LEAD)).ok_or(ReadError::NoText)?;
    let page = plain::Page {
        title,
        published,
        body: plain::clean(&text),
    };
    finish(rid, url, page, language.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids of the articles read and of the records skipped.
    fn ids(input: &str) -> (Vec<String>, Vec<String>) {
        let (mut ok, mut bad) = (Vec::new(), Vec::new());
        visit(input.as_bytes(), false, "f.jsonl", &mut |r| match r {
            Ok(a) => ok.push(a.id),
            Err(e) => bad.push(e.id),
        })
        .unwrap();
        (ok, bad)
    }

    const A: &str = r#"{"title": "A", "maintext": "Acme bought Widget for 5 mln dlrs."}"#;

    #[test]
    fn shapes_table() {
        let pretty = format!("{{\n  \"title\": \"A\",\n  \"text\": \"Acme bought it.\"\n}}\n{A}\n");
        let cases: Vec<(String, &[&str], &[&str])> = vec![
            (format!("{A}\n{A}\n"), &["f.jsonl#1", "f.jsonl#2"], &[]),
            (
                format!("{A}\n{{\"title\": oops}}\n{A}"),
                &["f.jsonl#1", "f.jsonl#3"],
                &["f.jsonl#2"],
            ),
            // A record cut short does not take the next one with it.
            (
                format!("{{\"title\": \"cut\n{A}\n"),
                &["f.jsonl#2"],
                &["f.jsonl#1"],
            ),
            (
                format!("{A}\n{{\"title\": \"cut"),
                &["f.jsonl#1"],
                &["f.jsonl#2"],
            ),
            (format!("[{A}, {A}]"), &["f.jsonl#1", "f.jsonl#2"], &[]),
            (
                format!("[{A}, {{\"title\": ]"),
                &["f.jsonl#1"],
                &["f.jsonl#2"],
            ),
            (
                format!("{{\"articles\": [{A}, {A}]}}"),
                &["f.jsonl#1", "f.jsonl#2"],
                &[],
            ),
            (pretty, &["f.jsonl#1", "f.jsonl#2"], &[]),
            (
                format!("{A}\n{{\"title\": \"no text\"}}\n"),
                &["f.jsonl#1"],
                &["f.jsonl#2"],
            ),
            ("[1, 2]".to_string(), &[], &["f.jsonl#1", "f.jsonl#2"]),
        ];
        for (input, ok, bad) in cases {
            let (got_ok, got_bad) = ids(&input);
            assert_eq!(
                (got_ok.as_slice(), got_bad.as_slice()),
                (
                    ok.iter()
                        .map(|s| s.to_string())
                        .collect::<Vec<_>>()
                        .as_slice(),
                    bad.iter()
                        .map(|s| s.to_string())
                        .collect::<Vec<_>>()
                        .as_slice()
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn in_json_lines_a_cut_record_is_one_line() {
        let input = format!("{A}\n{{\"title\": {{\n{A}\n");
        let (mut ok, mut bad) = (Vec::new(), Vec::new());
        visit(input.as_bytes(), true, "f.jsonl", &mut |r| match r {
            Ok(a) => ok.push(a.id),
            Err(e) => bad.push(e.id),
        })
        .unwrap();
        assert_eq!(
            (ok, bad),
            (
                vec!["f.jsonl#1".to_string(), "f.jsonl#3".to_string()],
                vec!["f.jsonl#2".to_string()]
            )
        );
    }

    #[test]
    fn fields_are_mapped() {
        let rec = r#"{"url": "https://x.it/a", "headline": "Acme  compra Widget", "date_publish": "2024-05-14 09:30:00", "language": "it", "maintext": "Acme ha comprato Widget.\nLeggi anche: altro"}"#;
        let mut got = Vec::new();
        visit(rec.as_bytes(), true, "f.jsonl", &mut |r| {
            got.push(r.unwrap())
        })
        .unwrap();
        let a = &got[0];
        assert_eq!(a.url, "https://x.it/a");
        assert_eq!(a.title, "Acme compra Widget");
        assert_eq!(a.published, chrono::NaiveDate::from_ymd_opt(2024, 5, 14));
        assert_eq!(a.language, crate::lexicon::Lang::It);
        assert_eq!(a.body, "Acme ha comprato Widget.");
    }
}
