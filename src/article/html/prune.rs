//! Removes from a parsed page the blocks that the extractor would otherwise keep with the
//! article, told by their `class` or `id`: the author's profile box and the links to the next or
//! previous story. Blocks the extractor already knows (navigation, comments, share bars, related
//! lists, ads) are left to it. A block holding much of the page's text is never removed, whatever
//! its name says.

use dom_query::{Document, NodeRef};
use regex::Regex;
use std::sync::LazyLock;

/// A `class` or `id` token of a block that is not part of the article.
static NOT_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // the author's box: name, position, biography
        r"author[-_]?(bio|box|info|profile|about|desc|details|position|personal|card)",
        r"|about[-_]?(the[-_]?)?author",
        // links to the neighbouring stories
        r"|(next|prev|previous)[-_]?(post|story|article)",
    ))
    .expect("NOT_ARTICLE regex")
});

/// Elements never removed, whatever their class: the page's frame.
const FRAME: [&str; 4] = ["html", "head", "body", "main"];

/// Whether one of the element's `class` or `id` tokens marks a block that is not the article.
pub fn is_not_article(node: &NodeRef) -> bool {
    let name = node.node_name().unwrap_or_default();
    if FRAME.contains(&&*name) {
        return false;
    }
    let class = node.class().unwrap_or_default().to_ascii_lowercase();
    let id = node.id_attr().unwrap_or_default().to_ascii_lowercase();
    class
        .split_whitespace()
        .chain(std::iter::once(id.as_str()))
        .any(|t| !t.is_empty() && NOT_ARTICLE.is_match(t))
}

/// Most share of the page's text a removed block may hold.
const MAX_SHARE: usize = 4;

fn text_len(node: &NodeRef) -> usize {
    node.text().chars().filter(|c| !c.is_whitespace()).count()
}

/// Removes the blocks that are not the article from `doc`.
pub fn prune(doc: &Document) {
    let total = doc.body().map_or(0, |b| text_len(&b));
    let doomed: Vec<NodeRef> = doc
        .root()
        .descendants_it()
        .filter(|n| n.is_element() && is_not_article(n))
        .collect();
    for n in doomed {
        if text_len(&n) * MAX_SHARE > total {
            continue;
        }
        n.remove_from_parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "Acme Corp said on Monday it had agreed to buy Widget Inc for 12 million dollars.";

    fn pruned(html: &str) -> String {
        let doc = Document::from(html.replace("TEXT", TEXT));
        prune(&doc);
        doc.select("body")
            .text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn blocks_that_are_not_the_article_go() {
        let cases = [
            (
                r#"<article><p>TEXT</p><div class="c-Author_PersonalInfo"><p>Editor for business.</p></div></article>"#,
                TEXT,
            ),
            (
                r#"<p>TEXT</p><div id="next-post-thumbs"><h2>Rivals merge</h2></div>"#,
                TEXT,
            ),
            // a block with most of the page's text stays
            (
                r#"<div class="author-info"><p>TEXT</p></div><p>By Jane</p>"#,
                "Acme Corp said on Monday it had agreed to buy Widget Inc for 12 million dollars.By Jane",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(pruned(html), want, "{html}");
        }
    }
}
