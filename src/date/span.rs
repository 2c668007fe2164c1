//! What a rule found (`Found`), the ASCII shadow rules search in, and the small checks rules
//! make around a match: the character before or after it, whether a number goes on, whether a
//! clause ends. Rules search the shadow, not the text: ASCII patterns run on the regex
//! crate's fast engines (Unicode word boundaries on non-ASCII text would not), and offsets in
//! the shadow are offsets in the text.

use super::words::bare;
use super::DateSource;
use chrono::NaiveDate;
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

/// A date a rule found, before overlapping finds are settled.
#[derive(Clone, Debug)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    pub source: DateSource,
}

/// `text` in ASCII, byte for byte: an accented letter becomes its base letter padded with `_`
/// ("lunedì" → "lunedi_"), other letters `x` and `_`s, "ß" "ss", spaces and apostrophes
/// their ASCII forms padded with spaces, any other character `#`s.
pub fn shadow(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let n = c.len_utf8();
        if n == 1 {
            out.push(c);
            continue;
        }
        let (head, pad) = match c {
            'ß' => ('s', 's'),
            '’' | '‘' | 'ʼ' => ('\'', ' '),
            '–' | '—' => ('-', ' '),
            c if c.is_whitespace() => (' ', ' '),
            c => match bare(c) {
                Some(b) => (b, '_'),
                None if c.is_alphanumeric() => ('x', '_'),
                None => ('#', '#'),
            },
        };
        out.push(head);
        out.extend(std::iter::repeat_n(pad, n - 1));
    }
    out
}

/// A span of the shadow widened to char boundaries of the text.
pub fn snap(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    start = start.min(text.len());
    end = end.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start, end)
}

/// Compiles a pattern built from the tables, ASCII only; a failure is a bug in a table,
/// caught by the tests.
/// One set of `patterns`, built as [`compile`] builds each: to tell in one pass that none
/// matches.
pub fn compile_set(patterns: &[&str]) -> RegexSet {
    RegexSetBuilder::new(patterns)
        .unicode(false)
        .case_insensitive(true)
        .size_limit(256 << 20)
        .build()
        .unwrap_or_else(|e| panic!("date pattern set: {e}"))
}

pub fn compile(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .unicode(false)
        .case_insensitive(true)
        .size_limit(64 << 20)
        .build()
        .unwrap_or_else(|e| panic!("date pattern: {e}"))
}

pub fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

pub fn char_after(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Whether a number starting at `start` continues one before it ("1.234", "3/4/", "12,5").
pub fn number_before(text: &str, start: usize) -> bool {
    match char_before(text, start) {
        Some(c) if c.is_ascii_digit() => true,
        Some(c @ ('.' | ',' | '/' | ':' | '-')) => {
            char_before(text, start - c.len_utf8()).is_some_and(|p| p.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether a number ending at `end` goes on after it ("15%", "4.22", "3/4/5", "150").
pub fn number_after(text: &str, end: usize) -> bool {
    match char_after(text, end) {
        Some(c) if c.is_ascii_digit() || c == '%' => true,
        Some(c @ ('.' | ',' | '/' | ':')) => {
            char_after(text, end + c.len_utf8()).is_some_and(|n| n.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether a clause ends at `end`: nothing but spaces before the end of the text or a
/// stop ("." not followed by a digit, "!", "?", ";", and "," when `comma`).
pub fn clause_ends(text: &str, end: usize, comma: bool) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let rest = rest.trim_start();
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some('.') => !chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some('!' | '?' | ';' | ')') => true,
        Some(',') => comma,
        _ => false,
    }
}

/// Whether a sentence starts at `start` (only spaces, quotes or a stop before it).
pub fn sentence_starts(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '#', '\n'])
}

/// The word just before `start`, skipping spaces.
pub fn word_before(text: &str, start: usize) -> &str {
    let before = text.get(..start).unwrap_or("").trim_end();
    let from = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric() && *c != '_')
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[from..]
}

/// The word just after `end`, skipping spaces.
pub fn next_word(text: &str, end: usize) -> &str {
    let after = text.get(end..).unwrap_or("").trim_start();
    let to = after
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric() && *c != '_')
        .map_or(after.len(), |(i, _)| i);
    &after[..to]
}

/// Whether a number at `start..end` is glued to a path or a code ("/19/05/21/", "2-19-02-pm").
pub fn glued(text: &str, start: usize, end: usize) -> bool {
    let path = |c: Option<char>| matches!(c, Some('/' | '-' | '_'));
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let before = char_before(text, start);
    let after = char_after(text, end);
    (path(before) && alnum(before.and_then(|b| char_before(text, start - b.len_utf8()))))
        || (path(after) && alnum(after.and_then(|a| char_after(text, end + a.len_utf8()))))
}

pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_table() {
        // (text, start, end, number_before, number_after, clause_ends)
        let cases = [
            ("il 15.", 3, 5, false, false, true),
            ("il 15%", 3, 5, false, true, false),
            ("x 4.22 y", 2, 3, false, true, false),
            ("1.234", 2, 5, true, false, true),
            ("the 21st century", 4, 8, false, false, false),
            ("per il 27 .", 7, 9, false, false, true),
            ("al 3.5", 3, 4, false, true, false),
        ];
        for (text, s, e, nb, na, ce) in cases {
            assert_eq!(number_before(text, s), nb, "{text} before");
            assert_eq!(number_after(text, e), na, "{text} after");
            assert_eq!(clause_ends(text, e, false), ce, "{text} clause");
        }
    }

    #[test]
    fn shadow_keeps_every_offset() {
        let cases = [
            ("lunedì 5", "lunedi_ 5"),
            ("L’8 août", "L'  8 aou_t"),
            ("dreißig", "dreissig"),
            ("1º\u{a0}€", "1o_  ###"),
        ];
        for (text, want) in cases {
            assert_eq!(shadow(text), want, "{text}");
            assert_eq!(shadow(text).len(), text.len());
        }
        assert_eq!(snap("lunedì", 0, 6), (0, 7));
    }

    #[test]
    fn words_around() {
        assert_eq!(word_before("voltarei na sexta", 11), "na");
        assert_eq!(word_before("sexta", 0), "");
        assert!(sentence_starts("Er kommt. Morgen", 10));
        assert!(!sentence_starts("am Morgen", 3));
        assert_eq!(next_word("samedi  de mobilisation", 6), "de");
        assert!(glued("articles/19/05/21/apple", 9, 17));
        assert!(glued("at-2-19-02-pm", 3, 10));
        assert!(!glued("on 2-19-02.", 3, 10));
    }
}
