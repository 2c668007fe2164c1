//! Finds the lead of an article that the extractor left out: the standfirst, excerpt or
//! subtitle printed between the headline and the text, which pages often keep in the story's
//! header rather than in its body. A block is a lead when its `class` or `id` says so (or it is
//! a paragraph of the article's `<header>`), it stands after the headline and shortly before the
//! extracted text, and it is prose rather than links.

use super::is_named;
use dom_query::{Document, NodeRef};
use regex::Regex;
use std::sync::LazyLock;

/// A `class` or `id` token of a lead block.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(^|[-_])(lead|lede|excerpt|standfirst|intro|summary|abstract|deck|dek",
        r"|sub[-_]?title|sub[-_]?head(line)?|teaser[-_]?(text|detail)|editors?[-_]?note)",
        r"([-_]|$)",
    ))
    .expect("LEAD regex")
});

/// A `class` or `id` token of a block, or of one around it, that holds no lead though it may
/// look like one: side columns, related stories, captions, bylines and dates.
static NOT_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"sidebar|related|see[-_]?also|caption|credit|byline|timestamp|dateline",
        r"|article[-_]?info|(^|[-_])meta([-_]|$)",
    ))
    .expect("NOT_LEAD regex")
});

/// Elements whose text is never a lead: scripts, and the page's navigation and side matter.
const SKIPPED: [&str; 11] = [
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "footer",
    "figure",
    "figcaption",
    "form",
    "button",
];

/// How far before the extracted text a lead may stand, in characters of page text (without
/// spaces): a byline, a date and a photo credit fit, a menu does not.
const REACH: usize = 1500;
/// Fewest words (without digits) of a lead; shorter blocks are kickers, datelines, bylines.
const MIN_WORDS: usize = 6;
/// Most characters of a lead; longer blocks are articles themselves.
const MAX_CHARS: usize = 1500;
/// Most share of a lead's text that may be links.
const MAX_LINK_SHARE: f64 = 0.3;

/// A block that may be a lead, with where its text starts in the page text.
struct Block<'a> {
    node: NodeRef<'a>,
    at: usize,
}

/// The page's text without whitespace, with where each lead candidate and each `<h1>` starts.
struct Scan<'a> {
    text: String,
    candidates: Vec<Block<'a>>,
    headlines: Vec<usize>,
}

/// Text as compared here: without whitespace or soft hyphens, so that the extractor's spacing
/// and the page's do not matter.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{ad}')
        .collect()
}

fn is_candidate(node: &NodeRef, name: &str) -> bool {
    let marked = is_named(node, &LEAD);
    let in_header = name == "p"
        && node
            .parent()
            .is_some_and(|p| p.node_name().as_deref() == Some("header"));
    marked || in_header
}

/// Walks the body in document order (with an explicit stack: pages nest deeply).
fn scan<'a>(doc: &'a Document) -> Scan<'a> {
    let mut scan = Scan {
        text: String::new(),
        candidates: Vec::new(),
        headlines: Vec::new(),
    };
    let Some(body) = doc.body() else {
        return scan;
    };
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        if node.is_text() {
            scan.text.push_str(&squeeze(&node.text()));
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let name = node.node_name().unwrap_or_default();
        if SKIPPED.contains(&&*name) {
            continue;
        }
        if &*name == "h1" {
            scan.headlines.push(scan.text.len());
        } else if is_candidate(&node, &name) {
            scan.candidates.push(Block {
                node,
                at: scan.text.len(),
            });
        }
        stack.extend(node.children_it(true));
    }
    scan
}

/// The share of a block's text that is link text.
fn link_share(node: &NodeRef, chars: usize) -> f64 {
    let linked: usize = node
        .descendants_it()
        .filter(|n| n.is_element() && n.node_name().as_deref() == Some("a"))
        .map(|a| squeeze(&a.text()).chars().count())
        .sum();
    linked as f64 / chars.max(1) as f64
}

/// Media a lead block does not hold: a block with a picture is the story's lead image, its
/// text a caption.
const MEDIA: [&str; 5] = ["img", "picture", "video", "figure", "figcaption"];

/// How many blocks around a lead candidate are looked at for a name that excludes it (the
/// page's outer frame has all kinds of names: `wp-featherlight-captions` on a `<body>`).
const AROUND: usize = 3;

/// Whether the block, or a block close around it, is named as one that holds no lead.
fn is_excluded(node: &NodeRef) -> bool {
    is_named(node, &NOT_LEAD)
        || node
            .ancestors_it(Some(AROUND))
            .any(|a| is_named(&a, &NOT_LEAD))
        || node
            .descendants_it()
            .any(|d| d.is_element() && MEDIA.contains(&&*d.node_name().unwrap_or_default()))
}

/// The text of a block when it reads as a lead: several words of whole prose (not cut off with
/// an ellipsis, not a date line), few links.
fn lead_text(node: &NodeRef) -> Option<String> {
    let text = node.text().split_whitespace().collect::<Vec<_>>().join(" ");
    let chars = text.chars().count();
    let words = text
        .split_whitespace()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .count();
    let cut = text.ends_with("...") || text.ends_with('…');
    (words >= MIN_WORDS
        && chars <= MAX_CHARS
        && !cut
        && link_share(node, squeeze(&text).chars().count()) <= MAX_LINK_SHARE
        && !is_excluded(node))
    .then_some(text)
}

/// The leads of `doc` missing from `body` (the extracted text), in page order: blocks after
/// the last headline above the text and at most [`REACH`] before it.
pub fn find(doc: &Document, body: &str) -> Vec<String> {
    let first = body.lines().map(squeeze).find(|l| l.chars().count() >= 30);
    let Some(first) = first else {
        return Vec::new();
    };
    let key: String = first.chars().take(40).collect();
    let scan = scan(doc);
    let Some(start) = scan.text.find(&key) else {
        return Vec::new();
    };
    let after = scan
        .headlines
        .iter()
        .filter(|&&h| h < start)
        .max()
        .copied()
        .unwrap_or(0);
    let known = squeeze(body);
    let mut leads: Vec<String> = Vec::new();
    for block in &scan.candidates {
        if block.at < after || block.at >= start || start - block.at > REACH {
            continue;
        }
        let Some(text) = lead_text(&block.node) else {
            continue;
        };
        let head: String = squeeze(&text).chars().take(40).collect();
        let seen = known.contains(&head) || leads.iter().any(|l| squeeze(l).contains(&head));
        if !seen {
            leads.push(text);
        }
    }
    leads
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str =
        "Acme Corp said on Monday it had agreed to buy Widget Inc for 12 million dollars.";

    fn leads(html: &str) -> Vec<String> {
        find(&Document::from(html), BODY)
    }

    fn page(before: &str) -> String {
        format!("<body><article><h1>Acme buys Widget</h1>{before}<div class=\"content\"><p>{BODY}</p></div></article></body>")
    }

    #[test]
    fn a_lead_between_headline_and_text_is_found() {
        let html = page(
            r#"<div class="entry-excerpt"><p>Widget's founders will stay on to run the business.</p></div>"#,
        );
        assert_eq!(
            leads(&html),
            ["Widget's founders will stay on to run the business."]
        );
        let html =
            page("<header><p>Widget's founders will stay on to run the business.</p></header>");
        assert_eq!(
            leads(&html),
            ["Widget's founders will stay on to run the business."]
        );
        let html = page(
            r#"<h2 class="article-head__subtitle">The toolmaker pays 12 million for a rival</h2>"#,
        );
        assert_eq!(leads(&html), ["The toolmaker pays 12 million for a rival"]);
    }

    #[test]
    fn other_blocks_are_not_leads() {
        // no lead class
        assert!(leads(&page(
            "<div><p>Widget's founders will stay on to run the business.</p></div>"
        ))
        .is_empty());
        // links, not prose
        assert!(leads(&page(
            r#"<div class="lead"><a href="/x">Widget's founders will stay on to run it</a></div>"#
        ))
        .is_empty());
        // too short, a date line, cut off
        assert!(leads(&page(r#"<p class="lead">By Jane Doe</p>"#)).is_empty());
        assert!(leads(&page(
            r#"<p class="lead">Updated: Tue., Nov. 19, 2019, 10:15 a.m.</p>"#
        ))
        .is_empty());
        assert!(leads(&page(
            r#"<p class="lead">Widget's founders will stay on to run it...</p>"#
        ))
        .is_empty());
        // a caption, a byline box, a related story
        assert!(leads(&page(r#"<div class="lead"><img src="a.jpg">Widget's founders will stay on to run the business.</div>"#)).is_empty());
        assert!(leads(&page(r#"<div class="entry-byline"><p class="lead-text">Widget's founders will stay on to run the business.</p></div>"#)).is_empty());
        assert!(leads(&page(r#"<div class="box related"><p class="dek">Widget's founders will stay on to run the business.</p></div>"#)).is_empty());
        // ... but a name far out does not matter
        let html = format!(
            "<body class=\"with-captions\"><div><div><div>{}</div></div></div></body>",
            page(r#"<p class="lead">Widget's founders will stay on to run the business.</p>"#)
        );
        assert_eq!(leads(&html).len(), 1);
        // in the side matter
        assert!(leads(&page(r#"<aside><p class="teaser-text">Widget's founders will stay on to run the business.</p></aside>"#)).is_empty());
        // above the headline: another story's teaser
        let html = format!("<body><p class=\"intro\">Rivals merge to form the largest toolmaker in Ohio.</p><h1>Acme buys Widget</h1><p>{BODY}</p></body>");
        assert!(leads(&html).is_empty());
        // already in the text
        let html = page(&format!("<p class=\"lead\">{BODY}</p>"));
        assert!(leads(&html).is_empty());
    }
}
