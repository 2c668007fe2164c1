//! An HTML page → its article: decodes it (HTTP or `<meta>` charset, else detection), parses it
//! with a real HTML parser and keeps the main text with rs-trafilatura (a port of trafilatura's
//! readability-style scoring of DOM blocks: text and link density, class/id hints, known
//! boilerplate containers), then drops the boilerplate lines that survive it with the same
//! phrase tables as plain pages. Title, publication date (`<meta>`, JSON-LD, `<time>`), canonical
//! URL and declared language (`<html lang>`, `og:locale`) come from the page's metadata.

use super::{decode, finish, plain, Article, ReadError};
use rs_trafilatura::{extract_with_options, Options};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// What a transport says about a page: its URL and `Content-Type` charset (from a WARC record).
#[derive(Debug, Default, Clone)]
pub struct Hints<'a> {
    pub url: Option<&'a str>,
    pub charset: Option<&'a str>,
}

/// Reads one HTML page as the article `id`.
pub fn read(bytes: &[u8], hints: Option<&Hints>, id: &str) -> Result<Article, ReadError> {
    let declared = hints
        .and_then(|h| h.charset.map(str::to_string))
        .or_else(|| decode::declared_charset(bytes));
    let text = decode::decode(bytes, declared.as_deref());
    read_str(&text, hints.and_then(|h| h.url), id)
}

/// Reads one page already decoded.
pub fn read_str(html: &str, url: Option<&str>, id: &str) -> Result<Article, ReadError> {
    if !has_body_text(html) {
        return Err(ReadError::NoBody);
    }
    let options = Options {
        url: url.map(str::to_string),
        ..Options::default()
    };
    // The extractor is third-party code: a page that makes it panic is one bad article.
    let result = catch_unwind(AssertUnwindSafe(|| extract_with_options(html, &options)));
    let extracted = match result {
        Ok(Ok(r)) => r,
        Ok(Err(_)) | Err(_) => return Err(no_text(html)),
    };
    let md = &extracted.metadata;
    let body = plain::clean(&extracted.content_text);
    let page = plain::Page {
        title: md
            .title
            .as_deref()
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default(),
        // the day in the page's address, as news sites file their stories, else the metadata's
        published: md
            .url
            .as_deref()
            .or(url)
            .and_then(super::meta::url_date)
            .or(md.date.map(|d| d.date_naive()))
            .or_else(|| super::meta::page_published(html)),
        body,
    };
    if page.body.trim().is_empty() {
        return Err(no_text(html));
    }
    let url = md
        .url
        .clone()
        .or_else(|| url.map(str::to_string))
        .unwrap_or_default();
    finish(id, url, page, md.language.as_deref())
}

/// Whether anything but the head holds text: a page of only `<head>` has no article, whatever
/// an extractor makes of its title.
fn has_body_text(html: &str) -> bool {
    let low_start = html.len().min(1 << 20);
    let head = html.get(..low_start).unwrap_or(html).to_ascii_lowercase();
    let from = head.find("</head>").map_or(0, |i| i + 7);
    let mut in_tag = false;
    html[from..].chars().any(|c| {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag && c.is_alphanumeric() => return true,
            _ => {}
        }
        false
    })
}

fn no_text(_html: &str) -> ReadError {
    ReadError::NoText
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_text_table() {
        let cases = [
            ("<html><head><title>T</title></head></html>", false),
            (
                "<html><head><title>T</title></head><body><script></script></body></html>",
                false,
            ),
            (
                "<html><head><title>T</title></head><body><p>Acme</p></body></html>",
                true,
            ),
            ("<p>Acme buys Widget</p>", true),
        ];
        for (html, want) in cases {
            assert_eq!(has_body_text(html), want, "{html}");
        }
    }
}
