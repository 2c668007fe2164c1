//! Removes from a parsed page the blocks that the extractor would otherwise keep with the
//! article, told by their `class` or `id`: the author's profile box, the links to the next or
//! previous story, and teasers of other stories. Blocks the extractor already knows (navigation,
//! comments, share bars, related lists, ads) are left to it. A block holding much of the page's
//! text is never removed, whatever its name says.

use super::is_named;
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

/// A `class` or `id` token of a teaser: a block that links to another story. Only removed when
/// it holds a link (a lead is named alike: `teaser-text`). Not `snippet`: paywalled pages name
/// the visible part of the story so.
static TEASER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|[-_])teaser([-_]|$|\d)").expect("TEASER regex"));

/// Elements never removed, whatever their class: the page's frame.
const FRAME: [&str; 4] = ["html", "head", "body", "main"];

/// Whether one of the element's `class` or `id` tokens marks a block that is not the article.
pub fn is_not_article(node: &NodeRef) -> bool {
    let name = node.node_name().unwrap_or_default();
    if FRAME.contains(&&*name) {
        return false;
    }
    is_named(node, &NOT_ARTICLE) || is_named(node, &TEASER) && has_link(node)
}

/// Whether the element holds a link to another page.
fn has_link(node: &NodeRef) -> bool {
    node.descendants_it().any(|d| {
        d.is_element()
            && d.node_name().as_deref() == Some("a")
            && d.attr("href").is_some_and(|h| !h.starts_with('#'))
    })
}

/// Most share of the page's text a removed block may hold.
const MAX_SHARE: usize = 4;

fn text_len(node: &NodeRef) -> usize {
    node.text().chars().filter(|c| !c.is_whitespace()).count()
}

/// Removes the blocks that are not the article from `doc`; whether there were any.
pub fn prune(doc: &Document) -> bool {
    let doomed: Vec<NodeRef> = doc
        .root()
        .descendants_it()
        .filter(|n| n.is_element() && is_not_article(n))
        .collect();
    if doomed.is_empty() {
        return false;
    }
    let total = doc.body().map_or(0, |b| text_len(&b));
    let mut removed = false;
    for n in doomed {
        if text_len(&n) * MAX_SHARE <= total {
            n.remove_from_parent();
            removed = true;
        }
    }
    removed
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
            (
                r#"<p>TEXT</p><div class="teaser"><p>Rivals merge. <a href="/rivals">more</a></p></div>"#,
                TEXT,
            ),
            // a teaser without a link is the story's own lead
            (
                r#"<p class="teaser-text">Rivals merge.</p><p>TEXT</p>"#,
                "Rivals merge.Acme Corp said on Monday it had agreed to buy Widget Inc for 12 million dollars.",
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
