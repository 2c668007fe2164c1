//! A WARC file (a web crawl, `.warc` or `.warc.gz`, one gzip member per record or one for the
//! whole file): streams its records and reads the HTML of each successful `response` (and each
//! HTML `resource`) as an article `file#N`, N counting the file's records from 1, its URL from
//! `WARC-Target-URI`. Requests, metadata, redirects, images and the like are skipped quietly. A
//! record cut short (a truncated capture, a gzip stream that ends early) is read as far as it
//! goes and reported; nothing after it can be trusted, so reading stops there.

use super::html::{self, Hints};
use super::{decode, Article, ReadError, RecordError, MAX_ARTICLE_BYTES};
use std::io::{self, BufRead, Read};

/// Longest header line believed.
const MAX_LINE: usize = 64 << 10;

#[derive(Debug, Default)]
struct Record {
    version: bool,
    kind: String,
    uri: String,
    content_type: String,
    length: Option<u64>,
}

/// Streams the articles of a WARC to `each`.
pub fn visit<R: BufRead>(
    mut rdr: R,
    id: &str,
    each: &mut dyn FnMut(Result<Article, RecordError>),
) -> Result<(), ReadError> {
    let mut n = 0usize;
    loop {
        let rec = match read_headers(&mut rdr) {
            Ok(Some(rec)) => rec,
            Ok(None) => return Ok(()),
            Err(e) if n == 0 => return Err(e.into()),
            Err(e) => {
                each(Err(RecordError {
                    id: id.to_string(),
                    reason: format!("WARC cut short after record {n}: {e}"),
                }));
                return Ok(());
            }
        };
        n += 1;
        let rid = format!("{id}#{n}");
        let Some(len) = rec.length else {
            each(Err(RecordError {
                id: rid,
                reason: "WARC record without Content-Length; the rest of the file is skipped"
                    .into(),
            }));
            return Ok(());
        };
        let wanted = is_page(&rec) && len <= MAX_ARTICLE_BYTES as u64;
        if !wanted {
            let copied = io::copy(&mut (&mut rdr).take(len), &mut io::sink());
            match copied {
                Ok(c) if c == len => continue,
                Ok(_) => return Ok(()),
                Err(e) => {
                    each(Err(RecordError {
                        id: rid,
                        reason: format!("WARC cut short: {e}"),
                    }));
                    return Ok(());
                }
            }
        }
        let mut block = Vec::with_capacity(len as usize);
        let cut = match (&mut rdr).take(len).read_to_end(&mut block) {
            Ok(_) if block.len() as u64 == len => None,
            Ok(_) => Some(format!("record cut short ({} of {len} bytes)", block.len())),
            Err(e) => Some(format!(
                "record cut short ({} of {len} bytes): {e}",
                block.len()
            )),
        };
        match read_page(&rec, &block, &rid) {
            Ok(Some(article)) => each(Ok(article)),
            Ok(None) => {}
            Err(e) => each(Err(RecordError {
                id: rid.clone(),
                reason: e.to_string(),
            })),
        }
        if let Some(reason) = cut {
            each(Err(RecordError {
                id: rid,
                reason: format!("{reason}; read as far as it goes, the rest of the file is lost"),
            }));
            return Ok(());
        }
    }
}

fn is_page(rec: &Record) -> bool {
    let ct = rec.content_type.to_ascii_lowercase();
    match rec.kind.as_str() {
        "response" => ct.starts_with("application/http") && !ct.contains("msgtype=request"),
        "resource" => ct.starts_with("text/html") || ct.starts_with("application/xhtml"),
        _ => false,
    }
}

/// The WARC headers of the next record; `None` at the end of the input. Lines before the
/// version line (the blank lines that end the previous record) are skipped.
fn read_headers<R: BufRead>(rdr: &mut R) -> io::Result<Option<Record>> {
    let mut rec = Record::default();
    let mut line = Vec::new();
    loop {
        line.clear();
        let got = rdr.take(MAX_LINE as u64).read_until(b'\n', &mut line)?;
        if got == 0 {
            return if rec.version {
                Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "in the headers",
                ))
            } else {
                Ok(None)
            };
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if !rec.version {
            rec.version = text.starts_with("WARC/");
            continue;
        }
        if text.is_empty() {
            return Ok(Some(rec));
        }
        let Some((k, v)) = text.split_once(':') else {
            continue;
        };
        let v = v.trim();
        match k.trim().to_ascii_lowercase().as_str() {
            "warc-type" => rec.kind = v.to_ascii_lowercase(),
            "warc-target-uri" => rec.uri = v.trim_matches(['<', '>']).to_string(),
            "content-type" => rec.content_type = v.to_string(),
            "content-length" => rec.length = v.parse().ok(),
            _ => {}
        }
    }
}

/// The article in a record's block, `None` when the block is no HTML page worth reading
/// (not HTML, not a success).
fn read_page(rec: &Record, block: &[u8], rid: &str) -> Result<Option<Article>, ReadError> {
    let (charset, body) = if rec.kind == "resource" {
        (decode::charset_param(&rec.content_type), block.to_vec())
    } else {
        let Some(http) = parse_http(block) else {
            return Ok(None);
        };
        if !(200..300).contains(&http.status) {
            return Ok(None);
        }
        let ct = http.content_type.to_ascii_lowercase();
        if !ct.is_empty() && !ct.contains("html") {
            return Ok(None);
        }
        let mut body = block[http.body_start..].to_vec();
        if http.chunked {
            body = dechunk(&body);
        }
        body = match http.encoding.as_str() {
            "" | "identity" => body,
            "gzip" | "x-gzip" => inflate(flate2::read::MultiGzDecoder::new(&body[..]))?,
            "deflate" => inflate(flate2::read::ZlibDecoder::new(&body[..]))?,
            other => {
                return Err(ReadError::Io(io::Error::other(format!(
                    "HTTP body in unsupported Content-Encoding {other}"
                ))))
            }
        };
        (decode::charset_param(&http.content_type), body)
    };
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let hints = Hints {
        url: Some(rec.uri.as_str()).filter(|u| !u.is_empty()),
        charset: charset.as_deref(),
    };
    match html::read(&body, Some(&hints), rid) {
        Ok(a) => Ok(Some(a)),
        // A crawled page with no article in it is not an error.
        Err(ReadError::NoText | ReadError::NoBody) => Ok(None),
        Err(e) => Err(e),
    }
}

fn inflate(mut r: impl Read) -> Result<Vec<u8>, ReadError> {
    let mut out = Vec::new();
    r.by_ref()
        .take(MAX_ARTICLE_BYTES as u64)
        .read_to_end(&mut out)
        .map_err(ReadError::Gzip)?;
    Ok(out)
}

struct Http {
    status: u16,
    content_type: String,
    encoding: String,
    chunked: bool,
    body_start: usize,
}

/// The status line and headers of an HTTP response.
fn parse_http(block: &[u8]) -> Option<Http> {
    let end = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| i + 2))?;
    let head = String::from_utf8_lossy(&block[..end]);
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let mut http = Http {
        status,
        content_type: String::new(),
        encoding: String::new(),
        chunked: false,
        body_start: end,
    };
    for line in lines {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        match k.trim().to_ascii_lowercase().as_str() {
            "content-type" => http.content_type = v.to_string(),
            "content-encoding" => http.encoding = v.to_ascii_lowercase(),
            "transfer-encoding" => http.chunked = v.eq_ignore_ascii_case("chunked"),
            _ => {}
        }
    }
    Some(http)
}

/// Undoes HTTP chunked transfer coding; a malformed stream is taken as not chunked after all.
fn dechunk(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let Some(nl) = memchr::memchr(b'\n', rest) else {
            return body.to_vec();
        };
        let size_text = String::from_utf8_lossy(&rest[..nl]);
        let size_text = size_text.trim().split(';').next().unwrap_or("");
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            return body.to_vec();
        };
        rest = &rest[nl + 1..];
        if size == 0 {
            return out;
        }
        let take = size.min(rest.len());
        out.extend_from_slice(&rest[..take]);
        rest = &rest[take..];
        if take < size {
            return out;
        }
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warc(records: &[(&str, &str, &str)]) -> Vec<u8> {
        let mut out = Vec::new();
        for (kind, uri, block) in records {
            let ct = if *kind == "response" {
                "application/http; msgtype=response"
            } else {
                "application/http; msgtype=request"
            };
            out.extend_from_slice(
                format!(
                    "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
                    block.len()
                )
                .as_bytes(),
            );
        }
        out
    }

    const PAGE: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html lang=\"en\"><head><title>Acme buys Widget</title></head><body><article><h1>Acme buys Widget</h1><p>Acme Corp said on Monday it had agreed to acquire Widget Inc for 12.5 million dollars in cash, in a deal that values the toolmaker at twice its sales.</p><p>The companies expect to close the deal in the second quarter, subject to regulatory approval in the United States and Europe.</p></article></body></html>";

    fn read_all(bytes: &[u8]) -> (Vec<Article>, Vec<RecordError>) {
        let (mut ok, mut bad) = (Vec::new(), Vec::new());
        visit(bytes, "crawl.warc", &mut |r| match r {
            Ok(a) => ok.push(a),
            Err(e) => bad.push(e),
        })
        .unwrap();
        (ok, bad)
    }

    #[test]
    fn responses_become_articles_and_requests_are_skipped() {
        let bytes = warc(&[
            (
                "request",
                "https://example.com/a",
                "GET /a HTTP/1.1\r\n\r\n",
            ),
            ("response", "https://example.com/a", PAGE),
            (
                "response",
                "https://example.com/b",
                "HTTP/1.1 404 Not Found\r\n\r\nnope",
            ),
        ]);
        let (ok, bad) = read_all(&bytes);
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].id, "crawl.warc#2");
        assert_eq!(ok[0].url, "https://example.com/a");
        assert!(ok[0].body.contains("12.5 million dollars"));
    }

    #[test]
    fn a_cut_record_is_read_as_far_as_it_goes() {
        let bytes = warc(&[("response", "https://example.com/a", PAGE)]);
        let cut = &bytes[..bytes.len() - 200];
        let (ok, bad) = read_all(cut);
        assert_eq!(ok.len(), 1);
        assert_eq!(bad.len(), 1);
        assert!(bad[0].reason.contains("cut short"), "{}", bad[0].reason);
    }

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n"),
            b"Wikipedia"
        );
        assert_eq!(dechunk(b"<html>not chunked"), b"<html>not chunked");
    }
}
