//! An HTML page → its article: decodes it (HTTP or `<meta>` charset, else detection), parses it
//! with a real HTML parser and keeps the main text with rs-trafilatura (a port of trafilatura's
//! readability-style scoring of DOM blocks: text and link density, class/id hints, known
//! boilerplate containers). Before it, blocks it would keep though they are not the article
//! (author boxes, next-story links, teasers of other stories) are removed (`prune`); after it,
//! the lead it left in the story's header is put back (`lead`), and the boilerplate lines that
//! survive are dropped with the same phrase tables as plain pages. Title, publication date
//! (`<meta>`, JSON-LD, `<time>`), canonical URL and declared language (`<html lang>`,
//! `og:locale`) come from the page's metadata.

mod lead;
mod prune;

use super::{decode, finish, plain, Article, ReadError};
use dom_query::Document;
use rs_trafilatura::page_type::PageType;
use rs_trafilatura::{extract_with_options, ExtractResult, Options};
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
    let doc = Document::from(html);
    // the page is written out again only when something was removed from it
    let pruned = prune::prune(&doc).then(|| doc.html());
    let source = pruned.as_deref().unwrap_or(html);
    let extracted = extract(source, url, None).ok_or_else(|| no_text(html))?;
    let content =
        single_block_text(source, url, &extracted).or_else(|| dom_text(&doc, url, &extracted));
    let content = content.as_deref().unwrap_or(&extracted.content_text);
    let content = content.replace(SOFT_HYPHEN, "");
    let mut text = lead::find(&doc, &content).join("\n");
    text.push('\n');
    text.push_str(&content);
    let body = plain::clean(&text);
    let md = &extracted.metadata;
    let page = plain::Page {
        title: md.title.as_deref().map(title_text).unwrap_or_default(),
        // the day in the page's address, as news sites file their stories, else the metadata's
        published: md
            .url
            .as_deref()
            .or(url)
            .and_then(super::meta::url_date)
            .or(md.date.map(|d| d.date_naive()))
            .or_else(|| super::meta::page_published(html))
            .or_else(|| dated_element(&doc)),
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

/// An invisible hyphenation point; pages that hyphenate with it split words for any search.
const SOFT_HYPHEN: char = '\u{ad}';

/// Fewest characters of a single block's text for it to be preferred over a merge of blocks.
const MIN_TEXT: usize = 200;

/// Fewest characters of the page's own text for it to be preferred over a JSON-LD `articleBody`.
const DOM_ENOUGH: usize = 1000;

/// Runs the extractor; `None` when it fails or panics (it is third-party code: a page that makes
/// it panic is one bad article).
fn extract(html: &str, url: Option<&str>, page_type: Option<PageType>) -> Option<ExtractResult> {
    let options = Options {
        url: url.map(str::to_string),
        page_type,
        ..Options::default()
    };
    catch_unwind(AssertUnwindSafe(|| extract_with_options(html, &options)))
        .ok()?
        .ok()
}

/// The day an element after the headline gives as the story's date, when the metadata names
/// none: a `<time datetime>`, or a block whose class or id says "date" and that holds only a
/// date (`<div class="press__date">October 12, 2017</div>`).
fn dated_element(doc: &Document) -> Option<chrono::NaiveDate> {
    const DATED: &str = r#"h1 ~ time, h1 ~ * time, h1 ~ [class*="date"], h1 ~ * [class*="date"], h1 ~ [id*="date"], h1 ~ * [id*="date"], article time, article [class*="date"]"#;
    doc.select(DATED).nodes().iter().find_map(|n| {
        n.attr("datetime")
            .and_then(|v| super::meta::parse_meta_date(&v))
            .or_else(|| {
                let text = n.text().split_whitespace().collect::<Vec<_>>().join(" ");
                (text.chars().count() <= 40)
                    .then(|| super::meta::parse_meta_date(&text))
                    .flatten()
            })
    })
}

/// Whether the extractor warned of `what` while reading the page.
fn warned(extracted: &ExtractResult, what: &str) -> bool {
    extracted.warnings.iter().any(|w| w.contains(what))
}

/// When the extractor took a JSON-LD `articleBody` over the page's text, the page's text again,
/// if it is not a stub: the JSON copy runs the paragraphs together ("Biden.Morrison said") and
/// is at times another version of the story, with updates or repeats.
fn dom_text(doc: &Document, url: Option<&str>, extracted: &ExtractResult) -> Option<String> {
    if !warned(extracted, "JSON-LD content") {
        return None;
    }
    doc.select(r#"script[type="application/ld+json"]"#)
        .nodes()
        .iter()
        .filter(|s| s.text().contains("articleBody"))
        .for_each(|s| s.remove_from_parent());
    let again = extract(&doc.html(), url, None)?;
    (again.content_text.chars().count() >= DOM_ENOUGH).then_some(again.content_text)
}

/// When the extractor, finding a short text, merged the best-scored blocks of the whole page
/// into one (a fallback meant for pages of many sections), the text of its best single block
/// again: on a news page the merge brings in side columns and teasers, and loses the
/// paragraphs. The extractor is asked for a page type with the same rules but no merge.
fn single_block_text(html: &str, url: Option<&str>, extracted: &ExtractResult) -> Option<String> {
    if !warned(extracted, "multi-candidate merge") {
        return None;
    }
    let again = extract(html, url, Some(PageType::Category))?;
    (again.content_text.chars().count() >= MIN_TEXT).then_some(again.content_text)
}

/// Whether one of the element's `class` or `id` tokens matches `re`.
fn is_named(node: &dom_query::NodeRef, re: &regex::Regex) -> bool {
    let class = node.class().unwrap_or_default().to_ascii_lowercase();
    let id = node.id_attr().unwrap_or_default().to_ascii_lowercase();
    class
        .split_whitespace()
        .chain(std::iter::once(id.as_str()))
        .any(|t| !t.is_empty() && re.is_match(t))
}

/// A title as the page writes it, without its HTML character references (`&#163;`) and runs of
/// whitespace.
fn title_text(title: &str) -> String {
    let decoded = if title.contains('&') {
        Document::fragment(format!("<p>{title}</p>"))
            .select("p")
            .text()
            .to_string()
    } else {
        title.to_string()
    };
    decoded
        .replace(SOFT_HYPHEN, "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
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
    fn a_dated_block_after_the_headline_is_the_publication_date() {
        let page = |inner: &str| {
            format!(
                "<html><body><aside><div class=\"date\">March 1, 2016</div></aside><article><h1>Acme and Widget form a partnership</h1>{inner}<p>Acme Corp and Widget Inc announced a strategic distribution partnership in Europe today, the companies said in a statement that named no terms for the agreement between them.</p><p>Widget Inc makes monitoring devices for hospitals and will distribute the Acme software to intensive care units across the continent over the next two years.</p></article></body></html>"
            )
        };
        let day = |html: &str| {
            read_str(html, None, "t.html")
                .ok()
                .and_then(|a| a.published)
        };
        assert_eq!(
            day(&page(
                "<div class=\"press__date\"><div>October 12, 2017</div></div>"
            )),
            chrono::NaiveDate::from_ymd_opt(2017, 10, 12)
        );
        assert_eq!(
            day(&page(
                "<time datetime=\"2021-04-05T09:00:00Z\">5 April</time>"
            )),
            chrono::NaiveDate::from_ymd_opt(2021, 4, 5)
        );
        assert_eq!(day(&page("")), None);
    }

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
