//! Turns the bytes of one input file into the articles it holds: unwraps the format (plain text,
//! gzip), decodes the text, strips boilerplate, and finds the title, publication date and
//! language. Sentences, amounts and deals are left to the stages after it.

mod decode;
pub mod language;
mod plain;

use crate::lexicon::Lang;
use chrono::NaiveDate;
use std::io::Read;
use std::path::Path;
use thiserror::Error;

/// One article, ready to be searched.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// How the article is named in the output: the file's path relative to its input, plus
    /// `#N` for the N-th record of a multi-article file.
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
    Io(#[from] std::io::Error),
    #[error("empty file")]
    Empty,
    #[error("binary file (NUL bytes), not text")]
    Binary,
    #[error("broken gzip stream: {0}")]
    Gzip(std::io::Error),
    #[error("no article text found")]
    NoText,
}

/// Largest file read whole; larger files are refused with a message rather than exhausting memory.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Reads the file at `path` and returns its articles, named from `id`.
pub fn read_file(path: &Path, id: &str) -> Result<Vec<Article>, ReadError> {
    let bytes = read_bytes(path)?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let (bytes, name) = if name.ends_with(".gz") {
        (gunzip(&bytes)?, name.trim_end_matches(".gz").to_string())
    } else {
        (bytes, name)
    };
    parse_bytes(&bytes, &name, id)
}

/// Parses the bytes of a file named `name` (lower case, `.gz` already removed).
pub fn parse_bytes(bytes: &[u8], _name: &str, id: &str) -> Result<Vec<Article>, ReadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    if memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some() {
        return Err(ReadError::Binary);
    }
    let text = decode::decode(bytes, None);
    let page = plain::parse(&text);
    if page.body.trim().is_empty() {
        return Err(ReadError::NoText);
    }
    let language = language::detect(&page.title, &page.body);
    Ok(vec![Article {
        id: id.to_string(),
        url: String::new(),
        title: page.title,
        published: page.published,
        language,
        body: page.body,
    }])
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, ReadError> {
    let file = std::fs::File::open(path)?;
    let len = file.metadata()?.len();
    if len == 0 {
        return Err(ReadError::Empty);
    }
    let mut bytes = Vec::with_capacity(len.min(MAX_FILE_BYTES) as usize);
    file.take(MAX_FILE_BYTES).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, ReadError> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_FILE_BYTES)
        .read_to_end(&mut out)
        .map_err(ReadError::Gzip)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn truncated_gzip_is_an_error() {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(
            "Acme Corp said it acquired Widget Inc for 5 mln dlrs.\n"
                .repeat(50)
                .as_bytes(),
        )
        .unwrap();
        let gz = enc.finish().unwrap();
        assert!(gunzip(&gz).is_ok());
        assert!(matches!(
            gunzip(&gz[..gz.len() / 2]),
            Err(ReadError::Gzip(_))
        ));
    }
}
