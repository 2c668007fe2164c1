//! Whether a page's whole text can hold a deal word of any language, before it is cleaned,
//! split or its language known: one Aho-Corasick pass over the text, lower-cased with its
//! whitespace runs made single spaces. A page that cannot is only counted; finding its date,
//! language, sentences and names would be wasted. Which deal words a sentence holds is left to
//! `trigger`.

use super::trigger::{is_word_boundary, lower_same_len};
use crate::lexicon::all;
use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

struct Words {
    /// Every trigger of every language (their `[triggers]` tables, all kinds), and the
    /// agreement nouns that make one with a partner word a few words after them.
    phrases: AhoCorasick,
    /// The words of each trigger of several words.
    multi: Vec<Vec<String>>,
    /// A word that is not the last of such a trigger → the triggers (indices in `multi`).
    leading: HashMap<String, Vec<usize>>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut phrases: Vec<String> = all()
        .iter()
        .flat_map(|lex| {
            lex.deal
                .triggers
                .values()
                .flatten()
                .chain(&lex.deal.agreement_nouns)
        })
        .map(|t| lower_same_len(t))
        .collect();
    phrases.sort();
    phrases.dedup();
    let multi: Vec<Vec<String>> = phrases
        .iter()
        .map(|p| p.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .filter(|w| w.len() > 1)
        .collect();
    let mut leading: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, words) in multi.iter().enumerate() {
        for w in &words[..words.len() - 1] {
            leading.entry(w.clone()).or_default().push(i);
        }
    }
    Words {
        phrases: AhoCorasick::new(&phrases).expect("trigger automaton"),
        multi,
        leading,
    }
});

/// `text` lower-cased as `trigger` lower-cases sentences, each run of whitespace (line breaks
/// too) one space.
fn flatten(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_ascii() {
        out.make_ascii_lowercase(); // what lower_same_len does to ASCII, without a copy
        return out;
    }
    lower_same_len(&out)
}

fn holds_word(flat: &str, word: &str) -> bool {
    flat.match_indices(word)
        .any(|(i, _)| is_word_boundary(flat, i, i + word.len()))
}

/// Whether a sentence cut from `text` may hold a deal word: `false` only when none can.
///
/// The readers keep each line's characters, trim lines, make whitespace runs single spaces and
/// join the lines of a paragraph with a space; they may drop lines between two that they join.
/// So a trigger in a sentence either stands within one line, and then in the flattened text as
/// whole words, or runs on from the end of one line to a later one: then a word of it that is
/// not its last ends a line, and each of its words stands somewhere as a whole word.
pub fn may_hold_trigger(text: &str) -> bool {
    let words = &*WORDS;
    let flat = flatten(text);
    if words
        .phrases
        .find_overlapping_iter(&flat)
        .any(|m| is_word_boundary(&flat, m.start(), m.end()))
    {
        return true;
    }
    text.lines().any(|line| {
        let Some(last) = line.split_whitespace().next_back() else {
            return false;
        };
        let last = lower_same_len(last);
        // the word may follow a sign glued to it: "(pct"
        let starts = std::iter::once(0).chain(
            last.char_indices()
                .filter(|(_, c)| !c.is_alphanumeric())
                .map(|(i, c)| i + c.len_utf8()),
        );
        starts
            .filter_map(|i| words.leading.get(&last[i..]))
            .flatten()
            .any(|&t| words.multi[t].iter().all(|w| holds_word(&flat, w)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_with_and_without_deal_words() {
        let cases = [
            ("Acme agreed to ACQUIRE Widget.", true),
            ("Acme said its\nsales rose 5 pct.", false),
            ("Acme bought a 5 pct stake in Widget.", true),
            // a trigger of several words run over two lines, with a line between
            ("Acme completed the sale\nACME BUYS\nof Widget.", true),
            ("L'acquisizione di Widget", true),
            ("ÜBERNAHME von Widget", true),
            ("The buyer's market", false),
            ("Acme signed a codeshare accord with Widget", true),
        ];
        for (text, want) in cases {
            assert_eq!(may_hold_trigger(text), want, "{text}");
        }
    }
}
