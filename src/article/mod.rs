//! Turns one input file into the articles it holds. Opens the file (gzip is unwrapped whatever
//! the name), sniffs its format from its first bytes and its name, and hands it to the reader of
//! that format: plain-text pages (`plain`), HTML (`html`), JSON Lines / JSON arrays of scraped
//! records (`json`), WARC crawls (`warc`). Each gives title, date, URL and a body cleaned of
//! boilerplate; the language is the declared one when supported, else detected (`language`).
//! Multi-article files are streamed record by record, so memory stays bounded by the largest
//! record, not the file. Sentences, amounts and deals are left to the stages after it.

mod decode;
mod format;
mod html;
mod json;
pub mod language;
mod meta;
mod plain;
mod warc;

use crate::lexicon::Lang;
use chrono::NaiveDate;
use format::Format;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use thiserror::Error;

/// One article, ready to be searched.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// How the article is named in the output: the file's path relative to its input, plus
    /// `#N` for the N-th record of a multi-article file (JSON Lines, JSON array, WARC).
    pub id: String,
    pub url: String,
    pub title: String,
    pub published: Option<NaiveDate>,
    pub language: Lang,
    /// The article text: one paragraph per line, boilerplate removed.
    pub body: String,
}

/// Why a file gave no articles.
#[derive(Debug, Error)]
pub enum ReadError {
    #[error("cannot read: {0}")]
    Io(#[from] io::Error),
    #[error("empty file")]
    Empty,
    #[error("binary file (NUL bytes), not text")]
    Binary,
    #[error("broken gzip stream: {0}")]
    Gzip(io::Error),
    #[error("no article text found")]
    NoText,
    #[error("HTML page without a body")]
    NoBody,
    #[error("a single article of more than {} MB; not read", MAX_ARTICLE_BYTES >> 20)]
    TooLarge,
    #[error("no readable record ({0} unreadable)")]
    NoRecords(usize),
}

/// Why one record of a multi-article file was skipped (the other records are still read).
#[derive(Debug, Clone, PartialEq)]
pub struct RecordError {
    /// The record's id (`file.jsonl#7`), or the file's id when the rest of the file is lost.
    pub id: String,
    pub reason: String,
}

/// Largest single article (a plain or HTML page, one JSON record, one WARC record) read; larger
/// ones are refused with a message rather than exhausting memory.
pub const MAX_ARTICLE_BYTES: usize = 64 << 20;

/// How much of a file is looked at to tell its format.
const SNIFF_BYTES: usize = 64 << 10;

/// Reads the file at `path` and returns its articles, named from `id`. Records of a
/// multi-article file that cannot be read are reported on stderr as `dealsift: ID#N: reason`
/// and skipped; use [`visit_file`] to receive them instead.
pub fn read_file(path: &Path, id: &str) -> Result<Vec<Article>, ReadError> {
    let mut articles = Vec::new();
    let mut bad = 0;
    visit_file(path, id, &mut |item| match item {
        Ok(a) => articles.push(a),
        Err(e) => {
            bad += 1;
            eprintln!("dealsift: {}: {}", e.id, e.reason);
        }
    })?;
    if articles.is_empty() {
        return Err(ReadError::NoRecords(bad));
    }
    Ok(articles)
}

/// Streams the articles of the file at `path` to `each`, one at a time, with the records that
/// could not be read. Returns an error only when nothing of the file could be read.
pub fn visit_file(
    path: &Path,
    id: &str,
    each: &mut dyn FnMut(Result<Article, RecordError>),
) -> Result<(), ReadError> {
    visit_file_skimming(path, id, &|_| true, each)
}

/// A test of a page's whole decoded text that says whether its article is wanted in full. One
/// that is not is still read far enough to tell whether it is an article at all (and counted,
/// or refused as [`visit_file`] would refuse it), but comes with an empty title and body and no
/// date, language or URL: finding them is most of the cost of reading a page.
pub type Skim<'a> = &'a dyn Fn(&str) -> bool;

/// [`visit_file`], with the articles of plain-text pages that fail `skim` given empty.
pub fn visit_file_skimming(
    path: &Path,
    id: &str,
    skim: Skim,
    each: &mut dyn FnMut(Result<Article, RecordError>),
) -> Result<(), ReadError> {
    let file = std::fs::File::open(path)?;
    if file.metadata()?.len() == 0 {
        return Err(ReadError::Empty);
    }
    let mut rdr = BufReader::with_capacity(64 << 10, file);
    let gzipped = rdr.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let name = name.trim_end_matches(".gz");
    if gzipped {
        let gz = BufReader::new(flate2::bufread::MultiGzDecoder::new(rdr));
        visit_reader(gz, true, name, id, skim, each)
    } else {
        visit_reader(rdr, false, name, id, skim, each)
    }
}

/// Streams the articles of JSON Lines records read from `rdr` (standard input, say) to `each`,
/// exactly as the records of a `.jsonl` file named `id` would be: the N-th is `id#N`.
pub fn visit_jsonl<R: BufRead>(
    rdr: R,
    id: &str,
    each: &mut dyn FnMut(Result<Article, RecordError>),
) -> Result<(), ReadError> {
    json::visit(rdr, true, id, each)
}

/// Parses the bytes of a file named `name` (lower case, `.gz` already removed).
pub fn parse_bytes(bytes: &[u8], name: &str, id: &str) -> Result<Vec<Article>, ReadError> {
    let mut articles = Vec::new();
    let mut bad = 0;
    visit_reader(bytes, false, name, id, &|_| true, &mut |item| match item {
        Ok(a) => articles.push(a),
        Err(_) => bad += 1,
    })?;
    if articles.is_empty() {
        return Err(ReadError::NoRecords(bad));
    }
    Ok(articles)
}

fn visit_reader<R: BufRead>(
    mut rdr: R,
    gzipped: bool,
    name: &str,
    id: &str,
    skim: Skim,
    each: &mut dyn FnMut(Result<Article, RecordError>),
) -> Result<(), ReadError> {
    let io_err = |e: io::Error| {
        if gzipped {
            ReadError::Gzip(e)
        } else {
            ReadError::Io(e)
        }
    };
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut rdr)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(io_err)?;
    if head.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    let format = format::sniff(name, &head);
    let rest = io::Cursor::new(head).chain(rdr);
    match format {
        Format::Warc => warc::visit(rest, id, each),
        Format::Json => {
            let one_per_line = [".jsonl", ".ndjson", ".jsonlines"]
                .iter()
                .any(|e| name.ends_with(e));
            json::visit(rest, one_per_line, id, each)
        }
        Format::Html | Format::Plain => {
            let mut bytes = Vec::new();
            rest.take(MAX_ARTICLE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
                .map_err(io_err)?;
            if bytes.len() > MAX_ARTICLE_BYTES {
                return Err(ReadError::TooLarge);
            }
            if format::is_binary(&bytes) {
                return Err(ReadError::Binary);
            }
            let article = if format == Format::Html {
                html::read(&bytes, None, id)?
            } else {
                read_plain(&bytes, id, skim)?
            };
            each(Ok(article));
            Ok(())
        }
    }
}

fn read_plain(bytes: &[u8], id: &str, skim: Skim) -> Result<Article, ReadError> {
    let text = decode::decode(bytes, None);
    if !skim(&text) {
        if !plain::has_text(&text) {
            return Err(ReadError::NoText);
        }
        return Ok(Article {
            id: id.to_string(),
            url: String::new(),
            title: String::new(),
            published: None,
            language: Lang::En,
            body: String::new(),
        });
    }
    let page = plain::parse(&text);
    let body = drop_title_lines(&page.body, &page.title);
    // Wire services file items that are a headline alone (a tenth of Reuters-21578): an
    // article without deals, not an unreadable file.
    if body.trim().is_empty() && page.title.trim().is_empty() {
        return Err(ReadError::NoText);
    }
    Ok(article(
        id,
        String::new(),
        plain::Page { body, ..page },
        None,
    ))
}

/// Builds the article from a cleaned page: refuses one without text, settles the language.
fn finish(
    id: &str,
    url: String,
    page: plain::Page,
    declared: Option<&str>,
) -> Result<Article, ReadError> {
    let body = drop_title_lines(&page.body, &page.title);
    if body.trim().is_empty() {
        return Err(ReadError::NoText);
    }
    let page = plain::Page { body, ..page };
    Ok(article(id, url, page, declared))
}

/// The article of a page: the language is the declared one when it is supported, else the one
/// the text shows.
fn article(id: &str, url: String, page: plain::Page, declared: Option<&str>) -> Article {
    let language = declared
        .and_then(Lang::from_code)
        .unwrap_or_else(|| language::detect(&page.title, &page.body));
    Article {
        id: id.to_string(),
        url,
        title: page.title,
        published: page.published,
        language,
        body: page.body,
    }
}

/// The body without the lines that only repeat the title (pages print it above the text, and
/// again as a heading).
fn drop_title_lines(body: &str, title: &str) -> String {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let title = norm(title);
    if title.is_empty() {
        return body.to_string();
    }
    body.lines()
        .filter(|l| {
            if l.is_ascii() {
                !ascii_words_are(l, &title)
            } else {
                norm(l) != title
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether the words of an ASCII `line`, lower-cased and joined by single spaces, are `lower`:
/// what comparing `norm(line)` with it tells, without building the copy.
fn ascii_words_are(line: &str, lower: &str) -> bool {
    let mut rest = lower.as_bytes();
    for (i, word) in line.split_whitespace().enumerate() {
        if i > 0 {
            match rest.split_first() {
                Some((b' ', after)) => rest = after,
                _ => return false,
            }
        }
        match rest.split_at_checked(word.len()) {
            Some((head, after)) if head.eq_ignore_ascii_case(word.as_bytes()) => rest = after,
            _ => return false,
        }
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_lines_are_told_without_copies() {
        let cases = [
            ("  Acme  BUYS\tWidget ", "acme buys widget", true),
            ("Acme buys Widget", "acme buys widget inc", false),
            ("Acme buys Widget Inc", "acme buys widget", false),
            ("Acme buys", "acme  buys", false),
            ("", "acme", false),
            ("Acme", "acmé", false),
        ];
        for (line, lower, want) in cases {
            assert_eq!(ascii_words_are(line, lower), want, "{line:?} {lower:?}");
        }
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert!(matches!(
            parse_bytes(b"abc\0def", "x.txt", "x"),
            Err(ReadError::Binary)
        ));
        assert!(matches!(
            parse_bytes(b"  \n ", "x.txt", "x"),
            Err(ReadError::Empty)
        ));
    }

    #[test]
    fn a_plain_page_with_only_a_title_is_an_article_without_text() {
        // Reuters-21578 r10010: date and headline, no story.
        let page =
            b"26-MAR-1987 12:23:03.99\n\nUAW STRIKES GM TRUCK AND BUS PLANT AT PONTIAC, MICH\n\n";
        let articles = parse_bytes(page, "r10010.txt", "r10010.txt").unwrap();
        assert_eq!(articles.len(), 1);
        assert_eq!(
            articles[0].title,
            "UAW STRIKES GM TRUCK AND BUS PLANT AT PONTIAC, MICH"
        );
        assert_eq!(articles[0].body, "");
        assert_eq!(articles[0].published, NaiveDate::from_ymd_opt(1987, 3, 26));
        // A page whose lines are all boilerplate or dates has no title either: still an error.
        assert!(parse_bytes(b"26-MAR-1987\n\n", "x.txt", "x").is_err());
    }

    #[test]
    fn truncated_gzip_is_an_error() {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::default());
        for i in 0..50 {
            writeln!(
                enc,
                "{i}: Acme Corp said it acquired Widget Inc for {i} mln dlrs."
            )
            .unwrap();
        }
        let gz = enc.finish().unwrap();
        let whole = dir.path().join("a.txt.gz");
        std::fs::write(&whole, &gz).unwrap();
        assert!(read_file(&whole, "a.txt.gz").is_ok());
        let cut = dir.path().join("b.txt.gz");
        std::fs::write(&cut, &gz[..gz.len() / 2]).unwrap();
        assert!(matches!(read_file(&cut, "b"), Err(ReadError::Gzip(_))));
    }

    #[test]
    fn declared_language_wins_when_supported() {
        let page = plain::Page {
            title: "Acme buys Widget".into(),
            published: None,
            body: "Acme said it bought Widget for the sum of 5 mln dlrs.".into(),
        };
        let a = finish("x", String::new(), page, Some("it-IT")).unwrap();
        assert_eq!(a.language, Lang::It);
        let page = plain::Page {
            title: String::new(),
            published: None,
            body: "Acme said it bought Widget for the sum of 5 mln dlrs.".into(),
        };
        let a = finish("x", String::new(), page, Some("ja")).unwrap();
        assert_eq!(a.language, Lang::En);
    }
}
